"""Datelines inside running text: a page run together into one paragraph, a pull quote.

Page dumps sometimes print the title, a repeat of the place and date, and the dateline in
one paragraph ("Acme Opens Plant PR Newswire OCALA, Fla., March 2, 2026 OCALA, Fla., March
2, 2026 /PRNewswire/ -- ..."). The wire grammars that print their credit in slashes or
parentheses are tried there with an all-capitals city, just before each wire credit.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

import regex

from pressparse.stages._dateline_rules import (
    _DATE,
    _FAMILIES,
    _LATE_PART,
    _WORD_END,
    DatelineHit,
    _hit,
)
from pressparse.wires import is_wire_name

__all__ = ["BEFORE_WIRE", "city_may_start", "search_wire_dateline", "trailing_place_date"]

# A place with an all-capitals city, as datelines inside running text print it.
_CAPS_WORD: Final = rf"\p{{Lu}}(?:[\p{{Lu}}.'’&]|-(?=\p{{Lu}}))*{_WORD_END}"
_CAPS_LOC: Final = (
    rf"(?<![\p{{Lu}}\d]){_CAPS_WORD}(?:\ {_CAPS_WORD}){{0,4}}"
    rf"(?:\s?,\s?{_LATE_PART}|\ (?:&|and)\ {_CAPS_WORD}(?:\ {_CAPS_WORD}){{0,4}}){{0,3}}"
)

# A place and date closing a run-together title, as a page header repeats them before the
# dateline: "Acme Opens Plant PR Newswire OCALA, Fla., March 2, 2026".
_TRAILING_PLACE_DATE: Final = regex.compile(rf"\s(?:{_CAPS_LOC})\s?,\s?{_DATE}\s*$", regex.VERBOSE)

_COMPILED_CAPS: Final = tuple(
    (name, regex.compile(t.replace("@LOC@", _CAPS_LOC), regex.VERBOSE), wired)
    for name, t, wired, _ in _FAMILIES[:5]
)


# A wire credit inside running text: "/PRNewswire/", "(GLOBE NEWSWIRE)", "--(BUSINESS WIRE".
_WIRE_MARK: Final = regex.compile(r"/[^/\n]{2,60}/|\([^()\n]{2,60}[)\-–—]")
#: The longest text :data:`_WIRE_MARK` matches: two marks around 60 characters.
MAX_MARK: Final = 62
#: How far before a wire credit its place and date may start.
BEFORE_WIRE: Final = 200
#: How many wire credits in running text are looked at, at most.
MAX_CREDITS: Final = 6
# Words run together where a line break was lost: "Acme SoftwareGRAZ" (a place glued to
# the pull quote's attribution before it).
_GLUED: Final = regex.compile(r"\p{Ll}\p{Lu}{2}")
# Where an all-capitals city may start in running text: "...Company PR Newswire RENO, Nev.".
_CAPS_START: Final = regex.compile(r"(?<![\p{Lu}\d])\p{Lu}[\p{Lu}.'’&\-]")
# How each searched grammar opens its credit: "/PRNewswire/" or "(GLOBE NEWSWIRE)".
_CREDIT_OPENS: Final = {
    "slash_wire": "/",
    "slash_place_wire_date": "/",
    "paren_wire_after_date": "(",
    "dash_paren_wire": "(",
    "dash_wire_dash_date": "(",
}


def search_wire_dateline(
    text: str, pos: int, endpos: int, *, before: int | None = None
) -> DatelineHit | None:
    """Find a wire dateline with an all-capitals city anywhere in ``text[pos:endpos]``.

    For pages whose headline and dateline were run together into one paragraph. Only the
    text just before a wire credit ("/PRNewswire/", "(BUSINESS WIRE)") is searched, with the
    grammars that print their credit that way, for the first few credits. A caller that
    wants only a dateline starting before ``before`` gets ``None`` as soon as no later
    place can give one (a dateline starts at most :data:`BEFORE_WIRE` before its credit);
    a dateline found first that starts later is still returned, for the caller to reject.
    """
    credits = _credits(text, pos, endpos, before)
    credit = next(credits, None)
    while credit is not None:
        mark, start = credit
        end = min(endpos, mark.end() + 80)
        families = [f for f in _COMPILED_CAPS if mark[0][0] == _CREDIT_OPENS[f[0]]]
        following: list[tuple[regex.Match[str], int] | None] = []  # the next credit, once read
        for city in _CAPS_START.finditer(text, start, mark.start()):
            if before is not None and city.start() >= before:
                if not following:
                    following.append(next(credits, None))
                if following[0] is None:
                    return None  # every place left starts past ``before``: none is wanted
            for name, pattern, wired in families:
                m = pattern.match(text, city.start(), end)
                if m is None or _GLUED.search(m["location"]):
                    continue
                if (hit := _hit(name, m, wired=wired)) is not None:
                    return hit
        credit = following[0] if following else next(credits, None)
    return None


def city_may_start(text: str, pos: int, endpos: int) -> bool:
    """False when no dateline :func:`search_wire_dateline` finds starts in
    ``text[pos:endpos]``: each starts at an all-capitals city (see :data:`_CAPS_START`),
    which stands at no place the pattern does not match at."""
    return _CAPS_START.search(text, pos, endpos + 1) is not None  # (the city's second letter)


def _credits(
    text: str, pos: int, endpos: int, before: int | None
) -> Iterator[tuple[regex.Match[str], int]]:
    """The wire credits :func:`search_wire_dateline` searches before, in order, each with
    where its place may start."""
    # Credits are read no further than the first that starts BEFORE_WIRE past ``before``
    # (where the search stops) and the whole of it: the same credits, without reading on.
    last = endpos if before is None else min(endpos, before + BEFORE_WIRE + MAX_MARK)
    count = 0
    for mark in _WIRE_MARK.finditer(text, pos, last):
        if count >= MAX_CREDITS:
            return
        start = max(pos, mark.start() - BEFORE_WIRE)
        if before is not None and start >= before:
            return
        if is_wire_name(mark[0].strip("/()-–— ")):
            count += 1
            yield mark, start


def trailing_place_date(text: str) -> int | None:
    """Where a place-and-date header closing ``text`` starts, or ``None``."""
    m = _TRAILING_PLACE_DATE.search(text, max(0, len(text) - 200))
    return m.start() if m else None
