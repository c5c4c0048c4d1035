"""What the user is working on: the table plus their decisions, as a light overlay.

Layers, bottom to top: source rows -> column mapping -> accepted rules (fix all
like this) -> cell edits. The source is never changed; undo restores a state.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from .fixing import FixContext, apply_rules
from .reading.dialect import is_identity
from .spec import REQUIRED_FIELDS
from .table import Table


@dataclass(frozen=True)
class State:
    """Everything a user can change; small and immutable, so undo is a swap."""
    mapping: tuple[int, ...]
    rules: frozenset[str] = frozenset()
    ctx: FixContext = FixContext()
    edits: dict[int, tuple[str, ...]] = field(default_factory=dict)  # row -> canonical fields


def canonical(fields: list[str], mapping: tuple[int, ...], identity: bool) -> list[str]:
    """Source fields in contract order; source columns the mapping skips go last."""
    if identity:
        if len(fields) < len(mapping):
            return fields + [""] * (len(mapping) - len(fields))
        return fields
    n = len(fields)
    out = [fields[m] if m < n else "" for m in mapping]
    if n > len(mapping) or any(m >= len(mapping) for m in mapping):
        used = set(mapping)
        out.extend(fields[i] for i in range(n) if i not in used)
    return out


class Document:
    def __init__(self, table: Table) -> None:
        self.table = table
        self.state = State(mapping=table.layout.mapping)

    @property
    def row_count(self) -> int:
        return self.table.row_count

    def with_state(self, **changes) -> State:
        return replace(self.state, **changes)

    def row(self, row: int) -> list[str]:
        """The row as it will be saved."""
        return self._effective(row)[0]

    def source_field_count(self, row: int) -> int:
        """The field count the checker judges (the source's, unless edited or padded)."""
        return self._effective(row)[1]

    def _effective(self, row: int) -> tuple[list[str], int]:
        fields = [] if row in self.state.edits else self.table.fields(row)
        return effective_row(row, fields, self.state, is_identity(self.state.mapping))

    def iter_rows(self, lo: int = 0, hi: int | None = None) -> Iterator[tuple[int, str, list[str], int, bool]]:
        """(row, source text, fields as saved, source field count, odd encoding)."""
        hi = self.row_count if hi is None else hi
        yield from rows_for_scan(self.table.iter_rows(lo, hi), self.state)

    def width(self) -> int:
        return max(REQUIRED_FIELDS, len(self.state.mapping))


def effective_row(row: int, fields: list[str], state: State, identity: bool) -> tuple[list[str], int]:
    """One decoded source row as it will be saved, and the field count the checker judges.

    The single place the layers meet: cell edits win; otherwise the mapping, then
    the accepted rules (an accepted field-count rule means the row will be padded).
    """
    edited = state.edits.get(row) if state.edits else None
    if edited is not None:
        return list(edited), max(len(edited), REQUIRED_FIELDS)
    nfields = len(fields)
    if "field-count" in state.rules:
        nfields = max(nfields, REQUIRED_FIELDS)
    out = canonical(fields, state.mapping, identity)
    if state.rules:
        out = apply_rules(out, state.rules, state.ctx)
    return out, nfields


def rows_for_scan(rows, state: State) -> Iterator[tuple[int, str, list[str], int, bool]]:
    """Apply a state's layers to decoded source rows (row, text, fields, bad encoding)."""
    identity = is_identity(state.mapping)
    accept_encoding = "encoding-line" in state.rules
    for row, text, fields, bad in rows:
        out, nfields = effective_row(row, fields, state, identity)
        if state.edits and row in state.edits:
            text = ";".join(out)
        yield row, text, out, nfields, bad and not accept_encoding
