"""The state the stages hand on: its typed copy with fields changed."""

from __future__ import annotations

import inspect

import attrs
import pytest

import pressparse
from pressparse.model import Paragraph, Section, SectionKind, Span
from pressparse.pipeline import STAGES, Parser
from pressparse.stages.state import ParseState

_RELEASE = (
    "Acme Opens a Plant\n\nSPRINGFIELD, May 4, 2026 -- Acme Corp. today opened a plant in "
    "Springfield, where it will make anvils for its customers in the region.\n\n"
    "About Acme\n\nAcme Corp. makes anvils.\n\n###\n"
)


def _states() -> list[ParseState]:
    state = Parser().read(_RELEASE.encode(), fmt="text")
    states = [state]
    for _, stage in STAGES:
        state = stage(state)
        states.append(state)
    return states


def _fields(state: ParseState) -> dict[str, object]:
    return {f.name: getattr(state, f.name) for f in attrs.fields(ParseState)}


def test_evolved_takes_every_field_and_nothing_else() -> None:
    parameters = list(inspect.signature(ParseState.evolved).parameters)
    assert parameters == ["self", *(f.name for f in attrs.fields(ParseState))]


def test_the_state_has_nothing_evolved_would_skip() -> None:
    # (evolved sets the fields past __init__: nothing may need running there)
    for field in attrs.fields(ParseState):
        assert field.validator is None
        assert field.converter is None
        assert field.on_setattr in (None, attrs.setters.NO_OP)
    assert not hasattr(ParseState, "__attrs_post_init__")


@pytest.mark.parametrize("index", range(len(STAGES) + 1))
def test_evolved_is_attrs_evolve(index: int) -> None:
    state = _states()[index]
    assert _fields(state.evolved()) == _fields(state)
    section = Section(heading=None, kind=SectionKind.LEAD, span=Span(start=0, end=4),
                      paragraphs=(Paragraph(text="Acme", span=Span(start=0, end=4)),))  # fmt: skip
    changes: dict[str, object] = {
        "headline": "Acme",
        "headline_index": None,
        "body_end": 1,
        "sections": (section,),
        "claimed": frozenset({0}),
        "is_press_release": False,
    }
    for name, value in changes.items():
        assert _fields(state.evolved(**{name: value})) == _fields(
            attrs.evolve(state, **{name: value})
        )
    both = state.evolved(sections=(section,), body_end=1)
    assert _fields(both) == _fields(attrs.evolve(state, sections=(section,), body_end=1))
    assert both == attrs.evolve(state, sections=(section,), body_end=1)
    assert state.evolved() is not state


def test_a_parse_is_the_same_through_evolved_states() -> None:
    release = pressparse.parse(_RELEASE.encode(), fmt="text")
    assert [s.heading for s in release.sections] == [None, "About Acme"]
