"""Upload…: check the saved file, send it with a progress bar and Cancel, say what happened."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from ..settings import Settings
from ..upload import BadDestination, Transfer, UploadFailed, parse_destination
from ..upload.credentials import get_password
from ..upload.flow import UPLOADED, Outcome, check_and_send
from .workers import Job

STEPS = 1000  # the bar counts thousandths: byte counts overflow a Qt int beyond 2 GB


class UploadDialog(QDialog):
    uploaded = Signal(object)  # Outcome, whatever happened

    def __init__(self, path: Path, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path, self.settings = Path(path), settings
        self._job: Job | None = None
        self.outcome: Outcome | None = None
        self.setWindowTitle(self.tr("Upload"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        try:
            self.dest = parse_destination(settings.upload_url)
            where = self.dest.display
        except BadDestination:
            self.dest, where = None, ""
        self.what = QLabel(self.tr("Send <b>{name}</b> to <b>{where}</b>").format(
            name=self.path.name.replace("<", "&lt;"), where=where.replace("<", "&lt;")))
        self.what.setWordWrap(True)
        layout.addWidget(self.what)
        self.bar = QProgressBar()
        self.bar.setRange(0, STEPS)
        self.bar.setValue(0)
        layout.addWidget(self.bar)
        self.status = QLabel(self.tr("The file is checked again, then sent as {name}.part and renamed when "
                                     "the server holds all of it.").format(name=self.path.name))
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox()
        self.start_button = QPushButton(self.tr("Upload"))
        self.start_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        layout.addWidget(self.buttons)

    def start(self) -> None:
        if self.dest is None:
            self.status.setText(self.tr("No destination yet: set one in File › Upload settings…"))
            return
        s = self.settings
        transfer = Transfer(self.path, self.dest, replace=False, insecure=s.upload_insecure,
                            trust_host_key=s.upload_trust_host_key, key_file=s.upload_key_file or None)

        def work(progress, cancelled, partial):
            transfer.password = get_password(transfer.dest)
            transfer.cancelled = cancelled
            transfer.progress = lambda done, total: progress(done * STEPS // total if total else STEPS, STEPS)
            partial(("sending", 0.0))
            return check_and_send(transfer, on_retry=lambda exc, delay: partial((exc.what, delay)))

        self._job = Job(work, "upload", self)
        self._job.progressed.connect(lambda done, _total: self.bar.setValue(done))
        self._job.partial.connect(self._note)
        self._job.succeeded.connect(self._finished)
        self._job.failed.connect(self._crashed)
        self._job.stopped.connect(self._stopped)
        self.start_button.setEnabled(False)
        self.status.setText(self.tr("Checking the file…"))
        self._job.start()

    def _note(self, note) -> None:
        what, delay = note
        if what == "sending":
            self.status.setText(self.tr("Sending…"))
        else:
            self.status.setText(self.tr("{what}; trying again in {s:g} s…").format(what=what, s=delay))

    def _finished(self, outcome: Outcome) -> None:
        self.outcome = outcome
        self._job = None
        if outcome.code == UPLOADED:
            self.bar.setValue(STEPS)
            self.status.setText(self.tr("Done. {message}").format(message=outcome.message))
        else:
            text = self.tr("Not uploaded: {message}").format(message=outcome.message)
            if "--trust-host-key" in outcome.message or "--insecure" in outcome.message:
                text += "\n" + self.tr("In the app, the matching choice is in File › Upload settings….")
            self.status.setText(text)
            self.start_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Close"))
        self.uploaded.emit(outcome)

    def _crashed(self, exc: BaseException) -> None:
        self._job = None
        reason = str(exc) if isinstance(exc, UploadFailed) else f"{exc.__class__.__name__}: {exc}"
        self.status.setText(self.tr("Not uploaded: {message}").format(message=reason))
        self.start_button.setEnabled(True)

    def _stopped(self) -> None:
        self._job = None
        self.bar.setValue(0)
        self.status.setText(self.tr("Cancelled. Nothing was put under the file's name on the server."))
        self.start_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Close"))

    def cancel(self) -> None:
        if self._job is not None:
            self.status.setText(self.tr("Cancelling…"))
            self._job.cancel()
            return
        self.reject()

    def done(self, result: int) -> None:
        job = self._job
        if job is not None and job.isRunning():
            job.cancel()
            job.wait(35_000)  # the client's own timeouts bound this
        super().done(result)
