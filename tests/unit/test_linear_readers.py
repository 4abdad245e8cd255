"""The readers take linear time on input built to make patterns backtrack.

Each input is 200 KB. Read in linear time it takes milliseconds; a pattern that backtracks
quadratically on it takes minutes, so a generous bound tells the two apart on any machine.
"""

from __future__ import annotations

import time

import pytest

from pressparse import read

SIZE = 200_000

#: Far above the milliseconds a linear read takes, far below a quadratic one.
BOUND_SECONDS = 3.0

HOSTILE = {
    "brackets": "[" * SIZE,
    "link-openers": "[a](" * (SIZE // 4),
    "image-openers": "![a](" * (SIZE // 5),
    "autolinks": "<http://" * (SIZE // 8),
    "bold-openers": "**a " * (SIZE // 4),
    "atx-spaces": "# a" + " " * SIZE + "x",
    "bold-line-spaces": "**a**" + " " * SIZE + "x",
    "rule-spaces": "***" + " " * SIZE + "x",
    "lowercase-lines": "and so on\n" * (SIZE // 10),
    "continued-paragraphs": "<p>and so on</p>" * (SIZE // 16),
    "text-nodes": "<p>" + "a<i>b</i>" * (SIZE // 9),
    "nested-headers": "<header>" * (SIZE // 16) + "<h1>Title</h1>",
    "quotes": '"“' * (SIZE // 2),
    "spaces": " " * SIZE + "x",
}


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_reading_hostile_input_is_fast(name, fmt) -> None:
    start = time.perf_counter()
    doc = read(HOSTILE[name], fmt=fmt)
    elapsed = time.perf_counter() - start
    assert elapsed < BOUND_SECONDS, f"{name} as {fmt}: {elapsed:.1f} s"
    assert all(doc.text[b.span.start : b.span.end] == b.text for b in doc.blocks)
