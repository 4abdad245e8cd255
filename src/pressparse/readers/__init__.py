"""Readers: turn a source (HTML, Markdown, plain text, bytes) into a Document.

:func:`to_document` is the one entry point. It decodes bytes, picks the format (or sniffs
it when asked for ``"auto"``) and hands the text to the reader of that format.
"""

from __future__ import annotations

from typing import Final, Literal

import regex
from bs4.dammit import EncodingDetector, UnicodeDammit

from pressparse.document import Document
from pressparse.errors import InputError
from pressparse.model import Diagnostic, InputFormat
from pressparse.readers.html import read_html
from pressparse.readers.markdown import read_markdown
from pressparse.readers.text import read_text

__all__ = ["FormatName", "decode_bytes", "sniff_format", "to_document"]

FormatName = Literal["auto", "html", "markdown", "text"]

#: The encoding tried for bytes that are not UTF-8 and declare none.
LEGACY_ENCODING: Final = "windows-1252"

#: How much of the start of a source the format sniffer looks at.
SNIFF_CHARS: Final = 20_000

# An HTML page or fragment: a doctype or <html>/<body>/<head>, or block tags.
_HTML_START: Final = regex.compile(
    r"^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])", regex.IGNORECASE
)
_HTML_TAG: Final = regex.compile(
    r"<(?:p|div|br|h[1-6]|li|span|a|table|article|section)[\s/>]", regex.IGNORECASE
)

# Markdown signals: ATX headings, links, bold runs, list markers, rules.
_MD_HEADING: Final = regex.compile(r"^#{1,6}[ \t]*\S", regex.MULTILINE)
_MD_LINK: Final = regex.compile(r"\[[^\[\]\n]+\]\([^()\s]+\)")  # no "[" inside: linear
_MD_STRONG: Final = regex.compile(r"\*\*[^*\n]+\*\*|__[^_\n]+__")

_READERS: Final = {
    InputFormat.HTML: read_html,
    InputFormat.MARKDOWN: read_markdown,
    InputFormat.TEXT: read_text,
}


def decode_bytes(data: bytes) -> tuple[str, tuple[Diagnostic, ...]]:
    """Decode ``data``: UTF-8 when valid, else a declared or the likeliest encoding.

    The order is: UTF-8 (with or without a BOM); an encoding the document declares (an HTML
    ``<meta charset>`` or XML declaration); Windows-1252, the legacy encoding of nearly every
    English-language release that is not UTF-8; and last the encoding UnicodeDammit detects.
    Character detection on a short text is unreliable, so it is only the last resort.
    Returns the text and a diagnostic saying which encoding was used.
    """
    try:
        return data.decode("utf-8-sig"), ()
    except UnicodeDecodeError:
        pass
    is_html = b"<" in data[:SNIFF_CHARS]
    declared = EncodingDetector.find_declared_encoding(data[:SNIFF_CHARS], is_html=is_html)
    if declared is not None:
        dammit = UnicodeDammit(data, known_definite_encodings=[declared], is_html=is_html)
    else:
        dammit = UnicodeDammit(data, user_encodings=[LEGACY_ENCODING], is_html=is_html)
    if dammit.unicode_markup is not None:
        note = Diagnostic(
            code="encoding-guessed",
            message=f"input was not UTF-8; decoded as {dammit.original_encoding}",
        )
        return dammit.unicode_markup, (note,)
    note = Diagnostic(code="encoding-replaced", message="undecodable bytes were replaced")
    return data.decode("utf-8", errors="replace"), (note,)


def _looks_like_markdown(head: str) -> bool:
    """True when ``head`` holds two Markdown signals: a heading (which counts two), links and
    bold runs. Counting stops at two, and a scan whose mark is absent is skipped."""
    if _MD_HEADING.search(head):
        return True
    found = 0
    # A link holds "](" and bold text "**" or "__": without them a scan would find nothing.
    if "](" in head:
        for _ in _MD_LINK.finditer(head):
            found += 1
            if found == 2:
                return True
    if "**" in head or "__" in head:
        for _ in _MD_STRONG.finditer(head):
            found += 1
            if found == 2:
                return True
    return False


def sniff_format(text: str) -> InputFormat:
    """Guess the format of ``text`` from its content."""
    head = text[:SNIFF_CHARS]
    if _HTML_START.match(head) or len(_HTML_TAG.findall(head)) >= 3:
        return InputFormat.HTML
    return InputFormat.MARKDOWN if _looks_like_markdown(head) else InputFormat.TEXT


def resolve_format(fmt: str, text: str) -> InputFormat:
    """Turn a format name into an :class:`InputFormat`, sniffing for ``"auto"``."""
    if fmt == "auto":
        return sniff_format(text)
    try:
        return InputFormat(fmt)
    except ValueError:
        names = ", ".join(["auto", *(f.value for f in InputFormat)])
        raise InputError(f"unknown format {fmt!r}; expected one of {names}") from None


def to_document(text: str, fmt: FormatName | str = "auto") -> Document:
    """Read ``text`` as ``fmt`` (or the sniffed format) into a Document."""
    return _READERS[resolve_format(fmt, text)](text)
