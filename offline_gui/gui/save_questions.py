"""The questions a save asks: an existing file, rows left out, nothing to upload.

Each is one module function (tests answer them); the wording lives on a QObject
subclass so translations find it under one context.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

REPLACE, KEEP_BOTH = "replace", "keep-both"


class SaveQuestions(QObject):
    def overwrite(self, parent: QWidget, target: Path) -> str | None:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("The file already exists"))
        box.setText(self.tr("{name} already exists in {folder}.").format(name=target.name, folder=target.parent))
        box.setInformativeText(self.tr("It may be an earlier upload. Replace it, or keep both "
                                       "(the new file gets a number added to its name)?"))
        keep = box.addButton(self.tr("Keep both"), QMessageBox.ButtonRole.AcceptRole)
        replace = box.addButton(self.tr("Replace"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(keep)
        box.exec()
        clicked = box.clickedButton()
        return KEEP_BOTH if clicked is keep else REPLACE if clicked is replace else None

    def blocking(self, parent: QWidget, rejected: int, written: int) -> bool:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Some rows still have errors"))
        box.setText(self.tr("%n rows still have errors the platform would refuse.", "", rejected))
        box.setInformativeText(
            self.tr("%n rows will be written to the upload file.", "", written) + " "
            + self.tr("You can go back and fix the others, or save only the valid rows now. "
                      "The rejected rows go to a separate file, with the reason for each."))
        back = box.addButton(self.tr("Go back and fix"), QMessageBox.ButtonRole.RejectRole)
        drop = box.addButton(self.tr("Save valid rows only"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(back)
        box.exec()
        return box.clickedButton() is drop

    def nothing_to_upload(self, parent: QWidget, rows: int) -> None:
        if rows == 0:  # a header alone, or only blank lines: nothing any fix could make uploadable
            QMessageBox.warning(parent, self.tr("Nothing to upload"),
                                self.tr("The file has no data rows, so no file was written. Check that "
                                        "this is the right export."))
            return
        QMessageBox.warning(parent, self.tr("Nothing to upload yet"),
                            self.tr("None of the %n rows can be uploaded as it is now, so no file was "
                                    "written. Fix the marked problems first.", "", rows))


def ask_overwrite(parent: QWidget, target: Path) -> str | None:
    """REPLACE, KEEP_BOTH or None (cancel)."""
    return SaveQuestions(parent).overwrite(parent, target)


def ask_blocking(parent: QWidget, rejected: int, written: int) -> bool:
    """Rows still have errors: True = save the valid rows and a file of rejected ones."""
    return SaveQuestions(parent).blocking(parent, rejected, written)


def nothing_to_upload(parent: QWidget, rows: int) -> None:
    SaveQuestions(parent).nothing_to_upload(parent, rows)
