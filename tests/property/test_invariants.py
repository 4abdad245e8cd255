"""Invariants that hold for any input: no crash, spans in bounds and verbatim, determinism.

The number of examples per property comes from the Hypothesis profile (tests/conftest.py):
500 in CI, 100 elsewhere.
"""

from __future__ import annotations

import pickle

from hypothesis import given
from hypothesis import strategies as st

import pressparse
from pressparse import PressRelease, Span
from pressparse.errors import PressParseError
from tests.strategies import FORMATS, html_pages, releases


def _collapse(text: str) -> str:
    return " ".join(text.split())


def _spans(release: PressRelease) -> list[Span]:
    """Every span the release carries."""
    spans = [s for s in (release.headline_span, *release.subheadline_spans) if s is not None]
    if release.dateline is not None:
        spans.append(release.dateline.span)
    for section in release.sections:
        spans.append(section.span)
        spans.extend(s for s in (section.heading_span,) if s is not None)
        spans.extend(p.span for p in section.paragraphs)
    spans.extend(p.span for p in release.paragraphs)
    for quote in release.quotes:
        spans.append(quote.span)
        if quote.speaker is not None and quote.speaker.span is not None:
            spans.append(quote.speaker.span)
    spans.extend(c.span for c in release.contacts)
    spans.extend(d.span for d in release.diagnostics if d.span is not None)
    return spans


def check_release(release: PressRelease) -> None:
    """Assert the invariants every parse result keeps."""
    text = release.text
    for span in _spans(release):
        assert 0 <= span.start <= span.end <= len(text), span
    at = lambda span: text[span.start : span.end]  # noqa: E731
    # Verbatim items: the text is exactly what the span covers.
    for quote in release.quotes:
        assert at(quote.span) == quote.text
    if release.dateline is not None:
        assert at(release.dateline.span) == release.dateline.raw
    for section in release.sections:
        if section.heading is not None and section.heading_span is not None:
            assert at(section.heading_span) == section.heading
        for paragraph in section.paragraphs:
            assert at(paragraph.span) == paragraph.text
    for paragraph in release.paragraphs:
        assert at(paragraph.span) == paragraph.text
    # A headline or deck line printed over several lines is joined with single spaces.
    if release.headline is not None and release.headline_span is not None:
        assert _collapse(at(release.headline_span)) == _collapse(release.headline)
    assert len(release.subheadlines) == len(release.subheadline_spans)
    for line, span in zip(release.subheadlines, release.subheadline_spans, strict=True):
        assert _collapse(at(span)) == _collapse(line)
    if not release.is_press_release:  # never an invented headline
        assert release.headline is None
        assert release.dateline is None
        assert release.quotes == ()
        assert release.contacts == ()


@given(st.text(), st.sampled_from(("auto", *FORMATS)))
def test_any_text_parses_and_keeps_the_invariants(text, fmt) -> None:
    check_release(pressparse.parse(text, fmt=fmt))


@given(st.binary())
def test_any_bytes_parse_and_keep_the_invariants(data) -> None:
    check_release(pressparse.parse(data))


@given(html_pages(), st.sampled_from(("html", "auto")))
def test_any_html_parses_and_keeps_the_invariants(page, fmt) -> None:
    check_release(pressparse.parse(page, fmt=fmt))


@given(releases())
def test_release_like_input_keeps_the_invariants(case) -> None:
    source, fmt = case
    check_release(pressparse.parse(source, fmt=fmt))


@given(releases())
def test_parsing_is_deterministic(case) -> None:
    source, fmt = case
    first = pressparse.parse(source, fmt=fmt)
    second = pressparse.Parser().parse(source.encode(), fmt=fmt)
    assert first == second
    assert first.to_dict() == second.to_dict()


@given(st.one_of(releases(), st.tuples(st.text(), st.sampled_from(FORMATS))))
def test_document_blocks_are_verbatim_and_in_order(case) -> None:
    source, fmt = case
    doc = pressparse.read(source, fmt=fmt)
    end = 0
    for block in doc.blocks:
        assert doc.text[block.span.start : block.span.end] == block.text
        assert block.span.start >= end
        end = block.span.end
    assert end <= len(doc.text)


@given(releases())
def test_results_pickle(case) -> None:
    source, fmt = case
    release = pressparse.parse(source, fmt=fmt)
    assert pickle.loads(pickle.dumps(release)) == release


@given(st.one_of(st.text(), st.binary()), st.sampled_from(("auto", *FORMATS, "pdf", "")))
def test_only_documented_errors_are_raised(source, fmt) -> None:
    try:
        pressparse.parse(source, fmt=fmt)
    except PressParseError:
        assert fmt not in ("auto", *FORMATS)
