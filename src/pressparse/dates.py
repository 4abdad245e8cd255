"""Dates: the only module that calls python-dateutil.

Dates are parsed from the text as printed; the clock is never read.
"""

from __future__ import annotations

import datetime as dt

from dateutil import parser as dateutil_parser

__all__ = ["parse_date"]

_NO_DEFAULT = dt.datetime(1, 1, 1)


def parse_date(text: str) -> dt.date | None:
    """Parse a printed date with a day, month and year; ``None`` when it is not one."""
    try:
        parsed = dateutil_parser.parse(text, default=_NO_DEFAULT, fuzzy=True)
    except (ValueError, OverflowError):
        return None
    if parsed.year == 1:
        return None
    return parsed.date()
