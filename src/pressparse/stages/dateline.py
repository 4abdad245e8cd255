"""Stage 2: the dateline that opens the body (place, date, time, zone, wire service).

The dateline is matched where the body starts (see the headline stage) by the families of
:mod:`pressparse.stages._dateline_rules`: the wire grammars first, then a place and a date,
an AP place and a dash, a place alone on its line. A wire credit standing alone
("--News Direct--") takes its place and date from the line after it. When the dateline
prints no date (Business Wire, AP style), the date comes from the header around the title
(:mod:`pressparse.stages._release_date`); page metadata counts only when nothing is printed.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

import attrs

from pressparse.dates import PrintedDate, match_date
from pressparse.document import Document
from pressparse.model import Dateline, Span
from pressparse.places import split_location
from pressparse.stages._dateline_rules import DatelineHit, match_dateline
from pressparse.stages._dateline_search import (
    BEFORE_WIRE,
    city_may_start,
    search_wire_dateline,
)
from pressparse.stages._release_date import header_date
from pressparse.stages.state import ParseState
from pressparse.wires import wire_id

__all__ = ["run"]

#: How far into a run-together block a wire dateline is searched, in characters.
COLLAPSED_WINDOW: Final = 4000


def _hit_at(state: ParseState, i: int) -> DatelineHit | None:
    doc = state.doc
    block = doc.blocks[i]
    known = state.body_dateline  # what the headline stage matched there, if it was this block
    if known is not None and known.index == i:
        hit = known.hit
    else:
        hit = match_dateline(doc.text, block.span.start, loose=True)
    if hit is not None:
        return hit
    # A wire dateline inside the block: after a title run into it, or a pull quote.
    start = block.span.start
    span = state.headline_span
    if span is not None and block.span.start <= span.start < block.span.end:
        start = span.end
    if not city_may_start(doc.text, start, block.span.end):
        return None  # (no dateline the search finds can start inside the block)
    end = min(len(doc.text), block.span.end + BEFORE_WIRE, start + COLLAPSED_WINDOW)
    hit = search_wire_dateline(doc.text, start, end, before=block.span.end)
    return hit if hit is not None and hit.start < block.span.end else None


def _find(state: ParseState) -> tuple[DatelineHit, int] | None:
    """The dateline at the body's start, with a bare wire credit merged into the next line."""
    blocks = state.doc.blocks
    i = state.body_start
    if i >= len(blocks):
        return None
    hit = _hit_at(state, i)
    if hit is None:
        return None
    if hit.location is None and hit.date_start is None and i + 1 < len(blocks):
        nxt = match_dateline(state.doc.text, blocks[i + 1].span.start)
        if nxt is not None and nxt.location is not None:
            return attrs.evolve(nxt, wire=nxt.wire or hit.wire), i + 1
    return hit, i


def _printed_date(doc: Document, hit: DatelineHit, reference: dt.date | None) -> PrintedDate | None:
    if hit.date_start is None:
        return None
    found = match_date(doc.text, hit.date_start, reference=reference)
    return found.value if found else None


def _dateline(
    hit: DatelineHit | None, date: PrintedDate | None, date_span: Span | None, doc: Document
) -> Dateline | None:
    if hit is None and date is None:
        return None
    if hit is not None:
        span = Span(start=hit.start, end=hit.end)
    else:
        span = date_span or Span(start=0, end=0)
    place = split_location(hit.location) if hit and hit.location else None
    wire = hit.wire if hit else None
    return Dateline(
        raw=span.slice(doc.text),
        span=span,
        location=hit.location if hit else None,
        city=place.city if place else None,
        region=place.region if place else None,
        country=place.country if place else None,
        date=date.date if date else None,
        datetime=date.datetime if date else None,
        timezone=date.timezone if date else None,
        wire=wire,
        wire_id=wire_id(wire) if wire else None,
    )


def run(state: ParseState) -> ParseState:
    """Set the dateline: place, date (with time and zone) and wire, each when printed."""
    doc = state.doc
    reference = state.options.reference_date
    found = _find(state)
    hit, index = found if found else (None, None)
    date = _printed_date(doc, hit, reference) if hit else None
    date_span: Span | None = None
    if date is None or date.datetime is None:
        title = None
        if state.headline_index is not None:
            title = range(state.headline_index, state.headline_index + 1)
        header = header_date(doc, title, state.body_start + 1, reference)
        if header is not None and (date is None or header.value.date == date.date):
            date, date_span = header.value, header.span
    dateline = _dateline(hit, date, date_span, doc)
    if dateline is None:
        return state
    return state.evolved(dateline=dateline, dateline_index=index)
