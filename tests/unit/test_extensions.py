"""The extension API: custom section parsers, priorities, entry points, failing plugins."""

from __future__ import annotations

import json
import pickle
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import attrs
import pytest

import pressparse
from pressparse import (
    ExtensionError,
    Registries,
    SectionContext,
    SectionKind,
    SectionMatch,
    Span,
    default_section_parsers,
)
from pressparse import extension as ext

RELEASE = """\
Fenwick Grid Reports Record Quarter

TUCSON, Ariz., April 2, 2026 /PRNewswire/ -- Fenwick Grid, the regional utility, today
reported its results for the first quarter of 2026.

Financial Highlights
Revenue: $412 million
Net income: $38 million
Customers: 1.2 million

"We connected more homes this quarter than in any quarter before," said Ada Lorne,
chief executive officer of Fenwick Grid.

About Fenwick Grid
Fenwick Grid serves homes and businesses across southern Arizona.
"""


@attrs.frozen
class Highlights:
    """Test data: the figures of a "Financial Highlights" block."""

    figures: tuple[tuple[str, str], ...]


def heading_match(ctx: SectionContext, index: int, **fields: Any) -> SectionMatch:
    block = ctx.blocks[index]
    span = Span(start=block.span.start, end=block.span.end)
    return SectionMatch(heading=block.text, heading_span=span, **fields)


@attrs.frozen
class HighlightsParser:
    """Claims "Financial Highlights" and the "Label: value" lines under it."""

    def match(self, ctx: SectionContext, index: int) -> SectionMatch | None:
        if ctx.text(index) != "Financial Highlights":
            return None
        figures: list[tuple[str, str]] = []
        for block in ctx.following(index):
            label, sep, value = block.text.partition(":")
            if not sep:
                break
            figures.append((label.strip(), value.strip()))
        end = index + 1 + len(figures)
        return heading_match(ctx, index, end=end, data=Highlights(tuple(figures)))


@attrs.frozen
class ClaimsAbout:
    """Claims any "About ..." heading, as kind OTHER (to test priorities)."""

    def match(self, ctx: SectionContext, index: int) -> SectionMatch | None:
        if not ctx.text(index).startswith("About "):
            return None
        return heading_match(ctx, index, kind=SectionKind.OTHER)


class Boom:
    def match(self, ctx: SectionContext, index: int) -> SectionMatch | None:
        raise RuntimeError("kaput")


class WrongType:
    def match(self, ctx: SectionContext, index: int) -> object:
        return "yes"


class OutsideTheBlock:
    def match(self, ctx: SectionContext, index: int) -> SectionMatch | None:
        return SectionMatch(heading="x", heading_span=Span(start=0, end=1))


class TooFar:
    def match(self, ctx: SectionContext, index: int) -> SectionMatch | None:
        return heading_match(ctx, index, end=len(ctx.blocks) + 5)


@attrs.frozen
class InlineMarker:
    """Finds a heading inside a block: "... figures. Customers: 1.2 million"."""

    def match(self, ctx: SectionContext, index: int) -> SectionMatch | None:
        block = ctx.blocks[index]
        at = block.text.find("Net income")
        if at <= 0:
            return None
        start = block.span.start + at
        return SectionMatch(heading="Net income", heading_span=Span(start=start, end=start + 10))


class NoMatchMethod:
    pass


class TooFewArguments:
    def match(self, ctx: SectionContext) -> None:
        return None


class AcmeExtension:
    """An extension as a package would ship it."""

    def extend(self, registries: Registries) -> None:
        registries.section_parsers.register(HighlightsParser(), name="highlights", priority=60)


class BrokenExtension:
    def extend(self, registries: Registries) -> None:
        raise KeyError("missing setting")


def parse_with(*named: tuple[str, float, Any]) -> pressparse.PressRelease:
    reg = default_section_parsers()
    for name, priority, item in named:
        reg.register(item, name=name, priority=priority)
    return pressparse.Parser(section_parsers=reg).parse(RELEASE)


def test_custom_parser_fills_structured_data() -> None:
    release = parse_with(("highlights", 60, HighlightsParser()))
    section = next(s for s in release.sections if s.parser == "highlights")
    assert section.heading == "Financial Highlights"
    assert section.data == Highlights(
        (("Revenue", "$412 million"), ("Net income", "$38 million"), ("Customers", "1.2 million"))
    )
    assert [p.text for p in section.paragraphs][:1] == ["Revenue: $412 million"]
    data = json.loads(release.to_json())["sections"][1]["data"]
    assert data["figures"][0] == ["Revenue", "$412 million"]


def test_builtins_handle_the_block_when_no_custom_parser_is_registered() -> None:
    release = pressparse.parse(RELEASE)
    assert all(s.parser != "highlights" for s in release.sections)
    about = next(s for s in release.sections if s.kind is SectionKind.ABOUT)
    assert about.parser == "about"
    assert about.organization == "Fenwick Grid"


def test_priority_decides_which_parser_answers() -> None:
    above = parse_with(("claims_about", 95, ClaimsAbout()))
    below = parse_with(("claims_about", 85, ClaimsAbout()))
    assert [s.kind for s in above.sections if s.heading == "About Fenwick Grid"] == [
        SectionKind.OTHER
    ]
    assert [s.parser for s in below.sections if s.heading == "About Fenwick Grid"] == ["about"]


def test_a_plugin_that_raises_names_itself_and_chains_the_cause() -> None:
    with pytest.raises(ExtensionError, match=r"section parser 'boom' failed on block \d+") as info:
        parse_with(("boom", 100, Boom()))
    assert isinstance(info.value.__cause__, RuntimeError)
    assert "kaput" in str(info.value)


def test_a_wrong_answer_is_an_error_not_a_wrong_result() -> None:
    with pytest.raises(ExtensionError, match="'wrong' returned str"):
        parse_with(("wrong", 100, WrongType()))
    with pytest.raises(ExtensionError, match="'outside': heading span"):
        parse_with(("outside", 100, OutsideTheBlock()))


def test_an_end_past_the_body_is_an_error() -> None:
    with pytest.raises(ExtensionError, match="'too_far': end="):
        parse_with(("too_far", 100, TooFar()))


def test_text_before_a_heading_inside_a_block_stays_with_the_section_before() -> None:
    text = RELEASE.replace("Revenue: $412 million\nNet income", "Revenue: $412 million Net income")
    reg = default_section_parsers()
    reg.register(InlineMarker(), name="inline", priority=100)
    release = pressparse.Parser(section_parsers=reg).parse(text)
    inline = next(s for s in release.sections if s.parser == "inline")
    before = release.sections[release.sections.index(inline) - 1]
    assert before.paragraphs[-1].text == "Revenue: $412 million"
    assert inline.paragraphs[0].text == "$38 million"
    for section in release.sections:
        for paragraph in section.paragraphs:
            assert paragraph.span.slice(release.text) == paragraph.text


@pytest.mark.parametrize(
    ("item", "message"),
    [
        (NoMatchMethod(), "has no match"),
        (TooFewArguments(), "must accept"),
    ],
)
def test_an_unfit_parser_is_refused_at_registration(item: object, message: str) -> None:
    reg = default_section_parsers()
    with pytest.raises(ExtensionError, match=message):
        reg.register(item, name="unfit", priority=1)  # type: ignore[arg-type]
    assert "unfit" not in reg


# -- entry points -----------------------------------------------------------------------------


@attrs.frozen
class FakeEntryPoint:
    """Stands in for an installed package's entry point."""

    name: str
    value: str
    target: Any
    dist: Any = attrs.field(
        factory=lambda: SimpleNamespace(name="acme-pressparse", version="1.2.0")
    )

    def load(self) -> Any:
        if isinstance(self.target, Exception):
            raise self.target
        return self.target


@pytest.fixture
def installed(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    points = [
        FakeEntryPoint("acme", "acme_pressparse:AcmeExtension", AcmeExtension),
        FakeEntryPoint("broken", "broken_ext:Ext", BrokenExtension()),
        FakeEntryPoint("missing", "gone_ext:Ext", ImportError("no module named 'gone_ext'")),
        FakeEntryPoint("plain", "plain_ext:thing", object()),
    ]

    def fake_entry_points(*, group: str) -> list[FakeEntryPoint]:
        assert group == ext.ENTRY_POINT_GROUP
        return points

    monkeypatch.setattr(ext, "entry_points", fake_entry_points)
    ext.available_extensions.cache_clear()
    yield
    ext.available_extensions.cache_clear()


@pytest.mark.usefixtures("installed")
def test_installed_extensions_are_discovered_by_name() -> None:
    assert set(pressparse.available_extensions()) == {"acme", "broken", "missing", "plain"}


@pytest.mark.usefixtures("installed")
def test_an_extension_is_used_only_when_asked_for() -> None:
    plain = pressparse.Parser().parse(RELEASE)
    assert all(s.parser != "highlights" for s in plain.sections)
    parser = pressparse.Parser(extensions=["acme"])
    assert parser.section_parsers.names()[:4] == ("about", "boilerplate", "contact", "highlights")
    release = parser.parse(RELEASE)
    assert any(s.parser == "highlights" for s in release.sections)


@pytest.mark.usefixtures("installed")
def test_a_parser_with_extensions_pickles() -> None:
    parser = pressparse.Parser(extensions=["acme"])
    again = pickle.loads(pickle.dumps(parser))
    assert again.section_parsers == parser.section_parsers
    assert again.parse(RELEASE) == parser.parse(RELEASE)


@pytest.mark.usefixtures("installed")
@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("nope", "no extension named 'nope'"),
        ("missing", r"cannot load extension 'missing' \(gone_ext:Ext from acme-pressparse 1.2.0\)"),
        ("plain", "extension 'plain' .* has no extend"),
        ("broken", "extension 'broken' failed in extend"),
    ],
)
def test_a_broken_extension_is_a_clear_error(name: str, message: str) -> None:
    with pytest.raises(ExtensionError, match=message):
        pressparse.Parser(extensions=[name])


@pytest.mark.usefixtures("installed")
def test_a_failed_load_chains_its_cause() -> None:
    with pytest.raises(ExtensionError) as info:
        pressparse.Parser(extensions=["missing"])
    assert isinstance(info.value.__cause__, ImportError)


def test_nothing_is_loaded_without_extensions(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*, group: str) -> list[Any]:
        raise AssertionError("entry points read without being asked")

    monkeypatch.setattr(ext, "entry_points", refuse)
    ext.available_extensions.cache_clear()
    try:
        assert pressparse.Parser().parse(RELEASE).headline == "Fenwick Grid Reports Record Quarter"
    finally:
        ext.available_extensions.cache_clear()


def test_the_example_prints_the_structured_data(tmp_path: Path) -> None:
    script = Path(__file__).resolve().parents[2] / "examples" / "custom_section_parser.py"
    result = subprocess.run(
        [sys.executable, str(script)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "[body] Event Details  <- parser: event_details" in result.stdout
    assert "date:     Saturday, June 20, 2026" in result.stdout
    assert '"location": "Pier 4, Harborline Terminal, Portsmouth, N.H."' in result.stdout
