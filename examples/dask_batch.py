"""Parse a folder of releases with Dask, on a local cluster or on many machines.

    pip install "pressparse[dask]"
    python examples/dask_batch.py [FOLDER] [--out DIR] [--workers N] [--scheduler NAME]

Defaults: the fictional releases in examples/releases, two worker processes on this
machine, one JSON object per line on standard output. With ``--out DIR`` every partition
writes its own ``DIR/part-N.jsonl`` from the worker that parsed it, so nothing funnels
through this process. A file that cannot be read becomes a record with an ``"error"``.

This works beyond one machine because the parser and its results pickle: ``bag.map`` ships
the configured :class:`pressparse.Parser` to every worker, and results come back as
:class:`pressparse.PressRelease` objects. To run on a Dask cluster instead of local
processes, connect a client before computing (needs ``dask.distributed``)::

    from dask.distributed import Client
    client = Client("tcp://scheduler-host:8786")  # then call run(..., scheduler=None)
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import dask.bag as db

import pressparse

HERE = Path(__file__).parent


def parse_file(path: str, parser: pressparse.Parser) -> pressparse.PressRelease | dict[str, Any]:
    """Parse one file; a file that cannot be read becomes ``{"source", "error"}``."""
    try:
        return parser.parse(Path(path))
    except pressparse.PressParseError as exc:
        return {"source": path, "error": str(exc)}


def to_json(result: pressparse.PressRelease | dict[str, Any]) -> str:
    """One JSON line: the release with its ``"source"``, or the error record."""
    if isinstance(result, dict):
        return json.dumps(result, ensure_ascii=False)
    return json.dumps({"source": result.source, **result.to_dict()}, ensure_ascii=False)


def release_bag(folder: Path, parser: pressparse.Parser, partitions: int) -> db.Bag:
    """A bag of parse results, one per file of ``folder``, in name order."""
    paths = sorted(str(p) for p in folder.iterdir() if p.is_file())
    return db.from_sequence(paths, npartitions=max(1, min(partitions, len(paths)))).map(
        parse_file, parser=parser
    )


def run(
    folder: Path,
    *,
    scheduler: str | None = "processes",
    workers: int = 2,
    parser: pressparse.Parser | None = None,
) -> list[pressparse.PressRelease | dict[str, Any]]:
    """Parse every file of ``folder`` and return the results (releases or error records).

    ``scheduler`` is a Dask scheduler name ("processes", "threads", "synchronous"), or
    ``None`` for the default, which is a distributed cluster when a client is connected.
    """
    bag = release_bag(folder, parser or pressparse.Parser(), partitions=4 * workers)
    return list(bag.compute(scheduler=scheduler, num_workers=workers))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", nargs="?", type=Path, default=HERE / "releases")
    ap.add_argument("--out", type=Path, help="write DIR/part-N.jsonl instead of stdout")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--scheduler", default="processes")
    args = ap.parse_args(argv)
    if args.out is not None:
        args.out.mkdir(parents=True, exist_ok=True)
        bag = release_bag(args.folder, pressparse.Parser(), partitions=4 * args.workers)
        written = bag.map(to_json).to_textfiles(
            str(args.out / "part-*.jsonl"),
            encoding="utf-8",
            last_endline=True,
            scheduler=args.scheduler,
            num_workers=args.workers,
        )
        print(f"wrote {len(written)} files to {args.out}")
        return 0
    results = run(args.folder, scheduler=args.scheduler, workers=args.workers)
    for result in results:
        sys.stdout.write(to_json(result) + "\n")
    failed = sum(1 for r in results if isinstance(r, dict))
    print(f"{len(results) - failed} parsed, {failed} failed", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
