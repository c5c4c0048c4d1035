"""Run a scan over chunks of a file in worker processes (both cores), in row order.

A worker gets only a byte range of the (UTF-8) data file and the user's small
state; it maps the file itself, so nothing big is pickled across processes.
"""

from __future__ import annotations

import mmap
import multiprocessing as mp
import os
import sys
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

from .document import Document, State, rows_for_scan
from .table import decode_records
from .validation import ScanResult, scan

PARALLEL_MIN_ROWS = 150_000


@dataclass(frozen=True)
class ChunkJob:
    data_path: str
    start: int
    end: int
    first_row: int
    starts: list[int]
    spans: dict[int, int]
    unclosed: set[int]
    delimiter: str
    fallback: str
    pad: bool
    state: State


def run_chunk(job: ChunkJob) -> ScanResult:
    with open(job.data_path, "rb") as handle, \
            mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data:
        raw = data[job.start:job.end]
    rows = decode_records(raw, job.first_row, job.starts, job.spans, job.unclosed,
                          job.delimiter, job.fallback, job.pad)
    return scan(rows_for_scan(rows, job.state), job.first_row, job.delimiter)


def jobs(doc: Document, chunk_rows: int) -> Iterator[ChunkJob]:
    table = doc.table
    for lo, hi in table.chunks(chunk_rows):
        start, end, starts, spans, unclosed = table.chunk_slice(lo, hi)
        edits = {r: v for r, v in doc.state.edits.items() if lo <= r < hi}
        yield ChunkJob(str(table.source.data_path), start, end, lo, starts, spans, unclosed,
                       table.delimiter, table.source.encoding.fallback, table.pad_rows,
                       State(doc.state.mapping, doc.state.rules, doc.state.ctx, edits))


def _context() -> mp.context.BaseContext:
    # fork is fastest, but unsafe once a GUI has threads running: the app asks for
    # forkserver. Elsewhere (macOS, Windows) only spawn is dependable.
    if sys.platform.startswith("linux"):
        method = os.environ.get("OFFLINE_GUI_MP", "fork")
        return mp.get_context(method)
    return mp.get_context("spawn")


def scan_document(doc: Document, *, workers: int | None = None, chunk_rows: int = 50_000,
                  on_chunk: Callable[[ScanResult, int], None] | None = None,
                  cancelled: Callable[[], bool] | None = None) -> Iterator[ScanResult]:
    """Scan results per chunk, in row order. Uses processes for big files."""
    workers = workers if workers is not None else (os.cpu_count() or 1)
    if doc.row_count < PARALLEL_MIN_ROWS or workers <= 1:
        for lo, hi in doc.table.chunks(chunk_rows):
            if cancelled and cancelled():
                return
            yield scan(doc.iter_rows(lo, hi), lo, doc.table.delimiter)
        return
    # str hashes (for duplicate rows) must agree across processes
    os.environ.setdefault("PYTHONHASHSEED", "0")
    with ProcessPoolExecutor(max_workers=workers, mp_context=_context()) as pool:
        pending = []
        job_iter = jobs(doc, chunk_rows)
        for job in job_iter:
            pending.append(pool.submit(run_chunk, job))
            if len(pending) >= workers * 2:
                break
        while pending:
            if cancelled and cancelled():
                for future in pending:
                    future.cancel()
                return
            result = pending.pop(0).result()
            next_job = next(job_iter, None)
            if next_job is not None:
                pending.append(pool.submit(run_chunk, next_job))
            yield result
