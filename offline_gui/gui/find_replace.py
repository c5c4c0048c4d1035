"""Find (Ctrl+F) in the whole table and Replace within one column, with a preview.

Replace shows every change before it happens and applies them as one undo step;
it works on one column at a time so "7" never turns into something else in a
customer id by accident.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..spec import REQUIRED_FIELDS, column_name
from ..totals import rows_in_blocks

PREVIEW_LINES = 200
REPLACE_MAX = 200_000
SCAN_BLOCK = 4096


class FindReplaceDialog(QDialog):
    found = Signal(int, int)       # document row, column

    def __init__(self, window, session) -> None:
        super().__init__(window)
        self.setObjectName("FindReplace")
        self.setWindowTitle(self.tr("Find and replace"))
        self.window_ = window
        self.session = session
        self.matches: dict[int, list[str]] = {}
        grid = QGridLayout()
        self.find_edit = QLineEdit()
        self.find_edit.setAccessibleName(self.tr("Find"))
        self.column_box = QComboBox()
        self.column_box.setAccessibleName(self.tr("Column"))
        self.case_box = QCheckBox(self.tr("Match case"))
        self.replace_edit = QLineEdit()
        self.replace_edit.setAccessibleName(self.tr("Replace with"))
        grid.addWidget(QLabel(self.tr("Find:")), 0, 0)
        grid.addWidget(self.find_edit, 0, 1)
        grid.addWidget(QLabel(self.tr("In column:")), 1, 0)
        grid.addWidget(self.column_box, 1, 1)
        grid.addWidget(self.case_box, 2, 1)
        grid.addWidget(QLabel(self.tr("Replace with:")), 3, 0)
        grid.addWidget(self.replace_edit, 3, 1)
        buttons = QHBoxLayout()
        self.next_button = QPushButton(self.tr("Find &next"))
        self.next_button.setDefault(True)
        self.preview_button = QPushButton(self.tr("&Preview replace"))
        self.replace_button = QPushButton(self.tr("&Replace all"))
        self.replace_button.setEnabled(False)
        for b in (self.next_button, self.preview_button, self.replace_button):
            buttons.addWidget(b)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.preview = QTableWidget(0, 3)
        self.preview.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Now"), self.tr("After")])
        self.preview.verticalHeader().hide()
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.preview.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.preview, 1)
        self.next_button.clicked.connect(self.find_next)
        self.preview_button.clicked.connect(self.preview_replace)
        self.replace_button.clicked.connect(self.replace_all)
        for signal in (self.find_edit.textChanged, self.replace_edit.textChanged, self.column_box.currentIndexChanged,
                       self.case_box.toggled):
            signal.connect(self._invalidate)
        self.fill_columns()
        self.resize(520, 460)

    def fill_columns(self) -> None:
        self.column_box.clear()
        self.column_box.addItem(self.tr("All columns (find only)"), -1)
        doc = self.session.doc
        for col in range(doc.width() if doc is not None else REQUIRED_FIELDS):
            self.column_box.addItem(column_name(col), col)

    def column(self) -> int | None:
        value = self.column_box.currentData()
        return None if value is None or value < 0 else int(value)

    def _invalidate(self, *_args) -> None:
        self.matches = {}
        self.replace_button.setEnabled(False)
        self.preview.setRowCount(0)

    def _hit(self, value: str, needle: str) -> bool:
        return needle in value if self.case_box.isChecked() else needle.casefold() in value.casefold()

    # ---- find ----------------------------------------------------------------------
    def find_next(self) -> bool:
        doc, needle = self.session.doc, self.find_edit.text()
        if doc is None or not needle:
            return False
        view = self.window_.table_view
        current = view.currentIndex()
        start_row = self.window_.model.doc_row(current.row()) if current.isValid() else 0
        start_col = current.column() if current.isValid() else -1
        for row, col, fields in self._cells(doc, start_row, start_col, self.column()):
            if self._hit(fields[col], needle):
                self.status.setText(self.tr("Found in row {row}, {column}.").format(
                    row=doc.table.source_row(row), column=column_name(col)))
                if not view.go_to(row, col):
                    self.status.setText(self.status.text() + " " + self.tr(
                        "That row is hidden by \"Only rows with problems\"."))
                self.found.emit(row, col)
                return True
        self.status.setText(self.tr("'{text}' was not found.").format(text=needle))
        return False

    @staticmethod
    def _cells(doc, start_row: int, start_col: int, only: int | None):
        """Cells after the current one to the end, then from the top back to it: one full turn."""
        def rows(lo: int, hi: int):
            for block in range(lo, hi, SCAN_BLOCK):
                for row, _text, fields, *_rest in doc.iter_rows(block, min(block + SCAN_BLOCK, hi)):
                    if row not in doc.state.deleted:
                        yield row, fields

        def cols(fields: list[str]):
            return [only] if only is not None and only < len(fields) else range(len(fields)) if only is None else []

        for row, fields in rows(start_row, doc.row_count):
            for col in cols(fields):
                if row != start_row or col > start_col:
                    yield row, col, fields
        for row, fields in rows(0, start_row + 1):
            for col in cols(fields):
                if row != start_row or col <= start_col:
                    yield row, col, fields

    # ---- replace ----------------------------------------------------------------------
    def preview_replace(self) -> int:
        doc, needle, col = self.session.doc, self.find_edit.text(), self.column()
        self._invalidate()
        if doc is None or not needle:
            return 0
        if col is None:
            self.status.setText(self.tr("Pick one column to replace in: replacing in every column at once "
                                        "could change ids and amounts by accident."))
            return 0
        new_text = self.replace_edit.text()
        changes: list[tuple[int, str, str]] = []
        for row, fields in rows_in_blocks(doc):
            if row in doc.state.deleted or col >= len(fields) or not self._hit(fields[col], needle):
                continue
            after = self._replaced(fields[col], needle, new_text)
            if after != fields[col]:
                changes.append((row, fields[col], after))
                self.matches[row] = fields
                if len(changes) > REPLACE_MAX:
                    break
        if len(changes) > REPLACE_MAX:
            self.matches = {}
            self.status.setText(self.tr("More than {n:,} cells match: narrow the search.").format(n=REPLACE_MAX))
            return len(changes)
        self.preview.setRowCount(min(len(changes), PREVIEW_LINES))
        for i, (row, before, after) in enumerate(changes[:PREVIEW_LINES]):
            for c, text in enumerate((str(doc.table.source_row(row)), before, after)):
                self.preview.setItem(i, c, QTableWidgetItem(text))
        self.status.setText(self.tr("%n cells will change in {column}.", "", len(changes)).format(
            column=column_name(col)) + (" " + self.tr("The first {n} are shown.").format(n=PREVIEW_LINES)
                                        if len(changes) > PREVIEW_LINES else ""))
        self._pending = [(row, after) for row, _before, after in changes]
        self.replace_button.setEnabled(bool(changes))
        return len(changes)

    def _replaced(self, value: str, needle: str, new_text: str) -> str:
        if self.case_box.isChecked():
            return value.replace(needle, new_text)
        out, low, key, i = [], value.casefold(), needle.casefold(), 0
        if len(low) != len(value):   # casefold changed the length (ß): fall back to exact case
            return value.replace(needle, new_text)
        while True:
            j = low.find(key, i)
            if j < 0:
                out.append(value[i:])
                return "".join(out)
            out.append(value[i:j] + new_text)
            i = j + len(needle)

    def replace_all(self) -> None:
        col = self.column()
        if not self.matches or col is None:
            return
        changed = {}
        for row, after in self._pending:
            fields = list(self.matches[row])
            fields += [""] * (max(REQUIRED_FIELDS, col + 1) - len(fields))
            fields[col] = after
            changed[row] = fields
        self.session.edit_rows(changed, self.tr("Replace in {column}").format(column=column_name(col)))
        self.status.setText(self.tr("Replaced in %n rows. Ctrl+Z undoes it.", "", len(changed)))
        self._invalidate()
        self.status.setAlignment(Qt.AlignmentFlag.AlignLeft)
