"""Rows in contract order -> findings. Pure: no I/O, no Qt, mergeable per chunk.

Two ways in: `scan` checks rows that were already decoded and laid out (edits,
odd encodings), and `scan_block` checks a block of raw bytes with a fast path
for clean lines (the common case), so a million rows take seconds.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import repeat
from operator import itemgetter
from zlib import crc32

import numpy as np

from . import values
from .catalog import BLOCKING
from .diagnostics import FoundStore
from .document import RowInput, RowOut
from .fastconvert import Converted
from .fastlines import classify, key_to_timestamp, line_lengths
from .reading.decoder import QUOTE_BARE, QUOTE_STRAY, QUOTE_UNCLOSED
from .reading.dialect import is_identity
from .reading.encoding import is_utf8, line_text
from .spec import CUSTOMER_ID, EVENT_NAME, EVENT_TYPE, NUM1, NUM2, REQUIRED_FIELDS, TIMESTAMP

_TS_CACHE_LIMIT = 200_000


@dataclass
class ScanResult:
    """What a pass over some rows found. Results of chunks merge in row order."""
    found: FoundStore = field(default_factory=FoundStore)
    rows: int = 0
    ts_min: str | None = None
    ts_max: str | None = None
    orders: Counter = field(default_factory=Counter)      # frozenset(orders) -> count
    order_examples: dict = field(default_factory=dict)    # frozenset(orders) -> a value
    hashes: list = field(default_factory=list)            # numpy int64 arrays, per chunk
    first_row: int = 0
    commas: Counter = field(default_factory=Counter)      # (column, "decimal" | "thousands") -> count

    def merge(self, other: ScanResult) -> None:
        self.found.extend(other.found)
        self.commas.update(other.commas)
        self.rows += other.rows
        self.orders.update(other.orders)
        for key, example in other.order_examples.items():
            self.order_examples.setdefault(key, example)
        self.hashes.extend(other.hashes)
        for ts in (other.ts_min, other.ts_max):
            if ts is not None:
                self.see(ts)

    def see(self, ts: str) -> None:
        if self.ts_min is None or ts < self.ts_min:
            self.ts_min = ts
        if self.ts_max is None or ts > self.ts_max:
            self.ts_max = ts


class RowChecker:
    """The full rules for one row in contract order; keeps caches across rows."""

    def __init__(self, result: ScanResult, delimiter: str = ";") -> None:
        self.result = result
        self.add = result.found.add
        self.ts_ok: set[str] = set()
        self.ts_bad: dict[str, tuple[str, frozenset]] = {}
        self.sp_d, self.d_sp = " " + delimiter, delimiter + " "
        self.tab = "\t" if delimiter != "\t" else "\v"

    def valid_timestamp(self, ts: str) -> bool:
        if ts in self.ts_ok:
            return True
        if values.is_valid_timestamp(ts):
            if len(self.ts_ok) > _TS_CACHE_LIMIT:
                self.ts_ok.clear()
            self.ts_ok.add(ts)
            self.result.see(ts)
            return True
        return False

    def _hinted(self, text: str) -> bool:
        """Whether the line may hold a stray space or a line break in some field."""
        return (self.sp_d in text or self.d_sp in text or self.tab in text or "\n" in text or "\r" in text
                or text[:1] == " " or text[-1:] == " ")

    def is_clean(self, text: str, f: list[str], nfields: int) -> bool:
        """A cheap test that implies `check` would find nothing (it may say False when it would)."""
        if nfields < REQUIRED_FIELDS or len(f) < REQUIRED_FIELDS:
            return False
        ts, cid, et, _c, name, v1, v2 = f[:7]
        number = values.NUMBER.fullmatch
        return (
            et == "7" and (ts in self.ts_ok or self.valid_timestamp(ts))
            and (cid.isdigit() or (cid != "" and cid == values.strip_ws(cid) and values.check_customer_id(cid) is None))
            and name != "" and name == values.strip_ws(name)
            and number(v1) is not None and number(v2) is not None
            and (not self._hinted(text)
                 or not any(v and (v[0] in " \t" or v[-1] in " \t" or "\n" in v or "\r" in v) for v in f))
        )

    def check(self, row: int, text: str, f: list[str], nfields: int, bad_encoding: bool,
              quotes: tuple[tuple[int, int], ...] = ()) -> None:
        if not bad_encoding and not quotes and self.is_clean(text, f, nfields):
            return
        add = self.add
        if bad_encoding:
            add(row, -1, "encoding-line")
        for col, kind in quotes:
            add(row, col if col >= 0 else -1, _QUOTE_CODES[kind])
        if nfields < REQUIRED_FIELDS:
            add(row, -1, "field-count", nfields)
        if len(f) < REQUIRED_FIELDS:
            f = f + [""] * (REQUIRED_FIELDS - len(f))
        ts = f[TIMESTAMP]
        if not self.valid_timestamp(ts):
            self._timestamp(row, ts)
        cid = f[CUSTOMER_ID]
        if not cid.isdigit():
            stripped = self._ws(row, CUSTOMER_ID, cid)
            code = values.check_customer_id(stripped) if stripped else "mandatory-missing"
            if code:
                add(row, CUSTOMER_ID, code)
        et = f[EVENT_TYPE]
        if et != "7":
            stripped = self._ws(row, EVENT_TYPE, et)
            code = values.check_event_type(stripped) if stripped else "mandatory-missing"
            if code:
                add(row, EVENT_TYPE, code)
        name = f[EVENT_NAME]
        if not values.strip_ws(name):   # (no-break spaces are data, as everywhere else)
            add(row, EVENT_NAME, "mandatory-missing")
        else:
            self._ws(row, EVENT_NAME, name)
        for col in (NUM1, NUM2):
            v = f[col]
            if not values.NUMBER.fullmatch(v):  # ASCII digits only: Excel never writes others
                stripped = self._ws(row, col, v)
                code = values.check_number(stripped) if stripped else "mandatory-missing"
                if code:
                    add(row, col, code)
                    meaning = values.comma_evidence(stripped)
                    if meaning:
                        self.result.commas[col, meaning] += 1
        if self._hinted(text):
            for col, v in enumerate(f):
                if "\n" in v or "\r" in v:
                    add(row, col, "line-break")
                elif col not in _CHECKED and v and (v[0] in " \t" or v[-1] in " \t"):
                    add(row, col, "whitespace")

    def _ws(self, row: int, col: int, value: str) -> str:
        stripped = values.strip_ws(value)
        if stripped != value and stripped:
            self.add(row, col, "whitespace")
        return stripped

    def _timestamp(self, row: int, ts: str) -> None:
        known = self.ts_bad.get(ts)
        if known is None:
            stripped = values.strip_ws(ts)
            if not stripped:
                known = ("mandatory-missing", frozenset())
            elif values.is_valid_timestamp(stripped):
                known = ("whitespace", frozenset())
                self.result.see(stripped)
            else:
                found_orders = values.timestamp_orders(stripped)
                known = ("timestamp-format" if found_orders else "timestamp-invalid", found_orders)
            if len(self.ts_bad) < _TS_CACHE_LIMIT:
                self.ts_bad[ts] = known
        code, found_orders = known
        self.add(row, TIMESTAMP, code)
        if found_orders:
            self.result.orders[found_orders] += 1
            self.result.order_examples.setdefault(found_orders, values.strip_ws(ts))


_QUOTE_CODES = {QUOTE_BARE: "quote-in-field", QUOTE_STRAY: "quote-stray", QUOTE_UNCLOSED: "unclosed-quote"}
_CHECKED = {TIMESTAMP, CUSTOMER_ID, EVENT_TYPE, EVENT_NAME, NUM1, NUM2}

def scan(rows: Iterable[RowInput], first_row: int = 0, delimiter: str = ";") -> ScanResult:
    """Check rows already decoded and in contract column order."""
    result = ScanResult(first_row=first_row)
    checker = RowChecker(result, delimiter)
    hashes: list[int] = []
    for row, text, f, nfields, bad_encoding, quotes in rows:
        hashes.append(line_hash(text.encode("utf-8")))
        checker.check(row, text, f, nfields, bad_encoding, quotes)
    result.rows = len(hashes)
    result.hashes.append(np.array(hashes, dtype=np.int64))
    return result


def check_row(row: int, fields: list[str], nfields: int | None = None, text: str | None = None) -> ScanResult:
    """Findings of one row (after an edit), with the same rules as a full scan."""
    if text is None:
        text = ";".join(fields)
    return scan([(row, text, fields, len(fields) if nfields is None else nfields, False, ())], row)


@dataclass
class BlockOutput:
    """What a fix pass writes for a block: the bytes, and the rows it left out."""
    data: bytes = b""
    rejected: dict[int, list[str]] = field(default_factory=dict)  # row -> blocking codes
    rejected_fields: dict[int, list[str]] = field(default_factory=dict)  # row -> its fields, as they would be saved
    # a checksum of each written row's fields, in order: the re-read file must give the same
    keys: list[int] | np.ndarray = field(default_factory=list)


def scan_block(raw: bytes, first_row: int, starts: list[int], spans: dict[int, int], unclosed: set[int],
               delimiter: str, mapping: tuple[int, ...],
               dirty_row: Callable[[int, str, bytes | None], RowOut],
               fallback: str, accept_fallback: bool = False, edits: dict | None = None,
               output: BlockOutput | None = None,
               format_row: Callable[[list[str]], str] | None = None, identity: bool | None = None,
               deleted: frozenset[int] = frozenset(),
               fast: Callable[[bytes, np.ndarray, np.ndarray, np.ndarray], Converted] | None = None,
               hashing: bool = True, known_utf8: bool = False) -> ScanResult:
    """Check the records of one block of raw bytes (records start at lines `starts`).

    Lines numpy finds clean cost nothing more; every other record is decoded and
    goes through `dirty_row(row, text, raw bytes when not UTF-8)` (the one record decoder
    and the user's layers)
    and the full RowChecker. When writing, every line with a quote or another
    separator is rendered from its decoded fields, so both paths write the same bytes.
    `fast(raw, offsets, starts, ends)` may convert records of one simple shape column by
    column (fastconvert); the records it takes are not decoded one by one. Each record's
    checksum (for duplicates) is made unless `hashing` is off, and never when writing,
    where only lines copied as they are need one (their key).
    """
    result = ScanResult(first_row=first_row)
    checker = RowChecker(result, delimiter)
    found = result.found
    count = len(starts)
    if count == 0:
        result.hashes.append(np.zeros(0, dtype=np.int64))
        return result
    raw_lines = raw.split(b"\n")
    lines = list(map(bytes.removesuffix, raw_lines, repeat(b"\r"))) if b"\r" in raw else raw_lines
    # (a CR inside a quoted value that spans lines is data: multi-line records use raw_lines)
    record_lines = np.asarray(starts, dtype=np.int64)
    pick = itemgetter(*starts)
    first_lines = [pick(lines)] if count == 1 else list(pick(lines))
    hashes = np.fromiter(map(line_hash, first_lines), dtype=np.int64, count=count) \
        if hashing and output is None else None
    bad_lines: set[int] = set()
    if not known_utf8 and not valid_utf8(raw):   # (our own UTF-8 copy of a legacy file needs no test)
        bad_lines = {i for i, line in enumerate(lines) if not is_utf8(line)}
    identity = is_identity(mapping) if identity is None else identity
    lengths = None   # each line's, once: the clean-line test and the column-wide conversions both need them
    as_written = None   # when writing: lines whose quotes are the writer's own (copied as they are)
    if identity and len(delimiter) == 1 and ord(delimiter) < 0x80:
        lengths = line_lengths(raw_lines)
        if output is not None and delimiter == ";" and b'"' in raw and len(mapping) <= REQUIRED_FIELDS:
            as_written = np.ones(len(raw_lines), dtype=bool)
        line_ok, keys = classify(raw, raw_lines, ord(delimiter), lengths, as_written)
        clean = line_ok[record_lines]
        clean_keys = keys[record_lines][clean]
        if len(clean_keys):
            result.see(key_to_timestamp(int(clean_keys.min())))
            result.see(key_to_timestamp(int(clean_keys.max())))
    else:
        clean = np.zeros(count, dtype=bool)
    blocked = np.zeros(count, dtype=bool)   # records only the decoder may read
    for offset in list(spans) + list(unclosed) + [r - first_row for r in (edits or ()) if 0 <= r - first_row < count]:
        blocked[offset] = True
    for row in deleted:   # rows the user deleted: not checked, not written
        if 0 <= row - first_row < count:
            blocked[row - first_row] = True
    for line in bad_lines:
        hit = np.searchsorted(record_lines, line, "right") - 1
        if hit >= 0:
            blocked[hit] = True
    clean &= ~blocked
    rendered = None
    if output is not None:
        rendered = first_lines
        quoted_copies = np.zeros(0, dtype=np.int64)
        if b'"' in raw or delimiter != ";":  # quoting is the renderer's: only unquoted ';' lines copy as they are
            plain = np.fromiter((b'"' not in x and (delimiter == ";" or b";" not in x) for x in first_lines),
                                dtype=bool, count=count)
            if as_written is not None:
                # ... and clean lines whose every quoted value holds a ';' or a quote: the writer
                # would write them just so (5% of a real export's lines had cost 24 µs each)
                quoted_copies = np.flatnonzero(clean & ~plain & as_written[record_lines])
            clean &= plain
            clean[quoted_copies] = True
            if delimiter != ";":
                rendered = [x.replace(delimiter.encode(), b";") for x in first_lines]
        if len(mapping) > REQUIRED_FIELDS:
            # the renderer pads a row to the file's width (its widest header): a shorter
            # line is rendered, so both paths write the same bytes
            sep_byte, wide = delimiter.encode(), len(mapping) - 1
            clean &= np.fromiter((x.count(sep_byte) >= wide for x in first_lines), dtype=bool, count=count)
        # what each written line is meant to say (see row_key): a line copied as it is is its
        # own checksum, marked with BYTES_KEY when it has quotes (read back as its very bytes)
        row_keys = np.full(count, SELF_KEY, dtype=np.int64)
        copied = np.flatnonzero(clean)
        row_keys[copied] = np.fromiter(map(crc32, [rendered[i] for i in copied.tolist()]), dtype=np.int64,
                                       count=len(copied))
        row_keys[quoted_copies] |= BYTES_KEY
    done = clean.copy()
    if fast is not None:
        todo = np.flatnonzero(~clean & ~blocked)
        if len(todo):
            line_at = np.zeros(len(lines) + 1, dtype=np.int64)
            np.cumsum((line_lengths(raw_lines) if lengths is None else lengths) + 1, out=line_at[1:])
            first = record_lines[todo]
            ends = line_at[first + 1] - 1              # (the last line has no line feed: len(raw))
            if b"\r" in raw:
                a = np.frombuffer(raw, dtype=np.uint8)
                ends -= (ends > line_at[first]) & (a[np.maximum(ends - 1, 0)] == 0x0D)   # lines[] drop one CR
            converted = fast(raw, todo, line_at[first], ends)
            taken = todo[converted.offsets]
            done[taken] = True
            for which, col, code, extra in converted.cells:   # (when checking) their findings, in bulk
                found.add_many(first_row + taken[which], col, code, extra)
            if converted.ts_min is not None:
                result.see(converted.ts_min)
                result.see(converted.ts_max)
            # a converted line holds no quote and no ';' inside a value: it is its own checksum
            if rendered is not None and len(taken) == count:
                # every record of the block converted (a Turkish Excel export): its output as it came
                output.keys, output.data = np.full(count, SELF_KEY), converted.block
                rendered = None
            elif rendered is not None:
                row_keys[taken] = SELF_KEY
                for offset, line in zip(taken.tolist(), converted.block.split(b"\n"), strict=False):
                    rendered[offset] = line
    for offset in np.flatnonzero(~done).tolist():
        row = first_row + offset
        if row in deleted:
            if rendered is not None:
                rendered[offset] = None
            continue
        line_no = starts[offset]
        span = spans.get(offset, 1)
        chunk = raw_lines[line_no:line_no + span]
        chunk[-1] = lines[line_no + span - 1]
        bad = bool(bad_lines) and any(n in bad_lines for n in range(line_no, line_no + span))
        if bad:
            text = "\n".join(line_text(x, fallback)[0] for x in chunk)
        else:
            text = b"\n".join(chunk).decode("utf-8")
        fields, nfields, quotes = dirty_row(row, text, b"\n".join(chunk) if bad else None)
        if edits and row in edits and hashes is not None:  # an edited row is what it says now, for duplicates too
            hashes[offset] = line_hash(";".join(fields).encode("utf-8"))
        before = len(found)
        checker.check(row, text, fields, nfields, bad and not accept_fallback, quotes)
        if rendered is not None:
            blocking = [c for c in found.codes_since(before) if c in BLOCKING]
            if blocking:
                output.rejected[row] = blocking
                output.rejected_fields[row] = fields
                rendered[offset] = None
            else:
                rendered[offset] = format_row(fields).encode("utf-8")
                row_keys[offset] = row_key(fields)
    if rendered is not None:
        output.keys = [k for k, x in zip(row_keys.tolist(), rendered, strict=True) if x is not None]
        output.data = b"\n".join(x for x in rendered if x is not None)
        if output.data:
            output.data += b"\n"
    result.rows = count
    result.hashes.append(hashes if hashes is not None else np.zeros(count, dtype=np.int64))
    return result


def valid_utf8(raw: bytes) -> bool:
    """Whether raw.decode("utf-8") succeeds, told by numpy without making the text (a
    third of the decoder's time for text with three-byte letters, such as ₺ or ’).

    Every lead byte (C2-DF, E0-EF, F0-F4) must be followed by exactly as many continuation
    bytes (80-BF) as its length says, and every continuation byte must be one of those.
    Bytes no UTF-8 has (C0, C1, F5-FF) fail, and after E0, ED, F0 and F4 the second byte's
    narrower range (no overlong forms, no surrogates, nothing past U+10FFFF) is looked at
    where memchr finds those leads.
    """
    if raw.isascii():
        return True
    a = np.frombuffer(raw, dtype=np.uint8)
    size, top = len(a), int(a.max())
    if top >= 0xF5 or b"\xc0" in raw or b"\xc1" in raw:
        return False
    due = np.empty(size + 3, dtype=bool)   # where a continuation byte must stand
    due[0] = due[size + 1] = due[size + 2] = False
    np.greater_equal(a, 0xC0, out=due[1:size + 1])
    if top >= 0xE0:
        due[2:size + 2] |= a >= 0xE0
        if top >= 0xF0:
            due[3:] |= a >= 0xF0
    if due[size:].any():   # a letter cut off by the end
        return False
    continuation = a.view(np.int8) < -0x40   # 80-BF
    if np.not_equal(continuation, due[:size], out=continuation).any():
        return False
    for lead, low, high in _NARROW:
        if top >= lead[0] and lead in raw:
            second = a[np.flatnonzero(a == lead[0]) + 1]   # (there is one: not cut off, above)
            if ((second < low) | (second > high)).any():
                return False
    return True


_NARROW = ((b"\xe0", 0xA0, 0xBF), (b"\xed", 0x80, 0x9F), (b"\xf0", 0x90, 0xBF), (b"\xf4", 0x80, 0x8F))


# A content hash of a source line: the same in every process and start method (Python's
# hash() is salted per process). Equal hashes are confirmed on the rows, so 32 bits do.
line_hash = crc32


# The key of a written line that is its own checksum (crc32 is never negative): the re-check
# reads it back and checks it, with nothing more to compare.
SELF_KEY = -1
# A line with quotes copied as it is (its quotes are the writer's own) is meant to be read back
# as the very same bytes: its key is their checksum with this bit, which no row_key has
BYTES_KEY = 1 << 32


def row_key(fields: list[str]) -> int:
    """A checksum of a row's fields as written (padded to 23): what a re-read must give back.

    Fields that need no quoting are checksummed as the line they make (so a re-read
    line needs no splitting); any other row in a form no unquoted line can take, so a
    value with a ';' that was not quoted (a shifted column) can never match.
    """
    if len(fields) < REQUIRED_FIELDS:
        fields = fields + [""] * (REQUIRED_FIELDS - len(fields))
    line = ";".join(fields)
    if line.count(";") == len(fields) - 1 and '"' not in line and "\n" not in line and "\r" not in line:
        return crc32(line.encode("utf-8"))
    return crc32(b"\x00" + "\x1f".join(fields).encode("utf-8"))
