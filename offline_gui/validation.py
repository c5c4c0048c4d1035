"""Rows in contract order -> findings. Pure: no I/O, no Qt, mergeable per chunk.

Two ways in: `scan` checks rows that were already decoded and laid out (edits,
odd encodings), and `scan_block` checks a block of raw bytes with a fast path
for clean lines (the common case), so a million rows take seconds.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import numpy as np

from . import values
from .catalog import CATALOG, CODES, Severity
from .diagnostics import FoundStore
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
    max_fields: int = 0

    def merge(self, other: ScanResult) -> None:
        self.found.extend(other.found)
        self.rows += other.rows
        self.orders.update(other.orders)
        for key, example in other.order_examples.items():
            self.order_examples.setdefault(key, example)
        self.hashes.extend(other.hashes)
        self.max_fields = max(self.max_fields, other.max_fields)
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
        self.hint = (" " + delimiter, delimiter + " ", "\t" if delimiter != "\t" else "\v", "\n", "\r")

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

    def check(self, row: int, text: str, f: list[str], nfields: int, bad_encoding: bool) -> None:
        add = self.add
        if bad_encoding:
            add(row, -1, "encoding-line")
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
        if not name.strip():
            add(row, EVENT_NAME, "mandatory-missing")
        else:
            self._ws(row, EVENT_NAME, name)
        for col in (NUM1, NUM2):
            v = f[col]
            if not (v.isdigit() or values.NUMBER.fullmatch(v)):
                stripped = self._ws(row, col, v)
                code = values.check_number(stripped) if stripped else "mandatory-missing"
                if code:
                    add(row, col, code)
        if any(h in text for h in self.hint) or text[:1] == " " or text[-1:] == " ":
            for col, v in enumerate(f):
                if "\n" in v or "\r" in v:
                    add(row, col, "line-break")
                elif col not in _CHECKED and v and (v[0] in " \t" or v[-1] in " \t"):
                    add(row, col, "whitespace")

    def _ws(self, row: int, col: int, value: str) -> str:
        stripped = value.strip()
        if stripped != value and stripped:
            self.add(row, col, "whitespace")
        return stripped

    def _timestamp(self, row: int, ts: str) -> None:
        known = self.ts_bad.get(ts)
        if known is None:
            stripped = ts.strip()
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
            self.result.order_examples.setdefault(found_orders, ts.strip())


_CHECKED = {TIMESTAMP, CUSTOMER_ID, EVENT_TYPE, EVENT_NAME, NUM1, NUM2}

RowInput = tuple[int, str, list[str], int, bool]  # row, source text, fields, source field count, bad encoding


def scan(rows: Iterable[RowInput], first_row: int = 0, delimiter: str = ";") -> ScanResult:
    """Check rows already decoded and in contract column order."""
    result = ScanResult(first_row=first_row)
    checker = RowChecker(result, delimiter)
    hashes: list[int] = []
    for row, text, f, nfields, bad_encoding in rows:
        hashes.append(hash(text))
        result.max_fields = max(result.max_fields, nfields)
        checker.check(row, text, f, nfields, bad_encoding)
    result.rows = len(hashes)
    result.hashes.append(np.array(hashes, dtype=np.int64))
    return result


def check_row(row: int, fields: list[str], nfields: int | None = None, text: str | None = None) -> ScanResult:
    """Findings of one row (after an edit), with the same rules as a full scan."""
    if text is None:
        text = ";".join(fields)
    return scan([(row, text, fields, len(fields) if nfields is None else nfields, False)], row)


BLOCKING = frozenset(code for code, info in CATALOG.items()
                     if info.severity is Severity.ERROR and code != "field-count")


@dataclass
class BlockOutput:
    """What a fix pass writes for a block: the lines, and the rows it left out."""
    lines: list[str] = field(default_factory=list)
    rejected: dict[int, list[str]] = field(default_factory=dict)  # row -> blocking codes


def scan_block(text: str, first_row: int, spans: dict[int, int], unclosed: set[int], delimiter: str,
               mapping: tuple[int, ...], dirty_row: Callable[[int, str, bool], tuple[list[str], str, int]],
               edits: dict | None = None, output: BlockOutput | None = None,
               format_row: Callable[[list[str]], str] | None = None) -> ScanResult:
    """Check the records of one decoded block of lines.

    Clean lines (the vast majority) are recognised with a handful of string
    tests on the first seven fields, without building the row; anything else
    goes through `dirty_row(row, text, unclosed)` -> (fields in contract order
    with the user's rules applied, text for duplicates, source field count) and
    the full RowChecker.
    """
    result = ScanResult(first_row=first_row)
    checker = RowChecker(result, delimiter)
    found = result.found
    ts_ok = checker.ts_ok
    number = values.NUMBER.fullmatch
    hashes: list[int] = []
    hash_append = hashes.append
    identity = all(s == t for t, s in enumerate(mapping))
    p_ts, p_id, p_et, _, p_name, p_n1, p_n2 = mapping[:7]
    cut = max(mapping[:7]) + 1
    sp_d, d_sp = " " + delimiter, delimiter + " "
    verbatim = output is not None and identity and delimiter == ";"
    out_append = output.lines.append if output is not None else None
    if "\r" in text:
        text = text.replace("\r\n", "\n")
        if text[-1:] == "\r":  # the block ends before the last line's "\n"
            text = text[:-1]
    lines = iter(text.split("\n"))
    row = first_row - 1
    max_fields = 0
    for line in lines:
        if not line:
            continue
        row += 1
        clean = False
        if '"' not in line and not (edits and row in edits):
            parts = line.split(delimiter, cut)
            n = len(parts)
            if n > cut:
                n = cut + parts[cut].count(delimiter) + 1
            if n > max_fields:
                max_fields = n
            if n >= REQUIRED_FIELDS and n > cut - 1:
                ts = parts[p_ts]
                cid = parts[p_id]
                name = parts[p_name]
                v1 = parts[p_n1]
                v2 = parts[p_n2]
                clean = (
                    parts[p_et] == "7"
                    and (ts in ts_ok or checker.valid_timestamp(ts))
                    and (cid.isdigit() or (cid != "" and not cid[0].isdigit()
                                           and cid[0] != " " and cid[-1] != " "))
                    and name != "" and name[0] != " " and name[-1] != " "
                    and (v1.isdigit() or _plain_decimal(v1) or number(v1) is not None)
                    and (v2.isdigit() or _plain_decimal(v2) or number(v2) is not None)
                    and sp_d not in line and d_sp not in line and "\t" not in line
                    and line[0] != " " and line[-1] != " " and "\r" not in line
                )
        if clean:
            hash_append(hash(line))
            if out_append is not None:
                out_append(line if verbatim else format_row(_ordered(line.split(delimiter), mapping)))
            continue
        span = spans.get(row - first_row, 1) if spans else 1
        if span > 1:
            line = "\n".join([line] + [next(lines, "") for _ in range(span - 1)])
        fields, dup_text, nfields = dirty_row(row, line, (row - first_row) in unclosed)
        hash_append(hash(dup_text))
        if nfields > max_fields:
            max_fields = nfields
        before = len(found)
        checker.check(row, line, fields, nfields, False)
        if output is not None:
            blocking = [c for c in found.codes_since(before) if c in BLOCKING]
            if blocking:
                output.rejected[row] = blocking
            else:
                out_append(format_row(fields))
    result.rows = row - first_row + 1
    result.max_fields = max_fields
    result.hashes.append(np.array(hashes, dtype=np.int64))
    return result


def _plain_decimal(v: str) -> bool:
    """1234.50: a string test, several times cheaper than the regex it stands in for."""
    return v.replace(".", "", 1).isdigit() and v[0] != "." and v[-1] != "."


def _ordered(fields: list[str], mapping: tuple[int, ...]) -> list[str]:
    n = len(fields)
    out = [fields[m] if m < n else "" for m in mapping]
    used = set(mapping)
    out.extend(fields[i] for i in range(n) if i not in used)
    return out


def code_name(code_id: int) -> str:
    return CODES[code_id]
