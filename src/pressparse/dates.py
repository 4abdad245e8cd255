"""Dates: the only module that calls python-dateutil.

Dates are read as printed: a day, a month (English, Spanish or French names, or numbers) and
a year, with the time and time zone printed beside them when there are any. The clock is
never read: a date printed without a year stays ``None`` unless a reference date is given,
and a zone is only ever taken from the text (see :mod:`pressparse._zones`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Final

import attrs
import regex
from dateutil import parser as dateutil_parser

from pressparse._zones import ZONE_PATTERN, zone_info

__all__ = [
    "DATE_PATTERN",
    "MONTH_PATTERN",
    "WEEKDAY_PATTERN",
    "DateMatch",
    "PrintedDate",
    "date_may_open_at",
    "date_starts_within",
    "find_date",
    "find_date_span",
    "match_date",
    "parse_date",
    "read_date",
]

#: A month name or abbreviation, in English, Spanish or French: "Sept.", "agosto", "févr.".
MONTH_PATTERN: Final = (
    r"(?i:(?<!\w)(?:january|february|march|april|may|june|july|august|september|october"
    r"|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec"
    r"|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre"
    r"|noviembre|diciembre|janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout"
    r"|septembre|octobre|novembre|décembre|decembre|janv|févr|fevr|avr|juil|déc)(?!\w)\.?)"
)

#: A weekday name: "Thursday", "Thu.", "martes", "jeudi".
WEEKDAY_PATTERN: Final = (
    r"(?i:(?<!\w)(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?"
    r"|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo"
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?!\w)\.?)"
)

_DAY: Final = r"(?:[0-3]?\d)(?!\d)(?:st|nd|rd|th|er|º)?"
_YEAR: Final = r"(?:1[89]|20)\d{2}(?!\d)"
_TIME: Final = (
    r"(?i:\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?\s?m\.?(?!\w))?|\d{1,2}\s?[ap]\.?\s?m\.?(?!\w))"
)

# How a date's first word opens: the first three letters of a month or weekday name.
_OPENINGS: Final = frozenset(
    {
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
        "ene", "abr", "ago", "dic", "set", "fév", "fev", "avr", "mai", "jui", "aoû", "aou",
        "déc", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "lun", "mié", "mie", "jue",
        "vie", "sáb", "sab", "dom", "mer", "jeu", "ven", "sam", "dim",
    }
)  # fmt: skip
# Where a date may open, as each form below opens: a year and a dash ("2026-05-04"), a day
# and a space ("14 July", "3rd March"), a month number and a slash ("03/16/2026"), or a
# month or weekday name's first letters after a non-word character. The test spares the
# engine the full pattern everywhere else; keep it in step with the forms.
_OPENING: Final = (
    rf"{_YEAR}-|{_DAY}\s|(?<![\d/])[01]?\d/|(?i:(?<!\w)(?:{'|'.join(sorted(_OPENINGS))}))"
)
_OPENS: Final = rf"(?={_OPENING})"

# A printed date without the time and zone that may follow it (see DATE_PATTERN). The
# forms that open with a month name share it and the day, read once: the engine would
# read them again for each form (at most one reading of them fits, so the forms are
# tried in the same order on it).
_DATE_START: Final = rf"""
    {_OPENS}
    (?:{WEEKDAY_PATTERN},?\s{{1,3}})?
    (?:
        (?P<month>{MONTH_PATTERN})\s{{1,3}}(?P<day>{_DAY})                    # December 15
            (?:\s{{1,3}}(?P<time>\d{{1,2}}:\d{{2}})\s{{1,3}}(?P<year>{_YEAR})  #   13:24 2020
              | ,?\s{{1,3}}(?P<year>{_YEAR})                                   #   , 2025
              | (?!,?\s{{0,3}}\d))                                            #   (no year)
      | (?P<iso>(?P<year>{_YEAR})-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)           # 2026-05-04
            (?:[T\ ](?P<time>\d{{2}}:\d{{2}}(?::\d{{2}})?)(?:\.\d+)?)?         #   00:00:00
            (?P<zone>Z|[+\-]\d{{2}}:?\d{{2}})?)
      | (?P<day>{_DAY})\s{{1,3}}(?:(?i:de)\s+)?(?P<month>{MONTH_PATTERN}),?   # 19 de agosto
            \s{{1,3}}(?:(?i:de)\s+)?(?P<year>{_YEAR})                        #   de 2024
      | (?<![\d/])(?P<mnum>[01]?\d)/(?P<day>[0-3]?\d)/(?P<year>{_YEAR})       # 03/15/2024
    )
"""
# The time and zone printed after a date, if any (the optional ending of DATE_PATTERN).
_DATE_ENDING: Final = rf"""
    (?:                                                     # the time and zone, if printed
        (?(time)(?!)|)                                      #   (unless the date held a time)
        \s{{0,3}}(?:,|@|(?i:at)|à|-|–|\|)?\s{{0,3}}
        (?P<time>{_TIME})
        (?:\s{{0,3}}\(?(?P<zone>{ZONE_PATTERN})\)?)?
    )?
"""
#: A printed date, optionally with its weekday, time and zone. Forms: "Sept. 10, 2025",
#: "Monday Nov 2, 2026 @ 9:30 AM America/Detroit", "14 July 2026", "3 de agosto de
#: 2026", "October 6 09:41 2026", "2026-05-04 00:00:00", "03/16/2026", "Jan. 5" (no year).
DATE_PATTERN: Final = _DATE_START + _DATE_ENDING

_DATE: Final = regex.compile(DATE_PATTERN, regex.VERBOSE)
# Where a date starts, all that :func:`date_starts_within` asks: the ending of
# DATE_PATTERN is optional, so the pattern matches wherever this does, and this one does
# not read on through a time and zone that change nothing.
_DATE_OPENS: Final = regex.compile(_DATE_START, regex.VERBOSE)
# Where a date may open, roughly: a run of digits (at one of its last digits, see
# :func:`_run_openings`), or a month or weekday name's first letters.
_OPENINGS_AT: Final = regex.compile(rf"\d+|(?i:(?<!\w)(?:{'|'.join(sorted(_OPENINGS))}))")

# Digits, and the starts of words: a printed date holds a number, and starts at the word
# that opens it, at most a few words before that number ("Thursday, April 30, 2015").
_DIGIT: Final = regex.compile(r"(?<![\d\-./])\d")
_WORD_START: Final = regex.compile(r"(?<!\w)\w")
#: A date expression starts at most this many characters before its first number.
DIGIT_LEAD: Final = 24
#: However printed, a date's first number stands at most this many characters after its
#: start: a weekday and a month name, each with a period, a comma and three spaces
#: ("Wednesday.,   September.   1").
DATE_SPAN_TO_NUMBER: Final = 28

# Words a date may carry that dateutil should not see: "de", "le", ordinal endings.
_FILLER: Final = regex.compile(r"(?i)(?<=\d)(?:st|nd|rd|th|er|º)\b|\b(?:de|le)\b")

# "1:00 AM", "13:24", "9 p.m.": the parts of a printed time.
_TIME_PARTS: Final = regex.compile(
    r"(?i)^(?P<hour>\d{1,2})(?::(?P<minute>\d{2}))?(?::(?P<second>\d{2}))?"
    r"\s?(?:(?P<ampm>[ap])\.?\s?m\.?)?$"
)

# Spanish and French month names, as the English names dateutil knows.
_FOREIGN_MONTHS: Final[dict[str, str]] = {
    "enero": "January", "janvier": "January", "janv": "January",
    "febrero": "February", "février": "February", "fevrier": "February", "févr": "February",
    "fevr": "February", "marzo": "March", "mars": "March", "abril": "April",
    "avril": "April", "avr": "April", "mayo": "May", "mai": "May", "junio": "June",
    "juin": "June", "julio": "July", "juillet": "July", "juil": "July", "agosto": "August",
    "août": "August", "aout": "August", "septiembre": "September",
    "setiembre": "September", "septembre": "September", "octubre": "October",
    "octobre": "October", "noviembre": "November", "novembre": "November",
    "diciembre": "December", "décembre": "December", "decembre": "December",
    "déc": "December",
}  # fmt: skip

_ENGLISH_MONTHS: Final = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip

#: Every month name :data:`MONTH_PATTERN` reads (casefolded, no period) -> month number.
_MONTH_NUMBERS: Final[dict[str, int]] = {
    **{name: number for number, name in enumerate(_ENGLISH_MONTHS, 1)},
    **{name[:3]: number for number, name in enumerate(_ENGLISH_MONTHS, 1)},
    "sept": 9,
    **{name: _ENGLISH_MONTHS.index(english.casefold()) + 1
       for name, english in _FOREIGN_MONTHS.items()},
}  # fmt: skip

_DIGITS: Final = regex.compile(r"\d+")


class _Names(dateutil_parser.parserinfo):
    """dateutil's vocabulary, with years kept as printed."""

    def convertyear(self, year: int, century_specified: bool = False) -> int:
        """Keep years as printed; never complete a two-digit year from the clock."""
        return year


_NAMES: Final = _Names()

#: The default that fills no field: a parse that leaves the year at 1 found no year.
_NO_DEFAULT: Final = dt.datetime(1, 1, 1)


@attrs.frozen(kw_only=True)
class PrintedDate:
    """A date read from the text, with the time and zone when they were printed.

    ``datetime`` is set only when a time is printed, and is timezone-aware only when a zone
    is printed and known; ``timezone`` keeps the zone as printed.
    """

    date: dt.date
    datetime: dt.datetime | None = None
    timezone: str | None = None


@attrs.frozen(kw_only=True)
class DateMatch:
    """Where a date expression stands in a text, and what it says (``None`` if unreadable)."""

    start: int
    end: int
    value: PrintedDate | None


def _month_name_day(m: regex.Match[str]) -> dt.date | None:
    """Read a date printed with a month name directly: the year is 1 when none is printed.

    Reads a day from 1 to 31 with a month of :data:`_MONTH_NUMBERS`, and gives the same day
    dateutil gives for it (a day the month does not have raises ``ValueError`` in both);
    ``None`` for any other form, which dateutil reads instead.
    """
    month = _MONTH_NUMBERS.get(m["month"].rstrip(".").casefold()) if m["month"] else None
    day = _DIGITS.match(m["day"])
    if month is None or day is None or not 1 <= int(day[0]) <= 31:
        return None
    return dt.date(int(m["year"] or 1), month, int(day[0]))


def _dateutil_day(m: regex.Match[str]) -> dt.date:
    """Read a day, month and year through dateutil (numeric months, unusual forms)."""
    month = m["month"] or m["mnum"]
    month = _FOREIGN_MONTHS.get(month.rstrip(".").casefold(), month)
    text = _FILLER.sub(" ", f"{m['day']} {month} {m['year'] or ''}")
    dayfirst = m["mnum"] is None
    parsed = dateutil_parser.parse(text, parserinfo=_NAMES, default=_NO_DEFAULT, dayfirst=dayfirst)
    return parsed.date()


def _day(m: regex.Match[str], reference: dt.date | None) -> dt.date | None:
    """Resolve the day of a date match (the common month-name forms without dateutil)."""
    try:
        if m["iso"]:
            return dateutil_parser.isoparse(m["iso"][:10]).date()
        day = _month_name_day(m) or _dateutil_day(m)
    except (ValueError, OverflowError):
        return None
    if m["year"] is None:
        if reference is None:
            return None
        try:
            return day.replace(year=reference.year)
        except ValueError:
            return None
    return day


def _time(text: str | None) -> dt.time | None:
    parts = _TIME_PARTS.match(text.strip()) if text else None
    if parts is None:
        return None
    hour, minute = int(parts["hour"]), int(parts["minute"] or 0)
    if parts["ampm"]:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if parts["ampm"].lower() == "p" else 0)
    if hour > 23 or minute > 59:
        return None
    return dt.time(hour, minute, int(parts["second"] or 0) % 60)


def _printed(m: regex.Match[str], reference: dt.date | None) -> PrintedDate | None:
    day = _day(m, reference)
    if day is None:
        return None
    time = _time(m["time"])
    zone = m["zone"]
    if time is None:
        return PrintedDate(date=day)
    tzinfo = zone_info(zone) if zone else None
    if zone and tzinfo is None and zone[0] in "+-":
        tzinfo = dateutil_parser.isoparse(f"2000-01-01T00:00{zone}").tzinfo
    stamp = dt.datetime.combine(day, time, tzinfo=tzinfo)
    return PrintedDate(date=day, datetime=stamp, timezone=zone)


# A day's ordinal endings in ASCII (see _DAY) and a year's first two digits (see _YEAR).
_ORDINALS: Final = frozenset({"st", "nd", "rd", "th", "er"})
_CENTURIES: Final = frozenset({"18", "19", "20"})


def _may_open_at_digit(text: str, pos: int) -> bool:
    """False where no date can open at the digit at ``pos``; a cheap test to run first.

    At a digit a date opens only as :data:`_OPENING` says: a year and a dash
    ("2026-05-04"), a day of one or two digits and a space, after an ordinal ending or
    not ("14 July", "3rd March"), or a month number and a slash ("03/16/2026"); and after
    a day and its spaces comes a month (see :func:`_month_may_follow`). Told in the next
    five characters when they are ASCII (any other text is left to the pattern): most
    numbers in a text ("555-201", "8, 2019", "$12.5", "133 N. Main") are none of these.
    """
    head = text[pos : pos + 5]
    if not head.isascii():
        return True
    if head[1:2].isdigit():
        if head[2:3].isdigit():  # three digits or more: only a year opens so
            return head[4:5] == "-" and head[3:4].isdigit() and head[:2] in _CENTURIES
        day = 2
    else:
        day = 1
    after = head[day:]
    if after[:1] == "/":
        return True
    if after[:2] in _ORDINALS:
        day += 2
    return _month_may_follow(text, pos + day)


def _run_openings(text: str, start: int, end: int) -> Sequence[int]:
    """The places in the run of digits ``text[start:end]`` (which ends at ``end``) where
    :func:`_may_open_at_digit` holds, in order: told once for the run, by what follows it.

    A year and a dash opens four digits before its end; a day or a month number, one or
    two digits before it, when a slash or a day's spaces and month follow. A run that is
    not ASCII (or not followed by ASCII) is left to the pattern at each of its places.
    """
    if not text[start : end + 5].isascii():
        return range(start, end)
    found: list[int] = []
    if end - start >= 4 and text[end : end + 1] == "-" and text[end - 4 : end - 2] in _CENTURIES:
        found.append(end - 4)
    if text[end : end + 1] == "/" or _month_may_follow(
        text, end + 2 if text[end : end + 2] in _ORDINALS else end
    ):
        found.extend(range(max(start, end - 2), end))
    return found


# The ASCII characters ``\s`` matches (``str.isspace`` holds for four more).
_ASCII_SPACES: Final = " \t\n\v\f\r"


def _month_may_follow(text: str, at: int) -> bool:
    """False where no month can follow a day ending at ``at``: a date that opens with its
    day reads one to three spaces, maybe "de" and spaces ("19 de agosto"), then a month
    name, which opens as a word of :data:`_OPENINGS` does. Told when the characters read
    are ASCII (any other may be a space or fold to a letter under the pattern's rules).
    """
    tail = text[at : at + 7]
    word = tail.lstrip(_ASCII_SPACES)
    spaces = len(tail) - len(word)
    if spaces == 0:
        return not tail[:1].isascii()  # (an ASCII character that is no space: no date)
    if spaces > 3:
        return False
    opening = word[:3]
    if not opening.isascii():
        return True
    opening = opening.casefold()
    return opening in _OPENINGS or opening[:2] == "de"


def _search(text: str, pos: int, endpos: int) -> regex.Match[str] | None:
    """The first full date match in ``text[pos:endpos]``, tried only where one may start.

    Searching for numbers first and matching the full pattern only at the words just before
    each is far cheaper than searching for the full pattern everywhere.
    """
    tried = pos
    while (digit := _DIGIT.search(text, tried, endpos)) is not None:
        lead = max(tried, digit.start() - DIGIT_LEAD)
        for word in _WORD_START.finditer(text, lead, digit.start() + 1):
            start = word.start()
            if text[start].isdigit():
                if not _may_open_at_digit(text, start):
                    continue
            elif text[start : start + 3].casefold() not in _OPENINGS:
                continue
            m = _DATE.match(text, start, endpos)
            if m is not None:
                return m
        tried = digit.start() + 1
    return None


def date_may_open_at(text: str, pos: int) -> bool:
    """False where no date expression can start at ``pos``; a cheap test to run first.

    A date opens with a digit or a month or weekday name's first letters (the opening of
    :data:`DATE_PATTERN`). Only three ASCII letters are ruled out by their casefolded form:
    other letters may match an opening under the pattern's own case folding.
    """
    head = text[pos : pos + 3] if pos >= 0 else "0"  # (a negative index: not ruled out)
    return head[:1].isdigit() or not head.isascii() or head.casefold() in _OPENINGS


def date_starts_within(text: str, pos: int, last: int) -> bool:
    """True when a date expression starts at an index from ``pos`` to ``last`` (included).

    A cheap test for a pattern that embeds :data:`DATE_PATTERN` a few characters on: the
    full pattern is tried only where a date may open, against the whole text, and only
    when a number stands close enough after ``pos`` for a date to hold it.
    """
    digit = _DIGITS.search(text, pos, min(len(text), last + DATE_SPAN_TO_NUMBER + 1))
    if digit is None:
        return False
    # A date from ``pos`` on holds a number from the first one found on, so it starts at
    # most DATE_SPAN_TO_NUMBER characters before that one: the openings before are not read.
    first = max(pos, digit.start() - DATE_SPAN_TO_NUMBER)
    end = min(len(text), last + 3)
    for opening in _OPENINGS_AT.finditer(text, first, end):
        at = opening.start()
        if at > last:
            return False
        if not text[at].isdigit():
            if _DATE_OPENS.match(text, at) is not None:
                return True
            continue
        run_end = opening.end()
        if run_end == end:  # (a run cut at ``end`` is read to its end: what follows decides)
            run = _DIGITS.match(text, at)
            run_end = run.end() if run is not None else run_end
        for start in _run_openings(text, at, run_end):
            if start > last:
                return False
            if _DATE_OPENS.match(text, start) is not None:
                return True
    return False


def _result(m: regex.Match[str] | None, reference: dt.date | None) -> DateMatch | None:
    if m is None:
        return None
    return DateMatch(start=m.start(), end=m.end(), value=_printed(m, reference))


def match_date(text: str, pos: int = 0, *, reference: dt.date | None = None) -> DateMatch | None:
    """Match a date expression starting exactly at ``pos`` in ``text``."""
    if not date_may_open_at(text, pos):
        return None
    return _result(_DATE.match(text, pos), reference)


def find_date(
    text: str, pos: int = 0, endpos: int | None = None, *, reference: dt.date | None = None
) -> DateMatch | None:
    """Find the first date expression in ``text[pos:endpos]``."""
    end = len(text) if endpos is None else endpos
    return _result(_search(text, pos, end), reference)


def find_date_span(text: str, pos: int = 0) -> tuple[int, int] | None:
    """Where the first date with a day, month and year stands in ``text``, without reading it.

    A cheap test for "is there a date here", for callers that only need its place.
    """
    if text.find("20", pos) < 0 and text.find("19", pos) < 0 and text.find("18", pos) < 0:
        return None  # every year (see _YEAR) opens with one of these
    end = len(text)
    while (m := _search(text, pos, end)) is not None:
        day = _DIGITS.match(m["day"])
        if m["year"] is not None and day is not None and 1 <= int(day[0]) <= 31:
            return m.start(), m.end()
        pos = m.end()
    return None


def read_date(text: str, *, reference: dt.date | None = None) -> PrintedDate | None:
    """Read the first readable date in ``text``, with its time and zone; ``None`` if none."""
    pos = 0
    while (found := find_date(text, pos, reference=reference)) is not None:
        if found.value is not None:
            return found.value
        pos = found.end
    return None


def parse_date(text: str, *, reference: dt.date | None = None) -> dt.date | None:
    """Parse a printed date with a day, month and year; ``None`` when it is not one."""
    found = read_date(text, reference=reference)
    return found.date if found else None
