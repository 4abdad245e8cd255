"""Stage 5: direct quotations and who said them.

The stage reads the body passages (never the headline and deck, contact blocks, section
headings or the trailer), finds their quotations with the cue printed next to each
(:mod:`~pressparse.stages._quote_find`), gives each quotation a speaker
(:mod:`~pressparse.stages._quote_speakers`) and leaves out what nobody is said to have
spoken (a slogan, a quoted caption). Speaker names are resolved to the full name the
release prints (:mod:`~pressparse.stages._speaker_resolve`): "said Doe" -> "Jane A. Doe",
"she added" -> the person meant, "the company" -> the issuer.
"""

from __future__ import annotations

from pressparse.model import Quote, Span
from pressparse.stages._quote_speakers import Attributed, attribute_all
from pressparse.stages.state import ParseState

__all__ = ["run"]


def _quote(item: Attributed, text: str) -> Quote | None:
    """Build the result object, the quoted words trimmed of surrounding white space."""
    m = item.found.marked
    start, end = item.passage.start + m.start, item.passage.start + m.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start:
        return None
    return Quote(
        text=text[start:end],
        span=Span(start=start, end=end),
        speaker=item.speaker,
        cue=item.cue or None,
        paragraph=item.passage.first,
    )


def run(state: ParseState) -> ParseState:
    """Set ``state.quotes``: the body's quotations with their speakers, in order."""
    items = attribute_all(state)
    if not items and not state.quotes:
        return state  # most often a body with no quotation mark: nothing to set
    text = state.doc.text
    quotes = tuple(
        quote for item in items if item.kept and (quote := _quote(item, text)) is not None
    )
    return state.evolved(quotes=quotes)
