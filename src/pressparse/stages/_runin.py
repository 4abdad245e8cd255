"""Headings run into their text: find them and split them off into blocks of their own.

Archives collapse line breaks, so a heading that stood on its own line can end up at the
head of its paragraph, glued to it, or inside a longer run of text:

- "About Acme Corp. Acme Corp. is a maker of ..." (the name is printed twice; the end of
  an "About" heading is found by :mod:`pressparse.stages._about`)
- "About AcmeAcme is ...", "ABOUT ACME FARMSThe market has ..." (glued, no space)
- "... in 2015. About Acme Acme is ... Forward Looking Statements Statements in ..."
- "RISK FACTORS:The filing says ..." (a capitalised label glued to its paragraph)
- "Key Takeaways:* Acme opened ..." (a label with its first bullet run onto its line)
- "Why Now?Sales grew ..." and "The Road Ahead While sales grew, ..." (a subhead)

A *split* is a heading found at a character offset in a block; :func:`split_blocks` turns
the blocks of the body into units: the text before a heading, the heading (kind
``HEADING``, level 0) and the text after it, each with its own span into the document.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import accumulate, product
from typing import Final, TypeVar

import attrs
import regex

from pressparse.document import Block, BlockKind, trusted_block
from pressparse.model import trusted_span
from pressparse.stages import _headings as h
from pressparse.stages._about import GLUE, about_end

#: Headings are looked for in the first this many characters of a text.
HEAD_WINDOW: Final = 160

#: A run-in heading leaves at least this much text after it.
MIN_REST: Final = 30

# A mark that ends a clause or sentence, which a heading glued to its text does not hold.
_CLAUSE_MARK: Final = regex.compile(r"[,;!?]|\.\s")

# Titles printed before a name, which open a sentence with it: "Dr. Osei opened ...".
_HONORIFICS: Final = h.wordset("dr. mr. mrs. ms. prof. sen. rep. gov. gen. rev. dr mr mrs ms")


def _every_case(words: frozenset[str]) -> frozenset[str]:
    """``words`` in every mix of cases ("dr." -> "dr.", "Dr.", "dR.", "DR.").

    A token is in the result exactly when its lower case is in ``words``, as long as the
    words hold no letter a character other than its capital lowers to ("k" of the Kelvin
    sign, "i" of "İ"): the word tests of :func:`_spaced_split` need not lower each token.
    """
    return frozenset(
        "".join(chars) for word in words for chars in product(*({c, c.upper()} for c in word))
    )


#: :data:`_HONORIFICS` in any case, and the abbreviations that end no sentence.
_TITLES_ANY_CASE: Final = _every_case(_HONORIFICS)
_NO_STOP_ANY_CASE: Final = _every_case(frozenset({"vs.", "st."}))

# A word of letters and digits only ("Many", "P3", "Private-public"), no punctuation.
_PLAIN_WORD: Final = regex.compile(r"[\p{L}\p{N}’'-]+")


def _plain_word(word: str) -> bool:
    """True when :data:`_PLAIN_WORD` spans ``word`` (``str.isalnum`` settles most words)."""
    return word.isalnum() or _PLAIN_WORD.fullmatch(word) is not None


# "About" opening a heading, after the start of a text or the end of a sentence or link.
_ABOUT: Final = regex.compile(r"(?<![\p{L}\p{N}])(?:About|ABOUT)\s+(?=[\p{Lu}\p{N}\"“]|the\s)")

# What stands before an embedded heading: a sentence end ("... in 2015. About"), or a web
# address the flattening ran into it ("... at acme.test About").
_BEFORE_EMBEDDED: Final = regex.compile(r"(?:[.!?”\"’)]|\.[a-z]{2,6}/?)\s{0,3}$")

#: How far before an embedded heading :data:`_BEFORE_EMBEDDED` is searched: the longest
#: text it matches (".museum/" and three spaces, before a final line break). NOTE: keep in
#: sync with the pattern; searching from the start of a long text would cost a pass over
#: every position before the heading.
_BEFORE_REACH: Final = 12

# A capitalised label glued to its paragraph or run onto a bullet: "RISK FACTORS:The",
# "Key Takeaways:* Acme", "Highlights: • Sales".
_GLUED_LABEL: Final = regex.compile(
    r"^(?P<label>[^:\n]{2,90}?):(?:(?=[\p{Lu}\"“])|\s*(?=[*•·▪]\s))"
)

# A question or exclamation heading glued to or run into its text: "Why Now?Sales ...".
_ASKED: Final = regex.compile(r"^(?P<head>[^?!\n]{4,140}?[?!])(?P<gap>\s{0,2})(?=[\p{Lu}\"“])")

# A forward-looking or safe-harbor heading inside a run of text, after a sentence end and
# before the capitalised word that opens its paragraph.
_FLS_EMBEDDED: Final = regex.compile(
    r"(?<=[.!?”\"’)]\s{0,3}|^)(?P<head>" + h.FORWARD_LOOKING.pattern + r")(?=\s+\p{Lu}|:)",
    regex.IGNORECASE | regex.VERBOSE,
)


#: A text or its UTF-8 bytes (:func:`_holding` searches either).
_Text = TypeVar("_Text", str, bytes)


# Shapes read in the loops below, bound once (reading an enum member off its class goes
# through EnumType.__getattr__ on Python 3.11).
_TITLE: Final = h.Shape.TITLE
_SENTENCE: Final = h.Shape.SENTENCE

#: The shapes a boilerplate heading run into its text is set in.
_HEADING_SHAPES: Final = frozenset({h.Shape.TITLE, h.Shape.CAPS})

#: The kinds of block a heading can be run into (tested by identity, not as a set: an enum
#: member's hash is a call of Python code on Python 3.11).
_PARAGRAPH: Final = BlockKind.PARAGRAPH
_LINE: Final = BlockKind.LINE


@attrs.frozen
class Split:
    """A heading found at ``[start, end)`` of a block's text; ``weak`` splits need company."""

    start: int
    end: int
    weak: bool = False
    family: str = ""


def _label_split(text: str) -> Split | None:
    m = _GLUED_LABEL.match(text)
    if m is None:
        return None
    label = m["label"].strip()
    shape = h.shape(label)
    if len(label.split()) > 10 or h.has_contact_detail(label) or "--" in label:
        return None
    if label.count("(") != label.count(")") or h.title_like(label.rstrip(",")) is None:
        return None
    if h.introduces_quote(label):
        return None  # "Acme CEO Jane Roe said:“We ...": the quotation's own lead-in
    if shape is h.Shape.CAPS or (shape is h.Shape.TITLE and "," not in label):
        return Split(0, m.start("label") + len(m["label"].rstrip()), family="label")
    return None


def _asked_split(text: str) -> Split | None:
    m = _ASKED.match(text)
    if m is None:
        return None
    head = m["head"]
    words = head.split()
    if len(words) < 2 or h.title_like(head) is not h.Shape.TITLE or h.has_sentence_break(head):
        return None
    if m["gap"] and (len(words) < 3 or h.title_ratio(words) < 1.0):
        return None
    return Split(0, m.end("head"), family="asked")


#: ASCII letters as the bytes b"a" (lower case) and b"A" (capitals), anything else as b" ".
_ASCII_CASES: Final = bytes(
    ord("a") if c < 128 and chr(c).islower() else ord("A") if c < 128 and chr(c).isupper() else 32
    for c in range(256)
)


def _ascii_glues(head: str) -> list[int]:
    """Where :data:`GLUE` finds a glue in ``head``, an ASCII text, in order, told without
    it: after a lower-case letter before a capital, or after two capitals before a
    capitalised word. Mostly none, told with two searches (the pattern, which tests each
    position for both, costs several times more)."""
    cases = head.encode("ascii").translate(_ASCII_CASES)
    # (bytes.find, not "in": "in" first tries its operand as a byte's value, and the error
    # it raises and clears for a bytes operand costs more than the search)
    lower_upper, caps_word = cases.find(b"aA"), cases.find(b"AAAa")
    if lower_upper < 0 and caps_word < 0:
        return []
    glues: set[int] = set()
    while lower_upper >= 0:
        glues.add(lower_upper + 1)
        lower_upper = cases.find(b"aA", lower_upper + 1)
    while caps_word >= 0:
        glues.add(caps_word + 2)
        caps_word = cases.find(b"AAAa", caps_word + 1)
    return sorted(glues)


#: Marks common in the head of a paragraph, none of them a letter: put for a space, they
#: leave an ASCII head whose glues :func:`_ascii_glues` can tell.
_TYPOGRAPHIC_MARKS: Final = "’“”‘—–•…™®©\u00a0"


def _glued_split(text: str) -> Split | None:
    """A Title Case subhead glued to its paragraph: "The Road AheadWhile sales grew"."""
    head = text[:HEAD_WINDOW]
    if not head.isascii():
        for mark in _TYPOGRAPHIC_MARKS:
            head = head.replace(mark, " ")
    glues: list[int] | None = None  # (None: looked for with the pattern)
    if head.isascii():
        glues = _ascii_glues(head)
        if not glues:
            return None  # (most texts)
    # A glue after a clause mark is turned down (the text before it holds the mark), and
    # so is every glue after it: only the glues before the head's first mark are looked at,
    # and none of them has a mark before it. (A glue wants letters on both sides, so none
    # stands inside the mark, and the glues before it are found up to it as in the whole
    # text.)
    window = min(len(text), HEAD_WINDOW)
    clause = _CLAUSE_MARK.search(text, 0, window)
    stop = window if clause is None else clause.end()
    if glues is None:  # (a head holding other characters than ASCII: rare)
        glues = [glue.start() for glue in GLUE.finditer(text, 0, stop)]
    for p in glues:
        if p >= stop:
            return None
        left = text[:p]
        words = left.split()
        if not words:
            return None
        shape = h.title_like(left)
        if shape is None:
            return None
        # left ends in a letter and opens as the text does, with no quotation mark: unless
        # white space opens it, title_like read its shape from it as it stands
        if (shape if not left[0].isspace() else h.shape(left)) is _SENTENCE:
            continue
        right = text[p:].split(maxsplit=1)
        next_word = h.letters(right[0]) if right else ""
        first = h.letters(words[0]).casefold()
        if next_word in h.OPENERS or (first and next_word.casefold() == first):
            return Split(0, p, family="glued")
        if len(words) >= 3:
            return Split(0, p, weak=True, family="glued")
    return None


#: How many tokens of a head :func:`_spaced_split` reads at most: a subhead of up to 14
#: tokens, the capitalised word after it (token 14 at most), and the three after that word
#: (:func:`_next_significant`; :func:`_verb_next` reads two of them). NOTE: keep in sync
#: with the loop's limit.
_SPACED_TOKENS: Final = 18

#: The marks that end a token ending a sentence or clause, before a subhead run in would.
_STOPS: Final = ',;.!?"”'


def _spaced_split(text: str) -> Split | None:
    """A subhead run into its paragraph with a space: "How it works Many buyers ..."."""
    if not text[:1].isupper():
        return None
    head_text = text[:HEAD_WINDOW]
    tokens = h.tokens(head_text, _SPACED_TOKENS)  # (the first ones, all that are read)
    limit = min(len(tokens) - 1, 15)
    prev = tokens[0]  # (token k-1; the text opens with a capital: it has a token)
    for k in range(1, limit):
        word = tokens[k]
        if prev in _TITLES_ANY_CASE:
            prev = word
            continue  # "Dr. Osei": the name after a title opens no sentence
        if prev[-1] in _STOPS and prev not in _NO_STOP_ANY_CASE:
            return None  # ("vs." and "St." end no sentence)
        prev = word
        if word in _TITLES_ANY_CASE:
            before = " ".join(tokens[:k])
            if k >= 4 and h.shape(before) is _TITLE and h.title_like(before) is not None:
                return Split(0, h.token_end(head_text, tokens, k - 1), weak=True, family="spaced")
            continue
        if not word[0].isupper() or not tokens[k + 1][0].islower():
            # (a token that opens in lower case is the first significant word after this
            # one if it is; no lower-case small word opens otherwise: see below)
            continue
        if not _plain_word(word):
            continue
        after = _next_significant(tokens, k + 1)
        if after is None or not after[:1].islower():
            continue
        if after in h.SUBJECT_FOLLOWERS and word not in h.OPENERS:
            continue
        if k < (2 if word in h.OPENERS else 4):
            return None  # "Acme today announced": a sentence's subject, not a heading
        head = tokens[:k]
        if head[-1].lower() in h.SMALL_WORDS:
            return None
        # (the head opens with a capital and neither opens nor ends with a space: the shape
        # title_like gives is the head's shape)
        shape = h.title_like(" ".join(head))
        if shape is None:
            return None
        if not h.letters(head[-1]):
            return None  # "SPRINGFIELD —": a dateline, not a heading
        end = h.token_end(head_text, tokens, k - 1)
        if word in h.OPENERS and len(head) >= 2:
            return Split(0, end, family="spaced")
        if len(head) >= 4 and shape is _TITLE and not _verb_next(tokens, k):
            return Split(0, end, weak=True, family="spaced")
        return None
    return None


def _next_significant(tokens: Sequence[str], k: int) -> str | None:
    for tok in tokens[k : k + 3]:
        if not (tok.islower() and tok in h.SMALL_WORDS):
            return tok
    return None


def _verb_next(tokens: Sequence[str], k: int) -> bool:
    """True when the word after ``k`` reads as a verb ("Acme Clinic sets an example")."""
    if k + 2 >= len(tokens):
        return False
    nxt, after = tokens[k + 1], tokens[k + 2].lower()
    return nxt.endswith("s") and after in {"a", "an", "the", "that", "to", "its", "their"}


def _embedded_splits(text: str, *, about: bool, fls: bool) -> list[Split]:
    """Boilerplate headings standing inside a run of text (or opening it, run in).

    ``about`` and ``fls`` tell whether the text holds "About" (or "ABOUT") and the words of
    a forward-looking heading (:class:`_BodyWords`): a text without them is not searched.
    """
    splits: list[Split] = []
    if about:
        for m in _ABOUT.finditer(text):
            p = m.start()
            if p > 0 and _BEFORE_EMBEDDED.search(text, max(0, p - _BEFORE_REACH), p) is None:
                continue
            end = about_end(text[p:])
            if end is not None and len(text) - (p + end) >= (MIN_REST if p else 1):
                splits.append(Split(p, p + end, family="about"))
    if fls:
        for m in _fls_matches(text):
            head = m["head"]
            if h.shape(head) not in _HEADING_SHAPES:
                continue
            if len(text) - m.end("head") >= MIN_REST:
                splits.append(Split(m.start("head"), m.end("head"), family="fls"))
    return splits


#: What joins the texts of a body to search them at once: a character none of the words
#: searched for holds, so no word found runs from one text into the next.
_JOINER: Final = "\x00"


@attrs.frozen
class _BodyWords:
    """Which texts of a body hold the words of the embedded headings: "About" (or
    "ABOUT"), and "looking" or "harbo" in any case (:func:`_holds_fls_words`).

    Worked out with one search of the joined body for each word, not of every text, and
    only the few texts holding one are searched for the headings.
    """

    #: The indices of the texts holding "About" or "ABOUT".
    about: frozenset[int]
    #: The indices of the texts holding "looking" or "harbo" in any case.
    fls: frozenset[int]

    @classmethod
    def of(cls, texts: Sequence[str]) -> _BodyWords:
        body = _JOINER.join(texts)
        ends = _ends(texts)
        about = _holding(body, ("About", "ABOUT"), ends)
        if body.isascii():
            fls = _holding(body.lower(), ("looking", "harbo"), ends)
        elif "\u0130" in body or "\u212a" in body:  # (rare: see _holds_fls_words)
            fls = frozenset(i for i, t in enumerate(texts) if _holds_fls_words(t))
        else:
            # the words are ASCII: they stand in the UTF-8 bytes where they stand in the
            # text, and lowering the bytes lowers every letter that can lower to one of
            # theirs (see _holds_fls_words); str.lower reads a text holding other characters
            # than ASCII character by character, several times slower
            octets = [t.encode() for t in texts]
            lowered = _JOINER.encode().join(octets).lower()
            fls = _holding(lowered, (b"looking", b"harbo"), _ends(octets))
        return cls(about, fls)


def _ends(texts: Sequence[str] | Sequence[bytes]) -> list[int]:
    """Where each of ``texts``, joined by :data:`_JOINER`, ends, past its joiner: text ``i``
    stands from ``ends[i - 1]`` (0 for the first) to ``ends[i] - 1``."""
    return list(accumulate([len(t) + 1 for t in texts]))


def _holding(body: _Text, words: tuple[_Text, _Text], ends: list[int]) -> frozenset[int]:
    """The indices of the texts joined into ``body`` that hold one of ``words``, given where
    each text ends (:func:`_ends`).

    A text found is told by where it ends, not by counting the joiners before the word
    (a pass over the body for each text found).
    """
    found: set[int] = set()
    for word in words:
        at = body.find(word)
        while at >= 0:
            index = bisect_right(ends, at)
            found.add(index)
            at = body.find(word, ends[index])  # (on to the next text: this one is found)
    return frozenset(found)


#: The marks :data:`_FLS_EMBEDDED` wants before a heading (past up to three spaces).
_SENTENCE_MARKS: Final = '.!?”"’)'


def _fls_matches(text: str) -> Iterator[regex.Match[str]]:
    """``_FLS_EMBEDDED.finditer(text)``, with the pattern tried only where a match can start.

    A match holds "looking" or "harbo" (ignoring case) and, before it, only letters, white
    space and a hyphen, after the mark it wants (or the start of the text): it starts just
    past the last mark before either word, or up to three spaces later. The pattern costs a
    pass over every position of a long paragraph; the words are found with str.find. (Put
    in lower case, a text holds the words where the pattern, ignoring case, finds them,
    unless it holds the dotted "İ", which the pattern takes for an "i": such a text is
    searched throughout.)
    """
    if "\u0130" in text:
        yield from _FLS_EMBEDDED.finditer(text)
        return
    lowered = text.lower()  # (as long as the text: no other character lowers to two)
    starts: set[int] = set()
    for word in ("looking", "harbo"):
        at = lowered.find(word)
        while at >= 0:
            mark = max(text.rfind(c, 0, at) for c in _SENTENCE_MARKS)
            starts.update(range(mark + 1, min(mark + 5, at + 1)))
            at = lowered.find(word, at + 1)
    end = 0
    for start in sorted(starts):
        if start >= end:
            m = _FLS_EMBEDDED.match(text, start)
            if m is not None:
                yield m
                end = m.end()


def _holds_fls_words(text: str) -> bool:
    """True when ``text`` in lower case holds "looking" or "harbo" (as a safe-harbor heading).

    ``str.lower`` goes character by character through a text holding any non-ASCII
    character, so such a text is lowered as UTF-8 bytes, which lowers its ASCII letters
    only, several times quicker. The two words are runs of ASCII letters, and no other
    character lower-cases to an ASCII letter but "İ" and the Kelvin sign "K": a text holding
    either is lowered as a string.
    """
    if text.isascii() or "\u0130" in text or "\u212a" in text:
        lowered = text.lower()
        return "looking" in lowered or "harbo" in lowered
    octets = text.encode().lower()
    return octets.find(b"looking") >= 0 or octets.find(b"harbo") >= 0  # (find: see _ascii_glues)


#: A heading runs into the start of a text at least this long.
_OPENING_MIN_CHARS: Final = MIN_REST + 4


def _opening_split(block: Block) -> Split | None:
    """A subhead or label run into the start of a paragraph."""
    text = block.text
    kind = block.kind
    if (kind is not _PARAGRAPH and kind is not _LINE) or len(text) < _OPENING_MIN_CHARS:
        return None
    return _opening_split_of(text)


def _opening_split_of(text: str) -> Split | None:
    """:func:`_opening_split` of a paragraph or line at least :data:`_OPENING_MIN_CHARS`
    long, given its text."""
    first = text[0]
    if first in "“\"'‘(-–—*•[":
        return None
    if not (first.isupper() or first.isdigit() or first.isspace()):
        return None  # every rule wants a heading that opens with a capital or a digit
    if len(text) <= h.CHROME_MAX_CHARS and h.is_chrome(text):
        return None
    head = text[:HEAD_WINDOW]
    for rule in _OPENING_RULES[":" in head]["?" in head or "!" in head]:
        found = rule(text)
        if found is not None and len(text) - found.end >= MIN_REST:
            return found
    return None


_Rules = tuple[Callable[[str], Split | None], ...]

#: The rules worth trying on a text, in order, indexed by whether its head holds a colon,
#: then by whether it holds a question or exclamation mark. (The glued rule finds no glue
#: in most texts and gives up.)
_OPENING_RULES: Final[tuple[tuple[_Rules, _Rules], tuple[_Rules, _Rules]]] = (
    ((_glued_split, _spaced_split), (_asked_split, _glued_split, _spaced_split)),  # no colon
    (
        (_label_split, _glued_split, _spaced_split),
        (_label_split, _asked_split, _glued_split, _spaced_split),
    ),
)


def find_splits(block: Block, *, first: bool, about: bool, fls: bool) -> list[Split]:
    """Every heading found inside ``block``, in order, without overlaps.

    The opening blocks of the body (to its first paragraph) are only searched for
    boilerplate headings that a flattening ran into them. ``about`` and ``fls`` tell
    whether the block holds the words of those (:class:`_BodyWords`).
    """
    splits = _embedded_splits(block.text, about=about, fls=fls) if about or fls else []
    if not splits:
        opening = None if first else _opening_split(block)
        return [] if opening is None else [opening]
    if not first and not any(s.start == 0 for s in splits):
        opening = _opening_split(block)
        if opening is not None:
            splits.append(opening)
    if len(splits) < 2:
        return splits
    splits.sort(key=lambda s: (s.start, -s.end))
    kept: list[Split] = []
    for s in splits:
        if not kept or s.start >= kept[-1].end:
            kept.append(s)
    return kept


def _cuts_a_name(blocks: Sequence[Block], i: int, split: Split) -> bool:
    """True for a split run in with a space between two words the release prints together
    in another block: "The Saltmarsh One uses ..." after "launched the Saltmarsh One" opens
    with a product's name, not with the subhead "The Saltmarsh". (Few blocks hold a split:
    the other blocks are searched only for those.)"""
    if split.family != "spaced":
        return False
    text = blocks[i].text
    head = text[split.start : split.end].split()
    rest = text[split.end :].split(None, 1)
    if not head or not rest:
        return False
    pair = f"{head[-1]} {rest[0]}"
    return any(pair in b.text for j, b in enumerate(blocks) if j != i)


def _accepted(found: Iterable[list[Split]]) -> set[str]:
    """The families whose weak splits stand: a document that runs several subheads in."""
    families: set[str] = set()
    for family in ("glued", "spaced"):
        splits = [s for block in found for s in block if s.family == family]
        strong = sum(1 for s in splits if not s.weak)
        if len(splits) >= 2 and (family == "glued" or strong >= 1):
            families.add(family)
    return families


def split_blocks(blocks: Sequence[Block]) -> tuple[Block, ...]:
    """Split headings run into the blocks of the body off into blocks of their own."""
    lead = next((i for i, b in enumerate(blocks) if h.is_prose(b.text)), 0)
    words = _BodyWords.of([b.text for b in blocks])
    holding = words.about | words.fls
    found: dict[int, list[Split]] = {}  # the splits of each block that has any (a few)
    for i, block in enumerate(blocks):
        if i in holding:
            splits = find_splits(block, first=i <= lead, about=i in words.about, fls=i in words.fls)
        elif (
            i > lead
            and len(block.text) >= _OPENING_MIN_CHARS
            and (block.kind is _PARAGRAPH or block.kind is _LINE)
        ):
            # (find_splits of a block holding no embedded heading's words, written out;
            # the first tests of _opening_split are read here: most blocks are too short,
            # or list items)
            opening = _opening_split_of(block.text)
            splits = [] if opening is None else [opening]
        else:
            continue
        splits = [s for s in splits if not _cuts_a_name(blocks, i, s)]
        if splits:
            found[i] = splits
    if not found:
        return tuple(blocks)
    families = _accepted(found.values())
    units: list[Block] = []
    for i, block in enumerate(blocks):
        own = found.get(i)  # (mostly none)
        kept = [s for s in own if not s.weak or s.family in families] if own else None
        if not kept:
            units.append(block)
            continue
        units.extend(_pieces(block, kept))
    return tuple(units)


def _pieces(block: Block, splits: Sequence[Split]) -> list[Block]:
    """Cut ``block`` at ``splits`` into text, heading, text ... blocks."""
    out: list[Block] = []
    pos = 0
    for s in splits:
        _add_piece(out, block, pos, s.start, block.kind)
        _add_piece(out, block, s.start, s.end, BlockKind.HEADING)
        pos = s.end
    _add_piece(out, block, pos, len(block.text), block.kind)
    return out


def _add_piece(out: list[Block], block: Block, start: int, end: int, kind: BlockKind) -> None:
    text = block.text
    strip = " \t:" if kind is BlockKind.HEADING else " \t"
    while start < end and text[start] in (" \t:" if out else " \t"):
        start += 1
    while end > start and text[end - 1] in strip:
        end -= 1
    if end <= start:
        return
    base = block.span.start
    heading = kind is BlockKind.HEADING
    span = trusted_span(base + start, base + end)  # (0 <= start < end: valid)
    out.append(
        trusted_block(
            kind, text[start:end], span, block.group, 0 if heading else block.level, False
        )
    )
