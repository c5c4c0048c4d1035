"""Totals to reconcile with the till's end-of-day report: rows, date range, distinct
customers, Num1 and Num2 per day and per store.

Values are taken as they will be saved. A value still waiting for a fix counts as
its fix would write it when that fix is unambiguous (`94,64` -> 94.64, a stamp
whose day/month order its own digits settle); anything else is left out of the
sums and counted, never guessed. Sums are exact decimals: these are money.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from .document import Document
from .spec import COLUMNS, CUSTOMER_ID, NUM1, NUM2, REQUIRED_FIELDS, TIMESTAMP, column_name, normalize_name
from .values import CANONICAL_TS, NUMBER, convert_timestamp, fix_number, timestamp_orders

# Free dimensions (Var1..Var5, then the product attributes) a store column may sit in.
FREE_COLUMNS = tuple(i for i, c in enumerate(COLUMNS) if c.name.startswith(("Var", "EventName Attr")))
_STORE_WORDS = ("magaza", "store", "shop", "sube", "branch", "outlet", "filiale", "dukkan")


@dataclass
class Sums:
    rows: int = 0
    num1: Decimal = Decimal(0)
    num2: Decimal = Decimal(0)

    def add(self, num1: Decimal, num2: Decimal) -> None:
        self.rows += 1
        self.num1 += num1
        self.num2 += num2


@dataclass
class Totals:
    rows: int = 0
    first: str | None = None
    last: str | None = None
    customers: int = 0
    all: Sums = field(default_factory=Sums)
    per_day: dict[str, Sums] = field(default_factory=dict)
    per_store: dict[str, Sums] = field(default_factory=dict)
    store_column: int | None = None
    skipped: int = 0          # rows whose stamp or numbers could not be read: not in any sum

    @property
    def num1_text(self) -> str:
        return decimal_text(self.all.num1)

    @property
    def num2_text(self) -> str:
        return decimal_text(self.all.num2)

    @property
    def store_name(self) -> str:
        return column_name(self.store_column) if self.store_column is not None else ""


def decimal_text(value: Decimal) -> str:
    return f"{value:f}"


def source_header(doc: Document, column: int) -> str:
    """The file's own header name of a contract column ("" without a header)."""
    header, mapping = doc.table.layout.header, doc.state.mapping
    source = mapping[column] if column < len(mapping) else column
    return header[source] if doc.table.layout.has_header and source < len(header) else ""


def default_store_column(doc: Document) -> int | None:
    """The first free dimension whose header looks like a store (Mağaza, Şube, Store …)."""
    for column in FREE_COLUMNS:
        name = normalize_name(source_header(doc, column)).replace(" ", "")
        if name and any(word in name for word in _STORE_WORDS):
            return column
    return None


def _number(value: str) -> Decimal | None:
    value = value.strip()
    if not NUMBER.fullmatch(value):
        value = fix_number(value) or ""
        if not NUMBER.fullmatch(value):
            return None
    try:
        return Decimal(value)
    except InvalidOperation:
        return None


def _stamp(value: str, order: str | None) -> str | None:
    value = value.strip()
    if CANONICAL_TS.fullmatch(value):
        return value
    orders = timestamp_orders(value)
    pick = order if order in orders else (next(iter(orders)) if len(orders) == 1 else None)
    return convert_timestamp(value, pick) if pick else None


BLOCK_ROWS = 65536
_MISSING = object()
NUMBER_CACHE = 100_000


def _cached_number(cache: dict[str, Decimal | None], text: str) -> Decimal | None:
    found = cache.get(text, _MISSING)
    if found is _MISSING:
        found = _number(text)
        if len(cache) < NUMBER_CACHE:
            cache[text] = found
    return found


def rows_in_blocks(doc: Document, cancelled: Callable[[], bool] | None = None, lo: int = 0):
    """(row, fields as saved) a block at a time: decoding the whole file at once would hold it all."""
    for start in range(lo, doc.row_count, BLOCK_ROWS):
        if cancelled is not None and cancelled():
            return
        for row, _text, fields, *_rest in doc.iter_rows(start, min(start + BLOCK_ROWS, doc.row_count)):
            yield row, fields


def compute_totals(doc: Document, store_column: int | None = None, date_order: str | None = None,
                   cancelled: Callable[[], bool] | None = None) -> Totals:
    """One pass over the rows as saved. `store_column` None: the default store column;
    `date_order` the day/month order a check decided for the column (or the user chose)."""
    store = default_store_column(doc) if store_column is None else store_column
    store = None if store is not None and store < 0 else store   # -1: the user chose no store column
    totals = Totals(rows=doc.kept_rows, store_column=store)
    deleted = doc.state.deleted
    customers: set[int] = set()   # hashes, not the ids: a million ids stay ~40 MB, not 100
    order = doc.state.ctx.date_order or date_order
    numbers: dict[str, Decimal | None] = {}   # prices and amounts repeat: parse each text once
    for row, fields in rows_in_blocks(doc, cancelled):
        if row in deleted:
            continue
        if len(fields) < REQUIRED_FIELDS:
            fields = fields + [""] * (REQUIRED_FIELDS - len(fields))
        customer = fields[CUSTOMER_ID].strip()
        if customer:
            customers.add(hash(customer))
        stamp = _stamp(fields[TIMESTAMP], order)
        num1, num2 = _cached_number(numbers, fields[NUM1]), _cached_number(numbers, fields[NUM2])
        if stamp is None or num1 is None or num2 is None:
            totals.skipped += 1
            continue
        if totals.first is None or stamp < totals.first:
            totals.first = stamp
        if totals.last is None or stamp > totals.last:
            totals.last = stamp
        totals.all.add(num1, num2)
        totals.per_day.setdefault(stamp[:10], Sums()).add(num1, num2)
        if store is not None:
            name = fields[store].strip() if store < len(fields) else ""
            totals.per_store.setdefault(name, Sums()).add(num1, num2)
    totals.customers = len(customers)
    totals.per_day = dict(sorted(totals.per_day.items()))
    totals.per_store = dict(sorted(totals.per_store.items()))
    return totals
