"""The immutable state passed from stage to stage."""

from __future__ import annotations

import attrs

from pressparse.document import Document
from pressparse.extension import SectionParser
from pressparse.model import Contact, Dateline, Diagnostic, Quote, Section, Span
from pressparse.options import ParseOptions
from pressparse.registry import Registry
from pressparse.stages._dateline_rules import BlockDateline

__all__ = ["ParseState"]


@attrs.frozen(kw_only=True)
class ParseState:
    """What the stages have found so far.

    ``claimed`` holds the indices of blocks a stage has used up (the headline, the deck,
    the dateline), so later stages do not read them again. ``body_start`` is the index of the
    first block of the body (after headline and deck); ``body_end`` the index just past its
    last block (before an end mark and the trailer that follows it).
    """

    doc: Document
    options: ParseOptions = attrs.field(factory=ParseOptions)
    #: The section parsers the sections stage asks (``None``: the built-in ones).
    section_parsers: Registry[SectionParser] | None = attrs.field(default=None, eq=False)
    headline: str | None = None
    headline_span: Span | None = None
    headline_index: int | None = None
    subheadlines: tuple[tuple[str, Span], ...] = ()
    body_start: int = 0
    body_end: int = attrs.field()
    dateline: Dateline | None = None
    dateline_index: int | None = None
    #: The datelines matched at the block the headline stage found the body at, so that
    #: the dateline stage need not match that block again.
    body_dateline: BlockDateline | None = attrs.field(default=None, eq=False, repr=False)
    sections: tuple[Section, ...] = ()
    quotes: tuple[Quote, ...] = ()
    contacts: tuple[Contact, ...] = ()
    claimed: frozenset[int] = frozenset()
    is_press_release: bool = True
    diagnostics: tuple[Diagnostic, ...] = ()

    @body_end.default
    def _body_end_default(self) -> int:
        return len(self.doc.blocks)

    def note(self, diagnostic: Diagnostic) -> ParseState:
        """Return a copy with ``diagnostic`` added."""
        return attrs.evolve(self, diagnostics=(*self.diagnostics, diagnostic))
