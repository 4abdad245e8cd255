"""Every example script runs and prints what it promises."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

#: Examples that need an optional extra, by the module they import.
NEEDS: dict[str, str] = {"dask_batch.py": "dask"}


def run(script: str, *args: str, cwd: Path) -> str:
    result = subprocess.run(
        [sys.executable, str(EXAMPLES / script), *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize("script", sorted(p.name for p in EXAMPLES.glob("*.py")))
def test_example_runs(script: str, tmp_path: Path) -> None:
    needed = NEEDS.get(script)
    if needed and importlib.util.find_spec(needed) is None:
        pytest.skip(f"{script} needs the optional {needed}")
    assert run(script, cwd=tmp_path).strip()


def test_parse_release_prints_the_fields(tmp_path: Path) -> None:
    out = run("parse_release.py", cwd=tmp_path)
    assert "Headline:     Northwind Robotics Opens Second Assembly Plant in Ohio" in out
    assert "PRNewswire" in out


def test_batch_writes_one_line_per_release(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    run("batch_to_jsonl.py", str(EXAMPLES / "releases"), str(target), cwd=tmp_path)
    assert len(target.read_text(encoding="utf-8").splitlines()) == len(
        list((EXAMPLES / "releases").iterdir())
    )


def test_highlight_writes_a_page(tmp_path: Path) -> None:
    run(
        "highlight_spans.py",
        str(EXAMPLES / "releases" / "lumen-businesswire.md"),
        "x.html",
        cwd=tmp_path,
    )
    page = (tmp_path / "x.html").read_text(encoding="utf-8")
    assert 'title="headline"' in page
    assert 'title="quote"' in page
