"""Checking a file while its index still grows: the app's check of a big file starts with
its first rows, instead of after every row is counted.

Indexing reads the file on one core; a check that waited for it left the other idle for
as long. Here the app's reading thread hands each larger index to an `IndexFeed` (`check`
steps the index itself: checking.py), and `run_growing` cuts chunks from the rows each
index settles (they never change afterwards, see `IndexBuilder`) and sends them to the
same workers and the same chunk code as `parallel.run`. The results come in row order, so
a check merges them exactly as it merges those of a finished index.
"""

from __future__ import annotations

import os
import queue
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from dataclasses import replace

from . import parallel, processes
from .document import State
from .errors import Cancelled
from .parallel import ChunkResult
from .reading.records import RecordIndex
from .table import Table

# How long a check waiting for more rows sleeps before it looks at its chunks (and whether it
# was cancelled) again: while the file is read, the next chunk is sent when this loop sees the
# last one done, and 50 ms left the worker idle a third of the time (measured: 22 ms gaps
# between chunks of 35 ms); at 5 ms the gaps are 4-7 ms.
_WAIT_S = 0.005
_DROPPED = object()


class IndexFeed:
    """Indexes of one file, from the thread that reads it to the check that starts early.

    Each index holds all the rows of the one before; the last one (`finish`) is the whole
    file's. `drop` says reading stopped (failed or given up): the check stops too."""

    def __init__(self) -> None:
        self._queue: queue.SimpleQueue = queue.SimpleQueue()

    def put(self, index: RecordIndex) -> None:
        self._queue.put((index, False))

    def finish(self, index: RecordIndex) -> None:
        self._queue.put((index, True))

    def drop(self) -> None:
        self._queue.put(_DROPPED)

    def indexes(self, cancelled: Callable[[], bool] | None = None) -> Iterator[tuple[RecordIndex, bool] | None]:
        """(index, whole file) as they come, only the newest of those waiting, and None
        every _WAIT_S while none comes; raises Cancelled when reading stopped or
        `cancelled()` says so."""
        while True:
            try:
                item = self._queue.get(timeout=_WAIT_S)
            except queue.Empty:
                if cancelled is not None and cancelled():
                    raise Cancelled() from None
                yield None
                continue
            while item is not _DROPPED and not item[1]:   # a newer one waiting holds these rows too
                try:
                    item = self._queue.get_nowait()
                except queue.Empty:
                    break
            if item is _DROPPED:
                raise Cancelled()
            yield item
            if item[1]:
                return


def starts_early(table: Table, file_size: int) -> bool:
    """Whether a check of this table is worth starting before its index is complete: a
    file big enough for worker processes (from the rows per byte read so far), and two
    cores to share the reading and the checking."""
    if (os.cpu_count() or 1) < 2 or len(table.index) == 0:
        return False
    indexed = int(table.index.line_starts[-1]) - table.source.start
    rows = table.row_count * max(file_size - table.source.start, 0) / max(indexed, 1)
    return rows >= parallel.PARALLEL_MIN_ROWS


def run_growing(table: Table, state: State, indexes: Iterator[tuple[RecordIndex, bool] | None], *,
                workers: int | None = None, cancelled: Callable[[], bool] | None = None,
                seen: Callable[[Table], None] | None = None) -> Iterator[ChunkResult]:
    """Chunk results in row order, as `parallel.run` gives them for the whole index.

    `table` is the table as first shown (its layout is final); each index given settles
    more rows (None: nothing new yet). Chunks are cut from settled rows as soon as a
    whole chunk is there, the last one with the whole index. While the file is still
    read, one chunk at a time is checked: reading keeps a core of its own, so the rows
    are all shown as soon as before (two chunks at a time slowed it by half, measured),
    and the other core checks. `seen(table)` gets each larger table."""
    workers = max(workers if workers is not None else (os.cpu_count() or 1), 1)
    per: int | None = None
    cut = 0    # rows settled in whole chunks (all of them with the whole index)
    sent = 0   # rows sent to the workers
    grown = table
    pending: deque[Future] = deque()
    room = 1   # chunks checked at a time: one while reading, then as in parallel.run

    def more() -> Iterator[parallel.ChunkJob]:
        """The next jobs, made only when there is room for them: made as soon as their rows
        are read, a big file's jobs waited by the hundred (their row lists took 30 MB)."""
        nonlocal sent
        while sent < cut and len(pending) < room:
            job = next(parallel.make_jobs(grown, state, chunk_rows=per, lo=sent, hi=min(sent + per, cut)))
            sent = min(sent + per, cut)
            yield job

    with processes.pool(workers) as pool:
        try:
            for item in indexes:
                if item is not None:
                    index, whole = item
                    grown = replace(table, index=index)
                    if seen is not None:
                        seen(grown)
                    rows = grown.row_count
                    if per is None:
                        per = parallel.rows_per_chunk(grown, int(index.line_starts[-1]) - table.source.start)
                    cut = rows if whole else cut + (rows - cut) // per * per
                    if whole:
                        room = workers * 2
                while pending and pending[0].done():
                    yield pending.popleft().result()
                for job in more():
                    pending.append(pool.submit(parallel.run_chunk, job))
            while pending:
                if cancelled is not None and cancelled():
                    raise Cancelled()
                yield pending.popleft().result()
                for job in more():
                    pending.append(pool.submit(parallel.run_chunk, job))
        except BaseException:
            for future in pending:
                future.cancel()
            raise

