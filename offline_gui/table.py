"""A loaded export: records on demand from the byte buffer, never all in memory."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import closing
from dataclasses import dataclass, replace

import numpy as np

from .reading import dialect
from .reading.decoder import Decoded, split_record
from .reading.encoding import line_text
from .reading.records import IndexBuilder, RecordIndex
from .reading.sources import FileBytes, Source, open_source
from .spec import REQUIRED_FIELDS

SAMPLE_RECORDS = 200
CHUNK_RECORDS = 50_000


def decode_records(raw: bytes, first_row: int, starts: list[int], spans: dict[int, int],
                   delimiter: str, fallback: str, pad: bool,
                   ) -> Iterator[tuple[int, str, Decoded, bool]]:
    """Rows of one contiguous block of records: decoded once, split per record by the one decoder."""
    try:
        lines: list[str] = raw.decode("utf-8").split("\n")
        bad: set[int] = set()
    except UnicodeDecodeError:
        lines, bad = [], set()
        for number, line in enumerate(raw.split(b"\n")):
            text, odd = line_text(line, fallback)
            lines.append(text)
            if odd:
                bad.add(number)
    for offset, local in enumerate(starts):
        span = spans.get(offset, 1) if spans else 1
        text = lines[local] if span == 1 else "\n".join(lines[local:local + span])
        if text[-1:] == "\r":
            text = text[:-1]
        decoded = split_record(text, delimiter)
        if pad and len(decoded.fields) < REQUIRED_FIELDS:
            decoded.fields.extend([""] * (REQUIRED_FIELDS - len(decoded.fields)))
        odd = any(n in bad for n in range(local, local + span)) if bad else False
        yield first_row + offset, text, decoded, odd


@dataclass
class Table:
    source: Source
    index: RecordIndex
    delimiter: str
    layout: dialect.Layout
    pad_rows: bool = False  # an Excel sheet has no separators to miss
    preamble: int = 0       # records before the header / data (Excel's "sep=;" line)

    @property
    def first_data_record(self) -> int:
        return self.preamble + (1 if self.layout.has_header else 0)

    @property
    def row_count(self) -> int:
        return max(0, len(self.index) - self.first_data_record)

    def source_row(self, row: int) -> int:
        """1-based row number as a spreadsheet shows the source (header included)."""
        record = row + self.first_data_record
        if self.source.row_numbers is not None:
            return self.source.row_numbers[int(self.index.record_lines[record])]
        return self.index.row_number(record)

    def source_rows(self, rows: np.ndarray) -> np.ndarray:
        """source_row of many data rows at once."""
        records = np.asarray(rows, dtype=np.int64) + self.first_data_record
        if self.source.row_numbers is not None:
            numbers = self.source.row_numbers
            return np.array([numbers[int(self.index.record_lines[r])] for r in records.tolist()], dtype=np.int64)
        return self.index.row_numbers(records)

    def record_text(self, record: int) -> tuple[str, bool]:
        """Text of a record and whether it had to be read in the fallback encoding."""
        start, end = self.index.bounds(record)
        return self._text(self.source.buffer()[start:end])

    def record_texts(self, records: list[int]) -> dict[int, str]:
        """record_text of many records (their texts only), read in file order in one go."""
        ordered = np.sort(np.asarray(records, dtype=np.int64))   # records are numbered in file order
        if len(ordered):   # (not np.unique: its first use imports numpy.ma, 12-30 ms)
            ordered = ordered[np.append(True, ordered[1:] != ordered[:-1])]
        starts, ends = self.index.bounds_of(ordered)
        raws = self.source.buffer().read_ranges(list(zip(starts.tolist(), ends.tolist(), strict=True)))
        return {r: self._text(raw)[0] for r, raw in zip(ordered.tolist(), raws, strict=True)}

    def _text(self, raw: bytes) -> tuple[str, bool]:
        try:
            text, odd = raw.decode("utf-8"), False
        except UnicodeDecodeError:
            fallback = self.source.encoding.fallback
            text, odd = "\n".join(line_text(line, fallback)[0] for line in raw.split(b"\n")), True
        return text.removesuffix("\r"), odd

    def decoded(self, row: int) -> Decoded:
        """A data row (0-based) through the one record decoder, in the file's own column order."""
        text, _ = self.record_text(row + self.first_data_record)
        decoded = split_record(text, self.delimiter)
        if self.pad_rows and len(decoded.fields) < REQUIRED_FIELDS:
            decoded.fields.extend([""] * (REQUIRED_FIELDS - len(decoded.fields)))
        return decoded

    def fields(self, row: int) -> list[str]:
        """Source fields of a data row (0-based), in the file's own column order."""
        return self.decoded(row).fields

    def chunks(self, size: int = CHUNK_RECORDS) -> list[tuple[int, int]]:
        """Data-row ranges that split the work evenly and never cut a record."""
        return [(lo, min(lo + size, self.row_count)) for lo in range(0, self.row_count, size)]

    def chunk_slice(self, lo: int, hi: int) -> tuple[int, int, list[int], dict[int, int], set[int]]:
        """Byte range and record layout of data rows lo..hi, relative to that range."""
        first, last = lo + self.first_data_record, hi - 1 + self.first_data_record
        start, _ = self.index.bounds(first)
        _, end = self.index.bounds(last)
        base = int(self.index.record_lines[first])
        starts = (self.index.record_lines[first:last + 1] - base).tolist()
        spans = {r - first: n for r, n in self.index.spans.items() if first <= r <= last}
        unclosed = {r - first for r in self.index.unclosed if first <= r <= last}
        return start, end, starts, spans, unclosed

    def iter_rows(self, lo: int, hi: int) -> Iterator[tuple[int, str, Decoded, bool]]:
        """(row, text, decoded record, fallback-encoded) for data rows lo..hi, decoded in bulk."""
        if lo >= hi:
            return iter(())
        start, end, starts, spans, _unclosed = self.chunk_slice(lo, hi)
        return decode_records(self.source.buffer()[start:end], lo, starts, spans,
                              self.delimiter, self.source.encoding.fallback, self.pad_rows)

    def close(self) -> None:
        self.source.close()


def load(path: str | os.PathLike, *, member: str | None = None, sheet: str | None = None,
         progress: Callable[[float], None] | None = None,
         first: Callable[[Table], None] | None = None,
         grown: Callable[[RecordIndex], None] | None = None) -> Table:
    """Open, index and sniff an export. Raises CannotRead for what cannot be read.

    The index is built a piece at a time. With `first`, the table is handed over as
    soon as its first rows are settled (the separator and the layout are decided on
    them, as on the whole file): the caller may show it while the rest is indexed,
    and owns its source from then on (closes it, also when loading fails later).
    `grown(index)` then gives each larger index (the rows before never change), and
    the table returned has the whole index; the object given to `first` is never
    touched by this function again.
    """
    # a big legacy file's first lines are converted first: they show (and settle the
    # separator and layout) while the rest is converted, and the rest is indexed as it lands
    source = open_source(path, member=member, sheet=sheet, head_first=True)
    handed_over = False
    try:
        with closing(index_steps(source, progress, snapshots=grown is not None)) as steps:
            table = next(steps)
            if first is not None:
                first(table)
                handed_over = True
            for step in steps:
                if isinstance(step, Table):
                    table = step   # the last step: the whole index
                elif grown is not None:
                    grown(step)
        return table
    except BaseException:
        if not handed_over:
            source.close()
        raise


def index_steps(source: Source, progress: Callable[[float], None] | None = None,
                snapshots: bool = True) -> Iterator[Table | RecordIndex]:
    """`load`'s work on an opened source, a step at a time: first the table with its first
    rows settled (the separator and the layout are decided on them, as on the whole file),
    then each larger index when `snapshots` (the rows before never change), last the table
    with the whole index. The caller owns the source (and closes it)."""
    # the index is read through a handle of its own: the rows shown meanwhile never wait
    # for one of its reads
    reader = FileBytes(source.data_path)
    try:
        builder = IndexBuilder(reader, source.start, progress, complete=not source.copying)
        while builder.records < SAMPLE_RECORDS and builder.step():
            pass
        if builder.records < SAMPLE_RECORDS:   # the separator and layout are decided on as many rows as ever
            _finish_copy(source, reader, builder)
            while builder.records < SAMPLE_RECORDS and builder.step():
                pass
        table = _sniffed(source, builder.snapshot())
        yield table
        _finish_copy(source, reader, builder)
        while builder.step():
            if snapshots:
                yield builder.snapshot()
        yield replace(table, index=builder.result())
    finally:
        reader.close()


def _finish_copy(source: Source, reader: FileBytes, builder: IndexBuilder) -> None:
    if source.copying:
        def landed(final: int) -> None:
            # indexed here while the workers convert the pieces after it (the index of a
            # 124 MB Turkish export had waited for the whole copy: 0.19 s on one core)
            reader.refresh(final)
            builder.grown(complete=False)
            while builder.step():
                pass

        source.finish_copy(landed)
        reader.refresh()
        builder.grown(complete=True)


def _sniffed(source: Source, index: RecordIndex) -> Table:
    """The table of a source, its separator and layout decided on the first records."""
    buffer = source.buffer()
    sample: list[str] = []
    for record in range(min(SAMPLE_RECORDS, len(index))):
        start, end = index.bounds(record)
        sample.append(bytes(buffer[start:end]).decode("utf-8", errors="replace"))
    named = dialect.excel_sep_line(sample[0].rstrip("\r")) if sample and source.kind != "xlsx" else None
    preamble = 1 if named else 0  # Excel's "sep=;" line: not data, not a header
    delimiter = named or source.delimiter or dialect.detect_delimiter("\n".join(sample))
    rows = [split_record(text.removesuffix("\r"), delimiter).fields for text in sample[preamble:preamble + 50]]
    layout = dialect.detect_layout(rows)
    if not layout.mapping:
        width = max([REQUIRED_FIELDS] + [len(r) for r in rows])
        layout = dialect.Layout(layout.has_header, layout.header, tuple(range(width)))
    return Table(source, index, delimiter, layout, pad_rows=source.kind == "xlsx"
                 or (source.kind == "zip" and source.sheet is not None), preamble=preamble)
