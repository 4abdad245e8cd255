"""The typed Registry: ordering, names, copies, locking; the default section-parser registry."""

from __future__ import annotations

import itertools
import pickle

import pytest

import pressparse
from pressparse import Registry, default_section_parsers
from pressparse.sectionparsers import AboutHeading


def test_highest_priority_first() -> None:
    reg: Registry[str] = Registry()
    reg.register("low", name="low", priority=10)
    reg.register("high", name="high", priority=90)
    reg.register("mid", name="mid", priority=50.5)
    assert list(reg) == ["high", "mid", "low"]
    assert reg.names() == ("high", "mid", "low")


def test_ties_keep_registration_order() -> None:
    reg: Registry[str] = Registry()
    for name in ("b", "a", "c"):
        reg.register(name, name=name, priority=5)
    reg.register("first", name="first", priority=6)
    assert list(reg) == ["first", "b", "a", "c"]


def test_duplicate_name_raises_unless_replace() -> None:
    reg: Registry[str] = Registry()
    reg.register("one", name="x", priority=1)
    with pytest.raises(ValueError, match="already registered"):
        reg.register("two", name="x", priority=1)
    reg.register("two", name="x", priority=1, replace=True)
    assert reg["x"] == "two"
    assert len(reg) == 1


def test_replace_at_the_same_priority_keeps_the_place() -> None:
    reg: Registry[str] = Registry()
    reg.register("a", name="a", priority=1)
    reg.register("b", name="b", priority=1)
    reg.register("A", name="a", priority=1, replace=True)
    assert list(reg) == ["A", "b"]
    reg.register("A2", name="a", priority=2, replace=True)
    assert list(reg) == ["A2", "b"]


def test_deregister_and_lookup() -> None:
    reg: Registry[str] = Registry()
    reg.register("a", name="a", priority=1)
    assert "a" in reg
    assert reg.get("a") == "a"
    assert reg.priority("a") == 1.0
    reg.deregister("a")
    assert "a" not in reg
    assert reg.get("a") is None
    with pytest.raises(KeyError):
        reg.deregister("a")
    reg.deregister("a", strict=False)


def test_empty_name_is_refused() -> None:
    with pytest.raises(ValueError, match="non-empty"):
        Registry[str]().register("a", name="", priority=1)


def test_copy_is_independent() -> None:
    reg: Registry[str] = Registry()
    reg.register("a", name="a", priority=1)
    other = reg.copy()
    other.register("b", name="b", priority=2)
    reg.deregister("a")
    assert list(other) == ["b", "a"]
    assert list(reg) == []


def test_copies_share_the_ordering_until_changed() -> None:
    reg: Registry[str] = Registry()
    reg.register("a", name="a", priority=1)
    reg.register("b", name="b", priority=2)
    first, second = reg.copy(locked=True), reg.copy()
    assert first.entries() is second.entries() is reg.entries()
    second.register("c", name="c", priority=3)
    assert second.names() == ("c", "b", "a")
    assert first.names() == reg.names() == ("b", "a")


def test_locked_copy_refuses_changes_and_hashes() -> None:
    reg: Registry[str] = Registry()
    reg.register("a", name="a", priority=1)
    locked = reg.copy(locked=True)
    assert locked.locked
    with pytest.raises(TypeError, match="locked"):
        locked.register("b", name="b", priority=1)
    with pytest.raises(TypeError, match="locked"):
        locked.deregister("a")
    assert hash(locked) == hash(reg.copy(locked=True))
    with pytest.raises(TypeError):
        hash(reg)
    assert locked == reg


def test_validator_runs_at_registration() -> None:
    def only_upper(name: str, item: str) -> None:
        if not item.isupper():
            raise ValueError(f"{name}: {item!r} is not upper case")

    reg: Registry[str] = Registry(validator=only_upper)
    reg.register("OK", name="ok", priority=1)
    with pytest.raises(ValueError, match="not upper case"):
        reg.register("no", name="no", priority=1)
    assert reg.copy().names() == ("ok",)


def test_registry_pickles() -> None:
    reg = default_section_parsers()
    again = pickle.loads(pickle.dumps(reg))
    assert again == reg
    assert again.names() == reg.names()


def test_default_section_parsers_is_new_each_call() -> None:
    first = default_section_parsers()
    second = default_section_parsers()
    assert first is not second
    first.deregister("title_line")
    assert "title_line" in second
    assert "title_line" in default_section_parsers()


def test_builtin_priorities_leave_gaps() -> None:
    reg = default_section_parsers()
    priorities = [e.priority for e in reg.entries()]
    assert priorities == sorted(priorities, reverse=True)
    assert all(a - b >= 10 for a, b in itertools.pairwise(priorities))
    assert isinstance(reg["about"], AboutHeading)


def test_parser_copies_the_registry_it_is_given() -> None:
    reg = default_section_parsers()
    parser = pressparse.Parser(section_parsers=reg)
    reg.deregister("about")
    assert "about" in parser.section_parsers
    assert parser.section_parsers.locked
    with pytest.raises(TypeError, match="locked"):
        parser.section_parsers.deregister("about")
