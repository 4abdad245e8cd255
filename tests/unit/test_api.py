"""The public API: parse() over text, bytes and paths, the per-stage functions, JSON."""

from __future__ import annotations

import datetime as dt
import json
import pickle
from pathlib import Path

import attrs
import pytest

import pressparse
from pressparse import InputError, ParseOptions, PressRelease
from pressparse.model import (
    Paragraph,
    Section,
    SectionKind,
    Span,
    trusted_paragraph,
    trusted_section,
    trusted_span,
)

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "releases"
PRN = EXAMPLES / "northwind-prnewswire.txt"


@pytest.fixture(scope="module")
def release() -> PressRelease:
    return pressparse.parse(PRN)


def test_parse_a_path_text_and_bytes_alike(release: PressRelease) -> None:
    from_text = pressparse.parse(PRN.read_text(encoding="utf-8"))
    from_bytes = pressparse.parse(PRN.read_bytes())
    assert release.headline == from_text.headline == from_bytes.headline
    assert release.source == str(PRN)
    assert from_text.source is None


def test_headline_and_dateline(release: PressRelease) -> None:
    assert release.headline == "Northwind Robotics Opens Second Assembly Plant in Ohio"
    assert release.dateline is not None
    assert release.dateline.date == dt.date(2026, 3, 3)
    assert release.dateline.wire == "PRNewswire"


def test_every_span_points_at_its_text(release: PressRelease) -> None:
    text = release.text
    assert release.headline_span is not None
    assert release.headline_span.slice(text) == release.headline
    for quote in release.quotes:
        assert quote.span.slice(text) == quote.text
    for paragraph in release.paragraphs:
        assert paragraph.span.slice(text) == paragraph.text


def test_stage_functions_run_on_their_own() -> None:
    text = PRN.read_text(encoding="utf-8")
    doc = pressparse.read(PRN)
    headline = pressparse.parse_headline(text)
    assert headline is not None
    assert headline.text.startswith("Northwind Robotics")
    dateline = pressparse.parse_dateline(doc)
    assert dateline is not None
    assert dateline.wire == "PRNewswire"
    assert pressparse.parse_quotes(doc)
    assert pressparse.parse_contacts(doc)
    assert any(s.heading for s in pressparse.parse_sections(doc))


def test_json_round_trip(release: PressRelease) -> None:
    data = json.loads(release.to_json())
    assert data["headline"] == release.headline
    assert data["dateline"]["date"] == "2026-03-03"
    assert PressRelease.from_dict(data) == release


def test_results_and_parsers_pickle(release: PressRelease) -> None:
    assert pickle.loads(pickle.dumps(release)) == release
    parser = pressparse.Parser()
    assert pickle.loads(pickle.dumps(parser)).parse(PRN) == release


def test_unknown_format_and_missing_path_are_input_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="unknown format"):
        pressparse.parse("text", fmt="docx")
    with pytest.raises(InputError, match="cannot read"):
        pressparse.parse(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="cannot parse a int"):
        pressparse.parse(42)  # type: ignore[arg-type]


def test_input_errors_are_value_errors() -> None:
    with pytest.raises(ValueError, match="unknown format"):
        pressparse.parse("text", fmt="docx")


def test_max_chars_truncates_with_a_diagnostic() -> None:
    release = pressparse.parse("A Title\n\n" + "word " * 1000, options=ParseOptions(max_chars=100))
    assert len(release.text) <= 100
    assert [d.code for d in release.diagnostics] == ["truncated"]


def test_bad_options_are_rejected() -> None:
    with pytest.raises(ValueError, match="max_chars must be positive"):
        ParseOptions(max_chars=0)


def test_empty_input_is_not_a_release() -> None:
    release = pressparse.parse("")
    assert release.is_press_release is False
    assert release.headline is None
    assert release.quotes == ()


def test_version_is_read_from_metadata() -> None:
    assert isinstance(pressparse.__version__, str)


@pytest.mark.parametrize(
    ("start", "end", "message"),
    [
        (-1, 3, "'start' must be >= 0: -1"),
        (-1, -5, "'start' must be >= 0: -1"),
        (4, 2, "Span end 2 is before start 4"),
    ],
)
def test_an_invalid_span_is_a_value_error(start: int, end: int, message: str) -> None:
    with pytest.raises(ValueError, match=f"^{message}$"):
        Span(start=start, end=end)


def test_a_trusted_span_is_the_span_of_its_offsets() -> None:
    span = trusted_span(2, 7)
    assert span == Span(start=2, end=7)
    assert hash(span) == hash(Span(start=2, end=7))
    assert repr(span) == "Span(start=2, end=7)"
    assert pickle.loads(pickle.dumps(span)) == span
    assert attrs.evolve(span, end=9) == Span(start=2, end=9)


def test_a_trusted_paragraph_is_the_paragraph_of_its_text_and_span() -> None:
    span = Span(start=3, end=7)
    paragraph = trusted_paragraph("Acme", span)
    built = Paragraph(text="Acme", span=span)
    assert paragraph == built
    assert hash(paragraph) == hash(built)
    assert repr(paragraph) == repr(built)
    assert pickle.loads(pickle.dumps(paragraph)) == built
    assert attrs.evolve(paragraph, text="Acme!") == Paragraph(text="Acme!", span=span)
    assert attrs.asdict(paragraph) == attrs.asdict(built)


def test_a_trusted_section_is_the_section_of_its_fields() -> None:
    span, head = Span(start=0, end=20), Span(start=0, end=4)
    paragraphs = (Paragraph(text="Acme makes anvils.", span=Span(start=5, end=20)),)
    section = trusted_section("News", SectionKind.BODY, span, head, paragraphs, "Acme", "p", [1])
    built = Section(
        heading="News",
        kind=SectionKind.BODY,
        span=span,
        heading_span=head,
        paragraphs=paragraphs,
        organization="Acme",
        parser="p",
        data=[1],
    )
    assert section == built
    assert repr(section) == repr(built)
    assert attrs.asdict(section) == attrs.asdict(built)
    assert pickle.loads(pickle.dumps(section)) == built
    assert attrs.evolve(section, heading="Old") == attrs.evolve(built, heading="Old")
    assert [f.name for f in attrs.fields(Section)] == [
        "heading", "kind", "span", "heading_span", "paragraphs", "organization", "parser", "data"
    ]  # fmt: skip
