"""Finding quotations by their marks, including the broken typography real releases have.

Double marks delimit quotations: curly (“ ”), straight ("), low (&#8222;) and guillemets
(« »); single marks inside them are part of the text. Whether a straight mark opens or
closes is read from what stands around it. Three kinds of broken typography are repaired:

* a quotation closed with an opening mark (``... in the county. “In 2019 ...``): an opening
  mark met while a quotation is open, right after a sentence or clause ends, closes it;
* a quotation never closed: it runs to the end of its passage (the caller cuts it before an
  attribution run into it);
* a closing mark with no opening one in a passage that continues an open quotation from
  the paragraph before: the quotation runs from the passage's start.

Single marks (‘ ’, or straight ones around a quotation such as 'We grew,' said Ann) delimit
quotations only in a passage that has no double marks; apostrophes are told apart by what
stands around them.
"""

from __future__ import annotations

import bisect
from typing import Final, NamedTuple

from pressparse._chars import char_offsets

__all__ = ["Marked", "double_marks", "find_marked"]

_OPENERS: Final = frozenset("“„«‟")
_CLOSERS: Final = frozenset("”»")
_STRAIGHT: Final = '"'

# Every double quotation mark.
_DOUBLE_MARKS: Final = '“”„‟«»"'

# Single marks, curly or straight, used only when a passage has no double marks.
_SINGLE_MARKS: Final = "‘’'"

# What may stand right before an opening mark: start, space, an opening bracket, a dash,
# or emphasis marks left in text ('**"We grew,"** said Ann').
_BEFORE_OPENER: Final = frozenset(" \t\n([{—–-/*_>")

# Punctuation after which an opening mark met inside an open quotation is really its
# closing mark: "... the county. “In 2019" or "... prospects, “said".
_CLAUSE_END: Final = frozenset(".,!?;:…")


#: The longest quotation nested inside another with the same marks, in characters.
MAX_NESTED_CHARS: Final = 80


class Marked(NamedTuple):
    """A stretch of a passage between quotation marks.

    ``start``/``end`` delimit the quoted words (marks excluded); ``open_mark`` is the offset
    of the opening mark (``None`` when the quotation runs on from the paragraph before) and
    ``closed`` tells whether a closing mark ended it. A named tuple rather than an attrs
    class, as the other quotation parts are: one is made for every pair of marks.
    """

    start: int
    end: int
    open_mark: int | None
    closed: bool


def _prev_char(text: str, i: int) -> str:
    return text[i - 1] if i > 0 else " "


def _next_char(text: str, i: int) -> str:
    return text[i + 1] if i + 1 < len(text) else " "


def _opening_context(text: str, i: int) -> bool:
    """True when the mark at ``i`` stands where a quotation opens: 'said "We' or '("Acme'.

    The text's start counts as a space before the mark, its end as a space after it (the
    characters are read in place: this runs for nearly every mark).
    """
    if i > 0 and text[i - 1] not in _BEFORE_OPENER:
        return False
    return i + 1 < len(text) and not text[i + 1].isspace()


def _after_clause_end(text: str, i: int) -> bool:
    """True when the last non-space character before ``i`` ends a sentence or clause."""
    j = i - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    return j >= 0 and text[j] in _CLAUSE_END


def _role(text: str, i: int, is_open: bool) -> str:
    """Classify the mark at ``i``, given whether a quotation is open: "open", "close",
    "reopen" (it ends the open quotation and opens another) or "stray"."""
    if not is_open:
        if text[i] in _OPENERS:
            return "open"
        # a straight mark, or a closing mark printed the wrong way round: ' ”We said'
        return "open" if _opening_context(text, i) else "stray"
    if text[i] in _CLOSERS or not _opening_context(text, i):
        return "close"
    # An opening mark while a quotation is open: the wrong-way closing mark after a
    # sentence end, else a new quotation (the open one was never closed).
    return "close" if _after_clause_end(text, i) else "reopen"


def _marks(text: str, doubles: list[int] | None) -> tuple[list[int], bool]:
    """The offsets of the passage's double marks, else of its single marks (``True``).
    ``doubles`` are the double marks when the caller knows them already."""
    if doubles is None:
        doubles = char_offsets(text, _DOUBLE_MARKS)
    if doubles:
        return doubles, False
    return char_offsets(text, _SINGLE_MARKS), True


def double_marks(text: str, marks: list[int], start: int, end: int) -> list[int]:
    """The offsets (from ``start``) of the double marks from ``start`` to ``end`` of
    ``text``, picked from ``marks``, offsets in order that hold every double mark of that
    stretch (and perhaps other characters): the marks a release's body holds, found once
    for all its passages."""
    first = bisect.bisect_left(marks, start)
    last = bisect.bisect_left(marks, end, first)
    return [at - start for at in marks[first:last] if text[at] in _DOUBLE_MARKS]


def _single_role(text: str, i: int, is_open: bool) -> str:
    """Single marks: ‘ (or ' before a capital) opens. ’ closes after a clause's punctuation
    or before anything but a lower-case word (so "members’ work" keeps going); ' closes
    only after punctuation ("'We grew,' said Ann"). Apostrophes inside words are skipped."""
    mark, nxt = text[i], _next_char(text, i)
    if not is_open:
        opens = _opening_context(text, i) and (mark == "‘" or (mark == "'" and nxt.isupper()))
        return "open" if opens else "skip"
    if nxt.isalpha():
        return "skip"
    after_clause = _prev_char(text, i) in _CLAUSE_END
    if mark == "'":
        return "close" if after_clause else "skip"
    following = text[i + 1 :].lstrip(" ")[:1]
    return "close" if after_clause or not following.islower() else "skip"


def _nested(text: str, marks: list[int], k: int) -> bool:
    """True when the mark at ``marks[k]``, met inside an open quotation, opens a short
    quotation nested in it with the same marks ('"... the "Ask and Fetch" trend,"'):
    a closing mark follows soon, and the outer quotation closes after that."""
    if k + 2 >= len(marks):
        return False
    inner_close, outer_close = marks[k + 1], marks[k + 2]
    if inner_close - marks[k] > MAX_NESTED_CHARS or _opening_context(text, inner_close):
        return False
    return not _opening_context(text, outer_close)


def find_marked(
    text: str, *, carry_open: bool = False, doubles: list[int] | None = None
) -> tuple[Marked, ...]:
    """Return the quoted stretches of ``text`` in order.

    ``carry_open`` says the paragraph before ended inside an open quotation, so a closing
    mark met before any opening one closes a quotation that started with this passage.
    ``doubles`` are the offsets of its double marks, when the caller knows them
    (:func:`double_marks`).
    """
    marks, single = _marks(text, doubles)
    role_of = _single_role if single else _role
    new = tuple.__new__  # a named tuple's own constructor is a Python call
    found: list[Marked] = []
    open_at: int | None = None
    pending_carry = carry_open
    count, k = len(marks), 0
    while k < count:
        i = marks[k]
        role = role_of(text, i, open_at is not None)
        k += 1
        if role == "stray":
            if pending_carry and not found:  # it closes the quotation carried on
                found.append(new(Marked, (0, i, None, True)))
            pending_carry = False
        elif role == "open":
            open_at, pending_carry = i, False
        elif open_at is None or role == "skip":  # "close" and "reopen" come with one open
            continue
        elif role == "close":
            found.append(new(Marked, (open_at + 1, i, open_at, True)))
            open_at = None
        elif _nested(text, marks, k - 1):  # "reopen" of a short quotation inside
            k += 1  # skip its closing mark too
        else:  # "reopen": the open quotation was never closed
            found.append(new(Marked, (open_at + 1, i, open_at, False)))
            open_at = i
    if open_at is not None:
        found.append(new(Marked, (open_at + 1, len(text), open_at, False)))
    return tuple(found)
