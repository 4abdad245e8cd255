"""The quotations of one passage, each with the cue printed next to it.

Ties the pieces together for one passage: marks (:mod:`._quote_marks`), the cut of an
unclosed quotation before an attribution run into it, the filter for what is not speech
(:mod:`._quote_filter`) and the quotation's own cue (:mod:`._attribution`).
"""

from __future__ import annotations

from typing import Final, NamedTuple

import regex

from pressparse.stages._attribution import (
    Cue,
    cue_after,
    cue_before,
    leading_attribution,
    trailing_attribution,
)
from pressparse.stages._quote_filter import (
    BEFORE_CHARS,
    MIN_CHARS,
    not_speech_by_lead,
    not_speech_by_words,
)
from pressparse.stages._quote_marks import Marked, find_marked
from pressparse.stages._sentences import (
    next_sentence_end,
    sentence_ends,
    sentence_start_before,
)

__all__ = ["Found", "PassageQuotes", "find_quotes"]

#: Characters that may stand between a sentence's start and a quotation that opens it.
_OPENING_NOISE: Final = " \n([—–-*•>"

# The last character before a quotation that is not one of those, searched backwards
# (``REVERSE``). Example: 'Her answer: "Yes."' -> ":".
_LEAD_END: Final = regex.compile(r"[^ \n(\[—–\-*•>]", regex.REVERSE)

# The marks of a trailing attribution: '..." -- Jane Doe'.
_DASHES: Final = frozenset({"—", "–", "-", "--", "——", "~"})

# Marks that end a sentence inside a quotation: '"We grew."' is a sentence of its own.
_SENTENCE_MARKS: Final = ".!?…"


class Found(NamedTuple):
    """A quotation of a passage: where it stands (offsets into the passage text), its own
    cue, whether it opens a sentence, and whether it starts the passage.

    A named tuple rather than an attrs class, as the other parts made for each quotation
    (:class:`Marked`, :class:`Cue`): a frozen attrs class sets each field by a call.
    """

    marked: Marked
    cue: Cue | None
    opens_sentence: bool
    opens_passage: bool
    same_sentence: bool  #: it stands in the sentence of the quotation before it
    next_cue: Cue | None = None  #: a cue after it that leads into the next quotation


class PassageQuotes(NamedTuple):
    """The quotations of a passage; ``ends_open`` when its last one runs to its end unclosed."""

    found: tuple[Found, ...]
    ends_open: bool


def _cut_unclosed(text: str, marked: Marked, ends: tuple[int, ...]) -> Marked:
    """End a quotation that was never closed before an attribution run into it."""
    starts = [e for e in ends if marked.start < e < marked.end]
    for i, start in enumerate(starts):
        stop = starts[i + 1] if i + 1 < len(starts) else marked.end
        pos = start
        while pos < stop and text[pos] in " \n":
            pos += 1
        if leading_attribution(text, pos, stop):
            return marked._replace(end=start)
    last = starts[-1] if starts else marked.start
    cut = trailing_attribution(text, last, marked.end)
    return marked._replace(end=cut) if cut is not None else marked


def _own_cue(
    text: str, marks: list[Marked], i: int, ends: tuple[int, ...]
) -> tuple[Cue | None, Cue | None]:
    """The cue printed right after or right before quotation ``i`` of a passage, and a
    cue after it that rather leads into the next one.

    A quotation ending in a comma looks forward first ('"...," said Doe'); one ending a
    sentence looks back first, and takes a cue after it only when that cue ends a sentence
    of its own ('"..." Doe said in a statement.') rather than leading into the next
    quotation ('"..." Doe added, "...'), which is kept as ``next_cue``. The cue leading on
    is read only for a quotation with no cue of its own: the only one that takes it.
    """
    m = marks[i]
    close_end = m.end + 1 if m.closed else m.end
    # the quotation's last character but white space, read in place (no copy of it)
    last = m.end
    while last > m.start and text[last - 1].isspace():
        last -= 1
    open_ended = last > m.start and text[last - 1] not in _SENTENCE_MARKS
    before = None
    if m.open_mark is not None and not open_ended:
        # 'Doe said, "...."': a cue naming someone before it is its own, whatever follows
        before = _cue_before(text, marks, i, ends, m.open_mark)
        if before is not None and before.who is not None:
            return before, None
    next_open = marks[i + 1].open_mark if i + 1 < len(marks) else None
    sentence_end = next_sentence_end(ends, close_end, len(text))
    after_end = min(next_open if next_open is not None else len(text), sentence_end)
    after = cue_after(text, close_end, after_end, loose=open_ended)
    leading = None
    trusted = open_ended or not m.closed or after_end == sentence_end
    if after is not None and not (trusted or after.verb in _DASHES):
        after, leading = None, after
    if m.open_mark is None or (open_ended and after is not None and after.who is not None):
        return after, leading  # '"...," said Doe': nothing before counts
    if open_ended:
        before = _cue_before(text, marks, i, ends, m.open_mark)
    ordered = [after, before] if open_ended else [before, after]
    named = [c for c in ordered if c is not None and c.who is not None]
    own = named[0] if named else next((c for c in ordered if c is not None), None)
    return own, leading


def _cue_before(
    text: str, marks: list[Marked], i: int, ends: tuple[int, ...], opening: int
) -> Cue | None:
    """The cue in the sentence before quotation ``i``, whose opening mark stands at
    ``opening``, after the quotation before it."""
    prev_close = marks[i - 1].end + 1 if i > 0 else 0
    start = max(prev_close, sentence_start_before(ends, opening))
    return cue_before(text, start, opening)


def _opens_sentence(text: str, marked: Marked, ends: tuple[int, ...]) -> bool:
    """True when the quotation stands at the start of a sentence (or after a colon)."""
    if marked.open_mark is None:
        return True
    start = sentence_start_before(ends, marked.open_mark)
    last = _LEAD_END.search(text, start, marked.open_mark)  # no copy of a long sentence
    return last is None or last[0] == ":"


def _same_sentence(previous: Marked, marked: Marked, ends: tuple[int, ...]) -> bool:
    """True when no sentence ends between two quotations ('"A," he said, "B."')."""
    if marked.open_mark is None:
        return False
    return next_sentence_end(ends, previous.end, marked.open_mark + 1) > marked.open_mark


def _content_start(text: str) -> int:
    """Where the passage's words start, past any :data:`_OPENING_NOISE` (stepped over
    character by character: ``lstrip`` would copy the whole passage to tell)."""
    at = 0
    while at < len(text) and text[at] in _OPENING_NOISE:
        at += 1
    return at


def find_quotes(
    text: str, *, carry_open: bool = False, doubles: list[int] | None = None
) -> PassageQuotes:
    """Find the quotations of one passage's ``text``, with their own cues.

    ``carry_open`` says the passage before ended inside an open quotation; ``doubles``
    are the offsets of its double quotation marks, when the caller knows them.
    """
    # The sentence ends are read when first needed: many passages hold only quoted
    # names and titles, which their own words tell.
    ends: tuple[int, ...] | None = None
    marks: list[Marked] = []
    for m in find_marked(text, carry_open=carry_open, doubles=doubles):
        if not m.closed:
            ends = ends if ends is not None else sentence_ends(text)
            m = _cut_unclosed(text, m, ends)
        marks.append(m)
    content = _content_start(text)
    found: list[Found] = []
    for i, m in enumerate(marks):
        if m.end - m.start < MIN_CHARS:
            continue  # too short to be speech, as not_speech_by_words would tell: '"Acme"'
        # what is not speech (is_not_speech): told by its words, then by what leads in
        quoted = text[m.start : m.end]
        if not_speech_by_words(quoted):
            continue
        if ends is None:
            ends = sentence_ends(text)
        opening = m.open_mark if m.open_mark is not None else 0
        start = max(sentence_start_before(ends, opening), opening - BEFORE_CHARS)
        if not_speech_by_lead(quoted, text[start:opening]):
            continue
        own, next_cue = _own_cue(text, marks, i, ends)
        same = i > 0 and _same_sentence(marks[i - 1], m, ends)
        # tuple.__new__: a named tuple's own constructor is a Python call
        found.append(
            tuple.__new__(
                Found, (m, own, _opens_sentence(text, m, ends), opening <= content, same, next_cue)
            )
        )
    ends_open = bool(marks) and not marks[-1].closed and marks[-1].end == len(text)
    return PassageQuotes(tuple(found), ends_open)
