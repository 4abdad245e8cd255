"""The pipeline: load a source, read it into a Document, run the stages in order.

Stage order is fixed (:data:`STAGES`): headline, dateline, sections, contacts, quotes,
classify. Each later stage may use what the earlier ones found (the body starts after the
headline; quotes are not searched for in contact blocks).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Final

import attrs

from pressparse.document import Document
from pressparse.errors import InputError
from pressparse.extension import Registries, SectionParser, apply_extension, load_extension
from pressparse.model import (
    Contact,
    Dateline,
    Diagnostic,
    Headline,
    Paragraph,
    PressRelease,
    Quote,
    Section,
    SectionKind,
)
from pressparse.options import ParseOptions
from pressparse.readers import FormatName, decode_bytes, resolve_format, to_document
from pressparse.registry import Registry
from pressparse.sectionparsers import default_section_parsers
from pressparse.stages import classify, contacts, dateline, headline, quotes, sections
from pressparse.stages.state import ParseState

__all__ = ["STAGES", "Parser", "Source", "parse"]

#: What :func:`parse` accepts: text, bytes, or a path (``str`` is always text, never a path).
Source = str | bytes | os.PathLike[str]

Stage = Callable[[ParseState], ParseState]

#: The stages in the order they run.
STAGES: Final[tuple[tuple[str, Stage], ...]] = (
    ("headline", headline.run),
    ("dateline", dateline.run),
    ("sections", sections.run),
    ("contacts", contacts.run),
    ("quotes", quotes.run),
    ("classify", classify.run),
)


def _load(source: Source) -> tuple[str, tuple[Diagnostic, ...]]:
    """Turn a source into text: read a path, decode bytes, pass text through."""
    if isinstance(source, os.PathLike):
        path = Path(source)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise InputError(f"cannot read {path}: {exc.strerror or exc}") from exc
        return decode_bytes(data)
    if isinstance(source, bytes):
        return decode_bytes(source)
    if isinstance(source, str):
        return source, ()
    raise InputError(f"cannot parse a {type(source).__name__}; give str, bytes or a path")


def _format_hint(source: Source, fmt: str) -> str:
    """For a path given with ``fmt="auto"``, take the format from a telling file suffix."""
    if fmt != "auto" or not isinstance(source, os.PathLike):
        return fmt
    suffix = Path(source).suffix.lower()
    if suffix in {".html", ".htm", ".xhtml"}:
        return "html"
    if suffix in {".md", ".markdown"}:
        return "markdown"
    return fmt


#: The built-in section parsers, checked once when this module is imported rather than
#: by every ``Parser()`` (checking a parser's signature costs about 100 µs a registry, as
#: much as parsing a short release). Locked, so it can never change; each parser still
#: takes its own copy of it (see :func:`_locked_copy`).
_BUILTIN_SECTION_PARSERS: Final[Registry[SectionParser]] = default_section_parsers().copy(
    locked=True
)


def _locked_copy(registry: Registry[SectionParser]) -> Registry[SectionParser]:
    """A parser's own, unchangeable copy of the registry it was given."""
    return registry.copy(locked=True)


@attrs.frozen(kw_only=True)
class Parser:
    """A configured parser. Immutable and safe to share between threads and processes.

    ``section_parsers`` is the registry of section parsers (default: the built-in ones, as
    :func:`~pressparse.sectionparsers.default_section_parsers` gives them); the parser keeps
    a locked copy, so changing the registry afterwards has no effect on it. ``extensions`` names
    installed extensions (entry points of the ``pressparse.extensions`` group) to load and
    apply to that copy; a missing or broken one raises
    :class:`~pressparse.errors.ExtensionError`.
    """

    options: ParseOptions = attrs.field(factory=ParseOptions)
    section_parsers: Registry[SectionParser] = attrs.field(
        default=_BUILTIN_SECTION_PARSERS, converter=_locked_copy
    )
    extensions: tuple[str, ...] = attrs.field(default=(), converter=tuple)

    def __attrs_post_init__(self) -> None:
        if not self.extensions:
            return
        registry = self.section_parsers.copy()
        for name in self.extensions:
            apply_extension(name, load_extension(name), Registries(section_parsers=registry))
        object.__setattr__(self, "section_parsers", registry.copy(locked=True))

    def read(self, source: Source, *, fmt: FormatName | str = "auto") -> ParseState:
        """Load and read ``source`` into the state the stages start from."""
        text, notes = _load(source)
        if len(text) > self.options.max_chars:
            notes = (
                *notes,
                Diagnostic(
                    code="truncated",
                    message=f"input cut to {self.options.max_chars} characters",
                ),
            )
            text = text[: self.options.max_chars]
        resolved = resolve_format(_format_hint(source, fmt), text)
        doc = to_document(text, resolved.value)
        return ParseState(
            doc=doc, options=self.options, section_parsers=self.section_parsers, diagnostics=notes
        )

    def run_stages(self, state: ParseState, *, until: str | None = None) -> ParseState:
        """Run the stages on ``state`` in order, stopping after stage ``until`` if given."""
        for name, stage in STAGES:
            state = stage(state)
            if name == until:
                break
        return state

    def parse(self, source: Source, *, fmt: FormatName | str = "auto") -> PressRelease:
        """Parse ``source`` into a :class:`~pressparse.model.PressRelease`."""
        state = self.run_stages(self.read(source, fmt=fmt))
        return release_from_state(
            state, source=str(source) if isinstance(source, os.PathLike) else None
        )

    def parse_document(self, doc: Document) -> PressRelease:
        """Parse an already-read :class:`~pressparse.document.Document`."""
        state = ParseState(doc=doc, options=self.options, section_parsers=self.section_parsers)
        return release_from_state(self.run_stages(state))


def release_from_state(state: ParseState, *, source: str | None = None) -> PressRelease:
    """Build the result object from a finished state."""
    paragraphs = tuple(
        p for s in state.sections if s.kind is not SectionKind.CONTACT for p in s.paragraphs
    )
    return PressRelease(
        text=state.doc.text,
        format=state.doc.format,
        is_press_release=state.is_press_release,
        headline=state.headline,
        headline_span=state.headline_span,
        subheadlines=tuple(text for text, _ in state.subheadlines),
        subheadline_spans=tuple(span for _, span in state.subheadlines),
        dateline=state.dateline,
        sections=state.sections,
        quotes=state.quotes,
        contacts=state.contacts,
        paragraphs=paragraphs,
        diagnostics=state.diagnostics,
        source=source,
    )


def parse(
    source: Source,
    *,
    fmt: FormatName | str = "auto",
    options: ParseOptions | None = None,
) -> PressRelease:
    """Parse a press release.

    ``source`` is the release as text (``str``), as bytes in any common encoding, or a
    path (:class:`pathlib.Path` or any ``os.PathLike``). ``fmt`` is ``"auto"`` (sniffed from
    the content, or from a path's suffix), ``"html"``, ``"markdown"`` or ``"text"``.

    Raises :class:`~pressparse.errors.InputError` for an unknown format or an unreadable
    path; odd content never raises.
    """
    return Parser(options=options or ParseOptions()).parse(source, fmt=fmt)


def _stage_state(doc: Document | str, until: str, options: ParseOptions | None) -> ParseState:
    parser = Parser(options=options or ParseOptions())
    state = (
        parser.read(doc) if isinstance(doc, str) else ParseState(doc=doc, options=parser.options)
    )
    return parser.run_stages(state, until=until)


def parse_headline(doc: Document | str, *, options: ParseOptions | None = None) -> Headline | None:
    """Return the headline of a document (or of text) with its deck lines, or ``None``."""
    state = _stage_state(doc, "headline", options)
    if state.headline is None or state.headline_span is None:
        return None
    deck = tuple(Paragraph(text=text, span=span) for text, span in state.subheadlines)
    return Headline(text=state.headline, span=state.headline_span, subheadlines=deck)


def parse_dateline(doc: Document | str, *, options: ParseOptions | None = None) -> Dateline | None:
    """Return the dateline of a document (or of text), or ``None``."""
    return _stage_state(doc, "dateline", options).dateline


def parse_sections(
    doc: Document | str, *, options: ParseOptions | None = None
) -> tuple[Section, ...]:
    """Return the sections of a document (or of text)."""
    return _stage_state(doc, "sections", options).sections


def parse_quotes(doc: Document | str, *, options: ParseOptions | None = None) -> tuple[Quote, ...]:
    """Return the quotes of a document (or of text), with their speakers."""
    return _stage_state(doc, "quotes", options).quotes


def parse_contacts(
    doc: Document | str, *, options: ParseOptions | None = None
) -> tuple[Contact, ...]:
    """Return the media contacts of a document (or of text)."""
    return _stage_state(doc, "contacts", options).contacts


def read(source: Source, *, fmt: FormatName | str = "auto") -> Document:
    """Read ``source`` into a :class:`~pressparse.document.Document` without parsing it."""
    return Parser().read(source, fmt=fmt).doc
