"""The document model: one normalized representation every reader produces.

A :class:`Document` is the normalized text of a source plus an ordered tuple of
:class:`Block` objects (headings, paragraphs, list items, single lines, rules), each with
its text and its :class:`~pressparse.model.Span` in that text. Readers build it; every
parsing stage reads it and never looks at the raw source again.

Blocks are laid out in ``Document.text`` in order: two blocks of the same *group* (lines
that stood together with no blank line between them, or the lines of one HTML paragraph
split by ``<br>``) are joined by one newline, blocks of different groups by a blank line.
So ``doc.text[b.span.start:b.span.end] == b.text`` holds for every block.
"""

from __future__ import annotations

import enum

import attrs

from pressparse.model import InputFormat, Span

__all__ = ["Block", "BlockKind", "Document"]


class BlockKind(str, enum.Enum):
    """What kind of unit a block was in the source."""

    HEADING = "heading"  #: a marked-up heading (HTML h1-h6, Markdown ``#`` or setext)
    PARAGRAPH = "paragraph"  #: a paragraph of running text
    LIST_ITEM = "list_item"  #: one item of a bulleted or numbered list
    LINE = "line"  #: one line of a group of short lines (an address, a contact block)
    RULE = "rule"  #: a horizontal rule (``---``, ``<hr>``)


@attrs.frozen(kw_only=True)
class Block:
    """One unit of a document: its kind, its text and where that text stands.

    ``level`` is the heading level (1-6) for headings, else 0. ``bold`` is true when the
    whole block was emphasised (a bold-only paragraph often is a subhead). ``group`` numbers
    the runs of blocks that stood together without a blank line.
    """

    kind: BlockKind
    text: str
    span: Span
    group: int
    level: int = 0
    bold: bool = False


@attrs.frozen(kw_only=True)
class Document:
    """A normalized source: its text, its blocks, and page metadata where there was any.

    ``title`` is an HTML page's ``<title>``, ``meta_title`` its ``og:title`` (or similar),
    ``meta_date`` a publication date printed in page metadata, as raw text.
    """

    text: str = attrs.field(repr=False)
    blocks: tuple[Block, ...]
    format: InputFormat
    title: str | None = None
    meta_title: str | None = None
    meta_date: str | None = None

    def block_text(self, index: int) -> str:
        """Return the text of block ``index``."""
        return self.blocks[index].text
