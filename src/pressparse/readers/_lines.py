"""Line handling shared by the plain-text and Markdown readers.

Both formats arrive as lines. A run of lines with no blank line between them is either one
hard-wrapped paragraph (join it) or a set of short lines that each mean something on their
own, such as an address or a contact block (keep them apart). Archive copies also collapse
a whole release onto one line, with paragraphs marked only by runs of spaces.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

import regex

#: A line at least this long with no line break is taken for collapsed paragraphs.
COLLAPSED_LINE_MIN: Final = 600

#: Wrapped prose has lines of similar, fairly long width.
_WRAP_MIN_WIDTH: Final = 45
_WRAP_MAX_WIDTH: Final = 100
#: ... and the lines of one wrapped paragraph differ in width by at most this much.
_WRAP_SPREAD: Final = 25

#: A line of at least this many words, this share of them capitalized, is title case.
_TITLE_MIN_WORDS: Final = 4
_TITLE_CAPS_SHARE: Final = 0.7

# Paragraph breaks of a collapsed line: two or more spaces in a row, as archives leave them
# ("...won the Harbor Prize for Fiction!  Her newest novel follows a lighthouse keeper...").
_COLLAPSED_BREAK: Final = regex.compile(r"(?<=\S)[ \t]{2,}(?=\S)")

# A line that continues the one before it: it opens with a lower-case word or with closing
# punctuation ("and the company said...", ", which recognizes..."). A lower-case e-mail
# address or web address ("jane@acme.example", "www.acme.example") is not a continuation.
_CONTINUATION: Final = regex.compile(r"^(?:[,;)\]]|\p{Ll}[\p{L}'’-]*+(?:\s|$))")

# The characters that end a sentence or a label: a line ending in one is closed, not
# wrapped mid-sentence. A set, as only the last character of the line is read.
_CLOSING_CHARS: Final = frozenset('.!?:;"”’)]')

# The characters a continuation line (see _CONTINUATION) may open with, among ASCII ones.
# A line opening with any other ASCII character is not matched against the pattern at all.
_CONTINUATION_ASCII_HEADS: Final = frozenset(",;)]abcdefghijklmnopqrstuvwxyz")


def _is_closed(line: str) -> bool:
    """True when ``line`` ends a sentence or a label. Reads only its last character, so the
    cost does not grow with the line (a paragraph joined from thousands of pieces)."""
    return line[-1:] in _CLOSING_CHARS


def split_groups(text: str) -> Iterator[list[str]]:
    """Yield the runs of non-blank lines, each as a list of right-trimmed lines."""
    group: list[str] = []
    for line in text.split("\n"):
        line = line.rstrip()
        if line:  # a line of white space only is blank
            group.append(line)
        elif group:
            yield group
            group = []
    if group:
        yield group


def split_collapsed(line: str) -> list[str]:
    """Split a very long line at the space runs that mark collapsed paragraph breaks."""
    if len(line) < COLLAPSED_LINE_MIN:
        return [line]
    if "  " not in line and "\t" not in line:  # no run of spaces: no break to split at
        stripped = line.strip()
        return [stripped] if stripped else []
    parts = [p.strip() for p in _COLLAPSED_BREAK.split(line)]
    return [p for p in parts if p]


def _is_title_case(line: str) -> bool:
    """True for a line most of whose words open with a capital: a title, not wrapped prose."""
    words = [w for w in line.split() if w[:1].isalpha()]
    if len(words) < _TITLE_MIN_WORDS:
        return False
    capitalized = sum(1 for w in words if w[0].isupper())
    return capitalized >= _TITLE_CAPS_SHARE * len(words)


def _is_wrapped_paragraph(lines: list[str]) -> bool:
    """True when every line but the last is of one prose width: a hard-wrapped paragraph.

    A title line standing on a deck or a date line is not one, even at a similar width.
    """
    if len(lines) < 2 or _is_title_case(lines[0]):
        return False
    widths = [len(line.strip()) for line in lines[:-1]]
    return (
        min(widths) >= _WRAP_MIN_WIDTH
        and max(widths) <= _WRAP_MAX_WIDTH
        and max(widths) - min(widths) <= _WRAP_SPREAD
        and any(not _is_closed(line) for line in lines[:-1])
    )


def continues(previous: str, line: str) -> bool:
    """True when ``line`` carries on the sentence ``previous`` left open."""
    if _is_closed(previous):
        return False
    # Most lines open with an ASCII capital or digit: no need to run the pattern for them.
    head = line[:1]
    if head.isascii() and head not in _CONTINUATION_ASCII_HEADS:
        return False
    return _CONTINUATION.match(line) is not None


def join_wrapped(lines: list[str]) -> list[str]:
    """Join the lines of a group that belong to one paragraph; keep the others apart."""
    if len(lines) == 1:
        return [lines[0].strip()]
    if _is_wrapped_paragraph(lines):
        return [" ".join(line.strip() for line in lines)]
    out: list[list[str]] = []  # the pieces of each paragraph, joined once at the end
    for line in lines:
        stripped = line.strip()
        if out and continues(out[-1][-1], stripped):
            out[-1].append(stripped)
        else:
            out.append([stripped])
    return [" ".join(pieces) for pieces in out]
