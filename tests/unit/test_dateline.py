"""Datelines: one fictional release per wire convention, each checked for place, date and wire.

The fixtures under ``tests/fixtures/datelines`` are releases written for these tests, each in
the real format of its wire service or press office.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import NamedTuple

import pytest
from hypothesis import given
from hypothesis import strategies as st

import pressparse
from pressparse import ParseOptions
from pressparse.model import Dateline
from pressparse.stages import _dateline_marks, _dateline_rules, _dateline_search

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "datelines"

EASTERN = dt.timedelta(hours=-5)


class Want(NamedTuple):
    location: str | None
    date: dt.date | None
    wire: str | None
    wire_id: str | None = None
    offset: dt.timedelta | None = None  # the UTC offset of the printed time, when printed
    timezone: str | None = None


CASES: dict[str, Want] = {
    "prnewswire.txt": Want("PORTLAND, Maine", dt.date(2026, 3, 3), "PRNewswire", "prnewswire"),
    "businesswire.md": Want(
        "BOULDER, Colo.", dt.date(2025, 2, 11), "BUSINESS WIRE", "businesswire",
        EASTERN, "Eastern Standard Time",
    ),
    "globenewswire.txt": Want(
        "AUSTIN, Texas", dt.date(2025, 8, 12), "GLOBE NEWSWIRE", "globenewswire",
        dt.timedelta(hours=-4), "ET",
    ),
    "accesswire.txt": Want("RALEIGH, NC", dt.date(2023, 12, 5), "ACCESSWIRE", "accesswire"),
    "einpresswire.txt": Want(
        "TARTU, TARTU COUNTY, ESTONIA", dt.date(2025, 4, 2), "EINPresswire.com", "einpresswire"
    ),
    "einpresswire-quote.txt": Want(
        "WINCHESTER, VA, UNITED STATES", dt.date(2025, 9, 9), "EINPresswire.com", "einpresswire"
    ),
    "247pressrelease.md": Want(
        "BOISE, ID", dt.date(2025, 6, 9), "24-7PressRelease", "247pressrelease"
    ),
    "newmediawire.md": Want("FRESNO, CA", dt.date(2025, 3, 4), "NewMediaWire", "newmediawire"),
    "newmediawire-after-date.md": Want(
        "SALEM, OR", dt.date(2025, 5, 19), "NEWMEDIAWIRE", "newmediawire"
    ),
    "newsdirect.md": Want("DENVER, CO", dt.date(2024, 5, 7), "NewsDirect", "newsdirect"),
    "newsworthy.md": Want(
        "Bend, OR", dt.date(2025, 3, 4), "Newsworthy.ai", "newsworthy",
        dt.timedelta(hours=-8), "Pacific",
    ),
    "newsworthy-iana.md": Want(
        "Fremantle, WA", dt.date(2025, 1, 10), "Newsworthy.ai", "newsworthy",
        dt.timedelta(hours=8), "Australia/Perth",
    ),
    "cnw.txt": Want("HALIFAX, NS", dt.date(2025, 10, 14), "CNW", "cnw"),
    "cnw-fr.txt": Want("SHERBROOKE, QC", dt.date(2026, 2, 3), "CNW", "cnw"),
    "reuters.txt": Want("OSLO", None, "Reuters", "reuters"),
    "ap-state.txt": Want("FRESNO, Calif.", None, None),
    "government-caps.txt": Want("RIVERTON", dt.date(2026, 1, 14), None),
    "government-paren.txt": Want("Tampa", dt.date(2024, 7, 30), None),
    "government-immediate.txt": Want(None, dt.date(2025, 12, 2), None),
    "date-line.txt": Want(None, dt.date(2020, 12, 15), None),
}  # fmt: skip


def dateline_of(name: str) -> tuple[Dateline, str]:
    release = pressparse.parse(FIXTURES / name)
    assert release.dateline is not None
    return release.dateline, release.text


@pytest.mark.parametrize("name", sorted(CASES))
def test_dateline_convention(name: str) -> None:
    want = CASES[name]
    dateline, text = dateline_of(name)
    assert dateline.location == want.location
    assert dateline.date == want.date
    assert dateline.wire == want.wire
    assert dateline.wire_id == want.wire_id
    assert dateline.raw == dateline.span.slice(text)
    if want.location is not None:
        assert want.location in dateline.raw
    if want.offset is None:
        assert dateline.timezone is None
    else:
        assert dateline.datetime is not None
        assert dateline.datetime.utcoffset() == want.offset
        assert dateline.timezone == want.timezone


def test_every_fixture_has_a_case() -> None:
    assert {p.name for p in FIXTURES.iterdir()} == set(CASES)


def test_location_is_split_into_city_region_and_country() -> None:
    dateline, _ = dateline_of("einpresswire.txt")
    assert (dateline.city, dateline.region, dateline.country) == (
        "TARTU",
        "TARTU COUNTY",
        "ESTONIA",
    )
    dateline, _ = dateline_of("businesswire.md")
    assert (dateline.city, dateline.region, dateline.country) == ("BOULDER", "Colo.", None)


def test_a_time_without_a_zone_stays_naive() -> None:
    dateline, _ = dateline_of("date-line.txt")
    assert dateline.datetime == dt.datetime(2020, 12, 15, 13, 24)
    assert dateline.datetime.tzinfo is None


def test_business_wire_date_comes_from_the_header_line() -> None:
    dateline, _text = dateline_of("businesswire.md")
    assert dateline.datetime == dt.datetime(2025, 2, 11, 9, 15, tzinfo=dt.timezone(EASTERN))
    assert dateline.raw == "BOULDER, Colo.--(BUSINESS WIRE)--"


def test_an_issuer_in_the_wire_slot_is_not_a_wire() -> None:
    text = (
        "Brightwater Kayaks Adds a Touring Line\n\n"
        "Hood River, United States - May 2, 2025 / Brightwater Kayaks /\n\n"
        "Brightwater Kayaks today added three touring kayaks to its range.\n"
    )
    dateline = pressparse.parse_dateline(text)
    assert dateline is not None
    assert dateline.location == "Hood River, United States"
    assert dateline.date == dt.date(2025, 5, 2)
    assert dateline.wire is None


def test_a_wire_line_before_the_body_wins_over_the_body_dateline() -> None:
    text = (
        "# Lakeview Clinic Adds Evening Hours\n\n"
        "GUELPH, ON / PR Karma / June 3, 2025 9:00\n\n"
        "Guelph, Ontario, May 30, 2025 — Lakeview Clinic will open until 9 p.m. on weekdays.\n"
    )
    dateline = pressparse.parse_dateline(text)
    assert dateline is not None
    assert (dateline.location, dateline.date, dateline.wire) == (
        "GUELPH, ON",
        dt.date(2025, 6, 3),
        "PR Karma",
    )


def test_a_labelled_release_date_wins_over_the_posting_date() -> None:
    text = (
        "Two Charged in Catalytic Converter Thefts\n"
        "Published\n"
        "March 9, 2024\n"
        "Two Charged in Catalytic Converter Thefts\n"
        "For Immediate Release\n"
        "March 8, 2024\n"
        "ELMWOOD – Two men were charged today with stealing catalytic converters from "
        "parked cars at a commuter rail station.\n"
    )
    dateline = pressparse.parse_dateline(text)
    assert dateline is not None
    assert (dateline.location, dateline.date) == ("ELMWOOD", dt.date(2024, 3, 8))


def test_a_date_without_a_year_needs_a_reference_date() -> None:
    text = (
        "Orchard Mills Raises Prices\n\n"
        "SPOKANE, Wash., Jan. 5 /PRNewswire/ -- Orchard Mills raised flour prices by 3 percent.\n"
    )
    dateline = pressparse.parse_dateline(text)
    assert dateline is not None
    assert dateline.location == "SPOKANE, Wash."
    assert dateline.date is None
    options = ParseOptions(reference_date=dt.date(2001, 3, 1))
    dated = pressparse.parse_dateline(text, options=options)
    assert dated is not None
    assert dated.date == dt.date(2001, 1, 5)


def test_page_metadata_date_counts_only_when_nothing_is_printed() -> None:
    page = (
        "<html><head><title>Hilltop Library Extends Hours | City News</title>"
        '<meta property="article:published_time" content="2024-02-01T10:00:00Z"></head>'
        "<body><article><h1>Hilltop Library Extends Hours</h1>"
        "<p>The Hilltop Library will stay open until 9 p.m. on Thursdays from next month, "
        "the city said.</p></article></body></html>"
    )
    dateline = pressparse.parse_dateline(pressparse.read(page.encode()))
    assert dateline is not None
    assert dateline.date == dt.date(2024, 2, 1)
    printed = page.replace("<p>The", "<p>Jan. 30, 2024</p><p>The")
    dated = pressparse.parse_dateline(pressparse.read(printed.encode()))
    assert dated is not None
    assert dated.date == dt.date(2024, 1, 30)


def test_no_dateline_in_a_plain_opening() -> None:
    text = (
        "Greenway Trust Plants 5,000 Trees\n\n"
        "The Greenway Trust planted 5,000 trees along the river this spring, volunteers said.\n"
    )
    assert pressparse.parse_dateline(text) is None


# Pieces of a French-style wire dateline, with "le" inside words and before non-spaces.
_LE_PIECES = st.sampled_from(
    ["LAVAL", "QC", "Charleston", "SEATTLE", ",", " ", "  ", "le", " le ", "le\u00a0", "le\n",
     "le,", "14", "sept.", "2026", "/CNW/", " --", "/", "\n", "x" * 20]
)  # fmt: skip


@given(st.lists(_LE_PIECES, max_size=12).map("".join))
def test_the_slash_wire_form_matches_only_with_its_marks(text: str) -> None:
    # The "E" mark (a date, or "le" and a space, where the place may end) must hold
    # wherever the slash-wire grammar matches, or the cheap test would skip a dateline.
    pattern = next(p for name, p, _, _ in _dateline_rules._COMPILED if name == "slash_wire")
    if pattern.match(text) is not None:
        assert "E" in _dateline_marks.marks_at(text, 0)


def test_le_counts_only_before_a_space() -> None:
    assert _dateline_marks._has_le("QC, le 14 sept.", 0, 8)
    assert _dateline_marks._has_le("QC, le\u00a014 sept.", 0, 6)  # (the space just past the end)
    assert not _dateline_marks._has_le("CHARLESTON, SC, 14", 0, 18)
    assert not _dateline_marks._has_le("Charleston le", 0, 13)


@given(
    st.lists(
        st.sampled_from([" ", "  ", "\t", "\n", "\r", "\u00a0", "\x1c", ":", "a", "-"]), max_size=6
    ).map("".join),
    st.integers(0, 4),
)
def test_a_line_ends_where_its_pattern_says(text: str, pos: int) -> None:
    expected = _dateline_marks._LINE_END.match(text, pos) is not None
    assert _dateline_marks._line_ends_at(text, pos) == expected


# Pieces of a dateline with its wire between dashes, and dashes elsewhere.
_DASH_SLOT_PIECES = st.sampled_from(
    ["SINGAPORE", "WAYNE, PA", "THIRD-STRIKER", "Media OutReach Newswire", "(NewMediaWire)",
     " - ", "-", "--", "---", " – ", "—", "―", " ", "  ", "\n", "14 July 2026", "December 1,",
     " 2026", "Monday", "month", "6-YEAR-OLD", "x" * 30, "/", ":"]
)  # fmt: skip


@given(st.lists(_DASH_SLOT_PIECES, max_size=10).map("".join))
def test_the_dash_slot_form_matches_only_with_its_marks(text: str) -> None:
    # The "T" mark (a date after a dash that may close the wire's slot) must hold wherever
    # the grammar matches, or the cheap test would skip a dateline.
    pattern = next(
        p for name, p, _, _ in _dateline_rules._COMPILED if name == "dash_wire_dash_date"
    )
    if pattern.match(text) is not None:
        assert "T" in _dateline_marks.marks_at(text, 0)


# Pieces of a title run together with its wire dateline.
_RUN_TOGETHER_PIECES = st.sampled_from(
    ["Acme Opens Plant", " ", "OCALA", ", Fla.", ", ", "March 2, 2026", " /PRNewswire/ -- ",
     "(GLOBE NEWSWIRE)", " -- ", "RENO", "Nev.", "x", "A", "AB", "\n", "PR Newswire"]
)  # fmt: skip


@given(st.lists(_RUN_TOGETHER_PIECES, max_size=12).map("".join))
def test_a_dateline_in_running_text_starts_where_a_city_may(text: str) -> None:
    hit = _dateline_search.search_wire_dateline(text, 0, len(text))
    if hit is not None:
        assert _dateline_search.city_may_start(text, hit.start, hit.start + 1)


@pytest.mark.parametrize(
    ("lead", "location"),
    [
        ("TOPEKA—Attorneys in every county will file court papers online by October.", "TOPEKA"),
        ("TOPEKA, Kan.–Attorneys in every county will file court papers online.", "TOPEKA, Kan."),
    ],
)
def test_an_em_or_en_dash_may_touch_the_capital_after_the_place(lead: str, location: str) -> None:
    text = f"Kansas Courts Move to Electronic Filing Statewide\n\n{lead}\n"
    dateline = pressparse.parse_dateline(text)
    assert dateline is not None
    assert dateline.location == location
    assert dateline.span.slice(text) == dateline.raw


def test_a_hyphen_touching_a_word_opens_no_dateline() -> None:
    text = "Kansas Courts Move to Electronic Filing\n\nCOVID-Era rules on filing end this month.\n"
    assert pressparse.parse_dateline(text) is None


def test_the_date_under_the_release_label_counts_past_a_contact_block() -> None:
    page = (
        "<html><body><article><p><strong>FOR IMMEDIATE RELEASE</strong><br>"
        "Monday, August 17, 2026</p>"
        "<p><strong>Contact:</strong><br>Teresa Okafor, Press Secretary<br>Office of the Mayor"
        "<br>(916) 555-0126<br>tokafor@city.example.org</p>"
        "<h1>Mayor to Break Ground on Riverside Flood Barrier</h1>"
        "<p>SACRAMENTO – The mayor will break ground on a flood barrier on Wednesday.</p>"
        "</article></body></html>"
    )
    dateline = pressparse.parse_dateline(page)
    assert dateline is not None
    assert dateline.date == dt.date(2026, 8, 17)
