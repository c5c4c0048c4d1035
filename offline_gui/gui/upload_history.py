"""File › Upload history: every upload, newest first, from the history lines in the data folder."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..upload.history import history_path, read_history


class UploadHistoryDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Upload history"))
        self.resize(900, 420)
        layout = QVBoxLayout(self)
        entries = read_history()
        self.table = QTableWidget(len(entries), 5)
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("File"), self.tr("Rows"),
                                              self.tr("Destination"), self.tr("Result")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        for row, e in enumerate(entries):
            when = e.when.replace("T", " ").replace("Z", " UTC")
            result = self.tr("uploaded") if e.ok else e.result
            values = (when, e.file, f"{e.rows:,}", e.destination, result)
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                if col == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        note = QLabel(self.tr("Uploads: %n, kept in {path}", "", len(entries)).format(path=history_path())
                      if entries else self.tr("Nothing uploaded yet."))
        note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
