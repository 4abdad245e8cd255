"""Stage 3: split the body into sections, and find where the release ends.

1. **Where the body starts**: at the dateline's paragraph, else at the first paragraph of
   running text after the headline (a title-like line before any body text is the title,
   the deck or page chrome, never a section).
2. **Where it ends** (``state.body_end``): at an end mark ("###", "-30-", "# # #"), a
   "SOURCE <organization>" line, or the first line of a trailer the page or archive added
   after the release ("View original content", "The post ... appeared first on",
   "Release Summary", "Related News"). Contact blocks after it are still found by the
   contacts stage, which reads the whole document.
3. **Headings run into their text** are split off into blocks of their own
   (:mod:`pressparse.stages._runin`).
4. **Each block is offered to the section parsers** of the registry, highest priority first
   (:mod:`pressparse.sectionparsers`); the first that answers opens a section. Blocks no
   parser claims are paragraphs of the open section; those before the first heading form
   the lead.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any, Final

import attrs
import regex

from pressparse import vocab
from pressparse.document import Block, BlockKind
from pressparse.extension import (
    SectionContext,
    SectionMatch,
    SectionParser,
    check_section_match,
    section_parser_failed,
)
from pressparse.model import (
    Paragraph,
    Section,
    SectionKind,
    Span,
    trusted_paragraph,
    trusted_section,
)
from pressparse.registry import Registry, RegistryEntry
from pressparse.sectionparsers import (
    BUILTINS,
    TEST_BIT_COMBINATIONS,
    builtins_that_may_answer,
    cheap_test_bit,
    default_section_parsers,
    match_after_test,
    may_head_boilerplate,
)
from pressparse.stages import _headings as h
from pressparse.stages._header_lines import is_advisory_label
from pressparse.stages._runin import split_blocks
from pressparse.stages.state import ParseState

__all__ = ["body_end", "lead_start", "run"]

# Enum members read for every block, bound once: on Python 3.11 reading a member off its
# class (BlockKind.RULE) goes through EnumType.__getattr__, ten times slower than a global.
_RULE: Final = BlockKind.RULE
_HEADING: Final = BlockKind.HEADING
_CONTACT: Final = SectionKind.CONTACT

# An end mark alone on its line, in the forms the shared vocabulary lists and the bare
# runs of hashes some offices print: "#", "#####".
_HASHES: Final = regex.compile(r"^\s*#{1,6}\s*$")

# A wire "SOURCE" line closing the release: "SOURCE Acme Corp.", "Source: Acme Corp.".
_SOURCE_LINE: Final = regex.compile(r"^(?:SOURCE\s+|Source:\s*)\S.{0,100}$")

#: A "Source:" line ends the release unless a paragraph this long follows within so many
#: blocks.
_LONG_PARAGRAPH: Final = 200
_SOURCE_LOOKAHEAD: Final = 5

# The first line of what a site or archive prints after the release.
_TRAILER: Final = regex.compile(
    r"""
    ^\W{0,3}(?:
        view\s+(?:the\s+)?(?:original|source)\s+(?:content|version|release)  # "View source version"
      | original\s*/\s*source\s+press\s+release                    # "Original/Source Press Release"
      | the\s+post\s+.{1,300}?\s+(?:appeared\s+first|first\s+appeared|appeared)\s+on\b
      | this\s+(?:article|news\s+story|story)\s+(?:has\s+been\s+amplified|relied\s+on)
      | release\s+summary\W{0,3}$                                  # Business Wire page sidebar
      | site\s+navigation\W{0,3}$
      | (?:related|recent|latest|more)\s+(?:news|posts|articles|stories|releases
          |press\s+releases|news\s+releases)\W{0,3}$               # "Related Posts", "Recent News"
      | related\W{0,3}$ | post\s+navigation\W{0,3}$ | leave\s+a\s+(?:reply|comment)
      | (?:previous|next)\s+(?:post|article|story)\W{0,3}$
      | you\s+just\s+read\W{0,3}$
      | also\s+from\s+this\s+source\W{0,3}$
      | tagged\s+with\W{0,3}$
      | distributed\s+by:                                          # "Distributed by: Acme Wire"
    )""",
    regex.IGNORECASE | regex.VERBOSE,
)


# How every line that ends the release opens, past any marks: an end mark ("###", "-30-",
# "ENDS"), a SOURCE line or the first words of a trailer. A cheap first test, so most
# blocks are matched against this one pattern, not all four. NOTE: keep in sync with
# vocab.END_MARK, _HASHES, _SOURCE_LINE and _TRAILER: each opening here, tried ignoring
# case, must be a prefix of what they match past the marks.
_ENDING_OPENING: Final = regex.compile(
    r"""
    ^\W*(?:$ | 30 | end                                          # end marks
      | source                                                  # "SOURCE Acme", "Source:"
      | view | original | the\s+post | this\s | release | site | related | recent | latest
      | more | post | leave | previous | next | you | also | tagged | distributed  # trailers
    )""",
    regex.IGNORECASE | regex.VERBOSE,
)


#: The first two letters, in lower case, of every word :data:`_ENDING_OPENING` opens with
#: (past its marks): a block that opens with two ASCII letters not among these (most do)
#: is told without the pattern, which tries each word in turn ignoring case. NOTE: keep
#: in sync with _ENDING_OPENING (a unit test derives the set from it).
_ENDING_WORD_OPENINGS: Final = frozenset(
    {"en", "so", "vi", "or", "th", "re", "si", "la", "mo", "po", "le", "pr", "ne", "yo", "al"}
    | {"ta", "di"}
)


#: The pairs of letters no end mark, SOURCE line or trailer opens with.
_NOT_ENDING_PAIRS: Final = h.other_letter_pairs(_ENDING_WORD_OPENINGS)

#: The first three letters, in lower case, of every word :data:`_ENDING_OPENING` opens
#: with (past its marks). NOTE: keep in sync with _ENDING_OPENING (a unit test derives the
#: set from it).
_ENDING_WORD_OPENINGS3: Final = frozenset(
    {"end", "sou", "vie", "ori", "the", "thi", "rel", "sit", "rec", "lat", "mor", "pos"}
    | {"lea", "pre", "nex", "you", "als", "tag", "dis"}
)

#: Three ASCII letters, in any case, that open as a word of :data:`_ENDING_OPENING` does
#: but go on otherwise ("Read", "All"): no line ending the release opens with them.
_NOT_ENDING_TRIPLES: Final = h.other_letter_triples(_ENDING_WORD_OPENINGS3)


def _may_end_release(text: str) -> bool:
    """False when ``text`` surely is no end mark, SOURCE line or trailer: too long, marks
    alone but no hash (a rule: "-----"), or opening otherwise than :data:`_ENDING_OPENING`
    allows past its marks.

    (Past the marks it opens with, a text opens with what the pattern's alternatives must
    match: they all open with a word character.)
    """
    if len(text) > 400:
        return False
    rest = text.lstrip(h.LEADING_MARKS)
    if not rest:
        return "#" in text  # as marks alone, only hashes end the release ("###", "# # #")
    if rest[:2] in _NOT_ENDING_PAIRS or rest[:3] in _NOT_ENDING_TRIPLES:
        return False  # (a first word no end mark, SOURCE line or trailer opens with)
    return _ENDING_OPENING.match(text) is not None


def _may_be_end_mark(text: str) -> bool:
    """False when ``text`` surely is no end mark (:data:`~pressparse.vocab.END_MARK`,
    :data:`_HASHES`): it holds no hash, no "30" and no "end" in any case."""
    return "#" in text or "30" in text or "end" in text.lower()


def _ends_release(blocks: tuple[Block, ...], index: int) -> bool:
    """True for an end mark, a SOURCE line or the first line of a trailer.

    A "Source: ..." line counts only when no long paragraph follows it closely (a chart's
    "Source: ..." credit inside the body does not end the release).
    """
    text = blocks[index].text
    if not _may_end_release(text):
        return False
    if _may_be_end_mark(text) and (vocab.END_MARK.match(text) or _HASHES.match(text)):
        return True
    if _TRAILER.match(text):
        return True
    if not text.startswith(("SOURCE", "Source:")) or _SOURCE_LINE.match(text) is None:
        return False  # (the SOURCE line's pattern heeds case)
    if text.startswith("SOURCE"):
        return True
    after = blocks[index + 1 : index + 1 + _SOURCE_LOOKAHEAD]
    return not any(len(b.text) >= _LONG_PARAGRAPH for b in after)


def _headline_runs_on(state: ParseState) -> bool:
    """True when the headline's block goes on with the body (a release flattened to a line)."""
    index, span = state.headline_index, state.headline_span
    if index is None or span is None:
        return False
    return state.doc.blocks[index].span.end - span.end >= 2 * h.PROSE_MIN_CHARS


# A character that is neither a word character nor white space: "!", "—", "’".
_PUNCTUATION: Final = regex.compile(r"[^\w\s]")


def _folded(text: str) -> str:
    return " ".join(_PUNCTUATION.sub(" ", text).casefold().split())


def _after_title(state: ParseState) -> int:
    """Where to look for the body: after the title, when a page prints it again below.

    The repeat counts as a heading anywhere, as a plain line only before any running text.
    """
    if state.headline is None:
        return state.body_start
    title = _folded(state.headline)
    longest = len(state.headline) + 10  # (a repeat is no longer than this)
    blocks = state.doc.blocks
    prose = state.body_end  # the first block of running text
    for i in range(state.body_start, state.body_end):
        text = blocks[i].text
        if len(text) <= longest and _folded(text) == title:
            return i + 1
        if h.is_prose(text):
            prose = i
            break
    for i in range(prose + 1, state.body_end):  # (after running text: headings only)
        block = blocks[i]
        if block.kind is _HEADING and len(block.text) <= longest and _folded(block.text) == title:
            return i + 1
    return state.body_start


def lead_start(state: ParseState) -> int | None:
    """The index of the body's first paragraph: the dateline's, else the first prose block.

    When a flattened release holds its headline and body in one block, that block.
    """
    blocks = state.doc.blocks
    dateline = state.dateline_index
    if dateline is not None and (dateline >= state.body_start or dateline == state.headline_index):
        return dateline
    if _headline_runs_on(state):
        return state.headline_index
    for i in range(_after_title(state), state.body_end):
        if i not in state.claimed and (
            h.is_prose(blocks[i].text) or is_advisory_label(blocks[i].text)
        ):
            return i  # (a media advisory's body opens with its first part: "WHO:")
    return None


def body_end(state: ParseState, lead: int) -> int:
    """The index just past the release's last block (before an end mark or a trailer)."""
    blocks = state.doc.blocks
    for i in range(lead + 1, state.body_end):
        text = blocks[i].text
        if text[:2] in _NOT_ENDING_PAIRS or text[:3] in _NOT_ENDING_TRIPLES:
            continue  # (most blocks: the first tests of _may_end_release, read in the loop)
        if _ends_release(blocks, i):
            return i
    return state.body_end


#: How many blocks past the end mark a boilerplate heading is looked for.
TRAILER_BLOCKS: Final = 8

#: The kinds of section kept from after a release's end mark: its boilerplate and contacts,
#: not the page's chrome.
_TRAILER_KINDS: Final = frozenset(
    {SectionKind.ABOUT, SectionKind.FORWARD_LOOKING, SectionKind.DISCLAIMER, SectionKind.CONTACT}
)


def _trailer_start(state: ParseState, end: int) -> int | None:
    """The block that heads boilerplate printed after the release's end mark (block
    ``end``): "Notes to editors" after "ENDS", "About Acme" after "###". ``None`` when
    no such heading stands in the first :data:`TRAILER_BLOCKS` blocks after it."""
    blocks = state.doc.blocks
    for i in range(end + 1, min(end + 1 + TRAILER_BLOCKS, state.body_end)):
        text = blocks[i].text
        if len(text) > h.MAX_HEADING_CHARS or not may_head_boilerplate(text):
            continue  # (most blocks: a contact line, chrome, told without the patterns)
        if h.is_prose(text):
            continue
        kind, _ = h.classify(text)
        if kind in _TRAILER_KINDS and kind is not SectionKind.CONTACT:
            return i
    return None


@cache
def _builtin_registry() -> Registry[SectionParser]:
    """The built-in parsers, locked (used when a state carries no registry of its own)."""
    return default_section_parsers().copy(locked=True)


@attrs.define
class _Open:
    """The section being filled while the stage walks the body."""

    kind: SectionKind = SectionKind.LEAD
    heading: str | None = None
    heading_span: Span | None = None
    organization: str | None = None
    parser: str | None = None
    data: Any = None
    paragraphs: list[Paragraph] = attrs.Factory(list)

    def close(self) -> Section | None:
        if self.heading_span is None and not self.paragraphs:
            return None
        first = self.heading_span or self.paragraphs[0].span
        last = self.paragraphs[-1].span if self.paragraphs else first
        return trusted_section(
            self.heading,
            self.kind,
            Span(start=first.start, end=last.end),
            self.heading_span,
            tuple(self.paragraphs),
            self.organization,
            self.parser,
            self.data,
        )


def _after(block: Block, start: int) -> Block:
    """The part of ``block`` after document offset ``start`` (past the headline)."""
    cut = max(0, min(len(block.text), start - block.span.start))
    text = block.text[cut:]
    lead = len(text) - len(text.lstrip())
    return attrs.evolve(
        block,
        text=text[lead:],
        span=Span(start=block.span.start + cut + lead, end=block.span.end),
    )


def _paragraph(block: Block, start: int | None = None, end: int | None = None) -> Paragraph | None:
    """The block, or its text between document offsets ``start`` and ``end``, as a paragraph."""
    if block.kind is _RULE or h.is_chrome(block.text):
        return None
    offset = 0 if start is None else start - block.span.start
    stop = len(block.text) if end is None else end - block.span.start
    text = block.text[offset:stop]
    lead = len(text) - len(text.lstrip(_PARAGRAPH_LEAD))
    text = text[lead:].rstrip()
    if not text:
        return None
    begin = block.span.start + offset + lead
    return trusted_paragraph(text, Span(start=begin, end=begin + len(text)))


#: What a paragraph is trimmed of at its start (and white space at its end).
_PARAGRAPH_LEAD: Final = " \t:;,.-–—"


def _block_paragraph(block: Block) -> Paragraph | None:
    """The whole block as a paragraph (``None`` for a rule or page chrome).

    Usually the block's text is its paragraph as it stands, with nothing to trim.
    """
    text = block.text
    if block.kind is _RULE or (len(text) <= h.CHROME_MAX_CHARS and h.is_chrome(text)):
        return None
    span = block.span
    whole = span.end - span.start == len(text)  # (the text is the block's whole span)
    if whole and text and text[0] not in _PARAGRAPH_LEAD and not text[-1].isspace():
        return trusted_paragraph(text, span)  # nothing to trim at either end
    return _paragraph(block)


#: A parser to ask: its name and what to call on a block (for a built-in parser with a
#: cheap test, its ``match`` without the test: see sectionparsers.match_after_test).
_Asked = tuple[str, Callable[[SectionContext, int], SectionMatch | None]]


@attrs.frozen
class _Askers:
    """The registry's parsers to ask about a block, in order."""

    #: Each parser with the bit of its cheap test (:func:`~pressparse.sectionparsers.
    #: cheap_test_bit`), or :data:`_UNTESTED` for one with none, and what to call.
    tested: tuple[tuple[int, _Asked], ...]

    @classmethod
    def of(cls, entries: tuple[RegistryEntry[SectionParser], ...]) -> _Askers:
        return cls(
            tuple(
                [
                    (
                        _UNTESTED if (bit := cheap_test_bit(e.item)) is None else bit,
                        (e.name, match_after_test(e.item)),
                    )
                    for e in entries
                ]
            )
        )

    def passed(self, bits: int) -> tuple[_Asked, ...]:
        """The parsers to ask about a block of :func:`~pressparse.sectionparsers.
        builtins_that_may_answer` ``bits``: those with no cheap test, and the built-in ones
        whose test the block passes."""
        return tuple([a for bit, a in self.tested if bit & (bits | _UNTESTED)])


#: For each value of :func:`~pressparse.sectionparsers.builtins_that_may_answer`, the
#: parsers to ask about a block of that value (``None`` where not worked out yet).
_AskTable = list[tuple[_Asked, ...] | None]


#: The bit of a parser with no cheap test in :meth:`_Askers.of`: above every test's bit.
_UNTESTED: Final = TEST_BIT_COMBINATIONS


def _is_builtin_registry(entries: tuple[RegistryEntry[SectionParser], ...]) -> bool:
    """True when ``entries`` are the built-in parsers themselves, in their order under their
    names (a parser's default registry)."""
    return len(entries) == len(BUILTINS) and all(
        e.item is parser and e.name == name
        for e, (name, _, parser) in zip(entries, BUILTINS, strict=True)
    )


def _ask_table(entries: tuple[RegistryEntry[SectionParser], ...]) -> tuple[_Askers, _AskTable]:
    """The parsers of ``entries`` to ask, and a table of them for each value of the tests.

    The built-in parsers' table is worked out in full once (and never changed); another
    registry's is filled in by the walk for the values its blocks give (a few of them).
    """
    if _is_builtin_registry(entries):
        return _builtin_askers(), _builtin_table()
    return _Askers.of(entries), [None] * TEST_BIT_COMBINATIONS


def _add(paragraphs: list[Paragraph], para: Paragraph | None) -> None:
    if para is not None:
        paragraphs.append(para)


def _open(name: str, found: SectionMatch, blocks: tuple[Block, ...], index: int) -> _Open:
    """A section opened by ``found`` at block ``index``, with the text and blocks it claims."""
    block = blocks[index]
    section = _Open(
        kind=found.kind,
        heading=found.heading,
        heading_span=found.heading_span,
        organization=found.organization,
        parser=name,
        data=found.data,
    )
    if found.heading_span.end < block.span.end:
        _add(section.paragraphs, _paragraph(block, found.heading_span.end))
    for j in range(index + 1, found.end if found.end is not None else index + 1):
        _add(section.paragraphs, _block_paragraph(blocks[j]))
    return section


def _close(current: _Open, sections: list[Section]) -> None:
    closed = current.close()
    if closed is not None:
        sections.append(closed)


def _resumes(para: Paragraph) -> bool:
    """True for running text after a contact block: the release goes on (no heading)."""
    return h.is_prose(para.text) and not h.has_contact_detail(para.text)


def _with_open_kind(ctx: SectionContext, kind: SectionKind) -> SectionContext:
    """``ctx`` with ``kind`` as the kind of the open section (``ctx`` itself when it has it)."""
    if ctx.open_kind is kind:
        return ctx
    return SectionContext(doc=ctx.doc, blocks=ctx.blocks, options=ctx.options, open_kind=kind)


@cache
def _builtin_askers() -> _Askers:
    """The built-in parsers to ask, worked out once (their registry is locked)."""
    return _Askers.of(_builtin_registry().entries())


@cache
def _builtin_table() -> _AskTable:
    """The built-in parsers to ask for each value of the tests, worked out once in full (so
    the walk never fills in, or changes, this table)."""
    askers = _builtin_askers()
    return [askers.passed(bits) for bits in range(TEST_BIT_COMBINATIONS)]


def _walk(
    ctx: SectionContext, askers: _Askers, table: _AskTable, *, ask_first: bool = False
) -> list[Section]:
    """Offer each block to the parsers; open a section where one answers.

    ``table`` holds the parsers of ``askers`` to ask for each value of the cheap tests, as
    far as worked out: the walk fills in a value it lacks. The first block, the lead's, is
    asked only with ``ask_first`` (or when it opens a media advisory's part). Each parser
    is asked as :func:`~pressparse.extension.call_section_parser` asks it (the call written
    out here: it is made for most blocks of a body).
    """
    sections: list[Section] = []
    current = _Open()
    blocks = ctx.blocks
    i = 0
    while i < len(blocks):
        block = blocks[i]
        found: SectionMatch | None = None
        # (the lead's block is asked only when it opens a media advisory's part, "WHO:", or
        # when the walk starts at a heading: ``ask_first``)
        if (i > 0 or ask_first or is_advisory_label(block.text)) and block.kind is not _RULE:
            # (the built-in parsers whose cheap test fails would decline the block)
            bits = builtins_that_may_answer(block)
            asked = table[bits]
            if asked is None:
                asked = table[bits] = askers.passed(bits)
            for name, match in asked:
                try:
                    found = match(ctx, i)
                except Exception as exc:  # re-raised, naming the parser: never swallowed
                    raise section_parser_failed(name, i, exc) from exc
                if found is not None:
                    check_section_match(name, found, ctx, i)
                    break
        if found is None:
            para = _block_paragraph(block)
            if para is not None:
                if current.kind is _CONTACT and _resumes(para):
                    _close(current, sections)
                    current = _Open(kind=SectionKind.BODY)  # no heading: the text goes on
                    ctx = _with_open_kind(ctx, SectionKind.BODY)
                current.paragraphs.append(para)
            i += 1
            continue
        # text of the block before a heading found inside it stays with the section before
        _add(current.paragraphs, _paragraph(block, end=found.heading_span.start))
        _close(current, sections)
        current = _open(name, found, blocks, i)
        ctx = _with_open_kind(ctx, found.kind)
        i = found.end if found.end is not None else i + 1
    _close(current, sections)
    return sections


def run(state: ParseState) -> ParseState:
    """Set the sections of the body and where the body ends."""
    lead = lead_start(state)
    if lead is None:
        return state
    end = body_end(state, lead)
    claimed, blocks = state.claimed, state.doc.blocks
    rest = range(lead + 1, end)
    if claimed.isdisjoint(rest):  # (mostly: the blocks claimed stand before the lead)
        body = list(blocks[lead + 1 : end])
    else:
        body = [blocks[i] for i in rest if i not in claimed]
    if lead < end or lead in claimed:
        body.insert(0, blocks[lead])  # the lead is the body's, claimed or not
    if lead == state.headline_index and state.headline_span is not None:
        body[0] = _after(body[0], state.headline_span.end)
    units = split_blocks(body)
    registry = state.section_parsers  # (none or empty: the built-in parsers)
    if registry:
        askers, table = _ask_table(registry.entries())
    else:
        askers, table = _builtin_askers(), _builtin_table()
    ctx = SectionContext(doc=state.doc, blocks=units, options=state.options)
    sections = _walk(ctx, askers, table)
    trailer = _trailer_start(state, end)
    if trailer is not None:  # boilerplate printed after the end mark: "ENDS" / "Notes to editors"
        rest_units = split_blocks([blocks[i] for i in range(trailer, state.body_end)])
        ctx = SectionContext(doc=state.doc, blocks=rest_units, options=state.options)
        found = _walk(ctx, askers, table, ask_first=True)
        sections += [s for s in found if s.kind in _TRAILER_KINDS]
    if end <= state.body_start:
        end = state.body_end  # the body lies inside the headline's block: nothing to cut
    return state.evolved(sections=tuple(sections), body_end=end)
