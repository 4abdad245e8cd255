"""Accuracy on the shared corpus must not slide back below the recorded floors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.corpus.scoring import AVAILABLE, HELD_OUT_SETS, SKIP_REASON, scores

pytestmark = pytest.mark.skipif(not AVAILABLE, reason=SKIP_REASON)

_RECORDED = json.loads(Path(__file__).with_name("floors.json").read_text(encoding="utf-8"))
#: Lowest accepted score per field on the shared corpus and on the held-out set.
FLOORS: dict[str, float] = _RECORDED["corpus"]
#: Lowest accepted score per field on each held-out set (see scoring.HELD_OUT).
HELD_OUT_FLOORS: list[tuple[str, str, float]] = [
    (name, field, floor) for name in HELD_OUT_SETS for field, floor in _RECORDED[name].items()
]

#: HTML pages of the same releases may score this much lower than the source documents.
HTML_TOLERANCE = 0.03


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_field_stays_above_floor(field: str) -> None:
    result = scores("docs")
    misses = "\n".join(m for m in result["misses"] if field.split(".")[0] in m)
    assert result[field] >= FLOORS[field], f"{field} fell to {result[field]:.3f}\n{misses}"


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_html_pages_score_like_their_sources(field: str) -> None:
    html, docs = scores("html"), scores("docs")
    assert html[field] >= docs[field] - HTML_TOLERANCE, (
        f"{field}: html {html[field]:.3f} vs source {docs[field]:.3f}"
    )


@pytest.mark.parametrize(("held_out", "field", "floor"), HELD_OUT_FLOORS)
def test_held_out_field_stays_above_floor(held_out: str, field: str, floor: float) -> None:
    result = scores(held_out)
    misses = "\n".join(m for m in result["misses"] if field.split(".")[0] in m)
    assert result[field] >= floor, f"{held_out} {field} fell to {result[field]:.3f}\n{misses}"


def test_every_document_gets_a_prediction() -> None:
    assert scores("docs")["missing_predictions"] == []
    assert scores("html")["missing_predictions"] == []
