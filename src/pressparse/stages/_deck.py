"""The deck under a title, and where the body starts.

The body starts at the dateline (a wire dateline may stand a few lines down, past a deck,
a date line and "News provided by" chrome), else at the first paragraph of prose or the
first place-and-date line. Deck lines are the title-like lines next to the title or just
before the body; dates, labels, chrome, contact lines and repeats of the title between them
are header matter and belong to neither.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

import attrs
import regex

from pressparse.document import Block, BlockKind, Document
from pressparse.model import Span
from pressparse.stages._dateline_rules import (
    BlockDateline,
    date_marks_at,
    head_marks_at,
    marks_at,
    match_dateline,
    wire_marks_at,
)
from pressparse.stages._header_lines import (
    SMALL_WORD_END,
    LineEnd,
    date_line,
    is_advisory_label,
    is_header_line,
    is_title_like,
    title_shaped,
)
from pressparse.stages._headings import TITLE_CASE_SHARE, title_ratio
from pressparse.stages._page_title import fold

__all__ = ["Deck", "read_deck"]

#: How many blocks past the title a wire dateline is looked for.
WIRE_DATELINE_WINDOW: Final = 40
#: A block longer than this is body text, never a deck line.
MAX_DECK_CHARS: Final = 300
#: A paragraph at least this long ends the search for a wire dateline further down.
LONG_PARAGRAPH: Final = 250

# A line that ends a sentence: "... as planned." (a deck line rarely does).
_SENTENCE_END: Final = LineEnd(regex.compile(r"[.!?]['\"”’)]?$"), longest=2)
# A line that runs on into the next: "... Screwdriver;", "... Homes in".
_RUNS_ON: Final = LineEnd(regex.compile(r"(?:[,;–—]|\s\p{Ll}[\p{L}’']{0,11})$"), longest=13)
# Marks around a deck line: "*Eight co-defendants ...", "_Acme adds ..._", "• Deck" (bullets
# and dashes only before it).
_LEADING_MARKS: Final = regex.compile(r"[\s*_•·▪–\-]+")
_TRAILING_MARKS: Final = regex.compile(r"(?r)[\s*_]+")  # matched back from the end
# A line that ends with an office, so that a name and a verb follow on the next line:
# "Orchard County District Attorney", "Chief Executive Officer".
_OFFICE_END: Final = LineEnd(
    regex.compile(
        r"""(?x)\b(?:Attorney|Officer|Director|Chief|President|CEO|Mayor|Sheriff|Governor
        |Commissioner|Secretary|Chair(?:man|woman)?|Manager|Spokes(?:person|man|woman)
        |Founder|Superintendent|Judge|Prosecutor|Senator|Representative)$"""
    ),
    longest=len("Superintendent"),  # (and "Representative"): the longest office
)
# A pull quote under the title: a quotation and the dash before its speaker's name.
# Example: '"Now the reef tells us how it is doing." — Carla Benavides'.
_PULL_QUOTE: Final = regex.compile(r"[\"“‘'«].{8,}[\"”’'»]\s*[—–-]{1,2}\s*\p{Lu}")
# The marks a pull quote opens with.
_OPENING_QUOTES: Final = frozenset("\"“‘'«")
# A case or file number line: "Case # 06CF2227", "Case No. 24-123".
_CASE_LINE: Final = regex.compile(r"(?i)^(?:case|file|docket)\s*(?:#|no\.?|number)\s*\S+$")
# The characters such a line opens with: its words' first letters in either case (no other
# character folds to one of them). A line opening otherwise is not matched at all.
_CASE_INITIALS: Final = frozenset("cfdCFD")


@attrs.frozen(kw_only=True)
class Deck:
    """Deck lines (text and span each), the blocks they use, and the body's first block.

    ``anchor`` is the dateline matched at the start of the block the body was found at.
    ``title_folded`` is ``fold`` of the title, and ``folded`` the folded texts of the blocks
    the deck rules read (by index), for a caller that compares the same lines again.
    """

    lines: tuple[tuple[str, Span], ...]
    blocks: frozenset[int]
    body_start: int
    anchor: BlockDateline | None = None
    title_folded: str = ""
    folded: Mapping[int, str] = attrs.field(factory=dict, eq=False, repr=False)


def _strip_marks(text: str) -> str:
    """The text without the marks around a deck line (see :data:`_LEADING_MARKS`).

    The trailing marks are matched back from the end: a substitution would try them at
    every space of the line.
    """
    if text[:1].isalnum() and text[-1:].isalnum():
        return text  # (most lines: no mark opens or closes them)
    leading = _LEADING_MARKS.match(text)
    start = leading.end() if leading else 0
    trailing = _TRAILING_MARKS.match(text, start)
    return text[start : max(start, trailing.start())] if trailing else text[start:]


def _repeats(text: str, title: str, folded: str | None = None) -> bool:
    """True for a repeat of the title, or a piece of it printed on a line of its own.

    ``folded`` is ``fold(text)`` when the caller has it at hand.
    """
    if len(text) > 2 * len(title) + 40:
        return False  # far longer than the title: a paragraph, not a repeat
    line = fold(text) if folded is None else folded
    return len(line.split()) >= 2 and (line in title or title in line)


def _header_matter(block: Block, title: str, *, repeats: bool) -> bool:
    """True for a line between the title and the body that is neither (``repeats``: the
    line repeats the title, see :func:`_repeats`)."""
    text = block.text
    return (
        block.kind is BlockKind.RULE
        or is_header_line(text)  # (chrome, a label alone, a date line, a contact line)
        or (text[:1] in _CASE_INITIALS and _CASE_LINE.match(text) is not None)
        or repeats
    )


def _deck_like(block: Block, *, strict: bool, plain: bool = False) -> bool:
    """True for a block that may be a deck line (``plain``: the block is known to be no
    chrome, label, date or contact line, so its title tests leave those out)."""
    text = _strip_marks(block.text)
    if len(text) > MAX_DECK_CHARS or (block.kind is BlockKind.HEADING and block.level <= 1):
        return False
    if text[:1] in _OPENING_QUOTES and _PULL_QUOTE.match(text):
        return False  # '"For years we waded out ..." — Carla Benavides': a quotation
    if block.kind is BlockKind.LIST_ITEM:
        return len(text) >= 12
    if not (title_shaped(text) if plain and text == block.text else is_title_like(text)):
        return False
    return not (strict and _SENTENCE_END.ends(text))


def _prose(block: Block) -> bool:
    return len(block.text) >= 40 and (_SENTENCE_END.ends(block.text)
                                      or len(block.text) > MAX_DECK_CHARS)  # fmt: skip


class _Header:
    """The blocks under one title as the deck rules ask about them, each answer worked out
    once per block: the search for the body's start and the deck runs test the same blocks.

    Built by :func:`read_deck` for one call and dropped with it.
    """

    def __init__(self, doc: Document, title: str) -> None:
        self.blocks = doc.blocks
        self.title = title  # folded
        self._folded: dict[int, str] = {}
        self.folded_texts: Mapping[int, str] = self._folded  # (read only, for the Deck)
        self._repeats: dict[int, bool] = {}
        self._matter: dict[int, bool] = {}
        self._deck: dict[tuple[int, bool], bool] = {}

    def folded(self, j: int) -> str:
        """``fold`` of block ``j``'s text."""
        if j not in self._folded:
            self._folded[j] = fold(self.blocks[j].text)
        return self._folded[j]

    def repeats(self, j: int) -> bool:
        """:func:`_repeats` for block ``j``."""
        if j not in self._repeats:
            text = self.blocks[j].text
            # (a block far longer than the title is not folded: see _repeats)
            long = len(text) > 2 * len(self.title) + 40
            self._repeats[j] = not long and _repeats(text, self.title, self.folded(j))
        return self._repeats[j]

    def header_matter(self, j: int) -> bool:
        """:func:`_header_matter` for block ``j``."""
        if j not in self._matter:
            self._matter[j] = _header_matter(self.blocks[j], self.title, repeats=self.repeats(j))
        return self._matter[j]

    def deck_like(self, j: int, *, strict: bool) -> bool:
        """:func:`_deck_like` for block ``j``."""
        key = (j, strict)
        if key not in self._deck:
            plain = self._matter.get(j) is False  # (no chrome, label, date or contact line)
            self._deck[key] = _deck_like(self.blocks[j], strict=strict, plain=plain)
        return self._deck[key]


def _body_anchor(
    doc: Document, start: int, header: _Header
) -> tuple[int, bool, BlockDateline | None]:
    """The index of the body's first block, whether a wire dateline marks it, and what
    matching the datelines at that block gave (``None`` when no block starts the body)."""
    blocks, text = doc.blocks, doc.text
    # The dateline marks of the blocks the wire grammars were tried on (``None`` where the
    # head ruled them out before the rest was read; with whether the date marks were
    # read and how far a place reaches), and the marks of their heads.
    marks: list[tuple[str, bool, int] | None] = []
    heads: list[str] = []
    for j in range(start, min(len(blocks), start + WIRE_DATELINE_WINDOW)):
        pos = blocks[j].span.start
        head = head_marks_at(text, pos)
        wire_marks = wire_marks_at(text, pos, head)
        heads.append(head)
        marks.append(wire_marks)
        hit = None if wire_marks is None else match_dateline(text, pos, marks=wire_marks[0])
        if hit is not None:
            return j, True, BlockDateline(index=j, hit=hit)
        if len(blocks[j].text) > LONG_PARAGRAPH:
            break
    tried = start + len(marks)  # blocks before this one had the wire grammars tried on them
    for j in range(start, len(blocks)):
        block = blocks[j]
        if header.repeats(j):
            continue
        pos = block.span.start
        if j < tried:  # the marks read above, all of them now (the head's are kept)
            wire_marks, head = marks[j - start], heads[j - start]
            if wire_marks is None:
                known = marks_at(text, pos, head)
            else:
                known, dated, reach = wire_marks
                if not dated:  # (the place's reach read once, by wire_marks_at)
                    known += date_marks_at(text, pos, head, reach)
            hit = match_dateline(text, pos, loose=True, wired_forms=False, marks=known)
        else:
            hit = match_dateline(text, pos, loose=True)
        if hit is not None:
            return j, False, BlockDateline(index=j, hit=hit)
        if is_advisory_label(block.text):
            return j, False, BlockDateline(index=j, hit=None)  # "WHO:": an advisory's body
        if header.header_matter(j):
            continue
        if _prose(block) or not (header.deck_like(j, strict=True) or len(block.text) < 40):
            return j, False, BlockDateline(index=j, hit=None)
    return len(blocks), False, None


def _line(block: Block) -> tuple[str, Span]:
    stripped = _strip_marks(block.text)
    offset = block.text.find(stripped)
    start = block.span.start + max(offset, 0)
    return stripped, Span(start=start, end=start + len(stripped))


def _runs(doc: Document, start: int, anchor: int, header: _Header, *, strict: bool) -> list[int]:
    """Deck blocks next to the title and just before the body."""
    chosen: list[int] = []
    # A page that prints the title again just above the body: the deck follows the repeat.
    repeats = [j for j in range(start, anchor) if header.folded(j) == header.title]
    forward = repeats[-1] + 1 if repeats else start
    for step, first, stop in ((1, forward, anchor), (-1, anchor - 1, start - 1)):
        j = first
        while j != stop and j not in chosen:
            block = doc.blocks[j]
            if block.kind is BlockKind.RULE or date_line(block.text) or header.repeats(j):
                j += step
                continue
            if not header.deck_like(j, strict=strict) or header.header_matter(j):
                break
            chosen.append(j)
            j += step
    return sorted(chosen)


def _join(doc: Document, indices: list[int]) -> list[tuple[str, Span]]:
    """Deck lines, a line broken by layout ("...;" / "... in") joined into one."""
    lines: list[tuple[str, Span]] = []
    previous = -2
    for i in indices:
        text, span = _line(doc.blocks[i])
        joins = bool(lines) and i == previous + 1 and doc.blocks[i].kind is not BlockKind.LIST_ITEM
        last = lines[-1][0] if lines else ""
        if joins and doc.blocks[i].group != doc.blocks[previous].group:
            # past a blank line, a line ending in a lower-case word runs on only in title
            # case: every sentence-case deck line ends in one (as a title does, see
            # _headline_find._runs_on); a comma, a semicolon or a dash still runs on
            joins = not last[-1:].isalpha() or title_ratio(last.split()) >= TITLE_CASE_SHARE
        elif joins and text[:1].isupper() and last[-1:].isalpha():
            # a sentence-case line ending in a word that may close it ("... versus 11% on
            # placebo"), then a capital: two deck lines, unless the word is a small one
            # that must run on ("... approved in")
            joins = SMALL_WORD_END.ends(last) or title_ratio(last.split()) >= TITLE_CASE_SHARE
        if joins and _RUNS_ON.ends(lines[-1][0]):
            last_text, last_span = lines[-1]
            lines[-1] = (f"{last_text} {text}", Span(start=last_span.start, end=span.end))
        else:
            lines.append((text, span))
        previous = i
    return lines


def _sentence_head(doc: Document, start: int, anchor: int) -> int:
    """Back up over an office title that opens the body's first sentence on its own line.

    Page dumps break "San Diego County District Attorney / Jane Roe announced ..." where a
    name was a link; the office line is the body's start, not a deck line.
    """
    while anchor - 1 >= start and anchor < len(doc.blocks):
        above = doc.blocks[anchor - 1]
        if above.kind is BlockKind.HEADING or not _OFFICE_END.ends(above.text):
            break
        anchor -= 1
    return anchor


def read_deck(doc: Document, start: int, title: str) -> Deck:
    """Read the deck between the title (ending before block ``start``) and the body."""
    header = _Header(doc, fold(title))
    anchor, wired, matched = _body_anchor(doc, start, header)
    if not wired:
        anchor = _sentence_head(doc, start, anchor)
    indices = _runs(doc, start, anchor, header, strict=not wired)
    lines = tuple(_join(doc, indices))
    return Deck(
        lines=lines,
        blocks=frozenset(indices),
        body_start=anchor,
        anchor=matched,
        title_folded=header.title,
        folded=header.folded_texts,
    )
