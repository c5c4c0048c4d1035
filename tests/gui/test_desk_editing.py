"""Editing a clerk expects (issue 10), through the real window: delete / restore rows,
copy and paste with Excel's clipboard format, find, replace with a preview, change marks
and the "What changed" list; each one undo step."""

from __future__ import annotations

from guihelpers import open_and_wait
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtGui import QFont
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from offline_gui import cli
from offline_gui.gui import fix_actions, save_flow, save_questions
from offline_gui.gui.table_model import CHANGED_ROLE


def select(window, top: int, left: int, bottom: int, right: int) -> None:
    model, view = window.table_view.model(), window.table_view
    view.setCurrentIndex(model.index(top, left))
    view.selectionModel().select(QItemSelection(model.index(top, left), model.index(bottom, right)),
                                 QItemSelectionModel.SelectionFlag.ClearAndSelect)


def wait_checked(qtbot, window, action) -> None:
    with qtbot.waitSignal(window.validated, timeout=15000):
        action()


def test_delete_rows_leaves_them_out_and_restore_or_undo_brings_them_back(qtbot, window, sample, tmp_path,
                                                                         monkeypatch):
    open_and_wait(qtbot, window, sample)
    model = window.table_view.model()
    assert window.session.report.codes_at(3, 4) == ["mandatory-missing"]
    select(window, 3, 0, 3, 2)
    wait_checked(qtbot, window, lambda: QTest.keyClick(window.table_view, Qt.Key.Key_Minus,
                                                       Qt.KeyboardModifier.ControlModifier))
    assert window.session.doc.state.deleted == {3}
    assert window.session.report.codes_at(3, 4) == []              # a deleted row is not checked
    assert model.index(3, 4).data(Qt.ItemDataRole.FontRole).strikeOut()
    assert model.headerData(3, Qt.Orientation.Vertical).startswith("×")
    wait_checked(qtbot, window, window.actions_["undo"].trigger)
    assert window.session.doc.state.deleted == frozenset()
    wait_checked(qtbot, window, window.actions_["redo"].trigger)
    wait_checked(qtbot, window, window.actions_["restore_rows"].trigger)
    assert window.session.doc.state.deleted == frozenset()
    wait_checked(qtbot, window, window.actions_["delete_rows"].trigger)
    # saving: the deleted row is neither written nor rejected
    monkeypatch.setattr(fix_actions, "confirm_fix_all", lambda *args: True)
    wait_checked(qtbot, window, window.actions_["fix_all"].trigger)
    target = tmp_path / "out.csv"
    monkeypatch.setattr(save_flow, "ask_save", lambda *args, **kw: (target, False, False))
    monkeypatch.setattr(save_questions, "ask_blocking", lambda *args: pytest_fail())
    with qtbot.waitSignal(window.session.saved, timeout=15000) as blocker:
        window.actions_["save"].trigger()
    assert (blocker.args[0].rows_written, blocker.args[0].rows_rejected) == (4, 0)
    assert "1004" not in target.read_text() and cli.main(["check", str(target)]) == 0


def pytest_fail():
    raise AssertionError("no row should be rejected")


def test_copy_to_and_paste_from_excel_is_one_undo_step(qtbot, window, sample):
    open_and_wait(qtbot, window, sample)
    model = window.table_view.model()
    select(window, 0, 5, 1, 6)
    QTest.keySequence(window.table_view, "Ctrl+C")
    assert QApplication.clipboard().text() == "1\t10.50\r\n2\t10,50\r\n"
    # what Excel puts on the clipboard for two rows of three cells, one cell quoted
    QApplication.clipboard().setText('GIDA\tSKU9\t"7"\r\nICECEK\tSKU8\t3\r\n')
    select(window, 2, 3, 2, 3)
    steps = window.session.undo_stack.count()
    QTest.keySequence(window.table_view, "Ctrl+V")
    assert [model.index(2, c).data() for c in (3, 4, 5)] == ["GIDA", "SKU9", "7"]
    assert [model.index(3, c).data() for c in (3, 4, 5)] == ["ICECEK", "SKU8", "3"]
    assert window.session.report.codes_at(3, 4) == []                # the missing product code is filled
    assert window.session.undo_stack.count() == steps + 1
    window.actions_["undo"].trigger()
    assert model.index(3, 4).data() == "" and model.index(2, 4).data() == "SKU3"
    # one value onto a selection fills it
    QApplication.clipboard().setText("KAT\r\n")
    select(window, 0, 3, 4, 3)
    window.actions_["paste"].trigger()
    assert {model.index(r, 3).data() for r in range(5)} == {"KAT"}


def test_find_and_replace_within_a_column_with_preview_and_undo(qtbot, window, sample):
    open_and_wait(qtbot, window, sample)
    model, view = window.table_view.model(), window.table_view
    view.setCurrentIndex(model.index(0, 0))
    QTest.keySequence(view, "Ctrl+F")
    dialog = window.edits.find_dialog
    qtbot.waitExposed(dialog)
    QTest.keyClicks(dialog.find_edit, "sku")
    with qtbot.waitSignal(dialog.found, timeout=15000):     # searched in a worker, never on the GUI thread
        QTest.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert (view.currentIndex().row(), view.currentIndex().column()) == (0, 4)   # after the current cell
    seen = []
    for _ in range(4):
        with qtbot.waitSignal(dialog.found, timeout=15000):
            dialog.find_next()
        seen.append(view.currentIndex().row())
    assert seen == [1, 2, 4, 0]                                        # row 4 has no code; then wraps
    dialog.column_box.setCurrentIndex(dialog.column_box.findData(4))
    QTest.keyClicks(dialog.replace_edit, "URUN-")
    with qtbot.waitSignal(dialog.previewed, timeout=15000) as previewed:
        QTest.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert previewed.args == [4]
    assert dialog.preview.rowCount() == 4 and dialog.preview.item(0, 2).text() == "URUN-1"
    assert "cells will change" in dialog.status.text()
    assert model.index(0, 4).data() == "SKU1"                          # a preview changes nothing
    steps = window.session.undo_stack.count()
    QTest.mouseClick(dialog.replace_button, Qt.MouseButton.LeftButton)
    assert [model.index(r, 4).data() for r in range(5)] == ["URUN-1", "URUN-2", "URUN-3", "", "URUN-5"]
    assert model.index(0, 3).data() == "GIDA"                           # other columns untouched
    assert window.session.undo_stack.count() == steps + 1
    window.actions_["undo"].trigger()
    assert [model.index(r, 4).data() for r in range(5)] == ["SKU1", "SKU2", "SKU3", "", "SKU5"]
    # a preview made before another change is not applied over it
    with qtbot.waitSignal(dialog.previewed, timeout=15000):
        dialog.preview_replace()
    model.setData(model.index(0, 4), "TYPED")
    QTest.mouseClick(dialog.replace_button, Qt.MouseButton.LeftButton)
    assert model.index(0, 4).data() == "TYPED" and "preview again" in dialog.status.text()
    dialog.column_box.setCurrentIndex(0)                               # all columns: find only
    with qtbot.waitSignal(dialog.previewed, timeout=15000) as previewed:
        dialog.preview_replace()
    assert previewed.args == [0] and "Pick one column" in dialog.status.text()
    dialog.find_edit.setText("no such text")
    with qtbot.waitSignal(dialog.not_found, timeout=15000):
        dialog.find_next()
    dialog.close()


def test_changed_cells_are_marked_and_listed(qtbot, window, sample, monkeypatch):
    open_and_wait(qtbot, window, sample)
    model = window.table_view.model()
    monkeypatch.setattr(fix_actions, "confirm_fix_all", lambda *args: True)
    wait_checked(qtbot, window, window.actions_["fix_all"].trigger)
    model.setData(model.index(3, 4), "SKU4")
    assert model.index(1, 6).data(CHANGED_ROLE) == ("10,50", "number-decimal-comma")
    assert model.index(3, 4).data(CHANGED_ROLE) == ("", "edit")
    assert model.index(0, 6).data(CHANGED_ROLE) is None
    assert isinstance(model.index(1, 6).data(Qt.ItemDataRole.FontRole), QFont)
    assert "10,50" in model.index(1, 6).data(Qt.ItemDataRole.ToolTipRole)
    window.actions_["what_changed"].trigger()
    dialog = window.edits.changes_dialog
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0, timeout=15000)
    rows = [[dialog.table.item(r, c).text() for c in range(5)] for r in range(dialog.table.rowCount())]
    assert ["2", "Num2", "10,50", "10.50", "Decimal comma"] in rows
    assert ["2", "Time Stamp", "13.05.2024 10:00", "2024-05-13 10:00:00", "Time stamp layout"] in rows
    assert ["4", "Event Name", "", "SKU4", "typed, pasted or replaced"] in rows
    assert ["5", "Customer ID", "1005.0", "1005", "Customer id with .0"] in rows
    assert len(rows) == 4
    dialog.table.cellActivated.emit(len(rows) - 1, 0)
    assert window.table_view.currentIndex().row() == 4
    dialog.close()


def test_a_personal_data_column_is_left_out_with_one_click(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox
    path = tmp_path / "phones.csv"
    path.write_text("Tarih;Müşteri No;Olay;Kategori;Ürün Kodu;Adet;Tutar;Şehir;Telefon\n" + "".join(
        f"2024-05-0{i} 10:00:00;10{i};7;G;S{i};1;1.00;Ankara;0532 123 45 6{i}\n" for i in range(1, 6)),
        encoding="utf-8")
    open_and_wait(qtbot, window, path)
    found = [d for d in window.session.report.file_findings if d.code == "personal-data"]
    assert [d.params["column"] for d in found] == ["Var2"]
    asked = []

    def click(box):   # the real question; the clerk clicks "Leave it out"
        asked.append(box.text())
        next(b for b in box.buttons() if b.text() == "Leave it out").click()
    monkeypatch.setattr(QMessageBox, "exec", click)
    with qtbot.waitSignal(window.validated, timeout=15000):
        window.issues.file_finding.emit("personal-data")
    assert asked and "Telefon" in asked[0]
    model = window.table_view.model()
    assert model.index(0, 8).data() == "" and model.index(0, 7).data() == "Ankara"
    assert not [d for d in window.session.report.file_findings if d.code == "personal-data"]
    with qtbot.waitSignal(window.validated, timeout=15000):
        window.actions_["undo"].trigger()
    assert model.index(0, 8).data() == "0532 123 45 61"


def test_delete_on_a_selection_empties_every_cell_in_one_step(qtbot, window, sample):
    open_and_wait(qtbot, window, sample)
    model = window.table_view.model()
    select(window, 0, 3, 2, 3)
    steps = window.session.undo_stack.count()
    QTest.keyClick(window.table_view, Qt.Key.Key_Delete)
    assert [model.index(r, 3).data() for r in range(4)] == ["", "", "", "GIDA"]
    assert window.session.undo_stack.count() == steps + 1
    window.actions_["undo"].trigger()
    assert [model.index(r, 3).data() for r in range(3)] == ["GIDA"] * 3
