"""Edit › Delete rows, Restore rows, Copy, Paste: what a clerk does in Excel, each one
undo step, never touching the source file."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from ..spec import REQUIRED_FIELDS
from .clipboard import from_tsv, to_tsv
from .find_replace import FindReplaceDialog
from .what_changed import WhatChangedDialog

COPY_ROWS_MAX = 100_000      # a clipboard of more is no help to anyone, and slow to build
PASTE_ROWS_MAX = 100_000


class EditActions(QObject):
    def __init__(self, window, session) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.find_dialog: FindReplaceDialog | None = None
        self.changes_dialog: WhatChangedDialog | None = None

    def actions(self) -> dict[str, QAction]:
        """The Edit and View menu entries this class answers, with their shortcuts."""
        def make(text: str, slot, shortcuts: list, tip: str) -> QAction:
            action = QAction(text, self.window)
            action.setShortcuts(shortcuts)
            action.setStatusTip(tip)
            action.setToolTip(tip)
            action.triggered.connect(slot)
            return action
        key = QKeySequence
        return {
            "copy": make(self.tr("&Copy"), self.copy, [key(key.StandardKey.Copy)],
                         self.tr("Copy the selected cells (paste them into Excel)")),
            "paste": make(self.tr("&Paste"), self.paste, [key(key.StandardKey.Paste)],
                          self.tr("Paste cells copied in Excel from the selected cell on (one undo step)")),
            "delete_rows": make(self.tr("&Delete rows"), self.delete_rows, [key("Ctrl+-")],
                                self.tr("Leave the selected rows out of the upload (Ctrl+Z or Restore rows "
                                        "brings them back)")),
            "restore_rows": make(self.tr("R&estore rows"), self.restore_rows, [key("Ctrl+Shift+-")],
                                 self.tr("Bring deleted rows back into the upload")),
            "find": make(self.tr("&Find and replace…"), self.find, [key(key.StandardKey.Find), key("Ctrl+H")],
                         self.tr("Find a value; replace it within one column, with a preview")),
            "what_changed": make(self.tr("&What changed…"), self.what_changed, [],
                                 self.tr("Every cell that differs from your original file, and why")),
        }

    def find(self) -> None:
        """Ctrl+F (and Ctrl+H): one dialog, kept while the file is open."""
        if self.session.doc is None:
            return
        if self.find_dialog is None:
            self.find_dialog = FindReplaceDialog(self.window, self.session)
        self.find_dialog.fill_columns()
        self.find_dialog.show()
        self.find_dialog.raise_()
        self.find_dialog.find_edit.setFocus()
        self.find_dialog.find_edit.selectAll()

    def what_changed(self) -> None:
        if self.session.doc is None:
            return
        if self.changes_dialog is None:
            self.changes_dialog = WhatChangedDialog(self.window, self.session)
            self.changes_dialog.go_to.connect(self.view.go_to)
        self.changes_dialog.show()
        self.changes_dialog.raise_()
        self.changes_dialog.refresh()

    @property
    def view(self):
        return self.window.table_view

    @property
    def model(self):
        return self.window.model

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 8000)

    def _ready(self) -> bool:
        if self.session.doc is None:
            return False
        if self.session.checking and not self.session.indexing:   # (a check of a file still read restarts)
            self._status(self.tr("Please wait until the check has finished."))
            return False
        return True

    def selected_rows(self) -> set[int]:
        indexes = self.view.selectionModel().selectedIndexes() or [self.view.currentIndex()]
        return {self.model.doc_row(i.row()) for i in indexes if i.isValid()}

    def delete_rows(self) -> None:
        if not self._ready():
            return
        rows = self.selected_rows()
        self.session.delete_rows(rows)
        self._status(self.tr("%n rows deleted: they are not uploaded. Ctrl+Z or Edit › Restore rows brings "
                             "them back.", "", len(rows)))

    def restore_rows(self) -> None:
        if not self._ready():
            return
        self.session.restore_rows(self.selected_rows())

    def copy(self) -> None:
        if self.session.doc is None:
            return
        indexes = self.view.selectionModel().selectedIndexes() or [self.view.currentIndex()]
        indexes = [i for i in indexes if i.isValid()]
        if not indexes:
            return
        rows = sorted({i.row() for i in indexes})
        cols = range(min(i.column() for i in indexes), max(i.column() for i in indexes) + 1)
        if len(rows) > COPY_ROWS_MAX:
            self._status(self.tr("Select at most {n:,} rows to copy.").format(n=COPY_ROWS_MAX))
            return
        grid = []
        for view_row in rows:
            fields = self.session.doc.row(self.model.doc_row(view_row))
            grid.append([fields[c] if c < len(fields) else "" for c in cols])
        QApplication.clipboard().setText(to_tsv(grid))
        self._status(self.tr("Copied %n rows.", "", len(grid)))

    def clear_selection(self) -> None:
        """Delete on several selected cells empties them all: one undo step."""
        if not self._ready():
            return
        indexes = [i for i in self.view.selectionModel().selectedIndexes() if i.isValid()]
        self._apply({(i.row(), i.column()): "" for i in indexes}, 0, self.tr("Empty cells"))

    def paste(self) -> None:
        """Clipboard cells from Excel (or this app) from the selected cell on: one undo step."""
        if not self._ready():
            return
        grid = from_tsv(QApplication.clipboard().text())
        if not grid:
            return
        indexes = [i for i in self.view.selectionModel().selectedIndexes() if i.isValid()]
        current = self.view.currentIndex()
        if not indexes and not current.isValid():
            return
        top = min((i.row() for i in indexes), default=current.row())
        left = min((i.column() for i in indexes), default=current.column())
        if len(grid) == 1 and len(grid[0]) == 1 and len(indexes) > 1:
            # one value onto a selection fills it, as in a spreadsheet
            targets = {(i.row(), i.column()): grid[0][0] for i in indexes}
        else:
            targets = {(top + r, left + c): v for r, line in enumerate(grid[:PASTE_ROWS_MAX])
                       for c, v in enumerate(line)}
        self._apply(targets, len(grid), self.tr("Paste"))

    def _apply(self, targets: dict[tuple[int, int], str], pasted_rows: int, undo_text: str) -> None:
        doc, model = self.session.doc, self.model
        view_rows, width = model.rowCount(), doc.width()
        changed: dict[int, list[str]] = {}
        outside = 0
        for (view_row, col), value in sorted(targets.items()):
            if view_row >= view_rows or col >= width:
                outside += 1
                continue
            row = model.doc_row(view_row)
            fields = changed.get(row)
            if fields is None:
                fields = doc.row(row)
                fields += [""] * (max(REQUIRED_FIELDS, col + 1) - len(fields))
                changed[row] = fields
            fields[col] = value

        def unchanged(row: int, fields: list[str]) -> bool:
            now = doc.row(row)
            return fields == now + [""] * (len(fields) - len(now))
        changed = {r: f for r, f in changed.items() if not unchanged(r, f)}
        self.session.edit_rows(changed, undo_text)
        text = self.tr("Changed %n rows (Ctrl+Z undoes it).", "", len(changed))
        if outside:
            text += " " + self.tr("%n cells fell outside the table and were not pasted (rows cannot be "
                                  "added here).", "", outside)
        if pasted_rows > PASTE_ROWS_MAX:
            text += " " + self.tr("Only the first {n:,} rows were pasted.").format(n=PASTE_ROWS_MAX)
        self._status(text)
