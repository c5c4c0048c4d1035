"""Undo steps: every user change is a swap of the document's immutable State."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from ..document import State


class StateCommand(QUndoCommand):
    """Replace the document state; `rows` says which rows changed (None: all of them)."""

    def __init__(self, session, before: State, after: State, text: str,
                 rows: frozenset[int] | None = None) -> None:
        super().__init__(text)
        self.session = session
        self.before = before
        self.after = after
        self.rows = rows

    def redo(self) -> None:
        self.session.apply_state(self.after, self.rows)

    def undo(self) -> None:
        self.session.apply_state(self.before, self.rows)
