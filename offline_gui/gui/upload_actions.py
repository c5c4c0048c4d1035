"""The window's upload commands: File › Upload…, Upload settings…, Upload history, and the
"Upload…" button that appears in the status bar after a successful save."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QPushButton

from ..upload.flow import UPLOADED


class UploadActions(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.w = window
        self.last_saved: Path | None = None
        self.button = QPushButton()
        self.button.clicked.connect(self.upload)
        self.button.setVisible(False)
        window.statusBar().addPermanentWidget(self.button)
        self.actions = {"upload": self._action(self.upload, "Ctrl+U"),
                        "upload_settings": self._action(self.settings),
                        "upload_history": self._action(self.history)}
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the current language (at start, and after View › Language)."""
        self.button.setText(self.tr("Upload…"))
        self.button.setToolTip(self.tr("Send the file just saved to the drop folder"))
        texts = {"upload": (self.tr("&Upload…"), self.tr("Send a saved file to the platform's drop folder")),
                 "upload_settings": (self.tr("Upload se&ttings…"), ""),
                 "upload_history": (self.tr("Upload &history"), "")}
        for name, (text, tip) in texts.items():
            action = self.actions[name]
            action.setText(text)
            action.setStatusTip(tip)
            action.setToolTip(tip or text.replace("&", ""))

    def _action(self, slot, shortcut: str | None = None) -> QAction:
        action = QAction(self.w)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def saved(self, path: Path) -> None:
        """A save passed its re-check: offer to send it."""
        self.last_saved = Path(path)
        self.button.setVisible(True)

    def upload(self) -> None:
        path = self.last_saved
        if path is None or not path.exists():
            name, _ = QFileDialog.getOpenFileName(self.w, self.tr("Choose the file to upload"),
                                                  self.w.settings.last_folder,
                                                  self.tr("Upload files (*.csv *.zip);;All files (*)"))
            if not name:
                return
            path = Path(name)
        if not self.w.settings.upload_url and not self.settings():
            return
        from .upload_dialog import UploadDialog
        dialog = UploadDialog(path, self.w.settings, self.w)
        dialog.uploaded.connect(self._uploaded)
        self.dialog = dialog  # tests drive it; the app shows it modally
        dialog.open()
        dialog.start()

    def _uploaded(self, outcome) -> None:
        if outcome.code == UPLOADED:
            self.w.statusBar().showMessage(outcome.message, 15000)

    def settings(self) -> bool:
        from .upload_settings import UploadSettingsDialog
        dialog = UploadSettingsDialog(self.w.settings, self.w)
        self.settings_dialog = dialog
        return dialog.exec() == UploadSettingsDialog.DialogCode.Accepted

    def history(self) -> None:
        from .upload_history import UploadHistoryDialog
        dialog = UploadHistoryDialog(self.w)
        self.history_dialog = dialog
        dialog.exec()
