"""The main window: wires the widgets to the session and asks the user's questions."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ..errors import CannotRead
from ..i18n import number
from ..settings import Settings
from . import dialogs
from .data_table import DataTable
from .edit_actions import EditActions
from .empty_state import EmptyState
from .fit_screen import fit_to_screen
from .fix_actions import FixActions
from .issues_panel import CODE_ROLE, IssuesPanel
from .memory_bar import MemoryBar
from .menus import build_menus
from .privacy_actions import PrivacyActions
from .report_actions import ReportActions
from .save_flow import SaveFlow
from .session import Session
from .style import STYLE_SHEET
from .summary_strip import SummaryStrip
from .table_model import CODES_ROLE, TableModel
from .upload_actions import UploadActions

PROGRESS_MS = 200   # at most this often the progress bar moves (each move repaints it at once)


class MainWindow(QMainWindow):
    loaded = Signal()      # the first rows of a file are on screen
    validated = Signal()   # the whole-file check finished

    def __init__(self, settings: Settings | None = None) -> None:
        super().__init__()
        from .language import ensure_loaded
        ensure_loaded()
        self.settings = settings or Settings.load()
        self.setAcceptDrops(True)
        self.setStyleSheet(STYLE_SHEET)
        self.session = Session(self)
        self.model = TableModel(self)
        self.fixes = FixActions(self, self.session)
        self.save_flow = SaveFlow(self, self.session)
        self.reports = ReportActions(self, self.session)
        self.edits = EditActions(self, self.session)
        self.privacy = PrivacyActions(self, self.session)
        self._started = 0.0
        self._build()
        self.uploads = UploadActions(self)
        self.actions_ = build_menus(self)
        self._connect()
        self._restore()
        self._update_title()
        self._update_actions()

    # ---- layout ---------------------------------------------------------------
    def _build(self) -> None:
        self.pages = QStackedWidget()
        self.empty = EmptyState()
        self.empty.set_recent(self.settings.recent_files)
        self.pages.addWidget(self.empty)
        work = QWidget()
        column = QVBoxLayout(work)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.memory_bar = MemoryBar(self.session)
        column.addWidget(self.memory_bar)
        self.strip = SummaryStrip()
        column.addWidget(self.strip)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.table_view = DataTable(self.model)
        self.table_view.can_fix_like = self.fixes.can_fix_like
        self.issues = IssuesPanel()
        self.issues.can_fix_like = self.fixes.can_fix_like
        self.splitter.addWidget(self.table_view)
        self.splitter.addWidget(self.issues)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setSizes([1000, 340])
        column.addWidget(self.splitter, 1)
        self.pages.addWidget(work)
        self.setCentralWidget(self.pages)
        bar = self.statusBar()
        self.status_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(260)
        self.progress.setTextVisible(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.session.cancel)
        self._pending_progress: tuple[int, int] | None = None
        self._pending_found: int | None = None
        self._progress_timer = QTimer(self)
        self._progress_timer.setSingleShot(True)
        self._progress_timer.setInterval(PROGRESS_MS)
        self._progress_timer.timeout.connect(self._show_progress)
        bar.addPermanentWidget(self.status_label)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.cancel_button)
        self._show_busy(False)

    def _connect(self) -> None:
        s = self.session
        s.opened.connect(self._opened)
        s.grown.connect(self._grown)
        s.dropped.connect(self._dropped)
        s.open_failed.connect(self._open_failed)
        s.open_cancelled.connect(lambda: self.statusBar().showMessage(self.tr("Opening was cancelled."), 5000))
        s.analysed.connect(self._analysed)
        s.provisional.connect(self._provisional)
        s.report_changed.connect(self._report_changed)
        s.state_changed.connect(self.model.refresh)
        s.busy.connect(self._busy)
        s.progress.connect(self._progress)
        s.found_so_far.connect(self._found_so_far)
        s.idle.connect(lambda: self._show_busy(False))
        s.saved.connect(self._saved)
        s.saved.connect(self.memory_bar.remember)
        self.validated.connect(self.memory_bar.offer)
        s.save_failed.connect(self._save_failed)
        s.undo_stack.cleanChanged.connect(self._update_title)
        self.model.edit_requested.connect(self.session.edit_cell)
        self.empty.open_clicked.connect(self.choose_file)
        self.empty.recent_clicked.connect(self.open_path)
        self.strip.fix_all_clicked.connect(self.fixes.fix_all)
        self.strip.save_clicked.connect(self.save_for_upload)
        self.strip.date_order_clicked.connect(self.fixes.choose_date_order)
        self.strip.columns_clicked.connect(self.fixes.edit_mapping)
        self.issues.go_to.connect(self.table_view.go_to)
        self.issues.fix_this.connect(self.fixes.fix_this)
        self.issues.fix_like_this.connect(self.fixes.fix_like)
        self.issues.file_finding.connect(self._file_finding)
        self.table_view.fix_this.connect(self.fixes.fix_this)
        self.table_view.fix_like_this.connect(self.fixes.fix_like)
        self.table_view.clear_cells.connect(self.edits.clear_selection)
        self.issues.explain.connect(self.show_code_help)
        self.table_view.explain.connect(self.show_code_help)

    def _restore(self) -> None:
        if self.settings.window_geometry:
            self.restoreGeometry(QByteArray.fromBase64(self.settings.window_geometry.encode()))
        else:
            screen = self.screen().availableGeometry()
            self.resize(min(1360, int(screen.width() * 0.92)), min(820, int(screen.height() * 0.9)))
        fit_to_screen(self)   # a size saved on a bigger (or unscaled) screen must not hide Save

    # ---- opening ----------------------------------------------------------------
    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open a store export"), self.settings.last_folder,
                                              self.tr("Exports (*.csv *.txt *.tsv *.dat *.xlsx *.xlsm *.zip);;"
                                                      "All files (*)"))
        if name:
            self.open_path(name)

    def open_path(self, path: str, member: str | None = None, sheet: str | None = None) -> None:
        """Open a file (asks first when there are unsaved changes)."""
        if self.session.dirty and member is None and sheet is None and not dialogs.confirm_discard(self):
            return
        self._started = time.perf_counter()
        self.session.open(path, member=member, sheet=sheet)

    def _opened(self, doc) -> None:
        self.model.set_document(doc)
        self.filter_action.setChecked(False)
        self.issues.clear()
        self.strip.show_loading(doc, counting=self.session.indexing)
        self.pages.setCurrentIndex(1)
        self.settings.add_recent(self.session.path)
        self.settings.save()
        self.empty.set_recent(self.settings.recent_files)
        self.refresh_recent_menu()
        self._update_title()
        self._update_actions()
        self.loaded.emit()

    def _grown(self, rows: int) -> None:
        """More rows are indexed: the table grows at its end, the strip counts them."""
        self.model.grow(rows)
        doc = self.session.doc
        if doc is not None and self.session.report is None:
            self.strip.count_rows(doc, counting=self.session.indexing)
        if not self.session.indexing:
            self._update_actions()

    def _dropped(self) -> None:
        """The file shown could not be read to the end (or reading it was cancelled): let go of it."""
        self.model.set_document(None)
        self.issues.clear()
        self.pages.setCurrentIndex(0)
        self._update_title()
        self._update_actions()

    def _open_failed(self, exc: BaseException, request) -> None:
        path, member, sheet = request
        if isinstance(exc, CannotRead):
            if exc.choices:
                # the core's reason names the command line's option; a clerk gets the question
                question = self.tr("This workbook has several sheets with data. Which sheet should be opened?") \
                    if exc.kind == "sheet" else \
                    self.tr("{name} holds several files. Which one should be opened?").format(name=Path(path).name)
                choice = dialogs.pick_choice(self, question, exc.choices)
                if choice is not None:
                    wants_sheet = exc.kind == "sheet" or member is not None \
                        or Path(path).suffix.lower() in (".xlsx", ".xlsm")
                    if wants_sheet:
                        self.session.open(path, member=member, sheet=choice)
                    else:
                        self.session.open(path, member=choice)
                return
            dialogs.show_error(self, self.tr("This file cannot be opened"), exc.reason)
            return
        raise exc

    # ---- checking -----------------------------------------------------------------
    def _analysed(self, report) -> None:
        doc = self.session.doc
        current = self.table_view.currentIndex()
        where = (self.model.doc_row(current.row()), current.column()) if current.isValid() else None
        self.model.set_report(report)
        if self.filter_action.isChecked():
            self.model.set_row_map(report.rows_with())
            if where is not None:
                self.table_view.go_to(*where)
        self._show_report()
        took = time.perf_counter() - self._started if self._started else 0
        if not report.complete:
            self.statusBar().showMessage(self.tr("Check cancelled after {done} of {rows} rows: the counts "
                                                 "cover only those rows.").format(
                done=number(self.session.rows_checked), rows=number(doc.row_count)))
            self._started = 0.0
        elif self._started:
            self.statusBar().showMessage(self.tr("Checked %Ln rows in {s} s.", "", doc.row_count).format(
                s=number(took, 1)), 8000)
            self._started = 0.0
        self.validated.emit()

    def _provisional(self, report) -> None:
        """Problems found so far: highlight them while the rest is checked."""
        if self.session.doc is None or self.filter_action.isChecked():
            return
        self.model.set_report(report)
        self.issues.show_report(self.session.doc, report)

    def _report_changed(self, rows) -> None:
        self.model.refresh(rows)
        self._show_report()

    def _show_report(self) -> None:
        doc, report = self.session.doc, self.session.report
        if doc is None or report is None:
            return
        self.strip.show_report(doc, report, self.fixes.fixable_count())
        self.issues.show_report(doc, report)
        self._update_actions()

    def _file_finding(self, code: str) -> None:
        if code == "date-order-ambiguous":
            self.fixes.choose_date_order()
        elif code in ("column-order", "column-order-content", "header-unknown"):
            self.fixes.edit_mapping()
        elif code == "encoding-line":
            self.fixes.fix_like(code)
        elif code == "personal-data":
            self.privacy.leave_out()
        elif self.session.report is not None:
            for diag in self.session.report.file_findings:
                if diag.code == code:
                    fix = diag.fix.description if diag.fix else self.tr("Nothing to do automatically.")
                    self.statusBar().showMessage(f"{diag.message} {fix}", 10000)

    def toggle_filter(self, on: bool) -> None:
        report = self.session.report
        current = self.table_view.currentIndex()
        row = self.model.doc_row(current.row()) if current.isValid() else None
        self.model.set_row_map(report.rows_with() if on and report is not None else None)
        if row is not None:
            self.table_view.go_to(row, current.column())

    # ---- busy ---------------------------------------------------------------------
    def _busy(self, text: str) -> None:
        self._pending_progress = self._pending_found = None   # a new job: the last one's news is stale
        self.status_label.setText(text)
        self.progress.setRange(0, 0)
        self._show_busy(True)
        self._update_actions()

    def _progress(self, done: int, total: int) -> None:
        """Progress comes per chunk (~200 times for 1M rows) and each new percentage repaints
        the bar at once (QProgressBar does): shown at most every PROGRESS_MS instead, so the
        GUI thread leaves the interpreter to the work it shows."""
        if total > 0:
            self._pending_progress = (done, total)
            if not self._progress_timer.isActive():
                self._progress_timer.start()

    def _show_progress(self) -> None:
        if self._pending_progress is not None and self.progress.isVisible():
            done, total = self._pending_progress
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        self._pending_progress = None
        if self._pending_found is not None and self.session.checking:
            if self.session.indexing:   # a big file's check starts while it is read; the bar shows the reading
                self.status_label.setText(self.tr("Reading and checking… %Ln problems found so far", "",
                                                  self._pending_found))
            else:
                self.status_label.setText(self.tr("Checking… %Ln problems found so far", "", self._pending_found))
        self._pending_found = None

    def _found_so_far(self, n: int) -> None:
        """Per chunk too: the label (and the status bar's layout) follows with the progress bar."""
        self._pending_found = n
        if not self._progress_timer.isActive():
            self._progress_timer.start()

    def _show_busy(self, on: bool) -> None:
        self.progress.setVisible(on)
        self.cancel_button.setVisible(on)
        self.status_label.setVisible(on)
        if not on:
            self._update_actions()

    # ---- saving ---------------------------------------------------------------------
    def save_for_upload(self) -> None:
        self.save_flow.start()

    def _saved(self, result) -> None:
        self.statusBar().showMessage(self.save_flow.saved_text(result))
        self.last_save = result
        self.uploads.saved(result.path)

    def _save_failed(self, message: str) -> None:
        dialogs.show_error(self, self.tr("The file was not saved"),
                           message + "\n\n" + self.tr("Your changes are still here; nothing was lost."))

    # ---- language and help ---------------------------------------------------------------
    def set_language(self, lang: str) -> None:
        """View › Language: switch now, remember it; the file and the undo history stay as they are."""
        from .language import apply_language
        self.settings.language = apply_language(lang)
        self.settings.save()
        self.retranslate()

    def retranslate(self) -> None:
        """Every text of the window again, in the language just loaded."""
        checked = self.filter_action.isChecked()
        # old menus and actions go once control is back in the event loop (this may run inside
        # one of their own triggered signals: the language menu)
        for menu in self.menuBar().findChildren(QMenu) + [self.recent_menu]:
            menu.deleteLater()
        self.menuBar().clear()
        for bar in self.findChildren(QToolBar):
            self.removeToolBar(bar)
            bar.deleteLater()
        kept = set(self.uploads.actions.values())   # owned by UploadActions, re-labelled there
        for action in self.actions_.values():
            if action not in kept:
                action.deleteLater()
        self.uploads.retranslate()
        self.memory_bar.retranslate()
        self.actions_ = build_menus(self)
        self.filter_action.setChecked(checked)
        self.cancel_button.setText(self.tr("Cancel"))
        self.empty.retranslate()
        self.strip.retranslate()
        self.issues.retranslate()
        if self.session.doc is not None and self.session.report is None:
            self.strip.show_loading(self.session.doc, counting=self.session.indexing)
        self._show_report()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(self.model.columnCount() - 1, 0))
        self._update_title()
        self._update_actions()

    def explain_current(self) -> None:
        """F1: the help page of the problem under the cursor (table cell or Problems panel)."""
        code = None
        if self.issues.tree.hasFocus() and self.issues.tree.currentItem() is not None:
            code = self.issues.tree.currentItem().data(0, CODE_ROLE)
        elif self.table_view.currentIndex().isValid():
            codes = self.table_view.currentIndex().data(CODES_ROLE) or []
            code = codes[0] if codes else None
        self.show_code_help(code)

    def show_code_help(self, code: str | None) -> None:
        from .help_dialog import show_help_page
        show_help_page(self, code)

    # ---- window -----------------------------------------------------------------------
    def _update_title(self, *_args) -> None:
        name = self.session.doc.table.source.label if self.session.doc else ""
        star = " *" if self.session.dirty else ""
        self.setWindowTitle(f"{name}{star} — Offline Data Checker" if name else "Offline Data Checker")

    def _update_actions(self) -> None:
        if not hasattr(self, "actions_"):
            return
        has_doc = self.session.doc is not None
        ready = has_doc and self.session.report is not None and not self.session.checking
        # while the rows are still being counted, what reads them all waits until every row is known
        counted = has_doc and not self.session.indexing
        anytime = {"close": has_doc, "copy": has_doc, "mapping": counted, "totals": counted, "find": counted,
                   "what_changed": counted}
        for name in ("save", "fix_all", "next", "previous", "filter", "mapping", "close", "report", "totals",
                     "copy", "paste", "delete_rows", "restore_rows", "find", "what_changed"):
            self.actions_[name].setEnabled(anytime.get(name, ready))
        if self.session.saving:   # one save at a time
            self.actions_["save"].setEnabled(False)
        self.strip.save_button.setEnabled(self.actions_["save"].isEnabled())

    def close_file(self) -> None:
        if self.session.dirty and not dialogs.confirm_discard(self):
            return
        self.model.set_document(None)
        self.issues.clear()
        self.session.close()
        self.pages.setCurrentIndex(0)
        self._update_title()
        self._update_actions()

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt API
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    dragMoveEvent = dragEnterEvent

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt API
        files = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.open_path(files[0])

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if not getattr(self, "_fitted", False):   # the frame's size is known once shown
            self._fitted = True
            fit_to_screen(self)
            if self.windowHandle() is not None:   # dragged to a smaller screen, or scaling changed
                self.windowHandle().screenChanged.connect(lambda _screen: fit_to_screen(self))

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self.session.dirty and not dialogs.confirm_discard(self):
            event.ignore()
            return
        self.settings.window_geometry = bytes(self.saveGeometry().toBase64()).decode()
        self.settings.save()
        self.model.set_document(None)
        self.session.shutdown()
        event.accept()
