"""Decisions remembered per kind of export: clerks upload the same export every day.

A kind is the file's header (names folded the way header recognition folds them)
or, without a header, the shape of its columns (how many, and which hold time
stamps, numbers or text). What is remembered is what the user decided: the
column order, the day/month answer, the fixes accepted for the whole file and
the columns left out. It is only ever offered, never applied silently.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from .catalog import CATALOG
from .document import Document, State
from .fixing import FixContext
from .settings import settings_path
from .spec import column_name, normalize_name
from .values import NUMBER, is_valid_timestamp, timestamp_orders

MAX_KINDS = 50
STORE_KEY = "store_column"   # the totals' store column, chosen in the app
SHAPE_ROWS = 50


def memory_path() -> Path:
    return settings_path().with_name("decisions.json")


def _value_class(value: str) -> str:
    value = value.strip()
    if not value:
        return "-"
    if is_valid_timestamp(value) or timestamp_orders(value):
        return "t"
    return "n" if NUMBER.fullmatch(value.replace(",", ".")) else "x"


def export_kind(doc: Document) -> str:
    table = doc.table
    if table.layout.has_header:
        basis = "header:" + "|".join(normalize_name(n) for n in table.layout.header)
    else:
        rows = [table.decoded(r).fields for r in range(min(SHAPE_ROWS, table.row_count))]
        width = max((len(r) for r in rows), default=0)
        shape = []
        for col in range(width):
            classes = [_value_class(r[col]) for r in rows if col < len(r)]
            shape.append(max(set(classes), key=classes.count) if classes else "-")
        basis = "shape:" + "".join(shape)
    return hashlib.blake2b(basis.encode("utf-8"), digest_size=12).hexdigest()


@dataclass(frozen=True)
class Decisions:
    mapping: tuple[int, ...] | None
    rules: frozenset[str]
    date_order: str | None
    dropped: frozenset[int]
    saved: str = ""

    @classmethod
    def of(cls, doc: Document) -> Decisions:
        state = doc.state
        mapping = state.mapping if state.mapping != doc.table.layout.mapping else None
        order = state.ctx.date_order if not state.ctx.date_order_decided_by_data else None
        return cls(mapping, state.rules, order, state.dropped, dt.date.today().isoformat())

    def is_empty(self) -> bool:
        return self.mapping is None and not self.rules and self.date_order is None and not self.dropped

    def applies_to(self, doc: Document) -> bool:
        """Valid for this file, and not already what the document has."""
        if self.mapping is not None and len(self.mapping) != len(doc.table.layout.mapping):
            return False
        return self.state_for(doc) != doc.state

    def state_for(self, doc: Document) -> State:
        state = doc.state
        ctx = FixContext(self.date_order, False) if self.date_order else state.ctx
        return doc.with_state(mapping=self.mapping or state.mapping, rules=state.rules | self.rules,
                              ctx=ctx, dropped=state.dropped | self.dropped)

    def as_json(self) -> dict[str, object]:
        return {"mapping": list(self.mapping) if self.mapping is not None else None, "rules": sorted(self.rules),
                "date_order": self.date_order, "dropped": sorted(self.dropped), "saved": self.saved}

    @classmethod
    def from_json(cls, data: dict) -> Decisions | None:
        try:
            mapping = data.get("mapping")
            order = data.get("date_order")
            return cls(tuple(int(m) for m in mapping) if mapping is not None else None,
                       frozenset(str(r) for r in data.get("rules", ()) if str(r) in CATALOG),
                       order if order in ("dmy", "mdy") else None,
                       frozenset(int(c) for c in data.get("dropped", ())), str(data.get("saved", "")))
        except (TypeError, ValueError, AttributeError):
            return None


class Memory:
    """The remembered decisions, in a JSON file beside the settings (shared by app and CLI)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or memory_path()
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            self.kinds: dict[str, dict] = data if isinstance(data, dict) else {}
        except (OSError, ValueError):
            self.kinds = {}

    def recall(self, doc: Document) -> Decisions | None:
        data = self.kinds.get(export_kind(doc))
        found = Decisions.from_json(data) if isinstance(data, dict) else None
        return found if found is not None and not found.is_empty() and found.applies_to(doc) else None

    def remember(self, doc: Document) -> None:
        decisions = Decisions.of(doc)
        kind = export_kind(doc)
        store = self.kinds.pop(kind, {}).get(STORE_KEY)
        record = decisions.as_json() if not decisions.is_empty() else {}
        if store is not None:
            record[STORE_KEY] = store
        if record:
            self.kinds[kind] = record
        self._write()

    def store_column(self, doc: Document) -> int | None:
        """The store column the user picked for this kind of export (-1: none), if any."""
        record = self.kinds.get(export_kind(doc))
        value = record.get(STORE_KEY) if isinstance(record, dict) else None
        return value if isinstance(value, int) and value >= -1 else None

    def remember_store_column(self, doc: Document, column: int) -> None:
        kind = export_kind(doc)
        record = self.kinds.pop(kind, {})
        record[STORE_KEY] = column
        self.kinds[kind] = record
        self._write()

    def _write(self) -> None:
        while len(self.kinds) > MAX_KINDS:   # the oldest kinds go first (dicts keep insertion order)
            self.kinds.pop(next(iter(self.kinds)))
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_name(self.path.name + ".tmp")
            tmp.write_text(json.dumps(self.kinds, indent=1), encoding="utf-8")
            os.replace(tmp, self.path)
        except OSError:
            pass   # a failure only loses the offer next time


def dropped_names(decisions: Decisions, doc: Document) -> list[str]:
    """The contract names of the left-out source columns, for the app's wording."""
    mapping = decisions.mapping or doc.state.mapping
    return [column_name(mapping.index(c)) if c in mapping else str(c + 1) for c in sorted(decisions.dropped)]
