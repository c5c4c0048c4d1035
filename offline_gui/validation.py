"""Rows in contract order -> findings. Pure: no I/O, no Qt, one pass, mergeable.

The hot loop is tuned for clean rows (the common case): one dictionary lookup
for a time stamp seen before, string tests before any regex.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np

from . import values
from .diagnostics import FoundStore
from .spec import CUSTOMER_ID, EVENT_NAME, EVENT_TYPE, NUM1, NUM2, REQUIRED_FIELDS, TIMESTAMP

_TS_CACHE_LIMIT = 200_000
_MANDATORY_TEXT = (EVENT_NAME,)


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
                self._see(ts)

    def _see(self, ts: str) -> None:
        if self.ts_min is None or ts < self.ts_min:
            self.ts_min = ts
        if self.ts_max is None or ts > self.ts_max:
            self.ts_max = ts


RowInput = tuple[int, str, list[str], int, bool]  # row, text, fields, source field count, bad encoding


def scan(rows: Iterable[RowInput], first_row: int = 0, delimiter: str = ";") -> ScanResult:
    """Check rows already in contract column order. `text` is the source line."""
    result = ScanResult(first_row=first_row)
    found = result.found
    add = found.add
    ts_ok: set[str] = set()
    ts_bad: dict[str, tuple[str, frozenset]] = {}
    orders = result.orders
    hashes: list[int] = []
    hash_append = hashes.append
    number = values.NUMBER.fullmatch
    count = 0
    max_fields = 0
    ts_min = ts_max = None
    sp_d, d_sp = " " + delimiter, delimiter + " "
    tab = "\t" if delimiter != "\t" else "\v"
    for row, text, f, nfields, bad_encoding in rows:
        count += 1
        hash_append(hash(text))
        if nfields > max_fields:
            max_fields = nfields
        if bad_encoding:
            add(row, -1, "encoding-line")
        if nfields < REQUIRED_FIELDS:
            add(row, -1, "field-count", nfields)
            if len(f) < REQUIRED_FIELDS:
                f = f + [""] * (REQUIRED_FIELDS - len(f))
        # Time stamp
        ts = f[TIMESTAMP]
        if ts not in ts_ok:
            if values.is_valid_timestamp(ts):
                if len(ts_ok) > _TS_CACHE_LIMIT:
                    ts_ok.clear()
                ts_ok.add(ts)
                if ts_min is None or ts < ts_min:
                    ts_min = ts
                if ts_max is None or ts > ts_max:
                    ts_max = ts
            else:
                _check_timestamp(row, ts, add, ts_bad, orders, result.order_examples)
        # Customer id
        cid = f[CUSTOMER_ID]
        if not cid.isdigit():
            _check_id(row, cid, add)
        # Event type
        et = f[EVENT_TYPE]
        if et != "7":
            stripped = _ws(row, EVENT_TYPE, et, add)
            code = values.check_event_type(stripped) if stripped else "mandatory-missing"
            if code:
                add(row, EVENT_TYPE, code)
        # Event name (product code): mandatory text
        name = f[EVENT_NAME]
        if not name or name[0] == " " or name[-1] == " ":
            if not name.strip():
                add(row, EVENT_NAME, "mandatory-missing")
            else:
                add(row, EVENT_NAME, "whitespace")
        # Numbers
        for col in (NUM1, NUM2):
            v = f[col]
            if not (v.isdigit() or number(v)):
                stripped = _ws(row, col, v, add)
                if not stripped:
                    add(row, col, "mandatory-missing")
                else:
                    code = values.check_number(stripped)
                    if code:
                        add(row, col, code)
        # Optional columns: stray spaces and line breaks, looked at only when the
        # whole line hints at them.
        if sp_d in text or d_sp in text or text[:1] == " " or text[-1:] == " " \
                or tab in text or "\n" in text or "\r" in text:
            _check_text_columns(row, f, add)
    result.rows = count
    result.max_fields = max_fields
    result.ts_min, result.ts_max = ts_min, ts_max
    result.hashes.append(np.array(hashes, dtype=np.int64))
    return result


def _ws(row: int, col: int, value: str, add) -> str:
    stripped = value.strip()
    if stripped != value and stripped:
        add(row, col, "whitespace")
    return stripped


def _check_timestamp(row: int, ts: str, add, ts_bad: dict, orders: Counter, examples: dict) -> None:
    known = ts_bad.get(ts)
    if known is None:
        stripped = ts.strip()
        if not stripped:
            known = ("mandatory-missing", frozenset())
        elif values.is_valid_timestamp(stripped):
            known = ("whitespace", frozenset())
        else:
            found_orders = values.timestamp_orders(stripped)
            known = ("timestamp-format" if found_orders else "timestamp-invalid", found_orders)
        if len(ts_bad) < _TS_CACHE_LIMIT:
            ts_bad[ts] = known
    code, found_orders = known
    add(row, TIMESTAMP, code)
    if found_orders:
        orders[found_orders] += 1
        examples.setdefault(found_orders, ts.strip())


def _check_id(row: int, cid: str, add) -> None:
    stripped = _ws(row, CUSTOMER_ID, cid, add)
    if not stripped:
        add(row, CUSTOMER_ID, "mandatory-missing")
        return
    code = values.check_customer_id(stripped)
    if code:
        add(row, CUSTOMER_ID, code)


_CHECKED = {TIMESTAMP, CUSTOMER_ID, EVENT_TYPE, EVENT_NAME, NUM1, NUM2}


def _check_text_columns(row: int, f: list[str], add) -> None:
    for col, v in enumerate(f):
        if "\n" in v or "\r" in v:
            add(row, col, "line-break")
        elif col not in _CHECKED and v and (v[0] in " \t" or v[-1] in " \t"):
            add(row, col, "whitespace")


def check_row(row: int, fields: list[str], nfields: int | None = None, text: str | None = None) -> ScanResult:
    """Findings of one row (after an edit), with the same rules as a full scan."""
    from .spec import DELIMITER
    if text is None:
        text = DELIMITER.join(fields)
    return scan([(row, text, fields, len(fields) if nfields is None else nfields, False)], row)
