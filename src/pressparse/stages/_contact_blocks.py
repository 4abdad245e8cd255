"""Contact blocks, part 1: where they stand in a document.

:func:`find_regions` looks at every block of the document (a contact block may stand before
the headline, after the end mark, or in a page's trailer) and returns the regions to read:

- a labelled block: a block that opens with a contact label ("Media Contact:", "Contacts",
  "For further information, please contact") and the short lines after it;
- a label inside a line, after a date or a sentence ("July 8, 2026 Contact: Jane Roe", or a
  release flattened onto one line: "... Acme Corp. Investor Contacts: Jane Roe, CFO ...");
- a press-office block at the top of a government release: a name, a title, numbers;
- a contact card with no label: one short block, or one short group of lines printed
  together, holding an organization or a name and two of an e-mail address, a number and a
  web address, and nothing else but a place.

Reading stops at an end mark, a rule, a heading, a trailer line ("Source:", "SOURCE Acme",
"About Acme", "View original content") or a long paragraph; the caller stops earlier at the
first line of running text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

import attrs
import regex

from pressparse.document import Block, BlockKind, Document
from pressparse.emails import PLACEHOLDER
from pressparse.stages._contact_entries import role_of
from pressparse.stages._contact_items import Line
from pressparse.stages._contact_segments import Kind, classify
from pressparse.vocab import END_MARK, contact_label

__all__ = ["Region", "find_regions"]

# A line that ends a contact block: a trailer, boilerplate, the next part of the page.
_STOP_LINE: Final = regex.compile(
    r"""
    ^[^\w\n]{0,3}(?i:
        source\b | distributed\ by | view\ (?:source|original) | to\ view\ the\ original
      | about\s | acerca\ de\s | [àa]\ propos\ d | \(end\) | logo\b | photo\b | image\b
      | original/source | this\ article
      | the\ post\s | forward[-\ ]looking | safe\ harbor | disclaimer | for\ immediate\ release
      | para\ publicaci | copyright | © | follow\ us | share\ this | tags?: | keywords?
      | release\ summary | legal\ disclaimer | newsramp | click\ here | ends?$ | attachments?
      | media\ files
      | related\ (?:posts|news|links|articles|stories)
      | (?:latest|recent|more)\ (?:news|posts|releases)
      | more\ from | subscribe | skip\ to | back\ to | (?:home|search|menu|print|next|previous)$
    )
    """,
    regex.VERBOSE,
)

# A trailer that cuts a line short where a flattened release ran on: "... Logo - http...",
# "SOURCE Acme Corp.", "(END) Dow Jones Newswires", "To view the original version ...".
_STOP_INLINE: Final = regex.compile(
    r"""
    (?:\b(?:Logo|Photo)\s+-\s | To\ view\ the\ original | View\ (?:original|source)\
      | \bSOURCE\s+\p{Lu} | \bSource:\s | \(END\) | \#\#\# | Distributed\ by | \bAbout\ \p{Lu} )
    """,
    regex.VERBOSE,
)

# A contact label with a colon inside a line, after a sentence or a date:
# "... Acme Corp. Investor Contacts: Jane Roe", "July 8, 2026 Contact: Jane Roe", and a role
# alone before a name: "... in 2027. Media: Jane Roe, Acme Corp., 555-0100".
_INLINE: Final = regex.compile(
    r"""
    (?:(?<=[.!?]\s{1,3})|(?<=\d{4}\s{1,3}))
    (?:
        (?P<label>(?i:
            (?:media|press|investors?|public\ relations|pr)
                (?:\s(?:and|&)\s(?:media|investors?))?\s(?:contacts?|inquiries|relations)
          | contacts? | contactos? | for\ further\ information
        ))
        [ \t]?:
      | (?P<label>(?i:media|press|investors?))[ \t]?:(?=[ \t]\p{Lu}\p{Ll}+[ \t]\p{Lu})
    )
    """,
    regex.VERBOSE,
)

# Cheap tests for a line that may hold an inline label.
_INLINE_HINTS: Final = ("ontact", "ONTACT", "nquir", "edia:", "ress:", "nvestor", "urther")

# A line that may open with a person's name: "Jane Roe", "Jane A. Roe-Doe, Director".
_PERSONISH: Final = regex.compile(r"^(?:\p{Lu}[\p{L}'’.-]*\s){1,3}\p{Lu}[\p{L}'’-]+(?:,|$)")

# Seven digits in a number's usual groups: "555-0100" with its area code, "5550100".
_DIGITS: Final = regex.compile(r"\d{3}\D{0,3}\d{4}|\d{7}")

# Where one sentence ends and the next begins.
_SENTENCE_END: Final = regex.compile(r"(?<=[.!?])\s+(?=\p{Lu})")

#: A test on one line (the caller's line reader answers it).
LineTest = Callable[[Line], bool]

#: A test on a group of lines: is it a contact card?
CardTest = Callable[[Sequence[Line]], bool]

#: How far a contact block reaches: lines, characters, characters in one line.
MAX_LINES: Final = 16
MAX_CHARS: Final = 1500
MAX_LINE_CHARS: Final = 320
#: A flattened line is read this far past its label.
MAX_INLINE_CHARS: Final = 600
#: A contact card without a label is no longer than this, in characters and in lines.
MAX_CARD_CHARS: Final = 400
MAX_CARD_LINES: Final = 12
#: A line of a card printed one line to a paragraph is no longer than this.
MAX_CARD_LINE_CHARS: Final = 80


@attrs.frozen(kw_only=True)
class Region:
    """A stretch of the document to read as one contact block.

    ``role`` is the role its label names; ``org`` the span of an organization printed with
    the label ("Acme Corp. Investor Contacts:", "Contact for Acme Corp:"); ``labelled`` tells
    whether a label opened it.
    """

    lines: tuple[Line, ...]
    role: str | None = None
    org: tuple[int, int] | None = None
    labelled: bool = True


def _continues(block: Block) -> bool:
    """Tell whether ``block`` may still belong to the contact block before it."""
    text = block.text
    if block.kind is BlockKind.RULE or END_MARK.match(text) or len(text) > MAX_LINE_CHARS:
        return False
    if block.kind is BlockKind.HEADING and not contact_label(text):
        return False
    return not _STOP_LINE.match(text)


def _cut(line: Line) -> tuple[Line, bool]:
    """Cut ``line`` at a trailer run into it; tell whether it was cut."""
    m = _STOP_INLINE.search(line.text)
    if m is None:
        return line, False
    return Line(text=line.text[: m.start()], start=line.start), True


def _gather(
    doc: Document, first: Line, after: int, *, extend: bool, is_prose: LineTest
) -> tuple[list[Line], int]:
    """Return the lines of a block that opens with ``first``, and the index past its blocks."""
    line, cut = _cut(first)
    lines = [line] if line.text.strip() else []
    j = after
    if cut or not extend:
        return lines, j
    size = len(line.text)
    while j < len(doc.blocks) and len(lines) < MAX_LINES and size < MAX_CHARS:
        block = doc.blocks[j]
        if not _continues(block):
            break
        line, cut = _cut(Line(text=block.text, start=block.span.start))
        if is_prose(line):
            break
        if line.text.strip():
            lines.append(line)
        size += len(block.text)
        j += 1
        if cut:
            break
    return lines, j


def _labelled(doc: Document, i: int, m: regex.Match[str], is_prose: LineTest) -> tuple[Region, int]:
    """The block opened by the label ``m`` (the line reader reads the label itself)."""
    block = doc.blocks[i]
    first = Line(text=block.text, start=block.span.start)
    lines, j = _gather(doc, first, i + 1, extend=True, is_prose=is_prose)
    return Region(lines=tuple(lines)), j


def _inline(doc: Document, i: int, m: regex.Match[str], is_prose: LineTest) -> tuple[Region, int]:
    block = doc.blocks[i]
    before = block.text[: m.start()].rstrip()
    org = None
    last = _SENTENCE_END.split(before[-120:])[-1]
    if last and classify(last) is Kind.ORG:
        end = block.span.start + len(before)
        org = (end - len(last), end)
    rest = block.text[m.end() : m.end() + MAX_INLINE_CHARS]
    first = Line(text=rest, start=block.span.start + m.end())
    extend = len(block.text) - m.end() <= MAX_LINE_CHARS
    lines, j = _gather(doc, first, i + 1, extend=extend, is_prose=is_prose)
    return Region(lines=tuple(lines), role=role_of(m["label"]), org=org), j


def _press_office(
    doc: Document, i: int, facts: _Facts, is_prose: LineTest
) -> tuple[Region, int] | None:
    """A name line, a title line, then numbers or an address: a press office's block."""
    blocks = doc.blocks
    if i + 2 >= len(blocks) or len(blocks[i].text) > 40 or len(blocks[i + 1].text) > 60:
        return None
    if len(blocks[i].text.split()) < 2:
        return None  # a name has two words at least
    if not (facts.has_value(i + 2) or (i + 3 < len(blocks) and facts.has_value(i + 3))):
        return None
    if classify(blocks[i].text) is not Kind.NAME or classify(blocks[i + 1].text) is not Kind.TITLE:
        return None
    first = Line(text=blocks[i].text, start=blocks[i].span.start)
    lines, j = _gather(doc, first, i + 1, extend=True, is_prose=is_prose)
    return Region(lines=tuple(lines), labelled=False), j


def _names_person(lines: Sequence[Line]) -> bool:
    """Tell whether a line opens with a person's name ("Jane Roe", "Jane Roe, Director")."""
    return any(classify(line.text.split(",", 1)[0].strip()) is Kind.NAME for line in lines)


def _has_value(text: str) -> bool:
    """Tell cheaply whether ``text`` may hold an e-mail address, a phone number or a hidden
    address ("email us here"): a card needs one of them."""
    if "@" in text or _DIGITS.search(text) is not None:
        return True
    return ("mail" in text or "MAIL" in text) and PLACEHOLDER.search(text) is not None


def find_regions(doc: Document, *, is_card: CardTest, is_prose: LineTest) -> list[Region]:
    """Return the contact regions of ``doc`` in document order.

    ``is_card`` tells whether a block with no label holds a contact card; ``is_prose``
    whether a line is running text, where a block ends (both need the line reader, which the
    caller has).
    """
    regions: list[Region] = []
    blocks = doc.blocks
    facts = _Facts.of(blocks)
    i = 0
    while i < len(blocks):
        block = blocks[i]
        m = contact_label(block.text)
        if m is not None:
            region, i = _labelled(doc, i, m, is_prose)
            regions.append(region)
            continue
        found = _unlabelled(doc, i, facts, is_card, is_prose)
        if found is not None:
            regions.append(found[0])
            i = found[1]
            continue
        i += 1
    return regions


@attrs.frozen
class _Facts:
    """What is cheaply known of each block of a document, worked out when first asked.

    ``has_value``: the block may hold an address, a number or a hidden address;
    ``any_value``: a block of a run may, and is short enough for a card; ``card``: the block
    is short enough, and no stop line, to stand in a card printed one line to a paragraph.
    """

    blocks: tuple[Block, ...]
    _values: list[bool | None] = attrs.field(eq=False)
    _cards: list[bool | None] = attrs.field(eq=False)

    @classmethod
    def of(cls, blocks: tuple[Block, ...]) -> _Facts:
        return cls(blocks, [None] * len(blocks), [None] * len(blocks))

    def has_value(self, i: int) -> bool:
        found = self._values[i]
        if found is None:
            found = self._values[i] = _has_value(self.blocks[i].text)
        return found

    def any_value(self, start: int, end: int) -> bool:
        """True when a block from ``start`` to ``end`` may hold a value and is card-sized."""
        for i in range(start, end):
            if len(self.blocks[i].text) <= MAX_CARD_CHARS and self.has_value(i):
                return True
        return False

    def card(self, i: int) -> bool:
        if len(self.blocks[i].text) > MAX_CARD_LINE_CHARS:
            return False
        found = self._cards[i]
        if found is None:
            found = self._cards[i] = _continues(self.blocks[i])
        return found

    def all_cards(self, start: int, end: int) -> bool:
        """True when every block from ``start`` to ``end`` may stand in a card."""
        return all(self.card(i) for i in range(start, end))


def _unlabelled(
    doc: Document, i: int, facts: _Facts, is_card: CardTest, is_prose: LineTest
) -> tuple[Region, int] | None:
    block = doc.blocks[i]
    text = block.text
    if ":" in text and any(hint in text for hint in _INLINE_HINTS):
        m = _INLINE.search(text)
        if m is not None:
            return _inline(doc, i, m, is_prose)
    if len(text) <= 40:
        office = _press_office(doc, i, facts, is_prose)
        if office is not None:
            return office
    elif len(text) > MAX_CARD_CHARS:
        return None  # too long to open a card
    group = _card_group(doc.blocks, i)
    if group is None:
        return None
    end, size = group
    run_end = _card_run(doc, i, end, size, facts, is_prose)
    if run_end > end:
        run = _lines(doc, i, run_end)
        if is_card(run) and _names_person(run):
            return Region(lines=tuple(run), labelled=False), run_end
    if facts.any_value(i, end):
        lines = _lines(doc, i, end)
        if is_card(lines):
            return Region(lines=tuple(lines), labelled=False), end
    return None


def _card_run(doc: Document, i: int, end: int, size: int, facts: _Facts, is_prose: LineTest) -> int:
    """Return the index past the blocks ``i`` to ``end`` (of ``size`` characters) and the
    short lines of the groups after them, read as one card (``end`` when no line follows).

    A card is often printed one line to a paragraph ("Jane Roe" / "Acme Corp." /
    "+1 555 0100" / "email us here", each between blank lines); its lines are read together
    while they stay short, are no running text, and the card stays within its size. Such a
    card must name a person (the caller checks): a page's footer prints its office details
    the same way.
    """
    blocks = doc.blocks
    if end == len(blocks) or size + len(blocks[end].text) > MAX_CARD_CHARS:
        return end  # no line that fits follows: told before any stop line is looked for
    if not facts.all_cards(i, end):
        return end
    j = end
    while j < len(blocks) and j - i < MAX_CARD_LINES and facts.card(j):
        size += len(blocks[j].text)
        if size > MAX_CARD_CHARS:
            break
        j += 1
    # Reading lines costs more than these tests: read them only for a likely card, with
    # a detail and a line that may be a person's name.
    if j == end or not facts.any_value(i, j):
        return end
    if not any(_PERSONISH.match(b.text) for b in blocks[i:j]):
        return end
    if any(is_prose(line) for line in _lines(doc, i, end)):
        return end
    for k, line in enumerate(_lines(doc, end, j), start=end):
        if is_prose(line):
            return k
    return j


def _card_group(blocks: tuple[Block, ...], i: int) -> tuple[int, int] | None:
    """Return the index past the short group that opens at block ``i`` and its size in
    characters, or ``None``.

    A card is one block ("AcmeReno, NVwww.acme.com555-0100 Office...") or one group of short
    lines printed together; a page whose lines all stand in one group is no card.
    """
    group = blocks[i].group
    if i > 0 and blocks[i - 1].group == group:
        return None  # not the group's first block
    end, size = i, 0
    while end < len(blocks) and blocks[end].group == group:
        size += len(blocks[end].text)
        if size > MAX_CARD_CHARS or end - i == MAX_CARD_LINES:
            return None
        end += 1
    return end, size


def _lines(doc: Document, start: int, end: int) -> list[Line]:
    """The blocks ``start`` to ``end`` as lines."""
    return [Line(text=b.text, start=b.span.start) for b in doc.blocks[start:end]]
