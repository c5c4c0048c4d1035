"""The offer of last time's decisions for this kind of export, shown above the table.

Remembered when a file is saved for upload; offered (never applied silently) when
the same kind of export is opened again. "Apply" is one undo step.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from ..catalog import CATALOG
from ..fixing import SAFE_RULES
from ..i18n import _, lower
from ..memory import Decisions, Memory, dropped_names


class MemoryBar(QFrame):
    applied = Signal()

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("MemoryBar")
        self.session = session
        self.decisions: Decisions | None = None
        self._offered_for = None
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 12, 6)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.apply_button = QPushButton()
        self.apply_button.setObjectName("Primary")
        self.dismiss_button = QPushButton()
        row.addWidget(self.label, 1)
        row.addWidget(self.apply_button)
        row.addWidget(self.dismiss_button)
        self.apply_button.clicked.connect(self.apply)
        self.dismiss_button.clicked.connect(self.hide)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the current language (at start, and after View › Language)."""
        self.apply_button.setText(self.tr("Apply again"))
        self.dismiss_button.setText(self.tr("Not this time"))
        if self.decisions is not None:
            self._show_text()

    def offer(self) -> None:
        """After the first check of a newly opened file: show last time's decisions, if any."""
        doc = self.session.doc
        if doc is None or self._offered_for is doc:
            return
        self._offered_for = doc
        self.decisions = Memory().recall(doc)
        if self.decisions is None:
            self.hide()
            return
        self._show_text()
        self.show()

    def _show_text(self) -> None:
        self.label.setText(self.tr("Last time, for this kind of export ({date}), you: {what}.").format(
            date=self.decisions.saved or "?", what="; ".join(self._describe(self.decisions))))

    def _describe(self, d: Decisions) -> list[str]:
        parts = []
        if d.rules >= SAFE_RULES:
            parts.append(self.tr("fixed all safe problems"))
        elif d.rules:
            parts.append(self.tr("fixed {what}").format(
                what=", ".join(lower(_(CATALOG[r].title)) for r in sorted(d.rules))))
        if d.date_order:
            parts.append(self.tr("read dates day first") if d.date_order == "dmy" else
                         self.tr("read dates month first"))
        if d.mapping is not None:
            parts.append(self.tr("set the column order"))
        if d.dropped:
            parts.append(self.tr("left out {columns}").format(
                columns=", ".join(dropped_names(d, self.session.doc))))
        return parts

    def apply(self) -> None:
        session, decisions = self.session, self.decisions
        if session.doc is None or decisions is None or session.checking:
            return
        session.change(decisions.state_for(session.doc), self.tr("Apply last time's decisions"))
        self.hide()
        self.applied.emit()

    def remember(self, _result=None) -> None:
        """A save for upload finished: these decisions are the ones for this kind of export."""
        if self.session.doc is not None:
            Memory().remember(self.session.doc)
