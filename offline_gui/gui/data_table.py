"""The table widget: fixed row heights for a million rows, problem navigation, cell menu."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QPoint, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView

from ..catalog import CATALOG
from ..i18n import _
from .table_model import CODES_ROLE, TableModel

translate = QCoreApplication.translate   # RowFixes is no QObject: its texts name the context
COLUMN_WIDTHS = {0: 150, 1: 120, 2: 90, 4: 140}
DEFAULT_WIDTH = 110


class DataTable(QTableView):
    fix_this = Signal(int)          # report index
    fix_like_this = Signal(str)     # code
    clear_cells = Signal()          # Delete on a selection of several cells
    explain = Signal(str)           # code whose help page the user asked for

    def __init__(self, model: TableModel, parent=None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.data_model = model
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        vertical = self.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 10)
        vertical.setDefaultAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        vertical.setMinimumWidth(self.fontMetrics().horizontalAdvance("00000") + 28)  # number + row icon
        horizontal = self.horizontalHeader()
        horizontal.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        horizontal.setDefaultSectionSize(DEFAULT_WIDTH)
        horizontal.setHighlightSections(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        model.modelReset.connect(self._widths)

    def _widths(self) -> None:
        for col in range(self.data_model.columnCount()):
            self.setColumnWidth(col, COLUMN_WIDTHS.get(col, DEFAULT_WIDTH))

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        """Delete empties the current cell (one undo step), like in a spreadsheet."""
        index = self.currentIndex()
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and index.isValid() \
                and self.state() != QAbstractItemView.State.EditingState \
                and len(self.selectionModel().selectedIndexes()) > 1:
            self.clear_cells.emit()   # several cells: emptied together, one undo step
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and index.isValid() \
                and self.state() != QAbstractItemView.State.EditingState and index.data():
            self.data_model.setData(index, "")
            return
        super().keyPressEvent(event)

    # ---- navigation ------------------------------------------------------------
    def go_to(self, doc_row: int, col: int) -> bool:
        """Make a cell current and visible; False when the row is filtered out."""
        view_row = self.data_model.view_row(doc_row)
        if view_row is None:
            return False
        index = self.data_model.index(view_row, max(col, 0))
        self.setCurrentIndex(index)
        self.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self.setFocus()
        return True

    def step_problem(self, forward: bool) -> bool:
        """F8 / Shift+F8: the next or previous cell or row with a problem."""
        report = self.data_model.report
        if report is None or not len(report):
            return False
        keys = report.rows.astype(np.int64) * (1 << 32) + np.maximum(report.cols.astype(np.int64), 0)
        current = self.currentIndex()
        if current.isValid():
            here = self.data_model.doc_row(current.row()) * (1 << 32) + current.column()
        else:
            here = -1 if forward else (1 << 62)
        if forward:
            pos = int(np.searchsorted(keys, here, "right"))
            pos = pos if pos < len(keys) else 0
        else:
            pos = int(np.searchsorted(keys, here, "left")) - 1
            pos = pos if pos >= 0 else len(keys) - 1
        return self.go_to(int(report.rows[pos]), int(report.cols[pos]))

    # ---- context menu ------------------------------------------------------------
    def _menu(self, pos: QPoint) -> None:
        index = self.indexAt(pos)
        model, report = self.data_model, self.data_model.report
        if not index.isValid():
            return
        menu = QMenu(self)
        edit = menu.addAction(self.tr("Edit this cell"))
        edit.triggered.connect(lambda: self.edit(index))
        if report is not None:
            row = model.doc_row(index.row())
            actions = RowFixes(self, row, index.column())
            actions.fill(menu)
            codes = index.data(CODES_ROLE) or []
            if codes:
                menu.addSeparator()
                explain = menu.addAction(self.tr("What does this mean? (F1)"))
                explain.triggered.connect(lambda _=False, c=codes[0]: self.explain.emit(c))
        menu.exec(self.viewport().mapToGlobal(pos))


class RowFixes:
    """The fix entries of a cell's menu: one per problem in that cell (and row)."""

    def __init__(self, table: DataTable, row: int, col: int) -> None:
        self.table, self.row, self.col = table, row, col

    def fill(self, menu: QMenu) -> None:
        table = self.table
        model = table.data_model
        report, doc = model.report, model.doc
        indices = list(report.indices_at(self.row, self.col)) + list(report.indices_at(self.row, -1))
        can_like = getattr(table, "can_fix_like", lambda code: False)
        seen: set[str] = set()
        for i in indices:
            diag = report.finding(i, doc)
            title = diag.title
            menu.addSeparator()
            head = menu.addAction(title)
            head.setEnabled(False)
            if diag.fix is not None and (diag.fix.value is not None or diag.code == "field-count"):
                text = translate("DataTable", "Fix this: {fix}").format(fix=diag.fix.description)
                action = menu.addAction(text)
                action.triggered.connect(lambda _=False, i=i: table.fix_this.emit(i))
            if diag.code not in seen and can_like(diag.code):
                seen.add(diag.code)
                action = menu.addAction(translate("DataTable", "Fix all like this ({title})").format(
                    title=_(CATALOG[diag.code].title)))
                action.triggered.connect(lambda _=False, c=diag.code: table.fix_like_this.emit(c))
