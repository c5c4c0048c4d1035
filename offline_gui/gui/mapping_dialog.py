"""Column order: which source column goes to each column of the upload file."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..document import Document
from ..spec import COLUMNS, REQUIRED_FIELDS, column_name

EMPTY_BASE = 1_000_000   # a source index past any real column: the target stays empty


class MappingDialog(QDialog):
    def __init__(self, doc: Document, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Column order"))
        self.resize(720, 640)
        table = doc.table
        sample = table.fields(0) if doc.row_count else []
        header = list(table.layout.header)
        self.source_width = max(len(header), len(sample), 1)
        mapping = doc.state.mapping
        self.width = max(len(mapping), REQUIRED_FIELDS)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Each column of the upload file (left) takes its values from one column of your "
                               "file (right). Change a choice if a column is in the wrong place."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.grid = QTableWidget(self.width, 2)
        self.grid.setHorizontalHeaderLabels([self.tr("Upload file column"), self.tr("Takes values from")])
        self.grid.verticalHeader().hide()
        self.grid.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.grid.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.combos: list[QComboBox] = []
        for c in range(self.width):
            mandatory = c < len(COLUMNS) and COLUMNS[c].mandatory
            self.grid.setItem(c, 0, QTableWidgetItem(column_name(c) + (" *" if mandatory else "")))
            combo = QComboBox()
            combo.addItem(self.tr("(leave empty)"), -1)
            for j in range(self.source_width):
                name = header[j] if j < len(header) else ""
                example = sample[j] if j < len(sample) else ""
                label = self.tr("Column {n}").format(n=j + 1) + (f": {name}" if name else "")
                if example:
                    shown = example[:24].replace("\r", "").replace("\n", "⏎")  # one line per choice
                    label += self.tr("  (e.g. {value})").format(value=shown)
                combo.addItem(label, j)
            self.combos.append(combo)
            self.grid.setCellWidget(c, 1, combo)
        layout.addWidget(self.grid, 1)
        leave = QLabel(self.tr("Leave these columns of your file out of the upload (nothing else changes):"))
        leave.setWordWrap(True)
        layout.addWidget(leave)
        self.dropped_list = QListWidget()
        self.dropped_list.setMaximumHeight(130)
        for j in range(self.source_width):
            name = header[j] if j < len(header) else ""
            item = QListWidgetItem(self.tr("Column {n}").format(n=j + 1) + (f": {name}" if name else ""))
            item.setData(Qt.ItemDataRole.UserRole, j)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if j in doc.state.dropped else Qt.CheckState.Unchecked)
            self.dropped_list.addItem(item)
        layout.addWidget(self.dropped_list)
        self.set_mapping(mapping)
        self.initial = (self.mapping(), self.dropped())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        detected = QPushButton(self.tr("As detected"))
        detected.clicked.connect(lambda: self.set_mapping(table.layout.mapping))
        as_is = QPushButton(self.tr("Keep the file's order"))
        as_is.clicked.connect(lambda: self.set_mapping(tuple(range(self.width))))
        buttons.addButton(detected, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.addButton(as_is, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def set_mapping(self, mapping: tuple[int, ...]) -> None:
        for c, combo in enumerate(self.combos):
            source = mapping[c] if c < len(mapping) else c
            pos = combo.findData(source if source < self.source_width else -1)
            combo.setCurrentIndex(max(pos, 0))

    def mapping(self) -> tuple[int, ...]:
        out = []
        for c, combo in enumerate(self.combos):
            source = combo.currentData()
            if source is None or source < 0:
                # past the file's last column the target is empty anyway; keep it an identity then
                source = c if c >= self.source_width else EMPTY_BASE + c
            out.append(int(source))
        return tuple(out)


    def dropped(self) -> frozenset[int]:
        items = (self.dropped_list.item(i) for i in range(self.dropped_list.count()))
        return frozenset(int(item.data(Qt.ItemDataRole.UserRole)) for item in items
                         if item.checkState() == Qt.CheckState.Checked)


def ask_mapping(parent, doc: Document) -> tuple[tuple[int, ...], frozenset[int]] | None:
    """The column order and the columns left out, or None when nothing changed."""
    dialog = MappingDialog(doc, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or (dialog.mapping(), dialog.dropped()) == dialog.initial:
        return None
    return dialog.mapping(), dialog.dropped()
