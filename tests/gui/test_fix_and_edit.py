"""Fix all (one undo step), fix this, fix all like this, edits re-checked at once."""

from __future__ import annotations

from guihelpers import open_and_wait
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from offline_gui.gui import fix_actions
from offline_gui.gui.table_model import CODES_ROLE


def codes(window) -> dict[str, int]:
    return dict(window.session.report.code_counts())


def test_fix_all_drops_findings_and_undo_restores_them(qtbot, window, sample, monkeypatch):
    previews = []
    monkeypatch.setattr(fix_actions, "confirm_fix_all", lambda parent, lines, notes: previews.append(lines) or True)
    open_and_wait(qtbot, window, sample)
    before = codes(window)
    assert before["timestamp-format"] == 1 and before["id-decimal"] == 1
    with qtbot.waitSignal(window.validated, timeout=15000):
        window.actions_["fix_all"].trigger()
    titles = {line.title: line for line in previews[0]}
    assert titles["Time stamp layout"].examples == (("13.05.2024 10:00", "2024-05-13 10:00:00"),)
    after = codes(window)
    assert "timestamp-format" not in after and "id-decimal" not in after and "number-decimal-comma" not in after
    assert after["mandatory-missing"] == 1          # a person has to fill that one in
    model = window.table_view.model()
    assert model.index(1, 0).data() == "2024-05-13 10:00:00"
    assert model.index(1, 6).data() == "10.50"
    assert window.session.dirty
    assert window.session.undo_stack.count() == 1   # one undo step
    with qtbot.waitSignal(window.validated, timeout=15000):
        window.actions_["undo"].trigger()
    assert codes(window) == before
    assert model.index(1, 0).data() == "13.05.2024 10:00"
    assert not window.session.dirty
    with qtbot.waitSignal(window.validated, timeout=15000):
        window.actions_["redo"].trigger()
    assert "timestamp-format" not in codes(window)


def test_edit_cell_is_rechecked_at_once(qtbot, window, sample):
    open_and_wait(qtbot, window, sample)
    view = window.table_view
    model = view.model()
    index = model.index(3, 4)
    assert index.data(CODES_ROLE) == ["mandatory-missing"]
    # type into the cell, as a user would
    view.setCurrentIndex(index)
    view.setFocus()
    view.edit(index)
    editor = view.viewport().findChild(QLineEdit)
    assert editor is not None
    QTest.keyClicks(editor, "SKU4")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.index(3, 4).data() == "SKU4")   # the delegate commits queued
    assert model.index(3, 4).data(CODES_ROLE) is None          # re-checked without a new full check
    assert "mandatory-missing" not in codes(window)
    # a bad value is flagged at once too
    model.setData(model.index(0, 5), "1,5")
    assert model.index(0, 5).data(CODES_ROLE) == ["number-decimal-comma"]
    window.actions_["undo"].trigger()
    assert model.index(0, 5).data(CODES_ROLE) is None
    window.actions_["undo"].trigger()
    assert model.index(3, 4).data() == ""
    assert model.index(3, 4).data(CODES_ROLE) == ["mandatory-missing"]


def test_fix_this_and_fix_all_like_this(qtbot, window, sample):
    open_and_wait(qtbot, window, sample)
    report = window.session.report
    index = next(i for i in range(len(report)) if report.finding(i, window.session.doc).code == "id-decimal")
    window.table_view.fix_this.emit(index)
    model = window.table_view.model()
    assert model.index(4, 1).data() == "1005"
    assert model.index(4, 1).data(CODES_ROLE) is None
    with qtbot.waitSignal(window.validated, timeout=15000):
        window.issues.fix_like_this.emit("number-decimal-comma")
    assert model.index(1, 6).data() == "10.50"
    assert "number-decimal-comma" not in codes(window)
    assert "timestamp-format" in codes(window)      # only that kind was fixed
    assert window.session.undo_stack.count() == 2
