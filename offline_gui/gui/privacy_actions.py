"""Personal data kept home: one click on a `personal-data` finding asks, per column,
whether to leave that column out of the upload (one undo step for all of them)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox


class PrivacyActions(QObject):
    def __init__(self, window, session) -> None:
        super().__init__(window)
        self.window = window
        self.session = session

    def ask(self, message: str) -> bool:
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Personal data"))
        box.setText(message)
        box.setInformativeText(self.tr("The platform needs only the customer id. Leave this column out of the "
                                       "upload? Your original file keeps it; Ctrl+Z undoes this."))
        leave = box.addButton(self.tr("Leave it out"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Keep it"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(leave)
        box.exec()
        return box.clickedButton() is leave

    def leave_out(self) -> None:
        session = self.session
        if session.doc is None or session.report is None or session.checking:
            return
        mapping = session.doc.state.mapping
        dropped, names = set(session.doc.state.dropped), []
        for diag in session.report.file_findings:
            if diag.code != "personal-data":
                continue
            col = int(diag.params.get("column_index", -1))
            if col < 0 or not self.ask(diag.message):
                continue
            dropped.add(mapping[col] if col < len(mapping) else col)
            names.append(str(diag.params.get("column", col)))
        if names:
            session.change(session.doc.with_state(dropped=frozenset(dropped)),
                           self.tr("Leave out {columns}").format(columns=", ".join(names)))
