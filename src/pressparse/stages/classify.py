"""Stage 6: the verdict on whether the document is a press release at all.

Not a release: a document with no title, an error page ("404 - Page Not Found"), an index
page that lists releases (its first paragraph is a teaser followed by "Read more"), or a
document with no body under its title. When the verdict is false every field is emptied
rather than invented.
"""

from __future__ import annotations

import itertools
from typing import Final

import regex

from pressparse.stages.state import ParseState

__all__ = ["run"]

# Error pages: "404 - Page Not Found", "The page you requested is not available", "We're
# sorry, you encountered a page that doesn't exist", "Access Denied".
_ERROR_PAGE: Final = regex.compile(
    r"""(?ix)
      ^\W*(?:error\ |http\ )?40[34]\W*$
    | \b40[34]\W{0,3}(?:page\ )?(?:not\ found|forbidden|error)
    | \b(?:error|http)\ 40[34]\b
    | \bpage\ (?:was\ )?not\ found
    | \b(?:page|link|url|file|content)\ (?:that\ )?(?:you\ )?(?:requested|are\ looking\ for
        |were\ looking\ for|tried\ to\ reach)?\ ?(?:is\ not|isn['’]t|was\ not|could\ not\ be
        |cannot\ be|can['’]t\ be|is\ no\ longer)\ (?:available|found)
    | \bpage\ (?:that\ )?(?:does\ not|doesn['’]t|no\ longer)\ exists?
    | ^\W*(?:403\W*)?(?:access\ denied|forbidden)\W*$ | \bsomething\ went\ wrong
    | \ban\ error\ (?:has\ )?occurred | \bhas\ not\ archived\ that\ url
    """
)

# A word every error message above holds, for a cheap first test.
_ERROR_HINT: Final = regex.compile(
    r"(?i)40[34]|found|availab|exist|denied|forbidden|wrong|occurred|archived"
)
# What every error message above prints, looked for in all the casefolded lines of a page
# at once (casefolding keeps every match the patterns' case-insensitive test finds): a
# page that prints none of these ("founder" or "existing" are not among them) is no error
# page, and its lines are not searched one by one.
_ERROR_WORDS: Final = (
    "403", "404", "not found", "n't found", "n’t found", "be found", "longer found",
    "available", "not exist", "n't exist", "n’t exist", "longer exist", "denied", "forbidden",
    "wrong", "occurred", "archived",
)  # fmt: skip

# The link under a teaser in a listing: "Read more...", "Read More >>", "Continue reading".
_READ_MORE: Final = regex.compile(r"(?i)^\W*(?:read\s+(?:the\s+)?more|continue\s+reading)\W*$")
# A teaser cut short by its listing: "Acme Corp. today reported its results for the fourth...",
# "... a new plant in Ohio.  more »".
_CUT_SHORT: Final = regex.compile(r"(?:\.\.\.|…|\bmore\s*[»>]+)\s*$", regex.IGNORECASE)

#: A release's body has a paragraph at least this long.
MIN_PARAGRAPH: Final = 60
#: A teaser in a listing is at least this long (shorter lines are menu items and captions).
MIN_TEASER: Final = 100
#: An error page says so near its top, past its menus, in its first blocks.
ERROR_BLOCKS: Final = 40
#: A page with an error message and less text than this is an error page.
ERROR_PAGE_CHARS: Final = 4000


def _error_page(state: ParseState) -> bool:
    doc = state.doc
    if len(doc.text) > ERROR_PAGE_CHARS:
        return False
    heads = [state.headline or "", doc.title or "", *(b.text for b in doc.blocks[:ERROR_BLOCKS])]
    heads = [h for h in heads if len(h) < 120]
    folded = "\n".join(heads).casefold()
    if not any(word in folded for word in _ERROR_WORDS):
        return False
    return any(
        _ERROR_HINT.search(h) is not None and _ERROR_PAGE.search(h) is not None for h in heads
    )


def _first_paragraph(state: ParseState, min_chars: int) -> int | None:
    blocks = state.doc.blocks
    for i in range(state.body_start, state.body_end):
        if i not in state.claimed and len(blocks[i].text) >= min_chars:
            return i
    return None


def _cut_short(text: str) -> bool:
    # The pattern ends with an ellipsis or a "more" arrow before trailing spaces, so the
    # stripped text must end with one (a sentence's single period does not).
    ends = text.rstrip().endswith(("...", "…", "»", ">"))
    return ends and _CUT_SHORT.search(text) is not None


def _index_page(state: ParseState) -> bool:
    """True for a listing: the first paragraph is a teaser with a "Read more" link."""
    first = _first_paragraph(state, MIN_TEASER)
    if first is None:
        return False
    blocks = state.doc.blocks
    if first + 1 < len(blocks) and _READ_MORE.match(blocks[first + 1].text) is not None:
        links = (b for b in blocks if _READ_MORE.match(b.text))
        return len(list(itertools.islice(links, 2))) >= 2  # stop at the second
    if _cut_short(blocks[first].text):
        teasers = (b for b in blocks if len(b.text) >= MIN_TEASER and _cut_short(b.text))
        return len(list(itertools.islice(teasers, 3))) >= 3  # stop at the third
    return False


def _is_release(state: ParseState) -> bool:
    if not state.doc.blocks or state.headline is None or _error_page(state):
        return False
    has_body = _first_paragraph(state, MIN_PARAGRAPH) is not None
    return has_body and not _index_page(state)


def run(state: ParseState) -> ParseState:
    """Set ``is_press_release``; clear every field when it is false."""
    if _is_release(state):
        return state
    return state.evolved(
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
