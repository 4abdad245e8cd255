"""Parse every release in a folder and write one JSON object per line.

    python examples/batch_to_jsonl.py [FOLDER] [OUT.jsonl]

Defaults: the fictional releases in examples/releases, written to standard output.
A file that cannot be parsed is reported on standard error and skipped.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pressparse

HERE = Path(__file__).parent


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "releases"
    out = open(sys.argv[2], "w", encoding="utf-8") if len(sys.argv) > 2 else sys.stdout  # noqa: SIM115
    parser = pressparse.Parser()
    failed = 0
    for path in sorted(p for p in folder.iterdir() if p.is_file()):
        try:
            release = parser.parse(path)
        except pressparse.PressParseError as exc:
            print(f"{path}: {exc}", file=sys.stderr)
            failed += 1
            continue
        out.write(json.dumps(release.to_dict(), ensure_ascii=False) + "\n")
    if out is not sys.stdout:
        out.close()
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
