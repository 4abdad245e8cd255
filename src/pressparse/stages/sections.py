"""Stage 3: split the body into sections under its headings.

First version: marked-up headings and bold-only blocks open sections; "About ..." headings
are boilerplate, the rest body sections. Paragraphs before the first heading are the lead.
"""

from __future__ import annotations

from typing import Final

import attrs
import regex

from pressparse.document import Block, BlockKind
from pressparse.model import Paragraph, Section, SectionKind, Span
from pressparse.stages.state import ParseState

# "About Acme Corp." / "ABOUT ACME" as a heading.
_ABOUT: Final = regex.compile(r"^about\s+(?P<org>.+?)[\s:.]*$", regex.IGNORECASE)
_FORWARD_LOOKING: Final = regex.compile(r"forward[- ]looking|safe\s+harbor", regex.IGNORECASE)
_CONTACT: Final = regex.compile(r"^(?:media|press|investor)?\s*contacts?\b", regex.IGNORECASE)

#: A heading is rarely longer than this.
MAX_HEADING_CHARS: Final = 120


def _is_heading(block: Block) -> bool:
    if len(block.text) > MAX_HEADING_CHARS:
        return False
    return block.kind is BlockKind.HEADING or block.bold


def _kind_of(heading: str) -> SectionKind:
    if _ABOUT.match(heading):
        return SectionKind.ABOUT
    if _FORWARD_LOOKING.search(heading):
        return SectionKind.FORWARD_LOOKING
    if _CONTACT.match(heading):
        return SectionKind.CONTACT
    return SectionKind.BODY


def run(state: ParseState) -> ParseState:
    """Set the sections of the body."""
    blocks = state.doc.blocks
    sections: list[Section] = []
    heading: Block | None = None
    paragraphs: list[Paragraph] = []

    def close() -> None:
        if heading is None and not paragraphs:
            return
        first = heading.span if heading is not None else paragraphs[0].span
        last = paragraphs[-1].span if paragraphs else first
        kind = _kind_of(heading.text) if heading is not None else SectionKind.LEAD
        about = _ABOUT.match(heading.text) if heading is not None else None
        sections.append(
            Section(
                heading=heading.text if heading is not None else None,
                heading_span=heading.span if heading is not None else None,
                kind=kind,
                span=Span(start=first.start, end=last.end),
                paragraphs=tuple(paragraphs),
                organization=about["org"] if about else None,
            )
        )

    for i in range(state.body_start, state.body_end):
        if i in state.claimed:
            continue
        block = blocks[i]
        if _is_heading(block):
            close()
            heading, paragraphs = block, []
        elif block.kind is not BlockKind.RULE:
            paragraphs.append(Paragraph(text=block.text, span=block.span))
    close()
    return attrs.evolve(state, sections=tuple(sections))
