"""List every quote of a release with its speaker, as a table.

python examples/quotes_table.py [PATH]
"""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import pressparse

DEFAULT = Path(__file__).with_name("releases") / "northwind-prnewswire.txt"


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    release = pressparse.parse(path)
    rows = [("speaker", "title / organization", "cue", "quote")]
    for quote in release.quotes:
        speaker = quote.speaker
        who = speaker.name if speaker else "(unattributed)"
        role = ", ".join(x for x in (speaker.title, speaker.organization) if x) if speaker else ""
        rows.append((who, role, quote.cue or "", textwrap.shorten(quote.text, 60)))
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    for i, row in enumerate(rows):
        print("  ".join(cell.ljust(w) for cell, w in zip(row[:3], widths, strict=True)), row[3])
        if i == 0:
            print("  ".join("-" * w for w in widths), "-" * 60)


if __name__ == "__main__":
    main()
