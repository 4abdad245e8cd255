"""The extension API: custom section parsers and the extensions that register them.

A **section parser** looks at one block of a release's body and says whether it opens a
section, and what kind. It is any object with one pure method::

    def match(self, ctx: SectionContext, index: int) -> SectionMatch | None: ...

``None`` means "not mine": the next parser in the registry is asked. The first parser to
answer wins, so priorities decide who sees a block first (see
:mod:`pressparse.sectionparsers` for the built-in priorities). A parser may fill
:attr:`SectionMatch.data` with typed structured data (an "Event Details" block turned into
an object, a "Financial Highlights" table into rows); it ends up in
:attr:`pressparse.Section.data`, with :attr:`~pressparse.Section.parser` naming the parser.

An **extension** is an object with ``extend(registries)`` that registers parsers. Packages
ship extensions through the ``pressparse.extensions`` entry-point group; they are loaded
only when asked for by name (``Parser(extensions=["acme"])``), never on import.

A parser that raises, returns something other than a :class:`SectionMatch` or ``None``, or
returns a match that does not fit its block, stops the parse with an
:class:`~pressparse.errors.ExtensionError` naming the parser; nothing is swallowed.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Mapping
from importlib.metadata import EntryPoint, entry_points
from typing import Any, Final, Protocol, runtime_checkable

import attrs

from pressparse.document import Block, Document
from pressparse.errors import ExtensionError
from pressparse.model import SectionKind, Span
from pressparse.options import ParseOptions
from pressparse.registry import Registry

__all__ = [
    "ENTRY_POINT_GROUP",
    "Extension",
    "Registries",
    "SectionContext",
    "SectionMatch",
    "SectionParser",
    "apply_extension",
    "available_extensions",
    "call_section_parser",
    "check_section_match",
    "load_extension",
    "section_parser_failed",
    "validate_section_parser",
]

#: The entry-point group packages use to ship extensions.
ENTRY_POINT_GROUP: Final = "pressparse.extensions"


@attrs.frozen(kw_only=True)
class SectionContext:
    """What a section parser may read: the body's blocks and where the walk stands.

    ``blocks`` are the blocks of the release's body, from its first paragraph to its end
    mark, as the sections stage sees them: a heading an archive ran into its paragraph
    ("About Acme Corp. Acme Corp. is ...") has been split off into a block of its own, of
    kind ``HEADING`` and level 0. Every block's span still points into ``doc.text``.
    ``open_kind`` is the kind of the section a block joins if no parser claims it
    (``LEAD`` before the first heading).
    """

    doc: Document
    blocks: tuple[Block, ...]
    options: ParseOptions
    open_kind: SectionKind = SectionKind.LEAD

    def text(self, index: int) -> str:
        """Return the text of block ``index``."""
        return self.blocks[index].text

    def following(self, index: int) -> tuple[Block, ...]:
        """Return the blocks after ``index``, to the end of the body."""
        return self.blocks[index + 1 :]


@attrs.frozen(kw_only=True)
class SectionMatch:
    """A parser's answer: the block opens a section.

    ``heading`` is the heading as it should be reported and ``heading_span`` where it stands
    (inside the block; text of the block after the heading becomes the section's first
    paragraph). ``end``, when set, is the index just past the last block this section
    claims: those blocks become its paragraphs without asking other parsers. Otherwise the
    section runs to the next heading. ``data`` is whatever structured data the parser read.
    """

    heading: str
    heading_span: Span
    kind: SectionKind = SectionKind.BODY
    organization: str | None = None
    end: int | None = None
    data: Any = attrs.field(default=None, eq=False)


@runtime_checkable
class SectionParser(Protocol):
    """The contract of a section parser: one pure method, ``None`` meaning "not mine"."""

    def match(self, ctx: SectionContext, index: int) -> SectionMatch | None:
        """Return a :class:`SectionMatch` when block ``index`` opens a section, else ``None``."""
        ...


@attrs.frozen(kw_only=True)
class Registries:
    """The registries an extension may add to (only section parsers, for now)."""

    section_parsers: Registry[SectionParser]


@runtime_checkable
class Extension(Protocol):
    """The contract of an extension: register parsers into ``registries``."""

    def extend(self, registries: Registries) -> None:
        """Register this extension's parsers."""
        ...


def validate_section_parser(name: str, item: object) -> None:
    """Raise :class:`ExtensionError` unless ``item`` can serve as a section parser.

    Checks, as pluggy does at registration, that ``item`` has a callable ``match`` that
    accepts ``(ctx, index)``.
    """
    if not isinstance(item, SectionParser):
        raise ExtensionError(
            f"section parser {name!r} ({type(item).__name__}) has no match(ctx, index) method"
        )
    try:
        inspect.signature(item.match).bind(None, 0)
    except TypeError as exc:
        raise ExtensionError(
            f"section parser {name!r}: match() must accept (ctx, index): {exc}"
        ) from exc
    except ValueError:  # no signature to inspect (a builtin); trust it
        return


def call_section_parser(
    name: str, parser: SectionParser, ctx: SectionContext, index: int
) -> SectionMatch | None:
    """Ask ``parser`` about block ``index``; any failure becomes an :class:`ExtensionError`.

    (The sections stage asks its parsers in the same way, the call written out in its loop:
    it raises :func:`section_parser_failed` and calls :func:`check_section_match`.)
    """
    try:
        found = parser.match(ctx, index)
    except Exception as exc:  # re-raised below, naming the plugin: never swallowed
        raise section_parser_failed(name, index, exc) from exc
    if found is not None:
        check_section_match(name, found, ctx, index)
    return found


def section_parser_failed(name: str, index: int, exc: Exception) -> ExtensionError:
    """The error to raise, from ``exc``, when parser ``name`` failed on block ``index``."""
    return ExtensionError(
        f"section parser {name!r} failed on block {index}: {type(exc).__name__}: {exc}"
    )


def check_section_match(name: str, found: object, ctx: SectionContext, index: int) -> None:
    """Raise :class:`ExtensionError` unless ``found``, what parser ``name`` answered for
    block ``index`` (not ``None``), is a :class:`SectionMatch` that fits the block."""
    if not isinstance(found, SectionMatch):
        raise ExtensionError(
            f"section parser {name!r} returned {type(found).__name__} on block {index}; "
            "expected SectionMatch or None"
        )
    _check_match(name, found, ctx, index)


def _check_match(name: str, found: SectionMatch, ctx: SectionContext, index: int) -> None:
    """Raise when a match does not fit its block (a wrong result is never kept silently)."""
    block = ctx.blocks[index].span
    span = found.heading_span
    if not block.start <= span.start <= span.end <= block.end:
        raise ExtensionError(
            f"section parser {name!r}: heading span {span.start}-{span.end} lies outside "
            f"block {index} ({block.start}-{block.end})"
        )
    if found.end is not None and not index < found.end <= len(ctx.blocks):
        raise ExtensionError(
            f"section parser {name!r}: end={found.end} must lie in {index + 1}..{len(ctx.blocks)}"
        )


@functools.cache
def available_extensions() -> Mapping[str, EntryPoint]:
    """Return the installed extensions by name (entry points of :data:`ENTRY_POINT_GROUP`).

    Nothing is imported here; the result is cached for the life of the process.
    """
    return {ep.name: ep for ep in entry_points(group=ENTRY_POINT_GROUP)}


def load_extension(name: str) -> Extension:
    """Load the extension named ``name`` from its entry point and check it.

    The entry point may name an :class:`Extension` instance or a class (or factory) that
    builds one with no arguments. Raises :class:`ExtensionError`, naming the entry point and
    its distribution, when it is not installed, cannot be imported or is not an extension.
    """
    found = available_extensions().get(name)
    if found is None:
        known = ", ".join(sorted(available_extensions())) or "none installed"
        raise ExtensionError(f"no extension named {name!r} ({ENTRY_POINT_GROUP}: {known})")
    where = _describe(found)
    try:
        obj: object = found.load()
        if inspect.isclass(obj) or (callable(obj) and not isinstance(obj, Extension)):
            obj = obj()
    except Exception as exc:  # re-raised below, naming the plugin: never swallowed
        raise ExtensionError(f"cannot load extension {where}: {exc}") from exc
    if not isinstance(obj, Extension):
        raise ExtensionError(f"extension {where} has no extend(registries) method")
    return obj


def _describe(ep: EntryPoint) -> str:
    dist = getattr(ep, "dist", None)
    source = f" from {dist.name} {dist.version}" if dist is not None else ""
    return f"{ep.name!r} ({ep.value}{source})"


def apply_extension(name: str, extension: Extension, registries: Registries) -> None:
    """Run ``extension.extend(registries)``; a failure becomes an :class:`ExtensionError`."""
    try:
        extension.extend(registries)
    except ExtensionError:
        raise
    except Exception as exc:  # re-raised below, naming the plugin: never swallowed
        raise ExtensionError(f"extension {name!r} failed in extend(): {exc}") from exc
