"""Stage 1: the headline, the deck lines under it, and where the body starts.

First version: the release's own top-level heading (HTML ``<h1>``, Markdown ``#``), else
the first title-like block, skipping release-kind labels such as "FOR IMMEDIATE RELEASE".
"""

from __future__ import annotations

from typing import Final

import attrs
import regex

from pressparse.document import BlockKind, Document
from pressparse.stages.state import ParseState

# Labels naming the kind of release, which are not its title.
_KIND_LABEL: Final = regex.compile(
    r"^(?:for\s+immediate\s+release|press\s+release|news\s+release|media\s+advisory)\W*$",
    regex.IGNORECASE,
)

#: A title is rarely longer than this many characters.
MAX_TITLE_CHARS: Final = 300


def _first_title_block(doc: Document) -> int | None:
    for i, block in enumerate(doc.blocks):
        if block.kind is BlockKind.HEADING and block.level == 1:
            return i
    for i, block in enumerate(doc.blocks):
        if block.kind is BlockKind.RULE or _KIND_LABEL.match(block.text):
            continue
        if len(block.text) <= MAX_TITLE_CHARS:
            return i
        return None
    return None


def run(state: ParseState) -> ParseState:
    """Set the headline and the index where the body starts."""
    index = _first_title_block(state.doc)
    if index is None:
        return state
    block = state.doc.blocks[index]
    return attrs.evolve(
        state,
        headline=block.text,
        headline_span=block.span,
        headline_index=index,
        body_start=index + 1,
        claimed=state.claimed | {index},
    )
