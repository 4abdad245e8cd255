"""A typed, ordered registry of named items: how pressparse lets users add rules.

Modelled on Python-Markdown's ``util.Registry`` and made strict: every item has a unique
name and a float priority; iteration goes highest priority first, and items of equal
priority keep the order they were registered in, so the order is always deterministic.
Registering a name twice raises unless ``replace=True`` is asked for.

>>> reg: Registry[str] = Registry()
>>> reg.register("low", name="a", priority=10)
>>> reg.register("high", name="b", priority=20)
>>> list(reg)
['high', 'low']
>>> reg.names()
('b', 'a')
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Generic, TypeVar

import attrs

__all__ = ["Registry", "RegistryEntry"]

T = TypeVar("T")

#: What a pickled registry carries: entries, sequence counter, validator, locked flag.
_State = tuple[dict[str, tuple[float, int, T]], int, "Callable[[str, T], None] | None", bool]


@attrs.frozen(kw_only=True)
class RegistryEntry(Generic[T]):
    """One registered item with its name and priority."""

    name: str
    priority: float
    item: T


class Registry(Generic[T]):
    """Named items ordered by priority, highest first (ties in registration order).

    ``validator`` (optional) is called on every item at registration and raises when the
    item is unfit. A *locked* registry (see :meth:`copy`) refuses changes, which is how a
    :class:`~pressparse.pipeline.Parser` keeps the registry it was given immutable.
    """

    __slots__ = ("_entries", "_locked", "_ordered", "_seq", "_validator")

    def __init__(self, *, validator: Callable[[str, T], None] | None = None) -> None:
        self._entries: dict[str, tuple[float, int, T]] = {}
        self._seq = 0
        self._validator = validator
        self._locked = False
        self._ordered: tuple[RegistryEntry[T], ...] | None = None

    # -- changing ---------------------------------------------------------------------------

    def register(self, item: T, *, name: str, priority: float, replace: bool = False) -> None:
        """Add ``item`` under ``name`` at ``priority``.

        Raises :class:`ValueError` when ``name`` is already taken (unless ``replace`` is
        true, which keeps the old item's place among equal priorities only if the priority
        is unchanged) and :class:`TypeError` when the registry is locked.
        """
        self._check_unlocked()
        if not isinstance(name, str) or not name:
            raise ValueError(f"a registry name must be a non-empty string, not {name!r}")
        if name in self._entries and not replace:
            raise ValueError(f"{name!r} is already registered; pass replace=True to replace it")
        if self._validator is not None:
            self._validator(name, item)
        old = self._entries.get(name)
        seq = old[1] if old is not None and old[0] == priority else self._next_seq()
        self._entries[name] = (float(priority), seq, item)
        self._ordered = None

    def deregister(self, name: str, *, strict: bool = True) -> None:
        """Remove the item named ``name``; a missing name raises :class:`KeyError` if strict."""
        self._check_unlocked()
        if name in self._entries:
            del self._entries[name]
            self._ordered = None
        elif strict:
            raise KeyError(f"{name!r} is not registered")

    def copy(self, *, locked: bool = False) -> Registry[T]:
        """Return an independent copy (items are shared, the ordering is not).

        The copy starts with this registry's entries in order, worked out here once (and
        kept) rather than by each copy: a default :class:`~pressparse.pipeline.Parser`,
        built for each call of :func:`~pressparse.parse`, copies the same registry every
        time. (The entries are immutable; changing either registry orders it afresh.)
        """
        new: Registry[T] = Registry(validator=self._validator)
        new._entries = dict(self._entries)
        new._seq = self._seq
        new._locked = locked
        new._ordered = self.entries()
        return new

    # -- reading ----------------------------------------------------------------------------

    @property
    def locked(self) -> bool:
        """True when the registry refuses changes."""
        return self._locked

    def entries(self) -> tuple[RegistryEntry[T], ...]:
        """Return every entry, highest priority first, ties in registration order."""
        if self._ordered is None:
            ordered = sorted(self._entries.items(), key=lambda kv: (-kv[1][0], kv[1][1]))
            self._ordered = tuple(
                RegistryEntry(name=name, priority=priority, item=item)
                for name, (priority, _, item) in ordered
            )
        return self._ordered

    def names(self) -> tuple[str, ...]:
        """Return the registered names in order."""
        return tuple(e.name for e in self.entries())

    def get(self, name: str) -> T | None:
        """Return the item named ``name``, or ``None``."""
        found = self._entries.get(name)
        return None if found is None else found[2]

    def priority(self, name: str) -> float:
        """Return the priority of ``name`` (:class:`KeyError` when it is not registered)."""
        return self._entries[name][0]

    def __getitem__(self, name: str) -> T:
        return self._entries[name][2]

    def __contains__(self, name: object) -> bool:
        return name in self._entries

    def __iter__(self) -> Iterator[T]:
        return (e.item for e in self.entries())

    def __len__(self) -> int:
        return len(self._entries)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Registry):
            return NotImplemented
        return self.entries() == other.entries()

    def __hash__(self) -> int:
        if not self._locked:
            raise TypeError("an unlocked Registry is mutable and cannot be hashed")
        return hash(self.entries())

    def __repr__(self) -> str:
        inner = ", ".join(f"{e.name}={e.priority:g}" for e in self.entries())
        return f"Registry({inner})"

    # -- pickling (slots, no __dict__) -------------------------------------------------------

    def __getstate__(self) -> _State[T]:
        return (self._entries, self._seq, self._validator, self._locked)

    def __setstate__(self, state: _State[T]) -> None:
        self._entries, self._seq, self._validator, self._locked = state
        self._ordered = None

    def _next_seq(self) -> int:
        self._seq += 1
        return self._seq

    def _check_unlocked(self) -> None:
        if self._locked:
            raise TypeError("this Registry is locked; change a copy() of it instead")
