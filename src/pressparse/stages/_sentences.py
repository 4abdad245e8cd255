"""Sentence boundaries in release prose, aware of the abbreviations releases are full of.

The quotes stage needs to know where a sentence starts and ends to read attributions
("... growth," said Ravi K. Ostrum. "Next ...") without stopping at the period of an
initial ("J."), a title ("Gov.", "Sen.") or a short form ("U.S.", "No.").
"""

from __future__ import annotations

import bisect
from typing import Final

import regex

from pressparse._chars import char_offsets

__all__ = ["next_sentence_end", "sentence_ends", "sentence_start_before"]

# Words that end with a period without ending the sentence: titles, ranks, and short forms
# printed before a name or a number ("Gov. Ada Vance", "Det. Sam Ruiz", "No. 4").
_ABBREVIATIONS: Final = frozenset(
    {
        "mr", "mrs", "ms", "mx", "dr", "prof", "sr", "jr", "st", "mt", "ft", "rev", "hon",
        "gov", "sen", "rep", "del", "lt", "gen", "col", "capt", "cpt", "cmdr", "adm", "maj",
        "sgt", "cpl", "det", "insp", "supt", "atty", "asst", "assoc", "dept", "no", "nos",
        "vs", "v", "etc", "approx", "est", "fig", "vol", "ave", "blvd", "rd", "jan", "feb",
        "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "pres",
        "sra", "srta", "av", "ste",
    }
)  # fmt: skip

# A candidate sentence end: terminal punctuation, any closing marks, then white space and
# the next sentence's first character (upper-case letter, digit or an opening mark).
# Example: 'the deal." Next' or 'in 2025. "We' -> an end after the closing mark.
_END: Final = regex.compile(
    r"""
    (?<=\S)                       # punctuation right after a word
    [.!?…]+                       # terminal punctuation
    [”"’')\]]*                    # closing marks or brackets that belong to the sentence
    (?=\s+[\p{Lu}\d“"‘'(\[«„])    # white space, then what opens the next sentence
    """,
    regex.VERBOSE,
)

# The word that stands just before a period: "Gov" in "Gov.", "K" in "Ravi K.",
# "U.S" in "U.S.". Searched backwards from the period (``REVERSE``), where the match ends.
_WORD_BEFORE: Final = regex.compile(r"([\p{L}.]+)\.$", regex.REVERSE)


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the period at ``dot`` closes an abbreviation or an initial."""
    low = max(0, dot - 12)
    # Most periods follow a word of ASCII letters after a space: that word is the one
    # :data:`_WORD_BEFORE` finds, told without the pattern.
    space = text.rfind(" ", low, dot)
    word = text[space + 1 : dot] if space >= 0 else ""
    if not (word.isascii() and word.isalpha()):
        m = _WORD_BEFORE.search(text, low, dot + 1)
        if m is None:
            return False
        word = m[1]
    if "." in word:  # "U.S.", "J.D.", "a.m."
        return True
    if len(word) == 1 and word.isupper():  # an initial: "Ravi K. Ostrum"
        return True
    return word.lower() in _ABBREVIATIONS


# The marks an :data:`_END` match opens with, and the marks it may go on with.
_TERMINAL: Final = ".!?…"
_GOES_ON: Final = ".!?…”\"’')]"


def sentence_ends(text: str) -> tuple[int, ...]:
    """Return the offsets just past each sentence-ending mark in ``text`` (the last excluded).

    An :data:`_END` match opens with a terminal mark, so the pattern is tried at each mark
    in turn, past the last match: the matches a scan of the whole text would find.
    """
    ends: list[int] = []
    done = 0  # where the last match ended
    for at in char_offsets(text, _TERMINAL):
        if at < done:
            continue
        # a match goes on past its first mark with another mark, a closing one, or white
        # space: any other character after it (a period inside "U.S." or "3.5") rules
        # it out without the pattern (every character ``\s`` takes is ``isspace``)
        after = text[at + 1 : at + 2]
        if not after or not (after in _GOES_ON or after.isspace()):
            continue
        m = _END.match(text, at)  # its look-behind sees text[at - 1]
        if m is None:
            continue
        done = m.end()
        if m[0][0] == "." and m[0] == "." and _is_abbreviation(text, m.start()):
            continue
        ends.append(m.end())
    return tuple(ends)


def sentence_start_before(ends: tuple[int, ...], pos: int) -> int:
    """Return where the sentence holding ``pos`` starts, given :func:`sentence_ends`."""
    i = bisect.bisect_right(ends, pos)
    return ends[i - 1] if i else 0


def next_sentence_end(ends: tuple[int, ...], pos: int, default: int) -> int:
    """Return the first sentence end after ``pos`` (``default`` when there is none)."""
    i = bisect.bisect_right(ends, pos)
    return ends[i] if i < len(ends) else default
