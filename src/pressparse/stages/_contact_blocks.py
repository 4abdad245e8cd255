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

import bisect
import itertools
from collections.abc import Callable, Iterable, Sequence
from typing import Final

import attrs
import regex

from pressparse.document import Block, BlockKind, Document
from pressparse.emails import PLACEHOLDER, may_hold_address, may_hold_placeholder
from pressparse.phones import may_hold_number
from pressparse.stages._contact_entries import role_of
from pressparse.stages._contact_items import Line, make_line
from pressparse.stages._contact_segments import Kind, classify, may_be_title
from pressparse.vocab import (
    END_MARK,
    LABEL_MARKS,
    NO_LABEL_HEADS,
    NO_LABEL_OPENINGS3,
    contact_label,
)

__all__ = ["DOMAIN_DOT", "Region", "find_regions", "may_be_card"]

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

#: The first two letters, in lower case, of every :data:`_STOP_LINE` that opens with two
#: letters: a line opening with two other ASCII letters ("Jane", "Acme") is no stop line.
#: A unit test derives the set from the pattern; keep in sync with it.
_STOP_HEADS: Final = frozenset(
    {"ab", "ac", "at", "ba", "cl", "co", "di", "en", "fo", "ho", "im", "ke", "la", "le", "lo"}
    | {"me", "mo", "ne", "or", "pa", "ph", "pr", "re", "sa", "se", "sh", "sk", "so", "su"}
    | {"ta", "th", "to", "vi"}
)

#: The first two letters, in lower case, of an :data:`END_MARK` that opens with two letters.
_END_HEAD: Final = "en"

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

# Where :data:`_INLINE` may match: after a sentence's end or four digits and the white space
# its look-behinds allow (the greedy run ends where a label, which opens with a letter, can
# start). One class opens it, so that the search skips ahead fast where "(?:[.!?]|\d{4})"
# would try each position.
_INLINE_AFTER: Final = regex.compile(r"[.!?\d](?:(?<=[.!?])|(?<=\d)\d{3})\s{1,3}")

# A line that may open with a person's name: "Jane Roe", "Jane A. Roe-Doe, Director".
_PERSONISH: Final = regex.compile(r"^(?:\p{Lu}[\p{L}'’.-]*\s){1,3}\p{Lu}[\p{L}'’-]+(?:,|$)")

# Seven digits in a number's usual groups: "555-0100" with its area code, "5550100".
_DIGITS: Final = regex.compile(r"\d{3}\D{0,3}\d{4}|\d{7}")

#: The fewest digits :data:`_DIGITS` matches, and the ASCII digits as bytes.
_MIN_DIGITS: Final = 7
_ASCII_DIGITS: Final = b"0123456789"

# :data:`_DIGITS` in a text whose digits are all ASCII ("\d{7}" is the case of no character
# between the groups). Searched in a whole document: a pattern that opens with a class of
# ASCII characters skips ahead fast, where "\d" tests every character's Unicode category.
_ASCII_DIGIT_GROUPS: Final = regex.compile(r"[0-9]{3}[^0-9]{0,3}[0-9]{4}")

# A digit other than the ASCII ones: Arabic-Indic, Devanagari, full-width ...
_OTHER_DIGIT: Final = regex.compile(r"[^\x00-\x7f](?<=\d)")

# What a block holding a value (:func:`_has_value`) holds: an at sign, or "mail" in either case
# (a hidden address), besides the digits of a number.
_VALUE_MARKS: Final = ("@", "mail", "MAIL")

# Where one sentence ends and the next begins.
_SENTENCE_END: Final = regex.compile(r"(?<=[.!?])\s+(?=\p{Lu})")

#: What every piece :func:`classify` reads as a web address (a bare domain, "acme.example")
#: holds: a letter, digit or hyphen, a dot, and a letter or digit. A line holding none gives
#: no web address but those its values hold.
DOMAIN_DOT: Final = regex.compile(r"[a-z0-9-]\.[a-z0-9]")

#: A test on one line (the caller's line reader answers it).
LineTest = Callable[[Line], bool]

#: A test on a group of lines: is it a contact card?
CardTest = Callable[[Sequence[Line]], bool]

#: How far a contact block reaches: lines, characters, characters in one line.
MAX_LINES: Final = 16
MAX_CHARS: Final = 1500
MAX_LINE_CHARS: Final = 320
#: A press office's block opens with a name line and a title line no longer than these.
MAX_OFFICE_NAME_CHARS: Final = 40
MAX_OFFICE_TITLE_CHARS: Final = 60
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
    """Tell whether ``block`` may still belong to the contact block before it.

    A block opening with two ASCII letters ("Jane Roe") is an end mark or a stop line only
    when an end mark or a stop line opens with them: told before their patterns.
    """
    text = block.text
    head = text[:2]
    lower = head.lower() if len(head) == 2 and head.isascii() and head.isalpha() else None
    if (
        block.kind is BlockKind.RULE
        or ((lower is None or lower == _END_HEAD) and END_MARK.match(text))
        or len(text) > MAX_LINE_CHARS
    ):
        return False
    if block.kind is BlockKind.HEADING and not contact_label(text):
        return False
    if lower is not None and lower not in _STOP_HEADS:
        return True
    return not _STOP_LINE.match(text)


def _may_stop_inline(text: str) -> bool:
    """A cheap test every text holding a :data:`_STOP_INLINE` passes: it holds the words of
    one of its trailers ("iew " is in "View original" and "To view the original")."""
    return (
        "iew " in text
        or "Logo" in text
        or "Photo" in text
        or "SOURCE" in text
        or "Source:" in text
        or "(END)" in text
        or "###" in text
        or "Distributed by" in text
        or "About " in text
    )


def _cut(line: Line) -> tuple[Line, bool]:
    """Cut ``line`` at a trailer run into it; tell whether it was cut."""
    if not _may_stop_inline(line.text):
        return line, False  # most lines: told without the pattern
    m = _STOP_INLINE.search(line.text)
    if m is None:
        return line, False
    return make_line(line.text[: m.start()], line.start), True


class _Blocks:
    """The blocks of one document as the scan reads them, set out once per
    :func:`find_regions` call: their texts, sizes and groups in plain lists (the scan asks
    about each block several times), which of them may hold a value, and what is cheaply
    known of each, worked out when first asked.

    ``chars``: the characters of the blocks before each block (one entry more than the
    blocks); ``next_value``: for each block, the index of the first block from it on that
    :func:`_value_blocks` found may hold a value, or :data:`MAX_CARD_LINES` past the last
    block when none does (so that no test of a block reaches it; one entry more than the
    blocks); ``has_value``: the block may hold an address, a number or a hidden address
    (:func:`_has_value`); ``card``: the block is short enough, and no stop line, to stand in
    a card printed one line to a paragraph.
    """

    __slots__ = (
        "_cards",
        "_values",
        "blocks",
        "chars",
        "groups",
        "next_value",
        "sizes",
        "texts",
    )

    def __init__(self, doc: Document, texts: list[str] | None = None) -> None:
        blocks = doc.blocks
        self.blocks = blocks
        self.texts = texts = [b.text for b in blocks] if texts is None else texts
        self.sizes = sizes = list(map(len, texts))
        self.groups = [b.group for b in blocks]
        self.chars = list(itertools.accumulate(sizes, initial=0))
        count = len(blocks)
        # A block no find overlaps holds no value; the others are asked when needed.
        self._values: list[bool | None] = [False] * count
        self.next_value = next_value = [count + MAX_CARD_LINES] * (count + 1)
        first = 0  # the first block whose next value is not yet set
        for k in _value_blocks(doc):
            self._values[k] = None
            next_value[first : k + 1] = [k] * (k + 1 - first)
            first = k + 1
        self._cards: list[bool | None] = [None] * count

    def line(self, i: int) -> Line:
        """Block ``i`` as a line."""
        return make_line(self.texts[i], self.blocks[i].span.start)

    def lines(self, start: int, end: int) -> list[Line]:
        """The blocks ``start`` to ``end`` as lines."""
        return [make_line(b.text, b.span.start) for b in self.blocks[start:end]]

    def has_value(self, i: int) -> bool:
        found = self._values[i]
        if found is None:
            found = self._values[i] = _has_value(self.texts[i])
        return found

    def any_value(self, start: int, end: int) -> bool:
        """True when a block from ``start`` to ``end`` may hold a value."""
        k = self.next_value[start]
        while k < end:
            if self.has_value(k):
                return True
            k = self.next_value[k + 1]
        return False

    def card(self, i: int) -> bool:
        if self.sizes[i] > MAX_CARD_LINE_CHARS:
            return False
        found = self._cards[i]
        if found is None:
            found = self._cards[i] = _continues(self.blocks[i])
        return found


def _value_blocks(doc: Document) -> list[int]:
    """Return, in order, the indexes of the blocks that may hold a value: every block
    :func:`_has_value` takes, and a few more.

    Few blocks do. The document's text, where every block's text stands at its span, is
    searched once for what a value needs (an at sign, "mail", seven digits in a number's
    groups), cheaper than a test of each block, and the blocks a find overlaps are
    returned. A find of the digit groups may run from one block into the next and so stand
    over digits of the next block; a block holding the groups is still overlapped by a find:
    where its groups start, the search either is inside a find or finds them. In the rare
    document with digits other than ASCII ones, every block is returned.
    """
    text, blocks = doc.text, doc.blocks
    if not text.isascii() and _OTHER_DIGIT.search(text) is not None:
        return list(range(len(blocks)))
    finds: list[tuple[int, int]] = []
    for mark in _VALUE_MARKS:
        at = text.find(mark)
        while at >= 0:
            finds.append((at, at + len(mark)))
            at = text.find(mark, at + 1)
    for m in _ASCII_DIGIT_GROUPS.finditer(text):
        finds.append(m.span())
    if not finds:
        return []
    starts = [b.span.start for b in blocks]
    found: set[int] = set()
    for start, end in finds:
        # The block the find starts in (or the one before the gap it starts in), and those
        # after it that start before the find ends.
        k = max(bisect.bisect_right(starts, start) - 1, 0)
        while k < len(starts) and starts[k] < end:
            found.add(k)
            k += 1
    return sorted(found)


def _gather(
    scan: _Blocks, first: Line, after: int, *, extend: bool, is_prose: LineTest
) -> tuple[list[Line], int]:
    """Return the lines of a block that opens with ``first``, and the index past its blocks."""
    line, cut = _cut(first)
    lines = [line] if line.text.strip() else []
    j = after
    if cut or not extend:
        return lines, j
    blocks, sizes = scan.blocks, scan.sizes
    size = len(line.text)
    while j < len(blocks) and len(lines) < MAX_LINES and size < MAX_CHARS:
        block = blocks[j]
        if not _continues(block):
            break
        line, cut = _cut(make_line(block.text, block.span.start))
        if is_prose(line):
            break
        if line.text.strip():
            lines.append(line)
        size += sizes[j]
        j += 1
        if cut:
            break
    return lines, j


def _inline_label(text: str) -> regex.Match[str] | None:
    """Return ``_INLINE.search(text)``.

    The pattern tries its look-behinds and its labels at every position of a long
    paragraph: the places its look-behinds allow are found first, and the pattern is matched
    only there. The first place it matches is where the search finds it.
    """
    for after in _INLINE_AFTER.finditer(text):
        m = _INLINE.match(text, after.end())
        if m is not None:
            return m
    return None


def _inline(scan: _Blocks, i: int, m: regex.Match[str], is_prose: LineTest) -> tuple[Region, int]:
    block = scan.blocks[i]
    before = block.text[: m.start()].rstrip()
    org = None
    last = _SENTENCE_END.split(before[-120:])[-1]
    if last and classify(last) is Kind.ORG:
        end = block.span.start + len(before)
        org = (end - len(last), end)
    rest = block.text[m.end() : m.end() + MAX_INLINE_CHARS]
    first = make_line(rest, block.span.start + m.end())
    extend = len(block.text) - m.end() <= MAX_LINE_CHARS
    lines, j = _gather(scan, first, i + 1, extend=extend, is_prose=is_prose)
    return Region(lines=tuple(lines), role=role_of(m["label"]), org=org), j


def _press_office(scan: _Blocks, i: int, is_prose: LineTest) -> tuple[Region, int] | None:
    """A name line, a title line, then numbers or an address: a press office's block (the
    caller has checked that a title line and another line follow, short enough)."""
    texts = scan.texts
    if len(texts[i].split()) < 2:
        return None  # a name has two words at least
    if not (scan.has_value(i + 2) or (i + 3 < len(texts) and scan.has_value(i + 3))):
        return None
    # Few lines hold a title word: the title line is told first, the name line only then.
    if not may_be_title(texts[i + 1]):
        return None
    if classify(texts[i]) is not Kind.NAME or classify(texts[i + 1]) is not Kind.TITLE:
        return None
    lines, j = _gather(scan, scan.line(i), i + 1, extend=True, is_prose=is_prose)
    return Region(lines=tuple(lines), labelled=False), j


def _names_person(lines: Sequence[Line]) -> bool:
    """Tell whether a line opens with a person's name ("Jane Roe", "Jane Roe, Director")."""
    return any(classify(line.text.split(",", 1)[0].strip()) is Kind.NAME for line in lines)


def _has_value(text: str) -> bool:
    """Tell cheaply whether ``text`` may hold an e-mail address, a phone number or a hidden
    address ("email us here"): a card needs one of them."""
    if "@" in text:
        return True
    # The pattern wants seven digits. Most texts are ASCII, and have fewer: counting their
    # ASCII digits (deleting them from the text's bytes, in C) is much cheaper than the
    # pattern; a text with other characters may hold other digits.
    if (
        not text.isascii()
        or len(text) - len(text.encode().translate(None, _ASCII_DIGITS)) >= _MIN_DIGITS
    ) and _DIGITS.search(text) is not None:
        return True
    return ("mail" in text or "MAIL" in text) and PLACEHOLDER.search(text) is not None


def may_be_card(texts: Iterable[str]) -> bool:
    """A cheap test the ``texts`` of every group of lines the caller's card test takes
    pass: a line may hide an address, or the lines may hold an e-mail address or a number
    and one more kind of detail (an e-mail address, a number, a web address), told by what
    each needs in the text: an at sign or an obfuscated form, enough digits, a scheme,
    "www." or a dot between letters (:data:`DOMAIN_DOT`). A group that fails it fails it
    with any of its lines left out."""
    email = phone = web = False
    for text in texts:
        if may_hold_placeholder(text):
            return True
        email = email or may_hold_address(text)
        phone = phone or may_hold_number(text)
        web = web or "http" in text or "www." in text or DOMAIN_DOT.search(text) is not None
    return (email or phone) and email + phone + web >= 2


def find_regions(
    doc: Document,
    *,
    is_card: CardTest,
    is_prose: LineTest,
    texts: list[str] | None = None,
) -> list[Region]:
    """Return the contact regions of ``doc`` in document order.

    ``is_card`` tells whether a block with no label holds a contact card; ``is_prose``
    whether a line is running text, where a block ends (both need the line reader, which the
    caller has); ``texts`` the texts of the blocks, when the caller has set them out.

    Most blocks open no region: the loop turns each away with the cheap tests of the three
    kinds of unlabelled region (an inline label needs a colon, a press office a short name
    line before a short title line, a card the first block of a short group) before any of
    them reads it.
    """
    regions: list[Region] = []
    scan = _Blocks(doc, texts)
    texts, sizes, groups, chars = scan.texts, scan.sizes, scan.groups, scan.chars
    next_value = scan.next_value
    count = len(texts)
    i = 0
    while i < count:
        text = texts[i]
        head = text[:2]
        # Most blocks open with two ASCII letters no label opens with ("Th", "Ac"), with
        # three a label opens with none goes on with ("Rec", "Tod"), or with a mark before
        # two such letters ("[Ac", "#Th"): told without a call, as contact_label tells it.
        if not (
            head in NO_LABEL_HEADS
            or text[:3] in NO_LABEL_OPENINGS3
            or (head[:1] in LABEL_MARKS and text[1:3] in NO_LABEL_HEADS)
        ):
            m = contact_label(text)
            if m is not None:
                lines, i = _gather(scan, scan.line(i), i + 1, extend=True, is_prose=is_prose)
                regions.append(Region(lines=tuple(lines)))
                continue
        # Cheap tests every line holding an inline label passes, before its pattern.
        if ":" in text and (
            "ontact" in text
            or "ONTACT" in text
            or "nquir" in text
            or "edia:" in text
            or "ress:" in text
            or "nvestor" in text
            or "urther" in text
        ):
            m = _inline_label(text)
            if m is not None:
                region, i = _inline(scan, i, m, is_prose)
                regions.append(region)
                continue
        # A press office's block and a card both need a value: in one of the two blocks
        # after the title line, or in the lines a card reads, which stand within
        # MAX_CARD_LINES blocks and MAX_CARD_CHARS characters from the card's first block.
        # Most blocks stand farther from any: the loop goes on to the next at once.
        value = next_value[i]
        if value - i < MAX_CARD_LINES:
            found: tuple[Region, int] | None = None
            size = sizes[i]
            if (
                size <= MAX_OFFICE_NAME_CHARS
                and value <= i + 3
                and i + 2 < count
                and sizes[i + 1] <= MAX_OFFICE_TITLE_CHARS
            ):
                found = _press_office(scan, i, is_prose)
            if (
                found is None
                and chars[value + 1] - chars[i] <= MAX_CARD_CHARS
                and (i == 0 or groups[i - 1] != groups[i])  # a card opens its group
            ):
                found = _card(scan, i, is_card, is_prose)
            if found is not None:
                regions.append(found[0])
                i = found[1]
                continue
        i += 1
    return regions


def _card(
    scan: _Blocks, i: int, is_card: CardTest, is_prose: LineTest
) -> tuple[Region, int] | None:
    """The contact card without a label that opens with block ``i``, the first of its group:
    the group (one block, or one group of short lines), or the group and the short lines
    printed one to a paragraph after it (:func:`_card_run`)."""
    group = _card_group(scan, i)
    if group is None:
        return None
    end, size = group
    # Details are rare: look for one in the group and the short lines that could follow it
    # before the stop-line tests tell how far a run of them really reaches.
    if not scan.any_value(i, _size_reach(scan, i, end, size)):
        return None
    reach = _run_reach(scan, i, end, size)
    if not scan.any_value(i, reach):
        return None  # no line of the group, nor of the run, may hold a detail
    if not may_be_card(scan.texts[i:reach]):
        return None  # nor may the lines a card reads hold the details it needs
    run_end = _card_run(scan, i, end, reach, is_prose)
    if run_end > end:
        run = scan.lines(i, run_end)
        if is_card(run) and _names_person(run):
            return Region(lines=tuple(run), labelled=False), run_end
    if scan.any_value(i, end):
        lines = scan.lines(i, end)
        if is_card(lines):
            return Region(lines=tuple(lines), labelled=False), end
    return None


def _size_reach(scan: _Blocks, i: int, end: int, size: int) -> int:
    """Return how far :func:`_run_reach` could reach by the sizes of the lines alone."""
    sizes = scan.sizes
    j = end
    while (
        j < len(sizes)
        and j - i < MAX_CARD_LINES
        and sizes[j] <= MAX_CARD_LINE_CHARS
        and size + sizes[j] <= MAX_CARD_CHARS
    ):
        size += sizes[j]
        j += 1
    return j


def _run_reach(scan: _Blocks, i: int, end: int, size: int) -> int:
    """Return the index past the short lines that may carry on the group of blocks ``i``
    to ``end`` (of ``size`` characters) as one card, ``end`` when none can.

    A card is often printed one line to a paragraph ("Jane Roe" / "Acme Corp." /
    "+1 555 0100" / "email us here", each between blank lines); its lines are read together
    while they stay short and the card stays within its size.
    """
    sizes = scan.sizes
    if end == len(sizes) or size + sizes[end] > MAX_CARD_CHARS:
        return end  # no line that fits follows: told before any stop line is looked for
    if not all(scan.card(k) for k in range(i, end)):
        return end
    j = end
    while j < len(sizes) and j - i < MAX_CARD_LINES and scan.card(j):
        size += sizes[j]
        if size > MAX_CARD_CHARS:
            break
        j += 1
    return j


def _card_run(scan: _Blocks, i: int, end: int, reach: int, is_prose: LineTest) -> int:
    """Return the index past the blocks ``i`` to ``end`` and the short lines after them up
    to ``reach`` (:func:`_run_reach`), read as one card (``end`` when no line follows).

    The lines stop at the first line of running text. Such a card must name a person (the
    caller checks): a page's footer prints its office details the same way.
    """
    # Reading lines costs more than these tests: read them only for a likely card, with
    # a detail (the caller has checked) and a line that may be a person's name.
    if reach == end:
        return end
    if not any(_PERSONISH.match(text) for text in scan.texts[i:reach]):
        return end
    if any(is_prose(line) for line in scan.lines(i, end)):
        return end
    for k, line in enumerate(scan.lines(end, reach), start=end):
        if is_prose(line):
            return k
    return reach


def _card_group(scan: _Blocks, i: int) -> tuple[int, int] | None:
    """Return the index past the group that opens at block ``i`` and its size in
    characters, or ``None`` when the group is too long for a card.

    A card is one block ("AcmeReno, NVwww.acme.com555-0100 Office...") or one group of short
    lines printed together; a page whose lines all stand in one group is no card.
    """
    groups, sizes = scan.groups, scan.sizes
    group = groups[i]
    end, size = i, 0
    while end < len(groups) and groups[end] == group:
        size += sizes[end]
        if size > MAX_CARD_CHARS or end - i == MAX_CARD_LINES:
            return None
        end += 1
    return end, size
