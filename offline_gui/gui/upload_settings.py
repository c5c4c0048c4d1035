"""File › Upload settings…: where uploads go, the password in the keyring, and Test connection."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..settings import Settings
from ..upload import BadDestination, Transfer, UploadFailed, parse_destination, test_connection
from ..upload.credentials import get_password, set_password
from ..upload.url import SCHEMES, compose_url
from .workers import Job

SCHEME_ORDER = ("ftps", "sftp", "ftp")


class UploadSettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self._job: Job | None = None
        self.setWindowTitle(self.tr("Upload settings"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Where \"Upload…\" sends a saved file: the drop folder the platform collects "
                               "from. The password is kept in your system's keyring, never in a file."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.scheme = QComboBox()
        self.scheme.addItem(self.tr("FTPS (FTP with TLS encryption)"), "ftps")
        self.scheme.addItem(self.tr("SFTP (SSH)"), "sftp")
        self.scheme.addItem(self.tr("FTP (not encrypted)"), "ftp")
        self.host = QLineEdit()
        self.host.setPlaceholderText("drop.example.com")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.folder = QLineEdit()
        self.folder.setPlaceholderText("/in/")
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_file = QLineEdit()
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse_key)
        self.key_row = QWidget()  # hidden as a whole for FTP and FTPS
        key_row = QHBoxLayout(self.key_row)
        key_row.setContentsMargins(0, 0, 0, 0)
        key_row.addWidget(self.key_file, 1)
        key_row.addWidget(browse)
        self.insecure = QCheckBox(self.tr("Do not check the server's certificate (test servers only)"))
        self.trust = QCheckBox(self.tr("Trust the server's key the first time it is seen"))
        form.addRow(self.tr("Protocol:"), self.scheme)
        form.addRow(self.tr("Server:"), self.host)
        form.addRow(self.tr("Port:"), self.port)
        form.addRow(self.tr("Folder:"), self.folder)
        form.addRow(self.tr("User:"), self.user)
        form.addRow(self.tr("Password:"), self.password)
        self.key_label = QLabel(self.tr("Key file:"))
        form.addRow(self.key_label, self.key_row)
        form.addRow("", self.insecure)
        form.addRow("", self.trust)
        layout.addLayout(form)
        test_row = QHBoxLayout()
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.clicked.connect(self.test)
        self.test_result = QLabel()
        self.test_result.setWordWrap(True)
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_result, 1)
        layout.addLayout(test_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._fill()
        self.scheme.currentIndexChanged.connect(self._scheme_changed)
        self._scheme_changed(keep_port=True)

    def _fill(self) -> None:
        s = self.settings
        try:
            dest = parse_destination(s.upload_url) if s.upload_url else None
        except BadDestination:
            dest = None
        scheme = dest.scheme if dest else "ftps"
        self.scheme.setCurrentIndex(SCHEME_ORDER.index(scheme))
        self.port.setValue(dest.port if dest else SCHEMES[scheme])
        if dest:
            self.host.setText(dest.host)
            self.folder.setText(dest.folder + "/")
            self.user.setText(dest.user)
            self.password.setPlaceholderText(self.tr("(kept in the keyring; type to change)"))
        self.key_file.setText(s.upload_key_file)
        self.insecure.setChecked(s.upload_insecure)
        self.trust.setChecked(s.upload_trust_host_key)

    def _scheme_changed(self, *_args, keep_port: bool = False) -> None:
        scheme = self.scheme.currentData()
        if not keep_port and self.port.value() in SCHEMES.values():
            self.port.setValue(SCHEMES[scheme])
        sftp = scheme == "sftp"
        for widget in (self.key_label, self.key_row, self.trust):
            widget.setVisible(sftp)
        self.insecure.setVisible(scheme == "ftps")

    def _browse_key(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("SSH private key"), str(Path.home() / ".ssh"))
        if name:
            self.key_file.setText(name)

    def url(self) -> str:
        """The URL for the form; raises BadDestination with the reason."""
        return compose_url(self.scheme.currentData(), self.user.text(), self.host.text(), self.port.value(),
                           self.folder.text())

    def _transfer(self, url: str) -> Transfer:
        dest = parse_destination(url)
        return Transfer(Path("."), dest, password=self.password.text() or None, insecure=self.insecure.isChecked(),
                        trust_host_key=self.trust.isChecked(), key_file=self.key_file.text().strip() or None,
                        timeout=15.0)

    def test(self) -> None:
        try:
            transfer = self._transfer(self.url())
        except BadDestination as exc:
            self.test_result.setText(str(exc))
            return
        typed = transfer.password

        def work(_progress, _cancelled, _partial):
            if typed is None:  # the keyring may be slow (it can ask the desktop): not on the GUI thread
                transfer.password = get_password(transfer.dest)
            test_connection(transfer)
            return True

        self.test_button.setEnabled(False)
        self.test_result.setText(self.tr("Connecting…"))
        self._job = Job(work, "test-connection", self)
        self._job.succeeded.connect(lambda _r: self._tested(self.tr("Connected: the folder is there and the "
                                                                    "login works.")))
        self._job.failed.connect(lambda exc: self._tested(self._reason(exc)))
        self._job.start()

    def _reason(self, exc: BaseException) -> str:
        if isinstance(exc, UploadFailed):
            if exc.what == "host key unknown":
                return self.tr("Failed: this server's key has not been seen before. Check its fingerprint with "
                               "the server's owner, then tick \"Trust the server's key the first time it is seen\".")
            return self.tr("Failed: {reason}").format(reason=str(exc))
        return self.tr("Failed: {reason}").format(reason=f"{exc.__class__.__name__}: {exc}")

    def _tested(self, text: str) -> None:
        self.test_result.setText(text)
        self.test_button.setEnabled(True)

    def save(self) -> None:
        try:
            url = self.url()
        except BadDestination as exc:
            self.test_result.setText(str(exc))
            return
        if self.password.text():
            problem = set_password(parse_destination(url), self.password.text())
            if problem:
                self.test_result.setText(self.tr("The password could not be saved in the keyring ({why}). Set the "
                                            "OFFLINE_GUI_UPLOAD_PASSWORD variable instead.").format(why=problem))
                return
        s = self.settings
        s.upload_url, s.upload_key_file = url, self.key_file.text().strip()
        s.upload_insecure, s.upload_trust_host_key = self.insecure.isChecked(), self.trust.isChecked()
        s.save()
        self.accept()

    def done(self, result: int) -> None:
        if self._job is not None and self._job.isRunning():
            self._job.wait(16_000)  # bounded by the probe's own timeouts
        super().done(result)
