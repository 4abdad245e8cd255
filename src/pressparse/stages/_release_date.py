"""The release's date when its dateline prints none: header lines, then page metadata.

Cascade, surest first (the corpus conventions in SCHEMA.md, "Finer points"):

1. a labelled date: "Date: January 7, 2016", or a date under "FOR IMMEDIATE RELEASE";
2. a date line in the header around the title: "March 09, 2026 04:15 PM Eastern Standard
   Time", "Admin | June 13, 2024", "Tuesday, December 2, 2025" (not a date of a listing
   entry for another release);
3. a date printed before the title in a listing line: "June 4, 2026: <title>";
4. a posting date: "Published" / "Posted on" lines;
5. a date opening the document's first line (letterheads: "July 8, 2019 Contact: ...");
6. page metadata: ``Document.meta_date``, or a timestamp line "2026-05-04 00:00:00".
"""

from __future__ import annotations

import datetime as dt
from typing import Final

import attrs
import regex

from pressparse.dates import PrintedDate, match_date, read_date
from pressparse.document import Document
from pressparse.model import Span
from pressparse.stages._header_lines import (
    DateLine,
    date_line,
    is_chrome,
    is_title_like,
    kind_label_end,
)
from pressparse.stages._headline_find import label_line, letterhead_end

__all__ = ["HeaderDate", "header_date"]

#: How many blocks before the title the header is searched.
BEFORE_TITLE: Final = 4
#: How many lines under a "FOR IMMEDIATE RELEASE" label its date may stand.
LABEL_REACH: Final = 3
# The ranks of a date opening the title and of one opening the first line (a date line
# around the title ranks by its kind, in thousands, and its distance from the title).
_PREFIX_RANK: Final = 3000
_FIRST_LINE_RANK: Final = 5000

# A timestamp line of page metadata: "2026-05-04 00:00:00".
_TIMESTAMP: Final = regex.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2})?\S*$")
# A posting label on the line before a date: "Published", "Posted on".
_POSTED: Final = regex.compile(r"(?i)^\W*(?:published|posted(?:\s+on)?|updated)\W*$")
# A case number line between a label and its date: "Case # 06CF2227".
_CASE: Final = regex.compile(r"(?i)^(?:case|file)\s*(?:#|no\.?)")


@attrs.frozen(kw_only=True)
class HeaderDate:
    """A date found outside the dateline: the value, the line it came from, and its rank."""

    value: PrintedDate
    span: Span
    rank: int


def _label_above(doc: Document, j: int) -> bool:
    """True when a "FOR IMMEDIATE RELEASE" label stands just above line ``j``."""
    for k in range(j - 1, max(-1, j - 1 - LABEL_REACH), -1):
        text = doc.blocks[k].text
        if kind_label_end(text) == len(text):
            return True
        if not _CASE.match(text):
            return False
    return False


def _listing_date(doc: Document, j: int, title_blocks: range) -> bool:
    """True for the date of a listing entry: a title follows it, dates alternate around."""
    nxt = j + 1
    if nxt >= len(doc.blocks) or nxt in title_blocks or not is_title_like(doc.blocks[nxt].text):
        return False
    return any(
        0 <= k < len(doc.blocks) and date_line(doc.blocks[k].text) is not None
        for k in (j - 2, j + 2)
    )


def _rank(doc: Document, j: int, kind: DateLine) -> int:
    if kind is DateLine.LABELLED or _label_above(doc, j):
        return 1
    if kind is DateLine.PUBLISHED or (j > 0 and _POSTED.match(doc.blocks[j - 1].text)):
        return 4
    return 2


def _header_line(
    doc: Document, title: range, stop: int, reference: dt.date | None
) -> HeaderDate | None:
    """The best-ranked date line around the title (the first of equal ranks).

    A line is read only when its rank could beat the best found so far: reading a date is
    the costly part, and a later line of no better rank is never chosen.
    """
    best: HeaderDate | None = None
    # (and the lines under a release-kind label near the top, however many contact lines
    # stand between them and the title: see letterhead_end and label_line)
    first = max(0, title.start - BEFORE_TITLE)
    under_label = letterhead_end(doc)
    if 0 < under_label < first:
        first = under_label
    label = label_line(doc)  # the date under the label, with contact lines before the title
    if label is not None and label + 1 < first:
        first = label + 1
    for j in range(first, min(stop, len(doc.blocks))):
        block = doc.blocks[j]
        kind = date_line(block.text)
        if kind is None or j in title or _listing_date(doc, j, title):
            continue
        rank = _rank(doc, j, kind) * 1000 + abs(j - title.start)
        if best is not None and rank >= best.rank:
            continue
        value = read_date(block.text, reference=reference)
        if value is not None:
            best = HeaderDate(value=value, span=block.span, rank=rank)
    return best


def _title_prefix(doc: Document, title: range, reference: dt.date | None) -> HeaderDate | None:
    block = doc.blocks[title.start]
    m = match_date(block.text, reference=reference)
    if m is None or m.value is None or date_line(block.text) is not None:
        return None
    span = Span(start=block.span.start + m.start, end=block.span.start + m.end)
    return HeaderDate(value=m.value, span=span, rank=_PREFIX_RANK)


def _first_line(doc: Document, reference: dt.date | None) -> HeaderDate | None:
    block = doc.blocks[0]
    m = match_date(block.text, reference=reference)
    if m is None or m.value is None:
        return None
    span = Span(start=block.span.start + m.start, end=block.span.start + m.end)
    return HeaderDate(value=m.value, span=span, rank=_FIRST_LINE_RANK)


def _metadata(doc: Document, reference: dt.date | None) -> HeaderDate | None:
    if doc.meta_date:
        value = read_date(doc.meta_date, reference=reference)
        if value is not None:
            return HeaderDate(value=value, span=Span(start=0, end=0), rank=6000)
    for block in doc.blocks:
        if not block.text[:1].isdigit():
            continue  # a timestamp opens with its year (the cheap test first)
        if _TIMESTAMP.match(block.text) and not is_chrome(block.text):
            value = read_date(block.text, reference=reference)
            if value is not None:
                return HeaderDate(value=value, span=block.span, rank=6000)
    return None


def header_date(
    doc: Document, title: range | None, stop: int, reference: dt.date | None
) -> HeaderDate | None:
    """The best date printed around the title (blocks ``title``) before block ``stop``."""
    if not doc.blocks:
        return None
    # The candidates by rank (lower wins, the first of equal ranks): a title prefix ranks
    # 3000 and the first line 5000, so each is read only when nothing found ranks as well.
    best: HeaderDate | None = None
    if title is not None:
        best = _header_line(doc, title, stop, reference)
        if best is None or best.rank > _PREFIX_RANK:
            prefix = _title_prefix(doc, title, reference)
            if prefix is not None and (best is None or prefix.rank < best.rank):
                best = prefix
    if best is None or best.rank > _FIRST_LINE_RANK:
        top = _first_line(doc, reference)
        if top is not None and (best is None or top.rank < best.rank):
            best = top
    if best is None:
        return _metadata(doc, reference)
    return _zoned(best, doc, reference)


def _zoned(found: HeaderDate, doc: Document, reference: dt.date | None) -> HeaderDate:
    """``found`` with the zone of the page's metadata, when the header line prints a time
    without a zone and the metadata gives the same time with one ("Apr 2, 2026 10:15 AM"
    under ``<time datetime="2026-04-02T10:15:00-04:00">``)."""
    printed = found.value
    if printed.datetime is None or printed.timezone is not None or not doc.meta_date:
        return found
    meta = read_date(doc.meta_date, reference=reference)
    if (
        meta is None
        or meta.datetime is None
        or meta.timezone is None
        or meta.datetime.replace(tzinfo=None) != printed.datetime.replace(tzinfo=None)
    ):
        return found
    return attrs.evolve(found, value=meta)
