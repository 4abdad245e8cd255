"""Markdown reader: headings, emphasis and links reduced to their text.

Handles ATX (``# Title``) and setext headings, bullet and numbered lists, block quotes,
rules, bold-only lines (often subheads), images (dropped), inline HTML tags (dropped) and
backslash escapes. Archive Markdown whose paragraphs were collapsed onto one line is split
the way the plain-text reader splits it.
"""

from __future__ import annotations

from typing import Final

import regex

from pressparse.document import BlockKind, Document
from pressparse.model import InputFormat
from pressparse.readers._builder import DocumentBuilder, decode_entities, strip_invisible
from pressparse.readers._lines import split_groups
from pressparse.readers.text import add_lines

# "## Heading", "#Heading" (archives drop the space), with optional closing hashes. The
# closing hashes are stripped by _atx_text: a lazy text before "\s*#*\s*$" would backtrack
# quadratically over a long run of spaces.
_ATX_HEADING: Final = regex.compile(r"^\s{0,3}(?P<marks>#{1,6})\s*(?P<text>[^#\s].*)$")

# A setext underline: "=====" (level 1) or "-----" (level 2) under a heading line.
_SETEXT: Final = regex.compile(r"^\s{0,3}(?P<mark>=+|-+)\s*$")

# A thematic break: "---", "***", "___", "* * *".
_RULE: Final = regex.compile(r"^\s{0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$")

# List markers: "- item", "* item", "+ item", "1. item", "1) item".
_LIST_ITEM: Final = regex.compile(r"^\s*(?:[-*+•]|\d{1,3}[.)])\s+(?=\S)")

# Block-quote markers: "> text", "> > text".
_BLOCKQUOTE: Final = regex.compile(r"^\s*(?:>\s?)+")

# A link target in parentheses, which may hold one level of balanced parentheses:
# "(https://example.org/wiki/Loom_(weaving))". Brackets and parentheses never open inside
# a link text or target, so a run of "[" or "(" that never closes costs linear time.
_TARGET: Final = r"\((?:[^()\n]++|\([^()\n]*+\))*+\)"

# Images: "![alt](src)" and reference images, dropped with their alt text.
_IMAGE: Final = regex.compile(rf"!\[[^\[\]\n]*\](?:{_TARGET}|\[[^\[\]\n]*\])")

# Links reduced to their text: "[text](url)", "[text][ref]", and bare "<https://...>".
_LINK: Final = regex.compile(rf"\[(?P<text>[^\[\]\n]*)\](?:{_TARGET}|\[[^\[\]\n]*\])")
_AUTOLINK: Final = regex.compile(r"<(?P<url>(?:https?://|mailto:)[^<>\s]+)>")

# Inline HTML tags such as "<br>", "<span class=x>", "</u>".
_HTML_TAG: Final = regex.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")

# Emphasis markers: "**bold**", "__bold__", "*em*", "_em_" (not snake_case words). The bold
# text never holds its own marker ("**" or "__"), so it can only close at the first marker
# after it: each branch takes the whole run up to there at once (possessive, no lazy
# stepping and backreference test at every character) and a run of "**" that never closes
# costs linear time.
_STRONG: Final = regex.compile(
    r"\*\*(?=\S)(?P<text>(?:[^*\n]++|\*(?!\*))++)(?<=\S)\*\*"
    r"|__(?=\S)(?P<text>(?:[^_\n]++|_(?!_))++)(?<=\S)__"  # one group: names may repeat
)
_EMPHASIS: Final = regex.compile(
    r"(?<![\w*])(?P<mark>[*_])(?=\S)(?P<text>[^*_\n]+?)(?<=\S)(?P=mark)(?![\w*])"
)

# Where emphasis may open: the opening of _EMPHASIS alone, tried at each mark of a text.
_EMPHASIS_OPENS: Final = regex.compile(r"(?<![\w*])[*_](?=\S)")

# Inline code spans: "`code`".
_CODE: Final = regex.compile(r"`(?P<text>[^`\n]+)`")

# Backslash escapes of Markdown punctuation: "\*", "\#", "\[".
_ESCAPE: Final = regex.compile(r"\\(?P<char>[\\`*_{}\[\]()#+\-.!|>~\"'$])")

# A line that is bold and nothing else: "**Why Springfield?**", "__About Acme__".
_BOLD_LINE: Final = regex.compile(r"^\s*(\*\*|__)(?P<text>[^\n]+?)\1\s*+:?\s*+$")


def strip_inline(text: str) -> str:
    """Reduce inline Markdown to its text: images go, links keep their text, marks go.

    Each pattern runs only when the character it needs is in the text: most lines of a
    release carry no markup at all.
    """
    if "[" in text:
        if "!" in text:
            text = _IMAGE.sub("", text)
        text = _LINK.sub(lambda m: m["text"], text)
    if "<" in text:
        text = _AUTOLINK.sub(lambda m: m["url"].removeprefix("mailto:"), text)
        text = _HTML_TAG.sub(" ", text)
    if "`" in text:
        text = _CODE.sub(lambda m: m["text"], text)
    if "**" in text or "__" in text:
        text = _STRONG.sub(lambda m: m["text"], text)
    if ("*" in text or "_" in text) and _may_open_emphasis(text):
        text = _EMPHASIS.sub(lambda m: m["text"], text)
    if "\\" in text:
        text = _ESCAPE.sub(lambda m: m["char"], text)
    return text


def _may_open_emphasis(text: str) -> bool:
    """False when no mark in ``text`` can open emphasis ("snake_case", "5 * 3").

    The opening is matched at each mark found by ``str.find``: a text holds few marks, and
    :data:`_EMPHASIS` run over it would try every character.
    """
    for mark in "*_":
        pos = text.find(mark)
        while pos >= 0:
            if _EMPHASIS_OPENS.match(text, pos):
                return True
            pos = text.find(mark, pos + 1)
    return False


def _atx_text(heading: regex.Match[str]) -> str:
    """Return the text of an ATX heading without its closing hashes ("## Title ##")."""
    return str(heading["text"]).rstrip().rstrip("#").rstrip()


def _flush(builder: DocumentBuilder, pending: list[str]) -> None:
    if pending:
        add_lines(builder, [strip_inline(line) for line in pending])
        pending.clear()


def _head(line: str) -> str:
    """Return the first character of ``line`` after its leading white space ("" if none)."""
    return line.lstrip()[:1]


def _may_open(head: str, marks: frozenset[str]) -> bool:
    """False when a line opening with ``head`` (see :func:`_head`) cannot match a pattern
    whose ASCII opening characters are ``marks``: a cheap test before the pattern."""
    return head in marks or not head.isascii()


# The ASCII characters each line pattern opens with, after white space: most lines open with
# a letter, and are then matched against none of the patterns.
_QUOTE_HEADS: Final = frozenset(">")
_ATX_HEADS: Final = frozenset("#")
_SETEXT_HEADS: Final = frozenset("=-")
_RULE_HEADS: Final = frozenset("-*_")
_BOLD_HEADS: Final = frozenset("*_")
_ITEM_HEADS: Final = frozenset("-*+0123456789")
_LINE_HEADS: Final = _QUOTE_HEADS | _ATX_HEADS | _RULE_HEADS | _BOLD_HEADS | _ITEM_HEADS


def _add_group(builder: DocumentBuilder, lines: list[str]) -> None:
    """Add one blank-line-separated group of Markdown lines."""
    if len(lines) == 1:
        head = _head(lines[0])
        if head not in _LINE_HEADS and head.isascii():
            # One plain line, the common group: no line pattern can match it (nor the
            # setext underline, as no line follows).
            add_lines(builder, [strip_inline(lines[0])])
            return
    pending: list[str] = []  # plain lines waiting to be added together
    heads = [raw.lstrip()[:1] for raw in lines]  # (_head of each line, without a call)
    skip_underline = False
    for i, raw in enumerate(lines):
        if skip_underline:
            skip_underline = False
            continue
        head = heads[i]
        nxt_head = heads[i + 1] if i + 1 < len(lines) else ""
        if not _may_open(head, _LINE_HEADS) and not _may_open(nxt_head, _SETEXT_HEADS):
            pending.append(raw)  # a plain line, the common case: no pattern can match it
            continue
        line = raw
        if _may_open(head, _QUOTE_HEADS):
            line = _BLOCKQUOTE.sub("", raw)
            head = _head(line)
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        heading = _ATX_HEADING.match(line) if _may_open(head, _ATX_HEADS) else None
        if heading:
            _flush(builder, pending)
            level = len(heading["marks"])
            builder.add_alone(BlockKind.HEADING, strip_inline(_atx_text(heading)), level=level)
        elif (
            _may_open(nxt_head, _SETEXT_HEADS)
            and _SETEXT.match(nxt)
            and not _LIST_ITEM.match(line)
            and len(line) < 200
        ):
            _flush(builder, pending)
            level = 1 if nxt.strip().startswith("=") else 2
            builder.add_alone(BlockKind.HEADING, strip_inline(line), level=level)
            skip_underline = True
        elif _may_open(head, _RULE_HEADS) and _RULE.match(line):
            _flush(builder, pending)
            builder.add_alone(BlockKind.RULE, line.strip())
        elif _may_open(head, _BOLD_HEADS) and (bold := _BOLD_LINE.match(line)):
            _flush(builder, pending)
            builder.add_alone(BlockKind.PARAGRAPH, strip_inline(bold["text"]), bold=True)
        elif _may_open(head, _ITEM_HEADS) and (item := _LIST_ITEM.match(line)):
            _flush(builder, pending)
            builder.add(BlockKind.LIST_ITEM, strip_inline(line[item.end() :]))
        else:
            pending.append(line)
    _flush(builder, pending)


def read_markdown(text: str) -> Document:
    """Read Markdown into a :class:`~pressparse.document.Document`."""
    text = decode_entities(strip_invisible(text))
    builder = DocumentBuilder(InputFormat.MARKDOWN)
    for group in split_groups(text):
        _add_group(builder, group)
        builder.new_group()
    return builder.build()
