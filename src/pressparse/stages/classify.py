"""Stage 6: the verdict on whether the document is a press release at all.

First version: a document with no blocks, or with no headline and no body, is not one.
"""

from __future__ import annotations

import attrs

from pressparse.stages.state import ParseState


def run(state: ParseState) -> ParseState:
    """Set ``is_press_release``; clear every field when it is false."""
    has_body = state.body_end > state.body_start
    if state.doc.blocks and state.headline is not None and has_body:
        return state
    return attrs.evolve(
        state,
        is_press_release=False,
        headline=None,
        headline_span=None,
        subheadlines=(),
        dateline=None,
        sections=(),
        quotes=(),
        contacts=(),
    )
