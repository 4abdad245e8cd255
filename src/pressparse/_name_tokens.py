"""Tokens of a speaker phrase, classified, and the runs of them that form names.

A *run* is a stretch of capitalized name words, initials and inner particles
("Juan de la Rosa", "Ravi K. Ostrum"). A run is a *modifier* rather than a name when a
title, an organization word or a possessive follows it ("Quillfern CEO", "Northwind's home
trends expert", "Lake County Sheriff"), so "Norland Gov. Ada Vance" yields the name
"Ada Vance" after the modifier "Norland".
"""

from __future__ import annotations

import bisect
import enum
import functools
import operator
from collections.abc import Callable, Iterator
from itertools import accumulate, chain, repeat
from typing import Final, NamedTuple

import regex

from pressparse._name_vocab import (
    CREDENTIALS,
    ORG_WORDS,
    PARTICLES,
    STOP_WORDS,
    SURNAME_TITLES,
    TITLE_WORDS,
    fold,
)

__all__ = [
    "Kind",
    "Run",
    "Token",
    "Tokens",
    "find_runs",
    "opens_run",
    "plain_name_word",
    "stretch_tokens",
    "tokenize",
]

# A word (letters, digits, underscores, inner apostrophes and hyphens, an optional final
# period), a run of initials ("J.D."), or one punctuation character.
# Example: "Kell County State’s Attorney Mara O’Dell Quist, J.D." -> 8 words, ",", "J.D."
_TOKEN: Final = regex.compile(
    r"""
    (?:\p{Lu}\.){2,4}                                   # initials: "J.D.", "U.S."
    | [\p{L}\p{M}\d_](?:[\p{L}\p{M}\d_'’\-]*[\p{L}\p{M}\d_])?\.?   # a word
    | [^\s\p{L}\p{M}\d_]                                # punctuation
    """,
    regex.VERBOSE,
)

# A stretch of text between white space, which no token runs across. Example: "Doe,".
_CHUNK: Final = regex.compile(r"\S+")

# The characters ``str.split`` takes for white space and the pattern's ``\s`` does not
# (the information separators U+001C to U+001F): a text holding none of them is cut into
# the stretches of :data:`_CHUNK` by the much cheaper ``str.split``.
_SPLIT_ONLY_SPACE: Final = "\x1c\x1d\x1e\x1f"

# The ends of a possessive word: "Acme’s", "Acme's" ("Partners’" tokenizes as "Partners"
# and "’", since a word token never ends in an apostrophe).
_POSSESSIVE_ENDS: Final = ("'s", "’s")

# A single initial: "J." or "J".
_INITIAL_WORD: Final = regex.compile(r"^(?:\p{Lu}\.){1,4}$|^\p{Lu}$")

# Generational suffixes that belong to the name ("Sam Ruiz Jr.", "Tom Ode III").
_SUFFIXES: Final = frozenset({"jr", "sr", "ii", "iii", "iv"})

# Lower-case words a modifier may carry before its title: "marketing" in "Acme marketing
# director". Function words stop the look-ahead, so "Ann Lee is the chief" keeps its name.
_FUNCTION: Final = frozenset(
    {"is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could",
     "be", "been", "who", "which", "said", "says", "also", "not", "to", "of", "at",
     "for", "from", "with", "in", "on", "by", "and", "or", "the", "a", "an", "as"}
)  # fmt: skip

#: How many word kinds are remembered between calls (words repeat across releases).
CLASSIFY_CACHE: Final = 1 << 16

#: How many stretches of text between white space are remembered with their tokens.
CHUNK_CACHE: Final = 1 << 15

#: How many lower-case words may stand between a modifier run and its title word.
MODIFIER_GAP: Final = 2


class Kind(enum.Enum):
    """What a token is, as far as names are concerned."""

    NAME = "name"
    INITIAL = "initial"
    PARTICLE = "particle"
    SUFFIX = "suffix"
    TITLE = "title"
    ORG = "org"
    ACRONYM = "acronym"
    STOP = "stop"
    LOWER = "lower"
    PUNCT = "punct"
    OTHER = "other"


# Enum members read in hot code, bound once here for this module and the name modules that
# import them: on Python 3.11 reading a member off its class goes through
# EnumType.__getattr__, ten times slower than reading a global.
_ACRONYM: Final = Kind.ACRONYM
_INITIAL: Final = Kind.INITIAL
_LOWER: Final = Kind.LOWER
_NAME: Final = Kind.NAME
_ORG: Final = Kind.ORG
_OTHER: Final = Kind.OTHER
_PARTICLE: Final = Kind.PARTICLE
_PUNCT: Final = Kind.PUNCT
_STOP: Final = Kind.STOP
_SUFFIX: Final = Kind.SUFFIX
_TITLE: Final = Kind.TITLE


# Kinds of tokens that may start a name, carry one on, or make the name before a modifier.
# Tuples, not sets: a kind is found in a tuple by identity, while a set would hash it
# (an enum member hashes in Python code).
_RUN_STARTS: Final = (_NAME, _INITIAL)
_NAME_WORDS: Final = (_NAME, _INITIAL, _SUFFIX)
_QUALIFIED: Final = (_TITLE, _ORG)
# The kinds of tokens :func:`_extends` may take to carry a name on.
_MAY_EXTEND: Final = (_NAME, _INITIAL, _SUFFIX, _TITLE, _PARTICLE)


class Token(NamedTuple):
    """One token of a phrase: its text, offsets and kind; ``possessive`` for "Acme's".

    A named tuple rather than an attrs class: a release makes tens of thousands of them,
    and building them is the name index's main cost.
    """

    text: str
    start: int
    end: int
    kind: Kind
    possessive: bool = False


class Run(NamedTuple):
    """Tokens ``[first, last]`` that form a name; ``modifier`` when they qualify a title.

    A named tuple, like :class:`Token`: every capitalized word of a sentence read starts one.
    """

    first: int
    last: int
    modifier: bool

    def size(self, tokens: tuple[Token, ...]) -> int:
        """Count the name words and initials of the run (particles not counted)."""
        count = 0
        for token in tokens[self.first : self.last + 1]:  # a loop: a generator costs more
            if token.kind in _RUN_STARTS:
                count += 1
        return count

    def full(self, tokens: tuple[Token, ...]) -> bool:
        """True when the run holds two name words or initials or more (``size >= 2``,
        told without counting past the second; a run of one token holds one at most)."""
        if self.first == self.last:
            return False
        seen = False
        for token in tokens[self.first : self.last + 1]:
            if token.kind in _RUN_STARTS:
                if seen:
                    return True
                seen = True
        return False


def _is_title(word: str, folded: str) -> bool:
    if folded in TITLE_WORDS:
        return True
    head = folded.split("-", 1)[0]
    return "-" in folded and head in TITLE_WORDS and not word[:1].islower()


@functools.lru_cache(maxsize=CLASSIFY_CACHE)
def _classify(word: str) -> Kind:
    """Return the kind of one word token (a pure function of the word, so memoized)."""
    folded = fold(word)
    first = word[0]
    if not (first.isalpha() or first.isdigit() or first == "_"):
        return _PUNCT
    if first.islower():
        if folded in PARTICLES:
            return _PARTICLE
        return _TITLE if _is_title(word, folded) else _LOWER
    if not first.isupper():
        return _OTHER
    if _INITIAL_WORD.match(word):
        return _INITIAL
    if folded in _SUFFIXES:
        return _SUFFIX
    if folded in STOP_WORDS:
        return _STOP
    if _is_title(word, folded):
        return _TITLE
    letters = [c for c in word if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return _ACRONYM
    if folded in ORG_WORDS:
        return _ORG
    return _NAME


@functools.lru_cache(maxsize=CHUNK_CACHE)
def _chunk_tokens(chunk: str) -> tuple[Token, ...]:
    """Split a stretch of text with no white space into classified tokens, offsets counted
    from the stretch's start (a pure function of the stretch, so memoized)."""
    tokens: list[Token] = []
    append, classify, name, new = tokens.append, _classify, _NAME, tuple.__new__
    for m in _TOKEN.finditer(chunk):
        word = m[0]
        kind = classify(word)
        start, end = m.span()
        # a word token never ends in an apostrophe, so only "'s" marks a possessive
        possessive = kind is name and word.endswith(_POSSESSIVE_ENDS)
        append(new(Token, (word, start, end, kind, possessive)))
    return tuple(tokens)


def _chunks(text: str) -> list[str]:
    """The stretches of ``text`` between white space (:data:`_CHUNK`), in order."""
    if any(map(text.__contains__, _SPLIT_ONLY_SPACE)):
        return _CHUNK.findall(text)
    return text.split()


def stretch_tokens(text: str) -> Iterator[Token]:
    """The tokens :func:`tokenize` gives, but each with its offsets counted from its
    stretch between white space: those remembered for the stretch, not rebuilt. For a
    caller that reads their text and kind only."""
    return chain.from_iterable(map(_chunk_tokens, _chunks(text)))


def tokenize(text: str) -> tuple[Token, ...]:
    """Split ``text`` into classified tokens.

    No token spans white space, so the text is cut at white space first and each stretch
    ("said", "Doe,", "(NYSE:") is tokenized once and remembered: the token pattern runs
    only on stretches not seen before. Each stretch is found again from where the last
    one ended, which gives its offset.
    """
    tokens: list[Token] = []
    append, new, chunk_tokens, find = tokens.append, tuple.__new__, _chunk_tokens, text.find
    at = 0
    for chunk in _chunks(text):
        at = find(chunk, at)  # only white space stands between the two stretches
        for word, start, end, kind, possessive in chunk_tokens(chunk):
            append(new(Token, (word, start + at, end + at, kind, possessive)))
        at += len(chunk)
    return tuple(tokens)


class Tokens:
    """The classified tokens of a text, each with offsets counted from the start of its
    stretch between white space.

    The tokens are those remembered for each stretch, shared rather than rebuilt with
    offsets in the text (:func:`tokenize` builds a tuple per token): a sentence read for
    names asks the offsets of a few tokens only, at the ends of its names and titles.
    :meth:`start` and :meth:`end` give them in the text, finding where the stretches
    start the first time one is asked.
    """

    __slots__ = ("_chunks", "_firsts", "_pieces", "_single", "_starts", "_text", "tokens")

    def __init__(self, text: str) -> None:
        self._text = text
        self._chunks = _chunks(text)
        self._pieces = pieces = list(map(_chunk_tokens, self._chunks))
        #: the tokens, in order; ``start`` and ``end`` count from their stretch's start
        self.tokens: tuple[Token, ...] = tuple(chain.from_iterable(pieces))
        self._firsts: tuple[int, ...] | None = None  # see :meth:`_stretch`
        self._starts: tuple[int, ...] | None = None
        self._single: bool | None = None  # see :meth:`_single_spaced`

    def _single_spaced(self) -> bool:
        """True when each stretch is one character apart from the next: the text is its
        stretches joined by single spaces, as most sentences are."""
        if self._single is None:
            chunks = self._chunks
            self._single = sum(map(len, chunks)) + len(chunks) - 1 == len(self._text)
        return self._single

    def _stretch_starts(self) -> tuple[int, ...]:
        """Where each stretch starts in the text: the sum of the lengths before it, when
        the stretches are single spaced; else each is found again from where the last one
        ended."""
        chunks, text = self._chunks, self._text
        if self._single_spaced():
            # each start is the lengths before it, plus one per stretch before it
            lengths = map(len, chunks[:-1])
            starts = tuple(accumulate(map(operator.add, lengths, repeat(1)), initial=0))
        else:
            found: list[int] = []
            at, find = 0, text.find
            for chunk in chunks:
                at = find(chunk, at)  # only white space stands between the two stretches
                found.append(at)
                at += len(chunk)
            starts = tuple(found)
        self._starts = starts
        return starts

    def _stretch_firsts(self) -> tuple[int, ...]:
        """The index of the first token of each stretch."""
        self._firsts = firsts = tuple(accumulate(map(len, self._pieces[:-1]), initial=0))
        return firsts

    def _stretch(self, k: int) -> int:
        """The index of the stretch of token ``k``, told by the index of the first token
        of each stretch (worked out the first time)."""
        firsts = self._firsts if self._firsts is not None else self._stretch_firsts()
        return bisect.bisect_right(firsts, k) - 1

    def _base(self, k: int) -> int:
        """Where the stretch of token ``k`` starts in the text (:meth:`_stretch` read in
        place: every offset asked for comes through here)."""
        starts = self._starts if self._starts is not None else self._stretch_starts()
        firsts = self._firsts if self._firsts is not None else self._stretch_firsts()
        return starts[bisect.bisect_right(firsts, k) - 1]

    def start(self, k: int) -> int:
        """Where token ``k`` starts in the text."""
        return self._base(k) + self.tokens[k].start

    def end(self, k: int) -> int:
        """Where token ``k`` ends in the text."""
        return self._base(k) + self.tokens[k].end

    def span(self, first: int, last: int) -> tuple[int, int]:
        """Where token ``first`` starts and token ``last`` ends in the text (:meth:`start`
        and :meth:`end` in one call)."""
        starts = self._starts if self._starts is not None else self._stretch_starts()
        firsts = self._firsts if self._firsts is not None else self._stretch_firsts()
        tokens = self.tokens
        return (
            starts[bisect.bisect_right(firsts, first) - 1] + tokens[first].start,
            starts[bisect.bisect_right(firsts, last) - 1] + tokens[last].end,
        )

    def gap_before(self, k: int) -> int:
        """How many characters stand between token ``k`` (not the first) and the one before.

        Every character of a stretch is part of a token (a character the token pattern
        skips is white space to ``str.split`` as well): the tokens of a stretch follow one
        another from its start to its end, and no stretch is without a token. So the first
        token of a stretch starts at 0 and every other token past it, and the gap before
        the first is the white space between two stretches.
        """
        token, before = self.tokens[k], self.tokens[k - 1]
        if token.start:  # not the first token of its stretch: both count from one start
            return token.start - before.end
        single = self._single
        if single if single is not None else self._single_spaced():
            return 1
        # the first of stretch ``at``, after the last token of the stretch before
        starts = self._starts if self._starts is not None else self._stretch_starts()
        at = self._stretch(k)
        return starts[at] - (starts[at - 1] + before.end)


def _is_modifier(tokens: tuple[Token, ...], last: int) -> bool:
    """True when what follows the run ending at ``last`` makes it qualify a title."""
    if tokens[last].possessive:
        return True
    # at most MODIFIER_GAP lower-case words, then the title word
    for gap, token in enumerate(tokens[last + 1 : last + 2 + MODIFIER_GAP]):
        if token.kind in _QUALIFIED:
            return True
        if token.kind is not _LOWER or fold(token.text) in _FUNCTION or gap >= MODIFIER_GAP:
            return False
    return False


def _ends_run(token: Token, gap: int) -> bool:
    """True when ``token`` cannot be followed by more of its name: a possessive, a word
    closing a sentence ("Doe."), or a line break (``gap`` characters) before the next."""
    if token.possessive or gap > 1:
        return True
    return token.kind is _NAME and token.text.endswith(".")


def _extends(tokens: tuple[Token, ...], k: int) -> bool:
    """True when token ``k`` carries a name on: a name word, an initial, a suffix, a title
    word that is also a surname and ends the name ("Tom Bishop"), or a particle followed by
    more of the name ("de la Rosa")."""
    token = tokens[k]
    if token.kind in _NAME_WORDS:
        return fold(token.text) not in CREDENTIALS
    if token.kind is _TITLE and fold(token.text) in SURNAME_TITLES:  # "Tom Bishop"
        following = tokens[k + 1].kind if k + 1 < len(tokens) else None
        return following not in _RUN_STARTS and token.text[:1].isupper()
    following = tokens[k + 1].kind if k + 1 < len(tokens) else None
    return token.kind is _PARTICLE and following in (_NAME, _PARTICLE)


def _gaps(tokens: tuple[Token, ...]) -> Callable[[int], int]:
    """How many characters stand before token ``k`` of ``tokens`` (offsets in one text)."""
    return lambda k: tokens[k].start - tokens[k - 1].end


def find_runs(
    tokens: tuple[Token, ...], gap_before: Callable[[int], int] | None = None
) -> tuple[Run, ...]:
    """Return the name runs of ``tokens`` in order. ``gap_before(k)`` tells how many
    characters stand before token ``k`` (by default, told by the offsets of ``tokens``:
    :meth:`Tokens.gap_before` tells it for tokens whose offsets count from their stretch)."""
    gap = gap_before or _gaps(tokens)
    runs: list[Run] = []
    n = len(tokens)
    free = 0  # the first token not yet in a run
    for i, token in enumerate(tokens):
        if token.kind not in _RUN_STARTS or i < free:
            continue
        j = i
        # a lower-case word or a mark, most often, ends the run: told by its kind alone
        while j + 1 < n and tokens[j + 1].kind in _MAY_EXTEND:
            if _ends_run(tokens[j], gap(j + 1)) or not _extends(tokens, j + 1):
                break
            j += 1
        # What follows the run tells whether it is a modifier (:func:`_is_modifier`),
        # read in place for the most common followers: a mark, a name, nothing, a title
        # or organization word, a function word ("Doe said").
        following = tokens[j + 1] if j + 1 < n else None
        if tokens[j].possessive:
            modifier = True
        elif following is None:
            modifier = False
        elif following.kind in _QUALIFIED:
            modifier = True
        elif following.kind is _LOWER and fold(following.text) not in _FUNCTION:
            modifier = _is_modifier(tokens, j)  # a lower-case word or two, then a title?
        else:
            modifier = False
        # tuple.__new__: a named tuple's own constructor is a Python call, and every
        # capitalized word of a sentence read makes a run
        runs.append(tuple.__new__(Run, (i, j, modifier)))
        free = j + 1
    return tuple(runs)


# Characters that always stand as a punctuation token of their own: no word or initials
# token holds one (unlike the period, the apostrophes and the hyphen).
_LONE_MARKS: Final = frozenset('"“”‘«»()[]{},;:!?/*—–…|<>&%$#@+=~^')

# The kinds of tokens no run takes in right before a name word: a title word is taken
# into a run only when no name word follows it (:func:`_extends`), and the others never.
_NO_RUN_ON: Final = (_PUNCT, _LOWER, _OTHER, _STOP, _ORG, _ACRONYM, _TITLE)

#: How far back the stretch before a word is looked for, in characters; a longer one
#: leaves :func:`opens_run` unsure.
STRETCH_REACH: Final = 40


def opens_run(text: str, at: int) -> bool:
    """True when a token that may start a run (a name word or an initial) starting at
    ``text[at]`` is taken into no run with the tokens before it, as :func:`find_runs`
    reads ``text``: a run that holds it starts with it. ``False`` when that is not sure.

    What stands before the token tells: the start of the text, a mark that is a token of
    its own, two white space characters or more (:func:`_ends_run`), or a word no run
    takes in before a name word (a lower-case word, a title, "Inc.") or that ends its run
    (a possessive, a name closing a sentence).
    """
    if at == 0:
        return True
    before = text[at - 1]
    if before in _LONE_MARKS:
        return True
    if not before.isspace():
        return False  # a letter, a period, an apostrophe, a hyphen: maybe one token
    end = at - 1  # the stretch before the white space ends here
    if end == 0:
        return True
    last = text[end - 1]
    if last.isspace() or last in _LONE_MARKS:
        return True  # a gap of two characters, or a mark of its own
    low = max(0, end - STRETCH_REACH)
    # the stretch: what follows the last white space before ``end`` (split off in C),
    # from ``low`` on when there is none
    stretch = text[low:end].rsplit(None, 1)[-1]
    start = end - len(stretch)
    if start == low and start > 0 and not text[start - 1].isspace():
        return False  # a stretch too long to read
    # The stretch is tokenized as the text's own tokenizer does: white space (or a mark of
    # its own, for the separators a text may hold) starts its tokens afresh.
    tokens = _chunk_tokens(stretch)
    if not tokens:
        return False  # a stretch of characters the token pattern skips: not sure
    token = tokens[-1]
    kind = token.kind
    return kind in _NO_RUN_ON or token.possessive or (kind is _NAME and token.text.endswith("."))


def plain_name_word(word: str) -> bool:
    """True for a word :func:`find_runs` reads as a name word that carries a name on,
    printed plainly: a capitalized word of ASCII letters ("Lee", "McInnis", not "CEO",
    "PhD" or "Bishop") or an initial ("J.")."""
    if len(word) == 2 and word[1] == ".":
        return word[0].isascii() and word[0].isupper()  # an initial, never a credential
    return (
        len(word) >= 2
        and word.isascii()
        and word.isalpha()
        and word[0].isupper()
        and _classify(word) is _NAME
        and fold(word) not in CREDENTIALS
    )
