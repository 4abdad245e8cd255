"""The personal names a release prints, for resolving surnames, first names and pronouns.

The index reads the release's pieces of text (:mod:`pressparse._name_mentions` finds the
names one piece prints) lazily, each piece once and only when a lookup needs it: a surname
or a first name reads the pieces that print that word, a pronoun or a title alone reads
back from where it stands. A release whose quotations all name their speaker in full reads
few of its paragraphs; one without quotations reads none.
"""

from __future__ import annotations

import bisect
import operator
from collections.abc import Callable, Iterator, Sequence
from itertools import accumulate, islice, repeat
from typing import Final

import attrs

from pressparse._name_mentions import (
    MAX_SENTENCE_CHARS,
    NEAR_LIMIT,
    PersonName,
    SentenceNames,
    may_name_by_initials,
    may_title,
    name_words,
    near,
    sentence_parts,
)
from pressparse._name_tokens import (
    _MAY_EXTEND,
    _SPLIT_ONLY_SPACE,
    _SUFFIXES,
    Token,
    Tokens,
    _chunk_tokens,
    opens_run,
    plain_name_word,
)
from pressparse._name_vocab import ORG_WORDS, PARTICLES, TITLE_WORDS

__all__ = ["NameIndex", "PersonName", "PronounScope", "build_name_index", "name_words"]

#: How many names before a pronoun are looked at for the person it stands for.
PRONOUN_REACH: Final = 200
# An offset past any quotation's end, for bisecting (start, end) pairs by start.
_NO_END: Final = 1 << 62

#: A piece of text: its text, its offset in the document, and whether it is a title line
#: (or a function that tells, called only if the piece is read).
Piece = tuple[str, int, bool | Callable[[], bool]]

# The text and the offset of a piece.
_TEXT: Final = operator.itemgetter(0)
_OFFSET: Final = operator.itemgetter(1)


def _told(title_line: bool | Callable[[], bool]) -> bool:
    """Whether a piece is a title line, given as a flag or as a function that tells."""
    return title_line() if callable(title_line) else title_line


#: The most letters a run of initials holds ("J.D.", "A.B.C.D."): such a token folds to
#: its letters, which a text search for a word does not find as printed.
MAX_INITIALS: Final = 4

# The apostrophes, after which a name is possessive.
_APOSTROPHES: Final = ("'", "’")


def _in_full(text: str, name: str, start: int) -> bool:
    """True when ``name`` is printed at ``start`` of ``text`` as it is, opening its run
    (:func:`opens_run`), and not as a possessive ("Ann Lee's")."""
    end = start + len(name)
    return (
        start >= 0
        and text.startswith(name, start)
        and text[end : end + 1] not in _APOSTROPHES
        and opens_run(text, start)
    )


# A sentence of a piece: its text, its offset in the document, and its folded key (``None``
# for a piece of one sentence: see NameIndex._sentences).
_Sentence = tuple[str, int, str | None]


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


#: How far past a name its title may reach, in characters, beyond the title's own length
#: (the comma and spaces between them).
TITLE_GAP: Final = 4


def _in_title_of(person: PersonName, mention: PersonName) -> bool:
    """True when ``mention`` stands in the title printed after ``person``: "Bernard
    Cloutier, CEO of Lakeshore Mutual" -> "Lakeshore Mutual" is the employer."""
    title = person.title
    if title is None or mention.text not in title:
        return False
    reach = person.position + len(person.text) + len(title) + TITLE_GAP
    return person.position < mention.position < reach


def _same_person(mention: PersonName, words: tuple[str, ...], index: NameIndex) -> bool:
    """True when ``mention`` names the person whose full name has ``words``."""
    if mention.words == words:
        return True
    return name_words(index.full_name(mention.text, mention.position)) == words


def _key(text: str) -> str:
    """A piece's text folded as name words are, for finding the pieces that print one:
    lower case, one apostrophe, no periods ("J.D." -> "jd")."""
    return text.lower().replace("’", "'").replace(".", "")


# What joins the texts of all pieces to fold them at once: a character no piece prints
# and no case rule reads through.
_JOINER: Final = "\x00"


def _keys(texts: Sequence[str]) -> tuple[str, ...]:
    """The :func:`_key` of each of ``texts``, folded in one pass over them all."""
    joined = _JOINER.join(texts)
    if joined.count(_JOINER) != len(texts) - 1:  # a text prints the joiner itself
        return tuple(_key(text) for text in texts)
    return tuple(_key(joined).split(_JOINER))


# The characters outside ASCII that lower case to an ASCII letter: "İ" -> "i̇", the
# Kelvin sign -> "k". No other character's lower case holds an ASCII character.
_LOWER_TO_ASCII: Final = ("\u0130", "\u212a")


def _ascii_folded(texts: Sequence[str]) -> bytes | None:
    """The texts joined by :data:`_JOINER` and folded as :func:`_key` folds them, but for
    the apostrophe and for letters outside ASCII, which are left as they are: as UTF-8
    bytes, where lowering the ASCII letters costs a fraction of lowering text with other
    characters in it (most releases print curly quotation marks). ``None`` when a text
    prints the joiner or a character in :data:`_LOWER_TO_ASCII`.

    An ASCII word with no apostrophe is found in these bytes in the pieces whose keys hold
    it, and only there. A character outside ASCII other than those two lower-cases to
    characters outside ASCII only, so in a key as here it stands as characters such a word
    cannot hold, and what lies between such characters is folded alike; the apostrophe
    "’" stands where the key has "'", a character the word does not hold either.
    """
    joined = _JOINER.join(texts)
    if joined.count(_JOINER) != len(texts) - 1 or any(map(joined.__contains__, _LOWER_TO_ASCII)):
        return None
    return joined.encode().lower().replace(b".", b"")


def _pieces_holding(folded: bytes, word: bytes) -> list[int]:
    """The pieces of :func:`_ascii_folded` bytes that hold ``word``, in order: a piece's
    index is the count of joiners before it, counted on from the piece before."""
    found: list[int] = []
    piece, counted = 0, 0  # the joiners before ``counted``
    at = folded.find(word)
    while at >= 0:
        piece += folded.count(b"\x00", counted, at)
        found.append(piece)
        end = folded.find(b"\x00", at)  # the piece's end: search on from the next one
        if end < 0:
            break
        piece, counted = piece + 1, end + 1
        at = folded.find(word, counted)
    return found


def _token_may_start(text: str, at: int) -> bool:
    """False when a token cannot start at ``text[at]``: a word character stands before it,
    which the token before would have taken in (a word token takes in every word
    character that follows it; an initials token ends in a period)."""
    before = text[at - 1] if at else ""
    return not (before.isalpha() or before.isdecimal() or before == "_")


def _printed_capitalized(text: str, lowered: str, word: str) -> list[int] | None:
    """Where ``text`` (whose lower case is ``lowered``, of the same length) prints the
    folded name ``word`` capitalized, where a token may start: where a token that folds to
    ``word`` may stand and be a name word or end a run. ``None`` when that is not sure: a
    word of other letters, or one that may be printed as initials ("L.E.E.").

    A token folds to a word of ASCII letters only when it prints the word in some case
    where a token may start (a period or a possessive may follow), or prints it as
    initials. A token that opens a run (a name word or an initial) is capitalized, and so
    is the last of a run of two or more, unless it is a particle (a title in lower case
    :func:`~pressparse._name_tokens.find_runs` takes in only before more of the name, a
    particle too, but a line break may end the run after it: "Juan de" / "la Rosa").
    """
    if not (word.isascii() and word.isalpha()):
        return None
    if 1 < len(word) <= MAX_INITIALS and ".".join(word) + "." in lowered:
        return None
    found: list[int] = []
    at = lowered.find(word)
    while at >= 0:
        if text[at].isupper() and _token_may_start(text, at):
            found.append(at)
        at = lowered.find(word, at + 1)
    return found


def _may_name_with(text: str, word: str, at: int) -> bool:
    """False when no full name a sentence's ``text`` prints has the folded name ``word``
    as its word at ``at`` (0: first name, -1: surname), told from the text alone, without
    reading it for its names (so :meth:`SentenceNames.names_with` gives none).

    A full name is a run of two tokens or more, with no more than one white space
    character between two of them, printed where :func:`_printed_capitalized` tells. Its
    first name may go on (:func:`_may_go_on`: "Lee's" ends its run); its surname does not
    open its run (:func:`opens_run`, sure only of a name word or an
    initial: a word that is no title, suffix or particle, capitalized). ``True`` when that
    is not sure: a surname that is a title, a suffix or a particle ("Tom Bishop", "Ruiz
    Jr."), a text whose lower case is of another length (its offsets would not match the
    text's).
    """
    if at != 0 and (word in TITLE_WORDS or word in _SUFFIXES or word in PARTICLES):
        return True
    lowered = text.lower()
    if len(lowered) != len(text):
        return True
    found = _printed_capitalized(text, lowered, word)
    if found is None:
        return True
    size = len(word)
    for start in found:
        if at != 0:
            if not opens_run(text, start):
                return True
        elif _may_go_on(text, start + size):
            return True
    return False


def _may_go_on(text: str, end: int) -> bool:
    """False when a name word printed as it is, ending at ``end`` of a sentence's
    ``text``, is the last token of its run (as read for names: the text up to
    :data:`MAX_SENTENCE_CHARS`): the run cannot take in a token after it.

    Only a period or white space may follow a token that more of its name follows: a
    word character would be part of the token, an apostrophe makes it possessive or
    stands as a mark of its own, as does any other character. A period leaves it unsure
    (an initial: "J. Lee"). After white space, the next stretch's first token must be one
    a run takes in (of a kind :data:`~pressparse._name_tokens._MAY_EXTEND` holds), with
    no more white space before it (a line break ends a run). The stretch is tokenized as
    :class:`Tokens` reads it: white space as ``str.split`` tells it, in a text without
    the separators ``str.split`` alone takes for white space.
    """
    after = text[end : end + 1]
    if after == ".":
        return True
    if not after.isspace():
        return False
    following = text[end + 1 : end + 2]
    if not following or following.isspace():
        return False  # the end of the text, or a gap of two characters or more
    if len(text) > MAX_SENTENCE_CHARS or any(map(text.__contains__, _SPLIT_ONLY_SPACE)):
        return True  # not sure: the sentence read is cut, or stretches split otherwise
    tokens = _chunk_tokens(text[end + 1 :].split(None, 1)[0])
    return not tokens or tokens[0].kind in _MAY_EXTEND


class NameIndex:
    """The personal names printed in a release's pieces of text, read on demand.

    Each piece is read in sentences (:func:`~pressparse._name_mentions.sentence_parts`), so
    a lookup by a word reads only the sentences that print it. One index belongs to one
    release: it remembers what it has read of it.
    """

    __slots__ = (
        "_as_is", "_ascii", "_by_word", "_folded", "_found", "_introduced", "_is_title",
        "_parts", "_printed", "_read", "_starts", "_texts", "_titled", "_tokens", "_weak",
        "_with",
    )  # fmt: skip

    def __init__(self, pieces: Sequence[Piece]) -> None:
        pieces = tuple(pieces)
        self._setup(
            tuple(map(_TEXT, pieces)), tuple(map(_OFFSET, pieces)), lambda i: _told(pieces[i][2])
        )

    @classmethod
    def of_texts(
        cls, texts: Sequence[str], starts: Sequence[int], title_line: Callable[[int], bool]
    ) -> NameIndex:
        """The index of the pieces whose texts and offsets are ``texts`` and ``starts``;
        ``title_line(i)`` tells whether piece ``i`` is a title line (asked only if the
        piece is read). The pieces need not be made one by one as :data:`Piece` tuples."""
        index = cls.__new__(cls)
        index._setup(texts, starts, title_line)
        return index

    def _setup(
        self, texts: Sequence[str], starts: Sequence[int], title_line: Callable[[int], bool]
    ) -> None:
        self._texts, self._starts, self._is_title = texts, starts, title_line
        # the keys joined by _JOINER, and where each starts in the joined text
        self._folded: tuple[str, tuple[int, ...]] | None = None
        # the keys folded as ASCII bytes (b"" when they cannot be): see _ascii_folded
        self._ascii: bytes | None = None
        self._parts: dict[int, tuple[_Sentence, ...]] = {}
        self._weak: dict[int, bool] = {}
        self._read: dict[tuple[int, int], SentenceNames] = {}
        # the tokens of sentences a pre-test read (:meth:`_unread`), kept for their names
        # if they are read
        self._tokens: dict[tuple[int, int], Tokens] = {}
        self._by_word: dict[str, tuple[tuple[int, int], ...]] = {}
        # the pieces that print a word (:meth:`_printing`): a name's surname is looked for
        # by :meth:`printed_as_is` and then by a lookup or a title's search
        self._printed: dict[str, list[int]] = {}
        self._introduced: dict[tuple[str, ...], bool] = {}
        # what :meth:`lookup` found for a name at a position: a pronoun looks up every
        # name it walks back over, and the next pronoun walks back over the same ones
        self._found: dict[tuple[str, int], PersonName | None] = {}
        # what :meth:`_names_with` and :meth:`title_of` found for a word (a name's words),
        # when that is the same wherever the lookup stands (see there): a release looks
        # up the same speakers' names again and again
        self._with: dict[tuple[str, int], list[PersonName]] = {}
        self._titled: dict[tuple[str, ...], list[PersonName]] = {}
        # what :meth:`printed_as_is` told of a name
        self._as_is: dict[str, bool] = {}

    def _sentences(self, i: int) -> tuple[_Sentence, ...]:
        """The sentences of piece ``i``, each with its offset and folded key. A piece of
        one sentence is its own sentence, which holds every word :meth:`_printing` finds
        the piece holds: it needs no key of its own."""
        found = self._parts.get(i)
        if found is None:
            text, offset = self._texts[i], self._starts[i]
            bounds = sentence_parts(text)
            if len(bounds) == 1:  # (0, len(text)): the piece itself
                # No key: the piece is read for the words its key was found to hold.
                found = ((text, offset, None),)
            else:
                parts = [text[a:b] for a, b in bounds]  # each sliced once
                starts = [offset + a for a, _ in bounds]
                found = tuple(zip(parts, starts, map(_key, parts), strict=True))
            self._parts[i] = found
        return found

    def _title_line(self, i: int) -> bool:
        """Whether piece ``i`` is a title line, told the first time a sentence of it is
        read (finding the sentences that print a word needs no answer)."""
        known = self._weak.get(i)
        if known is None:
            known = self._weak[i] = self._is_title(i)
        return known

    def _part(self, i: int, j: int) -> SentenceNames:
        found = self._read.get((i, j))
        if found is None:
            text, offset, _ = self._sentences(i)[j]
            read = self._tokens.get((i, j))
            found = self._read[i, j] = SentenceNames(text, offset, self._title_line(i), read)
        return found

    def _tokens_of(self, ij: tuple[int, int]) -> tuple[Token, ...]:
        """The tokens of sentence ``ij`` (not read yet), for a pre-test that may spare
        reading it; kept for its names if it is read.

        A sentence a pre-test turns away gives its callers no mention wherever the lookup
        stands, so what they remember for every position stays true, however many
        mentions the sentence holds."""
        read = self._tokens.get(ij)
        if read is None:
            text = self._sentences(ij[0])[ij[1]][0]
            read = self._tokens[ij] = Tokens(text[:MAX_SENTENCE_CHARS])
        return read.tokens

    def _all_parts(self, i: int) -> list[SentenceNames]:
        return [self._part(i, j) for j in range(len(self._sentences(i)))]

    def _printing(self, word: str) -> list[int]:
        """The pieces whose key holds the folded name ``word``, in order: found by
        searching the keys joined into one text, not by testing every piece (once per
        word; the list is shared: not to be changed)."""
        found = self._printed.get(word)
        if found is None:
            found = self._printed[word] = self._search(word)
        return found

    def _search(self, word: str) -> list[int]:
        """:meth:`_printing`, searched for."""
        if not self._texts:
            return []
        if word.isascii() and "'" not in word:  # most names: read as bytes (see there)
            if self._ascii is None:
                self._ascii = _ascii_folded(self._texts) or b""
            if self._ascii:
                return _pieces_holding(self._ascii, word.encode())
        if self._folded is None:
            keys = _keys(self._texts)
            # each key's start: the lengths of the keys before it, plus a joiner after each
            lengths = map(operator.add, map(len, keys[:-1]), repeat(1))
            self._folded = (_JOINER.join(keys), tuple(accumulate(lengths, initial=0)))
        joined, starts = self._folded
        found: list[int] = []
        at = joined.find(word)  # a name word never holds the joiner, so never spans two keys
        while at >= 0:
            i = bisect.bisect_right(starts, at) - 1
            found.append(i)
            if i + 1 >= len(starts):
                break
            at = joined.find(word, starts[i + 1])
        return found

    def _holding(self, word: str) -> tuple[tuple[int, int], ...]:
        """The sentences (piece, sentence) whose text may print the folded name ``word``."""
        found = self._by_word.get(word)
        if found is None:
            found = self._by_word[word] = tuple(
                (i, j)
                for i in self._printing(word)
                for j, (_, _, part_key) in enumerate(self._sentences(i))
                if part_key is None or word in part_key
            )
        return found

    def _near(
        self, found: tuple[tuple[int, int], ...], position: int | None
    ) -> Sequence[tuple[int, int]]:
        """The sentences of ``found`` (in order) a lookup at ``position`` reads: those
        :func:`near` it, the piece that holds it counted as before it (all when ``None``)."""
        if position is None or len(found) <= NEAR_LIMIT:
            return found
        piece = bisect.bisect_right(self._starts, position) - 1
        return near(found, bisect.bisect_left(found, (piece + 1, 0)))

    def _names_with(self, word: str, at: int, position: int) -> list[PersonName]:
        """The full names whose word at ``at`` (0: first name, -1: surname) is ``word``,
        in the sentences :meth:`_near` ``position`` (the list is shared: not to be changed).

        Unless a list of sentences or of a sentence's mentions is cut down to the items
        near ``position`` (only in a release that prints the word very often), they are
        the same wherever the lookup stands, and are remembered for the word.
        """
        known = self._with.get((word, at))
        if known is not None:
            return known
        holding = self._holding(word)
        parts = self._near(holding, position)
        found: list[PersonName] = []
        whole = parts is holding  # no list was cut down to the items near ``position``
        for ij in parts:
            # many sentences that print a surname print no full name with it ("Lee
            # said", "employees"): told by the text, such a sentence is not read for its
            # names (it gives none, wherever the lookup stands)
            text = self._sentences(ij[0])[ij[1]][0]
            if ij not in self._read and not _may_name_with(text, word, at):
                continue
            sentence = self._part(*ij)
            found += sentence.names_with(word, at, position)
            whole = whole and len(sentence.words) <= NEAR_LIMIT
        if whole:
            self._with[word, at] = found
        return found

    def _mentions_of(self, words: tuple[str, ...], position: int | None = None) -> list[PersonName]:
        """The mentions that may name the person whose full name has ``words`` and that a
        title may be printed next to: those printed in a sentence that prints the first or
        last of ``words`` (:meth:`_near` ``position``), whose own words a lookup could take
        to ``words`` (:meth:`SentenceNames.titled_like`). The others are neither
        introduced nor titled, all their callers look for."""
        return self._mentions_near(words, position)[0]

    def _mentions_near(
        self, words: tuple[str, ...], position: int | None
    ) -> tuple[list[PersonName], bool]:
        """:meth:`_mentions_of`, and whether they are the same wherever the lookup stands
        (no list was cut down to the items near ``position``)."""
        first_holding, last_holding = self._holding(words[0]), self._holding(words[-1])
        first = self._near(first_holding, position)
        last = self._near(last_holding, position)
        whole = first is first_holding and last is last_holding
        found: list[PersonName] = []
        for ij in sorted({*first, *last}):
            if ij not in self._read and not may_title(self._tokens_of(ij)):
                continue  # no title word: no mention a title is printed next to
            sentence = self._part(*ij)
            found += sentence.titled_like(words, position)
            whole = whole and len(sentence.words) <= NEAR_LIMIT
        return found, whole

    def _before(self, position: int) -> Iterator[PersonName]:
        """The mentions printed before ``position``, the nearest first."""
        for i in range(bisect.bisect_right(self._starts, position) - 1, -1, -1):
            sentences = self._sentences(i)
            for j in range(len(sentences) - 1, -1, -1):
                if sentences[j][1] >= position:
                    continue
                # one by one, the last first: a walk back most often stops within the
                # sentence it starts in, and the mentions before are never built
                sentence = self._part(i, j)
                for k in range(len(sentence.words) - 1, -1, -1):
                    mention = sentence.person(k)
                    if mention.position < position:
                        yield mention

    @property
    def names(self) -> tuple[PersonName, ...]:
        """Every full name (two words or more) the release prints, in order."""
        return tuple(
            p for i in range(len(self._texts)) for s in self._all_parts(i) for p in s.names()
        )

    @property
    def mentions(self) -> tuple[PersonName, ...]:
        """Every name the release prints, in order."""
        return tuple(
            p for i in range(len(self._texts)) for s in self._all_parts(i) for p in s.mentions()
        )

    @staticmethod
    def _best(found: list[PersonName], position: int) -> PersonName | None:
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
        """Return the full name :meth:`full_name` gives ``name``, as printed, or ``None``
        (remembered for the release, by name and position)."""
        key = (name, position)
        if key in self._found:
            return self._found[key]
        found = self._found[key] = self._lookup(name, position)
        return found

    def printed_as_is(self, name: str) -> bool:
        """True when :meth:`lookup` can find ``name`` (a full name) only as ``name`` itself
        (or not at all), told from the text without reading a sentence for its names: a
        release that names a speaker in full ("said Ann Lee, CEO") most often prints no
        other form of the name. Remembered for the release, by name.

        ``name`` must be words :func:`plain_name_word` tells, single spaced, the last a
        surname no other word of it holds. A full name a lookup could give ends in a
        token that folds to the surname; wherever the release prints the surname in any
        case, such a token either cannot stand there (inside a word, or in lower case or
        in capitals, a word no run takes in), or it opens its run (:func:`opens_run`), or
        it is the last word of ``name`` printed as it is, where ``name`` opens its run and
        is no possessive. Then the run ending there opens with the first word of
        ``name``, takes in every word of it and ends with the surname: its text is
        ``name``.
        """
        known = self._as_is.get(name)
        if known is None:
            known = self._as_is[name] = self._prints_as_is(name)
        return known

    def _prints_as_is(self, name: str) -> bool:
        words = name.split(" ")
        surname = words[-1]
        if len(words) < 2 or not (surname.isalpha() and all(map(plain_name_word, words))):
            return False
        folded = surname.lower()
        if folded in PARTICLES:
            return False  # "Van": its lower-case form may be taken into a run
        tail = len(name) - len(surname)  # where the surname starts in the name
        if name.lower().find(folded) != tail:
            return False  # printed in another word of the name as well
        dotted = ".".join(folded) + "." if len(folded) <= MAX_INITIALS else None
        size = len(surname)
        # the pieces whose keys hold the surname: every piece printing it in any case
        for i in self._printing(folded):
            text = self._texts[i]
            lowered = text.lower()
            if len(lowered) != len(text):
                return False  # a lower case of two characters: the offsets would not match
            if dotted is not None and dotted in lowered:
                return False  # initials that fold to the surname: "L.E.E."
            at = lowered.find(folded)
            while at >= 0:
                before = text[at - 1] if at else " "
                if before.isascii() and (before.isalnum() or before == "_"):
                    pass  # inside a word: a word token runs on into the surname
                elif text[at].islower():
                    pass  # a lower-case word, neither a particle nor a title: in no run
                elif (
                    text[at : at + size].isupper()
                    and text[at + size : at + size + 1] not in _APOSTROPHES
                ):
                    pass  # an acronym ("HALL"), in no run
                elif not (_in_full(text, name, at - tail) or opens_run(text, at)):
                    return False
                at = lowered.find(folded, at + 1)
        return True

    def _lookup(self, name: str, position: int) -> PersonName | None:
        words = name_words(name)
        if not words:
            return None
        candidates = self._names_with(words[-1], -1, position)
        if len(words) >= 2:
            found = [p for p in candidates if _matches(p, words)]
        else:
            found = candidates or self._names_with(words[0], 0, position)
        return self._best(found, position)

    def _is_introduced(self, words: tuple[str, ...]) -> bool:
        """True when the release introduces the person whose full name has ``words``."""
        known = self._introduced.get(words)
        if known is None:
            known = any(
                p.introduced and name_words(self.full_name(p.text, p.position)) == words
                for p in self._mentions_of(words)
            )
            self._introduced[words] = known
        return known

    def person_before(self, position: int, scope: PronounScope | None = None) -> str | None:
        """Return the full name of the person a "he" or "she" at ``position`` stands for.

        That is the person mentioned last before ``position`` among those the release
        introduces with a title, those quoted so far and those a sentence of the same
        paragraph opens with (``scope``); names inside quotations, organizations ("Acme
        Software") and a person's employer named in their title ("Ann Lee, CEO of Lakeshore
        Mutual") do not count. Only the last :data:`PRONOUN_REACH` names before ``position``
        are looked at.
        """
        scope = scope or PronounScope()
        quoted = {name_words(name) for name in scope.quoted_people}
        mentions = islice(self._before(position), PRONOUN_REACH)  # (last first)
        mention = next(mentions, None)
        while mention is not None:
            found = self._pronoun_person(mention, scope, quoted)
            earlier = next(mentions, None)  # (read only past a name that would do, or not)
            if found is not None and (earlier is None or not _in_title_of(earlier, mention)):
                return found
            mention = earlier
        return None

    def _pronoun_person(
        self, mention: PersonName, scope: PronounScope, quoted: set[tuple[str, ...]]
    ) -> str | None:
        """The full name of ``mention`` when a pronoun may stand for it, else ``None``."""
        if mention.weak or scope.in_quotation(mention):
            return None
        full = self.full_name(mention.text, mention.position)
        words = name_words(full)
        if words and words[-1] in ORG_WORDS:
            return None  # "Cobaltline Software": an organization, never a "he" or "she"
        start = scope.paragraph_start
        if mention.subject and start is not None and mention.position >= start:
            return full
        if words in quoted or (len(words) >= 2 and self._is_introduced(words)):
            return full
        return None

    def title_of(self, name: str, position: int) -> str | None:
        """Return the title the release introduces ``name`` (a full name) with, the one
        printed nearest before ``position`` (else the first after)."""
        words = name_words(name)
        if not words:
            return None
        titled = self._titled.get(words)
        if titled is None:
            mentions, whole = self._mentions_near(words, position)
            titled = [
                p for p in mentions if p.title and not p.weak and _same_person(p, words, self)
            ]
            if whole:  # the same wherever the lookup stands: remembered for the name
                self._titled[words] = titled
        before = [p for p in titled if p.position <= position]
        chosen = before[-1] if before else (titled[0] if titled else None)
        return chosen.title if chosen is not None else None

    def person_titled(self, titles: frozenset[str], position: int) -> str | None:
        """Return the person last introduced before ``position`` with all of ``titles``
        ("the chief executive" -> the person printed as "Ann Lee, chief executive")."""
        if not titles:
            return None
        for mention in self._before(position):
            if titles <= mention.titles and not mention.weak:
                return self.full_name(mention.text, mention.position)
        return None

    def from_initials(self, initials: str, position: int) -> str | None:
        """Return the person whose initials or first name read ``initials`` ("JD")."""
        key = initials.lower()
        found: list[PersonName] = []
        for i in range(len(self._texts)):
            for j in range(len(self._sentences(i))):
                # every sentence is looked at: told by its tokens, one that prints no
                # full name opening with the letter is not read for its names
                read = (i, j) in self._read
                if read or may_name_by_initials(self._tokens_of((i, j)), key):
                    found += self._part(i, j).names_by_initials(key)
        best = self._best(found, position)
        return best.text if best is not None else None


def build_name_index(pieces: Sequence[Piece]) -> NameIndex:
    """Index the personal names printed in ``pieces`` of text.

    Each piece is its text, its offset in the document, and whether it is a title-case
    line (a headline or a subhead), whose names are kept as a fallback only. Pieces are
    read when a lookup first needs them.
    """
    return NameIndex(pieces)
