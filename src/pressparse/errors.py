"""The errors pressparse raises.

Only caller mistakes raise: an unknown format, a path that cannot be read, bad options, a
broken plugin. Odd *content* never raises; it gives empty fields and diagnostics instead.
Every error subclasses :class:`PressParseError`; input errors also subclass ``ValueError``
so code that catches ``ValueError`` keeps working.
"""

from __future__ import annotations

__all__ = ["ExtensionError", "InputError", "PressParseError"]


class PressParseError(Exception):
    """Base class of every error pressparse raises on purpose."""


class InputError(PressParseError, ValueError):
    """The input could not be read: a missing file, an unknown format, a bad option."""


class ExtensionError(PressParseError):
    """A section parser or extension is invalid, or failed while parsing.

    The message names the plugin; the original exception is chained as ``__cause__``.
    """
