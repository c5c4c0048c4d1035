"""Find and replace over the rows as saved: pure functions the app runs in a worker.

Find walks one full turn from just after the current cell; replace works within
one column and returns every change for a preview before anything happens.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from .document import Document
from .totals import BLOCK_ROWS, rows_in_blocks

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


def _rows(doc: Document, lo: int, hi: int, cancelled: Cancelled) -> Iterator[tuple[int, str, list[str]]]:
    for start in range(lo, hi, BLOCK_ROWS):
        if cancelled is not None and cancelled():
            return
        for row, text, fields, *_rest in doc.iter_rows(start, min(start + BLOCK_ROWS, hi)):
            yield row, text, fields


def _text_may_hold(doc: Document, needle: str, match_case: bool) -> Callable[[int, str], bool]:
    """A quick test on a record's source text that never misses a match: when no rule, edit or
    joined column changes values, every value is a piece of the text (quotes aside)."""
    state = doc.state
    exact = not state.rules and state.time_source is None and not any(c in needle for c in '"\r\n')
    key = needle if match_case else needle.casefold()
    edits = state.edits

    def may_hold(row: int, text: str) -> bool:
        if not exact or row in edits:
            return True
        return key in (text if match_case else text.casefold())
    return may_hold


def _cells(doc: Document, needle: str, match_case: bool, start_row: int, start_col: int, only: int | None,
           cancelled: Cancelled) -> Iterator[tuple[int, int, list[str]]]:
    """Cells after the current one to the end, then from the top back to it: one full turn."""
    def cols(fields: list[str]):
        if only is None:
            return range(len(fields))
        return [only] if only < len(fields) else []

    deleted, may_hold = doc.state.deleted, _text_may_hold(doc, needle, match_case)
    for lo, hi, after in ((start_row, doc.row_count, True), (0, start_row + 1, False)):
        for row, text, fields in _rows(doc, lo, hi, cancelled):
            if row in deleted or not may_hold(row, text):
                continue
            for col in cols(fields):
                if row != start_row or (col > start_col) == after:
                    yield row, col, fields


def find_next(doc: Document, needle: str, start_row: int, start_col: int, column: int | None,
              match_case: bool, cancelled: Cancelled = None) -> tuple[int, int] | None:
    for row, col, fields in _cells(doc, needle, match_case, start_row, start_col, column, cancelled):
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
