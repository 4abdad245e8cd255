"""Plain-text reader: text files and text dumps of web pages.

A blank line separates groups. Inside a group, a hard-wrapped paragraph becomes one block
and short lines (addresses, contact blocks, menus) stay one block each. A line of bullet
marker plus text is a list item; a very long line with no breaks is split into the
paragraphs an archive collapsed into it.
"""

from __future__ import annotations

from typing import Final

import regex

from pressparse.document import BlockKind, Document
from pressparse.model import InputFormat
from pressparse.readers._builder import DocumentBuilder, decode_entities, strip_invisible
from pressparse.readers._lines import (
    COLLAPSED_LINE_MIN,
    join_wrapped,
    split_collapsed,
    split_groups,
)

# A bulleted line: "• text", "- text", "* text", "· text", "– text" (marker then a space).
_BULLET: Final = regex.compile(r"^\s*[•·▪◦●\-*–]\s+(?=\S)")

# A horizontal rule drawn with characters: "-----", "=====", "_____", "* * *".
_RULE: Final = regex.compile(r"^\s*(?:[-=_]{3,}|(?:\*\s*){3,})\s*$")

# The characters of a rule drawn with lines, after its first: "---", "===", "___".
_RULE_DASHES: Final = frozenset("-=_")

# The ASCII characters a bullet or a rule may open with (after white space). A line opening
# with any other ASCII character is neither, and is not matched against the two patterns.
_MARK_ASCII_HEADS: Final = frozenset("-=_*")


def _may_be_marked(text: str) -> bool:
    """False when ``text`` opens with neither a rule's nor a bullet's mark: no pattern to run."""
    head = text.lstrip()[:1]
    return head in _MARK_ASCII_HEADS or not head.isascii()


def _may_be_rule(text: str) -> bool:
    """False when ``text`` cannot be a rule by its first two characters past white space: a
    rule's second mark is the first one's kind ("---", "***") or a space ("* * *")."""
    opening = text.lstrip()[:2]
    if opening[:1] == "*":
        return opening[1:] == "*" or opening[1:].isspace()
    return opening[1:] in _RULE_DASHES


def _add_marked(builder: DocumentBuilder, text: str) -> bool:
    """Add ``text`` as a rule or a list item when it is one; False when it is neither."""
    if _may_be_rule(text) and _RULE.match(text):
        builder.add_alone(BlockKind.RULE, text.strip())
        return True
    bullet = _BULLET.match(text)
    if bullet:
        builder.add(BlockKind.LIST_ITEM, text[bullet.end() :])
        return True
    return False


def add_lines(builder: DocumentBuilder, lines: list[str]) -> None:
    """Add one group of text lines to ``builder`` as paragraph, line or list-item blocks."""
    if len(lines) == 1 and len(lines[0]) < COLLAPSED_LINE_MIN:
        # One short line, the common group: nothing to join or split, one paragraph.
        text = lines[0].strip()
        head = text[:1]  # (_may_be_marked inline: the text is stripped, its head is first)
        if not ((head in _MARK_ASCII_HEADS or not head.isascii()) and _add_marked(builder, text)):
            builder.add(BlockKind.PARAGRAPH, text)
        builder.new_group()
        return
    texts = join_wrapped(lines)
    if max(map(len, texts), default=0) >= COLLAPSED_LINE_MIN:
        _add_with_collapsed(builder, texts)
    else:  # no line long enough to hold collapsed paragraphs: a block for each
        kind = BlockKind.PARAGRAPH if len(texts) == 1 else BlockKind.LINE
        for text in texts:
            head = text.lstrip()[:1]  # (_may_be_marked inline: a group may have many lines)
            if (head in _MARK_ASCII_HEADS or not head.isascii()) and _add_marked(builder, text):
                continue
            builder.add(kind, text)
    builder.new_group()


def _add_with_collapsed(builder: DocumentBuilder, texts: list[str]) -> None:
    """Add the joined lines of a group, some long enough to hold collapsed paragraphs: each
    paragraph cut from a line forms a group of its own."""
    pieces: list[tuple[str, bool]] = []  # (text, came from a collapsed line)
    for line in texts:
        if len(line) < COLLAPSED_LINE_MIN:
            pieces.append((line, False))
            continue
        parts = split_collapsed(line)
        pieces.extend((part, len(parts) > 1) for part in parts)
    kind = BlockKind.PARAGRAPH if len(pieces) == 1 else BlockKind.LINE
    for text, collapsed in pieces:
        if _may_be_marked(text) and _add_marked(builder, text):
            continue
        if collapsed:
            builder.add_alone(BlockKind.PARAGRAPH, text)
        else:
            builder.add(kind, text)


def read_text(text: str) -> Document:
    """Read plain text into a :class:`~pressparse.document.Document`."""
    text = decode_entities(strip_invisible(text))
    builder = DocumentBuilder(InputFormat.TEXT)
    for group in split_groups(text):
        add_lines(builder, group)
    return builder.build()
