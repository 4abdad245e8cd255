"""Shared machinery of the readers: cleaning text and laying blocks out into a Document."""

from __future__ import annotations

import html
import re
import unicodedata
from typing import Final

import regex

from pressparse.document import BlockKind, Document, laid_out
from pressparse.model import InputFormat

# Characters that carry no text: zero-width spaces and joiners, soft hyphens, BOMs, and C0/C1
# controls other than tab and newline (NUL bytes and form feeds from PDF dumps land here).
# Compiled with the standard library's re, not regex: this pattern is one plain character
# class run over the whole text, and re scans for it several times faster.
_INVISIBLE: Final = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad\x00-\x08\x0b-\x1f\x7f-\x9f]")

# An HTML character reference left in text ("&amp;", "&#8217;", "&#x2019;"): archives often
# keep them in Markdown and plain text, and readers decode them like a browser would.
_ENTITY: Final = regex.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,30}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")


# The ASCII characters of _INVISIBLE, as bytes to delete.
_ASCII_INVISIBLE: Final = bytes([*range(0x09), *range(0x0B, 0x20), 0x7F])
# A C1 control (U+0080 to U+009F) as UTF-8 prints it: the byte C2, then one from 80 to 9F.
# (A bytes pattern opening with one byte is searched for that byte, as str.find would.)
_C1_UTF8: Final = re.compile(rb"\xc2[\x80-\x9f]")


def _may_hold_invisible(text: str) -> bool:
    """False when ``text`` holds no character of :data:`_INVISIBLE`.

    For a text that is not ASCII, where the pattern tests each character against its class
    (the costliest C loop in reading a release): the controls are looked for in the UTF-8
    bytes (the ASCII ones deleted in one C loop, a C1 control after each byte C2) and the
    six others with ``in``, each a fast C search. About half the cost of the pattern.
    """
    raw = text.encode("utf-8", "surrogatepass")
    return (
        len(raw.translate(None, _ASCII_INVISIBLE)) != len(raw)
        or (b"\xc2" in raw and _C1_UTF8.search(raw) is not None)
        # (the others: zero-width spaces and joiners, the word joiner, the BOM, the soft hyphen)
        or "\u200b" in text
        or "\u200c" in text
        or "\u200d" in text
        or "\u2060" in text
        or "\ufeff" in text
        or "\u00ad" in text
    )


def strip_invisible(text: str) -> str:
    """Normalize to NFC, unify line endings and drop characters that carry no text."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.isascii():  # (already NFC; isascii() costs nothing)
        # The bytes of an ASCII text, with those characters deleted in one C loop: several
        # times faster than the pattern, and the text is kept as it is when none was there.
        raw = text.encode("ascii")
        kept = raw.translate(None, _ASCII_INVISIBLE)
        return text if len(kept) == len(raw) else kept.decode("ascii")
    text = unicodedata.normalize("NFC", text)
    return _INVISIBLE.sub("", text) if _may_hold_invisible(text) else text


def decode_entities(text: str) -> str:
    """Decode HTML character references, twice at most ("&amp;amp;" becomes "&")."""
    for _ in range(2):
        if "&" not in text or not _ENTITY.search(text):
            break
        text = html.unescape(text)
    return text


def clean_inline(text: str) -> str:
    """Collapse every run of white space (newlines too) to one space and trim the ends."""
    return " ".join(text.split())  # str.split() is many times faster than a regex here


class DocumentBuilder:
    """Lays blocks out one after another and records each one's span.

    Blocks of one group are joined by a newline, groups by a blank line. Empty blocks are
    dropped, so a reader may add freely.

    A block is kept as a tuple of its fields until :meth:`build`, which lays the blocks out
    in one pass: the offsets are counted there in local variables, not kept up to date in
    attributes at every block added.
    """

    def __init__(self, fmt: InputFormat) -> None:
        self._fmt = fmt
        # Each block as (kind, text, group, level, bold).
        self._items: list[tuple[BlockKind, str, int, int, bool]] = []
        self._group = -1
        self._group_open = False
        self._extra: list[str] = []  # text added to the last block by extend_last, not joined yet

    def new_group(self) -> None:
        """End the current group: the next block starts after a blank line."""
        self._group_open = False

    def add(self, kind: BlockKind, text: str, *, level: int = 0, bold: bool = False) -> None:
        """Append a block of ``kind`` to the current group (opening one if needed)."""
        # clean_inline(text), without a call: blocks are many. A printable text holds no
        # white space but " " (str.isprintable is false for every other space, tab and
        # line break), so one without a double, leading or trailing space is clean as it
        # is, and is not split into words and joined again.
        if not (text.isprintable() and "  " not in text and text.strip(" ") == text):
            text = " ".join(text.split())
        if not text:
            return
        if self._extra:
            self._settle()
        if not self._group_open:
            self._group += 1
            self._group_open = True
        self._items.append((kind, text, self._group, level, bold))

    def last_text(self) -> str | None:
        """Return the text of the last block added, if any."""
        self._settle()
        return self._items[-1][1] if self._items else None

    def last_piece(self) -> str | None:
        """Return the end of the last block: the last text added to it, without joining.

        Enough to see how the block ends, at a cost that does not grow with the block.
        """
        if self._extra:
            return self._extra[-1]
        return self._items[-1][1] if self._items else None

    def extend_last(self, text: str) -> None:
        """Append ``text`` to the last block, after a space (a paragraph split by markup).

        The pieces are joined once, when the block is next read or another block is added,
        so extending a block many times costs time linear in its length.
        """
        text = clean_inline(text)
        if not text or not self._items:
            return
        self._extra.append(text)

    def _settle(self) -> None:
        """Join the pieces :meth:`extend_last` added into the last block."""
        if not self._extra:
            return
        kind, text, group, level, _ = self._items[-1]
        joined = " ".join([text, *self._extra])
        self._extra.clear()
        self._items[-1] = (kind, joined, group, level, False)

    def add_alone(self, kind: BlockKind, text: str, *, level: int = 0, bold: bool = False) -> None:
        """Append a block that forms a group of its own."""
        self.new_group()
        self.add(kind, text, level=level, bold=bold)
        self.new_group()

    def build(
        self,
        *,
        title: str | None = None,
        meta_title: str | None = None,
        meta_date: str | None = None,
    ) -> Document:
        """Return the finished document."""
        self._settle()
        text, blocks = laid_out(self._items)
        return Document(
            text=text,
            blocks=blocks,
            format=self._fmt,
            title=title,
            meta_title=meta_title,
            meta_date=meta_date,
        )
