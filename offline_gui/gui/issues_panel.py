"""Problems grouped by kind, with counts; a click goes to the cell.

Locations are listed when a group is opened, at most LOCATIONS_SHOWN each, so a
file with a million findings costs nothing here until the user looks.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import QLabel, QMenu, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from ..analysis import Report
from ..catalog import CATALOG, CODE_IDS, Scope, Severity
from ..document import Document
from ..i18n import _, number
from ..spec import column_name
from .style import RANK, severity_icon

LOCATIONS_SHOWN = 200
CODE_ROLE = Qt.ItemDataRole.UserRole + 1
INDEX_ROLE = Qt.ItemDataRole.UserRole + 2   # position of a finding in the report arrays
PENDING = "pending"


class IssuesPanel(QWidget):
    go_to = Signal(int, int)            # document row, column (-1: whole row)
    fix_this = Signal(int)              # report index
    fix_like_this = Signal(str)         # code
    file_finding = Signal(str)          # code of a file-level finding that was clicked
    explain = Signal(str)               # code whose help page the user asked for

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.title = QLabel()
        self.title.setObjectName("PanelTitle")
        layout.addWidget(self.title)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setUniformRowHeights(True)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._menu)
        self.tree.itemExpanded.connect(self._fill)
        self.tree.itemActivated.connect(self._activate)
        self.tree.itemClicked.connect(self._activate)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, self.tree.header().ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, self.tree.header().ResizeMode.ResizeToContents)
        layout.addWidget(self.tree, 1)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setObjectName("Hint")
        layout.addWidget(self.hint)
        self.doc: Document | None = None
        self.report: Report | None = None
        self.can_fix_like = lambda code: False
        self.retranslate()

    def retranslate(self) -> None:
        """Fixed texts, and the groups again (their titles come from the catalog)."""
        self.tree.setHeaderLabels([self.tr("Kind of problem"), self.tr("Count")])
        self.hint.setText(self.tr("Click a problem to go to it. Right-click it (or a red cell) to fix it. "
                                  "F8 goes to the next problem, Shift+F8 to the previous one. "
                                  "F1 explains the problem. Double-click a cell to type a new value."))
        if self.doc is not None and self.report is not None:
            self.show_report(self.doc, self.report)
        else:
            self.title.setText(self.tr("Problems"))

    def clear(self) -> None:
        self.tree.clear()
        self.doc = self.report = None
        self.title.setText(self.tr("Problems"))

    def show_report(self, doc: Document, report: Report) -> None:
        self.doc, self.report = doc, report
        expanded = {self.tree.topLevelItem(i).data(0, CODE_ROLE) for i in range(self.tree.topLevelItemCount())
                    if self.tree.topLevelItem(i).isExpanded()}
        self.tree.clear()
        counts = report.code_counts()
        groups = []
        for code, n in counts.items():
            info = CATALOG[code]
            if info.scope is Scope.FILE and (info.severity is Severity.INFO or info.by_writer):
                continue  # the summary strip shows these; saving repairs the safe ones by itself
            groups.append((-RANK[info.severity], -n, _(info.title), code, n))
        groups.sort()
        total = 0
        for _rank, _count, title, code, n in groups:
            info = CATALOG[code]
            item = QTreeWidgetItem([title, number(n)])
            item.setIcon(0, severity_icon(info.severity))
            item.setData(0, CODE_ROLE, code)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(0, self._group_tip(code))
            if info.scope is not Scope.FILE:
                item.addChild(QTreeWidgetItem([PENDING]))
            self.tree.addTopLevelItem(item)
            total += n
            if code in expanded:
                item.setExpanded(True)
        if groups:
            self.title.setText(self.tr("Problems: {n} in %n kinds", "", len(groups)).format(n=number(total)))
        else:
            self.title.setText(self.tr("No problems found"))

    def _group_tip(self, code: str) -> str:
        info = CATALOG[code]
        tip = _(info.rule).replace("{column}", "…")
        if info.fix:
            tip += "\n" + self.tr("Fix: {fix}").format(fix=_(info.fix).replace("{fixed}", "…"))
        return tip

    def _fill(self, item: QTreeWidgetItem) -> None:
        if item.childCount() != 1 or item.child(0).text(0) != PENDING or self.report is None:
            return
        item.takeChild(0)
        code = item.data(0, CODE_ROLE)
        positions = np.flatnonzero(self.report.codes == CODE_IDS[code])
        for i in positions[:LOCATIONS_SHOWN].tolist():
            diag = self.report.finding(i, self.doc)
            row = self.doc.table.source_row(diag.row)
            if diag.column is None:
                text = self.tr("Row {row}").format(row=row)
            else:
                value = diag.value.replace("\n", "⏎")
                value = value if len(value) <= 40 else value[:39] + "…"
                text = self.tr("Row {row} · {column}: {value}").format(
                    row=row, column=column_name(diag.column), value=value or self.tr("(empty)"))
            child = QTreeWidgetItem([text])
            child.setData(0, CODE_ROLE, code)
            child.setData(0, INDEX_ROLE, i)
            child.setToolTip(0, diag.message)
            item.addChild(child)
        if len(positions) > LOCATIONS_SHOWN:
            more = QTreeWidgetItem([self.tr("… and %Ln more (press F8 to walk through them)", "",
                        len(positions) - LOCATIONS_SHOWN)])
            more.setFlags(Qt.ItemFlag.ItemIsEnabled)
            item.addChild(more)

    def _activate(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        if self.report is None:
            return
        code = item.data(0, CODE_ROLE)
        index = item.data(0, INDEX_ROLE)
        if code is None:
            return
        if index is None:
            if CATALOG[code].scope is Scope.FILE:
                self.file_finding.emit(code)
                return
            positions = np.flatnonzero(self.report.codes == CODE_IDS[code])
            if not len(positions):
                return
            index = int(positions[0])
        self.go_to.emit(int(self.report.rows[index]), int(self.report.cols[index]))

    def select_group(self, code: str) -> QTreeWidgetItem | None:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.data(0, CODE_ROLE) == code:
                return item
        return None

    def _menu(self, pos: QPoint) -> None:
        item = self.tree.itemAt(pos)
        if item is None or item.data(0, CODE_ROLE) is None or self.report is None:
            return
        code, index = item.data(0, CODE_ROLE), item.data(0, INDEX_ROLE)
        menu = QMenu(self)
        if index is not None:
            diag = self.report.finding(index, self.doc)
            go = menu.addAction(self.tr("Go to this cell"))
            go.triggered.connect(lambda: self._activate(item))
            if diag.fix is not None and (diag.fix.value is not None or code == "field-count"):
                action = menu.addAction(self.tr("Fix this"))
                action.triggered.connect(lambda: self.fix_this.emit(index))
        if self.can_fix_like(code):
            action = menu.addAction(self.tr("Fix all like this ({title})").format(title=_(CATALOG[code].title)))
            action.triggered.connect(lambda: self.fix_like_this.emit(code))
        menu.addSeparator()
        help_action = menu.addAction(self.tr("What does this mean? (F1)"))
        help_action.triggered.connect(lambda: self.explain.emit(code))
        menu.exec(self.tree.viewport().mapToGlobal(pos))
