"""The strip above the table: the verdict in one line, and what was found about the file."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ..analysis import Report
from ..catalog import Safety, Severity
from ..diagnostics import Diagnostic
from ..document import Document
from ..i18n import _, date
from ..reading.dialect import NAMES
from .elided_label import ElidedLabel
from .flow_layout import FlowLayout


class SummaryStrip(QFrame):
    fix_all_clicked = Signal()
    save_clicked = Signal()
    date_order_clicked = Signal()
    columns_clicked = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("SummaryStrip")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 8, 12, 8)
        outer.setSpacing(6)
        top = QHBoxLayout()
        self.headline = ElidedLabel()
        self.headline.setObjectName("Headline")
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        # a long verdict ends in "…" rather than pushing the buttons off the window
        self.headline.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.headline.setMinimumWidth(200)
        top.addWidget(self.headline, 1)
        self.date_button = QPushButton()
        self.date_button.clicked.connect(self.date_order_clicked)
        self.columns_button = QPushButton()
        self.columns_button.clicked.connect(self.columns_clicked)
        self.fix_button = QPushButton()
        self.fix_button.setObjectName("Primary")
        self.fix_button.clicked.connect(self.fix_all_clicked)
        self.save_button = QPushButton()
        self.retranslate()
        self.save_button.clicked.connect(self.save_clicked)
        for button in (self.date_button, self.columns_button, self.fix_button, self.save_button):
            top.addWidget(button)
        outer.addLayout(top)
        self.chips_host = QWidget()
        self.chips = FlowLayout(self.chips_host, spacing=6)
        self.chips.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.chips_host)
        self.date_button.hide()
        self.columns_button.hide()
        self._rows_chip: QLabel | None = None   # the row count, updated in place while rows are counted
        self._counting = False

    def retranslate(self) -> None:
        """Fixed texts; the rest is re-shown by show_loading / show_report."""
        self.date_button.setText(self.tr("Day or month first?…"))
        self.columns_button.setText(self.tr("Check column order…"))
        self.fix_button.setText(self.tr("Fix all safe problems…"))
        self.save_button.setText(self.tr("Save for upload…"))

    def _clear(self) -> None:
        self._rows_chip = None
        while self.chips.count():
            item = self.chips.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()   # gone at once, even before the event loop deletes it
                item.widget().deleteLater()

    def _chip(self, text: str, state: str = "", tooltip: str = "") -> QLabel:
        label = QLabel(text)
        label.setObjectName("Chip")
        label.setTextFormat(Qt.TextFormat.PlainText)
        if state:
            label.setProperty("severity", state)
        if tooltip:
            label.setToolTip(tooltip)
        self.chips.addWidget(label)
        # the style sheet (padding, border) applies once parented: measure the chip as drawn,
        # or the flow layout places the next chip over it
        label.ensurePolished()
        self.chips.invalidate()
        return label

    def show_loading(self, doc: Document, counting: bool = False) -> None:
        """The file is open and being checked; `counting`: its rows are still being indexed."""
        self._clear()
        self._counting = counting
        self._loading_headline(doc)
        self._basics(doc, None)
        self.fix_button.setEnabled(False)
        self.fix_button.setText(self.tr("Fix safe problems…"))
        self._primary(self.save_button, False)
        self.date_button.hide()
        self.columns_button.hide()

    def count_rows(self, doc: Document, counting: bool) -> None:
        """More rows indexed (or all of them, counting=False): the count moves on, in place."""
        if self._rows_chip is None:
            self.show_loading(doc, counting)
            return
        self._counting = counting
        self._loading_headline(doc)
        self._rows_chip.setText(self._rows_text(doc, counting))

    def _loading_headline(self, doc: Document) -> None:
        if self._counting:
            text = self.tr("{name}: reading… %Ln rows so far", "", doc.row_count)
        else:
            text = self.tr("{name}: %Ln rows, checking…", "", doc.row_count)
        self.headline.setText(text.format(name=doc.table.source.label))

    def show_report(self, doc: Document, report: Report, fixable: int) -> None:
        self._clear()
        # the same totals `offline-gui check` prints (one source for every count) ...
        errors, warnings = report.count(Severity.ERROR), report.count(Severity.WARNING)
        # ... of which file-level errors the writer repairs by itself (encoding, BOM, separator,
        # column order) need nothing from the user: said, not hidden
        repaired = sum(1 for d in report.file_findings if d.severity is Severity.ERROR and d.info.by_writer)
        name = doc.table.source.label
        if not report.complete:
            text = self.tr("{name}: check cancelled: {errors} and {warnings} in the rows checked so far")
        elif errors > repaired and repaired:
            text = self.tr("{name}: {errors} ({repaired} repaired by saving) and {warnings} to look at")
        elif errors > repaired:
            text = self.tr("{name}: {errors} and {warnings} to look at")
        elif errors:
            text = self.tr("{name}: ready to upload ({errors} repaired by saving, {warnings})")
        elif warnings:
            text = self.tr("{name}: ready to upload ({warnings} worth a look)")
        else:
            text = self.tr("{name}: ready to upload, no problems found")
        self.headline.setText(text.format(name=name, errors=self.count(errors, "error"), repaired=repaired,
                                          warnings=self.count(warnings, "warning")))
        self._basics(doc, report)
        codes = {d.code for d in report.file_findings}
        self.date_button.setVisible("date-order-ambiguous" in codes)
        self.columns_button.setVisible(bool(codes & {"column-order", "column-order-content", "header-unknown"}))
        self.fix_button.setVisible(fixable > 0)
        self.fix_button.setEnabled(fixable > 0)
        self.fix_button.setText(self.tr("Fix %Ln safe problems…", "", fixable))
        self._primary(self.save_button, fixable == 0)   # nothing left to fix: saving is the next step

    def _primary(self, button: QPushButton, on: bool) -> None:
        name = "Primary" if on else ""
        if button.objectName() != name:
            button.setObjectName(name)
            button.style().unpolish(button)
            button.style().polish(button)
            button.updateGeometry()

    def count(self, n: int, what: str) -> str:
        if what == "error":
            return self.tr("%Ln errors", "", n)
        return self.tr("%Ln warnings", "", n)

    def _rows_text(self, doc: Document, counting: bool) -> str:
        return self.tr("%Ln rows so far", "", doc.row_count) if counting else self.tr("%Ln rows", "", doc.row_count)

    def _basics(self, doc: Document, report: Report | None) -> None:
        table = doc.table
        self._rows_chip = self._chip(self._rows_text(doc, self._counting and report is None))
        found = {d.code: d for d in report.file_findings} if report is not None else {}
        source = table.source
        if source.sheet is not None:
            self._chip(self.tr("Excel sheet: {sheet}").format(sheet=source.sheet))
        if source.member:
            self._chip(self.tr("In zip: {member}").format(member=source.member))
        if "encoding" in found:
            self._finding(found.pop("encoding"), self.tr("Encoding: {enc} → saved as UTF-8").format(
                enc=_(source.encoding.label)))
        elif source.sheet is None:
            self._chip(self.tr("Encoding: {enc}").format(enc=_(source.encoding.label)), "ok")
        if "bom" in found:
            self._finding(found.pop("bom"), self.tr("Byte-order mark → removed when saved"))
        if "delimiter" in found:
            self._finding(found.pop("delimiter"), self.tr("Separator: {name} → saved as ;").format(
                name=_(NAMES[table.delimiter]) if table.delimiter in NAMES else table.delimiter))
        elif source.sheet is None:
            self._chip(self.tr("Separator: ;"), "ok")
        if "header-present" in found:
            self._finding(found.pop("header-present"), self.tr("Header row: yes"))
        elif report is None and table.layout.has_header:   # known from the first rows, before any check
            self._chip(self.tr("Header row: yes"))
        else:
            self._chip(self.tr("Header row: no"))
        texts = {
            "column-order": self.tr("Columns in another order → reordered when saved"),
            "column-order-content": self.tr("Columns look swapped"),
            "header-unknown": self.tr("Columns with no known place"),
            "blank-lines": self.tr("Blank lines skipped"),
            "no-data": self.tr("No data rows"),
        }
        for code, diag in found.items():
            if code == "date-order-ambiguous":
                continue   # the "Day or month first?" button asks it
            if code == "date-range":
                first, last = str(diag.params.get("first", "")), str(diag.params.get("last", ""))
                text = self.tr("Dates: {first} → {last}").format(first=date(first[:10]), last=date(last[:10]))
            else:
                text = texts.get(code, diag.title)
            self._finding(diag, text)
        if report is not None and not ({"column-order", "column-order-content"} & set(found)):
            self._chip(self.tr("Column order: OK"), "ok")

    def _finding(self, diag: Diagnostic, text: str) -> None:
        state = {Severity.ERROR: "error", Severity.WARNING: "warning"}.get(diag.severity, "")
        if diag.fix is not None and diag.fix.safety is Safety.SAFE and diag.severity is not Severity.INFO:
            state = "fixed"   # repaired when saving: nothing for the user to do
        tip = diag.message
        if diag.rule:
            tip += "\n" + self.tr("Rule: {rule}").format(rule=diag.rule)
        if diag.fix:
            tip += "\n" + self.tr("Fix: {fix}").format(fix=diag.fix.description)
        self._chip(text, state, tip)
