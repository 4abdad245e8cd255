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

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
#: The project's own held-out sets of fictional releases, annotated apart from the parser
#: (see docs/accuracy.md): ``holdout`` to ``holdout5`` have since been used to find kinds of
#: error to fix; ``holdout6`` has not, and is the measure of how the rules carry.
HELD_OUT_SETS = ("holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6")
HELD_OUT = {name: ROOT / "tests" / "fixtures" / name for name in HELD_OUT_SETS}
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


def predictions(folder: Path) -> dict[str, dict[str, Any]]:
    """Parse every document of ``folder`` and return the JSON objects by id."""
    preds = {}
    for path in sorted(folder.iterdir()):
        release = pressparse.parse(path)
        preds[path.stem] = json.loads(release.to_json())
    return preds


@cache
def scores(kind: str) -> dict[str, Any]:
    """Score the parser on ``corpus/<kind>`` (``docs`` or ``html``), or on a held-out set
    (``holdout``, ``holdout2``), against their gold files."""
    scorer = _scorer()
    if kind in HELD_OUT:
        golds = scorer.load_gold(HELD_OUT[kind] / "gold")
        return dict(scorer.score(golds, predictions(HELD_OUT[kind] / "docs"), True))
    golds = scorer.load_gold(CORPUS / "gold")
    return dict(scorer.score(golds, predictions(CORPUS / kind), True))
