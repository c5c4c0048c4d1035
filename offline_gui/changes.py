"""Every change a fix makes, as data: row, column, before, after, rule.

The writer and the change log get their rows from the same call (document.effective_row
with a log): the log is what was applied, not a comparison made afterwards.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .fixing import Edit
from .writing import format_row

HEADER = ("row", "column", "before", "after", "rule")
TYPED = "edit"        # a value a person typed in the app
ROW = -1              # a change to the whole record (a line read in another encoding)


@dataclass(frozen=True)
class Change:
    row: int          # 0-based data row
    column: int       # 0-based contract column, or ROW
    before: str
    after: str
    rule: str         # the catalog code(s) that made it ("whitespace+number-decimal-comma"), or "edit"


def merge(row: int, edits: Iterable[Edit]) -> list[Change]:
    """One change per cell: the first value before, the last after, the rules in order."""
    cells: dict[int, list] = {}
    for column, before, after, rule in edits:
        cell = cells.get(column)
        if cell is None:
            cells[column] = [before, after, [rule]]
        else:
            cell[1] = after
            if rule not in cell[2]:
                cell[2].append(rule)
    return [Change(row, column, before, after, "+".join(rules))
            for column, (before, after, rules) in sorted(cells.items()) if before != after]


def row_changes(doc, row: int) -> list[Change]:
    """The cells of one row that the upload will hold differently from the source, and why."""
    from .document import effective_row
    log: list[Edit] = []
    effective_row(row, doc.table.decoded(row), doc.state, doc.state.identity, log)
    return merge(row, log)


def change_line(change: Change, source_row: int, source_column: int | None) -> str:
    """One line of the change log file, rows and columns 1-based as `check` shows them."""
    column = "" if source_column is None else str(source_column)
    return format_row([str(source_row), column, change.before, change.after, change.rule])
