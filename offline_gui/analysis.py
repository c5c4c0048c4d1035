"""A whole-file check: scan results merged into a report with file-level findings.

The report keeps cell and row findings in sorted numpy columns, so finding the
problems of one cell is a binary search and a million findings cost ~12 MB.
"""

from __future__ import annotations

import copy
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace

import numpy as np

from . import growing, parallel, values
from .catalog import CATALOG, CODE_IDS, CODES, Severity
from .diagnostics import ROW_KEY, Diagnostic, cell_keys, stable_order
from .document import Document
from .duplicates import add_duplicates
from .fastconvert import ORDER_KINDS, stamp_shapes
from .file_level import SAMPLED, Sample, file_findings, first_rows
from .fixing import FixContext, decide_commas, fix_for
from .i18n import Text, _
from .reading.decoder import split_record
from .reading.encoding import label
from .reading.records import RecordIndex
from .table import Table
from .validation import ScanResult

_ROW_KEY = ROW_KEY
_VALUE_CHARS = 600_000  # finding values kept from the scan (a few MB); the rest are read back as before
_ERROR_IDS = np.array([CATALOG[c].severity is Severity.ERROR for c in CODES])
_WARNING_IDS = np.array([CATALOG[c].severity is Severity.WARNING for c in CODES])
_COUNT_STEP = 1 << 16   # codes counted a slice at a time: bincount copies each to 64 bits


@dataclass
class Report:
    row_count: int
    file_findings: list[Diagnostic]
    rows: np.ndarray        # int32, sorted with cols
    cols: np.ndarray        # int32, -1 = the whole row
    codes: np.ndarray       # int16 ids into catalog.CODES
    extra: np.ndarray       # int32
    ctx: FixContext
    ts_min: str | None = None
    ts_max: str | None = None
    complete: bool = True
    hashes: np.ndarray | None = None   # a content hash per row (duplicates); None when not complete
    date_orders: Counter = field(default_factory=Counter)  # the stamp column's day/month evidence
    date_examples: dict = field(default_factory=dict)      # ... and a value of each kind
    # what findings show, by sort key, as the scan decoded them under `values_state`: only
    # while the document's state is that very one (an edit or a rule makes a new state)
    values: dict[int, str] = field(default_factory=dict, repr=False)
    values_state: object = field(default=None, repr=False)
    _keys: np.ndarray = field(init=False, repr=False)
    _per_code: tuple[np.ndarray, np.ndarray] | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        self._sort()

    def _sort(self) -> None:
        keys = cell_keys(self.rows, self.cols)
        order = stable_order(keys)
        if order is not None:
            self.rows, self.cols = self.rows[order], self.cols[order]
            self.codes, self.extra = self.codes[order], self.extra[order]
            keys = keys[order]
        self._keys = keys

    # ---- counts -------------------------------------------------------------
    def _counts(self) -> np.ndarray:
        """Findings per code id, counted once for each codes array (the app asks several times
        after a check: 44 ms a time for three million findings, measured)."""
        if self._per_code is None or self._per_code[0] is not self.codes:
            counts = np.zeros(len(CODES), dtype=np.int64)
            for at in range(0, len(self.codes), _COUNT_STEP):   # (bincount copies to 64 bits)
                counts += np.bincount(self.codes[at:at + _COUNT_STEP], minlength=len(CODES))
            self._per_code = (self.codes, counts)
        return self._per_code[1]

    def count(self, severity: Severity) -> int:
        ids = _ERROR_IDS if severity is Severity.ERROR else _WARNING_IDS
        cells = int(self._counts()[ids].sum())
        return cells + sum(1 for d in self.file_findings if d.severity is severity)

    def code_counts(self) -> Counter:
        per_code = self._counts()   # (np.unique would import numpy.ma: 20 ms)
        counts = Counter({CODES[i]: int(per_code[i]) for i in np.flatnonzero(per_code).tolist()})
        for d in self.file_findings:
            counts[d.code] += 1
        return counts

    def rows_with(self, severity: Severity | None = None) -> np.ndarray:
        if severity is None:
            return np.unique(self.rows)
        ids = _ERROR_IDS if severity is Severity.ERROR else _WARNING_IDS
        return np.unique(self.rows[ids[self.codes]])

    # ---- lookups ------------------------------------------------------------
    def _range(self, row: int, col: int | None) -> tuple[int, int]:
        if col is None:
            lo = np.searchsorted(self._keys, row * _ROW_KEY, "left")
            hi = np.searchsorted(self._keys, (row + 1) * _ROW_KEY, "left")
        else:
            key = row * _ROW_KEY + col + 1
            lo = np.searchsorted(self._keys, key, "left")
            hi = np.searchsorted(self._keys, key, "right")
        return int(lo), int(hi)

    def codes_at(self, row: int, col: int | None) -> list[str]:
        """Codes for a cell (col) or for the whole row (col=None: every finding in it)."""
        lo, hi = self._range(row, col)
        return [CODES[c] for c in self.codes[lo:hi].tolist()]

    def indices_at(self, row: int, col: int | None = None) -> range:
        return range(*self._range(row, col))

    def __len__(self) -> int:
        return len(self.rows)

    def finding(self, i: int, doc: Document, rows: _RowWindow | None = None) -> Diagnostic:
        """Finding i as a full diagnostic record: value, message parameters, fix."""
        row, col = int(self.rows[i]), int(self.cols[i])
        code, extra = CODES[int(self.codes[i])], int(self.extra[i])
        params: dict[str, object] = {}
        value = self.values.get(row * _ROW_KEY + col + 1) if self.values and doc.state is self.values_state \
            else None
        if value is None and rows is not None:
            value = rows.value(row, i, col)
        elif value is None:
            fields = doc.row(row) if col >= 0 else []
            text = doc.table.record_text(row + doc.table.first_data_record)[0] if col < 0 else ""
            value = (fields[col] if col < len(fields) else "") if col >= 0 else text
        if code == "field-count":
            params["count"] = extra
        elif code == "duplicate-row":
            params["other"] = doc.table.source_row(extra)
        elif code == "encoding-line":
            params["encoding"] = Text(label(doc.table.source.encoding.fallback))
        return Diagnostic(code, row, None if col < 0 else col, value, params,
                          fix_for(code, value, self.ctx, params, col if col >= 0 else None))

    def findings(self, doc: Document, limit_per_code: int | None = None) -> Iterator[Diagnostic]:
        """Every finding (file-level first), or the first `limit_per_code` of each kind."""
        yield from self.file_findings
        rows = _RowWindow(doc, self.rows)
        for i in self._selected(limit_per_code):
            yield self.finding(i, doc, rows)

    def _selected(self, limit_per_code: int | None) -> Iterator[int]:
        if limit_per_code is None:
            return iter(range(len(self.rows)))
        present = np.flatnonzero(np.bincount(self.codes, minlength=len(CODES)))
        picked = [np.flatnonzero(self.codes == c)[:limit_per_code] for c in present.tolist()]
        return iter(np.sort(np.concatenate(picked)).tolist() if picked else [])

    def replace_row(self, row: int, result: ScanResult) -> None:
        """Swap in the findings of one re-checked row (after an edit)."""
        lo, hi = self._range(row, None)
        keep = np.ones(len(self.rows), dtype=bool)
        keep[lo:hi] = False
        keep[lo:hi] |= self.codes[lo:hi] == CODE_IDS["duplicate-row"]
        new = result.found.arrays()
        self.rows = np.concatenate([self.rows[keep], new[0]])
        self.cols = np.concatenate([self.cols[keep], new[1]])
        self.codes = np.concatenate([self.codes[keep], new[2]])
        self.extra = np.concatenate([self.extra[keep], new[3]])
        self._sort()


class _RowWindow:
    """Rows for a walk over sorted findings: dense stretches are decoded in bulk, a lone
    row is read for what its findings show (its fields, or its text for a whole-row one)."""

    def __init__(self, doc: Document, finding_rows: np.ndarray) -> None:
        self.doc = doc
        self.finding_rows = finding_rows
        self.row = -1
        self.fields: list[str] | None = None
        self.text: str | None = None
        self.bulk: dict[int, tuple[list[str], str]] = {}
        self.row_count = doc.row_count

    def value(self, row: int, i: int, col: int) -> str:
        """The value finding i shows: field `col` of the row as saved, or its source text (col < 0)."""
        if row != self.row:
            self._move(row, i)
        if col < 0:
            if self.text is None:
                self.text = self.doc.table.record_text(row + self.doc.table.first_data_record)[0]
            return self.text
        if self.fields is None:
            self.fields = self.doc.row(row)
        return self.fields[col] if col < len(self.fields) else ""

    def _move(self, row: int, i: int) -> None:
        self.row, self.fields, self.text = row, None, None
        hit = self.bulk.get(row)
        if hit is not None:
            self.fields, self.text = hit
            return
        self.bulk.clear()
        ahead = self.finding_rows[min(i + 256, len(self.finding_rows) - 1)]
        hi = min(int(ahead) + 1, row + 2048, self.row_count)
        if hi - row > 1 and hi - row <= 1024:  # at least one finding per four rows ahead: bulk
            for r, text, fields, *_ in self.doc.iter_rows(row, hi):
                self.bulk[r] = (fields, text)
            self.fields, self.text = self.bulk[row]


def date_evidence(doc: Document, rows_per_read: int = 50_000, sample: int | None = None) -> Counter | None:
    """Day/month evidence of the time stamps that are not YYYY-MM-DD..., straight from the bytes
    (of at most `sample` rows spread evenly over the file, when given).

    Cheap (one read of the file, Python only for unusual stamps), so `fix` knows the
    column's order before it writes. None when the stamps are not the first column.
    """
    if doc.state.mapping[:1] != (0,) or doc.state.time_source is not None:
        return None
    table, evidence = doc.table, Evidence()
    data, index = table.source.buffer(), table.index
    starts = index.line_starts[index.record_lines[table.first_data_record:]]
    delimiter = table.delimiter.encode()
    if sample is not None and len(starts) > sample:
        # the first 64 bytes of each picked row, one after another (a stamp is judged within them)
        picked = starts[::-(-len(starts) // sample)].tolist()
        heads = data.read_ranges([(at, at + 64) for at in picked])   # (one call, not 20,000 reads)
        parts = [(b"".join(head.ljust(64, b"\n") for head in heads), np.arange(len(picked), dtype=np.int64) * 64)]
    else:
        parts = ((data[int(part[0]):int(part[-1]) + 64], part - int(part[0]))
                 for part in (starts[lo:lo + rows_per_read] for lo in range(0, len(starts), rows_per_read)))
    for raw, rel in parts:
        block = np.frombuffer(raw, dtype=np.uint8)
        dash = block[np.minimum(rel + 4, len(block) - 1)] == 0x2D
        firsts: dict[frozenset, tuple[int, str]] = {}
        others = rel[~dash]
        if len(delimiter) == 1 and len(others):
            # dd.mm.yyyy HH:MM[:SS] followed by the separator: judged for all rows at once
            padded = np.concatenate((block, np.zeros(24, dtype=np.uint8)))
            sep = delimiter[0]
            end = np.where(padded[others + 16] == sep, others + 16,
                           np.where(padded[others + 19] == sep, others + 19, others))
            _out, _ok, kinds, known = stamp_shapes(padded, others, end, "dmy")
            for code, kind in enumerate(ORDER_KINDS):
                where = np.flatnonzero(known & (kinds == code))
                if len(where):
                    evidence[kind] += len(where)
                    at = int(others[where[0]])
                    firsts[kind] = (at, raw[at:int(end[where[0]])].decode("ascii"))
            others = others[~known]
        for at in others.tolist():
            line = raw[at:at + 64].split(b"\n", 1)[0].decode("utf-8", errors="replace")
            value = values.strip_ws(split_record(line, table.delimiter).fields[0])  # the one decoder
            found = values.timestamp_orders(value)
            if found:
                evidence[found] += 1
                if found not in firsts or firsts[found][0] > at:
                    firsts[found] = (at, value)
        for found, (_at, value) in sorted(firsts.items(), key=lambda item: item[1][0]):
            evidence.examples.setdefault(found, value)
    return evidence


class Evidence(Counter):
    """Day/month evidence of a time stamp column: frozenset(orders) -> count, and a value of each."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.examples: dict[frozenset, str] = {}


class DateOrderRefused(ValueError):
    """A person's day/month answer that the column's own values contradict."""

    def __init__(self, chosen: str, example: str) -> None:
        if chosen == "mdy":
            text = _("The dates cannot be read with the month first: {example} in the same column is a real "
                     "date only the other way round. Check the column, or choose the other order.")
        else:
            text = _("The dates cannot be read with the day first: {example} in the same column is a real "
                     "date only the other way round. Check the column, or choose the other order.")
        super().__init__(text.format(example=example or _("a time stamp")))
        self.chosen, self.example = chosen, example


_DAY_FIRST, _MONTH_FIRST = frozenset({"dmy"}), frozenset({"mdy"})
_NO_DECISIONS = FixContext()


def decide_date_order(orders: Counter, chosen: str | None, base: FixContext = _NO_DECISIONS,
                      examples: dict | None = None) -> FixContext:
    """The one day/month decision for the time stamp column, from all of its values.

    A person's choice applies to the whole column, unless the column contradicts it
    (DateOrderRefused). Without a choice, values that are real dates only one way
    decide; a column holding both kinds is a conflict, and nothing in it converts.
    """
    examples = examples if examples is not None else getattr(orders, "examples", {})
    day_first, month_first = orders.get(_DAY_FIRST, 0) > 0, orders.get(_MONTH_FIRST, 0) > 0
    if chosen:
        if (day_first if chosen == "mdy" else month_first):
            raise DateOrderRefused(chosen, examples.get(_DAY_FIRST if chosen == "mdy" else _MONTH_FIRST, ""))
        return replace(base, date_order=chosen, date_order_decided_by_data=False, date_conflict=False)
    if day_first and month_first:
        return replace(base, date_order=None, date_order_decided_by_data=False, date_conflict=True)
    if day_first or month_first:
        return replace(base, date_order="dmy" if day_first else "mdy", date_order_decided_by_data=True,
                       date_conflict=False)
    return replace(base, date_order=None, date_order_decided_by_data=False, date_conflict=False)


def person_order(ctx: FixContext) -> str | None:
    """The day/month order a person chose (not one the data decided)."""
    return None if ctx.date_order_decided_by_data else ctx.date_order


def analyse(doc: Document, *, workers: int | None = None,
            progress: Callable[[int, int, ScanResult], None] | None = None,
            cancelled: Callable[[], bool] | None = None,
            indexes: Iterator[tuple[RecordIndex, bool]] | None = None) -> Report:
    """Check the whole document. progress(rows_done, rows_known, chunk_result).

    With `indexes` (the app, while a big file is still being read): the document's index
    is still growing, and each larger one comes from there (see growing.run_growing); the
    report is that of the document with the last, whole index. `doc` is not changed."""
    total = ScanResult()
    state = doc.state
    values: dict[int, str] = {}
    room = _VALUE_CHARS
    if indexes is None:
        chunks = parallel.run(doc.table, state, workers=workers, cancelled=cancelled)
    else:
        doc = copy.copy(doc)   # its table follows the indexes given; the caller's stays as it is

        def seen(table: Table) -> None:
            doc.table = table
        chunks = growing.run_growing(doc.table, state, indexes, workers=workers, cancelled=cancelled, seen=seen)
    sample: Sample | None = None
    for chunk in chunks:
        if sample is None and (indexes is None or doc.row_count >= SAMPLED):
            # while the workers check (the first rows are final once read): not after them
            sample = first_rows(doc)
        part = chunk.scan
        total.merge(part)
        if chunk.values and room > 0:
            values.update(chunk.values)
            room -= sum(map(len, chunk.values.values()))
        if progress:
            progress(total.rows, doc.row_count, part)
    complete = total.rows >= doc.row_count
    found = total.found
    hashes = add_duplicates(doc, total, found) if complete else None
    try:
        ctx = decide_date_order(total.orders, person_order(doc.state.ctx), doc.state.ctx, total.order_examples)
    except DateOrderRefused:  # the app asks the column before it accepts an answer; data wins here
        ctx = decide_date_order(total.orders, None, doc.state.ctx, total.order_examples)
    ctx = decide_commas(total.commas, ctx)
    rows, cols, codes, extra = (a.copy() for a in found.arrays())
    report = Report(doc.row_count, file_findings(doc, total, ctx, sample), rows, cols, codes, extra, ctx,
                    total.ts_min, total.ts_max, complete)
    report.hashes = hashes
    report.values, report.values_state = values, state
    report.date_orders, report.date_examples = total.orders, total.order_examples
    return report
