"""View › What changed: every cell the app or the user changed, before → after and why,
drawn from the same change records as the table's marks. A click goes to the cell."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..catalog import CATALOG
from ..cell_changes import all_changes
from ..spec import column_name
from .workers import Job

LIMIT = 10_000


class WhatChangedDialog(QDialog):
    go_to = Signal(int, int)
    listed = Signal()

    def __init__(self, window, session) -> None:
        super().__init__(window)
        self.setObjectName("WhatChanged")
        self.setWindowTitle(self.tr("What changed"))
        self.session = session
        self.changes: list = []
        self._job: Job | None = None
        layout = QVBoxLayout(self)
        self.intro = QLabel(self.tr("Looking for changes…"))
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Column"), self.tr("Before"),
                                              self.tr("After"), self.tr("Why")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for col in (0, 1):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.cellActivated.connect(self._activated)
        self.table.cellDoubleClicked.connect(self._activated)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 480)

    def refresh(self) -> None:
        doc = self.session.snapshot()
        if doc is None:
            return
        if self._job is not None:
            self._job.cancel()
        self.intro.setText(self.tr("Looking for changes…"))
        job = Job(lambda _p, cancelled, _partial: list(all_changes(doc, LIMIT, cancelled)), "changes", self)
        self._job = job
        job.succeeded.connect(lambda changes, j=job, d=doc: self._show(j, d, changes))
        self.session.start_job(job)

    def _show(self, job: Job, doc, changes: list) -> None:
        if job is not self._job:
            return
        self._job = None
        self.changes = changes
        deleted = len(doc.state.deleted)
        text = self.tr("%n cells differ from your original file.", "", len(changes))
        if len(changes) >= LIMIT:
            text = self.tr("The first {n:,} changed cells.").format(n=LIMIT)
        if deleted:
            text += " " + self.tr("%n rows are deleted (not uploaded).", "", deleted)
        self.intro.setText(text + " " + self.tr("Your original file itself is never changed."))
        self.table.setRowCount(len(changes))
        for r, change in enumerate(changes):
            why = self.tr("typed, pasted or replaced") if change.rule == "edit" else ", ".join(
                CATALOG[code].title if code in CATALOG else code for code in change.rule.split("+"))
            for c, value in enumerate((str(doc.table.source_row(change.row)), column_name(change.column),
                                       change.before, change.after, why)):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.listed.emit()

    def _activated(self, r: int, _c: int) -> None:
        if 0 <= r < len(self.changes):
            change = self.changes[r]
            self.go_to.emit(change.row, change.column)
