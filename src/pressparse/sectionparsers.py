"""The built-in section parsers and the registry that holds them.

Built-in section handling goes through the same :class:`~pressparse.registry.Registry`
users extend. The most specific parsers come first; the priorities leave gaps so a custom
parser can slot in between (see :mod:`pressparse.extension` for the contract):

=================  ====================  ========  =============================================
name               class                 priority  recognises
=================  ====================  ========  =============================================
``about``          :class:`AboutHeading`      90  "About <organization>" (kind ``about``)
``boilerplate``    :class:`BoilerplateHeading` 80  forward-looking statements, safe harbor,
                                                   disclaimers, notes to editors
``contact``        :class:`ContactLabel`      70  "Media Contact", "Contacts:" (kind ``contact``)
``markup``         :class:`MarkupHeading`     50  HTML h2-h6, Markdown headings, bold-only
                                                   lines, headings split off run-in text
``label``          :class:`LabelHeading`      40  a label alone on its line ("WHO:")
``title_line``     :class:`TitleLine`         30  a short title-like line before a paragraph
=================  ====================  ========  =============================================

A custom parser registered at 60 sees every block before the generic heading rules but
after boilerplate and contact labels; at 100 it sees every block first.

Each built-in parser also has a cheap ``test(block)``, as Python-Markdown's block
processors do: false only when ``match`` surely declines the block, so the sections stage
need not ask it (:func:`cheap_test`). A custom parser needs none: it is always asked. For
a block its test passed, the stage calls ``match_tested``, the parser's ``match`` without
the test again (:func:`match_after_test`).

>>> reg = default_section_parsers()
>>> reg.names()
('about', 'boilerplate', 'contact', 'markup', 'label', 'title_line')
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

import attrs

from pressparse import vocab
from pressparse.document import Block, BlockKind
from pressparse.extension import SectionContext, SectionMatch, SectionParser
from pressparse.extension import validate_section_parser as _validate
from pressparse.model import SectionKind, Span
from pressparse.readers._lines import WRAP_MAX_WIDTH
from pressparse.registry import Registry
from pressparse.stages import _headings as h
from pressparse.stages._leadins import is_quote_lead_in
from pressparse.stages._titleline import broken_off, short_subhead

__all__ = [
    "TEST_BIT_COMBINATIONS",
    "AboutHeading",
    "BoilerplateHeading",
    "ContactLabel",
    "LabelHeading",
    "MarkupHeading",
    "TitleLine",
    "builtins_that_may_answer",
    "cheap_test",
    "cheap_test_bit",
    "default_section_parsers",
    "is_builtin",
    "match_after_test",
    "may_head_boilerplate",
    "new_section_registry",
    "no_builtin_answers",
]

# Enum members read for every block, bound once: on Python 3.11 reading a member off its
# class (BlockKind.RULE) goes through EnumType.__getattr__, ten times slower than a global.
_RULE: Final = BlockKind.RULE
_HEADING: Final = BlockKind.HEADING
_LIST_ITEM: Final = BlockKind.LIST_ITEM
_CONTACT: Final = SectionKind.CONTACT
_SENTENCE_CASE: Final = h.Shape.SENTENCE
_CAPS: Final = h.Shape.CAPS

#: The kinds of section the boilerplate parser opens.
_BOILERPLATE_KINDS: Final = frozenset({SectionKind.FORWARD_LOOKING, SectionKind.DISCLAIMER})

#: The kinds of block a title line can be (tested by identity, not as a set: an enum
#: member's hash is a call of Python code on Python 3.11).
_PARAGRAPH: Final = BlockKind.PARAGRAPH
_LINE: Final = BlockKind.LINE

#: Labels of a media advisory that head its parts even when followed by a name line.
_ADVISORY: Final = frozenset({"who", "what", "when", "where", "why", "how", "time", "date"})


#: The first two characters an "About" heading can open with, in either case: "about",
#: "acerca de", "sobre" ("ſ" matches "s" when case is ignored), "über". NOTE: keep in sync
#: with h.ABOUT_HEADING (a unit test holds the two to it).
_ABOUT_PAIRS: Final = frozenset(
    first + second
    for firsts, seconds in (("aA", "bBcC"), ("sSſ", "oO"), ("üÜ", "bB"))
    for first in firsts
    for second in seconds
)

#: The letters "à propos" ("a propos") opens with, before white space.
_ABOUT_SPACED: Final = frozenset("aAàÀ")


def _may_open_about(text: str) -> bool:
    """False when ``text``, past the white space it opens with, surely opens no "About"
    heading (:data:`~pressparse.stages._headings.ABOUT_HEADING`)."""
    head = text.lstrip()[:2]
    return head in _ABOUT_PAIRS or (head[:1] in _ABOUT_SPACED and head[1:2].isspace())


def may_head_boilerplate(text: str) -> bool:
    """False when ``text`` surely opens no "About", forward-looking or disclaimer heading:
    the about and boilerplate parsers' cheap tests, on a text."""
    return _may_open_about(text) or h.may_name_boilerplate(text)


def _whole(
    ctx: SectionContext,
    index: int,
    heading: str,
    kind: SectionKind,
    organization: str | None = None,
) -> SectionMatch:
    """A match whose heading is ``heading``, found at the start of block ``index``."""
    block = ctx.blocks[index]
    start = block.span.start + block.text.index(heading)
    return SectionMatch(
        heading=heading,
        heading_span=Span(start=start, end=start + len(heading)),
        kind=kind,
        organization=organization,
    )


def _strip_label(text: str) -> str:
    return text.strip().rstrip(":").rstrip()


def _short(block: Block, limit: int = h.MAX_HEADING_CHARS) -> bool:
    return block.kind is not _RULE and len(block.text) <= limit


@attrs.frozen
class AboutHeading:
    """An "About <organization>" heading on its own line or split off its paragraph."""

    max_words: int = 16

    def test(self, block: Block) -> bool:
        """False when ``block`` cannot be an "About" heading: too long, or the wrong opening."""
        text = block.text
        return (
            len(text) <= h.MAX_HEADING_CHARS and _may_open_about(text) and block.kind is not _RULE
        )

    def match(self, ctx: SectionContext, index: int) -> SectionMatch | None:
        return self.match_tested(ctx, index) if self.test(ctx.blocks[index]) else None

    def match_tested(self, ctx: SectionContext, index: int) -> SectionMatch | None:
        """:meth:`match` for a block :meth:`test` has passed."""
        block = ctx.blocks[index]
        text = _strip_label(block.text)
        found = h.ABOUT_HEADING.match(text)
        if found is None or len(text.split()) > self.max_words:
            return None
        if found["org"][0].isdigit() or h.has_sentence_break(text):
            return None
        if block.kind is not _HEADING and h.title_like(text) is None:
            return None
        return _whole(ctx, index, text, SectionKind.ABOUT, found["org"].rstrip(" :"))


@attrs.frozen
class BoilerplateHeading:
    """Forward-looking statements, safe harbor, disclaimer and notes-to-editors headings."""

    max_words: int = 12

    def test(self, block: Block) -> bool:
        """False when ``block`` is too long for a heading or names no boilerplate."""
        text = block.text
        if block.kind is _RULE or len(text) > h.MAX_HEADING_CHARS:
            return False
        return h.may_name_boilerplate(text)  # (which strips the label itself, if need be)

    def match(self, ctx: SectionContext, index: int) -> SectionMatch | None:
        return self.match_tested(ctx, index) if self.test(ctx.blocks[index]) else None

    def match_tested(self, ctx: SectionContext, index: int) -> SectionMatch | None:
        """:meth:`match` for a block :meth:`test` has passed."""
        text = _strip_label(ctx.blocks[index].text)
        if len(text.split()) > self.max_words:
            return None
        kind, _ = h.classify(text)
        if kind not in _BOILERPLATE_KINDS:
            return None
        # (a whole line naming boilerplate is its heading in any case, "Notes to editors",
        # when it opens with a capital as a heading does)
        if not text[:1].isupper() or h.has_sentence_break(text):
            return None
        return _whole(ctx, index, text, kind)


#: The first two characters of a text that opens with no contact label (see
#: :data:`~pressparse.vocab.NO_LABEL_HEADS`).
_NO_LABEL_HEADS: Final = vocab.NO_LABEL_HEADS

#: A contact label alone on its line is at most this long (a longer one needs the shared
#: label pattern to match).
_CONTACT_LINE_CHARS: Final = 80


def _may_label_contacts(text: str, lowered: str) -> bool:
    """False when ``text``, short enough for a contact label alone on its line, surely is no
    such label that :data:`~pressparse.vocab.CONTACT_LABEL` misses: as it stands (no white
    space or colon at its ends to strip) it holds none of the words the contact-heading
    patterns need. ``lowered`` is ``text.lower()``.

    (A word found in the stripped text, lowered, stands in the text lowered: lowering maps
    each character on its own but for the Greek final sigma, which lowers to no ASCII letter.)
    """
    return (
        "contact" in lowered
        or "nqu" in lowered
        or "relat" in lowered
        or text[-1:] == ":"
        or text[:1].isspace()
        or text[-1:].isspace()
    )


@attrs.frozen
class ContactLabel:
    """A contact-block label: alone ("Media Contacts:") or before its details on the line."""

    def test(self, block: Block) -> bool:
        """False when ``block`` is a rule, or opens with no contact label and, short enough to
        be one alone on its line, holds none of the words of one."""
        if block.kind is _RULE:
            return False
        text = block.text
        if vocab.contact_label(text) is not None:
            return True
        return len(text) <= _CONTACT_LINE_CHARS and _may_label_contacts(text, text.lower())

    def match(self, ctx: SectionContext, index: int) -> SectionMatch | None:
        block = ctx.blocks[index]
        text = block.text
        if block.kind is _RULE:
            return None
        found = vocab.contact_label(text)
        if len(text) <= _CONTACT_LINE_CHARS:
            whole = _strip_label(text)  # (mostly the text itself: then found is its label)
            whole_label = found if whole == text else vocab.contact_label(whole)
            if h.labels_contacts(whole, whole_label) and not _names_contact(block, whole):
                return _whole(ctx, index, whole, SectionKind.CONTACT)
        if found is None:
            return None
        label = (found.groupdict().get("label") or found[0]).strip().rstrip(":-–— ").strip()
        if not label or label[0].islower():
            return None
        nxt = _next_block(ctx, index)
        details = h.has_contact_detail(text[:300]) or (
            nxt is not None and h.has_contact_detail(nxt.text[:300])
        )
        if not found[0].rstrip().endswith(":") and not details:
            return None  # "Media contacts were told ..." is a sentence, not a label
        return _whole(ctx, index, label, SectionKind.CONTACT)

    #: :meth:`match` for a block :meth:`test` has passed (the test asks nothing the match
    #: does not ask again).
    match_tested = match


def _names_contact(block: Block, label: str) -> bool:
    """A plain line naming whom to contact ("Contact Acme Corp") is no contact heading."""
    return block.kind is not _HEADING and h.names_contact(label)


@attrs.frozen
class MarkupHeading:
    """A marked-up heading: HTML h2-h6, a Markdown heading, a bold-only line, or a heading
    the sections stage split off the text it was run into."""

    max_words: int = 20

    def test(self, block: Block) -> bool:
        """False unless ``block`` is a short heading or bold-only line."""
        return (block.kind is _HEADING or block.bold) and _short(block)

    def match(self, ctx: SectionContext, index: int) -> SectionMatch | None:
        return self.match_tested(ctx, index) if self.test(ctx.blocks[index]) else None

    def match_tested(self, ctx: SectionContext, index: int) -> SectionMatch | None:
        """:meth:`match` for a block :meth:`test` has passed."""
        block = ctx.blocks[index]
        if block.level == 1 and _title_level(ctx):
            return None  # a page's one top-level heading is its title, not a subhead
        text = _strip_label(block.text)
        words = text.split()
        if not words or len(words) > self.max_words or h.is_chrome(text):
            return None
        if block.bold and block.kind is not _HEADING and not _bold_heading(text):
            return None
        if block.text.rstrip().endswith(":") and h.introduces_quote(text):
            return None  # "<h4>Jane Roe, CEO of Acme, added:</h4>" introduces a quotation
        kind, org = h.classify(text)
        return _whole(ctx, index, text, kind, org)


def _title_level(ctx: SectionContext) -> bool:
    """True when the body holds one top-level heading at most (so it is a title)."""
    return sum(1 for b in ctx.blocks if b.kind is _HEADING and b.level == 1) < 2


def _bold_heading(text: str) -> bool:
    """A bold-only line is a heading when it is short and not a whole sentence, nor the
    line introducing a quotation ("Jane Roe, CEO of Acme, added:")."""
    words = text.split()
    if is_quote_lead_in(text):
        return False  # (a bold "Jane Roe, CEO:" is caught with the colon, by the caller)
    return len(words) <= 14 and not (text.endswith(".") and len(words) > 6)


@attrs.frozen
class LabelHeading:
    """A label alone on its line ("Key Takeaways:", "WHO:"), not a lead-in clause."""

    def test(self, block: Block) -> bool:
        """False unless ``block`` ends with a colon, as a label alone does."""
        return block.kind is not _RULE and block.text.rstrip().endswith(":")

    def match(self, ctx: SectionContext, index: int) -> SectionMatch | None:
        return self.match_tested(ctx, index) if self.test(ctx.blocks[index]) else None

    def match_tested(self, ctx: SectionContext, index: int) -> SectionMatch | None:
        """:meth:`match` for a block :meth:`test` has passed."""
        if ctx.open_kind is _CONTACT:
            return None
        block = ctx.blocks[index]
        label = h.label_alone(block.text)
        if label is None:
            return None
        nxt = _next_block(ctx, index)
        if nxt is None or h.is_chrome(nxt.text) or h.label_alone(nxt.text) is not None:
            return None
        kind, org = h.classify(label)
        return _whole(ctx, index, label, kind, org)


def _may_be_titled(text: str) -> bool:
    """False for a line that neither title_like nor short_subhead takes, told at a glance:
    it opens with neither a capital, a digit nor a quotation mark, or, unquoted, it ends
    with a comma, a semicolon or a colon."""
    t = text.strip()
    if not t:
        return False
    first = t[0]
    return first in '“"' or ((first.isupper() or first.isdigit()) and t[-1] not in ",;:")


def _line_fits(block: Block) -> bool:
    """True for a line or paragraph not too long for a title line (a paragraph is)."""
    kind = block.kind
    if kind is not _PARAGRAPH and kind is not _LINE:
        return False
    text = block.text
    if len(text) <= h.MAX_HEADING_CHARS + 4:
        return True
    # a longer text is a short subhead only once stripped of white space at an end
    return (text[0].isspace() or text[-1].isspace()) and short_subhead(text)


@attrs.frozen
class TitleLine:
    """A short title-like line standing alone between paragraphs ("Why Now?")."""

    #: False unless ``block`` is a line or paragraph short enough for a title line (the
    #: function itself, so the sections stage calls it with no method around it).
    test = staticmethod(_line_fits)

    def match(self, ctx: SectionContext, index: int) -> SectionMatch | None:
        return self.match_tested(ctx, index) if _line_fits(ctx.blocks[index]) else None

    def match_tested(self, ctx: SectionContext, index: int) -> SectionMatch | None:
        """:meth:`match` for a block :meth:`test` has passed."""
        if ctx.open_kind is _CONTACT:
            return None
        shape = _fitting_candidate(ctx, index)
        if shape is None:
            return None
        text = ctx.blocks[index].text.strip()
        if (
            shape is _SENTENCE_CASE
            and not _has_company(ctx, index)
            and not h.ASKS.match(text)
            and not _over_list(ctx, index)
        ):
            # a lone sentence-case line is as likely a caption as a subhead, unless it asks
            # what a reader wants to know ("How to protect your vehicle") or heads a list
            # ("Faits saillants" over bullets): no caption does
            return None
        kind, org = h.classify(text)
        return _whole(ctx, index, text, kind, org)


def _candidate(ctx: SectionContext, index: int) -> h.Shape | None:
    """The shape of block ``index`` when it stands alone as a title line before content."""
    return _fitting_candidate(ctx, index) if _line_fits(ctx.blocks[index]) else None


def _fitting_candidate(ctx: SectionContext, index: int) -> h.Shape | None:
    """:func:`_candidate` of a block that fits a title line (:func:`_line_fits`).

    A title line is short, title-like (no closing period, not a date, a caption or chrome),
    stands alone (the line before ends its sentence) and is followed by running text that
    does not carry on its sentence. A two-word line in sentence case ("Local hiring") counts
    only in a group of its own, with blank lines on both sides, or between lines too long
    for wrapped prose (a text printing one paragraph to a line, with no blank lines).
    """
    block = ctx.blocks[index]
    if not _may_be_titled(block.text):
        return None
    if not _stands_alone(ctx, index):
        return None  # (cheaper than the title tests, so asked first)
    shape = h.title_like(block.text)
    if (
        shape is None
        and short_subhead(block.text)
        and (_own_group(ctx, index) or _between_unwrapped(ctx, index))
    ):
        shape = _SENTENCE_CASE
    if shape is None:
        return None
    nxt = _next_block(ctx, index)
    if nxt is None:
        return None
    # a line in capitals set apart by blank lines heads whatever follows it ("ON BEHALF OF
    # THE BOARD OF DIRECTORS" over a signature), as a label alone on its line does
    set_apart = shape is _CAPS and _own_group(ctx, index)
    # (a sentence-case line asks for prose after it, or a list: "Key features" / "- ...")
    strict = shape is _SENTENCE_CASE and nxt.kind is not _LIST_ITEM
    if not set_apart and not _content_follows(nxt, strict=strict):
        return None
    if nxt.text[:1].islower() or broken_off(block.text, nxt.text):
        return None  # the line was broken off a sentence that goes on
    if (
        not set_apart
        and ":" not in nxt.text
        and h.title_like(nxt.text) is not None
        and not _heads_list(ctx, index)
    ):
        return None  # two title lines in a row: a menu or a listing
    return shape


def _over_list(ctx: SectionContext, index: int) -> bool:
    """True when the block after block ``index`` is an item of a list."""
    nxt = _next_block(ctx, index)
    return nxt is not None and nxt.kind is _LIST_ITEM


def _heads_list(ctx: SectionContext, index: int) -> bool:
    """True when block ``index`` is printed right over a list of two items or more, none of
    them chrome: a heading over the list it names ("Participating Branches" / "- Kirn
    Memorial Library"), whose items may be title-like lines themselves."""
    items = ctx.blocks[index + 1 : index + 3]
    group = ctx.blocks[index].group
    return (
        len(items) == 2
        and items[0].group in (group, group + 1)  # right under it, or past a blank line
        and all(
            b.kind is _LIST_ITEM and b.group == items[0].group and not h.is_chrome(b.text)
            for b in items
        )
    )


def _own_group(ctx: SectionContext, index: int) -> bool:
    """True when block ``index`` has blank lines (or paragraph breaks) on both sides."""
    group = ctx.blocks[index].group
    before = index == 0 or ctx.blocks[index - 1].group != group
    after = index + 1 >= len(ctx.blocks) or ctx.blocks[index + 1].group != group
    return before and after


def _between_unwrapped(ctx: SectionContext, index: int) -> bool:
    """True when the lines on both sides of block ``index`` are longer than any line of
    wrapped prose: whole paragraphs, one to a line, where a short line cannot be the end of
    a wrapped one."""
    blocks = ctx.blocks
    return (
        0 < index < len(blocks) - 1
        and len(blocks[index - 1].text) > WRAP_MAX_WIDTH
        and len(blocks[index + 1].text) > WRAP_MAX_WIDTH
    )


def _has_company(ctx: SectionContext, index: int) -> bool:
    """True when the body has another subhead: marked up, or another title line."""
    for j, block in enumerate(ctx.blocks):
        if j == index or block.kind is _RULE:
            continue
        if (block.kind is _HEADING or block.bold) and len(block.text) <= 120:
            return True
        if j > 0 and len(block.text) <= h.MAX_HEADING_CHARS and _candidate(ctx, j) is not None:
            return True
    return False


def _next_block(ctx: SectionContext, index: int) -> Block | None:
    blocks = ctx.blocks
    for j in range(index + 1, len(blocks)):
        if blocks[j].kind is not _RULE:
            return blocks[j]
    return None


def _stands_alone(ctx: SectionContext, index: int) -> bool:
    """The line before ends its sentence (a wrapped line is not a heading)."""
    if index == 0:
        return True
    prev = ctx.blocks[index - 1]
    kind = prev.kind
    if kind is _HEADING:
        return False  # the text a heading was run into, or a second heading line
    if kind is _RULE or kind is _LIST_ITEM:
        return True  # (a line after a rule or a list stands alone)
    text = prev.text
    if len(text) <= h.CHROME_MAX_CHARS and h.is_chrome(text):
        return False  # "Read more..." between the entries of a listing page
    last = text.rstrip()[-1:]  # (read once for both tests of its end below)
    if last == ":":
        return False  # an item of the list a lead-in line introduces
    if h.is_attribution(text):
        return True  # "Jane Roe, CEO of Acme" closes the quotation above it
    # (h.ends_sentence, told from the last character)
    return last in h.SENTENCE_ENDS and h.title_like(text) is None


def _content_follows(block: Block, *, strict: bool = False) -> bool:
    """What comes after a heading: prose, a list, or (loosely) a "Label: value" line."""
    text = block.text
    if h.is_date_line(text) or h.is_chrome(text):
        return False
    if h.is_prose(text):
        return True
    if strict:
        return False
    if block.kind is _LIST_ITEM:
        return True
    label, sep, value = text.partition(":")
    value = value.strip()
    return bool(sep) and 0 < len(label.split()) <= 4 and bool(value) and not h.is_date_line(value)


#: The built-in parsers with their names and priorities (see the table above).
BUILTINS: Final[tuple[tuple[str, float, SectionParser], ...]] = (
    ("about", 90, AboutHeading()),
    ("boilerplate", 80, BoilerplateHeading()),
    ("contact", 70, ContactLabel()),
    ("markup", 50, MarkupHeading()),
    ("label", 40, LabelHeading()),
    ("title_line", 30, TitleLine()),
)


#: The built-in parser classes, each with a ``test``.
_TESTED: Final = (
    AboutHeading,
    BoilerplateHeading,
    ContactLabel,
    MarkupHeading,
    LabelHeading,
    TitleLine,
)


def cheap_test(parser: SectionParser) -> Callable[[Block], bool] | None:
    """The cheap test of a built-in ``parser``: false for a block its ``match`` declines.

    ``None`` for any other parser, a subclass of a built-in one included (its ``match``
    may accept what the built-in declines): such a parser is asked about every block.
    """
    if isinstance(parser, _TESTED) and type(parser) in _TESTED:
        return parser.test
    return None


def match_after_test(parser: SectionParser) -> Callable[[SectionContext, int], SectionMatch | None]:
    """What to call on a block :func:`cheap_test` passed: the ``match_tested`` of a built-in
    parser with a cheap test (its ``match`` without the test again), else ``match``."""
    if isinstance(parser, _TESTED) and type(parser) in _TESTED:
        return parser.match_tested
    return parser.match


#: The built-in parser classes (an instance of a subclass is not a built-in parser).
_BUILTIN_CLASSES: Final = frozenset(_TESTED)


def is_builtin(parser: SectionParser) -> bool:
    """True for an instance of one of the built-in parser classes (not of a subclass)."""
    return type(parser) in _BUILTIN_CLASSES


def no_builtin_answers(block: Block) -> bool:
    """True for a block longer than a heading that no built-in parser answers for.

    Most blocks of a body are such paragraphs; this tests one for every built-in parser at
    once: it is too long for an "About", boilerplate or marked-up heading, does not end with
    a colon as a label does, is not a line that fits a title line, and opens with no contact
    label (so :func:`builtins_that_may_answer` gives it no bit, which is how the sections
    stage tells it). NOTE: keep in sync with the parsers' ``match`` (a unit test checks it
    on the fixtures).
    """
    text = block.text
    return (
        len(text) > h.MAX_HEADING_CHARS
        and not text.rstrip().endswith(":")
        and not _line_fits(block)
        and vocab.contact_label(text) is None
    )


#: The bit of each built-in parser class with a cheap test in what
#: :func:`builtins_that_may_answer` returns.
_ABOUT_BIT: Final = 1
_BOILERPLATE_BIT: Final = 2
_MARKUP_BIT: Final = 4
_LABEL_BIT: Final = 8
_TITLE_LINE_BIT: Final = 16
_CONTACT_BIT: Final = 32
_TEST_BITS: Final = {
    AboutHeading: _ABOUT_BIT,
    BoilerplateHeading: _BOILERPLATE_BIT,
    ContactLabel: _CONTACT_BIT,
    MarkupHeading: _MARKUP_BIT,
    LabelHeading: _LABEL_BIT,
    TitleLine: _TITLE_LINE_BIT,
}

#: One more than the greatest value :func:`builtins_that_may_answer` returns.
TEST_BIT_COMBINATIONS: Final = 64


def cheap_test_bit(parser: SectionParser) -> int | None:
    """The bit standing for ``parser`` in :func:`builtins_that_may_answer`: ``None`` when
    it has no cheap test (:func:`cheap_test`), so is asked about every block."""
    return _TEST_BITS[type(parser)] if cheap_test(parser) is not None else None


def builtins_that_may_answer(block: Block) -> int:
    """The built-in parsers whose cheap test ``block`` passes, told in one pass.

    One bit (:func:`cheap_test_bit`) for each built-in parser class with a cheap test, set when
    its ``test(block)`` is true; the same as asking each test in turn, without the calls.
    NOTE: keep in sync with the parsers' ``test`` (a unit test checks it).
    """
    kind = block.kind
    if kind is _RULE:
        return 0  # (every cheap test turns a rule away)
    text = block.text
    bits = _LABEL_BIT if text.rstrip().endswith(":") else 0
    # (most blocks open with two letters no contact label opens with: told here, no call)
    if text[:2] not in _NO_LABEL_HEADS and vocab.contact_label(text) is not None:
        bits |= _CONTACT_BIT
    if len(text) > h.MAX_HEADING_CHARS:  # too long for all but a label, a title line or
        return bits | _TITLE_LINE_BIT if _line_fits(block) else bits  # a contact label
    lowered = text.lower()
    if len(text) <= _CONTACT_LINE_CHARS and _may_label_contacts(text, lowered):
        bits |= _CONTACT_BIT
    head = text.lstrip()[:2]  # (_may_open_about, written out)
    if head in _ABOUT_PAIRS or (head[:1] in _ABOUT_SPACED and head[1:2].isspace()):
        bits |= _ABOUT_BIT
    if h.may_name_boilerplate(text, lowered):
        bits |= _BOILERPLATE_BIT
    if kind is _HEADING or block.bold:
        bits |= _MARKUP_BIT
    if kind is _PARAGRAPH or kind is _LINE:
        bits |= _TITLE_LINE_BIT  # (short enough for a title line: see _line_fits)
    return bits


def new_section_registry() -> Registry[SectionParser]:
    """Return an empty registry that checks every parser registered in it."""
    return Registry(validator=_validate)


def default_section_parsers() -> Registry[SectionParser]:
    """Return a **new** registry holding the built-in section parsers.

    Each call builds a fresh registry, so changing one never changes another (there is no
    global registry).
    """
    reg = new_section_registry()
    for name, priority, parser in BUILTINS:
        reg.register(parser, name=name, priority=priority)
    return reg
