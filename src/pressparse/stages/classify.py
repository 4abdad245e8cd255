"""Stage 6: the verdict on whether the document is a press release at all.

Not a release: a document with no title, an error page ("404 - Page Not Found"), an index
page that lists releases (its first paragraph is a teaser followed by "Read more"), or a
document with no body under its title. When the verdict is false every field is emptied
rather than invented.
"""

from __future__ import annotations

from typing import Final

import attrs
import regex

from pressparse.stages.state import ParseState

__all__ = ["run"]

# Error pages: "404", "Page Not Found", "Access Denied", "Something went wrong".
_ERROR_PAGE: Final = regex.compile(
    r"""(?ix)\b(?:
        (?:error\ )?40[134]\b | page\ (?:was\ )?not\ found | page\ (?:can(?:not|'t)|could\ not)
        \ be\ found | (?:this\ )?page\ (?:does\ not|doesn't)\ exist | access\ denied
      | forbidden | something\ went\ wrong | an\ error\ (?:has\ )?occurred | no\ longer\ available
    )"""
)

# The link under a teaser in a listing: "Read more...", "Read More >>", "Continue reading".
_READ_MORE: Final = regex.compile(r"(?i)^\W*(?:read\s+(?:the\s+)?more|continue\s+reading)\W*$")

#: A paragraph at least this long is body text, not a caption or a menu line.
MIN_PARAGRAPH: Final = 100
#: An error page says so near its top, in its first few blocks.
ERROR_BLOCKS: Final = 12
#: A page with an error message and less text than this is an error page.
ERROR_PAGE_CHARS: Final = 3000


def _error_page(state: ParseState) -> bool:
    doc = state.doc
    if len(doc.text) > ERROR_PAGE_CHARS:
        return False
    heads = [state.headline or "", doc.title or "", *(b.text for b in doc.blocks[:ERROR_BLOCKS])]
    return any(len(h) < 120 and _ERROR_PAGE.search(h) for h in heads)


def _first_paragraph(state: ParseState) -> int | None:
    blocks = state.doc.blocks
    for i in range(state.body_start, state.body_end):
        if i not in state.claimed and len(blocks[i].text) >= MIN_PARAGRAPH:
            return i
    return None


def _index_page(state: ParseState, first: int) -> bool:
    """True for a listing: the first paragraph is a teaser with a "Read more" link."""
    blocks = state.doc.blocks
    links = sum(1 for b in blocks if _READ_MORE.match(b.text))
    teaser = first + 1 < len(blocks) and _READ_MORE.match(blocks[first + 1].text) is not None
    return links >= 2 and teaser and state.dateline is None


def _is_release(state: ParseState) -> bool:
    if not state.doc.blocks or state.headline is None or _error_page(state):
        return False
    first = _first_paragraph(state)
    return first is not None and not _index_page(state, first)


def run(state: ParseState) -> ParseState:
    """Set ``is_press_release``; clear every field when it is false."""
    if _is_release(state):
        return state
    return attrs.evolve(
        state,
        is_press_release=False,
        headline=None,
        headline_span=None,
        headline_index=None,
        subheadlines=(),
        dateline=None,
        dateline_index=None,
        sections=(),
        quotes=(),
        contacts=(),
    )
