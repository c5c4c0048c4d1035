"""Save for upload: where, with or without the header, plain or zipped."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from ..naming import export_stem, upload_target


def suggested_target(source: Path, as_zip: bool) -> Path:
    """`<stem>-upload.csv` (or .zip) beside the source; never the source itself."""
    source = source.absolute()
    target = upload_target(source, as_zip)
    if target == source:
        target = target.with_name(f"{export_stem(source)}-upload-1{target.suffix}")
    return target


class SaveDialog(QDialog):
    def __init__(self, source: Path, header: bool, as_zip: bool, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save for upload"))
        self.source = source
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Writes a new file the platform accepts: UTF-8, ';' between fields, "
                               "23 columns. Your original file is not changed."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.path_edit = QLineEdit(str(suggested_target(source, as_zip)))
        self.path_edit.setMinimumWidth(420)
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        row.addWidget(QLabel(self.tr("Save as:")))
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        layout.addLayout(row)
        self.header_box = QCheckBox(self.tr("Include the header row (column names)"))
        self.header_box.setChecked(header)
        self.zip_box = QCheckBox(self.tr("Compress as .zip"))
        self.zip_box.setChecked(as_zip)
        self.zip_box.toggled.connect(self._zip_toggled)
        layout.addWidget(self.header_box)
        layout.addWidget(self.zip_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _zip_toggled(self, on: bool) -> None:
        path = Path(self.path_edit.text())
        if on and path.suffix.lower() != ".zip":
            self.path_edit.setText(str(path.with_suffix(".zip")))
        elif not on and path.suffix.lower() == ".zip":
            self.path_edit.setText(str(path.with_suffix(".csv")))

    def _browse(self) -> None:
        flt = self.tr("Zip files (*.zip)") if self.zip_box.isChecked() else self.tr("CSV files (*.csv)")
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save for upload"), self.path_edit.text(), flt)
        if name:
            self.path_edit.setText(name)

    def values(self) -> tuple[Path, bool, bool]:
        return Path(self.path_edit.text()).expanduser(), self.header_box.isChecked(), self.zip_box.isChecked()


def ask_save(parent, source: Path, header: bool, as_zip: bool) -> tuple[Path, bool, bool] | None:
    dialog = SaveDialog(source, header, as_zip, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.values()
