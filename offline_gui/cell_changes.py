"""The whole document's changes for the "What changed" list, from the engine's change
log (`changes.row_changes`: the same records the writer applies), row by row."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from .changes import Change, row_changes
from .document import Document


def all_changes(doc: Document, limit: int = 10_000,
                cancelled: Callable[[], bool] | None = None) -> Iterator[Change]:
    """Changes over the whole document, in row order (the first `limit`); deleted rows have none."""
    state = doc.state
    rows = range(doc.row_count) if state.rules or state.dropped or state.time_source is not None \
        else sorted(state.edits)
    shown = 0
    for row in rows:
        if cancelled is not None and row % 4096 == 0 and cancelled():
            return
        if row in state.deleted:
            continue
        for change in row_changes(doc, row):
            yield change
            shown += 1
            if shown >= limit:
                return
