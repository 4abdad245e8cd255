"""examples/dask_batch.py parses a folder with dask.bag on a local two-process cluster.

Skipped when the optional ``dask`` extra is not installed.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

import pressparse

pytest.importorskip("dask.bag")

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "dask_batch.py"

RELEASE = (
    "Quillfeather Inc. Opens Paper Mill {n}\n\n"
    "LAKESIDE, Ore., March 3, 2026 /PRNewswire/ -- Quillfeather Inc. opened a paper mill.\n\n"
    "“Paper is coming home,” said Wren Halloway, chief executive officer of Quillfeather.\n"
)


def _example() -> ModuleType:
    spec = importlib.util.spec_from_file_location("dask_batch", EXAMPLE)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    docs = tmp_path / "releases"
    docs.mkdir()
    for n in range(6):
        (docs / f"release-{n}.txt").write_text(RELEASE.format(n=n), encoding="utf-8")
    (docs / "undecodable.txt").write_bytes(bytes(range(256)) * 4)
    return docs


def test_parses_every_file_on_two_local_processes(folder: Path) -> None:
    results = _example().run(folder, scheduler="processes", workers=2)
    assert [Path(r.source).name for r in results] == sorted(p.name for p in folder.iterdir())
    releases = [r for r in results if r.is_press_release]
    assert [r.headline for r in releases] == [
        f"Quillfeather Inc. Opens Paper Mill {n}" for n in range(6)
    ]
    assert all(r.quotes for r in releases)
    assert results == [pressparse.parse(p) for p in sorted(folder.iterdir())]


def test_writes_one_file_per_partition(folder: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "out"
    assert _example().main([str(folder), "--out", str(out), "--workers", "2"]) == 0
    lines = [
        line for part in sorted(out.glob("part-*.jsonl")) for line in part.read_text().splitlines()
    ]
    assert sorted(json.loads(line)["source"] for line in lines) == sorted(
        str(p) for p in folder.iterdir()
    )
    assert "wrote" in capsys.readouterr().out


def test_an_unreadable_file_becomes_an_error_record(tmp_path: Path) -> None:
    example = _example()
    record = example.parse_file(str(tmp_path / "missing.txt"), pressparse.Parser())
    assert record["source"] == str(tmp_path / "missing.txt")
    assert "cannot read" in record["error"]
    assert json.loads(example.to_json(record)) == record
