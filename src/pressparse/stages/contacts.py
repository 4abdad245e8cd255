"""Stage 5: media-contact blocks.

First version: the lines under a "Contact" label, one contact holding the first name,
e-mail and phone found there.
"""

from __future__ import annotations

from typing import Final

import attrs
import regex

from pressparse.model import Contact, Span
from pressparse.stages.state import ParseState

_LABEL: Final = regex.compile(
    r"^(?:media|press|investor)?\s*(?:contacts?|inquiries)\s*(?:information|details)?\s*:?",
    regex.IGNORECASE,
)
_EMAIL: Final = regex.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE: Final = regex.compile(r"\+?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}")

#: How many lines after a contact label belong to its block.
BLOCK_LINES: Final = 6


def run(state: ParseState) -> ParseState:
    """Set the contacts found in contact blocks."""
    blocks = state.doc.blocks
    for i, block in enumerate(blocks):
        if not _LABEL.match(block.text):
            continue
        lines = blocks[i : i + BLOCK_LINES]
        text = "\n".join(b.text for b in lines)
        email = _EMAIL.search(text)
        phone = _PHONE.search(text)
        if email is None and phone is None:
            continue
        contact = Contact(
            span=Span(start=block.span.start, end=lines[-1].span.end),
            email=email[0] if email else None,
            phone=phone[0] if phone else None,
        )
        return attrs.evolve(state, contacts=(contact,))
    return state
