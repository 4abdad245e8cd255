"""Write an HTML page that highlights where each field of a release was found.

    python examples/highlight_spans.py [PATH] [OUT.html]

Open the page in a browser: the headline, deck, dateline, section headings, quotes,
speakers and contacts are marked in the release's normalized text, each in its own colour.
"""

from __future__ import annotations

import html
import sys
from pathlib import Path

import pressparse
from pressparse import PressRelease, Span

DEFAULT = Path(__file__).with_name("releases") / "northwind-prnewswire.txt"

COLOURS = {
    "headline": "#ffd54f",
    "subheadline": "#ffe082",
    "dateline": "#80deea",
    "section": "#c5e1a5",
    "quote": "#f8bbd0",
    "speaker": "#ce93d8",
    "contact": "#b0bec5",
}


def marks(release: PressRelease) -> list[tuple[Span, str]]:
    """Every span worth showing, with its field name."""
    found: list[tuple[Span, str]] = []
    if release.headline_span:
        found.append((release.headline_span, "headline"))
    found += [(span, "subheadline") for span in release.subheadline_spans]
    if release.dateline:
        found.append((release.dateline.span, "dateline"))
    found += [(s.heading_span, "section") for s in release.sections if s.heading_span]
    found += [(q.span, "quote") for q in release.quotes]
    found += [(q.speaker.span, "speaker") for q in release.quotes if q.speaker and q.speaker.span]
    found += [(c.span, "contact") for c in release.contacts]
    return found


def render(release: PressRelease) -> str:
    """Return an HTML page with the release's text and its fields highlighted."""
    text = release.text
    # Paint innermost last: sort by start, longest first, and skip overlaps.
    pieces, pos = [], 0
    for span, field in sorted(marks(release), key=lambda m: (m[0].start, -len(m[0]))):
        if span.start < pos:
            continue
        pieces.append(html.escape(text[pos : span.start]))
        body = html.escape(text[span.start : span.end])
        colour = COLOURS[field]
        pieces.append(f'<mark style="background:{colour}" title="{field}">{body}</mark>')
        pos = span.end
    pieces.append(html.escape(text[pos:]))
    legend = " ".join(f'<mark style="background:{c}">{name}</mark>' for name, c in COLOURS.items())
    return (
        "<!DOCTYPE html><meta charset='utf-8'><title>pressparse spans</title>"
        f"<p>{legend}</p><pre style='white-space:pre-wrap'>{''.join(pieces)}</pre>"
    )


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else Path("spans.html")
    out.write_text(render(pressparse.parse(path)), encoding="utf-8")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
