"""The immutable state passed from stage to stage."""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Any, Final, Literal

import attrs

from pressparse.document import Document
from pressparse.extension import SectionParser
from pressparse.model import Contact, Dateline, Diagnostic, Quote, Section, Span
from pressparse.options import ParseOptions
from pressparse.registry import Registry
from pressparse.stages._dateline_rules import BlockDateline

__all__ = ["ParseState"]


class _Keep(enum.Enum):
    """The default of :meth:`ParseState.evolved`'s arguments: keep the field as it is."""

    KEEP = 0


_KEEP: Final = _Keep.KEEP

#: A field :meth:`ParseState.evolved` keeps unless given.
_Kept = Literal[_Keep.KEEP]


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
        return self.evolved(diagnostics=(*self.diagnostics, diagnostic))

    def evolved(
        self,
        *,
        doc: Document | _Kept = _KEEP,
        options: ParseOptions | _Kept = _KEEP,
        section_parsers: Registry[SectionParser] | _Kept | None = _KEEP,
        headline: str | _Kept | None = _KEEP,
        headline_span: Span | _Kept | None = _KEEP,
        headline_index: int | _Kept | None = _KEEP,
        subheadlines: tuple[tuple[str, Span], ...] | _Kept = _KEEP,
        body_start: int | _Kept = _KEEP,
        body_end: int | _Kept = _KEEP,
        dateline: Dateline | _Kept | None = _KEEP,
        dateline_index: int | _Kept | None = _KEEP,
        body_dateline: BlockDateline | _Kept | None = _KEEP,
        sections: tuple[Section, ...] | _Kept = _KEEP,
        quotes: tuple[Quote, ...] | _Kept = _KEEP,
        contacts: tuple[Contact, ...] | _Kept = _KEEP,
        claimed: frozenset[int] | _Kept = _KEEP,
        is_press_release: bool | _Kept = _KEEP,
        diagnostics: tuple[Diagnostic, ...] | _Kept = _KEEP,
    ) -> ParseState:
        """Return a copy with the fields given changed: ``attrs.evolve(self, ...)``, typed
        (mypy checks each field's name and type) and several times quicker.

        Each stage hands its result on with one. The copy is built past attrs' ``__init__``
        (ParseState has no validator or converter to run), every field set as it stands.
        """
        new = _new(ParseState)
        # (eighteen calls written out: a loop over the fields costs nearly as much as
        # attrs.evolve)
        _set_doc(new, self.doc if doc is _KEEP else doc)
        _set_options(new, self.options if options is _KEEP else options)
        _set_section_parsers(
            new, self.section_parsers if section_parsers is _KEEP else section_parsers
        )
        _set_headline(new, self.headline if headline is _KEEP else headline)
        _set_headline_span(new, self.headline_span if headline_span is _KEEP else headline_span)
        _set_headline_index(new, self.headline_index if headline_index is _KEEP else headline_index)
        _set_subheadlines(new, self.subheadlines if subheadlines is _KEEP else subheadlines)
        _set_body_start(new, self.body_start if body_start is _KEEP else body_start)
        _set_body_end(new, self.body_end if body_end is _KEEP else body_end)
        _set_dateline(new, self.dateline if dateline is _KEEP else dateline)
        _set_dateline_index(new, self.dateline_index if dateline_index is _KEEP else dateline_index)
        _set_body_dateline(new, self.body_dateline if body_dateline is _KEEP else body_dateline)
        _set_sections(new, self.sections if sections is _KEEP else sections)
        _set_quotes(new, self.quotes if quotes is _KEEP else quotes)
        _set_contacts(new, self.contacts if contacts is _KEEP else contacts)
        _set_claimed(new, self.claimed if claimed is _KEEP else claimed)
        _set_is_press_release(
            new, self.is_press_release if is_press_release is _KEEP else is_press_release
        )
        _set_diagnostics(new, self.diagnostics if diagnostics is _KEEP else diagnostics)
        return new


#: Allocates a ParseState without running its __init__ (see :meth:`ParseState.evolved`).
_new: Final = object.__new__


def _setter(name: str) -> Callable[[ParseState, Any], None]:
    """What stores a value in ParseState's slot ``name``, past the frozen class's
    ``__setattr__`` (as attrs' ``__init__`` does)."""
    setter: Callable[[ParseState, Any], None] = ParseState.__dict__[name].__set__
    return setter


_set_doc: Final = _setter("doc")
_set_options: Final = _setter("options")
_set_section_parsers: Final = _setter("section_parsers")
_set_headline: Final = _setter("headline")
_set_headline_span: Final = _setter("headline_span")
_set_headline_index: Final = _setter("headline_index")
_set_subheadlines: Final = _setter("subheadlines")
_set_body_start: Final = _setter("body_start")
_set_body_end: Final = _setter("body_end")
_set_dateline: Final = _setter("dateline")
_set_dateline_index: Final = _setter("dateline_index")
_set_body_dateline: Final = _setter("body_dateline")
_set_sections: Final = _setter("sections")
_set_quotes: Final = _setter("quotes")
_set_contacts: Final = _setter("contacts")
_set_claimed: Final = _setter("claimed")
_set_is_press_release: Final = _setter("is_press_release")
_set_diagnostics: Final = _setter("diagnostics")
