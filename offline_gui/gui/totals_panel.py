"""Summary and totals (View › Summary and totals…): what a clerk compares with the
till's end-of-day report. Computed in a worker; the store column is the user's choice."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..memory import Memory
from ..spec import column_name
from ..totals import FREE_COLUMNS, Totals, compute_totals, decimal_text, default_store_column, source_header
from .workers import Job


class TotalsPanel(QDialog):
    computed = Signal()   # the numbers on screen are final
    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("TotalsPanel")
        self.setWindowTitle(self.tr("Summary and totals"))
        self.session = session
        self.totals: Totals | None = None
        self._job: Job | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Compare these with the till's end-of-day report. Values are counted as they "
                               "will be saved, rows that still have errors included (the upload leaves those "
                               "out); rows whose time stamp or numbers cannot be read are left out and counted."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        for key, text in (("rows", self.tr("Rows")), ("range", self.tr("Dates")),
                          ("customers", self.tr("Distinct customers")), ("num1", self.tr("Num1 total (amount)")),
                          ("num2", self.tr("Num2 total (sales)")), ("skipped", self.tr("Left out of the totals"))):
            label = QLabel("…")
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.labels[key] = label
            self.form.addRow(text, label)
        layout.addLayout(self.form)
        store_row = QHBoxLayout()
        store_row.addWidget(QLabel(self.tr("Store column:")))
        self.store_box = QComboBox()
        self.store_box.setAccessibleName(self.tr("Store column"))
        store_row.addWidget(self.store_box, 1)
        layout.addLayout(store_row)
        tables = QHBoxLayout()
        self.per_day = self._table([self.tr("Day"), self.tr("Rows"), self.tr("Num1"), self.tr("Num2")])
        self.per_store = self._table([self.tr("Store"), self.tr("Rows"), self.tr("Num1"), self.tr("Num2")])
        tables.addWidget(self._titled(self.tr("Per day"), self.per_day))
        tables.addWidget(self._titled(self.tr("Per store"), self.per_store))
        layout.addLayout(tables, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._fill_stores()
        self.store_box.currentIndexChanged.connect(self._store_chosen)
        self.resize(760, 520)

    def _table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)   # a whole date, never "2024…"
        return table

    def _titled(self, title: str, widget: QWidget) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        label = QLabel(title)
        label.setObjectName("PanelTitle")
        column.addWidget(label)
        column.addWidget(widget)
        return box

    def _fill_stores(self) -> None:
        doc = self.session.doc
        self.store_box.addItem(self.tr("(no store column)"), -1)
        remembered = Memory().store_column(doc)
        default = remembered if remembered is not None else default_store_column(doc)
        for column in FREE_COLUMNS:
            header = source_header(doc, column)
            text = f"{column_name(column)} — {header}" if header else column_name(column)
            self.store_box.addItem(text, column)
        if default is not None and self.store_box.findData(default) >= 0:
            self.store_box.setCurrentIndex(self.store_box.findData(default))

    def _store_chosen(self, _index: int) -> None:
        """The clerk's choice holds for this kind of export from now on."""
        if self.session.doc is not None:
            Memory().remember_store_column(self.session.doc, int(self.store_box.currentData()))
        self.recompute()

    def store_column(self) -> int | None:
        value = self.store_box.currentData()
        return None if value is None or value < 0 else int(value)

    def recompute(self) -> None:
        """Totals of the rows as they are now, in a worker (a million rows take seconds)."""
        if self._job is not None:
            self._job.cancel()
        doc = self.session.snapshot()
        if doc is None:
            return
        store = self.store_column()
        report = self.session.report
        order = report.ctx.date_order if report is not None else None
        for label in self.labels.values():
            label.setText("…")
        job = Job(lambda _progress, cancelled, _partial: compute_totals(doc, store if store is not None else -1,
                                                                       order, cancelled), "totals", self)
        self._job = job
        job.succeeded.connect(lambda totals, j=job: self._show(j, totals))
        self.session.start_job(job)

    def _show(self, job: Job, totals: Totals) -> None:
        if job is not self._job:
            return
        self._job = None
        self.totals = totals
        self.labels["rows"].setText(f"{totals.rows:,}")
        self.labels["range"].setText(f"{totals.first or '–'}  →  {totals.last or '–'}")
        self.labels["customers"].setText(f"{totals.customers:,}")
        self.labels["num1"].setText(totals.num1_text)
        self.labels["num2"].setText(totals.num2_text)
        self.labels["skipped"].setText(self.tr("%n rows", "", totals.skipped))
        self._rows(self.per_day, totals.per_day)
        self._rows(self.per_store, totals.per_store if totals.store_column is not None else {})
        self.computed.emit()

    @staticmethod
    def _rows(table: QTableWidget, sums: dict) -> None:
        table.setRowCount(len(sums))
        for r, (name, s) in enumerate(sums.items()):
            for c, text in enumerate((name, f"{s.rows:,}", decimal_text(s.num1), decimal_text(s.num2))):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(r, c, item)
