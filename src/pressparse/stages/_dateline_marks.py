"""The cheap tests run before the dateline families: which marks the text at a block holds.

A family's pattern is costly where it fails: the engine tries every way to read the words
at the block's start as a place before giving up. Each family needs marks near where the
place ends (a date, a slash, a parenthesis, a dash, the end of the line), so those are
looked for first, in the few characters past the farthest point a place can reach. The
marks are necessary conditions only: a family whose marks are missing cannot match there,
so skipping it finds the same dateline.

Marks, as letters: "d" a digit in the head, "/" "(" "-" a slash, parenthesis or dash in
the head (the head: :data:`HEAD_CHARS` characters), "P" a capital at the start (where a
place may open); and where a place may end: "D" a date starting within
:data:`DATE_AFTER_PLACE` characters, "E" that or a French "le" and a space before a
date, "S" a slash right after it, "O" an opening parenthesis right after it or after a
dash, "C" a closing parenthesis right after it, "h" a dash in it or right after it ("a":
one before a space; "T": a date after a later dash, closing a wire's slot),
"K" a comma in it or right after it, "L" the end of a line in it or
right after it; "W" a wire's name in the first parenthesis, "w" that or a time zone
opening it.
"""

from __future__ import annotations

from typing import Final

import regex

from pressparse._zones import ZONE_PATTERN
from pressparse.dates import date_may_open_at, date_starts_within
from pressparse.wires import is_wire_name

__all__ = [
    "DATE_MARKS",
    "HEAD_CHARS",
    "HEAD_MARKS",
    "NO_REACH",
    "date_marks_at",
    "head_marks_at",
    "marks_and_reach",
    "marks_at",
    "opens_a_dateline",
]

#: How much text after a block's start a dateline may take, for the cheap checks.
HEAD_CHARS: Final = 240
#: The marks read in the head (the rest are read where a place may end).
HEAD_MARKS: Final = frozenset("d/(-P")
#: The marks :func:`date_marks_at` reads (the costliest).
DATE_MARKS: Final = frozenset("DE")
#: The reach :func:`marks_and_reach` gives where no place opens (a place's reach is never
#: before its start).
NO_REACH: Final = -1
#: How far past the end of a place a date may start: spaces, a comma or a dash, spaces
#: (three of each at most in every family).
DATE_AFTER_PLACE: Final = 9

# The marks in the head.
_DIGIT: Final = regex.compile(r"\d")
# A place opens with a capital: "SALT LAKE CITY", "Paw Paw".
_PLACE_OPENS: Final = regex.compile(r"\p{Lu}")

# How far a place can reach: the families' place pattern with every word taken whole and
# without its limits, so that its end is never before where a place can end. Words start
# with a capital; a lower-case word stands only before a capitalised one ("Rio de
# Janeiro"), after a comma ("Dallas, texas") or as a join ("Austin and Boise").
_REACH_WORD: Final = r"\p{Lu}[\p{L}\p{M}\d.'’&\-]*+"
_REACH_PART: Final = rf"{_REACH_WORD}(?:\ (?:\p{{Ll}}+\ )?{_REACH_WORD})*+"
_PLACE_REACH: Final = regex.compile(
    rf"""(?:\(\s{{0,2}})?{_REACH_PART}
    (?:\s?,\s?(?:{_REACH_PART}|\p{{Ll}}[\p{{L}}.]*+)|\ (?:&|and|y|et)\ {_REACH_PART})*+""",
    regex.VERBOSE,
)
# Spaces up to the end of a line: "Miami, Florida  \n".
_LINE_END: Final = regex.compile(r"[^\S\n]*(?:\n|\Z)")
# A dash as an AP dateline prints it after the place, before a space: "SANTA ANA – "; an em
# or en dash may touch the capital after it: "TOPEKA—Attorneys".
_AP_DASH: Final = regex.compile(r"[-–—](?=\s|\Z)|[–—](?=\p{Lu})")
# A dash, as the families print one (see :data:`_has_dash`).
_ANY_DASH: Final = regex.compile(r"[-–—―]")
# A time zone opening a parenthesis: "(ET)", "(Eastern Standard Time)".
_ZONE: Final = regex.compile(ZONE_PATTERN)
#: How far past the end of a place the dash closing a wire's slot may end: spaces, a
#: dash of three characters, spaces, a parenthesis, the wire's sixty characters, a
#: parenthesis, spaces and the closing dash (see the "dash_wire_dash_date" family).
WIRE_SLOT_REACH: Final = 2 + 3 + 2 + 1 + 60 + 1 + 2 + 3
#: A wire's credit in parentheses holds at most this many characters (its name and the
#: spaces around it).
MAX_CREDIT: Final = 64


def _line_ends_at(text: str, pos: int) -> bool:
    """True when only spaces stand from ``pos`` to the end of its line (see
    :data:`_LINE_END`), told by the first character where it settles the question."""
    first = text[pos : pos + 1]
    if first in ("\n", ""):
        return True
    # A character that is not a space (``str.isspace`` holds for every character ``\s``
    # matches) ends no line, nor does one after a single space: most places end before a
    # letter, a comma or a dash, or a space and a word.
    if not first.isspace():
        return False
    second = text[pos + 1 : pos + 2]
    if first == " " and second and not second.isspace():
        return False
    return _LINE_END.match(text, pos) is not None


def _has_dash(text: str) -> bool:
    """True when ``text`` holds a dash: "-", "–", "—" or "―" (four ``in`` tests cost less
    than a search for a pattern of the four)."""
    return "-" in text or "–" in text or "—" in text or "―" in text


def _has_le(text: str, pos: int, end: int) -> bool:
    r"""True when a French "le" stands in ``text[pos:end]`` with a space after it (maybe
    just past ``end``): the families read ``le\s+`` before such a date, and ``str.isspace``
    holds for every character ``\s`` matches. Most places hold "le" only inside a word
    ("SEATTLE", "Charleston"), where no family can read it."""
    at = text.find("le", pos, end)
    while at >= 0:
        if text[at + 2 : at + 3].isspace():
            return True
        at = text.find("le", at + 1, end)
    return False


def _head_marks(text: str, pos: int) -> str:
    head = text[pos : pos + HEAD_CHARS]
    marks = ""
    if _DIGIT.search(text, pos, pos + HEAD_CHARS - 40):  # a digit in all but the last 40
        marks += "d"
    if "/" in head:
        marks += "/"
    if "(" in head:
        marks += "("
    if "-" in head or "–" in head or "—" in head or "―" in head:  # (what _has_dash finds)
        marks += "-"
    first = text[pos : pos + 1]
    # (an ASCII character is a capital only from A to Z: the pattern is run for the others)
    if ("A" <= first <= "Z") if first.isascii() else _PLACE_OPENS.match(text, pos):
        marks += "P"
    return marks


def _date_marks(text: str, pos: int, reach: int, head: str) -> str:
    """The date marks ("D", "E") after a place starting at ``pos`` (ending at ``reach`` at
    most): the costliest marks, read apart so that a caller may leave them unread."""
    # A place takes at least the first character, so its date starts after it.
    if "d" in head and date_starts_within(text, pos + 1, reach + DATE_AFTER_PLACE):
        return "DE"
    if "/" in head and _has_le(text, pos + 1, reach + DATE_AFTER_PLACE):
        return "E"  # "QC, le 14 sept.": the date may stand further on, after "le"
    return ""


def _place_end_marks(text: str, pos: int, reach: int, head: str) -> str:
    """The marks around where a place starting at ``pos`` can end (at ``reach`` at most),
    but for the date marks (see :func:`_date_marks`).

    Each is looked for only when the head holds what every form that needs it also needs
    (a digit, a slash, a dash, a parenthesis).
    """
    marks = ""
    if "/" in head and "/" in text[reach : reach + 3]:
        marks += "S"
    if "-" in head and "," in text[pos : reach + 3]:
        marks += "K"
    # (a dash near the end of a place that reaches past the head is not in the head)
    if ("-" in head or reach + 5 > pos + HEAD_CHARS) and _has_dash(text[pos : reach + 4]):
        marks += "h"
        if _AP_DASH.search(text, pos, reach + 5):
            marks += "a"
        if "d" in head and _date_after_dash(text, pos + 1, reach + WIRE_SLOT_REACH):
            marks += "T"
    if "(" in head:
        if ")" in text[reach : reach + 2]:
            marks += "C"
        if "(" in text[reach : reach + 8]:
            marks += "O"
        marks += _paren_marks(text, pos)
    if "P" in head and ("\n" in text[pos:reach] or _line_ends_at(text, reach)):
        marks += "L"
    return marks


def _date_after_dash(text: str, pos: int, end: int) -> bool:
    """True when a date opens after a dash in ``text[pos:end]`` and two spaces at most,
    the dash standing past another dash and a wire's name of two characters: where a dash
    closes a wire's slot and the date follows ("SINGAPORE - Media OutReach Newswire - 14
    July 2026 -"). A word that only opens as a date does ("- month") is no date.

    Every dash is tried, so the last of a run ("--") is; after it, the date is tried at
    each of the next three places a space may leave it at.
    """
    first = None
    for dash in _ANY_DASH.finditer(text, pos, end):
        if first is None:
            first = dash.start()
        if dash.start() < first + 3:
            continue  # (the dash opening the slot, the wire's name after it)
        at = dash.end()
        for _ in range(3):
            # (the cheap test first: the date's opening is matched only where it holds)
            if date_may_open_at(text, at) and date_starts_within(text, at, at):
                return True
            if not text[at : at + 1].isspace():
                break
            at += 1
    return False


def _paren_marks(text: str, pos: int) -> str:
    """The marks of the first parenthesis at or after ``pos`` (in the head).

    A grammar that credits its wire in parentheses after the place prints that credit at
    the first parenthesis, or (after a date) at the second when the first holds the time
    zone: "W" when the first holds a wire's name, "w" when it holds one or opens a zone.
    """
    opening = text.find("(", pos, pos + HEAD_CHARS)
    if opening < 0:
        return ""
    closing = text.find(")", opening + 1, opening + 2 + MAX_CREDIT)
    credit = text[opening + 1 : closing] if closing >= 0 else ""
    if credit and "(" not in credit and is_wire_name(credit):
        return "Ww"
    return "w" if _ZONE.match(text, opening + 1) else ""


def opens_a_dateline(text: str, pos: int) -> bool:
    """True when the character at ``pos`` may open a dateline form.

    Every form opens with a letter or a digit (a place, a date), an opening parenthesis or
    a dash; a quotation mark, a bullet or a rule opens none.
    """
    first = text[pos : pos + 1]
    return first.isalnum() or first in ("(", "-")


def head_marks_at(text: str, pos: int) -> str:
    """The marks of :data:`HEAD_MARKS` the text at ``pos`` holds: the cheap part of
    :func:`marks_at`, for a caller that may find it needs no more."""
    return _head_marks(text, pos) if opens_a_dateline(text, pos) else ""


def marks_at(text: str, pos: int, head: str | None = None, *, dates: bool = True) -> str:
    """The marks the text at ``pos`` holds, as the letters the families' needs use.

    Empty where no dateline form opens (see :func:`opens_a_dateline`): nothing is needed.
    ``head`` passes on what :func:`head_marks_at` gave the caller for ``pos``. With
    ``dates=False`` the date marks ("D", "E") are left unread: :func:`date_marks_at` reads
    them for a caller that finds it needs them.
    """
    if head is None:
        if not opens_a_dateline(text, pos):
            return ""
        head = _head_marks(text, pos)
    # (a head from head_marks_at is empty where no form opens: nothing more is read then)
    return marks_and_reach(text, pos, head, dates=dates)[0]


def marks_and_reach(text: str, pos: int, head: str, *, dates: bool = True) -> tuple[str, int]:
    """:func:`marks_at` for a ``head`` from :func:`head_marks_at`, with how far a place at
    ``pos`` can reach (:data:`NO_REACH` where none opens), for :func:`date_marks_at`."""
    marks = head
    if "P" in marks or text.startswith("(", pos):
        reach = _PLACE_REACH.match(text, pos)
        if reach is not None:
            end = reach.end()
            if dates:
                marks += _date_marks(text, pos, end, marks)
            marks += _place_end_marks(text, pos, end, head)
            return marks, end
    return marks, NO_REACH


def date_marks_at(text: str, pos: int, head: str, reach: int | None = None) -> str:
    """The date marks ("D", "E") that ``marks_at(text, pos, head, dates=False)`` left out:
    with them added, the marks are what :func:`marks_at` gives.

    ``reach`` passes on what :func:`marks_and_reach` gave the caller (the place is not
    read again).
    """
    if not (("d" in head or "/" in head) and ("P" in head or text.startswith("(", pos))):
        return ""  # (no date mark is read for such a head)
    if reach is None:
        found = _PLACE_REACH.match(text, pos)
        reach = NO_REACH if found is None else found.end()
    return "" if reach == NO_REACH else _date_marks(text, pos, reach, head)
