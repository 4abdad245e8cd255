"""The readers get through input built to make their patterns backtrack.

Each input is 200 KB: read in linear time it takes milliseconds, while a pattern that
backtracks quadratically on it takes minutes, which shows as a stalled test run. Tests time
nothing (a busy machine would make a time bound fail at random); ``benchmarks/bench.py
--hostile`` measures the cost and checks that it grows linearly.
"""

from __future__ import annotations

import pytest

from pressparse import read

SIZE = 200_000

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
    "single-tabs": "a\t" * (SIZE // 2),
    "space-runs": "a  " * (SIZE // 3),
}


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_reading_hostile_input_keeps_spans_true(name, fmt) -> None:
    doc = read(HOSTILE[name], fmt=fmt)
    assert all(doc.text[b.span.start : b.span.end] == b.text for b in doc.blocks)
