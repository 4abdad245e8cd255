"""Dates as printed: forms, languages, times and zones; never the clock."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from pressparse.dates import (
    _DATE_ENDING,
    _DATE_OPENS,
    _DAY,
    _OPENS,
    _YEAR,
    DATE_PATTERN,
    MONTH_PATTERN,
    WEEKDAY_PATTERN,
    date_may_open_at,
    find_date,
    find_date_span,
    match_date,
    parse_date,
    read_date,
)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Sept. 10, 2025 /PRNewswire/", dt.date(2025, 9, 10)),
        ("April  01, 2024  (GLOBE NEWSWIRE)", dt.date(2024, 4, 1)),
        ("April 4th, 2024 /", dt.date(2024, 4, 4)),
        ("24 July 2026 -", dt.date(2026, 7, 24)),
        ("Tuesday, December 2, 2025", dt.date(2025, 12, 2)),
        ("JULY 16, 2026", dt.date(2026, 7, 16)),
        ("19 de agosto de 2024", dt.date(2024, 8, 19)),
        ("le 3 févr. 2026 /CNW/", dt.date(2026, 2, 3)),
        ("1er mars 2024", dt.date(2024, 3, 1)),
        ("2026-05-04 00:00:00", dt.date(2026, 5, 4)),
        ("Date: 03/15/2024", dt.date(2024, 3, 15)),
        ("October 6 09:41 2026", dt.date(2026, 10, 6)),
    ],
)
def test_printed_forms(text: str, day: dt.date) -> None:
    assert parse_date(text) == day


def test_no_date_in_prose_or_in_an_impossible_day() -> None:
    assert read_date("Office: 555-201-3344, Cell: 555-201-9988") is None
    assert read_date("We may 2x our output") is None
    assert read_date("Feb 30, 2020") is None


def test_a_date_without_a_year_is_none_unless_a_reference_is_given() -> None:
    assert parse_date("Jan. 5 /PRNewswire/") is None
    assert parse_date("Jan. 5 /PRNewswire/", reference=dt.date(1999, 6, 1)) == dt.date(1999, 1, 5)


@pytest.mark.parametrize(
    ("text", "stamp", "zone"),
    [
        (
            "March 09, 2026 04:15 PM Eastern Standard Time",
            dt.datetime(2026, 3, 9, 16, 15, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
            "Eastern Standard Time",
        ),
        (
            "August 08, 2024 14:25 ET | Source: Acme",
            dt.datetime(2024, 8, 8, 14, 25, tzinfo=zoneinfo.ZoneInfo("America/New_York")),
            "ET",
        ),
        (
            "Monday Nov 2, 2026 @ 9:30 AM Australia/Perth",
            dt.datetime(2026, 11, 2, 9, 30, tzinfo=zoneinfo.ZoneInfo("Australia/Perth")),
            "Australia/Perth",
        ),
        (
            "July 1, 2024 10:00 AM GMT+8",
            dt.datetime(2024, 7, 1, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=8))),
            "GMT+8",
        ),
        (
            "July 1, 2024 at 10 a.m. PDT",
            dt.datetime(2024, 7, 1, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=-7))),
            "PDT",
        ),
        (
            "May 5, 2025 09:00 CET",
            dt.datetime(2025, 5, 5, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=1))),
            "CET",
        ),
    ],
)
def test_time_and_zone(text: str, stamp: dt.datetime, zone: str) -> None:
    printed = read_date(text)
    assert printed is not None
    assert printed.datetime == stamp
    assert printed.datetime is not None
    assert printed.datetime.utcoffset() == stamp.utcoffset()
    assert printed.timezone == zone


def test_a_regional_zone_follows_daylight_saving() -> None:
    winter = read_date("January 8, 2024 14:25 ET")
    summer = read_date("August 8, 2024 14:25 ET")
    assert winter is not None
    assert winter.datetime is not None
    assert summer is not None
    assert summer.datetime is not None
    assert winter.datetime.utcoffset() == dt.timedelta(hours=-5)
    assert summer.datetime.utcoffset() == dt.timedelta(hours=-4)


def test_a_time_without_a_zone_is_naive() -> None:
    printed = read_date("June 16, 2025 9:00")
    assert printed is not None
    assert printed.datetime == dt.datetime(2025, 6, 16, 9, 0)
    assert printed.timezone is None


def test_an_unknown_zone_word_is_not_read() -> None:
    printed = read_date("June 16, 2025 9:00 at the hall")
    assert printed is not None
    assert printed.datetime is not None
    assert printed.datetime.tzinfo is None


def test_positions() -> None:
    text = "Posted by Admin | June 13, 2024 | Updated"
    found = find_date(text)
    assert found is not None
    assert text[found.start : found.end] == "June 13, 2024"
    assert find_date_span(text) == (found.start, found.end)
    assert match_date(text) is None
    assert match_date(text, found.start) == found


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_printed_dates_read_back(day: dt.date) -> None:
    for form in ("%B %d, %Y", "%b. %d, %Y", "%d %B %Y", "%A, %B %d, %Y", "%Y-%m-%d"):
        assert parse_date(day.strftime(form)) == day


@given(st.text(max_size=300))
def test_any_text_reads_without_error(text: str) -> None:
    found = find_date(text)
    if found is not None:
        assert 0 <= found.start <= found.end <= len(text)


_FULL_DATE = regex.compile(DATE_PATTERN, regex.VERBOSE)


@given(
    st.text(alphabet="0123456789 ,./-:JjMmAaYyUuNnFfEeBbDdSsOoCcTtéÉûKſİ", max_size=40),
    st.integers(min_value=0, max_value=40),
)
def test_a_date_opens_only_where_the_cheap_test_allows(text: str, pos: int) -> None:
    if _FULL_DATE.match(text, pos) is not None:  # the whole pattern, without the cheap test
        assert date_may_open_at(text, pos)


def test_the_cheap_opening_test() -> None:
    assert date_may_open_at("June 13, 2024", 0)
    assert date_may_open_at("on 13 June", 3)
    assert date_may_open_at("JUIN 2026", 0)
    assert date_may_open_at("déc. 2", 0)
    assert not date_may_open_at("Acme opens", 0)
    assert not date_may_open_at("June", 4)


MONTHS = {
    1: "January Jan enero janvier janv",
    2: "February Feb febrero février fevrier févr fevr",
    3: "March Mar marzo mars",
    4: "April Apr abril avril avr",
    5: "May mayo mai",
    6: "June Jun junio juin",
    7: "July Jul julio juillet juil",
    8: "August Aug agosto août aout",
    9: "September Sept Sep septiembre setiembre septembre",
    10: "October Oct octubre octobre",
    11: "November Nov noviembre novembre",
    12: "December Dec diciembre décembre decembre déc",
}


@pytest.mark.parametrize(
    ("number", "name"), [(n, w) for n, ws in MONTHS.items() for w in ws.split()]
)
def test_every_month_name_is_read(number: int, name: str) -> None:
    for printed in (name, name.upper(), f"{name}."):
        found = find_date(f"Issued {printed} 9, 2026 in Springfield")
        assert found is not None
        assert found.start == len("Issued ")
        assert found.value is not None
        assert found.value.date == dt.date(2026, number, 9)


WEEKDAYS = (
    *("Mon", "Monday", "Tue", "Tues", "Tuesday", "Wed", "Wednesday", "Thu", "Thurs"),
    *("Thursday", "Fri", "Friday", "Sat", "Saturday", "Sun", "Sunday"),
    *("lunes", "martes", "miércoles", "miercoles", "jueves", "viernes", "sábado", "sabado"),
    *("domingo", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
)


@pytest.mark.parametrize("weekday", WEEKDAYS)
def test_every_weekday_name_opens_its_date(weekday: str) -> None:
    found = find_date(f"Issued {weekday}, May 5, 2026")
    assert found is not None
    assert found.start == len("Issued ")


_TIMED_PIECES = st.sampled_from(
    ["May", "Jan.", "Monday", "3", "14", "2026", ",", " ", "-", "/", "03/", "05", "9:30",
     "09:41", "AM", "p.m.", "@", "at", "(ET)", "EST", "T", "Z", "+02:00", "\u00a0", "x"]
)  # fmt: skip


@given(st.lists(_TIMED_PIECES, max_size=12).map("".join), st.integers(0, 30))
def test_a_date_starts_where_the_full_pattern_matches(text: str, pos: int) -> None:
    # date_starts_within asks only whether a date starts: the pattern without the optional
    # time and zone must match exactly where the full one does.
    assert (_DATE_OPENS.match(text, pos) is None) == (_FULL_DATE.match(text, pos) is None)


# DATE_PATTERN with its forms written one by one, as the engine would try them: the pattern
# reads the month and day the month-first forms share once, and must read the same.
_FORMS_ONE_BY_ONE = regex.compile(
    rf"""
    {_OPENS}
    (?:{WEEKDAY_PATTERN},?\s{{1,3}})?
    (?:
        (?P<month>{MONTH_PATTERN})\s{{1,3}}(?P<day>{_DAY})\s{{1,3}}
            (?P<time>\d{{1,2}}:\d{{2}})\s{{1,3}}(?P<year>{_YEAR})
      | (?P<iso>(?P<year>{_YEAR})-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)
            (?:[T\ ](?P<time>\d{{2}}:\d{{2}}(?::\d{{2}})?)(?:\.\d+)?)?
            (?P<zone>Z|[+\-]\d{{2}}:?\d{{2}})?)
      | (?P<month>{MONTH_PATTERN})\s{{1,3}}(?P<day>{_DAY})
            (?:,?\s{{1,3}}(?P<year>{_YEAR})|(?!,?\s{{0,3}}\d))
      | (?P<day>{_DAY})\s{{1,3}}(?:(?i:de)\s+)?(?P<month>{MONTH_PATTERN}),?
            \s{{1,3}}(?:(?i:de)\s+)?(?P<year>{_YEAR})
      | (?<![\d/])(?P<mnum>[01]?\d)/(?P<day>[0-3]?\d)/(?P<year>{_YEAR})
    )
    {_DATE_ENDING}
    """,
    regex.VERBOSE,
)

_MONTH_DAY_PIECES = st.sampled_from(
    ["May", "Sept.", "sept", "JAN", "Monday", "Thu.", "1", "1st", "3rd", "31", "14", "2026",
     "1999", "13:24", "9:30", ",", ", ", " ", "  ", "\n", ".", "-", "/", "PM", "(ET)", "de",
     "2026-05-04", "x", "0"]
)  # fmt: skip


@given(st.lists(_MONTH_DAY_PIECES, max_size=10).map("".join), st.integers(0, 12))
def test_the_month_forms_read_once_read_as_one_by_one(text: str, pos: int) -> None:
    found, reference = _FULL_DATE.match(text, pos), _FORMS_ONE_BY_ONE.match(text, pos)
    assert (found is None) == (reference is None)
    if found is not None and reference is not None:
        assert found.span() == reference.span()
        assert found.groupdict() == reference.groupdict()
