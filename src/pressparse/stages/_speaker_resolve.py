"""Resolving a speaker phrase to the speaker a release means.

"said Doe" -> the full name printed elsewhere ("Jane A. Doe"); "he said" -> the person
introduced or quoted last before the quotation; "JD added" -> the person with those
initials; "the company said" -> the issuer. Also builds the release's name index.
"""

from __future__ import annotations

import operator
from itertools import compress, islice
from typing import Final, NamedTuple

import regex

from pressparse._name_index import name_words
from pressparse.document import Block, BlockKind
from pressparse.model import Span, Speaker
from pressparse.names import (
    _IMPLIED,
    _INITIALS,
    _ISSUER,
    _ORGANIZATION,
    _PERSON,
    _PRONOUN,
    _ROLE,
    NameIndex,
    PronounScope,
    SpeakerPhrase,
    role_titles,
    title_organization,
)
from pressparse.stages._attribution import Cue
from pressparse.stages._issuer import issuer_of
from pressparse.stages._org_names import (
    SPOKESPERSON_WORDS,
    company_before,
    is_ordinary_word,
    names_issuer,
    organization_by_head,
    printed_words,
    prints_word,
    spokesperson_organization,
)
from pressparse.stages.state import ParseState

__all__ = ["Context", "IndexOnce", "name_index", "resolve", "speaker_of"]

# An enum member read in hot code, bound once (the speaker kinds are bound in
# pressparse.names): on Python 3.11 reading it off its class is ten times slower.
_HEADING: Final = BlockKind.HEADING


# Pronouns that stand for one person.
_HE_SHE: Final = frozenset({"he", "she", "él", "ella", "il", "elle", "er", "sie"})

# Kinds of phrases that stand for a person, whose introduction may give the title. A
# tuple, not a set: a kind is found in it by identity (an enum member hashes in Python).
_PEOPLE: Final = (_PERSON, _PRONOUN, _INITIALS, _ROLE, _IMPLIED)

# The nouns by which a release calls its issuer whatever its name: "the company said".
_ISSUER_NOUNS: Final = frozenset(
    {"company", "firm", "business", "organization", "organisation", "group", "bank", "agency"}
)

# A title that is only an honorific: "Mr.", "Dr", "Ms.".
_HONORIFIC_ONLY: Final = regex.compile(
    r"^(?:mr|mrs|ms|miss|mx|dr|prof|sir|dame|sr|sra)\.?$", regex.IGNORECASE
)

#: Up to this many characters in all, a release's text is searched for each word asked
#: about; past them it is read whole into a set of its words. A search (``str.find``)
#: costs a small fraction of reading every word, and a release asks about a few words.
SCAN_CHARS: Final = 1_000_000

# The first character of a word.
_FIRST: Final = operator.itemgetter(0)

#: A line of up to this many words, most of them capitalized, is a title line.
TITLE_LINE_WORDS: Final = 25
#: The share of capitalized words that makes a line a title line.
TITLE_LINE_SHARE: Final = 0.7
#: How many words of a block are split off first to tell a title line: enough for most
#: paragraphs to show one more word opening with a letter than a title line may have.
TITLE_LINE_SPLIT: Final = TITLE_LINE_WORDS + 5


class IndexOnce:
    """The release's name index, built on first use: a release whose quotations all go
    unattributed (or that has none) never pays for it. One per run of the stage. It reads
    the release's issuer on first use as well: most releases resolve no speaker by it."""

    __slots__ = ("_index", "_issuer", "_ordinary", "_scanned", "_state", "_words")

    def __init__(self, state: ParseState) -> None:
        self._state = state
        self._index: NameIndex | None = None
        self._words: frozenset[str] | None = None
        self._ordinary: dict[str, bool] = {}
        self._scanned = 0  # characters searched so far by :meth:`ordinary`
        self._issuer: tuple[str | None] | None = None  # (the issuer,) once read

    def issuer(self) -> str | None:
        """Return the release's issuer (:func:`issuer_of`), read the first time."""
        if self._issuer is None:
            self._issuer = (issuer_of(self._state),)
        return self._issuer[0]

    def get(self) -> NameIndex:
        """Return the index, building it the first time."""
        if self._index is None:
            self._index = name_index(self._state)
        return self._index

    def words(self) -> frozenset[str]:
        """Return the release's :func:`printed_words`, read the first time."""
        if self._words is None:
            self._words = printed_words(self._state.doc.text)
        return self._words

    def ordinary(self, word: str) -> bool:
        """True when the release prints ``word`` (folded) as a lower-case word of its own
        (:func:`is_ordinary_word`), remembered per word. The text is searched for the
        word while the searches stay within :data:`SCAN_CHARS` characters in all; after
        that it is read into its :meth:`words` once."""
        known = self._ordinary.get(word)
        if known is None:
            text = self._state.doc.text
            if self._words is None and self._scanned + len(text) <= SCAN_CHARS:
                self._scanned += len(text)
                known = len(word) >= 2 and word.isalpha() and prints_word(word, text)
            else:
                known = is_ordinary_word(word, self.words())
            self._ordinary[word] = known
        return known


class Context(NamedTuple):
    """What the stage knows about the release while it attributes quotations.

    The people quoted so far, the start of the paragraph read and the quotations found so
    far say whom a "he" or "she" may stand for at this point of the release
    (:attr:`pronouns`). A named tuple: the stage makes one for every paragraph with a
    quotation, and a pronoun is rarely resolved in it.
    """

    text: str
    names: IndexOnce
    quoted_people: frozenset[str] = frozenset()
    paragraph_start: int | None = None
    quotations: tuple[tuple[int, int], ...] = ()

    @property
    def issuer(self) -> str | None:
        """The organization that issued the release (read when first asked for)."""
        return self.names.issuer()

    @property
    def pronouns(self) -> PronounScope:
        """What a pronoun may refer to here."""
        return PronounScope(
            quoted_people=self.quoted_people,
            paragraph_start=self.paragraph_start,
            quotations=self.quotations,
        )


def resolve(
    phrase: SpeakerPhrase, span: Span, ctx: Context, *, anchor: int | None = None
) -> Speaker | None:
    """Turn a speaker phrase into a speaker with the full name the release prints.

    A pronoun stands for the person mentioned last before ``anchor`` (the quotation's
    start, so names inside the quotation do not count), else before the pronoun.
    """
    name = _name_of(phrase, span.start, ctx, anchor)
    if not name:
        return None
    if phrase.kind in _PEOPLE and _ordinary(name, ctx):
        return None  # "Trial Design", "Independent": words of the release, no one's name
    by_name = phrase.kind in (_PERSON, _ORGANIZATION)
    if by_name and phrase.title is None and names_issuer(name, ctx.issuer):
        return Speaker(name=ctx.issuer or name, span=span)  # "Northwind said": the issuer
    title, organization = phrase.title, phrase.organization
    if organization is not None and organization.lower() in _ISSUER_NOUNS:
        organization = ctx.issuer  # "the Company's vice president": the issuer's
    if title is None or _HONORIFIC_ONLY.match(title):
        title = None
        if phrase.kind in _PEOPLE:  # the title the release introduces the person with
            title = ctx.names.get().title_of(name, span.start)
            organization = organization or title_organization(title)
    shown = None if phrase.kind is _IMPLIED else span  # no subject printed
    return Speaker(name=name, title=title, organization=organization, span=shown)


def _name_of(phrase: SpeakerPhrase, position: int, ctx: Context, anchor: int | None) -> str | None:
    """The name a speaker phrase stands for, in full."""
    kind = phrase.kind
    name: str | None = phrase.name
    if kind is _PERSON:
        name = _full_name(phrase.name, position, ctx)
    elif kind in (_PRONOUN, _IMPLIED):
        limit = min(position, anchor) if anchor is not None else position
        he_she = kind is _IMPLIED or phrase.name.lower() in _HE_SHE
        name = ctx.names.get().person_before(limit, ctx.pronouns) if he_she else None
    elif kind is _INITIALS:
        name = ctx.names.get().from_initials(phrase.name, position) or phrase.name
    elif kind is _ISSUER:
        name = _issuer(phrase, position, ctx)
    elif kind is _ROLE:
        titles = role_titles(phrase.name)
        name = ctx.names.get().person_titled(titles, position) or phrase.organization
        if name is None and not titles.isdisjoint(SPOKESPERSON_WORDS):
            # "the spokesperson said", after "A spokesperson for Orrery Home said ..." or
            # "A department spokesperson said ..."
            name, head = spokesperson_organization(ctx.text, position)
            if head is not None:
                name = _organization_called(head, position, ctx)
    return name


def _ordinary(name: str, ctx: Context) -> bool:
    """True when every word of ``name`` is one the release prints in lower case."""
    words = name_words(name)
    return bool(words) and all(map(ctx.names.ordinary, words))


def _full_name(name: str, position: int, ctx: Context) -> str:
    """The full name the release prints for ``name``. A name printed only in title-case
    lines counts only when none of its words is an ordinary word the release prints in
    lower case ("Reports Fourth Quarter" beside "the fourth quarter")."""
    index = ctx.names.get()
    if index.printed_as_is(name):
        return name  # "said Ann Lee", printed in no other form: no sentence is read
    person = index.lookup(name, position)
    if person is None:
        return name
    if person.weak and any(ctx.names.ordinary(w) for w in person.words):
        return name
    return person.text


def _issuer(phrase: SpeakerPhrase, position: int, ctx: Context) -> str | None:
    """The organization "the company", "the office" or "the foundation" stands for."""
    return _organization_called(phrase.head, position, ctx)


# A public body or an officer, never "the company": "Attorney General Ann Lee", "Lake
# County Sheriff's Office".
_PUBLIC_BODY: Final = regex.compile(
    r"\b(?:Attorney|Office|Department|County|City|State|Police|Sheriff|Governor|Mayor"
    r"|Ministry|Commission|Agency|Court|Government|University|School|Hospital)\b"
)


def _organization_called(head: str | None, position: int, ctx: Context) -> str | None:
    """The organization the noun ``head`` ("company", "foundation") stands for: the issuer,
    unless the release names another organization of that kind before ``position``."""
    if head is None or head in _ISSUER_NOUNS:
        if head == "company" and (ctx.issuer is None or _PUBLIC_BODY.search(ctx.issuer)):
            # a release by no company (an attorney general's settlement): the company it
            # last named, with its legal suffix
            return company_before(ctx.text, position) or ctx.issuer
        return ctx.issuer
    if ctx.issuer is not None and head in ctx.issuer.lower():
        return ctx.issuer
    return organization_by_head(ctx.text, head, position) or ctx.issuer


def speaker_of(cue: Cue, offset: int, ctx: Context, *, anchor: int | None = None) -> Speaker | None:
    """The speaker a cue names; ``offset`` is where the cue's passage starts."""
    if cue.who is None:
        return None
    span = Span(start=offset + cue.start, end=offset + cue.end)
    return resolve(cue.who, span, ctx, anchor=anchor)


def _title_line(block: Block) -> bool:
    """True for a heading or a line written in title case ("Acme Names Ann Lee CEO")."""
    if block.kind is _HEADING or block.bold:
        return True
    if block.text.count(" ") >= 3 * TITLE_LINE_WORDS:
        return False  # a paragraph, however many of its words are numbers
    # the first letters of the words that open with one, but no more than one past
    # TITLE_LINE_WORDS: a paragraph is told by its first words, not read whole (and the
    # loops of ``map``, ``filter`` and ``islice`` run in C). The text is split only so far
    # at first: the rest, left whole, opens with the first letter of the next word.
    words = block.text.split(None, TITLE_LINE_SPLIT)
    initials = list(islice(filter(str.isalpha, map(_FIRST, words)), TITLE_LINE_WORDS + 1))
    if len(initials) <= TITLE_LINE_WORDS and len(words) > TITLE_LINE_SPLIT:
        opening = filter(str.isalpha, map(_FIRST, block.text.split()))
        initials = list(islice(opening, TITLE_LINE_WORDS + 1))
    if len(initials) > TITLE_LINE_WORDS:
        return False
    return sum(map(str.isupper, initials)) >= len(initials) * TITLE_LINE_SHARE


def _broken(last: Block, block: Block) -> bool:
    """True when a name is broken over two lines of one group ("... President Jane" /
    "Doe today announced ..."): the two are read as one piece."""
    return (  # the cheap tests first: splitting off the last word copies the rest
        last.group == block.group
        and block.text[:1].isupper()
        and last.text[-1:].isalpha()
        and last.text.rsplit(None, 1)[-1][:1].isupper()
    )


# A block's text, where it starts, and the last character of a text (read in C
# by ``map``).
_TEXT: Final = operator.attrgetter("text")
_START: Final = operator.attrgetter("span.start")
_LAST_CHAR: Final = operator.itemgetter(slice(-1, None))


def name_index(state: ParseState) -> NameIndex:
    """Index the personal names printed from the headline to the end of the body: one
    piece per block, but a name broken over two lines of one group is read in one piece.
    Whether a piece is a title line is worked out only if the index reads it."""
    first = state.headline_index if state.headline_index is not None else state.body_start
    blocks = state.doc.blocks[first : state.body_end]
    texts, starts = list(map(_TEXT, blocks)), list(map(_START, blocks))
    firsts, lasts = list(range(len(blocks))), list(range(len(blocks)))  # of each piece
    # Only a block ending in a letter may break a name (told in C); the few that do are
    # joined to the next, from the last one back, so each merge leaves the indices of
    # those before it as they were.
    ending = compress(range(len(blocks) - 1), map(str.isalpha, map(_LAST_CHAR, texts)))
    broken = [i for i in ending if _broken(blocks[i], blocks[i + 1])]
    for i in reversed(broken):  # piece i takes in piece i + 1, from the last one back
        lasts[i] = lasts[i + 1]
        texts[i] = state.doc.text[starts[i] : blocks[lasts[i]].span.end]
        del texts[i + 1], starts[i + 1], firsts[i + 1], lasts[i + 1]
    return NameIndex.of_texts(
        texts, starts, lambda i: all(map(_title_line, blocks[firsts[i] : lasts[i] + 1]))
    )
