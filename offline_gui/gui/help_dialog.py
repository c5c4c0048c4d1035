"""Help › Problem codes and F1: the help page of a diagnostic code, in the app's language."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from .. import help as pages
from ..catalog import CATALOG


class HelpDialog(QDialog):
    def __init__(self, code: str | None, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("What does this problem mean?"))
        self.resize(640, 560)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        layout.addWidget(self.browser, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.show_code(code)

    def show_code(self, code: str | None) -> None:
        self.code = code if code in CATALOG else None
        self.browser.setHtml(pages.page(self.code) if self.code else pages.index())

    def _follow(self, url: QUrl) -> None:
        target = url.toString()
        self.show_code(None if target == "index" else target)


def show_help_page(parent, code: str | None) -> None:
    HelpDialog(code, parent).exec()
