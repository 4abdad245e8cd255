"""Stage 2: the dateline that opens the body (place, date, wire service).

First version: the slash-wire family ("CITY, ST, Month D, YYYY /Wire/ --").
"""

from __future__ import annotations

from typing import Final

import attrs
import regex

from pressparse.dates import parse_date
from pressparse.model import Dateline, Span
from pressparse.stages.state import ParseState

# "LAUDERDALE COUNTY, AL, October 01, 2025 /24-7PressRelease/ -- On September 24..."
_SLASH_WIRE: Final = regex.compile(
    r"""
    (?P<location>\p{Lu}[^,\n]{1,40}(?:,\ [^,\n]{2,30})?)   # "CITY" or "CITY, ST"
    ,\s+(?P<date>\p{L}{3,9}\.?\s+\d{1,2},\s+\d{4})          # "October 01, 2025"
    \s*/\s*(?P<wire>[^/\n]{2,40}?)\s*/\s*                   # "/24-7PressRelease/"
    (?:--|—|–)                                              # the dash that opens the body
    """,
    regex.VERBOSE,
)

#: How many blocks from the body's start are searched for the dateline.
SEARCH_BLOCKS: Final = 3


def run(state: ParseState) -> ParseState:
    """Set the dateline when one opens the body."""
    blocks = state.doc.blocks
    for i in range(state.body_start, min(len(blocks), state.body_start + SEARCH_BLOCKS)):
        block = blocks[i]
        m = _SLASH_WIRE.match(block.text)
        if m is None:
            continue
        start = block.span.start
        dateline = Dateline(
            raw=m[0],
            span=Span(start=start, end=start + m.end()),
            location=m["location"],
            date=parse_date(m["date"]),
            wire=m["wire"],
        )
        return attrs.evolve(state, dateline=dateline, dateline_index=i)
    return state
