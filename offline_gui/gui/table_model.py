"""The data table: a thin view of the Document and the Report, for visible cells only.

No parsing, checking or writing here. Rows come from the Document (a small LRU
cache of the visible ones); problems from the Report by binary search. With the
"only rows with problems" filter, a numpy row map translates view rows to rows.
"""

from __future__ import annotations

from collections import OrderedDict
from functools import cache

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont

from ..analysis import Report
from ..catalog import CATALOG, CODES, Severity
from ..changes import Change, row_changes
from ..document import Document
from ..i18n import _
from ..spec import COLUMNS, column_name
from .style import BACKGROUND, severity_icon, worst

SEVERITY_ROLE = Qt.ItemDataRole.UserRole + 1   # "error" / "warning" / "info" / None
CODES_ROLE = Qt.ItemDataRole.UserRole + 2      # list of codes at the cell
ROW_ROLE = Qt.ItemDataRole.UserRole + 3        # the document row behind a view row
CACHE_ROWS = 512
DISPLAY, EDIT = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole
_PROBLEM_ROLES = frozenset({SEVERITY_ROLE, CODES_ROLE, Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.DecorationRole,
                            Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole})
CHANGED_ROLE = Qt.ItemDataRole.UserRole + 4    # (before, rule) of a cell the app or the user changed
_MARK_ROLES = frozenset({Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole, CHANGED_ROLE})
_ROLES = _PROBLEM_ROLES | _MARK_ROLES | {DISPLAY, EDIT, ROW_ROLE}
_ROW_HEADER_ROLES = frozenset({DISPLAY, Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole, SEVERITY_ROLE})
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

Index = QModelIndex | QPersistentModelIndex


class TableModel(QAbstractTableModel):
    edit_requested = Signal(int, int, str)   # document row, column, new text

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.doc: Document | None = None
        self.report: Report | None = None
        self.row_map: np.ndarray | None = None  # view row -> document row, when filtered
        self._cache: OrderedDict[int, tuple[list[str], dict[int, list[str]], dict[int, Change]]] = OrderedDict()
        self._width = 0
        self._doc_rows = 0
        self._bold = QFont()
        self._bold.setBold(True)

    # ---- feeding --------------------------------------------------------------
    def set_document(self, doc: Document | None) -> None:
        self.beginResetModel()
        self.doc, self.report, self.row_map = doc, None, None
        self._width = doc.width() if doc is not None else 0
        self._doc_rows = doc.row_count if doc is not None else 0
        self._cache.clear()
        self.endResetModel()

    def grow(self, rows: int) -> None:
        """The document's index grew (the rows before are unchanged): add the new rows at the end."""
        if self.doc is None or rows <= self._doc_rows:
            return
        if self.row_map is not None:   # a filtered view lists rows with problems: none are new
            self._doc_rows = rows
            return
        self.beginInsertRows(QModelIndex(), self._doc_rows, rows - 1)
        self._doc_rows = rows
        self.endInsertRows()

    def set_report(self, report: Report | None) -> None:
        self.report = report
        self._cache.clear()
        self._all_changed()

    def set_row_map(self, rows: np.ndarray | None) -> None:
        self.beginResetModel()
        self.row_map = None if rows is None else np.asarray(rows, dtype=np.int64)
        self.endResetModel()

    def refresh(self, rows=None) -> None:
        """The state or the report changed: drop cached rows and repaint them."""
        if self.doc is None:
            return
        width = self.doc.width()
        if width != self._width:
            self.beginResetModel()
            self._width = width
            self._cache.clear()
            self.endResetModel()
            return
        if rows is None:
            self._cache.clear()
            self._all_changed()
            return
        for row in rows:
            self._cache.pop(row, None)
            view_row = self.view_row(row)
            if view_row is not None:
                self.dataChanged.emit(self.index(view_row, 0), self.index(view_row, self._width - 1))
                self.headerDataChanged.emit(Qt.Orientation.Vertical, view_row, view_row)

    def _all_changed(self) -> None:
        rows = self.rowCount()
        if rows and self._width:
            self.dataChanged.emit(self.index(0, 0), self.index(rows - 1, self._width - 1))
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, rows - 1)

    # ---- row translation ----------------------------------------------------------
    def doc_row(self, view_row: int) -> int:
        return int(self.row_map[view_row]) if self.row_map is not None else view_row

    def view_row(self, doc_row: int) -> int | None:
        if self.row_map is None:
            return doc_row if self.doc is not None and 0 <= doc_row < self.doc.row_count else None
        pos = int(np.searchsorted(self.row_map, doc_row))
        if pos < len(self.row_map) and self.row_map[pos] == doc_row:
            return pos
        return None

    def _row(self, row: int) -> tuple[list[str], dict[int, list[str]], dict[int, Change]]:
        hit = self._cache.get(row)
        if hit is not None:
            self._cache.move_to_end(row)
            return hit
        fields = self.doc.row(row)
        problems: dict[int, list[str]] = {}
        if self.report is not None:
            span = self.report.indices_at(row, None)
            if len(span):
                cols = self.report.cols[span.start:span.stop].tolist()
                codes = self.report.codes[span.start:span.stop].tolist()
                for col, code in zip(cols, codes, strict=True):
                    problems.setdefault(col, []).append(CODES[code])
        changes = {} if row in self.doc.state.deleted else {c.column: c for c in row_changes(self.doc, row)}
        hit = (fields, problems, changes)
        self._cache[row] = hit
        if len(self._cache) > CACHE_ROWS:
            self._cache.popitem(last=False)
        return hit

    # ---- Qt model API ---------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if self.doc is None or parent.isValid():
            return 0
        return len(self.row_map) if self.row_map is not None else self._doc_rows

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.doc is None else self._width

    def data(self, index: Index, role: int = DISPLAY):
        # called for every visible cell and role on each paint: cheapest checks first
        if role not in _ROLES or self.doc is None or not index.isValid():
            return None
        row = index.row()
        if self.row_map is not None:
            row = int(self.row_map[row])
        if role == ROW_ROLE:
            return row
        col = index.column()
        hit = self._cache.get(row)
        fields, problems, changes = hit if hit is not None else self._row(row)
        if role in _MARK_ROLES:
            return self._mark(row, col, role, changes)
        if role in (DISPLAY, EDIT):
            value = fields[col] if col < len(fields) else ""
            if role == DISPLAY and ("\n" in value or "\r" in value):
                value = value.replace("\r\n", "⏎").replace("\n", "⏎").replace("\r", "⏎")
            return value
        codes = problems.get(col) if problems else None
        if not codes:
            if role == Qt.ItemDataRole.ToolTipRole and changes:
                return self._changed_tip(changes.get(col)) or None
            return None
        severity = worst(CATALOG[c].severity for c in codes)
        if role == SEVERITY_ROLE:
            return severity.value
        if role == CODES_ROLE:
            return list(codes)
        if role == Qt.ItemDataRole.BackgroundRole:
            return BACKGROUND[severity]
        if role == Qt.ItemDataRole.DecorationRole:
            return severity_icon(severity)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, col) + self._changed_tip(changes.get(col))
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return ", ".join(_(CATALOG[c].title) for c in codes)
        return None

    def _mark(self, row: int, col: int, role: int, changes: dict[int, Change]):
        """Deleted rows struck through and grey; changed cells blue and italic (problems keep colours)."""
        if row in self.doc.state.deleted:
            if role == Qt.ItemDataRole.FontRole:
                return _struck()
            return QColor("#8a9099") if role == Qt.ItemDataRole.ForegroundRole else None
        change = changes.get(col)
        if change is None:
            return None
        if role == CHANGED_ROLE:
            return (change.before, change.rule)
        if role == Qt.ItemDataRole.FontRole:
            return _italic()
        return CHANGED_COLOUR

    def _changed_tip(self, change: Change | None) -> str:
        if change is None:
            return ""
        who = self.tr("You changed it") if change.rule == "edit" else self.tr("Fixed by: {rule}").format(
            rule=change.rule)
        return f"<p><b>{self.tr('Changed')}</b> ({_esc(who)})<br>{_esc(repr(change.before))} → " \
               f"{_esc(repr(change.after))}</p>"

    def tooltip(self, row: int, col: int | None) -> str:
        """What is wrong, the rule it breaks, and what the fix would do."""
        report, parts = self.report, []
        if report is None:
            return ""
        span = report.indices_at(row, col if col is not None else -1)
        # texts outside the f-strings: pyside6-lupdate does not look inside them
        rule_word, fix_word = self.tr("Rule:"), self.tr("Fix:")
        for i in span:
            diag = report.finding(i, self.doc)
            fix = diag.fix.description if diag.fix else self.tr("No automatic fix: please correct it by hand.")
            parts.append(f"<p><b>{_esc(diag.title)}</b> ({_esc(self._sev(diag.severity))})<br>"
                         f"{_esc(diag.message)}<br><i>{_esc(rule_word)}</i> {_esc(diag.rule)}<br>"
                         f"<i>{_esc(fix_word)}</i> {_esc(fix)}</p>")
        if not parts:
            return ""
        more = self.tr("F1: what does this mean, and how to fix it in Excel")
        parts.append(f"<p><i>{_esc(more)}</i></p>")
        return '<table width="420"><tr><td>' + "".join(parts) + "</td></tr></table>"

    def _sev(self, severity: Severity) -> str:
        return {Severity.ERROR: self.tr("error"), Severity.WARNING: self.tr("warning")}.get(
            severity, self.tr("note"))

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if self.doc is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if section < 0 or section >= self._width:
                return None
            mandatory = section < len(COLUMNS) and COLUMNS[section].mandatory
            if role == Qt.ItemDataRole.DisplayRole:
                return column_name(section) + (" *" if mandatory else "")
            if role == Qt.ItemDataRole.ToolTipRole:
                meaning = _(COLUMNS[section].meaning) if section < len(COLUMNS) else self.tr("transaction attribute")
                need = self.tr("mandatory") if mandatory else self.tr("optional")
                return f"{column_name(section)}: {meaning} ({need})"
            if role == Qt.ItemDataRole.FontRole and mandatory:
                return self._bold
            return None
        if role not in _ROW_HEADER_ROLES or section < 0 or section >= self.rowCount():
            return None
        row = self.doc_row(section)
        if role == DISPLAY:
            number = str(self.doc.table.source_row(row))
            return f"× {number}" if row in self.doc.state.deleted else number
        if role == Qt.ItemDataRole.ToolTipRole and row in self.doc.state.deleted:
            return self.tr("Deleted: this row is not uploaded. Edit › Restore rows brings it back.")
        if self.report is None:
            return None
        codes = self.report.codes_at(row, -1)      # row-level findings: a binary search, no parsing
        if not codes:
            return None
        severity = worst(CATALOG[c].severity for c in codes)
        if role == SEVERITY_ROLE:
            return severity.value
        if role == Qt.ItemDataRole.DecorationRole:
            return severity_icon(severity)
        return self.tooltip(row, None)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self.doc is None:
            return False
        self.edit_requested.emit(self.doc_row(index.row()), index.column(), str(value))
        return True


CHANGED_COLOUR = QColor("#1e5fb4")


@cache
def _struck() -> QFont:
    font = QFont()
    font.setStrikeOut(True)
    return font


@cache
def _italic() -> QFont:
    font = QFont()
    font.setItalic(True)
    return font


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
