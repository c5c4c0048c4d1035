"""File › Export report… and View › Summary and totals…: both work on a snapshot of
the document in a worker, so a big file never freezes the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog

from ..naming import export_stem
from ..report import write_report
from . import dialogs
from .totals_panel import TotalsPanel
from .workers import Job


class ReportActions(QObject):
    report_written = Signal(object)   # the path

    def __init__(self, window, session) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.panel: TotalsPanel | None = None
        self._job: Job | None = None

    def actions(self) -> dict[str, QAction]:
        report = QAction(self.tr("Export &report…"), self.window)
        report.setShortcut(QKeySequence("Ctrl+E"))
        report.setStatusTip(self.tr("Write the problems, the data and the totals to an Excel workbook or a web "
                                    "page to send"))
        report.triggered.connect(self.export_report)
        totals = QAction(self.tr("Summary and &totals…"), self.window)
        totals.setShortcut(QKeySequence("Ctrl+T"))
        totals.setStatusTip(self.tr("Rows, dates, customers and Num1 / Num2 per day and per store, to compare "
                                    "with the till"))
        totals.triggered.connect(self.show_totals)
        return {"report": report, "totals": totals}

    def suggested(self) -> Path:
        path = self.session.path
        folder = Path(self.window.settings.last_folder or path.parent)
        return folder / f"{export_stem(path)}-report.xlsx"

    def ask_target(self) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Export report"), str(self.suggested()),
            self.tr("Excel workbook (*.xlsx);;Web page (*.html)"))
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() in (".xlsx", ".html", ".htm") else path.with_suffix(".xlsx")

    def export_report(self) -> None:
        session = self.session
        if session.doc is None or session.report is None or session.checking:
            self.window.statusBar().showMessage(self.tr("Please wait until the check has finished."), 5000)
            return
        if self._job is not None:
            self.window.statusBar().showMessage(self.tr("A report is already being written."), 5000)
            return
        target = self.ask_target()
        if target is None:
            return
        doc, report = session.snapshot(), session.report
        store = self.panel.store_column() if self.panel is not None else None
        job = Job(lambda progress, _cancelled, _partial: write_report(doc, report, target, store, progress),
                  "report", self)
        self._job = job
        job.succeeded.connect(self._written)
        job.failed.connect(self._failed)
        self.window.statusBar().showMessage(self.tr("Writing the report {name}…").format(name=target.name))
        session.start_job(job)

    def _written(self, path: Path) -> None:
        self._job = None
        partial = self.session.report is not None and not self.session.report.complete
        text = self.tr("Report written to {path}.").format(path=path)
        if partial:
            text += " " + self.tr("The check was cancelled, so it covers only the rows checked.")
        self.window.statusBar().showMessage(text)
        self.report_written.emit(path)

    def _failed(self, exc: BaseException) -> None:
        self._job = None
        if not isinstance(exc, OSError | ValueError):
            raise exc
        dialogs.show_error(self.window, self.tr("The report was not written"), str(exc))

    def show_totals(self) -> None:
        if self.session.doc is None:
            return
        if self.panel is None or self.panel.session.doc is not self.session.doc:
            self.panel = TotalsPanel(self.session, self.window)
        self.panel.show()
        self.panel.raise_()
        self.panel.recompute()
