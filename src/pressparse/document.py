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
from collections.abc import Callable, Iterable
from typing import Final

import attrs

from pressparse.model import InputFormat, Span

__all__ = ["Block", "BlockKind", "Document", "laid_out", "trusted_block"]


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


# The setters of Block's slots. They store a value past the frozen class's __setattr__, as
# object.__setattr__ does, without looking the field's name up at every call.
_SLOTS: Final = Block.__dict__
_set_kind: Final[Callable[[Block, BlockKind], None]] = _SLOTS["kind"].__set__
_set_text: Final[Callable[[Block, str], None]] = _SLOTS["text"].__set__
_set_span: Final[Callable[[Block, Span], None]] = _SLOTS["span"].__set__
_set_group: Final[Callable[[Block, int], None]] = _SLOTS["group"].__set__
_set_level: Final[Callable[[Block, int], None]] = _SLOTS["level"].__set__
_set_bold: Final[Callable[[Block, bool], None]] = _SLOTS["bold"].__set__


def trusted_block(
    kind: BlockKind, text: str, span: Span, group: int, level: int, bold: bool
) -> Block:
    """Return the :class:`Block` of these fields, built without attrs' ``__init__``.

    For the readers' hot path (a document has dozens of blocks, a corpus thousands): the
    same object ``Block(kind=kind, text=text, ...)`` gives, at about half the cost.
    """
    block = object.__new__(Block)
    _set_kind(block, kind)
    _set_text(block, text)
    _set_span(block, span)
    _set_group(block, group)
    _set_level(block, level)
    _set_bold(block, bold)
    return block


# The setters of Span's two slots, for laid_out.
_set_start: Final[Callable[[Span, int], None]] = Span.__dict__["start"].__set__
_set_end: Final[Callable[[Span, int], None]] = Span.__dict__["end"].__set__


def laid_out(
    rows: Iterable[tuple[BlockKind, str, int, int, bool]],
) -> tuple[str, tuple[Block, ...]]:
    """Lay the blocks of ``rows`` (kind, text, group, level, bold) out as a
    :class:`Document` holds them: the text, and the blocks with their spans in it.

    Blocks of one group are joined by a newline, groups by a blank line (see the module's
    docstring); the texts must be non-empty and hold no newline. For the readers' hot
    path: the blocks and spans are the same objects :func:`trusted_block` and
    :func:`~pressparse.model.trusted_span` give (the offsets are valid by construction),
    built in one loop without two calls per block.
    """
    new = object.__new__
    set_start, set_end = _set_start, _set_end
    set_kind, set_text, set_span = _set_kind, _set_text, _set_span
    set_group, set_level, set_bold = _set_group, _set_level, _set_bold
    parts: list[str] = []
    blocks: list[Block] = []
    pos = -2  # the first block's separator (a blank line: no group is before it) is dropped
    previous: int | None = None
    for kind, text, group, level, bold in rows:
        if group == previous:
            parts.append("\n")
            pos += 1
        else:
            parts.append("\n\n")
            pos += 2
            previous = group
        parts.append(text)
        span = new(Span)
        set_start(span, pos)
        pos += len(text)
        set_end(span, pos)
        block = new(Block)
        set_kind(block, kind)
        set_text(block, text)
        set_span(block, span)
        set_group(block, group)
        set_level(block, level)
        set_bold(block, bold)
        blocks.append(block)
    return "".join(parts[1:]), tuple(blocks)


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
