"""Run the parser over ../shared/corpus and score it with ../shared/eval/score.py's logic.

The corpus is third-party data kept beside the project, never inside it: where it is absent
(a user's clone), :data:`CORPUS` does not exist and the corpus tests skip.
"""

from __future__ import annotations

import importlib.util
import json
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import pressparse

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
CORPUS = SHARED / "corpus"
SCORER = SHARED / "eval" / "score.py"
AVAILABLE = (CORPUS / "docs").is_dir() and (CORPUS / "gold").is_dir() and SCORER.is_file()
SKIP_REASON = f"shared corpus not found at {CORPUS} (it is not part of the project)"


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("pressparse_corpus_score", SCORER)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def predictions(kind: str) -> dict[str, dict[str, Any]]:
    """Parse every document of ``corpus/<kind>`` and return the JSON objects by id."""
    preds = {}
    for path in sorted((CORPUS / kind).iterdir()):
        release = pressparse.parse(path)
        preds[path.stem] = json.loads(release.to_json())
    return preds


@cache
def scores(kind: str) -> dict[str, Any]:
    """Score the parser on ``corpus/<kind>`` (``docs`` or ``html``) against the gold files."""
    scorer = _scorer()
    golds = scorer.load_gold(CORPUS / "gold")
    return dict(scorer.score(golds, predictions(kind), True))
