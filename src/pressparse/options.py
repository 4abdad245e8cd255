"""Options that tune a parse. Immutable; make a new one with :func:`attrs.evolve`."""

from __future__ import annotations

import datetime as dt

import attrs

__all__ = ["ParseOptions"]


def _positive(_: object, attribute: attrs.Attribute[int], value: int) -> None:
    if value <= 0:
        raise ValueError(f"{attribute.name} must be positive, got {value}")


@attrs.frozen(kw_only=True)
class ParseOptions:
    """How to parse.

    ``max_chars`` caps how much of a source is read (the rest is dropped with a diagnostic).
    ``reference_date`` completes a printed date that has no year; without it such a date
    stays ``None`` (the library never reads the clock). ``default_region`` is the ISO 3166
    country code assumed for phone numbers printed without a country code when the release
    names no country. ``regex_timeout`` bounds, in seconds, any single pattern search on
    hostile input (``None`` for no bound).
    """

    max_chars: int = attrs.field(default=5_000_000, validator=_positive)
    reference_date: dt.date | None = None
    default_region: str = "US"
    regex_timeout: float | None = 2.0
