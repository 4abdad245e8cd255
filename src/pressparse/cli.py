"""The ``pressparse`` command.

``pressparse parse PATH... [--format auto|html|markdown|text] [--jsonl | --json] [--jobs N]``

Each PATH is parsed (``-`` reads standard input). By default a short summary for a person
is printed; ``--jsonl`` prints one JSON object a line, ``--json`` one indented JSON array.
Every object carries ``"source"``, the path as given.

Batches: results are written as they come, **in the order the paths were given** (a result
waits only for the ones before it). ``--jobs N`` parses in N worker processes; at most
``4 * N`` files are in flight at once, so memory stays flat on any number of files. On a
terminal a progress bar runs on standard error (``--no-progress`` turns it off); when
standard error is piped there is none. A file that cannot be read (missing, a directory, no
permission) gets one line on standard error naming it and the reason, and the others are
still parsed; input whose bytes had to be replaced or that was cut short gets a warning line
but is parsed. The exit status is 1 when any file failed, 2 for a usage error.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Literal, TextIO

import attrs

from pressparse._batch import Progress, ordered_map
from pressparse.errors import PressParseError
from pressparse.model import PressRelease, SectionKind
from pressparse.pipeline import Parser
from pressparse.serialize import release_to_dict

__all__ = ["main", "summary"]

_FORMATS = ("auto", "html", "markdown", "text")

#: A file suffix that names its format when ``--format auto`` is given.
_SUFFIX_FORMATS = {".html": "html", ".htm": "html", ".md": "markdown", ".markdown": "markdown"}

#: Diagnostics worth a warning line in a batch: the text was damaged or cut on the way in.
_WARN_CODES = frozenset({"encoding-replaced", "truncated"})

Mode = Literal["summary", "jsonl", "json"]


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
    p.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        default=1,
        metavar="N",
        help="parse in N worker processes (0: one per CPU; default 1, this process)",
    )
    p.add_argument("--no-progress", action="store_true", help="no progress bar, even on a terminal")
    return ap


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if jobs < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return jobs or os.cpu_count() or 1


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


@attrs.frozen(kw_only=True)
class _Task:
    """One file to parse: what a worker process receives."""

    path: str
    fmt: str
    mode: Mode
    parser: Parser
    data: bytes | None = None  # standard input's bytes for "-"; files are read by the worker


@attrs.frozen(kw_only=True)
class _Outcome:
    """What a worker sends back: the rendered result, or why the file failed."""

    path: str
    output: str | None = None
    error: str | None = None
    warnings: tuple[str, ...] = ()


def _format_for(path: str, fmt: str) -> str:
    if fmt != "auto" or path == "-":
        return fmt
    return _SUFFIX_FORMATS.get(Path(path).suffix.lower(), fmt)


def _render(release: PressRelease, task: _Task) -> str:
    if task.mode == "summary":
        return summary(attrs.evolve(release, source=task.path)) + "\n\n"
    record = {"source": task.path, **release_to_dict(release)}
    if task.mode == "jsonl":
        return json.dumps(record, ensure_ascii=False) + "\n"
    return json.dumps(record, ensure_ascii=False, indent=2)


def _work(task: _Task) -> _Outcome:
    """Read, parse and render one file; a file that cannot be read becomes an error."""
    try:
        data = task.data if task.data is not None else Path(task.path).read_bytes()
        release = task.parser.parse(data, fmt=_format_for(task.path, task.fmt))
    except OSError as exc:
        return _Outcome(path=task.path, error=exc.strerror or str(exc))
    except PressParseError as exc:
        return _Outcome(path=task.path, error=str(exc))
    warnings = tuple(d.message for d in release.diagnostics if d.code in _WARN_CODES)
    return _Outcome(path=task.path, output=_render(release, task), warnings=warnings)


def _tasks(args: argparse.Namespace, mode: Mode) -> Iterator[_Task]:
    parser = Parser()
    for path in args.paths:
        data = sys.stdin.buffer.read() if path == "-" else None
        yield _Task(path=path, fmt=args.format, mode=mode, parser=parser, data=data)


class _JsonArray:
    """Writes ``--json`` output as one indented array, element by element as results come."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.count = 0

    def add(self, element: str) -> None:
        self.out.write("[\n" if self.count == 0 else ",\n")
        self.out.write("\n".join("  " + line for line in element.split("\n")))
        self.count += 1

    def close(self) -> None:
        self.out.write("\n]\n" if self.count else "[]\n")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = _build_argparser().parse_args(argv)
    try:
        return _run(args, sys.stdout, sys.stderr)
    except BrokenPipeError:
        # The reader went away (``pressparse parse ... | head``): stop quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1


def _run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Parse every path, write the results to ``out`` and problems to ``err``."""
    mode: Mode = "jsonl" if args.jsonl else "json" if args.json else "summary"
    # bs4 logs a bare warning when it replaces undecodable bytes; the warning line below
    # names the file instead.
    logging.getLogger("bs4.dammit").setLevel(logging.ERROR)
    progress = Progress(len(args.paths), err, enabled=err.isatty() and not args.no_progress)
    array = _JsonArray(out) if mode == "json" else None
    failed = 0
    for outcome in ordered_map(_work, _tasks(args, mode), jobs=args.jobs):
        for warning in outcome.warnings:
            progress.note(f"pressparse: {outcome.path}: warning: {warning}")
        if outcome.error is not None:
            failed += 1
            progress.note(f"pressparse: {outcome.path}: {outcome.error}")
        elif array is not None and outcome.output is not None:
            array.add(outcome.output)
        elif outcome.output is not None:
            out.write(outcome.output)
            out.flush()
        progress.advance(failed=outcome.error is not None)
    if array is not None:
        array.close()
    progress.close()
    return 1 if failed else 0
