"""The open file and everything done to it: load, check, change, save, in workers.

No widgets here: the window listens to the signals and asks the user questions.
"""

from __future__ import annotations

import copy
import time
from dataclasses import replace
from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from .. import growing
from ..analysis import Report, analyse
from ..document import Document, State
from ..duplicates import refresh_duplicates
from ..errors import Cancelled, CannotRead
from ..export import SaveOptions, save
from ..fixing import FixContext
from ..spec import REQUIRED_FIELDS
from ..table import Table, load
from ..validation import check_row
from .commands import StateCommand
from .workers import Job, Jobs, prepare_processes, start_fork_server

RECHECK_ROWS_MAX = 5000
PUBLISH_MS = 1000  # at most this often, show the problems found so far while a check runs
# At most this often, the table grows while a file is indexed: each growth repaints the view
# (~20 ms of the interpreter the indexing needs too), so a 1M-row file grows in a few steps.
GROW_MS = 250
# The check's worker processes come from a fork server that imports the core once (~0.25 s
# of CPU). Started when the app has been idle this long (the user choosing a file), the first
# big check does not wait for it; started at once, or with the open, it would take the CPU
# the first screen and the index need (measured: the index 0.32 s -> 0.6 s on 2 cores).
SERVER_AFTER_IDLE_MS = 1500


def ends_within(done: int, total: int, elapsed_s: float, window_s: float) -> bool:
    """Whether a check that went through `done` of `total` rows in `elapsed_s` ends within
    `window_s` at the same pace (a provisional report of three million findings took the
    GUI thread 0.1 s, half a second before the whole one came)."""
    if done <= 0:
        return False
    return elapsed_s * max(total - done, 0) / done < window_s


class Session(QObject):
    opened = Signal(object)          # Document: the first rows can be shown (the rest may still be indexed)
    grown = Signal(int)              # more rows of the open document are indexed: the row count so far
    dropped = Signal()               # the open document was given up (its loading failed or was cancelled)
    open_failed = Signal(object, object)  # exception, (path, member, sheet)
    open_cancelled = Signal()
    analysed = Signal(object)        # Report: a whole-file check finished
    report_changed = Signal(object)  # rows re-checked after an edit (set of rows)
    state_changed = Signal(object)   # rows that changed (None: all)
    busy = Signal(str)               # a job started: what it does
    progress = Signal(int, int)
    found_so_far = Signal(int)
    provisional = Signal(object)     # Report of the rows checked so far (complete=False)
    idle = Signal()
    saved = Signal(object)           # SaveResult
    save_failed = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        prepare_processes()
        self.doc: Document | None = None
        self.rows_checked = 0            # rows the last check got through (less than all when cancelled)
        self._check_started = 0.0         # time.monotonic() when the running check started
        self._source_stamp: tuple[int, int] | None = None
        self.report: Report | None = None
        self.path: Path | None = None
        self.undo_stack = QUndoStack(self)
        self._jobs = Jobs()
        self._load_job: Job | None = None
        self._indexing: Job | None = None   # the load job whose document is shown while its index grows
        self._check_job: Job | None = None
        self._save_job: Job | None = None
        self._data_ctx: FixContext | None = None
        self._check_state: State | None = None   # the state the running check checks
        self._early_report: tuple[Job, Report] | None = None   # a check done before the index was
        self._found = 0
        self._parts: list[tuple[np.ndarray, ...]] = []
        self._publish = QTimer(self)
        self._publish.setSingleShot(True)
        self._publish.setInterval(PUBLISH_MS)
        self._publish.timeout.connect(self._publish_partial)
        self._server_timer = QTimer(self)   # a child: gone with the session, never fires after it
        self._server_timer.setSingleShot(True)
        self._server_timer.timeout.connect(self._start_server_if_idle)
        self._server_timer.start(SERVER_AFTER_IDLE_MS)
        self._next_index = None           # the latest index of the file being read, not yet shown
        self._grow = QTimer(self)
        self._grow.setSingleShot(True)
        self._grow.setInterval(GROW_MS)
        self._grow.timeout.connect(self._show_grown)

    # ---- state ----------------------------------------------------------------
    @property
    def dirty(self) -> bool:
        return self.doc is not None and not self.undo_stack.isClean()

    @property
    def checking(self) -> bool:
        return self._check_job is not None

    @property
    def saving(self) -> bool:
        return self._save_job is not None

    @property
    def indexing(self) -> bool:
        """The document is shown, but its rows are still being counted: it grows, no check yet."""
        return self._indexing is not None

    def working(self) -> bool:
        return any(j is not None for j in (self._load_job, self._check_job, self._save_job))

    # ---- open -----------------------------------------------------------------
    def open(self, path: str | Path, member: str | None = None, sheet: str | None = None) -> None:
        if self._load_job is not None:
            self._load_job.cancel()
        if self._indexing is not None:   # the file still being indexed is given up, not left half counted
            self._drop_document()
        path = Path(path)
        request = (path, member, sheet)
        feed = growing.IndexFeed()   # each larger index, for a check that starts before the last

        def work(progress, cancelled, partial):
            def step(fraction: float) -> None:
                if cancelled():
                    raise Cancelled()
                progress(int(fraction * 1000), 1000)

            def grown(index) -> None:
                partial(("grown", index))
                feed.put(index)
            # the first rows are shown while the rest is indexed; the GUI thread owns the table from then
            try:
                table = load(path, member=member, sheet=sheet, progress=step,
                             first=lambda table: partial(("first", table, feed)), grown=grown)
            except BaseException:
                feed.drop()
                raise
            feed.finish(table.index)
            return table

        job = Job(work, "load", self)
        self._load_job = job
        job.progressed.connect(self._progress_if(job))
        job.partial.connect(lambda item, j=job: self._load_partial(j, item, path))
        job.succeeded.connect(lambda table, j=job: self._loaded(j, table, path))
        job.failed.connect(lambda exc, j=job: self._load_failed(j, exc, request))
        job.stopped.connect(lambda j=job: self._load_stopped(j))
        self.busy.emit(self.tr("Reading {name}…").format(name=path.name))
        self._jobs.start(job)

    def _start_server_if_idle(self) -> None:
        if not self.working():   # a file being read or checked keeps the CPU; its check starts the server
            start_fork_server()

    def _progress_if(self, job: Job):
        return lambda done, total: self.progress.emit(done, total) if job.isRunning() else None

    def _load_partial(self, job: Job, item: tuple, path: Path) -> None:
        kind, value = item[:2]
        if job is not self._load_job:
            if kind == "first":
                value.close()   # a file given up before its first rows arrived
            return
        if kind == "first":
            self._replace_document(Document(value))
            self._indexing = job
            self.path = path
            self._source_stamp = _stamp(path)
            self.opened.emit(self.doc)
            if self.doc is not None and growing.starts_early(self.doc.table, self.doc.table.source.expected_size()):
                self.start_check(feed=item[2])
        elif self._indexing is job and self.doc is not None:
            self._next_index = value
            if not self._grow.isActive():
                self._grow.start()

    def _show_grown(self) -> None:
        """Swapped here, on the GUI thread, between paints: the rows before never change."""
        index, self._next_index = self._next_index, None
        if index is not None and self._indexing is not None and self.doc is not None:
            self.doc.table.index = index
            self.grown.emit(self.doc.row_count)

    def _loaded(self, job: Job, table: Table, path: Path) -> None:
        if job is not self._load_job:
            table.close()
            return
        self._load_job = None
        if self._indexing is job and self.doc is not None:
            self._indexing = None
            self._grow.stop()
            self._next_index = None
            self.doc.table.index = table.index
            self.grown.emit(self.doc.row_count)
        else:
            self._replace_document(Document(table))
            self.path = path
            self._source_stamp = _stamp(path)
            self.opened.emit(self.doc)
        early, self._early_report = self._early_report, None
        if early is not None and early[0] is self._check_job and self._check_state is self.doc.state:
            self._checked(*early)   # the check started with the first rows ended before this
        elif self._check_job is not None and self._check_state is self.doc.state:
            # the check started with the first rows goes on: it has the whole index now too
            self.busy.emit(self.tr("Checking %Ln rows…", "", self.doc.row_count))
        else:
            self.start_check()

    def _load_failed(self, job: Job, exc: BaseException, request) -> None:
        if job is not self._load_job:
            return
        self._load_job = None
        if self._indexing is job:   # e.g. a NUL byte far down the file: the rows shown go too
            self._drop_document()
        self._maybe_idle()
        self.open_failed.emit(exc, request)

    def _load_stopped(self, job: Job) -> None:
        if job is self._load_job:
            self._load_job = None
            if self._indexing is job:
                self._drop_document()
            self._maybe_idle()
            self.open_cancelled.emit()

    def _drop_document(self) -> None:
        """Give up a document whose loading did not finish: the window lets go of it first."""
        if self._indexing is not None:
            self._indexing.cancel()
            self._indexing = None
        self.dropped.emit()
        self._replace_document(None)
        self.path = None

    def _replace_document(self, doc: Document | None) -> None:
        old = self.doc
        if self._check_job is not None:
            stale = self._check_job
            stale.cancel()
            self._check_job = None
            if old is not None:
                stale.finished.connect(old.table.close)
                old = None
        if old is not None:
            old.table.close()
        self.doc = doc
        self.report = None
        self._early_report = None
        self._data_ctx = None
        self.undo_stack.clear()
        self.undo_stack.setClean()

    def close(self) -> None:
        counting = self._indexing is not None
        if counting:   # closed while its rows were still being counted
            self._indexing.cancel()
            self._load_job = self._indexing = None
        self._replace_document(None)
        self.path = None
        if counting:
            self._maybe_idle()

    # ---- check ----------------------------------------------------------------
    def start_check(self, feed: growing.IndexFeed | None = None) -> None:
        """(Re)validate the whole document in a worker; a running check is dropped.

        While the index still grows, a check starts only with the `feed` of the indexes to
        come (a big file: see growing.py); otherwise it runs once every row is known."""
        if self.doc is None:
            return
        if self._indexing is not None and feed is None:
            if self._check_job is not None and self._check_state is not self.doc.state:
                # started with the first rows, before this change: it runs again once all are read
                self._check_job.cancel()
                self._check_job = None
            return
        if self._check_job is not None:
            self._check_job.cancel()
        self._early_report = None
        doc = self.doc
        self._check_state = doc.state
        self._found = 0
        self._parts = []
        self._publish.stop()
        self._publish.setInterval(PUBLISH_MS)
        self._check_started = time.monotonic()

        def work(progress, cancelled, partial):
            def step(done: int, total: int, chunk) -> None:
                progress(done, total)
                partial(tuple(np.array(a, copy=True) for a in chunk.found.arrays()))
            return analyse(doc, progress=step, cancelled=cancelled,
                           indexes=None if feed is None else feed.indexes(cancelled))

        job = Job(work, "check", self)
        self._check_job = job
        self.rows_checked = 0
        # while the file is read, the bar shows the reading (the rows to check are not all known)
        job.progressed.connect(lambda done, total, j=job: self._indexing is None and self._progress_if(j)(done, total))
        job.progressed.connect(lambda done, _total, j=job: self._count_checked(j, done))
        job.partial.connect(lambda n, j=job: self._partial(j, n))
        job.succeeded.connect(lambda report, j=job: self._checked(j, report))
        job.failed.connect(lambda exc, j=job: self._check_failed(j, exc))
        job.stopped.connect(lambda j=job: self._check_stopped(j))
        if feed is None:
            self.busy.emit(self.tr("Checking %Ln rows…", "", doc.row_count))
        self._jobs.start(job)

    def _count_checked(self, job: Job, done: int) -> None:
        if job is self._check_job:
            self.rows_checked = done

    def _partial(self, job: Job, arrays: tuple[np.ndarray, ...]) -> None:
        if job is not self._check_job:
            return
        self._found += len(arrays[0])
        self.found_so_far.emit(self._found)
        if len(arrays[0]):
            self._parts.append(arrays)
            if not self._publish.isActive():
                self._publish.start()

    def _publish_partial(self) -> None:
        """Problems found so far, so the first ones show before a long check ends."""
        if self._check_job is None or self.doc is None or not self._parts or self._indexing is not None:
            return   # (while the file is read, the table is still shorter than the rows checked)
        if ends_within(self.rows_checked, self.doc.row_count, time.monotonic() - self._check_started,
                       PUBLISH_MS / 1000):
            return   # the whole report is a moment away: a part shown now would only slow it down
        # each repaint competes with the check for the interpreter: back off 1 s, 2 s, 4 s, ...
        self._publish.setInterval(min(self._publish.interval() * 2, 8 * PUBLISH_MS))
        rows, cols, codes, extra = (np.concatenate(column) for column in zip(*self._parts, strict=True))
        try:
            report = Report(row_count=self.doc.row_count, file_findings=[], rows=rows, cols=cols, codes=codes,
                            extra=extra, ctx=self.doc.state.ctx, complete=False)
        except (TypeError, ValueError):
            return   # the core's report changed shape: simply wait for the full one
        self.provisional.emit(report)

    def _checked(self, job: Job, report: Report) -> None:
        if job is not self._check_job or self.doc is None:
            return
        if self._indexing is not None:   # done before the window has the whole index: shown with it
            self._early_report = (job, report)
            return
        self._check_job = None
        self._publish.stop()
        self._parts = []
        if report.complete:
            self.rows_checked = report.row_count
        if report.ctx.date_order_decided_by_data:
            self._data_ctx = report.ctx
        if self.doc.state.ctx != report.ctx and not self._user_chose_order():
            self.doc.state = self.doc.with_state(ctx=report.ctx)
        self.report = report
        self._maybe_idle()
        self.analysed.emit(report)

    def _user_chose_order(self) -> bool:
        ctx = self.doc.state.ctx
        return ctx.date_order is not None and not ctx.date_order_decided_by_data

    def _check_failed(self, job: Job, exc: BaseException) -> None:
        if job is self._check_job:
            self._check_job = None
            self._maybe_idle()
            raise exc  # the app's crash handler logs it and tells the user

    def _check_stopped(self, job: Job) -> None:
        if job is self._check_job:
            self._check_job = None
            self._maybe_idle()

    def cancel(self) -> None:
        for job in (self._load_job, self._check_job, self._save_job):
            if job is not None:
                job.cancel()

    def _maybe_idle(self) -> None:
        if not self.working():
            self.idle.emit()

    # ---- changes (each one an undo step) ----------------------------------------
    def change(self, after: State, text: str, rows: frozenset[int] | None = None) -> None:
        if self.doc is None or after == self.doc.state:
            return
        self.undo_stack.push(StateCommand(self, self.doc.state, after, text, rows))

    def apply_state(self, state: State, rows: frozenset[int] | None) -> None:
        """Called by the undo commands only."""
        if self.doc is None:
            return
        if state.ctx.date_order is None and self._data_ctx is not None:
            state = replace(state, ctx=self._data_ctx)
        self.doc.state = state
        self.state_changed.emit(rows)
        if rows is not None and self.report is not None and self._check_job is None:
            self.recheck(rows)
        else:
            self.start_check()

    def recheck(self, rows) -> None:
        doc, report = self.doc, self.report
        for row in sorted(rows):
            result = check_row(row, doc.row(row), nfields=doc.source_field_count(row))
            report.replace_row(row, result)
        refresh_duplicates(report, doc, rows)
        self.report_changed.emit(set(rows))

    def edit_row(self, row: int, fields: list[str], text: str) -> None:
        edits = dict(self.doc.state.edits)
        edits[row] = self.doc.typed(row, fields)
        self.change(self.doc.with_state(edits=edits), text, frozenset({row}))

    def edit_rows(self, changed: dict[int, list[str]], text: str) -> None:
        """Several rows at once (paste, replace): one undo step."""
        if not changed:
            return
        edits = dict(self.doc.state.edits)
        edits.update({row: self.doc.typed(row, fields) for row, fields in changed.items()})
        # re-checking row by row on the GUI thread is quick for a few thousand rows; more: a full check
        rows = frozenset(changed) if len(changed) <= RECHECK_ROWS_MAX else None
        self.change(self.doc.with_state(edits=edits), text, rows)

    def delete_rows(self, rows: set[int]) -> None:
        rows = {r for r in rows if r not in self.doc.state.deleted}
        if rows:
            self.change(self.doc.with_state(deleted=self.doc.state.deleted | rows),
                        self.tr("Delete %n rows", "", len(rows)))

    def restore_rows(self, rows: set[int]) -> None:
        rows = rows & self.doc.state.deleted
        if rows:
            self.change(self.doc.with_state(deleted=self.doc.state.deleted - rows),
                        self.tr("Restore %n rows", "", len(rows)))

    def edit_cell(self, row: int, col: int, value: str) -> None:
        fields = self.doc.row(row)
        if col < len(fields) and fields[col] == value:
            return
        fields += [""] * (max(col + 1, REQUIRED_FIELDS) - len(fields))
        fields[col] = value
        self.edit_row(row, fields, self.tr("Edit cell"))

    # ---- save -------------------------------------------------------------------
    def save(self, target: Path, options: SaveOptions) -> None:
        if self._save_job is not None:
            return   # one save at a time (the action is disabled meanwhile too)
        doc, report = self.doc, self.report
        clean_at = self.undo_stack.index()
        if self.path is not None and _stamp(self.path) != self._source_stamp:
            self.save_failed.emit(self.tr(
                "{name} was changed by another program after you opened it, so nothing was written. "
                "Open it again to check the new version.").format(name=self.path.name))
            return

        def work(progress, cancelled, _partial):
            return save(doc, report, Path(target), options, progress=progress)

        job = Job(work, "save", self)
        self._save_job = job
        job.progressed.connect(self._progress_if(job))
        job.succeeded.connect(lambda result, j=job: self._saved(j, result, clean_at))
        job.failed.connect(lambda exc, j=job: self._save_error(j, exc))
        job.stopped.connect(lambda j=job: self._save_error(j, None))
        self.busy.emit(self.tr("Saving {name}…").format(name=Path(target).name))
        self._jobs.start(job)

    def _saved(self, job: Job, result, clean_at: int) -> None:
        self._save_job = None
        if self.path is not None and _stamp(self.path) != self._source_stamp:
            # rewritten while we read it: what was written may mix old and new rows
            for written in (result.path, result.rejects_path):
                if written is not None:
                    Path(written).unlink(missing_ok=True)
            self._maybe_idle()
            self.save_failed.emit(self.tr(
                "{name} was changed by another program while it was being saved. The file written could "
                "mix old and new rows, so it was removed. Open the export again, then save.").format(
                name=self.path.name))
            return
        if self.undo_stack.index() == clean_at:
            self.undo_stack.setClean()
        self._maybe_idle()
        self.saved.emit(result)

    def _save_error(self, job: Job, exc: BaseException | None) -> None:
        from ..writing import WriteError
        self._save_job = None
        self._maybe_idle()
        if exc is None:
            self.save_failed.emit(self.tr("Saving was cancelled; nothing was written."))
        elif isinstance(exc, CannotRead):   # e.g. the export was rewritten while we read it
            self.save_failed.emit(self.tr("The export could not be read to the end while saving, so nothing "
                                          "was written: {reason}").format(reason=exc.reason))
        elif isinstance(exc, WriteError | OSError):
            self.save_failed.emit(str(exc))
        else:
            raise exc

    def snapshot(self) -> Document | None:
        """The document as it is now, for a worker: later edits swap the state, not this copy's."""
        if self.doc is None:
            return None
        return copy.copy(self.doc)   # shares the table; the state is immutable

    def start_job(self, job: Job) -> None:
        """Run other slow work (reports, totals) under the same shutdown rules."""
        self._jobs.start(job)

    def shutdown(self) -> None:
        self._jobs.shutdown()
        self.close()


def _stamp(path: Path) -> tuple[int, int] | None:
    """Size and modification time: enough to notice another program rewrote the export."""
    try:
        info = Path(path).stat()
    except OSError:
        return None
    return info.st_size, info.st_mtime_ns
