"""Stage 1: the headline, the deck lines under it, and where the body starts.

The title is found by the rules of :mod:`pressparse.stages._headline_find` (the release's
own top-level heading, then the page title where the page prints it, then a labelled
title line, then the first title-like line past the chrome). The deck is read by
:mod:`pressparse.stages._deck`, which also finds the body's first block: the dateline, or
the first paragraph of prose. Headline and deck blocks are claimed; the dateline is not.
"""

from __future__ import annotations

import bisect

import attrs

from pressparse.dates import read_date
from pressparse.document import Document
from pressparse.model import Span
from pressparse.stages._deck import Deck, read_deck
from pressparse.stages._header_lines import date_line, is_title_like
from pressparse.stages._headline_find import TitleFound, find_title
from pressparse.stages._page_title import fold
from pressparse.stages.state import ParseState

__all__ = ["run"]


def _glued(doc: Document, title: TitleFound, deck: Deck) -> tuple[TitleFound, Deck] | None:
    """A later header line that prints "<title> <this line>": the line found was the deck.

    Some page dumps print a summary line first and then the title and the summary run
    together on one line; the title is the head of that later line.
    """
    if deck.body_start <= title.last + 1:
        return None  # no header line between the title and the body (most releases)
    want = " " + deck.title_folded  # (the deck rules folded the title and these lines)
    for j in range(title.last + 1, deck.body_start):
        text = doc.blocks[j].text
        folded = deck.folded[j] if j in deck.folded else fold(text)
        if not folded.endswith(want):
            continue
        head = text[: len(text) - len(title.text)].strip()
        if not is_title_like(head) or not text.startswith(head):
            continue
        start = doc.blocks[j].span.start
        new_title = attrs.evolve(title, text=head, start=start, rule="glued")
        old = (title.text, Span(start=title.start, end=title.start + len(title.text)))
        blocks = deck.blocks | {j}
        return new_title, attrs.evolve(deck, lines=(old, *deck.lines), blocks=blocks)
    return None


def _listed(doc: Document, title: TitleFound, deck: Deck) -> tuple[TitleFound, Deck] | None:
    """A summary line in the title slot, the title printed only in a listing above it.

    Some newsroom pages print "More News" (dated titles of recent releases) and then the
    release with a summary line and its date, but not its title: the title is the listing
    entry above carrying the release's date.
    """
    after = title.last + 1
    if title.rule != "first_line" or after >= len(doc.blocks):
        return None
    day = read_date(doc.blocks[after].text) if date_line(doc.blocks[after].text) else None
    if day is None:
        return None
    folded = deck.title_folded  # fold(title.text)
    entries = [
        k + 1
        for k in range(title.first - 1)
        if date_line(doc.blocks[k].text) is not None
        and (listed := read_date(doc.blocks[k].text)) is not None
        and listed.date == day.date
        and is_title_like(doc.blocks[k + 1].text)
        and fold(doc.blocks[k + 1].text) != folded
    ]
    if len(entries) != 1:
        return None
    k = entries[0]
    block = doc.blocks[k]
    new_title = TitleFound(text=block.text, start=block.span.start, first=k, last=k, rule="listed")
    old = (title.text, Span(start=title.start, end=title.start + len(title.text)))
    blocks = deck.blocks | set(range(title.first, title.last + 1))
    return new_title, attrs.evolve(deck, lines=(old, *deck.lines), blocks=blocks)


def run(state: ParseState) -> ParseState:
    """Set the headline, the deck lines and the index where the body starts."""
    doc = state.doc
    title = find_title(doc)
    if title is None:
        return state
    if title.rule == "metadata":  # the page's metadata names a title it does not print
        return state.evolved(headline=title.text)
    if title.collapsed:
        span = Span(start=title.start, end=title.start + len(title.text))
        return state.evolved(
            headline=title.text, headline_span=span, headline_index=title.first,
            body_start=title.first,
        )  # fmt: skip
    deck = read_deck(doc, title.last + 1, title.text)
    swapped = _glued(doc, title, deck) or _listed(doc, title, deck)
    if swapped is not None:
        title, deck = swapped
    end = title.start + len(title.text)
    if title.last > title.first:  # printed over several lines: the span covers them all
        end = doc.blocks[title.last].span.end
    span = Span(start=title.start, end=end)
    # The block the title starts in: the first block ending at or after its start (blocks
    # stand in the text in order, so their ends rise).
    index = bisect.bisect_left(doc.blocks, title.start, key=lambda b: b.span.end)
    title_blocks = set(range(title.first, title.last + 1)) | {index}
    return state.evolved(
        headline=title.text,
        headline_span=span,
        headline_index=index,
        subheadlines=deck.lines,
        body_start=max(deck.body_start, title.last + 1),
        claimed=state.claimed | title_blocks | deck.blocks,
        body_dateline=deck.anchor,
    )
