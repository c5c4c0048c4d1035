"""Saving for upload, unsaved changes, crashes, failed saves, bad files."""

from __future__ import annotations

import hashlib
import os
import zipfile

import pytest
from guihelpers import drop, open_and_wait
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from offline_gui import cli
from offline_gui.gui import app as gui_app
from offline_gui.gui import dialogs, fix_actions, save_flow, save_questions
from offline_gui.settings import Settings


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fix_everything(qtbot, window, monkeypatch) -> None:
    monkeypatch.setattr(fix_actions, "confirm_fix_all", lambda *args: True)
    with qtbot.waitSignal(window.validated, timeout=15000):
        window.actions_["fix_all"].trigger()
    window.table_view.model().setData(window.table_view.model().index(3, 4), "SKU4")


def test_save_zip_writes_a_valid_upload_and_keeps_the_source(qtbot, window, sample, tmp_path, monkeypatch):
    source_hash = digest(sample)
    open_and_wait(qtbot, window, sample)
    fix_everything(qtbot, window, monkeypatch)
    target = tmp_path / "out" / "export-upload.zip"
    target.parent.mkdir()
    monkeypatch.setattr(save_flow, "ask_save", lambda parent, source, header, as_zip, plan=None: (target, True, True))
    with qtbot.waitSignal(window.session.saved, timeout=15000):
        window.actions_["save"].trigger()
    assert target.exists()
    with zipfile.ZipFile(target) as zf:
        assert zf.namelist() == ["export-upload.csv"]
    assert cli.main(["check", str(target)]) == 0
    assert digest(sample) == source_hash
    assert "passes" in window.statusBar().currentMessage()
    assert not window.session.dirty
    remembered = Settings.load()
    assert remembered.save_zip and remembered.save_header


def test_remaining_errors_offer_valid_rows_and_a_rejects_file(qtbot, window, sample, tmp_path, monkeypatch):
    open_and_wait(qtbot, window, sample)
    monkeypatch.setattr(fix_actions, "confirm_fix_all", lambda *args: True)
    with qtbot.waitSignal(window.validated, timeout=15000):
        window.actions_["fix_all"].trigger()
    asked = []
    target = tmp_path / "valid.csv"
    monkeypatch.setattr(save_flow, "ask_save", lambda parent, source, header, as_zip, plan=None: (target, False, False))
    monkeypatch.setattr(save_questions, "ask_blocking", lambda parent, n, written: asked.append((n, written)) or False)
    window.actions_["save"].trigger()          # "go back": nothing saved, the bad row is shown
    assert asked == [(1, 4)]
    assert window.table_view.currentIndex().row() == 3
    monkeypatch.setattr(save_questions, "ask_blocking", lambda parent, n, written: True)
    with qtbot.waitSignal(window.session.saved, timeout=15000) as blocker:
        window.actions_["save"].trigger()
    result = blocker.args[0]
    assert result.rows_written == 4 and result.rows_rejected == 1
    assert cli.main(["check", str(target)]) == 0
    assert result.rejects_path.exists()


def test_closing_with_unsaved_changes_asks(qtbot, window, sample, monkeypatch, no_blocking_dialogs):
    open_and_wait(qtbot, window, sample)
    window.table_view.model().setData(window.table_view.model().index(0, 3), "X")
    assert window.session.dirty and window.windowTitle().startswith("export.csv *")
    answers = iter([QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard])
    asked = []

    def question(*args, **kwargs):
        asked.append(args[1])
        return next(answers)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    assert not window.close()
    assert window.isVisible() and window.session.doc is not None
    assert window.close()
    assert len(asked) == 2


def test_opening_another_file_with_unsaved_changes_asks(qtbot, window, sample, tmp_path, no_blocking_dialogs):
    open_and_wait(qtbot, window, sample)
    window.table_view.model().setData(window.table_view.model().index(0, 3), "X")
    other = tmp_path / "other.csv"
    other.write_bytes(sample.read_bytes())
    drop(window, other)            # the fake dialog answers Cancel
    assert [c[0] for c in no_blocking_dialogs] == ["question"]
    assert window.session.path == sample


@pytest.mark.qt_no_exception_capture
def test_crash_dialog_and_the_app_keeps_working(qtbot, window, sample, monkeypatch, tmp_path):
    log = tmp_path / "crash.log"
    monkeypatch.setattr(gui_app, "log_exception", lambda exc: log.write_text(repr(exc)) and log)
    shown = []
    monkeypatch.setattr(dialogs, "show_crash", lambda parent, where: shown.append(where))
    old_hook = __import__("sys").excepthook
    gui_app.install_excepthook(window)
    try:
        open_and_wait(qtbot, window, sample)

        def broken_slot():
            raise RuntimeError("boom in a slot")

        QTimer.singleShot(0, broken_slot)
        qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    finally:
        __import__("sys").excepthook = old_hook
    assert shown == [str(log)] and "boom" in log.read_text()
    model = window.table_view.model()           # still alive, work intact
    model.setData(model.index(3, 4), "SKU4")
    assert model.index(3, 4).data() == "SKU4"


@pytest.mark.parametrize("kind", ["folder", "readonly"])
def test_failed_save_keeps_the_edits(qtbot, window, sample, tmp_path, monkeypatch, kind):
    open_and_wait(qtbot, window, sample)
    fix_everything(qtbot, window, monkeypatch)
    if kind == "folder":
        target = tmp_path / "a-folder"
        target.mkdir()
    else:
        if os.geteuid() == 0:
            pytest.skip("root can write into read-only folders")
        locked = tmp_path / "locked"
        locked.mkdir()
        locked.chmod(0o500)
        target = locked / "out.csv"
    errors = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: errors.append(text))
    monkeypatch.setattr(save_flow, "ask_save", lambda parent, source, header, as_zip, plan=None: (target, False, False))
    edits = dict(window.session.doc.state.edits)
    with qtbot.waitSignal(window.session.save_failed, timeout=15000):
        window.actions_["save"].trigger()
    assert errors and "still here" in errors[0]
    assert window.session.doc.state.edits == edits
    assert window.session.dirty
    assert window.table_view.model().index(3, 4).data() == "SKU4"


def test_dropping_a_bad_file_keeps_the_open_one(qtbot, window, sample, tmp_path, monkeypatch):
    open_and_wait(qtbot, window, sample)
    bad = tmp_path / "picture.csv"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    errors = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: errors.append(text))
    with qtbot.waitSignal(window.session.open_failed, timeout=15000):
        drop(window, bad)
    assert errors and "PNG" in errors[0]
    assert window.session.path == sample
    assert window.table_view.model().rowCount() == 5
    assert window.table_view.model().index(0, 4).data() == "SKU1"


def test_a_zip_with_several_files_asks_which_one(qtbot, window, sample, tmp_path, monkeypatch):
    archive = tmp_path / "two.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("first.csv", sample.read_text())
        zf.writestr("second.csv", sample.read_text())
    asked = []
    monkeypatch.setattr(dialogs, "pick_choice",
                        lambda parent, reason, choices: asked.append((reason, choices)) or choices[1])
    with qtbot.waitSignal(window.validated, timeout=15000):
        drop(window, archive)
    # the clerk is asked in the app's words, not told a command-line option
    assert asked == [("two.zip holds several files. Which one should be opened?", ("first.csv", "second.csv"))]
    assert window.session.doc.table.source.member == "second.csv"


@pytest.mark.parametrize("kind", ["empty", "folder", "missing", "empty-zip"])
def test_bad_inputs_show_a_message_and_the_app_stays_usable(qtbot, window, tmp_path, monkeypatch, kind):
    if kind == "empty":
        path = tmp_path / "empty.csv"
        path.write_bytes(b"")
    elif kind == "folder":
        path = tmp_path / "a-folder.csv"
        path.mkdir()
    elif kind == "missing":
        path = tmp_path / "gone.csv"
    else:
        path = tmp_path / "empty.zip"
        with zipfile.ZipFile(path, "w"):
            pass
    errors = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: errors.append(text))
    with qtbot.waitSignal(window.session.open_failed, timeout=15000):
        window.open_path(str(path))
    assert len(errors) == 1 and errors[0]
    assert window.pages.currentIndex() == 0 and window.session.doc is None


@pytest.mark.qt_no_exception_capture
def test_a_crash_inside_the_check_is_reported_and_the_rows_stay(qtbot, window, sample, monkeypatch):
    from offline_gui.gui import session as session_module

    def broken(*args, **kwargs):
        raise RuntimeError("core bug")

    monkeypatch.setattr(session_module, "analyse", broken)
    monkeypatch.setattr(gui_app, "log_exception", lambda exc: "log-file")
    shown = []
    monkeypatch.setattr(dialogs, "show_crash", lambda parent, where: shown.append(where))
    old_hook = __import__("sys").excepthook
    gui_app.install_excepthook(window)
    try:
        with qtbot.waitSignal(window.loaded, timeout=15000):
            window.open_path(str(sample))
        qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    finally:
        __import__("sys").excepthook = old_hook
    assert window.table_view.model().rowCount() == 5
    assert not window.session.working()
    assert not window.progress.isVisible()


def test_the_app_starts_on_a_file_from_the_command_line(qapp, sample, monkeypatch):
    import sys

    from offline_gui.gui import workers
    from offline_gui.gui.main_window import MainWindow
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)   # run() installs its own; put it back after
    seen = []
    # the worker processes' server starts before the window is built, not with the file's check
    started = []
    real_start = workers.start_for_file_at_launch
    monkeypatch.setattr(workers, "start_for_file_at_launch", lambda: started.append(
        [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]) or real_start())

    def finish():
        windows = [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if windows and windows[0].session.report is not None:
            seen.append(windows[0].session.path)
            windows[0].close()
            qapp.quit()
        else:
            QTimer.singleShot(50, finish)

    QTimer.singleShot(50, finish)
    QTimer.singleShot(15000, qapp.quit)
    # `--lang en` is two words, neither a file; of two files given, the first is opened
    other = sample.with_name("ikinci.csv")
    other.write_bytes(sample.read_bytes())
    assert gui_app.run(["--lang", "en", str(sample), str(other)]) == 0
    assert seen == [sample]
    assert started == [[]]
    if sys.platform.startswith("linux"):
        from multiprocessing import forkserver
        assert os.environ["OFFLINE_GUI_MP"] == "forkserver"
        assert forkserver._forkserver._forkserver_pid is not None
