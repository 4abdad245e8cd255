"""The personal names one piece of a release prints, each with the title printed next to it.

Every run of name words in a piece of prose is a *mention*; mentions of two words or more
are *full names*. A mention is *introduced* when a title stands next to it ("Mayor Ann
Lee", "Ann Lee, CEO of Acme", "Lee is the chief executive"). Names printed in title-case
lines (the headline, subheads) are marked weak, since a title-case line runs verbs and
nouns into names ("Acme Appoints Ann Lee").
"""

from __future__ import annotations

import bisect
import functools
import operator
from collections.abc import Callable, Sequence
from typing import Final, TypeVar

import attrs
import regex

from pressparse._chars import char_offsets
from pressparse._name_tokens import (
    _ACRONYM,
    _INITIAL,
    _LOWER,
    _MAY_EXTEND,
    _NAME,
    _ORG,
    _PUNCT,
    _RUN_STARTS,
    _STOP,
    _TITLE,
    Run,
    Token,
    Tokens,
    find_runs,
    stretch_tokens,
)
from pressparse._name_vocab import TITLE_WORDS, fold

__all__ = [
    "NEAR_LIMIT",
    "PersonName",
    "SentenceNames",
    "may_name_by_initials",
    "may_title",
    "name_words",
    "near",
    "sentence_parts",
]

_T = TypeVar("_T")

# The kind of a token (read in C by ``map``).
_KIND: Final = operator.attrgetter("kind")

#: How many of the items a lookup may read (the sentences that print a name, or one
#: sentence's mentions of it) it reads from the release's start, where the release
#: introduces its people, and on either side of where it stands: a release that repeats
#: a name thousands of times is not read whole for each quotation.
LEAD_ITEMS: Final = 20
NEAR_ITEMS: Final = 40

#: How many items are read whole.
NEAR_LIMIT: Final = LEAD_ITEMS + 2 * NEAR_ITEMS


def near(items: Sequence[_T], at: int) -> Sequence[_T]:
    """The first :data:`LEAD_ITEMS` of ``items`` and the :data:`NEAR_ITEMS` on either side
    of index ``at``, in order (all of them when there are at most :data:`NEAR_LIMIT`)."""
    if len(items) <= NEAR_LIMIT:
        return items
    low = max(LEAD_ITEMS, at - NEAR_ITEMS)
    return [*items[:LEAD_ITEMS], *items[low : max(low, at + NEAR_ITEMS)]]


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


# The setters of PersonName's slots. They store a value past the frozen class's
# __setattr__, as object.__setattr__ does, without looking the field's name up each time.
_SLOTS: Final = PersonName.__dict__
_set_text: Final[Callable[[PersonName, str], None]] = _SLOTS["text"].__set__
_set_words: Final[Callable[[PersonName, tuple[str, ...]], None]] = _SLOTS["words"].__set__
_set_position: Final[Callable[[PersonName, int], None]] = _SLOTS["position"].__set__
_set_weak: Final[Callable[[PersonName, bool], None]] = _SLOTS["weak"].__set__
_set_title: Final[Callable[[PersonName, str | None], None]] = _SLOTS["title"].__set__
_set_titles: Final[Callable[[PersonName, frozenset[str]], None]] = _SLOTS["titles"].__set__
_set_subject: Final[Callable[[PersonName, bool], None]] = _SLOTS["subject"].__set__


def _person_name(
    text: str,
    words: tuple[str, ...],
    position: int,
    weak: bool,
    title: str | None,
    titles: frozenset[str],
    subject: bool,
) -> PersonName:
    """Return the :class:`PersonName` of these fields, built without attrs' ``__init__``
    (the class has no validators or converters): the same object at half the cost, for
    the mentions a lookup reads."""
    person = object.__new__(PersonName)
    _set_text(person, text)
    _set_words(person, words)
    _set_position(person, position)
    _set_weak(person, weak)
    _set_title(person, title)
    _set_titles(person, titles)
    _set_subject(person, subject)
    return person


#: How many names are remembered with their folded words (a release resolves the same
#: speakers' names again and again).
NAME_WORDS_CACHE: Final = 1 << 12


@functools.lru_cache(maxsize=NAME_WORDS_CACHE)
def name_words(text: str) -> tuple[str, ...]:
    """The folded words of a name: "Ravi K. Ostrum" -> ("ravi", "k", "ostrum")."""
    return tuple(
        fold(t.text).replace(".", "") for t in stretch_tokens(text) if t.kind is not _PUNCT
    )


def _before_range(tokens: tuple[Token, ...], first: int) -> int:
    """Where the title printed right before a name starts ("Lake County Sheriff Tom Ode"
    -> "Lake"); ``first`` itself when there is none. Capitalized words before the title
    words belong to it ("Tarn Valley Water President")."""
    start = first - 1 if first > 0 and tokens[first - 1].text == "," else first
    edge = start  # "Acme President, Ann Lee": the comma between title and name
    for i in range(edge - 1, max(-1, edge - TITLE_REACH - 1), -1):
        token = tokens[i]
        if token.kind is not _TITLE or _ends_sentence(token):
            break
        start = i
    if start == edge:
        return first
    for i in range(start - 1, max(-1, start - TITLE_REACH - 1), -1):
        token = tokens[i]
        if token.kind not in (_NAME, _ORG, _ACRONYM) or _ends_sentence(token):
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
    end, size = start, len(tokens)
    while end < size:  # the title runs to the next punctuation: "... Vice President of Sales"
        word = tokens[end].text
        if word in _TITLE_END:
            break
        end += 1
        # the word closes a sentence (as :func:`_ends_sentence` tells, read in place)
        if word.endswith(".") and (word[:1].islower() or len(word) > ABBREVIATION_CHARS):
            break
    if _TITLE not in map(_KIND, tokens[start : min(end, start + INTRO_REACH)]):
        return start, start
    return start, end


def _introduction(text: str, read: Tokens, run: Run) -> tuple[str | None, frozenset[str]]:
    """The title printed with a name (after it first, else before it) and its title words."""
    tokens = read.tokens
    first, last = _after_range(tokens, run)
    before = _before_range(tokens, run.first)
    if last == first and before == run.first:  # most names: no title on either side
        return None, frozenset()
    words = frozenset(
        fold(t.text) for t in (*tokens[before : run.first], *tokens[first:last]) if t.kind is _TITLE
    )
    if last > first:
        start, end = read.span(first, last - 1)
        return _clean_title(text[start:end]), words
    if before < run.first and not all(
        fold(t.text) in _HONORIFICS for t in tokens[before : run.first]
    ):
        start, end = read.span(before, run.first - 1)
        return _clean_title(text[start:end]), words
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

# A title ending in an abbreviation, whose period stays: "Gov.", "... of Acme Inc.",
# "U.S.". A short capitalized word after "of" is an organization's name, not one ("chief
# executive of Acme."): the period is the sentence's.
_ABBREVIATED_END: Final = regex.compile(
    r"""(?:\b(?:Inc|Co|Corp|Ltd|Bros|Jr|Sr|Esq|Intl|Dept|Assn|Univ|Cie|Pty|Plc)
    |\p{Lu}
    |(?<!\b(?:of|at|for|with|from|de|del|du|des)\s)\b\p{Lu}\p{L}{0,3})\.$""",
    regex.VERBOSE,
)

# Punctuation that ends a title printed after a name (an apostrophe does not).
_TITLE_END: Final = frozenset({",", ";", ":", ".", "(", ")", "—", "–", "“", "”", '"', "!", "?"})

# Verbs of saying and thinking whose subject a later "he" or "she" likely means.
_SAYING: Final = frozenset(
    {"says", "said", "adds", "added", "explains", "explained", "notes", "noted", "recalls",
     "recalled", "remembers", "remembered", "laughs", "laughed", "thinks", "thought",
     "believes", "believed", "agrees", "agreed", "admits", "admitted", "tells", "told",
     "continues", "continued", "jokes", "joked", "smiles", "smiled", "insists", "insisted",
     "argues", "argued", "describes", "described", "calls", "called", "wrote", "writes",
     "welcomed", "welcomes", "praised", "praises", "hailed", "hails", "applauded",
     "thanked", "thanks", "stressed", "emphasized", "emphasised", "acknowledged",
     # French and Spanish, the participle after "a" / "ha" or the simple past
     "salué", "souligné", "affirmé", "déclaré", "ajouté", "expliqué", "précisé", "indiqué",
     "remercié", "dit", "dijo", "afirmó", "señaló", "destacó", "agradeció", "explicó"}
)  # fmt: skip

# Auxiliaries of a compound past before a verb of saying: "has said", "a déclaré".
_AUXILIARIES: Final = frozenset({"has", "have", "had", "a", "ha"})

# Lower-case words a title before a name may hold: "The mayor of Laval", "la mairesse de".
_TITLE_LINKS: Final = frozenset({"of", "for", "at", "the", "de", "du", "des", "del", "la", "le"})

# A run of white space inside a name broken over two lines. Every white space character
# but the space is unprintable to ``str.isprintable``, so a printable name with no two
# spaces in a row has none to collapse.
_SPACES: Final = regex.compile(r"\s+")

# Marks after which a new sentence starts.
_SENTENCE_END: Final = frozenset({".", "!", "?", "”", '"', ":"})


def _opens_sentence(tokens: tuple[Token, ...], run: Run) -> bool:
    """True when the run is the subject of a verb of saying or thinking that opens its
    sentence: only titles and capitalized modifiers stand before it, the verb right after
    it ("Ray says ...", "Sales Director Ann Lee recalls ..."), or a clause introducing the
    person ("Ray Ode, who fishes out of Stonington, was ...")."""
    after = run.last + 1
    nxt = tokens[after] if after < len(tokens) else None
    if nxt is None:
        return False
    if nxt.text == "," and _after_according(tokens, run):
        return True  # "According to Lt. Marcus Obi, ...", "Selon le directeur, Jean Roy, ..."
    if not _verb_of_saying_after(tokens, after):
        return False
    for token in reversed(tokens[: run.first]):
        if token.text in _SENTENCE_END or token.text.endswith("."):
            return token.kind is not _TITLE or not token.text.endswith(".")
        if token.kind not in (_TITLE, _NAME, _ORG, _STOP) and not (
            token.text == "," or fold(token.text) in _TITLE_LINKS
        ):
            return False  # (a title before the name may name its office: "The mayor of
            # Laval, Étienne Roy, ...")
    return True


def _verb_of_saying_after(tokens: tuple[Token, ...], after: int) -> bool:
    """True when a verb of saying or thinking follows a name at ``after``: right after it
    ("Ray says"), after an auxiliary ("Jean Roy a salué"), past an appositive's closing
    comma ("Étienne Roy, a salué"), or a "who" clause opens there ("Ray Ode, who ...")."""
    size = len(tokens)
    k = after
    if tokens[k].text == ",":
        if k + 1 < size and fold(tokens[k + 1].text) == "who":
            return True
        k += 1
    if k < size and fold(tokens[k].text) in _AUXILIARIES:
        k += 1
    return k < size and fold(tokens[k].text) in _SAYING


#: How many tokens may stand between "according to" and the speaker's name (a title).
ACCORDING_REACH: Final = 16


def _after_according(tokens: tuple[Token, ...], run: Run) -> bool:
    """True when the sentence opens with "according to" (French "selon", Spanish "según")
    and the run follows within :data:`ACCORDING_REACH` tokens, no sentence ending between:
    the person it names is the one the sentence reports."""
    first = run.first
    start = first
    while start > 0 and first - start < ACCORDING_REACH:
        token = tokens[start - 1]
        if token.text in _SENTENCE_END or (token.text.endswith(".") and token.kind is _LOWER):
            break
        start -= 1
    opening = fold(tokens[start].text) if start < first else ""
    if opening in {"selon", "según"}:
        return True
    return opening == "according" and start + 1 < first and fold(tokens[start + 1].text) == "to"


def _named_as(tokens: tuple[Token, ...], run: Run) -> bool:
    """True for a full name after a verb and right before a lower-case title: "named Ann
    B. Lee chief executive" (a run a speaker phrase reads as a modifier). Not a modifier
    that introduces the name after it: "Acme executive director, Ann Lee"."""
    nxt = tokens[run.last + 1] if run.last + 1 < len(tokens) else None
    lower_title = nxt is not None and nxt.kind is _TITLE and nxt.text[:1].islower()
    if not lower_title or not run.full(tokens) or tokens[run.last].possessive:
        return False
    if run.first == 0 or tokens[run.first - 1].kind is not _LOWER:
        return False
    end = run.last + 1
    while end < len(tokens) and tokens[end].kind is _TITLE:
        end += 1
    appositive = end + 1 < len(tokens) and tokens[end].text == ","
    return not (appositive and tokens[end + 1].kind in (_NAME, _INITIAL))


def _person(
    text: str, read: Tokens, run: Run, words: tuple[str, ...], offset: int, weak: bool
) -> PersonName:
    tokens = read.tokens
    start, end = read.span(run.first, run.last)
    shown = text[start:end]
    if shown.endswith(".") and tokens[run.last].kind is _NAME:
        shown = shown[:-1]
    if not shown.isprintable() or "  " in shown:  # else its only white space is single spaces
        shown = _SPACES.sub(" ", shown)
    title, titles = _introduction(text, read, run)
    subject = _opens_sentence(tokens, run)
    return _person_name(shown, words, offset + start, weak, title, titles, subject)


def _run_words(tokens: tuple[Token, ...], run: Run) -> tuple[str, ...]:
    """The folded words of a run: "Ravi K. Ostrum" -> ("ravi", "k", "ostrum")."""
    punct = _PUNCT
    return tuple(
        [
            fold(t.text).replace(".", "")
            for t in tokens[run.first : run.last + 1]
            if t.kind is not punct
        ]
    )


def may_title(tokens: tuple[Token, ...]) -> bool:
    """False when no mention of a sentence with these tokens has a title printed next to
    it, told without finding its names: :meth:`SentenceNames.titled_like` gives only
    mentions a title word stands next to, and the sentence holds none."""
    return _TITLE in map(_KIND, tokens)


def may_name_by_initials(tokens: tuple[Token, ...], key: str) -> bool:
    """False when :meth:`SentenceNames.names_by_initials` gives no name for ``key`` in a
    sentence with these tokens, told without finding its names. A full name opens with a
    token of a kind that opens a run (a name word or an initial), followed by one of a
    kind :data:`_MAY_EXTEND` holds (as every token :func:`find_runs` takes into a run past
    its first is); its words are its tokens folded, periods dropped; and the first letter
    of its first word is the first of ``key`` when that word or its initials read it."""
    size = len(tokens)
    for k, token in enumerate(tokens):
        if (
            token.kind in _RUN_STARTS
            and k + 1 < size
            and tokens[k + 1].kind in _MAY_EXTEND
            and fold(token.text).replace(".", "")[:1] == key[:1]
        ):
            return True
    return False


#: The longest stretch of one sentence read for names, in characters; real sentences of
#: releases are far shorter.
MAX_SENTENCE_CHARS: Final = 3_000


class SentenceNames:
    """The names one piece of text (a sentence) prints, read once.

    Every mention's folded words are known at once; a mention is built into a
    :class:`PersonName` (which reads the title printed next to it) only when asked for,
    so a lookup by a surname pays only for the names that carry it. ``offset`` is where
    the text starts in the document; ``weak`` says it is a title-case line (a headline or a
    subhead), whose names are kept as a fallback only.
    """

    __slots__ = (
        "_all", "_index", "_offset", "_people", "_read", "_runs", "_text", "full", "weak",
        "words",
    )  # fmt: skip

    def __init__(self, text: str, offset: int, weak: bool, read: Tokens | None = None) -> None:
        # A "sentence" past MAX_SENTENCE_CHARS is runaway text (a page flattened onto one
        # line, hostile input): only its start is read for names, so cost stays linear.
        text = text[:MAX_SENTENCE_CHARS]
        # ``read``: the tokens of ``text`` (so cut), when the caller has them already
        read = read if read is not None else Tokens(text)
        tokens = read.tokens
        runs: list[Run] = []
        full: list[bool] = []
        words: list[tuple[str, ...]] = []
        for run in find_runs(tokens, read.gap_before):
            first, last, modifier = run
            # a run of one token is one name word: no need to count
            two = last > first and run.full(tokens)
            # a title line prints "Acme Names Ann Lee Chief Executive": keep the name
            if not modifier or (weak and two) or _named_as(tokens, run):
                runs.append(run)
                full.append(two)
                if first == last:  # most runs are one word (a run opens with no mark)
                    words.append((fold(tokens[first].text).replace(".", ""),))
                else:
                    words.append(_run_words(tokens, run))
        self._text, self._offset, self._read, self._runs = text, offset, read, runs
        self.weak = weak
        #: the folded words of each mention, in order
        self.words = tuple(words)
        #: whether each mention is a full name (two name words or more)
        self.full = tuple(full)
        self._people: list[PersonName | None] = [None] * len(runs)
        self._all: tuple[PersonName, ...] | None = None
        self._index: dict[tuple[str, int], list[int]] | None = None

    def person(self, k: int) -> PersonName:
        """Mention ``k``, built the first time it is asked for."""
        found = self._people[k]
        if found is None:
            run = self._runs[k]
            found = self._people[k] = _person(
                self._text, self._read, run, self.words[k], self._offset, self.weak
            )
        return found

    def mentions(self) -> tuple[PersonName, ...]:
        """Every mention, in order."""
        if self._all is None:
            self._all = tuple(self.person(k) for k in range(len(self._runs)))
        return self._all

    def names(self) -> tuple[PersonName, ...]:
        """The mentions that are full names, in order."""
        return tuple(p for p, full in zip(self.mentions(), self.full, strict=True) if full)

    def mentions_like(
        self, words: tuple[str, ...], position: int | None = None
    ) -> list[PersonName]:
        """The mentions that may name the person whose full name has ``words``, in order:
        a lookup keeps a name's last word ("Bob Roe" -> "Robert Roe") and takes a single
        word for a surname or a first name ("Ann" -> "Ann Lee"), so a mention whose words
        fit neither way cannot be that person. A sentence of many mentions gives only
        those :func:`near` ``position``."""
        return [self.person(k) for k in self._like(words, position)]

    def titled_like(self, words: tuple[str, ...], position: int | None = None) -> list[PersonName]:
        """The mentions :meth:`mentions_like` gives that a title may be printed next to, in
        order: the others have no title and no title words (:func:`_introduction`), and
        are not built. A title printed with a name holds a title word right before the
        name (after a comma at most) or within :data:`INTRO_REACH` tokens after it (past a
        comma or "is" at most)."""
        tokens, runs = self._read.tokens, self._runs
        found: list[PersonName] = []
        for k in self._like(words, position):
            first, last, _ = runs[k]
            # the kinds of the tokens on either side, read in C (a kind is found by
            # identity: an enum member equals only itself)
            before = map(_KIND, tokens[max(0, first - 2) : first])
            after = map(_KIND, tokens[last + 1 : last + 2 + INTRO_REACH])
            if _TITLE in before or _TITLE in after:
                found.append(self.person(k))
        return found

    def _like(self, words: tuple[str, ...], position: int | None) -> Sequence[int]:
        """The indices of the mentions :meth:`mentions_like` gives, in order."""
        first, last = words[0], words[-1]
        if len(self.words) <= NEAR_LIMIT:
            return [
                k
                for k, mention in enumerate(self.words)
                if mention[-1] == last or (len(mention) == 1 and mention[0] == first)
            ]
        index = self._by_word()
        ks = {*self._near(index.get((last, 1), []), position)}
        ks.update(self._near(index.get((first, 2), []), position))
        return sorted(ks)

    def names_by_initials(self, key: str) -> list[PersonName]:
        """The full names whose first word, or the initials of whose words, read ``key``
        ("jd"), in order."""
        return [
            self.person(k)
            for k, words in enumerate(self.words)
            if self.full[k] and (words[0] == key or "".join(w[:1] for w in words) == key)
        ]

    def names_with(self, word: str, at: int, position: int | None = None) -> list[PersonName]:
        """The full names whose word at ``at`` (0: first name, -1: surname) is ``word``;
        in a sentence of many mentions, those :func:`near` ``position``."""
        if len(self.words) <= NEAR_LIMIT:
            return [
                self.person(k)
                for k, words in enumerate(self.words)
                if self.full[k] and words[at] == word
            ]
        ks = self._near(self._by_word().get((word, at), []), position)
        return [self.person(k) for k in ks]

    def _by_word(self) -> dict[tuple[str, int], list[int]]:
        """The mentions by word, built once: (word, 0) and (word, -1) for the full names
        with that first or last word, (word, 1) for every mention ending in it, (word, 2)
        for the mentions of that word alone."""
        if self._index is None:
            index: dict[tuple[str, int], list[int]] = {}
            for k, words in enumerate(self.words):
                keys = [(words[-1], 1)]
                keys += [(words[0], 0), (words[-1], -1)] if self.full[k] else []
                keys += [(words[0], 2)] if len(words) == 1 else []
                for key in keys:
                    index.setdefault(key, []).append(k)
            self._index = index
        return self._index

    def _near(self, ks: list[int], position: int | None) -> Sequence[int]:
        """The mentions ``ks`` (in order) :func:`near` ``position``."""
        if position is None:
            return ks
        read, runs, offset = self._read, self._runs, self._offset
        at = bisect.bisect_left(ks, position, key=lambda k: offset + read.start(runs[k].first))
        return near(ks, at)


# The end of a sentence and the gap before the capital (or opening mark) of the next.
# Example: 'the plant opened this year. Ann Lee' -> ". " before "Ann".
_SENTENCE_GAP: Final = regex.compile(r"[.!?]+[”\"’)]*(?P<gap>\s+)(?=[\p{Lu}“\"‘«(])")

# The word a sentence end follows: "year" in "this year.". Searched backwards from the end
# (``REVERSE``), where any match ends: one attempt, not one per character of the window.
_LAST_WORD: Final = regex.compile(
    r"(?<![\p{L}\p{M}\d_'’\-])[\p{L}\p{M}\d][\p{L}\p{M}\d'’\-]*$", regex.REVERSE
)

#: How far back from a sentence end its last word is looked for, in characters.
LAST_WORD_CHARS: Final = 40


# The marks a :data:`_SENTENCE_GAP` match opens with, and the marks it may go on with.
_TERMINAL: Final = ".!?"
_GOES_ON: Final = '.!?”"’)'


def _sentence_gaps(text: str) -> list[regex.Match[str]]:
    """The :data:`_SENTENCE_GAP` matches of ``text``, in order. A match opens with a
    terminal mark, so the pattern is tried at each one (found by ``str.find``) past the
    last match: the matches a scan testing every character would find, at less cost."""
    found: list[regex.Match[str]] = []
    done = 0
    for at in char_offsets(text, _TERMINAL):
        # a match goes on past its first mark with another mark, a closing one, or white
        # space (every character ``\s`` takes is ``isspace``): else the pattern is not tried
        after = text[at + 1 : at + 2]
        if at >= done and after and (after in _GOES_ON or after.isspace()):
            m = _SENTENCE_GAP.match(text, at)
            if m is not None:
                found.append(m)
                done = m.end()
    return found


def sentence_parts(text: str) -> tuple[tuple[int, int], ...]:
    """Split ``text`` into the [start, end) stretches that a name, its title and its
    introduction never run across: sentences that end in an ordinary lower-case word or a
    number (not a title: "... named her chief executive. Ann Lee" stays one stretch)."""
    parts: list[tuple[int, int]] = []
    start = 0
    for m in _sentence_gaps(text):
        end = m.start()
        low = max(start, end - LAST_WORD_CHARS)
        # Most sentences end in a word of ASCII letters after a space: that word is the
        # one :data:`_LAST_WORD` finds, and folds to its lower case, told without the
        # pattern.
        space = text.rfind(" ", low, end)
        word = text[space + 1 : end] if space >= 0 else ""
        if word.isascii() and word.isalpha():
            goes_on = word[0].isupper() or word.lower() in TITLE_WORDS
        else:
            found = _LAST_WORD.search(text, low, end)
            goes_on = found is None or found[0][:1].isupper() or fold(found[0]) in TITLE_WORDS
        if goes_on:  # no sentence end: a capitalized word or a title ("Gov.", "executive.")
            continue
        parts.append((start, m.start("gap")))
        start = m.end("gap")
    parts.append((start, len(text)))
    return tuple(parts)
