"""The one diagnostic record, its fix, and a compact store for millions of them."""

from __future__ import annotations

from array import array
from dataclasses import dataclass, field

import numpy as np

from .catalog import CATALOG, CODE_IDS, CODES, Safety, Scope, Severity, render
from .i18n import N_, _, date_time, number
from .spec import column_name

# The catalog's messages that count things are plural; their English singular is here.
SINGULAR = {
    "blank-lines": N_("{count} blank line is skipped."),
    "date-order-ambiguous": N_("{count} time stamp such as {value} could be day/month or month/day."),
}


@dataclass(frozen=True)
class Fix:
    safety: Safety
    template: str              # English text (a gettext id); {fixed} and params fill it
    value: str | None = None   # the cell's new text, for cell fixes
    params: dict[str, object] = field(default_factory=dict, hash=False, compare=False)

    @property
    def description(self) -> str:
        """What the fix does, in the current language (rendered when shown, not when found)."""
        params = dict(self.params)
        if self.value is not None:
            params.setdefault("fixed", self.value)
        return render(_(self.template), params)

    def as_json(self) -> dict[str, object]:
        return {"safety": self.safety.value, "description": self.description, "value": self.value}


@dataclass(frozen=True)
class Diagnostic:
    code: str
    row: int | None            # 0-based data row, None for file-level findings
    column: int | None         # 0-based canonical column, None for file- and row-level
    value: str = ""
    params: dict[str, object] = field(default_factory=dict, hash=False, compare=False)
    fix: Fix | None = None

    @property
    def info(self):
        return CATALOG[self.code]

    @property
    def severity(self) -> Severity:
        return self.info.severity

    @property
    def message(self) -> str:
        template = self.info.message
        if self.params.get("count") == 1 and self.code in SINGULAR:
            template = SINGULAR[self.code]
        return render(_(template), self._params())

    @property
    def rule(self) -> str:
        return render(_(self.info.rule), self._params())

    @property
    def title(self) -> str:
        return _(self.info.title)

    def _params(self) -> dict[str, object]:
        params = {"value": _short(self.value)}
        if self.column is not None:
            params["column"] = column_name(self.column)
        if self.fix and self.fix.value is not None:
            params["fixed"] = self.fix.value
        params.update(self.params)
        # quantities and dates as the user writes them (4.523, 25.05.2024 in Turkish)
        if isinstance(params.get("count"), int):
            params["count"] = number(params["count"])
        for key in ("first", "last"):
            if isinstance(params.get(key), str):
                params[key] = date_time(params[key])
        return params

    @property
    def scope(self) -> Scope:
        return self.info.scope


def _short(value: str, limit: int = 60) -> str:
    value = value.replace("\n", "⏎").replace("\r", "")
    return value if len(value) <= limit else value[: limit - 1] + "…"


ROW_KEY = 1 << 32  # a finding's sort key: row, then column (+1, so -1 for the whole row comes first)


def cell_keys(rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """The sort key of each finding (see ROW_KEY), in one new array: fresh memory is costly
    here (the kernel zeroes each page first), a report may hold millions of findings."""
    keys = rows.astype(np.int64)
    keys *= ROW_KEY
    keys += cols
    keys += 1
    return keys


def stable_order(keys: np.ndarray) -> np.ndarray | None:
    """np.argsort(keys, kind="stable"), without sorting what comes sorted (None: in order).

    Each chunk's findings come in order from its worker and chunks follow each other, so a
    report's keys are sorted but for a short tail (the duplicates, found last): the tail is
    sorted on its own and put in place after the equal keys before it. A report of three
    million findings was sorted for 0.4 s, with the app waiting."""
    n = len(keys)
    falls = np.flatnonzero(keys[1:] < keys[:-1])
    if not len(falls):
        return None
    head = int(falls[0]) + 1   # keys[:head] are in order
    if n - head > n // 8:
        return np.argsort(keys, kind="stable")
    tail = head + np.argsort(keys[head:], kind="stable")
    return np.insert(np.arange(head), np.searchsorted(keys[:head], keys[tail], side="right"), tail)


class FoundStore:
    """Cell and row findings as four integer columns: 14 bytes each, no objects.

    Columns: data row, canonical column (-1 for the whole row), code id, extra
    (a number some codes need, e.g. the row a duplicate copies, or a field count).
    """

    def __init__(self) -> None:
        self._rows = array("i")
        self._cols = array("i")  # rows may be wider than 32,767 fields
        self._codes = array("h")
        self._extra = array("i")

    def add(self, row: int, col: int, code: str, extra: int = 0) -> None:
        self._rows.append(row)
        self._cols.append(col)
        self._codes.append(CODE_IDS[code])
        self._extra.append(extra)

    def add_many(self, rows: np.ndarray, col: int, code: str, extra: int = 0) -> None:
        """One finding in each of many rows (the column-wide path), without a call per row."""
        n = len(rows)
        self._rows.frombytes(np.asarray(rows, dtype=np.int32).tobytes())
        self._cols.frombytes(np.full(n, col, dtype=np.int32).tobytes())
        self._codes.frombytes(np.full(n, CODE_IDS[code], dtype=np.int16).tobytes())
        self._extra.frombytes(np.full(n, extra, dtype=np.int32).tobytes())

    def extend(self, other: FoundStore) -> None:
        self._rows.extend(other._rows)
        self._cols.extend(other._cols)
        self._codes.extend(other._codes)
        self._extra.extend(other._extra)

    def __len__(self) -> int:
        return len(self._rows)

    def codes_since(self, start: int) -> list[str]:
        return [CODES[c] for c in self._codes[start:]]

    def __iter__(self):
        for i in range(len(self._rows)):
            yield self._rows[i], self._cols[i], CODES[self._codes[i]], self._extra[i]

    def arrays(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        return (np.frombuffer(self._rows, dtype=np.int32) if self._rows else np.zeros(0, np.int32),
                np.frombuffer(self._cols, dtype=np.int32) if self._cols else np.zeros(0, np.int32),
                np.frombuffer(self._codes, dtype=np.int16) if self._codes else np.zeros(0, np.int16),
                np.frombuffer(self._extra, dtype=np.int32) if self._extra else np.zeros(0, np.int32))

    def in_cell_order(self) -> None:
        """Reorder by row, then column, stably (what a report's order needs, see stable_order)."""
        rows, cols, codes, extra = self.arrays()
        order = stable_order(cell_keys(rows, cols))
        if order is not None:
            self._rows, self._cols = array("i", rows[order].tobytes()), array("i", cols[order].tobytes())
            self._codes, self._extra = array("h", codes[order].tobytes()), array("i", extra[order].tobytes())

    def __getstate__(self):
        return (self._rows.tobytes(), self._cols.tobytes(), self._codes.tobytes(), self._extra.tobytes())

    def __setstate__(self, state) -> None:
        self._rows, self._cols = array("i", state[0]), array("i", state[1])
        self._codes, self._extra = array("h", state[2]), array("i", state[3])
