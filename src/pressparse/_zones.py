"""Time zones as press releases print them, and the tzinfo each one stands for.

An explicit table: nothing is guessed from the machine's clock or locale. Regional names
that follow daylight saving ("ET", "Pacific") map to an IANA zone; names that fix the offset
("EST", "PDT", "CET") map to that offset; "GMT+8" and IANA names ("Australia/Perth") are read
as printed.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from typing import Final

import regex

__all__ = ["ZONE_PATTERN", "zone_info"]

# Zones that keep one offset all year, in hours east of UTC.
_FIXED_HOURS: Final[dict[str, float]] = {
    "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
    "AKST": -9, "AKDT": -8, "HST": -10, "AST": -4, "ADT": -3, "NST": -3.5, "NDT": -2.5,
    "GMT": 0, "UTC": 0, "UT": 0, "Z": 0, "WET": 0, "WEST": 1, "BST": 1, "CET": 1, "CEST": 2,
    "MET": 1, "MEZ": 1, "MESZ": 2, "EET": 2, "EEST": 3, "MSK": 3, "GST": 4, "IST": 5.5,
    "PKT": 5, "ICT": 7, "WIB": 7, "HKT": 8, "SGT": 8, "AWST": 8, "PHT": 8,
    "JST": 9, "KST": 9, "ACST": 9.5, "AEST": 10, "ACDT": 10.5, "AEDT": 11, "NZST": 12,
    "NZDT": 13, "BRT": -3, "ART": -3,
}  # fmt: skip

# Spelled-out fixed zones: "Eastern Standard Time" is EST whatever the season.
_SPELLED_FIXED: Final[dict[str, str]] = {
    "eastern standard time": "EST", "eastern daylight time": "EDT",
    "central standard time": "CST", "central daylight time": "CDT",
    "mountain standard time": "MST", "mountain daylight time": "MDT",
    "pacific standard time": "PST", "pacific daylight time": "PDT",
    "greenwich mean time": "GMT", "british summer time": "BST",
    "central european time": "CET", "central european summer time": "CEST",
}  # fmt: skip

# Regional names that follow daylight saving: the IANA zone they stand for.
_REGIONAL: Final[dict[str, str]] = {
    "et": "America/New_York", "eastern": "America/New_York", "eastern time": "America/New_York",
    "ct": "America/Chicago", "central": "America/Chicago", "central time": "America/Chicago",
    "mt": "America/Denver", "mountain": "America/Denver", "mountain time": "America/Denver",
    "pt": "America/Los_Angeles", "pacific": "America/Los_Angeles",
    "pacific time": "America/Los_Angeles",
}  # fmt: skip

# The standard offset of each regional zone, used only where the tz database is missing.
_REGIONAL_FALLBACK_HOURS: Final[dict[str, float]] = {
    "America/New_York": -5, "America/Chicago": -6, "America/Denver": -7,
    "America/Los_Angeles": -8,
}  # fmt: skip

_NAMES: Final = sorted(
    [
        *_FIXED_HOURS,
        *(n.title() for n in _SPELLED_FIXED),
        *(n.upper() if len(n) == 2 else n.title() for n in _REGIONAL),
    ],
    key=len,
    reverse=True,
)

#: A printed time zone: "ET", "Eastern Standard Time", "GMT+8", "UTC-04:00",
#: "Australia/Perth". Upper-case abbreviations only, so "at" or "pt" in prose do not match.
ZONE_PATTERN: Final = (
    r"(?:(?:GMT|UTC)\s?[+\-−]\s?\d{1,2}(?::?\d{2})?"
    r"|(?:Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc)"
    r"/[A-Z][A-Za-z_\-]+(?:/[A-Z][A-Za-z_\-]+)?"
    r"|(?:" + "|".join(regex.escape(n) for n in _NAMES) + r"))(?![\w/])"
)

# "GMT+8", "UTC -04:00": an offset printed after GMT or UTC.
_OFFSET: Final = regex.compile(
    r"^(?:GMT|UTC)\s?(?P<sign>[+\-−])\s?(?P<hours>\d{1,2})(?::?(?P<minutes>\d{2}))?$"
)


def _fixed(hours: float, name: str) -> dt.tzinfo:
    return dt.timezone(dt.timedelta(hours=hours), name)


def _iana(name: str) -> dt.tzinfo | None:
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return None


def zone_info(printed: str) -> dt.tzinfo | None:
    """Return the tzinfo a printed zone stands for, or ``None`` for an unknown name."""
    text = " ".join(printed.split())
    if text.upper() in _FIXED_HOURS and text.upper() == text:
        return _fixed(_FIXED_HOURS[text], text)
    lowered = text.lower()
    if lowered in _SPELLED_FIXED:
        abbreviation = _SPELLED_FIXED[lowered]
        return _fixed(_FIXED_HOURS[abbreviation], abbreviation)
    if lowered in _REGIONAL:
        zone = _REGIONAL[lowered]
        return _iana(zone) or _fixed(_REGIONAL_FALLBACK_HOURS[zone], zone)
    offset = _OFFSET.match(text)
    if offset:
        sign = -1 if offset["sign"] in "-−" else 1
        minutes = int(offset["hours"]) * 60 + int(offset["minutes"] or 0)
        if minutes > 14 * 60:
            return None
        return dt.timezone(sign * dt.timedelta(minutes=minutes), text)
    if "/" in text:
        return _iana(text)
    return None
