"""Where each record starts in a UTF-8 byte buffer (the record decoder, decoder.py, decides
where a quoted value spanning lines ends).

The index is a few numpy integers per line, never a Python object per row, so a
million-row file costs megabytes, not gigabytes. Records are parsed on demand.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from ..errors import CannotRead
from ..i18n import _
from .decoder import split_record

# Pieces of 4 MB stay in the CPU's cache between the passes over them (read, line ends,
# quotes): 16 MB ones went to memory each pass (measured: a 1M-row, 269 MB export indexed
# in 0.39-0.44 s instead of 0.60-0.72 s).
BLOCK = 1 << 22
# The first piece is small: the first screen of a big file shows after ~4,000 rows are indexed.
FIRST_PIECE = 1 << 20
FEW_QUOTES = 4096   # a piece with more quotes than this is searched by numpy
MAX_RECORD_LINES = 50  # a quoted field longer than this is an unclosed quote, not data
# One event is a few hundred bytes; 20,000 short columns are ~100 kB. A line past
# this is not an export line (a file without line ends, or binary data).
MAX_LINE_BYTES = 1 << 20


@dataclass
class RecordIndex:
    line_starts: np.ndarray        # int64 offset of every physical line, plus end sentinel
    record_lines: np.ndarray       # int64 first line of every record (blank lines skipped)
    spans: dict[int, int] = field(default_factory=dict)  # record -> lines, when > 1
    unclosed: set[int] = field(default_factory=set)       # records with an unclosed quote
    blank_lines: int = 0
    _span_starts: np.ndarray | None = field(default=None, repr=False)
    _span_extra: np.ndarray | None = field(default=None, repr=False)

    def __len__(self) -> int:
        return int(self.record_lines.shape[0])

    def bounds(self, record: int) -> tuple[int, int]:
        """Byte range of a record, without its final line break."""
        line = int(self.record_lines[record])
        last = line + self.spans.get(record, 1)
        return int(self.line_starts[line]), int(self.line_starts[last]) - 1

    def bounds_of(self, records: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """bounds() of many records at once: (starts, ends)."""
        lines = self.record_lines[records]
        last = lines + 1
        if self.spans:
            last += np.fromiter((self.spans.get(r, 1) - 1 for r in records.tolist()), dtype=np.int64,
                                count=len(records))
        return self.line_starts[lines], self.line_starts[last] - 1

    def line_number(self, record: int) -> int:
        """1-based physical line where the record starts."""
        return int(self.record_lines[record]) + 1

    def row_numbers(self, records: np.ndarray) -> np.ndarray:
        """row_number of many records at once."""
        numbers = self.record_lines[records] + 1
        if not self.spans:
            return numbers
        self.row_number(int(records[0]) if len(records) else 0)   # builds the span tables
        before = np.searchsorted(self._span_starts, records, "left")
        return numbers - np.where(before > 0, self._span_extra[np.maximum(before - 1, 0)], 0)

    def row_number(self, record: int) -> int:
        """1-based row where the record stands in a spreadsheet: lines a quoted value spans
        are one row there (blank lines still count as rows)."""
        if not self.spans:
            return self.line_number(record)
        if self._span_starts is None:
            starts = sorted(self.spans)
            self._span_starts = np.array(starts, dtype=np.int64)
            self._span_extra = np.cumsum([self.spans[r] - 1 for r in starts])
        before = int(np.searchsorted(self._span_starts, record, "left"))
        return self.line_number(record) - (int(self._span_extra[before - 1]) if before else 0)


def build_index(data, start: int = 0,
                progress: Callable[[float], None] | None = None, delimiter: str | None = None) -> RecordIndex:
    """Index the records of a buffer (bytes or FileBytes) from byte offset `start`;
    `delimiter` when it is known (our own written blocks), else the first lines say."""
    builder = IndexBuilder(data, start, progress, delimiter)
    while builder.step():
        pass
    return builder.result()


class IndexBuilder:
    """Builds a RecordIndex a piece at a time, so the first rows of a big file can be shown
    while the rest is still being indexed.

    Pieces end at a line break, so each is indexed on its own (the same per-line tests as
    one pass over the whole buffer); only the walk that joins the lines a quoted value
    spans (`_join_quoted`'s rule, the record decoder deciding) looks past a piece, at most
    MAX_RECORD_LINES lines ahead. So a line further than that from the end of what is
    indexed is final: `snapshot()` holds the records that start there, and they never
    change afterwards; `result()` is the same index one pass over the whole buffer gives.
    """

    def __init__(self, data, start: int = 0, progress: Callable[[float], None] | None = None,
                 delimiter: str | None = None, complete: bool = True) -> None:
        self.data, self.start, self.size = data, start, len(data)
        # False while the data is still being written (a legacy file's copy, see Source.finish_copy):
        # its end so far is a line end, but not the last one, so nothing there is settled yet
        self.complete = complete
        self._progress = progress
        self.delimiter = delimiter or _head_delimiter(data, start)
        self._sep = self.delimiter.encode()
        self._field_start = np.frombuffer(self._sep + b"\n", dtype=np.uint8)
        self._at = start                     # the next byte to index (always a line start)
        self._lines = 0                      # complete lines indexed
        self._line_starts = np.zeros(1, dtype=np.int64)   # grown by _room; [0.._lines] valid
        self._line_starts[0] = start
        self._keep = np.zeros(0, dtype=bool)  # per line: starts a record (so far)
        self._blank = np.zeros(0, dtype=bool)
        self._odd: list[int] = []            # lines with an odd number of quotes, in order
        self._odd_opens: list[bool] = []     # ... and whether a quote there starts a field
        self._walked = 0                     # odd lines the join walk has passed
        self._final = 0                      # lines before this never change
        self._records = np.zeros(0, dtype=np.int64)
        self._record_count = 0
        self._span_lines: dict[int, int] = {}    # walked, not yet numbered: first line -> lines
        self._unclosed_lines: list[int] = []
        self._spans: dict[int, int] = {}
        self._unclosed: set[int] = set()
        self._blank_count = 0
        self.done = complete and self.size <= start
        # pieces are read into one buffer, and compared into one mask, kept from piece to piece:
        # fresh arrays each time cost as much again in page faults as the work itself
        self._readinto = getattr(data, "readinto", None)
        self._buffer = bytearray(0)
        self._mask = np.zeros(0, dtype=bool)

    # ---- the pieces -------------------------------------------------------------
    def step(self) -> bool:
        """Index the next piece; False once the whole buffer is indexed (or, while it is not
        complete, once all of it written so far is)."""
        if self.done:
            return False
        lo = self._at
        want = FIRST_PIECE if lo == self.start else BLOCK
        while True:
            raw, got = self._read(lo, want)
            at_end = lo + got >= self.size
            last = at_end and self.complete
            cut = got if last else raw.rfind(b"\n", 0, got) + 1
            if cut or want > 2 * MAX_LINE_BYTES or at_end:
                break
            want *= 2   # a line longer than the piece: read on to its end
        if not cut and not self.complete:
            return False   # the rest is still being written
        nul = raw.find(b"\x00", 0, cut)   # C memchr: far cheaper than a numpy pass
        if nul >= 0:
            self._refuse_nul(lo + nul)
        if not cut:   # no line break in more than twice the longest line allowed
            self._refuse_long_line()
        self._add_piece(raw, lo, cut, last)
        self._at = lo + cut
        self.done = last
        # a quoted value spans at most MAX_RECORD_LINES lines: lines before that are settled
        self._walk(self._lines if last else self._lines - MAX_RECORD_LINES + 1)
        if self._progress and self.complete:
            self._progress(self._at / max(self.size, 1))
        return not self.done

    def grown(self, complete: bool) -> None:
        """The data has grown (its size is read again); `complete`: it is all there now."""
        self.size = len(self.data)
        self.complete = complete
        if complete and self._at >= self.size:   # nothing came after what is indexed: settle it all
            self._walk(self._lines)
            self.done = True

    def _read(self, lo: int, want: int) -> tuple[bytes | bytearray, int]:
        """Up to `want` bytes from `lo`, and how many there are."""
        if self._readinto is None:   # plain bytes
            raw = self.data[lo:lo + want]
            return raw, len(raw)
        want = min(want, self.size - lo)
        if len(self._buffer) < want:
            self._buffer = bytearray(want)
        return self._buffer, self._readinto(lo, memoryview(self._buffer)[:want])

    def _equal(self, block: np.ndarray, byte: int) -> np.ndarray:
        """Where `block` holds `byte`, in the kept mask (valid until the next call)."""
        if len(self._mask) < len(block):
            self._mask = np.zeros(len(block), dtype=bool)
        mask = self._mask[:len(block)]
        np.equal(block, byte, out=mask)
        return mask

    def _add_piece(self, raw: bytes | bytearray, lo: int, cut: int, last: bool) -> None:
        block = np.frombuffer(raw, dtype=np.uint8, count=cut)
        nl = np.flatnonzero(self._equal(block, 0x0A))
        ends_line = len(nl) > 0 and int(nl[-1]) == cut - 1
        # line heads, local: the piece's start, and after every line break but a final one
        heads = np.empty(len(nl) + (0 if ends_line else 1), dtype=np.int64)
        heads[0] = 0
        heads[1:] = (nl[:-1] if ends_line else nl) + 1
        bounds = np.empty(len(heads) + 1, dtype=np.int64)   # where each line's next starts
        bounds[:-1] = heads
        bounds[-1] = cut
        lengths = np.diff(bounds) - (1 if ends_line else 0)
        if not ends_line:    # the last line of the buffer, without a line break
            lengths[:-1] -= 1
        if len(lengths) and int(lengths.max()) > MAX_LINE_BYTES:
            self._refuse_long_line()
        first, count = self._lines, len(heads)
        self._room(first + count, lo + cut - self.start)
        starts = self._line_starts
        starts[first + 1:first + count] = heads[1:] + lo   # starts[first] is this piece's start already
        # the end sentinel: the next line's start, or one past the end of an unended last line
        starts[first + count] = lo + cut if ends_line else self.size + 1
        lead = block[heads]
        blank = lengths == 0
        blank |= (lead == 0x0D) & (lengths == 1)   # a line that is only "\r" (CRLF files) is blank too
        for j in np.flatnonzero(((lead == 0x20) | (lead == 0x09)) & ~blank).tolist():   # rare: led by a space
            h = int(heads[j])
            if not raw[h:h + int(lengths[j])].strip():
                blank[j] = True
        self._blank[first:first + count] = blank
        self._keep[first:first + count] = ~blank
        if raw.find(b'"', 0, cut) >= 0:
            q = self._quotes(raw, block, cut)
            per_line = np.diff(np.searchsorted(q, bounds))
            odd = np.flatnonzero(per_line % 2 == 1)
            if len(odd):
                # quotes that start a field: after a line start or a possible separator
                prev = np.where(q > 0, block[np.maximum(q - 1, 0)], 0x0A)
                field_quotes = q[np.isin(prev, self._field_start)]
                opens = np.diff(np.searchsorted(field_quotes, bounds)) > 0
                self._odd.extend((odd + first).tolist())
                self._odd_opens.extend(opens[odd].tolist())
        self._lines = first + count

    def _quotes(self, raw: bytes | bytearray, block: np.ndarray, cut: int) -> np.ndarray:
        """Offsets of the piece's quotes: C's memchr from one to the next while they are few
        (an inch mark, a quoted value now and then: ~4 times cheaper than a numpy pass over
        4 MB), numpy over the piece when they are many."""
        found: list[int] = []
        find = raw.find
        at = find(b'"', 0, cut)
        while at >= 0:
            found.append(at)
            if len(found) > FEW_QUOTES:
                return np.flatnonzero(self._equal(block, 0x22))
            at = find(b'"', at + 1, cut)
        return np.array(found, dtype=np.int64)

    def _room(self, lines: int, indexed: int) -> None:
        """Capacity for `lines` lines, grown ahead from the bytes per line of the `indexed` bytes."""
        if lines + 1 <= len(self._line_starts):
            return
        guess = int(lines * (self.size - self.start) / max(indexed, 1) * 1.02) + 1024
        capacity = max(guess, 2 * len(self._keep), lines)
        for name in ("_line_starts", "_keep", "_blank"):
            old = getattr(self, name)
            grown = np.zeros(capacity + (1 if name == "_line_starts" else 0), dtype=old.dtype)
            grown[:len(old)] = old
            setattr(self, name, grown)

    # ---- joining the lines a quoted value spans ---------------------------------------
    def _walk(self, limit: int) -> None:
        """Join quoted values that open on odd lines before `limit`, then settle those lines.

        The record decoder (split_record) decides: a line whose record it reads as
        still inside quotes is joined with the following lines until the decoder
        reads the joined text as closed. Only lines with an odd number of quotes can
        open or close such a record, and those are rare, so this walk is short even
        for huge files. Inch marks and other quotes that do not start a field never
        open a record, so they never glue the rows between them together.
        """
        odd, at = self._odd, self._walked
        data, starts, keep, sep = self.data, self._line_starts, self._keep, self._sep
        while at < len(odd) and odd[at] < limit:
            line = odd[at]
            opens = self._odd_opens[at]
            at += 1
            if not opens or not keep[line] or not split_record(_line(data, starts, line), sep).unclosed:
                continue
            closed_at = None
            later_at = at
            while later_at < len(odd):
                later = odd[later_at]
                later_at += 1
                if later - line >= MAX_RECORD_LINES:
                    break
                joined = bytes(data[int(starts[line]):int(starts[later + 1]) - 1]).removesuffix(b"\r")
                if not split_record(joined, sep).unclosed:
                    closed_at = later
                    break
            if closed_at is None:
                self._unclosed_lines.append(line)
                continue
            self._span_lines[line] = closed_at - line + 1
            keep[line + 1: closed_at + 1] = False
            self._blank[line + 1: closed_at + 1] = False
            while at < len(odd) and odd[at] <= closed_at:
                at += 1
        self._walked = at
        self._settle(max(self._final, min(limit, self._lines)))

    def _settle(self, final: int) -> None:
        """Number the records of the lines before `final`: from now on they never change."""
        lo = self._final
        if final <= lo:
            return
        new = np.flatnonzero(self._keep[lo:final]) + lo
        base = self._record_count
        if base + len(new) > len(self._records):
            grown = np.zeros(max(2 * len(self._records), base + len(new), len(self._line_starts)), dtype=np.int64)
            grown[:base] = self._records[:base]
            self._records = grown
        self._records[base:base + len(new)] = new
        self._record_count = base + len(new)
        self._blank_count += int(self._blank[lo:final].sum())
        if self._span_lines or self._unclosed_lines:
            number = {int(line): base + i for i, line in enumerate(new.tolist())}
            for line, n in self._span_lines.items():
                self._spans[number[line]] = n
            self._unclosed.update(number[line] for line in self._unclosed_lines)
            self._span_lines, self._unclosed_lines = {}, []
        self._final = final

    # ---- what it gives -------------------------------------------------------------
    @property
    def records(self) -> int:
        """Records settled so far."""
        return self._record_count

    def snapshot(self) -> RecordIndex:
        """The records settled so far: later steps never change them, nor this object."""
        return RecordIndex(self._line_starts[:self._lines + 1], self._records[:self._record_count],
                           dict(self._spans), set(self._unclosed), self._blank_count)

    def result(self) -> RecordIndex:
        """The whole index (once step() has returned False), in arrays of its own size."""
        if not self.done:
            raise RuntimeError("the index is not complete")
        self._buffer, self._mask = bytearray(0), np.zeros(0, dtype=bool)
        return RecordIndex(self._line_starts[:self._lines + 1].copy(), self._records[:self._record_count].copy(),
                           self._spans, self._unclosed, self._blank_count)

    # ---- refusals ------------------------------------------------------------------
    def _refuse_nul(self, offset: int) -> None:
        line = self.data[self.start:offset].count(b"\n") + 1
        raise CannotRead(_("The file holds NUL bytes (first on line {line}): it is damaged or not a text export. "
                           "Export the data again as CSV.").format(line=line))

    def _refuse_long_line(self) -> None:
        """A line past the limit: refuse as one pass over the whole buffer does (a NUL byte
        anywhere first, else the longest line), so the reason never depends on the pieces."""
        size, start = self.size, self.start
        newlines = []
        for lo in range(start, size, BLOCK):
            raw = self.data[lo:min(lo + BLOCK, size)]
            nul = raw.find(b"\x00")
            if nul >= 0:
                self._refuse_nul(lo + nul)
            newlines.append(np.flatnonzero(np.frombuffer(raw, dtype=np.uint8) == 0x0A) + lo)
        newline = np.concatenate(newlines)
        line_starts = np.concatenate(([start], newline + 1, [size + 1]))
        if line_starts[-2] >= size:   # the buffer ends with a line break: no empty last line
            line_starts = line_starts[:-1]
        lengths = np.diff(line_starts) - 1
        _refuse_unreadable(self.data, start, line_starts, lengths)
        raise AssertionError("a line past the limit was not found again")  # pragma: no cover


def _refuse_unreadable(data, start: int, line_starts: np.ndarray, lengths: np.ndarray) -> None:
    """NUL bytes and megabyte lines never belong in a text export: refuse, clearly."""
    if len(lengths) and int(lengths.max()) > MAX_LINE_BYTES:
        line = int(np.argmax(lengths))
        raise CannotRead(
            _("Line {line} is {size:.1f} MB long: this is not a line-by-line export (are its line ends missing?). "
              "Export the data again as CSV.").format(line=line + 1, size=int(lengths[line]) / (1 << 20)))


def _head_delimiter(data, start: int) -> str:
    """The separator the first lines suggest, to tell which quotes start a field."""
    from .dialect import detect_delimiter
    head = bytes(data[start:min(len(data), start + 65536)])
    return detect_delimiter(head.decode("utf-8", errors="replace"))


def _line(data, line_starts: np.ndarray, line: int) -> bytes:
    text = bytes(data[int(line_starts[line]):int(line_starts[line + 1]) - 1])
    return text[:-1] if text.endswith(b"\r") else text
