"""Run a pass over chunks of a file in worker processes (both cores), in row order.

A worker gets only a byte range of the (UTF-8) data file and the user's small
state; it reads that range itself, so nothing big is pickled across processes.
The same chunk code runs in-process for small files and for the GUI's edits.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from itertools import islice
from pathlib import Path

import numpy as np

from . import processes, recheck
from .changes import ROW, Change, change_line, merge
from .document import RowOut, State, canonical, effective_row, source_column
from .errors import CannotRead
from .fastconvert import Converted, convert, plan_for
from .i18n import _
from .reading.decoder import split_record
from .reading.records import RecordIndex
from .spec import NUM1, NUM2, REQUIRED_FIELDS, TIMESTAMP
from .table import Table
from .validation import BlockOutput, ScanResult, scan_block
from .values import comma_evidence, strip_ws, timestamp_orders
from .writing import format_row, padded

PARALLEL_MIN_ROWS = 150_000
CHUNK_ROWS = 25_000
# A worker's peak memory grows with its chunk (the bytes, their lines, a dozen numpy
# arrays over them): ~1.5 MB chunks keep check's whole process tree near 130 MB at 1M
# rows of 270 bytes, where 25,000-row chunks took 230 MB, for the same CPU time.
CHUNK_BYTES = 3 << 19
# ... but a save whose rows the column path converts renders a few matrices of each chunk's
# bytes: in 0.8 MB chunks they stay in the cache (the Turkish 1M export's `fix`, interleaved:
# 2.37-2.49 s with 1.5 MB chunks, 2.12-2.27 s with 0.8 MB; checking it: the same either way)
CONVERT_CHUNK_BYTES = 800_000
SHOWN_ROWS = 160   # decoded rows a chunk keeps for the values its findings show (< 1 MB)


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
    write: bool = False   # also produce the fixed lines to save
    changes: bool = False  # also list every cell the written rows change
    numbers: np.ndarray | None = None  # with `changes`: each row's number as the source shows it
    hashing: bool = True   # each record's checksum (duplicates; the re-check's comparison)
    utf8: bool = False     # the bytes are UTF-8 by construction (Source.utf8_by_construction)


@dataclass
class ChunkResult:
    scan: ScanResult
    data: bytes = b""                     # the lines to save, when the job writes
    rejected: dict[int, list[str]] | None = None
    rejected_lines: dict[int, str] | None = None   # each rejected row as the rejects file shows its fields
    written: int = 0                      # rows in `data` (their checksums stay here: recheck)
    change_log: str = ""                  # when asked: the lines of the change log, rows in order
    problem: recheck.Problem | None = None  # when writing: the first thing wrong with the block read back
    # when checking: what findings show, by row << 32 | column + 1 (the report's key), for the
    # rows decoded here anyway, so the report need not read them again (see Report.values)
    values: dict[int, str] | None = None


def process(raw: bytes, job: ChunkJob) -> ChunkResult:
    """Check (and optionally render for saving) one chunk of records."""
    state = job.state
    identity = state.identity
    ts_source = state.mapping[TIMESTAMP] if state.mapping else TIMESTAMP
    number_sources = [(col, state.mapping[col] if len(state.mapping) > col else col) for col in (NUM1, NUM2)]
    evidence: Counter = Counter()
    examples: dict = {}
    commas: Counter = Counter()
    accept_encoding = "encoding-line" in state.rules
    changes: list[Change] | None = [] if job.changes else None

    plan = plan_for(state.mapping, state.rules, state.ctx, state.time_source, state.dropped, job.delimiter,
                    canonical, checking=not job.write) if state.rules or not job.write else None
    fast_rows: list[np.ndarray] = []   # the converted cells' log lines (without the row), in row order
    fast_text: list[str] = []

    def fast(raw: bytes, offsets, starts, ends) -> Converted:
        """Records of the one simple shape, converted column by column (fastconvert)."""
        if plan.checking and len(offsets) * 4 < len(job.starts):
            # a few odd rows among clean ones: not worth a pass over the whole block's bytes
            return Converted(np.zeros(0, dtype=np.int64))
        converted = convert(raw, starts, ends, plan, job.write, changes is not None)
        for kind, (n, first, value) in converted.orders.items():
            evidence[kind] += n
            if kind not in examples or examples[kind][0] > job.first_row + int(offsets[first]):
                examples[kind] = (job.first_row + int(offsets[first]), value)
        for col, n in converted.commas.items():
            commas[col, "decimal"] += n
        if plan.checking and len(converted.offsets):
            nfields = max(converted.width, REQUIRED_FIELDS) if job.pad else converted.width
            if nfields < REQUIRED_FIELDS:   # first, as the row checker adds them
                converted.cells.insert(0, (np.arange(len(converted.offsets)), -1, "field-count", nfields))
        if converted.change_rows is not None and len(converted.change_rows):
            fast_rows.append(offsets[converted.change_rows] + job.first_row)
            fast_text.extend(converted.change_text)
        return converted

    def dirty_row(row: int, text: str, odd_bytes: bytes | None) -> RowOut:
        decoded = split_record(text, job.delimiter)
        fields = decoded.fields
        log: list | None = None if changes is None else []
        if log is not None and odd_bytes is not None and accept_encoding:
            log.append((ROW, odd_bytes.decode("utf-8", errors="backslashreplace"), text, "encoding-line"))
        out, nfields, quotes = effective_row(row, decoded, state, identity, log)
        if log:
            changes.extend(merge(row, log))
        if job.pad:  # an Excel sheet has no separators to miss
            nfields = max(nfields, REQUIRED_FIELDS)
        elif shown is not None and odd_bytes is None and len(shown) < SHOWN_ROWS:
            shown[row] = (out, text)   # the row and text the report would read back
        if state.rules and row not in state.edits:
            # values a rule converted are still evidence of their column's conventions
            before = fields[ts_source] if ts_source < len(fields) else ""
            if out and out[0] != before:
                found_orders = timestamp_orders(strip_ws(before))
                if found_orders:
                    evidence[found_orders] += 1
                    if found_orders not in examples or examples[found_orders][0] > row:
                        examples[found_orders] = (row, strip_ws(before))
            for col, source in number_sources:
                if source < len(fields) and col < len(out) and out[col] != fields[source]:
                    meaning = comma_evidence(fields[source])
                    if meaning:
                        commas[col, meaning] += 1
        return RowOut(out, nfields, quotes)

    output = BlockOutput() if job.write else None
    shown: dict[int, tuple[list[str], str]] | None = None if job.write else {}
    result = scan_block(raw, job.first_row, job.starts, job.spans, job.unclosed, job.delimiter, state.mapping,
                        dirty_row, job.fallback, "encoding-line" in state.rules, state.edits, output,
                        lambda f: format_row(padded(f)), identity, state.deleted,
                        fast if plan is not None else None, job.hashing, job.utf8)
    result.found.in_cell_order()   # here, on both cores: the whole report then comes in order
    result.orders.update(evidence)
    result.commas.update(commas)
    for key, (_row, value) in sorted(examples.items(), key=lambda item: item[1][0]):
        result.order_examples.setdefault(key, value)
    if output is None:
        return ChunkResult(result, values=_shown_values(result, shown) if shown else None)
    if changes and output.rejected:  # a rejected row is not in the upload: nothing of it changed there
        changes = [c for c in changes if c.row not in output.rejected]
    lines = (np.concatenate(fast_rows), fast_text) if fast_rows else None
    log = _log_lines(job, changes or (), lines) if changes is not None else ""
    # (rendered here, on both cores: the saving process once decoded each rejected row again)
    rejected_lines = {row: format_row(fields) for row, fields in output.rejected_fields.items()}
    return ChunkResult(result, output.data, output.rejected, rejected_lines, written=len(output.keys),
                       change_log=log,
                       problem=recheck.block(output.data, output.keys, _check_written))


def _log_lines(job: ChunkJob, changes: list[Change], bulk: tuple[np.ndarray, list[str]] | None) -> str:
    """The chunk's lines of the change log, rows in order (made here, on both cores, and not
    by the saving process: 2M lines of a Turkish export cost it 1.5 s): Change records, and
    `bulk` (data rows and lines without their row, from the column-wide conversions)."""
    state, numbers = job.state, job.numbers
    rows, lines = [], []
    for change in changes:
        column = None if change.column < 0 else \
            source_column(change.column, state.mapping, state.dropped, state.time_source) + 1
        rows.append(change.row)
        lines.append(change_line(change, int(numbers[change.row - job.first_row]), column))
    if bulk is not None and len(bulk[0]):
        more = [f"{number};{text}" for number, text in zip(numbers[bulk[0] - job.first_row].tolist(), bulk[1],
                                                             strict=True)]
        if lines:   # a row is in one of the two; each is in row order
            order = np.argsort(np.concatenate((np.asarray(rows, dtype=np.int64), bulk[0])), kind="stable")
            both = lines + more
            lines = [both[i] for i in order.tolist()]
        else:
            lines = more
    return "\n".join(lines) + "\n" if lines else ""


_WRITTEN = State(mapping=tuple(range(REQUIRED_FIELDS)))   # a written file: 23 columns in the contract's order


def _check_written(data: bytes, index: RecordIndex, hashing: bool) -> ScanResult:
    """`check`'s pass over a block of a written file (no header, `;`, UTF-8), for recheck."""
    job = ChunkJob("", 0, len(data), 0, index.record_lines.tolist(), index.spans, index.unclosed, ";", "utf-8",
                   False, _WRITTEN, hashing=hashing)
    return process(data, job).scan


def _shown_values(result: ScanResult, shown: dict[int, tuple[list[str], str]]) -> dict[int, str]:
    """The value each finding of a decoded row shows: its cell, or the record's text (column -1).

    The findings are in cell order (FoundStore.in_cell_order): each shown row's are found by
    a search, not by a walk over all of them (three per row of a Turkish Excel export, where
    the walk was a quarter of a chunk's time)."""
    values: dict[int, str] = {}
    rows, cols, _codes, _extra = result.found.arrays()
    wanted = np.array(sorted(shown), dtype=np.int64)
    lows = np.searchsorted(rows, wanted, "left").tolist()
    highs = np.searchsorted(rows, wanted, "right").tolist()
    for row, lo, hi in zip(wanted.tolist(), lows, highs, strict=True):
        fields, text = shown[row]
        for col in cols[lo:hi].tolist():
            values[row << 32 | col + 1] = text if col < 0 else fields[col] if col < len(fields) else ""
    return values


def rows_per_chunk(table: Table, size: int | None = None, budget: int | None = None) -> int:
    """Rows of about `budget` bytes (CHUNK_BYTES by default; at least 1,000, at most CHUNK_ROWS);
    `size`: the bytes the table's rows take (the whole file's by default)."""
    size = len(table.source.buffer()) if size is None else size
    budget = CHUNK_BYTES if budget is None else budget
    by_bytes = budget * max(table.row_count, 1) // max(size, 1)
    return min(CHUNK_ROWS, max(1_000, by_bytes))


def run_chunk(job: ChunkJob) -> ChunkResult:
    with open(job.data_path, "rb") as handle:
        handle.seek(job.start)
        raw = handle.read(job.end - job.start)
    if len(raw) != job.end - job.start:
        raise CannotRead(_("{name} changed while it was being read (it is shorter now). Wait until the export is "
                           "finished, then open it again.").format(name=Path(job.data_path).name))
    return process(raw, job)


def make_jobs(table: Table, state: State, write: bool = False,
              chunk_rows: int | None = None, changes: bool = False,
              lo: int = 0, hi: int | None = None) -> Iterator[ChunkJob]:
    """The jobs for data rows lo..hi (all by default), chunk_rows at a time."""
    size = chunk_rows
    if not size:
        converts = write and plan_for(state.mapping, state.rules, state.ctx, state.time_source, state.dropped,
                                      table.delimiter, canonical) is not None
        size = rows_per_chunk(table, budget=CONVERT_CHUNK_BYTES) if converts else rows_per_chunk(table)
    end = table.row_count if hi is None else hi
    for first in range(lo, end, size):
        last = min(first + size, end)
        start, stop, starts, spans, unclosed = table.chunk_slice(first, last)
        edits = {r: v for r, v in state.edits.items() if first <= r < last}
        deleted = frozenset(r for r in state.deleted if first <= r < last)
        yield ChunkJob(str(table.source.data_path), start, stop, first, starts, spans, unclosed,
                       table.delimiter, table.source.encoding.fallback, table.pad_rows,
                       replace(state, edits=edits, deleted=deleted), write, changes,
                       table.source_rows(np.arange(first, last)) if changes else None,
                       utf8=table.source.utf8_by_construction)


def run(table: Table, state: State, *, write: bool = False, workers: int | None = None,
        cancelled: Callable[[], bool] | None = None, changes: bool = False) -> Iterator[ChunkResult]:
    """Chunk results in row order. Uses worker processes for big files."""
    workers = workers if workers is not None else (os.cpu_count() or 1)
    jobs = make_jobs(table, state, write, changes=changes)
    if table.row_count < PARALLEL_MIN_ROWS or workers <= 1:
        buffer = table.source.buffer()
        for job in jobs:
            if cancelled and cancelled():
                return
            yield process(buffer[job.start:job.end], job)
        return
    with processes.pool(workers) as pool:
        pending = [pool.submit(run_chunk, job) for job in islice(jobs, workers * 2)]
        while pending:
            if cancelled and cancelled():
                for future in pending:
                    future.cancel()
                return
            result = pending.pop(0).result()
            job = next(jobs, None)
            if job is not None:
                pending.append(pool.submit(run_chunk, job))
            yield result
