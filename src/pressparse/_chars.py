"""Finding characters in text quickly."""

from __future__ import annotations

__all__ = ["char_offsets"]


def char_offsets(text: str, chars: str, start: int = 0, end: int | None = None) -> list[int]:
    """The offsets in ``text`` (from ``start`` to ``end``) of every one of ``chars``, in
    order.

    Each character is found by ``str.find``: a pattern for the set of them tests every
    character of the text against each one, several times slower.
    """
    if end is None:
        end = len(text)
    found: list[int] = []
    find = text.find
    for char in chars:
        at = find(char, start, end)
        while at >= 0:
            found.append(at)
            at = find(char, at + 1, end)
    found.sort()
    return found
