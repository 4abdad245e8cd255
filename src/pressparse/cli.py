"""The ``pressparse`` command.

``pressparse parse PATH... [--format auto|html|markdown|text] [--jsonl | --json]``

Each PATH is parsed (``-`` reads standard input). By default a short summary for a person
is printed; ``--jsonl`` prints one JSON object a line, ``--json`` one indented JSON array.
Every object carries ``"source"``, the path as given. A file that cannot be read gets one
line on standard error naming it and the reason; the others are still parsed, and the exit
status is 1 when any failed (2 for a usage error).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO

from pressparse.errors import PressParseError
from pressparse.model import PressRelease, SectionKind
from pressparse.pipeline import Parser
from pressparse.serialize import release_to_dict

__all__ = ["main"]

_FORMATS = ("auto", "html", "markdown", "text")


def _build_argparser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="pressparse",
        description="Parse press releases into structured data.",
    )
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("parse", help="parse press releases (HTML, Markdown or plain text)")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files to parse; - for stdin")
    p.add_argument("--format", choices=_FORMATS, default="auto", help="input format")
    out = p.add_mutually_exclusive_group()
    out.add_argument("--jsonl", action="store_true", help="one JSON object per line")
    out.add_argument("--json", action="store_true", help="one indented JSON array")
    return ap


def summary(release: PressRelease) -> str:
    """Return a short, readable account of a parsed release."""
    lines = [f"== {release.source or '<input>'} ({release.format.value})"]
    if not release.is_press_release:
        lines.append("   not a press release")
        return "\n".join(lines)
    lines.append(f"headline:  {release.headline or '-'}")
    lines.extend(f"deck:      {s}" for s in release.subheadlines)
    d = release.dateline
    if d is not None:
        when = d.datetime.isoformat() if d.datetime else (d.date.isoformat() if d.date else "-")
        lines.append(f"dateline:  {d.location or '-'} | {when} | {d.wire or '-'}")
    for s in release.sections:
        if s.heading:
            lines.append(f"section:   [{s.kind.value}] {s.heading}")
    for q in release.quotes:
        who = q.speaker.name if q.speaker else "?"
        text = q.text if len(q.text) <= 70 else q.text[:67] + "..."
        lines.append(f"quote:     {who}: “{text}”")
    for c in release.contacts:
        parts = [c.name, c.organization, c.email, c.phone, c.website]
        lines.append("contact:   " + " | ".join(p for p in parts if p))
    contact_blocks = sum(1 for s in release.sections if s.kind is SectionKind.CONTACT)
    if contact_blocks and not release.contacts:
        lines.append("contact:   (block found, no details)")
    return "\n".join(lines)


def _read(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    return Path(path).read_bytes()


def _results(
    parser: Parser, paths: Sequence[str], fmt: str, err: TextIO
) -> Iterator[tuple[str, PressRelease | None]]:
    for path in paths:
        try:
            data = _read(path)
            if fmt == "auto" and path != "-":
                suffix = Path(path).suffix.lower()
                fmt_used = {".html": "html", ".htm": "html", ".md": "markdown"}.get(suffix, fmt)
            else:
                fmt_used = fmt
            release = parser.parse(data, fmt=fmt_used)
        except (OSError, PressParseError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            print(f"pressparse: {path}: {reason}", file=err)
            yield path, None
            continue
        yield path, release


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = _build_argparser().parse_args(argv)
    parser = Parser()
    out, err = sys.stdout, sys.stderr
    failed = 0
    collected: list[dict[str, object]] = []
    for path, release in _results(parser, args.paths, args.format, err):
        if release is None:
            failed += 1
            continue
        if args.jsonl or args.json:
            record = {"source": path, **release_to_dict(release)}
            if args.jsonl:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
                out.flush()
            else:
                collected.append(record)
        else:
            out.write(summary(attrs_evolve_source(release, path)) + "\n\n")
    if args.json:
        out.write(json.dumps(collected, ensure_ascii=False, indent=2) + "\n")
    return 1 if failed else 0


def attrs_evolve_source(release: PressRelease, path: str) -> PressRelease:
    """Return ``release`` with its ``source`` set to ``path``."""
    import attrs

    return attrs.evolve(release, source=path)
