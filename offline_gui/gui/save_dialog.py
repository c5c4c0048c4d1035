"""Save for upload: where, with or without the header, plain or zipped."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

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
from ..save_plan import SavePlan


class SaveChoice(NamedTuple):
    target: Path
    header: bool
    as_zip: bool
    fix_first: bool = False


def suggested_target(source: Path, as_zip: bool) -> Path:
    """`<stem>-upload.csv` (or .zip) beside the source; never the source itself."""
    source = source.absolute()
    target = upload_target(source, as_zip)
    if target == source:
        target = target.with_name(f"{export_stem(source)}-upload-1{target.suffix}")
    return target


class SaveDialog(QDialog):
    def __init__(self, source: Path, header: bool, as_zip: bool, parent=None,
                 plan: SavePlan | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
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
        self.fix_box = QCheckBox(self.tr("Apply the safe fixes first (you can undo them afterwards)"))
        self.fix_box.setChecked(plan is not None and plan.fixes_help)
        self.fix_box.setVisible(plan is not None and plan.fixes_help)
        self.fix_box.toggled.connect(self._show_plan)
        layout.addWidget(self.fix_box)
        self.plan_label = QLabel()
        self.plan_label.setObjectName("SavePlan")
        self.plan_label.setWordWrap(True)
        layout.addWidget(self.plan_label)
        self._show_plan()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _show_plan(self, *_args) -> None:
        plan = self.plan
        self.plan_label.setVisible(plan is not None)
        if plan is None:
            return
        fixed = self.fix_box.isChecked() and plan.fixes_help
        written = plan.written_after_fixes if fixed else plan.written
        rejected = plan.rejected_after_fixes if fixed else plan.rejected
        text = self.tr("%n rows will be written", "", written)
        if rejected:
            text += "; " + self.tr("%n rows with errors will be left out, into a separate file of "
                                   "rejected rows", "", rejected)
        if fixed:
            text = self.tr("After the safe fixes (checked again before writing): {plan}.").format(plan=text)
        else:
            text += "."
        if written == 0:
            text += " " + self.tr("Nothing would be uploaded: fix the marked problems first.")
        self.plan_label.setText(text)

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

    def values(self) -> SaveChoice:
        return SaveChoice(Path(self.path_edit.text()).expanduser(), self.header_box.isChecked(),
                          self.zip_box.isChecked(),
                          self.fix_box.isChecked() and self.plan is not None and self.plan.fixes_help)


def ask_save(parent, source: Path, header: bool, as_zip: bool, plan: SavePlan | None = None) -> SaveChoice | None:
    dialog = SaveDialog(source, header, as_zip, parent, plan)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.values()
