"""Parse one press release and print what pressparse found.

    python examples/parse_release.py [PATH]

Without PATH it parses the fictional PR Newswire release shipped beside this script.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pressparse

DEFAULT = Path(__file__).with_name("releases") / "northwind-prnewswire.txt"


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    release = pressparse.parse(path)

    print(f"Headline:     {release.headline}")
    for deck in release.subheadlines:
        print(f"Subheadline:  {deck}")
    if release.dateline is not None:
        d = release.dateline
        print(f"Dateline:     {d.location} | {d.date} | {d.wire}")
    for section in release.sections:
        if section.heading:
            print(f"Section:      [{section.kind.value}] {section.heading}")
    for quote in release.quotes:
        speaker = quote.speaker.name if quote.speaker else "unattributed"
        print(f"Quote:        {speaker}: {quote.text}")
    for contact in release.contacts:
        print(f"Contact:      {contact.name} | {contact.email} | {contact.phone}")

    # Every item carries its span into release.text:
    if release.headline_span is not None:
        start, end = release.headline_span.start, release.headline_span.end
        print(f"(headline found at characters {start}-{end})")


if __name__ == "__main__":
    main()
