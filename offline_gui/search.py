"""Find and replace over the rows as saved: pure functions the app runs in a worker.

Find walks one full turn from just after the current cell; replace works within
one column and returns every change for a preview before anything happens.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from .document import Document
from .totals import rows_in_blocks

Cancelled = Callable[[], bool] | None


def matches(value: str, needle: str, match_case: bool) -> bool:
    return needle in value if match_case else needle.casefold() in value.casefold()


def replaced(value: str, needle: str, new_text: str, match_case: bool) -> str:
    if match_case:
        return value.replace(needle, new_text)
    low, key = value.casefold(), needle.casefold()
    if len(low) != len(value):   # casefold changed the length (ß → ss): only exact case is safe
        return value.replace(needle, new_text)
    out, i = [], 0
    while True:
        j = low.find(key, i)
        if j < 0:
            out.append(value[i:])
            return "".join(out)
        out.append(value[i:j] + new_text)
        i = j + len(needle)


def _cells(doc: Document, start_row: int, start_col: int, only: int | None,
           cancelled: Cancelled) -> Iterator[tuple[int, int, list[str]]]:
    """Cells after the current one to the end, then from the top back to it: one full turn."""
    def cols(fields: list[str]):
        if only is None:
            return range(len(fields))
        return [only] if only < len(fields) else []

    deleted = doc.state.deleted
    for row, fields in rows_in_blocks(doc, cancelled, start_row):
        if row not in deleted:
            yield from ((row, col, fields) for col in cols(fields) if row != start_row or col > start_col)
    for row, fields in rows_in_blocks(doc, cancelled):
        if row > start_row:
            return
        if row not in deleted:
            yield from ((row, col, fields) for col in cols(fields) if row != start_row or col <= start_col)


def find_next(doc: Document, needle: str, start_row: int, start_col: int, column: int | None,
              match_case: bool, cancelled: Cancelled = None) -> tuple[int, int] | None:
    for row, col, fields in _cells(doc, start_row, start_col, column, cancelled):
        if matches(fields[col], needle, match_case):
            return row, col
    return None


def plan_replace(doc: Document, needle: str, new_text: str, column: int, match_case: bool,
                 limit: int, cancelled: Cancelled = None) -> list[tuple[int, list[str], str]] | None:
    """(row, fields as saved, new value) for every cell of `column` that would change; None past `limit`."""
    out = []
    for row, fields in rows_in_blocks(doc, cancelled):
        if row in doc.state.deleted or column >= len(fields) or not matches(fields[column], needle, match_case):
            continue
        after = replaced(fields[column], needle, new_text, match_case)
        if after != fields[column]:
            out.append((row, fields, after))
            if len(out) > limit:
                return None
    return out
