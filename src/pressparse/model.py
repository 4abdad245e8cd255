"""The result model: what a parsed press release is made of.

Every class is a frozen, slotted attrs class. Collections are tuples, absent values are
``None``. Every extracted item carries a :class:`Span` into :attr:`PressRelease.text`, the
document's normalized text, so a caller can show where each value came from.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable
from typing import Any, Final

import attrs

__all__ = [
    "Contact",
    "Dateline",
    "Diagnostic",
    "Headline",
    "InputFormat",
    "Paragraph",
    "PressRelease",
    "Quote",
    "Section",
    "SectionKind",
    "Span",
    "Speaker",
]


# Span writes its own __init__ (init=False): a parse builds thousands of spans, and the one
# attrs generates runs two validators and stores each field through object.__setattr__.
@attrs.frozen(kw_only=True, init=False)
class Span:
    """Half-open ``[start, end)`` character range into the document's normalized text.

    ``start`` must not be negative and ``end`` not before ``start`` (``ValueError``).
    """

    start: int
    end: int

    def __init__(self, *, start: int, end: int) -> None:
        if not start >= 0:  # not "start < 0": like attrs' ge() validator, NaN fails too
            raise ValueError(f"'start' must be >= 0: {start}")
        if end < start:
            raise ValueError(f"Span end {end} is before start {start}")
        _set_start(self, start)
        _set_end(self, end)

    def __len__(self) -> int:
        return self.end - self.start

    def slice(self, text: str) -> str:
        """Return the part of ``text`` this span covers."""
        return text[self.start : self.end]


# The setters of Span's two slots. They store a value past the frozen class's __setattr__,
# as object.__setattr__ does, without looking the field's name up at every call.
_set_start: Final[Callable[[Span, int], None]] = Span.__dict__["start"].__set__
_set_end: Final[Callable[[Span, int], None]] = Span.__dict__["end"].__set__

#: Allocates an instance without running its __init__ (see :func:`trusted_span`).
_new: Final = object.__new__


def trusted_span(start: int, end: int) -> Span:
    """Return ``Span(start=start, end=end)`` without checking the offsets.

    For the library's own hot paths only (a reader lays out thousands of blocks), where the
    offsets are valid by construction: ``0 <= start <= end``. Anything else builds a
    :class:`Span` the normal way.
    """
    span = _new(Span)
    _set_start(span, start)
    _set_end(span, end)
    return span


class InputFormat(str, enum.Enum):
    """The format a source was read as."""

    HTML = "html"
    MARKDOWN = "markdown"
    TEXT = "text"


class SectionKind(str, enum.Enum):
    """What a section of the body is for."""

    LEAD = "lead"  #: the opening paragraphs before the first subhead
    BODY = "body"  #: a section under a subhead of the release's own
    ABOUT = "about"  #: "About <organization>" boilerplate
    FORWARD_LOOKING = "forward_looking"  #: forward-looking statements / safe harbor
    DISCLAIMER = "disclaimer"  #: disclaimers, notes to editors, legal notices
    CONTACT = "contact"  #: a media or investor contact block
    OTHER = "other"  #: anything else (trailers, source lines)


@attrs.frozen(kw_only=True)
class Paragraph:
    """One paragraph of the body, as normalized text."""

    text: str
    span: Span


# The setters of Paragraph's two slots (see _set_start above).
_set_paragraph_text: Final[Callable[[Paragraph, str], None]] = Paragraph.__dict__["text"].__set__
_set_paragraph_span: Final[Callable[[Paragraph, Span], None]] = Paragraph.__dict__["span"].__set__


def trusted_paragraph(text: str, span: Span) -> Paragraph:
    """Return ``Paragraph(text=text, span=span)``, built without attrs' ``__init__``.

    For the sections stage's hot path (a paragraph for nearly every block of a body): the
    same object, at about half the cost. Paragraph has no validator to skip.
    """
    paragraph = _new(Paragraph)
    _set_paragraph_text(paragraph, text)
    _set_paragraph_span(paragraph, span)
    return paragraph


@attrs.frozen(kw_only=True)
class Headline:
    """The release's title and the deck lines printed under it."""

    text: str
    span: Span
    subheadlines: tuple[Paragraph, ...] = ()


@attrs.frozen(kw_only=True)
class Dateline:
    """The dateline that opens the body: place, date and wire service.

    ``raw`` is the dateline as printed; ``location`` the place as printed, split into
    ``city``, ``region`` and ``country`` where that can be done. ``date`` is the day the
    release says it was issued; ``datetime`` is set only when a time is printed, and is
    timezone-aware only when a zone is printed (``timezone`` keeps the zone as printed).
    ``wire`` is the distribution service as printed, ``wire_id`` a canonical identifier.
    """

    raw: str
    span: Span
    location: str | None = None
    city: str | None = None
    region: str | None = None
    country: str | None = None
    date: dt.date | None = None
    datetime: dt.datetime | None = None
    timezone: str | None = None
    wire: str | None = None
    wire_id: str | None = None


@attrs.frozen(kw_only=True)
class Section:
    """A part of the body under one heading (or the lead, which has none).

    ``data`` holds what a section parser extracted from it (see :mod:`pressparse.extension`);
    ``parser`` names the section parser that recognised it.
    """

    heading: str | None
    kind: SectionKind
    span: Span
    heading_span: Span | None = None
    paragraphs: tuple[Paragraph, ...] = ()
    organization: str | None = None
    parser: str | None = None
    data: Any = attrs.field(default=None, eq=False)


#: The setters of Section's slots, in the order of :func:`trusted_section`'s arguments.
_SECTION_SETTERS: Final[tuple[Callable[[Section, Any], None], ...]] = tuple(
    Section.__dict__[name].__set__
    for name in (
        "heading", "kind", "span", "heading_span", "paragraphs", "organization", "parser", "data"
    )
)  # fmt: skip


def trusted_section(
    heading: str | None,
    kind: SectionKind,
    span: Span,
    heading_span: Span | None,
    paragraphs: tuple[Paragraph, ...],
    organization: str | None,
    parser: str | None,
    data: Any,
) -> Section:
    """Return the :class:`Section` of these fields, built without attrs' ``__init__``.

    For the sections stage, which builds a few for every document: the same object, at
    about half the cost. Section has no validator or converter to skip.
    """
    (
        set_heading,
        set_kind,
        set_span,
        set_heading_span,
        set_paragraphs,
        set_org,
        set_parser,
        set_data,
    ) = _SECTION_SETTERS
    # (eight calls written out: a loop over the setters costs as much as __init__)
    section = _new(Section)
    set_heading(section, heading)
    set_kind(section, kind)
    set_span(section, span)
    set_heading_span(section, heading_span)
    set_paragraphs(section, paragraphs)
    set_org(section, organization)
    set_parser(section, parser)
    set_data(section, data)
    return section


@attrs.frozen(kw_only=True)
class Speaker:
    """A person or organization a quote is attributed to."""

    name: str
    title: str | None = None
    organization: str | None = None
    span: Span | None = None


@attrs.frozen(kw_only=True)
class Quote:
    """A direct quotation: the words between the marks, and who said them."""

    text: str
    span: Span
    speaker: Speaker | None = None
    cue: str | None = None
    paragraph: int | None = None


@attrs.frozen(kw_only=True)
class Contact:
    """One person or desk in a media-contact block.

    ``phone`` is the first number as printed; ``phone_e164`` its normalized form when it
    could be parsed. ``phones`` and ``emails`` keep every number and address in the entry.
    """

    span: Span
    name: str | None = None
    organization: str | None = None
    role: str | None = None
    title: str | None = None
    email: str | None = None
    phone: str | None = None
    phone_e164: str | None = None
    website: str | None = None
    address: str | None = None
    country: str | None = None
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()


@attrs.frozen(kw_only=True)
class Diagnostic:
    """A soft problem met while parsing: nothing was raised, but something is worth knowing."""

    code: str
    message: str
    span: Span | None = None


@attrs.frozen(kw_only=True)
class PressRelease:
    """Everything pressparse read from one press release.

    ``text`` is the normalized text every span points into. ``is_press_release`` is the
    verdict on whether the input is a release at all; when it is ``False`` the other fields
    are empty rather than invented.
    """

    text: str = attrs.field(repr=False)
    format: InputFormat
    is_press_release: bool = True
    headline: str | None = None
    headline_span: Span | None = None
    subheadlines: tuple[str, ...] = ()
    subheadline_spans: tuple[Span, ...] = ()
    dateline: Dateline | None = None
    sections: tuple[Section, ...] = ()
    quotes: tuple[Quote, ...] = ()
    contacts: tuple[Contact, ...] = ()
    paragraphs: tuple[Paragraph, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()
    source: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict with the field names of the scoring schema."""
        from pressparse.serialize import release_to_dict

        return release_to_dict(self)

    def to_json(self, *, indent: int | None = None) -> str:
        """Return the release as a JSON string (see :meth:`to_dict`)."""
        from pressparse.serialize import release_to_json

        return release_to_json(self, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PressRelease:
        """Rebuild a release from :meth:`to_dict` output."""
        from pressparse.serialize import release_from_dict

        return release_from_dict(data)
