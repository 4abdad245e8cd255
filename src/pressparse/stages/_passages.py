"""The passages the quotes stage reads: body paragraphs, with paragraphs that markup split
mid-sentence joined back.

HTML pages often break one sentence over several elements (a quotation, then "said Jane
Doe" in a link, then '. "More words'), so a block that carries on the sentence of the block
before it joins that block's passage. Passages are stretches of the document's own text,
so offsets into a passage plus its ``start`` are offsets into ``doc.text``.
"""

from __future__ import annotations

import itertools
import operator
from bisect import bisect_left, bisect_right
from typing import Final, NamedTuple

import regex

from pressparse.document import Block, BlockKind
from pressparse.model import SectionKind, Span
from pressparse.stages.state import ParseState

__all__ = ["Passage", "PassageReader"]

# A block that opens by carrying on the sentence before it: a lower-case word, or
# punctuation that cannot start a sentence. Example: 'said Jane Doe, CEO of Acme.'
_CONTINUES: Final = regex.compile(r"^(?:\p{Ll}|[,.;:)\]”’…])")

# The ASCII characters among those: most blocks open with one, tested without the pattern.
_CONTINUES_ASCII: Final = ",.;:)]"

# The closing marks a block may end in after a comma that waits for the rest of its
# sentence (often the attribution). Example: '"We are thrilled,"'.
_CLOSING_MARKS: Final = '”"’'

# The double quotation marks of every style.
_DOUBLE_MARKS: Final = '“”„‟«»"'

# Words no sentence ends with: an article, a preposition, a conjunction, a speech verb.
_DANGLING_WORDS: Final = (
    "the", "a", "an", "of", "to", "and", "or", "but", "for", "with", "from", "by", "in", "on",
    "at", "as", "that", "our", "their", "its", "his", "her", "this", "these", "is", "are",
    "was", "were", "will", "has", "have", "said", "says", "added", "told",
)  # fmt: skip

# One of those words ending a block. Example: '... a statement issued by the' or '..., said'.
_DANGLING: Final = regex.compile(rf"(?<!\p{{L}})(?:{'|'.join(_DANGLING_WORDS)})$")

#: How far from a block's end a dangling word may start: the longest word, and a final
#: line break that ``$`` steps over.
DANGLING_REACH: Final = max(len(word) for word in _DANGLING_WORDS) + 1

# Speech verbs that may end a block before the speaker's name.
_CUE_VERBS: Final = (
    "said", "says", "added", "noted", "stated", "explained", "commented", "dijo", "dice",
    "afirmó", "señaló", "declaró",
)  # fmt: skip

# A speech verb near the end of a block, with at most a few title words after it: the
# speaker's name went to the next line. Example: '..." said Chief Deputy' + 'Ann Lee.'
_CUE_TAIL: Final = regex.compile(
    rf"(?<!\p{{L}})(?:{'|'.join(_CUE_VERBS)})(?:\s+\p{{Lu}}[\p{{L}}.'’-]*){{0,3}}$"
)

#: How much of a block's end is read for a speech verb or a dangling word.
TAIL_CHARS: Final = 80

# Enum members read in hot code, bound once: on Python 3.11 reading a member off its
# class goes through EnumType.__getattr__, ten times slower than reading a global.
_LIST_ITEM: Final = BlockKind.LIST_ITEM
_CONTACT: Final = SectionKind.CONTACT

# A tuple, not a set: a kind is found in a tuple by identity, while a set would hash it
# (an enum member hashes in Python code).
_SKIPPED_KINDS: Final = (BlockKind.HEADING, BlockKind.RULE)


class Passage(NamedTuple):
    """Blocks ``first`` to ``last`` (inclusive), read as one stretch of ``doc.text``.

    A named tuple rather than an attrs class: the stage makes one for every passage of
    every body, most of which hold no quotation.
    """

    first: int
    last: int
    start: int
    end: int


def _excluded_spans(state: ParseState) -> tuple[list[Span], list[Span]]:
    """Spans the stage must not read: contact blocks, and section headings."""
    contacts = [c.span for c in state.contacts]
    headings: list[Span] = []
    for section in state.sections:
        if section.kind is _CONTACT:
            contacts.append(section.span)
        elif section.heading_span is not None:
            headings.append(section.heading_span)
    return contacts, headings


# A span's start and end (read in C by ``map`` and ``sorted``).
_START_OF: Final = operator.attrgetter("start")
_END_OF: Final = operator.attrgetter("end")


def _reach(spans: list[Span]) -> tuple[list[int], list[int]]:
    """The starts of ``spans`` in order, and the furthest end of each prefix of them: whether
    any span overlaps or covers a block is told by one bisection, not a pass over them all."""
    ordered = sorted(spans, key=_START_OF)
    ends = list(itertools.accumulate(map(_END_OF, ordered), max))
    return list(map(_START_OF, ordered)), ends


def _joins(previous: Block, block: Block) -> bool:
    """True when ``block`` carries on the sentence ``previous`` left open.

    It does when it opens with a lower-case word or with punctuation that cannot start a
    sentence (:data:`_CONTINUES`), or when ``previous`` ends in a comma (perhaps with a
    closing mark after it). A block ending in a word joins the next only when it cannot end
    a sentence: it ends in a speech verb and perhaps a title ('"...," said Deputy' + 'Jane
    Doe.'), it leaves a quotation open, or it ends in a word such as "the" or "of".
    """
    first = block.text[:1]
    if first.isascii():  # told by plain comparison: most blocks open with ASCII
        if first and ("a" <= first <= "z" or first in _CONTINUES_ASCII):
            return True
    elif _CONTINUES.match(block.text) is not None:
        return True
    text = previous.text
    last = text[-1:]
    if not last.isalpha():  # joined only after a comma, and one line break as ``$`` allows
        end = text[:-1] if last == "\n" else text
        return end[-1:] == "," or (end[-2:-1] == "," and end[-1:] in _CLOSING_MARKS)
    if _LIST_ITEM in (previous.kind, block.kind):
        return False
    tail = text[-TAIL_CHARS:]
    if any(map(tail.__contains__, _CUE_VERBS)) and _CUE_TAIL.search(tail):
        return True
    if not last.islower():
        return False
    open_quote = sum(map(text.count, _DOUBLE_MARKS)) % 2 == 1
    return open_quote or bool(_DANGLING.search(tail, max(0, len(tail) - DANGLING_REACH)))


def _inside_sentence(blocks: tuple[Block, ...], index: int) -> bool:
    """True when block ``index`` carries on the sentence of the block before it and the
    block after it carries on its own: a heading never sits inside a sentence like that
    ('"...," ' / 'Mayor Ann Lee' / 'said.')."""
    block = blocks[index]
    joins_before = index > 0 and _joins(blocks[index - 1], block)
    return joins_before and index + 1 < len(blocks) and _joins(block, blocks[index + 1])


def _passage(blocks: tuple[Block, ...], first: int, last: int) -> Passage:
    # tuple.__new__: a named tuple's own constructor is a Python call
    return tuple.__new__(Passage, (first, last, blocks[first].span.start, blocks[last].span.end))


# Where a block starts in the document (read in C by ``map`` and ``bisect``).
_SPAN_START: Final = operator.attrgetter("span.start")


class PassageReader:
    """The passages of a body, found around the blocks asked about.

    Whether a block is read depends on that block alone: it is not when a stage claimed it,
    it is a heading or a rule, it overlaps a contact block, or a section heading covers it
    outside a sentence. Whether a block read joins the passage of the block before it
    depends on those two blocks alone (it carries on the sentence the other left open).
    So the passage that holds a block is found by walking out from it, and the stage,
    which reads only the passages holding a quotation mark, never tests most blocks of a
    body: the passages it gets are those a pass over every block would have made.
    """

    __slots__ = (
        "_blocks", "_claimed", "_contact_ends", "_contact_starts", "_heading_ends",
        "_heading_starts", "_read", "_starts", "first", "stop",
    )  # fmt: skip

    def __init__(self, state: ParseState) -> None:
        blocks = self._blocks = state.doc.blocks
        #: the body's first block, and the index just past its last
        self.first, self.stop = state.body_start, min(state.body_end, len(blocks))
        self._claimed = state.claimed
        contact_spans, heading_spans = _excluded_spans(state)
        self._contact_starts, self._contact_ends = _reach(contact_spans)
        self._heading_starts, self._heading_ends = _reach(heading_spans)
        self._read: dict[int, bool] = {}  # whether each block tested is read
        self._starts: list[int] | None = None  # where each body block starts, when asked

    def starts(self) -> list[int]:
        """Where each block of the body starts in the document, in order."""
        if self._starts is None:
            self._starts = list(map(_SPAN_START, self._blocks[self.first : self.stop]))
        return self._starts

    def block_at(self, offset: int) -> int:
        """The index of the last body block that starts at or before ``offset`` (which
        must not stand before the body's first block)."""
        return self.first + bisect_right(self.starts(), offset) - 1

    def readable(self, i: int) -> bool:
        """True when block ``i`` (of the body) is read."""
        known = self._read.get(i)
        if known is None:
            known = self._read[i] = self._readable(i)
        return known

    def _readable(self, i: int) -> bool:
        block = self._blocks[i]
        if i in self._claimed or block.kind in _SKIPPED_KINDS:
            return False
        span = block.span
        # The contact spans that start before the block ends overlap it when one ends
        # after its start: then it is never read.
        count = bisect_left(self._contact_starts, span.end)
        if count and self._contact_ends[count - 1] > span.start:
            return False
        # A heading span that covers the whole block keeps it unread, unless it sits
        # inside a sentence (a heading run into its paragraph, "About Acme Acme makes
        # ...", leaves the rest of the paragraph readable).
        count = bisect_right(self._heading_starts, span.start)
        covered = count and span.end <= self._heading_ends[count - 1] + 1
        return not (covered and not _inside_sentence(self._blocks, i))

    def _first(self, i: int) -> int:
        """The first block of the passage whose last block read so far is ``i``: the
        blocks before it are walked back over while they are read and it joins them."""
        blocks, readable, first = self._blocks, self.readable, self.first
        while i > first and readable(i - 1) and _joins(blocks[i - 1], blocks[i]):
            i -= 1
        return i

    def around(self, i: int) -> Passage:
        """The passage that holds block ``i``, which must be read."""
        blocks, readable, stop, last = self._blocks, self.readable, self.stop, i
        while last + 1 < stop and readable(last + 1) and _joins(blocks[last], blocks[last + 1]):
            last += 1
        return _passage(blocks, self._first(i), last)

    def before(self, passage: Passage) -> Passage | None:
        """The passage that ends with the block right before ``passage``, if there is one."""
        last = passage.first - 1
        if last < self.first or not self.readable(last):
            return None
        return _passage(self._blocks, self._first(last), last)  # ``passage`` does not join it

    def any_read(self, start: int, stop: int) -> bool:
        """True when a block from ``start`` to ``stop`` (excluded) is read: a passage
        stands there."""
        return any(map(self.readable, range(start, stop)))
