"""Benchmark pressparse: speed, latency, memory and linear cost on hostile input.

    python benchmarks/bench.py             # corpus and generated releases
    python benchmarks/bench.py --hostile   # hostile input only: exit 1 if a bound is broken
    python benchmarks/bench.py --all       # both

Every figure is a full parse (every field) on one core: the process pins itself to one CPU
where the system allows it. Run it on a quiet machine: two virtual CPUs may share one
physical core, and work on the other one lowers every figure (by about a quarter on the
reference machine; the header says when the load average shows other work). Inputs are
read into memory first and passed as bytes with their format, so the figures leave out disk
reads but include decoding.

* corpus: ``../shared/corpus/docs`` (and ``html``) from the project root, or ``--corpus``;
  skipped with a message when absent. Rounds repeat until ``--seconds`` have passed.
* generated: fictional releases of 5 KB, 50 KB, 500 KB and 5 MB per input format (see
  ``generate.py``); "x50KB" is time per KB against time per KB at 50 KB (1.0 is linear).
* peak memory: how far the resident set grows while parsing, measured in a fresh process.
* trafilatura: when it is importable, its metadata extraction (title, date, author...) runs
  over the corpus's HTML pages in the same run, and the ratio is printed. It is not a
  dependency of pressparse.
* hostile: ``generate.hostile`` at 50 KB and 5 MB, read as each format. Bounds: under
  ``HOSTILE_MAX_SECONDS`` at 5 MB, and time per KB at 5 MB within ``LINEAR_MAX_RATIO`` of
  time per KB at 50 KB.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Final

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
try:
    import pressparse
except ImportError:  # run from a checkout without installing
    sys.path.insert(0, str(ROOT / "src"))
    import pressparse

import generate  # noqa: E402  (beside this script, found through sys.path)

from pressparse.pipeline import STAGES  # noqa: E402  (the stages in order, for --stages)

CORPUS = ROOT.parent / "shared" / "corpus"
HOSTILE_MAX_SECONDS = 5.0
LINEAR_MAX_RATIO = 3.0
CORPUS_TARGET = 500.0  # documents per second on the corpus, one core
SUFFIX_FORMAT = {".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}

Item = tuple[bytes, str]  # (input, format)


def version() -> str:
    """The installed version of pressparse, or "(not installed)" for a bare checkout."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed

    try:
        return installed("pressparse")
    except PackageNotFoundError:
        return "(not installed)"


def pin_one_core() -> str:
    """Run on a single CPU where the system allows it; say which."""
    if hasattr(os, "sched_setaffinity"):
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return f"pinned to CPU {cpu}"
    return "not pinned (no sched_setaffinity)"


#: A one-minute load average above this when the benchmark starts is worth a word: other
#: work was running, and two virtual CPUs may share one physical core, so work on the other
#: one slows this one.
BUSY_LOAD: Final = 1.0


def load_note() -> str:
    """A note on the machine's load when other work is running (``""`` when it is quiet or
    the system does not say): the figures then fall, by a quarter on the reference machine."""
    if not hasattr(os, "getloadavg"):
        return ""
    load = os.getloadavg()[0]
    if load <= BUSY_LOAD:
        return ""
    return f"; load average {load:.1f}: other work running makes the figures lower"


def load_folder(folder: Path) -> list[Item]:
    """Read every file of ``folder`` with the format its suffix names (else text)."""
    files = sorted(p for p in folder.iterdir() if p.is_file())
    return [(p.read_bytes(), SUFFIX_FORMAT.get(p.suffix.lower(), "text")) for p in files]


def time_items(
    items: Sequence[Item], parse: Callable[[bytes, str], object], seconds: float
) -> dict[str, float]:
    """Parse ``items`` in rounds for at least ``seconds`` (one round at least, after one
    warm-up round); return documents per second and per-document latency."""
    for data, fmt in items[: min(len(items), 10)]:
        parse(data, fmt)  # warm-up: imports, pattern caches
    latencies: list[float] = []
    start = time.perf_counter()
    while True:
        for data, fmt in items:
            t0 = time.perf_counter()
            parse(data, fmt)
            latencies.append(time.perf_counter() - t0)
        elapsed = time.perf_counter() - start
        if elapsed >= seconds:
            break
    latencies.sort()
    return {
        "docs": len(latencies),
        "docs_per_s": len(latencies) / elapsed,
        "median_ms": statistics.median(latencies) * 1e3,
        "p95_ms": latencies[min(len(latencies) - 1, int(0.95 * len(latencies)))] * 1e3,
        "kb": sum(len(d) for d, _ in items) / len(items) / 1e3,
    }


def pressparse_parse(data: bytes, fmt: str) -> object:
    return pressparse.parse(data, fmt=fmt)


def _rss_kb(field: str) -> int:
    """Read ``VmRSS`` or ``VmHWM`` (peak) of this process from /proc, in KB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise OSError(f"no {field} in /proc/self/status")


def _peak_child(items: Sequence[Item], queue: Any) -> None:
    """In a fresh process: how many MB memory grows at most while parsing ``items``.

    On Linux the resident set's high-water mark is reset first (``/proc/self/clear_refs``),
    so the figure covers the parse alone, C libraries included; elsewhere it falls back to
    the Python allocations ``tracemalloc`` sees.
    """
    for data, fmt in items[:1]:
        pressparse.parse(data[:2000], fmt=fmt)  # import and compile everything first
    try:
        Path("/proc/self/clear_refs").write_text("5")  # reset the high-water mark
        before = _rss_kb("VmRSS")
    except OSError:
        import tracemalloc

        tracemalloc.start()
        for data, fmt in items:
            pressparse.parse(data, fmt=fmt)
        queue.put(tracemalloc.get_traced_memory()[1] / 2**20)
        return
    for data, fmt in items:
        pressparse.parse(data, fmt=fmt)
    queue.put(max(0, _rss_kb("VmHWM") - before) / 1024)


def peak_memory_mb(items: Sequence[Item]) -> float:
    """Peak memory growth while parsing ``items``, measured in a spawned process."""
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=_peak_child, args=(list(items), queue))
    proc.start()
    result = float(queue.get())
    proc.join()
    return result


def trafilatura_parse() -> Callable[[bytes, str], object] | None:
    """trafilatura's metadata extraction, when it is installed."""
    try:
        import trafilatura
    except ImportError as exc:
        print(f"trafilatura: not importable ({exc}); comparison skipped")
        return None

    def extract(data: bytes, fmt: str) -> object:
        return trafilatura.extract_metadata(data.decode("utf-8", errors="replace"))

    return extract


def row(label: str, stats: dict[str, float], extra: str = "") -> str:
    return (
        f"{label:<34}{stats['docs']:>7.0f}{stats['kb']:>9.1f}{stats['docs_per_s']:>10.1f}"
        f"{stats['median_ms']:>10.2f}{stats['p95_ms']:>10.2f}{stats.get('peak_mb', 0):>9.1f}"
        f"  {extra}"
    )


HEADER = (
    f"{'input':<34}{'docs':>7}{'KB/doc':>9}{'docs/s':>10}{'median ms':>10}{'p95 ms':>10}"
    f"{'peak MB':>9}"
)


def bench_corpus(args: argparse.Namespace, results: dict[str, Any]) -> None:
    """Time the corpus (docs, then HTML pages) and trafilatura beside it."""
    docs, pages = args.corpus / "docs", args.corpus / "html"
    if not docs.is_dir():
        print(f"corpus: skipped, {docs} not found (give --corpus PATH)")
        return
    for name, folder in (("docs", docs), ("html", pages)):
        if not folder.is_dir():
            continue
        items = load_folder(folder)
        stats = time_items(items, pressparse_parse, args.seconds)
        stats["peak_mb"] = peak_memory_mb(items)
        results[f"corpus/{name}"] = stats
        verdict = ""
        if name == "docs":
            ok = stats["docs_per_s"] >= CORPUS_TARGET
            verdict = f"target >= {CORPUS_TARGET:.0f} docs/s: {'PASS' if ok else 'FAIL'}"
        print(row(f"corpus/{name} ({len(items)} files)", stats, verdict))
    extract = trafilatura_parse()
    if extract is not None and pages.is_dir():
        stats = time_items(load_folder(pages), extract, args.seconds)
        results["trafilatura/html"] = stats
        ours = results["corpus/html"]["docs_per_s"] / stats["docs_per_s"]
        print(row("trafilatura metadata, html", stats, f"pressparse full parse: {ours:.1f}x"))


def bench_stages(args: argparse.Namespace, results: dict[str, Any]) -> None:
    """Print where a full parse of the corpus documents spends its time, stage by stage.

    CPU time (``time.process_time``) per document, so load on other cores matters less
    than for the wall-clock rows; reading includes decoding and building the document.
    """
    folder = args.corpus / "docs"
    if not folder.is_dir():
        return
    items = load_folder(folder)
    parser = pressparse.Parser()
    spent = {"read": 0.0, **{name: 0.0 for name, _ in STAGES}}
    clock = time.process_time
    rounds = 0
    start = clock()
    while rounds < 2 or clock() - start < args.seconds:
        for data, fmt in items:
            t0 = clock()
            state = parser.read(data, fmt=fmt)
            spent["read"] += clock() - t0
            for name, stage in STAGES:
                t0 = clock()
                state = stage(state)
                spent[name] += clock() - t0
        rounds += 1
    count = rounds * len(items)
    per_doc = {name: seconds / count * 1e3 for name, seconds in spent.items()}
    total = sum(per_doc.values())
    results["stages/docs"] = {"ms_per_doc": per_doc, "docs_per_cpu_s": 1e3 / total}
    cells = ", ".join(f"{name} {ms:.2f}" for name, ms in per_doc.items())
    print(
        f"corpus/docs CPU ms per document by stage: {cells}; total {total:.2f} "
        f"({1e3 / total:.0f} docs per CPU second)"
    )


def bench_generated(args: argparse.Namespace, results: dict[str, Any]) -> None:
    """Time generated releases per format and size; report the cost per KB against 50 KB."""
    sizes = {k: v for k, v in generate.SIZES.items() if k in args.sizes}
    for fmt in generate.FORMATS:
        per_kb: dict[str, float] = {}
        for label, size in sizes.items():
            item = (generate.release(size, fmt).encode(), fmt)
            seconds = args.seconds if size <= 500_000 else 0.0  # one round of 5 MB
            stats = time_items([item], pressparse_parse, seconds)
            stats["peak_mb"] = peak_memory_mb([item])
            per_kb[label] = stats["median_ms"] / stats["kb"]
            ratio = per_kb[label] / per_kb["50KB"] if "50KB" in per_kb else float("nan")
            stats["per_kb_vs_50KB"] = ratio
            results[f"generated/{fmt}/{label}"] = stats
            note = f"{per_kb[label] * 1e3:.0f} us/KB, x50KB {ratio:.2f}"
            print(row(f"generated {fmt} {label}", stats, note))


def _where(exc: BaseException) -> str:
    """Name an exception and the innermost pressparse function it came from."""
    tb, place = exc.__traceback__, ""
    while tb is not None:
        code = tb.tb_frame.f_code
        if "pressparse" in code.co_filename and code.co_filename.endswith(".py"):
            place = f" in {Path(code.co_filename).name}:{code.co_name}"
        tb = tb.tb_next
    return f"{type(exc).__name__}{place}"


def _hostile_child(fmt: str, queue: Any) -> None:
    """In a fresh process: time the hostile input at 50 KB (median) and at 5 MB (once)."""
    small, large = generate.hostile(50_000).encode(), generate.hostile(5_000_000).encode()
    try:
        stats = time_items([(small, fmt)], pressparse_parse, 1.0)
        t0 = time.perf_counter()
        pressparse.parse(large, fmt=fmt)
        large_s = time.perf_counter() - t0
    except Exception as exc:  # a benchmark reports any failure instead of stopping
        queue.put({"error": _where(exc)})
        return
    ratio = (large_s / len(large)) / (stats["median_ms"] / 1e3 / len(small))
    queue.put({"small_ms": stats["median_ms"], "large_s": large_s, "per_kb_ratio": ratio})


def run_hostile(fmt: str, timeout: float) -> dict[str, Any]:
    """Run :func:`_hostile_child` in a spawned process, stopping it after ``timeout`` s."""
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=_hostile_child, args=(fmt, queue))
    proc.start()
    proc.join(timeout)
    if proc.is_alive():
        proc.terminate()
        proc.join()
        return {"error": f"still running after {timeout:.0f} s"}
    return dict(queue.get()) if not queue.empty() else {"error": f"exit code {proc.exitcode}"}


def bench_hostile(args: argparse.Namespace, results: dict[str, Any]) -> bool:
    """Parse hostile input at 50 KB and 5 MB in every format; True when the bounds hold."""
    ok = True
    size = len(generate.hostile(5_000_000).encode())
    print(f"\nhostile input: {size / 1e6:.1f} MB (see generate.hostile), one process each")
    print(f"{'format':<12}{'50KB ms':>10}{'5MB s':>9}{'x50KB':>8}  verdict")
    for fmt in ("auto", *generate.FORMATS):
        got = run_hostile(fmt, timeout=args.hostile_timeout)
        results[f"hostile/{fmt}"] = got
        if "error" in got:
            ok = False
            print(f"{fmt:<12}{'-':>10}{'-':>9}{'-':>8}  FAIL: {got['error']}")
            continue
        fits = got["large_s"] < HOSTILE_MAX_SECONDS and got["per_kb_ratio"] <= LINEAR_MAX_RATIO
        ok &= fits
        print(
            f"{fmt:<12}{got['small_ms']:>10.1f}{got['large_s']:>9.2f}"
            f"{got['per_kb_ratio']:>8.2f}  {'PASS' if fits else 'FAIL'}"
        )
    print(
        f"bounds: 5 MB under {HOSTILE_MAX_SECONDS:.0f} s, time per KB within "
        f"{LINEAR_MAX_RATIO:.0f}x of 50 KB: {'PASS' if ok else 'FAIL'}"
    )
    return ok


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--hostile", action="store_true", help="run the hostile-input check only")
    ap.add_argument("--all", action="store_true", help="run everything, hostile check too")
    ap.add_argument("--corpus", type=Path, default=CORPUS, help="folder holding docs/ and html/")
    ap.add_argument("--seconds", type=float, default=3.0, help="minimum time per measurement")
    ap.add_argument(
        "--sizes", nargs="+", default=list(generate.SIZES), choices=list(generate.SIZES)
    )
    ap.add_argument(
        "--hostile-timeout", type=float, default=120.0, help="stop a hostile run after this"
    )
    ap.add_argument(
        "--stages", action="store_true", help="print the per-stage breakdown of the corpus only"
    )
    ap.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    args = ap.parse_args(argv)
    pinned = pin_one_core()
    print(
        f"pressparse {version()}, Python {platform.python_version()}, "
        f"{platform.machine()}, {os.cpu_count()} CPUs, {pinned}{load_note()}"
    )
    results: dict[str, Any] = {}
    ok = True
    if args.stages:
        bench_stages(args, results)
    elif not args.hostile:
        print(HEADER)
        bench_corpus(args, results)
        bench_stages(args, results)
        bench_generated(args, results)
    if args.hostile or args.all:
        ok = bench_hostile(args, results)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
