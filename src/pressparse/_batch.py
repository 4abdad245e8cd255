"""Machinery of the command line's batches: an ordered parallel map and a progress bar.

:func:`ordered_map` runs a function over many items, in this process or in worker
processes, and yields the results **in input order**, each as soon as it and every result
before it are done. At most ``jobs * WINDOW_PER_JOB`` items are in flight at once, so memory
stays flat however long the batch is, and one slow item holds back the output only until it
is done.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Final, TextIO, TypeVar

__all__ = ["WINDOW_PER_JOB", "Progress", "ordered_map"]

T = TypeVar("T")
R = TypeVar("R")

#: How many items each worker process may have queued or running at once.
WINDOW_PER_JOB: Final = 4

#: The progress bar is redrawn at most this often, in seconds.
REDRAW_EVERY: Final = 0.1

#: Width of the bar itself, in characters.
BAR_WIDTH: Final = 30


def ordered_map(fn: Callable[[T], R], items: Iterable[T], *, jobs: int = 1) -> Iterator[R]:
    """Yield ``fn(item)`` for every item, in input order.

    With ``jobs`` of 1 the items are run here, one after another; with more, in that many
    worker processes (``fn``, the items and the results must pickle). An exception raised by
    ``fn`` is raised here, when its result's turn comes.
    """
    if jobs <= 1:
        yield from map(fn, items)
        return
    pool = ProcessPoolExecutor(max_workers=jobs)
    pending: deque[Future[R]] = deque()
    try:
        for item in items:
            pending.append(pool.submit(fn, item))
            if len(pending) >= jobs * WINDOW_PER_JOB:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


class Progress:
    """A one-line progress bar drawn on a terminal; silent when ``enabled`` is false.

    ``[##########          ] 1,234/2,000 files  410/s  2 failed``. Lines written through
    :meth:`note` appear above the bar, so error messages do not garble it.
    """

    def __init__(self, total: int, stream: TextIO, *, enabled: bool) -> None:
        self.total = total
        self.stream = stream
        self.enabled = enabled and total > 0
        self.done = 0
        self.failed = 0
        self._start = time.monotonic()
        self._drawn_at = 0.0

    def advance(self, *, failed: bool = False) -> None:
        """Count one item done (and failed, if so); redraw when it is time."""
        self.done += 1
        self.failed += failed
        now = time.monotonic()
        if self.enabled and (now - self._drawn_at >= REDRAW_EVERY or self.done == self.total):
            self._drawn_at = now
            self._draw()

    def note(self, line: str) -> None:
        """Write ``line`` to the stream, above the bar."""
        if self.enabled:
            self.stream.write("\r\033[K")
        self.stream.write(line + "\n")
        if self.enabled and self.done:
            self._draw()
        self.stream.flush()

    def close(self) -> None:
        """Leave the finished bar on its own line."""
        if self.enabled and self.done:
            self._draw()
            self.stream.write("\n")
            self.stream.flush()

    def _draw(self) -> None:
        filled = BAR_WIDTH * self.done // self.total
        rate = self.done / max(time.monotonic() - self._start, 1e-9)
        failed = f"  {self.failed} failed" if self.failed else ""
        self.stream.write(
            f"\r[{'#' * filled}{' ' * (BAR_WIDTH - filled)}] "
            f"{self.done:,}/{self.total:,} files  {rate:,.0f}/s{failed}\033[K"
        )
        self.stream.flush()
