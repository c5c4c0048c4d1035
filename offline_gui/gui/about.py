"""Help › About: the app's name, version and purpose."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget

from .. import __version__


class AboutBox(QObject):
    @classmethod
    def action(cls, window: QWidget) -> QAction:
        box = cls(window)
        action = QAction(QCoreApplication.translate("AboutBox", "&About Offline Data Checker"), window)
        action.triggered.connect(lambda _checked=False: box.show(window))
        return action

    def show(self, parent: QWidget) -> None:
        QMessageBox.about(parent, self.tr("About Offline Data Checker"), self.tr(
            "<b>Offline Data Checker</b> {version}<br><br>Checks and fixes store exports for the platform's "
            "offline data upload, and sends them to the drop folder.").format(version=__version__))
