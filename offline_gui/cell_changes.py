"""Which cells of a row the app or the user changed: the row as saved against its source.

Feeds the table's change marks and the "What changed" list. Every changed cell
names why: "edit" for a value typed, pasted or replaced, else the accepted
fix rule(s) that changed it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import NamedTuple

from .document import Document, canonical
from .fixing import apply_rules


class Change(NamedTuple):
    row: int          # 0-based data row
    column: int       # 0-based contract column
    before: str       # the source's value
    after: str        # the value as saved
    rule: str         # "edit", or the fix rule(s) that changed it ("number-decimal-comma")


def source_row(doc: Document, row: int) -> list[str]:
    """The source's fields in contract order, before any rule or edit."""
    state = doc.state
    fields = doc.table.decoded(row).fields
    return canonical(fields, state.mapping, state.identity, time_source=state.time_source, dropped=state.dropped)


def row_changes(doc: Document, row: int) -> list[Change]:
    state = doc.state
    if row in state.deleted or (not state.rules and row not in state.edits):
        return []
    before, after = source_row(doc, row), doc.row(row)
    width = max(len(before), len(after))
    before += [""] * (width - len(before))
    after = after + [""] * (width - len(after))
    changed = [c for c in range(width) if before[c] != after[c]]
    if not changed:
        return []
    edited = state.edits.get(row)
    out = []
    for col in changed:
        by_rule = [rule for rule in sorted(state.rules)
                   if (apply_rules(before, frozenset({rule}), state.ctx) + [""] * width)[col] != before[col]]
        typed = edited is not None and not by_rule
        out.append(Change(row, col, before[col], after[col], "edit" if typed else ", ".join(by_rule) or "edit"))
    return out


def all_changes(doc: Document, limit: int = 10_000,
                cancelled: Callable[[], bool] | None = None) -> Iterator[Change]:
    """Changes over the whole document, in row order (the first `limit`)."""
    state = doc.state
    rows = range(doc.row_count) if state.rules else sorted(state.edits)
    shown = 0
    for row in rows:
        if cancelled is not None and row % 4096 == 0 and cancelled():
            return
        for change in row_changes(doc, row):
            yield change
            shown += 1
            if shown >= limit:
                return
