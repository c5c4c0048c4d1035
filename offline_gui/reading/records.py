"""Where each record starts in a UTF-8 byte buffer, and how one record becomes fields.

The index is a few numpy integers per line, never a Python object per row, so a
million-row file costs megabytes, not gigabytes. Records are parsed on demand.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from ..errors import CannotRead
from ..i18n import _

BLOCK = 1 << 24
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


class _NulFound(Exception):
    def __init__(self, offset: int) -> None:
        self.offset = offset


def _positions(data, start: int, progress: Callable[[float], None] | None,
               field_start: np.ndarray = None) -> tuple[np.ndarray, ...]:
    """Offsets of every newline, double quote and field-opening quote; starts of lines led by CR / space.

    Blocks are read one at a time, so indexing a 200 MB file never holds it all.
    """
    size = len(data)
    newlines, quotes, returns, field_quotes, space_starts = [], [], [], [], []
    before = 0x0A  # the byte before the block: the data starts a line
    for lo in range(start, size, BLOCK):
        hi = min(lo + BLOCK, size)
        raw = data[lo:hi]
        nul = raw.find(b"\x00")  # C memchr: far cheaper than a numpy pass
        if nul >= 0:
            raise _NulFound(nul + lo)
        block = np.frombuffer(raw, dtype=np.uint8)
        nl = np.flatnonzero(block == 0x0A)
        newlines.append(nl + lo)
        # lines that start with a space or tab may hold nothing else (blank lines)
        line_heads = nl[nl + 1 < len(block)] + 1
        if before == 0x0A and len(block):
            line_heads = np.concatenate(([0], line_heads))
        heads = block[line_heads]
        space_starts.append(line_heads[(heads == 0x20) | (heads == 0x09)] + lo)
        returns.append(line_heads[heads == 0x0D] + lo)  # lines that start with a CR
        if b'"' in raw:
            q = np.flatnonzero(block == 0x22)
            quotes.append(q + lo)
            # quotes that start a field: after a line feed or a possible separator
            prev = np.where(q > 0, block[np.maximum(q - 1, 0)], before)
            field_quotes.append(q[np.isin(prev, field_start)] + lo)
        if len(block):
            before = int(block[-1])
        if progress:
            progress(hi / max(size, 1))
    empty = np.zeros(0, dtype=np.int64)
    return tuple(np.concatenate(parts) if parts else empty
                 for parts in (newlines, quotes, returns, field_quotes, space_starts))


def build_index(data, start: int = 0,
                progress: Callable[[float], None] | None = None, delimiter: str | None = None) -> RecordIndex:
    """Index the records of a buffer (bytes or FileBytes) from byte offset `start`;
    `delimiter` when it is known (our own written blocks), else the first lines say."""
    size = len(data)
    try:
        delimiter = delimiter or _head_delimiter(data, start)
        field_start = np.frombuffer(delimiter.encode() + b"\n", dtype=np.uint8)
        newlines, quotes, returns, field_quotes, space_starts = _positions(data, start, progress, field_start)
    except _NulFound as nul:
        line = data[start:nul.offset].count(b"\n") + 1
        raise CannotRead(_("The file holds NUL bytes (first on line {line}): it is damaged or not a text export. "
                           "Export the data again as CSV.").format(line=line)) from None
    line_starts = np.empty(len(newlines) + 2, dtype=np.int64)
    line_starts[0] = start
    line_starts[1:-1] = newlines + 1
    line_starts[-1] = size + 1  # sentinel: "end of the last line" is size
    if line_starts[-2] >= size:  # file ends with a newline: no empty last line
        line_starts = line_starts[:-1]
    lengths = np.diff(line_starts) - 1
    _refuse_unreadable(data, start, line_starts, lengths)
    blank = lengths == 0
    if len(returns):  # a line that is only "\r" (CRLF files) is blank too
        led_by_cr = np.searchsorted(line_starts, returns)
        led_by_cr = led_by_cr[led_by_cr < len(lengths)]
        blank[led_by_cr[lengths[led_by_cr] == 1]] = True
    for line in np.searchsorted(line_starts, space_starts).tolist():  # rare: lines led by a space
        if line < len(lengths) and not blank[line] and \
                not data[int(line_starts[line]):int(line_starts[line + 1]) - 1].strip():
            blank[line] = True
    keep = ~blank
    spans: dict[int, int] = {}
    unclosed_lines: set[int] = set()
    if len(quotes):
        per_line = np.diff(np.searchsorted(quotes, line_starts))
        odd = np.flatnonzero(per_line % 2 == 1)
        may_open = np.diff(np.searchsorted(field_quotes, line_starts)) > 0
        _join_quoted(odd, keep, blank, spans, unclosed_lines, data, line_starts, may_open, delimiter)
    record_lines = np.flatnonzero(keep).astype(np.int64)
    by_line = {int(line): i for i, line in enumerate(record_lines)} if (spans or unclosed_lines) else {}
    return RecordIndex(
        line_starts,
        record_lines,
        {by_line[line]: n for line, n in spans.items()},
        {by_line[line] for line in unclosed_lines},
        int(blank.sum()),
    )


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


def _join_quoted(odd: np.ndarray, keep: np.ndarray, blank: np.ndarray,
                 spans: dict[int, int], unclosed: set[int], data, line_starts: np.ndarray,
                 may_open: np.ndarray, delimiter: str = ";") -> None:
    """Merge lines that a quoted field spans; give up on quotes that never close.

    The record decoder (split_record) decides: a line whose record it reads as
    still inside quotes is joined with the following lines until the decoder
    reads the joined text as closed. Only lines with an odd number of quotes can
    open or close such a record, and those are rare, so this walk is short even
    for huge files. Inch marks and other quotes that do not start a field never
    open a record, so they never glue the rows between them together.
    """
    sep = delimiter.encode()
    odd_lines = [int(x) for x in odd]
    at = 0
    while at < len(odd_lines):
        line = odd_lines[at]
        at += 1
        if not may_open[line] or not keep[line] or not split_record(_line(data, line_starts, line), sep).unclosed:
            continue
        closed_at = None
        for later in odd_lines[at:]:
            if later - line >= MAX_RECORD_LINES:
                break
            joined = bytes(data[int(line_starts[line]):int(line_starts[later + 1]) - 1]).removesuffix(b"\r")
            if not split_record(joined, sep).unclosed:
                closed_at = later
                break
        if closed_at is None:
            unclosed.add(line)
            continue
        spans[line] = closed_at - line + 1
        keep[line + 1: closed_at + 1] = False
        blank[line + 1: closed_at + 1] = False
        while at < len(odd_lines) and odd_lines[at] <= closed_at:
            at += 1


# What the decoder noticed about a record's quoting, per field (source column index).
QUOTE_BARE = 1      # a quote inside an unquoted field (55" TV): kept as text; the writer must quote it
QUOTE_STRAY = 2     # an undoubled quote inside a quoted field, followed by text: two readings possible
QUOTE_UNCLOSED = 4  # a quoted field never closes: the record is read on its own, quotes as text


@dataclass(frozen=True)
class Decoded:
    """One record's fields and what the decoder noticed; `quotes` is () for most records."""
    fields: list[str]
    quotes: tuple[tuple[int, int], ...] = ()   # (source field, QUOTE_*) pairs
    unclosed: bool = False


def split_record(text, delimiter) -> Decoded:
    """The one field decoder: a record's text (str or bytes, no final line break) -> Decoded.

    RFC 4180 quoting, with the readings a store export needs: a quote inside an
    unquoted field is text (flagged, so the writer quotes it); a doubled quote
    inside a quoted field is one quote; a lone quote inside a quoted field that is
    not followed by the separator or the end is kept as text but flagged (it could
    also end the field); a quoted field that never closes makes the record be read
    on its own with its quotes as text. Line breaks inside quotes are kept exactly
    (CR, LF and CRLF).
    """
    quote = '"' if isinstance(text, str) else b'"'
    if quote not in text:
        return Decoded(text.split(delimiter))
    if isinstance(text, str):
        simple = _simple_fields(text, delimiter)
        if simple is not None:
            return Decoded(simple)
    fields: list = []
    notes: list[tuple[int, int]] = []
    n, i = len(text), 0
    empty = text[:0]
    while True:
        if text[i:i + 1] == quote:
            parts, j = [], i + 1
            while True:
                k = text.find(quote, j)
                if k < 0:  # never closes: read the record on its own, quotes as text
                    return Decoded(text.split(delimiter), ((len(fields), QUOTE_UNCLOSED),), True)
                after = text[k + 1:k + 2]
                if after == quote:  # a doubled quote is one quote
                    parts.append(text[j:k + 1])
                    j = k + 2
                elif after == delimiter or k + 1 == n:
                    parts.append(text[j:k])
                    i = k + 1
                    break
                else:  # 55" TV inside quotes: text, but it could have ended the field
                    if not notes or notes[-1] != (len(fields), QUOTE_STRAY):
                        notes.append((len(fields), QUOTE_STRAY))
                    parts.append(text[j:k + 1])
                    j = k + 1
            fields.append(empty.join(parts))
            if i >= n:
                return Decoded(fields, tuple(notes))
            i += 1  # the separator
        else:
            k = text.find(delimiter, i)
            end = n if k < 0 else k
            value = text[i:end]
            if quote in value:
                notes.append((len(fields), QUOTE_BARE))
            fields.append(value)
            if k < 0:
                return Decoded(fields, tuple(notes))
            i = k + 1


@lru_cache(maxsize=16)
def _patterns(delimiter: str) -> tuple[re.Pattern, re.Pattern]:
    d = re.escape(delimiter)
    field = rf'(?:"(?:[^"]|"")*"|[^"{d}]*)'
    whole = re.compile(rf"{field}(?:{d}{field})*", re.DOTALL)
    one = re.compile(rf'(?:"((?:[^"]|"")*)"|([^"{d}]*))({d}|\Z)', re.DOTALL)
    return whole, one


def _simple_fields(text: str, delimiter: str) -> list[str] | None:
    """The common quoted record (whole fields in quotes, quotes inside doubled) by regex,
    in C; None sends anything else to the full decoder, which gives the same fields."""
    whole, one = _patterns(delimiter)
    if not whole.fullmatch(text):
        return None
    fields = []
    for quoted, plain, end in one.findall(text):
        fields.append(quoted.replace('""', '"') if quoted else plain)  # "" and an empty field: both ""
        if not end:
            break
    return fields


def parse_record(text: str, delimiter: str) -> list[str]:
    """Fields of one record's text (see split_record)."""
    if text.endswith("\r"):
        text = text[:-1]
    return split_record(text, delimiter).fields
