"""The personal names a release prints, for resolving surnames, first names and pronouns.

Every run of name words in the release's prose is a *mention*; mentions of two words or
more are *full names*. A mention is *introduced* when a title stands next to it ("Mayor Ann
Lee", "Ann Lee, CEO of Acme", "Lee is the chief executive"): those are the people a "he" or
"she" may stand for. Names printed in title-case lines (the headline, subheads) are kept as
a fallback only, since a title-case line runs verbs and nouns into names ("Acme Appoints
Ann Lee").
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from typing import Final

import attrs
import regex

from pressparse._name_tokens import Kind, Run, Token, find_runs, tokenize
from pressparse._name_vocab import fold

__all__ = ["NameIndex", "PersonName", "PronounScope", "build_name_index"]

#: How many names before a pronoun are looked at for the person it stands for.
PRONOUN_REACH: Final = 200

# An offset past any quotation's end, for bisecting (start, end) pairs by start.
_NO_END: Final = 1 << 62

#: A capitalized word this short ending in a period is an abbreviation ("Gov.", "Capt.").
ABBREVIATION_CHARS: Final = 5

#: How many tokens before a name may hold its title ("Chief Deputy District Attorney").
TITLE_REACH: Final = 5

#: How many tokens after "Name," may hold the title that introduces the person.
INTRO_REACH: Final = 6

# The verbs that introduce a person by a title after the name: "Ann Lee is the CEO".
_IS: Final = frozenset({"is", "was", "serves", "served", "became", "becomes", "joined", "as"})

# Words that open a clause after a name rather than a title: "Ann Lee, who ...".
_RELATIVE: Final = frozenset({"who", "whose", "which", "that", "where", "when"})


@attrs.frozen(kw_only=True)
class PersonName:
    """A personal name printed in a release: as printed, its folded words, and where."""

    text: str
    words: tuple[str, ...]  #: folded name words, particles included, initials kept
    position: int
    weak: bool = False  #: printed in a title-case line, where names are unreliable
    title: str | None = None  #: the title printed next to it ("chief executive of Acme")
    titles: frozenset[str] = frozenset()  #: the title words printed next to it

    @property
    def introduced(self) -> bool:
        """True when a title stands next to the name: the release introduces the person."""
        return bool(self.titles)

    subject: bool = False  #: it opens its sentence ("Ray says ...", "Mayor Ann Lee is ...")


def name_words(text: str) -> tuple[str, ...]:
    """The folded words of a name: "Ravi K. Ostrum" -> ("ravi", "k", "ostrum")."""
    return tuple(fold(t.text).replace(".", "") for t in tokenize(text) if t.kind is not Kind.PUNCT)


def _matches(person: PersonName, words: tuple[str, ...]) -> bool:
    """True when ``person`` is a fuller form of ``words`` (same ends, or same tail)."""
    if len(person.words) < len(words):
        return False
    if person.words[-len(words) :] == words:
        return True
    return (person.words[0], person.words[-1]) == (words[0], words[-1])


@attrs.frozen(kw_only=True)
class PronounScope:
    """What a pronoun may refer to: the people quoted so far, the paragraph it stands in
    (whose sentence subjects count), and the quotations (whose names do not), in order."""

    quoted_people: frozenset[str] = frozenset()
    paragraph_start: int | None = None
    quotations: tuple[tuple[int, int], ...] = ()

    def in_quotation(self, mention: PersonName) -> bool:
        """True when ``mention`` stands inside one of the quotations."""
        i = bisect.bisect_right(self.quotations, (mention.position, _NO_END)) - 1
        return i >= 0 and self.quotations[i][0] <= mention.position < self.quotations[i][1]


def _same_person(mention: PersonName, words: tuple[str, ...], index: NameIndex) -> bool:
    """True when ``mention`` names the person whose full name has ``words``."""
    if mention.words == words:
        return True
    return name_words(index.full_name(mention.text, mention.position)) == words


def _by_word(names: tuple[PersonName, ...], at: int) -> dict[str, tuple[PersonName, ...]]:
    """Group full names by their word at ``at`` (0: first name, -1: surname)."""
    groups: dict[str, list[PersonName]] = {}
    for person in names:
        groups.setdefault(person.words[at], []).append(person)
    return {word: tuple(group) for word, group in groups.items()}


@attrs.frozen(kw_only=True)
class NameIndex:
    """The personal names printed in a release, in order.

    ``names`` are the full names (two words or more), ``mentions`` every name printed.
    """

    names: tuple[PersonName, ...] = ()
    mentions: tuple[PersonName, ...] = ()
    _by_last: dict[str, tuple[PersonName, ...]] = attrs.field(init=False, eq=False, repr=False)
    _by_first: dict[str, tuple[PersonName, ...]] = attrs.field(init=False, eq=False, repr=False)
    _introduced: frozenset[tuple[str, ...]] = attrs.field(init=False, eq=False, repr=False)
    _positions: tuple[int, ...] = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_positions", tuple(m.position for m in self.mentions))
        object.__setattr__(self, "_by_last", _by_word(self.names, -1))
        object.__setattr__(self, "_by_first", _by_word(self.names, 0))
        people = frozenset(
            name_words(self.full_name(p.text, p.position)) for p in self.mentions if p.introduced
        )
        object.__setattr__(self, "_introduced", people)

    def _best(self, found: list[PersonName], position: int) -> PersonName | None:
        """Prefer prose over title lines, then the fullest form, then the nearest before."""
        found = [p for p in found if not p.weak] or found
        if not found:
            return None
        before = [p for p in found if p.position <= position]
        pool = before or found
        longest = max(len(p.words) for p in pool)
        pool = [p for p in pool if len(p.words) == longest]
        return max(pool, key=lambda p: p.position) if before else pool[0]

    def full_name(self, name: str, position: int) -> str:
        """Return the fullest form of ``name`` the release prints (``name`` if none).

        A surname or a first name alone resolves to the full name that ends or starts with
        it, the one printed last before ``position`` when several do; a full name gains
        the middle names or initials printed elsewhere ("Ann Lee" -> "Ann B. Lee").
        """
        best = self.lookup(name, position)
        return best.text if best is not None else name

    def lookup(self, name: str, position: int) -> PersonName | None:
        """Return the full name :meth:`full_name` gives ``name``, as printed, or ``None``."""
        words = name_words(name)
        if not words:
            return None
        candidates = self._by_last.get(words[-1], ())
        if len(words) >= 2:
            found = [p for p in candidates if _matches(p, words)]
        else:
            found = list(candidates) or list(self._by_first.get(words[0], ()))
        return self._best(found, position)

    def person_before(self, position: int, scope: PronounScope | None = None) -> str | None:
        """Return the full name of the person a "he" or "she" at ``position`` stands for.

        That is the person mentioned last before ``position`` among those the release
        introduces with a title, those quoted so far and those a sentence of the same
        paragraph opens with (``scope``); names inside quotations do not count. Only the
        last :data:`PRONOUN_REACH` names before ``position`` are looked at.
        """
        scope = scope or PronounScope()
        quoted = {name_words(name) for name in scope.quoted_people}
        end = bisect.bisect_left(self._positions, position)
        for mention in reversed(self.mentions[max(0, end - PRONOUN_REACH) : end]):
            if mention.weak or scope.in_quotation(mention):
                continue
            full = self.full_name(mention.text, mention.position)
            start = scope.paragraph_start
            if mention.subject and start is not None and mention.position >= start:
                return full
            words = name_words(full)
            if words in quoted or (len(words) >= 2 and words in self._introduced):
                return full
        return None

    def title_of(self, name: str, position: int) -> str | None:
        """Return the title the release introduces ``name`` (a full name) with, the one
        printed nearest before ``position`` (else the first after)."""
        words = name_words(name)
        titled = [
            p for p in self.mentions if p.title and not p.weak and _same_person(p, words, self)
        ]
        before = [p for p in titled if p.position <= position]
        chosen = before[-1] if before else (titled[0] if titled else None)
        return chosen.title if chosen is not None else None

    def person_titled(self, titles: frozenset[str], position: int) -> str | None:
        """Return the person last introduced before ``position`` with all of ``titles``
        ("the chief executive" -> the person printed as "Ann Lee, chief executive")."""
        end = bisect.bisect_left(self._positions, position)
        for mention in reversed(self.mentions[:end]):
            if titles and titles <= mention.titles and not mention.weak:
                return self.full_name(mention.text, mention.position)
        return None

    def from_initials(self, initials: str, position: int) -> str | None:
        """Return the person whose initials or first name read ``initials`` ("JD")."""
        key = initials.lower()
        found = [
            p for p in self.names if p.words[0] == key or "".join(w[:1] for w in p.words) == key
        ]
        best = self._best(found, position)
        return best.text if best is not None else None


def _before_range(tokens: tuple[Token, ...], first: int) -> int:
    """Where the title printed right before a name starts ("Lake County Sheriff Tom Ode"
    -> "Lake"); ``first`` itself when there is none. Capitalized words before the title
    words belong to it ("Tarn Valley Water President")."""
    start = first - 1 if first > 0 and tokens[first - 1].text == "," else first
    edge = start  # "Acme President, Ann Lee": the comma between title and name
    for i in range(edge - 1, max(-1, edge - TITLE_REACH - 1), -1):
        token = tokens[i]
        if token.kind is not Kind.TITLE or _ends_sentence(token):
            break
        start = i
    if start == edge:
        return first
    for i in range(start - 1, max(-1, start - TITLE_REACH - 1), -1):
        token = tokens[i]
        if token.kind not in (Kind.NAME, Kind.ORG, Kind.ACRONYM) or _ends_sentence(token):
            break
        start = i
    return start


def _ends_sentence(token: Token) -> bool:
    """True for a word closing a sentence ("executive."), not an abbreviation ("Gov.")."""
    text = token.text
    return text.endswith(".") and (text[:1].islower() or len(text) > ABBREVIATION_CHARS)


def _after_range(tokens: tuple[Token, ...], run: Run) -> tuple[int, int]:
    """The tokens of the title printed right after a name, up to the next punctuation:
    "Ann Lee, the chief executive", "Ann Lee is the chief", "named Ann Lee chief
    executive". Empty when no title word stands there."""
    start = run.last + 1
    if _ends_sentence(tokens[run.last]):
        return start, start
    if start < len(tokens) and not _named_as(tokens, run):
        if tokens[start].text != "," and fold(tokens[start].text) not in _IS:
            return start, start
        start += 1
    if start < len(tokens) and fold(tokens[start].text) in _RELATIVE:
        return start, start  # "Ann Lee, who joined in May": a clause, not a title
    end = start
    while end < len(tokens) and tokens[end].text not in _TITLE_END:
        end += 1  # the title runs to the next punctuation: "... Vice President of Sales"
        if _ends_sentence(tokens[end - 1]):
            break
    if not any(t.kind is Kind.TITLE for t in tokens[start : min(end, start + INTRO_REACH)]):
        return start, start
    return start, end


def _introduction(
    text: str, tokens: tuple[Token, ...], run: Run
) -> tuple[str | None, frozenset[str]]:
    """The title printed with a name (after it first, else before it) and its title words."""
    first, last = _after_range(tokens, run)
    before = _before_range(tokens, run.first)
    words = frozenset(
        fold(t.text)
        for t in (*tokens[before : run.first], *tokens[first:last])
        if t.kind is Kind.TITLE
    )
    if last > first:
        return _clean_title(text[tokens[first].start : tokens[last - 1].end]), words
    if before < run.first and not all(
        fold(t.text) in _HONORIFICS for t in tokens[before : run.first]
    ):
        return _clean_title(text[tokens[before].start : tokens[run.first - 1].end]), words
    return None, words


def _clean_title(title: str) -> str | None:
    """A title without the punctuation and article around it: ", the chief," -> "chief"."""
    title = _TITLE_ARTICLE.sub("", title.strip(" ,;:"))
    if title.endswith(".") and not _ABBREVIATED_END.search(title):
        title = title[:-1]  # the period of the sentence, not of "Inc."
    return title or None


# Honorifics, which say a name is a person's but give no title: "Mr.", "Dr.".
_HONORIFICS: Final = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", ","})

# An article opening a title: "the chief executive", "a senior partner".
_TITLE_ARTICLE: Final = regex.compile(
    r"^(?:(?i:the|a|an)\s+|(?:el|la|los|las|le|les|der|die|das)\s+(?=\p{Ll}))"
)

# A title ending in an abbreviation, whose period stays: "... of Acme Inc.", "U.S.".
_ABBREVIATED_END: Final = regex.compile(r"(?:\b\p{Lu}\p{L}{0,3}|\p{Lu})\.$")

# Punctuation that ends a title printed after a name (an apostrophe does not).
_TITLE_END: Final = frozenset({",", ";", ":", ".", "(", ")", "—", "–", "“", "”", '"', "!", "?"})

# Verbs of saying and thinking whose subject a later "he" or "she" likely means.
_SAYING: Final = frozenset(
    {"says", "said", "adds", "added", "explains", "explained", "notes", "noted", "recalls",
     "recalled", "remembers", "remembered", "laughs", "laughed", "thinks", "thought",
     "believes", "believed", "agrees", "agreed", "admits", "admitted", "tells", "told",
     "continues", "continued", "jokes", "joked", "smiles", "smiled", "insists", "insisted",
     "argues", "argued", "describes", "described", "calls", "called", "wrote", "writes"}
)  # fmt: skip

# A run of white space inside a name broken over two lines.
_SPACES: Final = regex.compile(r"\s+")

# Marks after which a new sentence starts.
_SENTENCE_END: Final = frozenset({".", "!", "?", "”", '"', ":"})


def _opens_sentence(tokens: tuple[Token, ...], run: Run) -> bool:
    """True when the run is the subject of a verb of saying or thinking that opens its
    sentence: only titles and capitalized modifiers stand before it, the verb right after
    it ("Ray says ...", "Sales Director Ann Lee recalls ...")."""
    nxt = tokens[run.last + 1] if run.last + 1 < len(tokens) else None
    if nxt is None or fold(nxt.text) not in _SAYING:
        return False
    for token in reversed(tokens[: run.first]):
        if token.text in _SENTENCE_END or token.text.endswith("."):
            return token.kind is not Kind.TITLE or not token.text.endswith(".")
        if token.kind not in (Kind.TITLE, Kind.NAME, Kind.ORG, Kind.STOP):
            return False
    return True


def _named_as(tokens: tuple[Token, ...], run: Run) -> bool:
    """True for a full name after a verb and right before a lower-case title: "named Ann
    B. Lee chief executive" (a run a speaker phrase reads as a modifier). Not a modifier
    that introduces the name after it: "Acme executive director, Ann Lee"."""
    nxt = tokens[run.last + 1] if run.last + 1 < len(tokens) else None
    lower_title = nxt is not None and nxt.kind is Kind.TITLE and nxt.text[:1].islower()
    if not lower_title or run.size(tokens) < 2 or tokens[run.last].possessive:
        return False
    if run.first == 0 or tokens[run.first - 1].kind is not Kind.LOWER:
        return False
    end = run.last + 1
    while end < len(tokens) and tokens[end].kind is Kind.TITLE:
        end += 1
    appositive = end + 1 < len(tokens) and tokens[end].text == ","
    return not (appositive and tokens[end + 1].kind in (Kind.NAME, Kind.INITIAL))


def _person(text: str, tokens: tuple[Token, ...], run: Run, offset: int, weak: bool) -> PersonName:
    start, end = tokens[run.first].start, tokens[run.last].end
    shown = text[start:end]
    if shown.endswith(".") and tokens[run.last].kind is Kind.NAME:
        shown = shown[:-1]
    shown = _SPACES.sub(" ", shown)
    words = tuple(
        fold(t.text).replace(".", "")
        for t in tokens[run.first : run.last + 1]
        if t.kind is not Kind.PUNCT
    )
    title, titles = _introduction(text, tokens, run)
    return PersonName(
        text=shown,
        words=words,
        position=offset + start,
        weak=weak,
        title=title,
        titles=titles,
        subject=_opens_sentence(tokens, run),
    )


def build_name_index(pieces: Iterable[tuple[str, int, bool]]) -> NameIndex:
    """Collect the personal names printed in ``pieces`` of text.

    Each piece is its text, its offset in the document, and whether it is a title-case
    line (a headline or a subhead), whose names are kept as a fallback only.
    """
    names: list[PersonName] = []
    mentions: list[PersonName] = []
    for text, offset, weak in pieces:
        tokens = tokenize(text)
        for run in find_runs(tokens):
            # a title line prints "Acme Names Ann Lee Chief Executive": keep the name
            headline_name = weak and run.size(tokens) >= 2
            if run.modifier and not _named_as(tokens, run) and not headline_name:
                continue
            person = _person(text, tokens, run, offset, weak)
            mentions.append(person)
            if run.size(tokens) >= 2:
                names.append(person)
    return NameIndex(names=tuple(names), mentions=tuple(mentions))
