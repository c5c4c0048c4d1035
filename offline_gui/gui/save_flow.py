"""Save for upload, step by step: the save question, an existing file, the safe
fixes first, rows left out, and never a file without data rows called a success."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject

from ..export import SaveOptions, blocking_rows
from ..fixing import SAFE_RULES
from ..naming import keep_both_target
from ..save_plan import plan_save
from . import save_questions
from .save_dialog import SaveChoice, ask_save


class SaveFlow(QObject):
    def __init__(self, window, session) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        # (document, undo step, target, header, zip): a save waiting for the re-check after the safe fixes
        self._pending: tuple[object, int, Path, bool, bool] | None = None
        session.analysed.connect(self._checked)

    def _status(self, text: str, ms: int = 8000) -> None:
        self.window.statusBar().showMessage(text, ms)

    def start(self) -> None:
        session = self.session
        if session.doc is None:
            return
        if session.saving:
            self._status(self.tr("A save is already running."))
            return
        if session.report is None or session.checking:
            self._status(self.tr("Please wait until the check has finished."), 5000)
            return
        if not session.report.complete:
            # counts of a cancelled check cover part of the file: check it all before saving
            self._status(self.tr("The check was cancelled before the end; checking the whole file first. "
                                 "Save again when it has finished."))
            session.start_check()
            return
        settings = self.window.settings
        plan = plan_save(session.report, session.doc.state.rules, len(session.doc.state.deleted))
        answer = ask_save(self.window, session.path, settings.save_header, settings.save_zip, plan)
        if answer is None:
            return
        choice = SaveChoice(*answer)
        target = self._free_target(choice.target)
        if target is None:
            return
        settings.save_header, settings.save_zip = choice.header, choice.as_zip
        settings.last_folder = str(target.parent)
        settings.save()
        rules = session.doc.state.rules
        if choice.fix_first and not rules >= SAFE_RULES:
            session.change(session.doc.with_state(rules=rules | SAFE_RULES), self.tr("Fix all safe problems"))
            self._pending = (session.doc, session.undo_stack.index(), target, choice.header, choice.as_zip)
            if not session.checking:   # nothing changed after all: no check to wait for
                self._checked(session.report)
            return
        self._write(target, choice.header, choice.as_zip)

    def _free_target(self, target: Path) -> Path | None:
        """The file to write; an existing one is replaced only when the user says so."""
        if not target.exists() or target.is_dir():   # a folder: the writer says why it cannot
            return target
        answer = save_questions.ask_overwrite(self.window, target)
        if answer == save_questions.REPLACE:
            return target
        if answer == save_questions.KEEP_BOTH:
            return keep_both_target(target)
        return None

    def _checked(self, _report) -> None:
        if self._pending is None:
            return
        (doc, step, *pending), self._pending = self._pending, None
        if doc is not self.session.doc or step != self.session.undo_stack.index():
            return   # another file was opened, or something else changed meanwhile: that save is void
        if self.session.report is not None and self.session.report.complete:
            self._write(*pending)
        else:
            self._status(self.tr("The check was cancelled, so nothing was saved. Save again when it has finished."))

    def _write(self, target: Path, header: bool, as_zip: bool) -> None:
        session = self.session
        bad = blocking_rows(session.report)
        rows = session.doc.kept_rows
        written = rows - len(bad)
        if written <= 0:
            save_questions.nothing_to_upload(self.window, rows)
            if bad:
                self.window.table_view.go_to(min(bad), -1)
            return
        if bad and not save_questions.ask_blocking(self.window, len(bad), written):
            self.window.table_view.go_to(min(bad), -1)
            return
        session.save(target, SaveOptions(header=header, as_zip=as_zip, drop_invalid=bool(bad)))

    def saved_text(self, result) -> str:
        if result.rows_written <= 0:   # cannot happen after _write's check; never call it a success
            return self.tr("Nothing was uploaded: no data rows were written.")
        text = self.tr("Saved %n rows to {path}. Re-checked: it passes the upload rules.", "",
                       result.rows_written).format(path=result.path)
        if result.rejects_path:
            text += " " + self.tr("%n rejected rows, with reasons, are in {path}.", "",
                                  result.rows_rejected).format(path=result.rejects_path)
        return text
