"""The passages the quotes stage reads, found around a block rather than by a pass over
the body: every answer of :class:`PassageReader` must be the one a pass over every block
of the body gives (written out here as the reference).

The releases are the test fixtures, written for the tests; one more is an HTML page whose
markup splits sentences over several paragraphs.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pressparse.pipeline import Parser
from pressparse.stages._passages import Passage, PassageReader, _excluded_spans, _joins
from pressparse.stages.state import ParseState

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

SPLIT_HTML = """<html><body><h1>Acme Opens a Plant in Springfield</h1>
<p>SPRINGFIELD, Ill., March 3, 2026 -- Acme Widgets opened a plant today.</p>
<p>"We are thrilled to open the plant,"</p><p><a href="#">said Jane Doe</a></p>
<p>, chief executive of Acme. "It brings work to the county."</p>
<h2>About the plant</h2><p>The plant employs 200 people and</p><p>makes widgets for the</p>
<p>region's farms.</p><ul><li>Open daily,</li><li>closed on holidays</li></ul>
<p>Media contact: Ann Lee, ann@acme.example, 555-0100</p></body></html>
"""


def _state(data: str, fmt: str) -> ParseState:
    parser = Parser()
    return parser.run_stages(parser.read(data, fmt=fmt), until="contacts")


def _reference(state: ParseState) -> list[Passage]:
    """The passages of the body, by one pass over all its blocks."""
    blocks = state.doc.blocks
    contacts, headings = _excluded_spans(state)
    runs: list[list[int]] = []
    taken = -2
    for i in range(state.body_start, min(state.body_end, len(blocks))):
        block, span = blocks[i], blocks[i].span
        if i in state.claimed or block.kind.value in ("heading", "rule"):
            continue
        if any(c.start < span.end and c.end > span.start for c in contacts):
            continue
        covered = any(h.start <= span.start and span.end <= h.end + 1 for h in headings)
        inside = (
            0 < i < len(blocks) - 1
            and _joins(blocks[i - 1], block)
            and _joins(block, blocks[i + 1])
        )
        if covered and not inside:
            continue
        if taken == i - 1 and _joins(blocks[taken], block):
            runs[-1][1] = i
        else:
            runs.append([i, i])
        taken = i
    return [Passage(a, b, blocks[a].span.start, blocks[b].span.end) for a, b in runs]


def _sources() -> list[tuple[str, str]]:
    suffixes = {".md": "markdown", ".html": "html", ".txt": "text"}
    found = [
        (path.read_text(encoding="utf-8"), suffixes[path.suffix])
        for path in sorted(FIXTURES.rglob("*"))
        if path.suffix in suffixes
    ]
    return [*found, (SPLIT_HTML, "html")]


@pytest.mark.parametrize(("data", "fmt"), _sources())
def test_the_reader_finds_the_passages_a_pass_over_the_body_finds(data: str, fmt: str) -> None:
    state = _state(data, fmt)
    expected = _reference(state)
    reader = PassageReader(state)
    by_block = {i: p for p in expected for i in range(p.first, p.last + 1)}
    for i in range(reader.first, reader.stop):
        assert reader.readable(i) == (i in by_block)
        if i in by_block:
            assert reader.around(i) == by_block[i]
    for k, passage in enumerate(expected):
        adjacent = k > 0 and expected[k - 1].last + 1 == passage.first
        assert reader.before(passage) == (expected[k - 1] if adjacent else None)
        start = expected[k - 1].last + 1 if k > 0 else reader.first
        assert reader.any_read(start, passage.first) is False


def test_a_sentence_split_over_paragraphs_is_one_passage() -> None:
    state = _state(SPLIT_HTML, "html")
    texts = [state.doc.text[p.start : p.end] for p in _reference(state)]
    assert any(text.startswith('"We are thrilled') and "It brings" in text for text in texts)
