"""Find (Ctrl+F) in the whole table and Replace within one column, with a preview.

Replace shows every change before it happens and applies them as one undo step;
it works on one column at a time so "7" never turns into something else in a
customer id by accident.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
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

from ..search import find_next, plan_replace
from ..spec import REQUIRED_FIELDS, column_name
from .workers import Job

PREVIEW_LINES = 200
REPLACE_MAX = 200_000


class FindReplaceDialog(QDialog):
    found = Signal(int, int)       # document row, column
    not_found = Signal()
    previewed = Signal(int)        # cells that would change (-1: too many)

    def __init__(self, window, session) -> None:
        super().__init__(window)
        self.setObjectName("FindReplace")
        self.setWindowTitle(self.tr("Find and replace"))
        self.window_ = window
        self.session = session
        self._plan: tuple[int, int, list] | None = None   # (column, undo step, changes) of the preview
        self._job: Job | None = None
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
        self._plan = None
        self.replace_button.setEnabled(False)
        self.preview.setRowCount(0)

    # ---- work in a worker: a million rows take seconds ------------------------------------
    def _run(self, fn, done) -> None:
        if self._job is not None:
            self._job.cancel()
        job = Job(fn, "search", self)
        self._job = job
        job.succeeded.connect(lambda result, j=job: self._finish(j, done, result))
        job.stopped.connect(lambda j=job: self._finish(j, None, None))
        self._busy(True)
        self.session.start_job(job)

    def _finish(self, job: Job, done, result) -> None:
        if job is not self._job:
            return
        self._job = None
        self._busy(False)
        if done is not None:
            done(result)

    def _busy(self, on: bool) -> None:
        for button in (self.next_button, self.preview_button):
            button.setEnabled(not on)
        if on:
            self.status.setText(self.tr("Searching…"))

    # ---- find ----------------------------------------------------------------------
    def _still_reading(self) -> bool:
        """A search over the rows counted so far would miss what is further down: not yet."""
        if self.session.indexing:
            self.status.setText(self.tr("The file is still being read: search again once every row is known."))
        return self.session.indexing

    def find_next(self) -> None:
        doc, needle = self.session.snapshot(), self.find_edit.text()
        if doc is None or not needle or self._still_reading():
            return
        view = self.window_.table_view
        current = view.currentIndex()
        start_row = self.window_.model.doc_row(current.row()) if current.isValid() else 0
        start_col = current.column() if current.isValid() else -1
        column, case = self.column(), self.case_box.isChecked()
        self._run(lambda _p, cancelled, _partial: find_next(doc, needle, start_row, start_col, column, case,
                                                            cancelled),
                  lambda hit: self._found(doc, needle, hit))

    def _found(self, doc, needle: str, hit: tuple[int, int] | None) -> None:
        if hit is None:
            self.status.setText(self.tr("'{text}' was not found.").format(text=needle))
            self.not_found.emit()
            return
        row, col = hit
        self.status.setText(self.tr("Found in row {row}, {column}.").format(
            row=doc.table.source_row(row), column=column_name(col)))
        if not self.window_.table_view.go_to(row, col):
            self.status.setText(self.status.text() + " " + self.tr(
                "That row is hidden by \"Only rows with problems\"."))
        self.found.emit(row, col)

    # ---- replace ----------------------------------------------------------------------
    def preview_replace(self) -> None:
        doc, needle, col = self.session.snapshot(), self.find_edit.text(), self.column()
        self._invalidate()
        if doc is None or not needle or self._still_reading():
            return
        if col is None:
            self.status.setText(self.tr("Pick one column to replace in: replacing in every column at once "
                                        "could change ids and amounts by accident."))
            self.previewed.emit(0)
            return
        new_text, case = self.replace_edit.text(), self.case_box.isChecked()
        step = self.session.undo_stack.index()
        self._run(lambda _p, cancelled, _partial: plan_replace(doc, needle, new_text, col, case, REPLACE_MAX,
                                                               cancelled),
                  lambda plan: self._show_plan(doc, col, step, plan))

    def _show_plan(self, doc, col: int, step: int, plan) -> None:
        if plan is None:
            self.status.setText(self.tr("More than {n:,} cells match: narrow the search.").format(n=REPLACE_MAX))
            self.previewed.emit(-1)
            return
        self.preview.setRowCount(min(len(plan), PREVIEW_LINES))
        for i, (row, fields, after) in enumerate(plan[:PREVIEW_LINES]):
            for c, text in enumerate((str(doc.table.source_row(row)), fields[col], after)):
                self.preview.setItem(i, c, QTableWidgetItem(text))
        text = self.tr("%n cells will change in {column}.", "", len(plan)).format(column=column_name(col))
        if len(plan) > PREVIEW_LINES:
            text += " " + self.tr("The first {n} are shown.").format(n=PREVIEW_LINES)
        self.status.setText(text)
        self._plan = (col, step, plan)
        self.replace_button.setEnabled(bool(plan))
        self.previewed.emit(len(plan))

    def replace_all(self) -> None:
        if self._plan is None:
            return
        col, step, plan = self._plan
        if step != self.session.undo_stack.index():   # the table changed since the preview
            self._invalidate()
            self.status.setText(self.tr("The table changed since the preview: preview again."))
            return
        changed = {}
        for row, fields, after in plan:
            fields = list(fields)
            fields += [""] * (max(REQUIRED_FIELDS, col + 1) - len(fields))
            fields[col] = after
            changed[row] = fields
        self.session.edit_rows(changed, self.tr("Replace in {column}").format(column=column_name(col)))
        self._invalidate()
        self.status.setText(self.tr("Replaced in %n rows. Ctrl+Z undoes it.", "", len(changed)))
