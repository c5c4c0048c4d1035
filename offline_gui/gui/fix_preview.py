"""Before "fix all": what will change, how often, with a few real examples."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
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

from ..i18n import number


@dataclass(frozen=True)
class PreviewLine:
    title: str
    count: int
    examples: tuple[tuple[str, str], ...]   # (before, after)


class FixPreviewDialog(QDialog):
    def __init__(self, lines: list[PreviewLine], notes: list[str], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Fix all safe problems"))
        self.resize(760, 420)
        total = sum(line.count for line in lines)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("These %Ln problems will be fixed. Only your working copy changes, never the "
                               "original file, and you can undo it all with Ctrl+Z.", "", total))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        table = QTableWidget(len(lines), 3)
        table.setHorizontalHeaderLabels([self.tr("Problem"), self.tr("Count"), self.tr("For example")])
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setWordWrap(True)
        for r, line in enumerate(lines):
            table.setItem(r, 0, QTableWidgetItem(line.title))
            count = QTableWidgetItem(number(line.count))
            table.setItem(r, 1, count)
            shown = "\n".join(f"{_short(a)}  →  {_short(b)}" for a, b in line.examples)
            table.setItem(r, 2, QTableWidgetItem(shown))
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.resizeRowsToContents()
        layout.addWidget(table, 1)
        if notes:
            saved = QLabel(self.tr("When you save, also:") + "\n• " + "\n• ".join(notes))
            saved.setWordWrap(True)
            layout.addWidget(saved)
        buttons = QDialogButtonBox()
        ok = buttons.addButton(self.tr("Fix %Ln problems", "", total), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def _short(value: str, limit: int = 40) -> str:
    value = value.replace("\n", "⏎")
    value = value if len(value) <= limit else value[: limit - 1] + "…"
    if not value:
        return QCoreApplication.translate("FixPreviewDialog", "(empty)")
    return f"“{value}”" if value != value.strip() else value   # make stray spaces visible


def confirm_fix_all(parent, lines: list[PreviewLine], notes: list[str]) -> bool:
    return FixPreviewDialog(lines, notes, parent).exec() == QDialog.DialogCode.Accepted
