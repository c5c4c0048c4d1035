"""Remembered decisions per kind of export: saved with an upload, offered visibly next time."""

from __future__ import annotations

from guihelpers import open_and_wait
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from offline_gui.document import Document
from offline_gui.fixing import SAFE_RULES
from offline_gui.gui import fix_actions, save_flow
from offline_gui.memory import export_kind
from offline_gui.table import load

HEADER = "Tarih;Müşteri No;Olay;Kategori;Ürün Kodu;Adet;Tutar;Şehir;Telefon\n"


def day_file(path, day: int, header: str = HEADER):
    path.write_text(header + "".join(f"{day:02d}.05.2024 1{i}:00;10{i};7;G;S{i};1;{i},50;Ankara;0532 123 45 6{i}\n"
                                     for i in range(5)), encoding="utf-8")
    return path


def kind(path) -> str:
    table = load(path)
    try:
        return export_kind(Document(table))
    finally:
        table.close()


def test_the_kind_of_export_is_its_header_or_its_shape(tmp_path):
    assert kind(day_file(tmp_path / "a.csv", 13)) == kind(day_file(tmp_path / "b.csv", 14))
    other = day_file(tmp_path / "c.csv", 15, HEADER.replace("Telefon", "Kanal"))
    assert kind(other) != kind(tmp_path / "a.csv")
    plain_a, plain_b, wide = tmp_path / "p.csv", tmp_path / "q.csv", tmp_path / "w.csv"
    plain_a.write_text("".join(f"2024-05-0{i} 10:00:00;10{i};7;G;S;1;1.00\n" for i in range(1, 5)))
    plain_b.write_text("".join(f"2024-06-0{i} 11:00:00;20{i};7;K;T;2;3.00\n" for i in range(1, 5)))
    wide.write_text("".join(f"2024-06-0{i} 11:00:00;20{i};7;K;T;2;3.00;x\n" for i in range(1, 5)))
    assert kind(plain_a) == kind(plain_b) != kind(wide)


def test_decisions_are_offered_for_the_same_kind_and_apply_as_one_step(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox
    monday = day_file(tmp_path / "satis-13.csv", 13)
    open_and_wait(qtbot, window, monday)
    assert window.memory_bar.isHidden()                        # nothing remembered yet
    monkeypatch.setattr(fix_actions, "confirm_fix_all", lambda *args: True)
    with qtbot.waitSignal(window.validated, timeout=15000):
        window.actions_["fix_all"].trigger()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: next(
        b for b in box.buttons() if b.text() == "Leave it out").click())
    with qtbot.waitSignal(window.validated, timeout=15000):
        window.privacy.leave_out()
    monkeypatch.setattr(save_flow, "ask_save", lambda *args, **kw: (tmp_path / "up13.csv", False, False))
    with qtbot.waitSignal(window.session.saved, timeout=15000):
        window.actions_["save"].trigger()

    tuesday = day_file(tmp_path / "satis-14.csv", 14)
    open_and_wait(qtbot, window, tuesday)
    bar = window.memory_bar
    assert bar.isVisibleTo(window)
    assert "fixed all safe problems" in bar.label.text() and "left out Var2" in bar.label.text()
    assert window.session.doc.state.rules == frozenset()      # offered, not applied
    with qtbot.waitSignal(window.validated, timeout=15000):
        QTest.mouseClick(bar.apply_button, Qt.MouseButton.LeftButton)
    state = window.session.doc.state
    assert state.rules >= SAFE_RULES and state.dropped == {8}
    assert window.table_view.model().index(0, 6).data() == "0.50"
    assert window.session.undo_stack.count() == 1 and bar.isHidden()
    with qtbot.waitSignal(window.validated, timeout=15000):
        window.actions_["undo"].trigger()
    assert window.session.doc.state.rules == frozenset()

    other = day_file(tmp_path / "kanal.csv", 15, HEADER.replace("Telefon", "Kanal"))
    window.session.undo_stack.setClean()
    open_and_wait(qtbot, window, other)
    assert window.memory_bar.isHidden()                        # another kind of export: nothing offered
