"""pressparse: turn a press release into typed, structured data.

>>> import pressparse
>>> text = "Acme Opens Plant\\n\\nSPRINGFIELD, Ill., May 4, 2026 /PRNewswire/ -- Acme opened."
>>> release = pressparse.parse(text)
>>> release.headline
'Acme Opens Plant'
"""

from __future__ import annotations

from typing import Any

from pressparse.document import Block, BlockKind, Document
from pressparse.errors import ExtensionError, InputError, PressParseError
from pressparse.extension import (
    Extension,
    Registries,
    SectionContext,
    SectionMatch,
    SectionParser,
    available_extensions,
)
from pressparse.model import (
    Contact,
    Dateline,
    Diagnostic,
    Headline,
    InputFormat,
    Paragraph,
    PressRelease,
    Quote,
    Section,
    SectionKind,
    Span,
    Speaker,
)
from pressparse.options import ParseOptions
from pressparse.pipeline import (
    Parser,
    parse,
    parse_contacts,
    parse_dateline,
    parse_headline,
    parse_quotes,
    parse_sections,
    read,
)
from pressparse.registry import Registry
from pressparse.sectionparsers import default_section_parsers

__all__ = [
    "Block",
    "BlockKind",
    "Contact",
    "Dateline",
    "Diagnostic",
    "Document",
    "Extension",
    "ExtensionError",
    "Headline",
    "InputError",
    "InputFormat",
    "Paragraph",
    "ParseOptions",
    "Parser",
    "PressParseError",
    "PressRelease",
    "Quote",
    "Registries",
    "Registry",
    "Section",
    "SectionContext",
    "SectionKind",
    "SectionMatch",
    "SectionParser",
    "Span",
    "Speaker",
    "available_extensions",
    "default_section_parsers",
    "parse",
    "parse_contacts",
    "parse_dateline",
    "parse_headline",
    "parse_quotes",
    "parse_sections",
    "read",
]


def __getattr__(name: str) -> Any:
    if name == "__version__":
        from importlib.metadata import version

        return version("pressparse")
    raise AttributeError(f"module 'pressparse' has no attribute {name!r}")
