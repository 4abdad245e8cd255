"""Line handling shared by the plain-text and Markdown readers.

Both formats arrive as lines. A run of lines with no blank line between them is either one
hard-wrapped paragraph (join it) or a set of short lines that each mean something on their
own, such as an address or a contact block (keep them apart). Archive copies also collapse
a whole release onto one line, with paragraphs marked only by runs of spaces.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

import regex

#: A line at least this long with no line break is taken for collapsed paragraphs.
COLLAPSED_LINE_MIN: Final = 600

#: Wrapped prose has lines of similar, fairly long width.
_WRAP_MIN_WIDTH: Final = 45
WRAP_MAX_WIDTH: Final = 100  # (no line of wrapped prose is longer)
#: ... and the lines of one wrapped paragraph differ in width by at most this much.
_WRAP_SPREAD: Final = 25

#: A line of at least this many words, this share of them capitalized, is title case.
_TITLE_MIN_WORDS: Final = 4
_TITLE_CAPS_SHARE: Final = 0.7

# Paragraph breaks of a collapsed line: two or more spaces in a row, as archives leave them
# ("...won the Harbor Prize for Fiction!  Her newest novel follows a lighthouse keeper...").
# The definition: split_collapsed finds the same breaks with str.find (a test holds them
# together), as this pattern would be tried at every character of the line.
_COLLAPSED_BREAK: Final = regex.compile(r"(?<=\S)[ \t]{2,}(?=\S)")

# The white space the pattern above reads as "\s" (the regex module's \s: Unicode
# White_Space, which leaves out the C0 separators \x1c-\x1f that str.isspace counts).
_WHITE_SPACE: Final = frozenset(
    "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
    "\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
# A run of spaces and tabs, from its first one (the standard library's re: ASCII only).
_BLANKS: Final = re.compile("[ \t]+")

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
    """Yield the runs of non-blank lines, each as a list of right-trimmed lines.

    The lines are trimmed all at once; a line of white space only is then empty, so the
    runs are the text again cut at two newlines in a row: string methods do the cutting,
    not a test for each line.
    """
    trimmed = "\n".join(map(str.rstrip, text.split("\n")))  # (map: no Python loop)
    for run in trimmed.split("\n\n"):
        run = run.strip("\n")  # (the newlines of a third blank line in a row, and more)
        if run:
            yield run.split("\n")


def _split_at_blank_runs(line: str) -> list[str]:
    """``_COLLAPSED_BREAK.split(line)``, by ``str.find``.

    The pattern is tried at every character of the line, which costs about as much as the
    rest of reading it. Its breaks are the runs of two or more spaces and tabs with a
    character that is not white space on either side: only the runs need looking at. Each
    run holds two spaces or a tab; the next of each is looked for again only once passed,
    so the line is read once whatever it holds.
    """
    parts: list[str] = []
    start = 0  # where the part being cut starts
    size = len(line)
    end = 0  # where the last run looked at ends
    spaces, tab = line.find("  "), line.find("\t")
    while True:
        if 0 <= spaces < end:
            spaces = line.find("  ", end)
        if 0 <= tab < end:
            tab = line.find("\t", end)
        if spaces < 0 and tab < 0:
            break
        pos = spaces if tab < 0 else tab if spaces < 0 else min(spaces, tab)
        while pos > end and line[pos - 1] == " ":
            pos -= 1  # back to the run's first space (a tab before would have been found)
        run = _BLANKS.match(line, pos)
        end = run.end() if run is not None else pos + 1  # (a run always: a blank at pos)
        if (
            end - pos >= 2
            and pos > 0
            and end < size
            and line[pos - 1] not in _WHITE_SPACE
            and line[end] not in _WHITE_SPACE
        ):
            parts.append(line[start:pos])
            start = end
    parts.append(line[start:])
    return parts


def split_collapsed(line: str) -> list[str]:
    """Split a very long line at the space runs that mark collapsed paragraph breaks."""
    if len(line) < COLLAPSED_LINE_MIN:
        return [line]
    if "  " not in line and "\t" not in line:  # no run of spaces: no break to split at
        stripped = line.strip()
        return [stripped] if stripped else []
    parts = [p.strip() for p in _split_at_blank_runs(line)]
    return [p for p in parts if p]


def _is_title_case(line: str) -> bool:
    """True for a line most of whose words open with a capital: a title, not wrapped prose."""
    words = [w for w in line.split() if w[:1].isalpha()]
    if len(words) < _TITLE_MIN_WORDS:
        return False
    capitalized = sum(1 for w in words if w[0].isupper())
    return capitalized >= _TITLE_CAPS_SHARE * len(words)


#: How a bulleted line opens, its marker then a space: no wrapped line does ("- Low-energy
#: filtration" under "- A competition pool ..." is an item of its own).
_BULLET_OPENINGS: Final = frozenset({"- ", "• ", "* ", "· ", "– ", "▪ ", "◦ ", "● "})


def _is_wrapped_paragraph(lines: list[str]) -> bool:
    """True when every line but the last is of one prose width: a hard-wrapped paragraph.

    A title line standing on a deck or a date line is not one, even at a similar width.
    The widths are read first, and only until one is out of the range: most groups of many
    lines are short lines, and the first one rules the group out.
    """
    if len(lines) < 2:
        return False
    shortest, longest = WRAP_MAX_WIDTH, _WRAP_MIN_WIDTH
    for line in lines[:-1]:
        width = len(line.strip())
        if not _WRAP_MIN_WIDTH <= width <= WRAP_MAX_WIDTH:
            return False
        shortest, longest = min(shortest, width), max(longest, width)
    return (
        longest - shortest <= _WRAP_SPREAD
        and any(not _is_closed(line) for line in lines[:-1])
        and not _is_title_case(lines[0])
        and not any(line.lstrip()[:2] in _BULLET_OPENINGS for line in lines[1:])
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
        # continues(out[-1][-1], stripped), its cheap tests inline: groups have many lines.
        head = stripped[:1]
        if (
            not (head.isascii() and head not in _CONTINUATION_ASCII_HEADS)
            and out
            and out[-1][-1][-1:] not in _CLOSING_CHARS
            and _CONTINUATION.match(stripped) is not None
        ):
            out[-1].append(stripped)
        else:
            out.append([stripped])
    return [" ".join(pieces) for pieces in out]
