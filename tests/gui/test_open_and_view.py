"""Open a file (drop, command, recent), see it, walk its problems."""

from __future__ import annotations

from conftest import GOOD, PAD
from guihelpers import drop, open_and_wait
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester, QTest
from PySide6.QtWidgets import QMenu

from offline_gui.gui import fix_actions
from offline_gui.gui.data_table import RowFixes
from offline_gui.gui.table_model import CODES_ROLE, SEVERITY_ROLE
from offline_gui.settings import Settings


def test_drop_shows_table_with_highlights(qtbot, window, sample):
    open_and_wait(qtbot, window, sample)
    model = window.table_view.model()
    assert model.rowCount() == 5
    assert model.columnCount() == 23
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Time Stamp *"
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Category"
    assert model.headerData(0, Qt.Orientation.Vertical) == "1"
    assert model.index(1, 0).data() == "13.05.2024 10:00"
    # problem cells: severity, codes, an icon and a tooltip that quotes the rule
    cell = model.index(1, 0)
    assert cell.data(SEVERITY_ROLE) == "error"
    assert cell.data(CODES_ROLE) == ["timestamp-format"]
    assert cell.data(Qt.ItemDataRole.DecorationRole) is not None
    assert cell.data(Qt.ItemDataRole.BackgroundRole) is not None
    tip = cell.data(Qt.ItemDataRole.ToolTipRole)
    assert "YYYY-MM-DD HH:MM:SS" in tip and "2024-05-13 10:00:00" in tip
    assert model.index(1, 6).data(SEVERITY_ROLE) == "error"
    assert model.index(3, 4).data(CODES_ROLE) == ["mandatory-missing"]
    assert model.index(4, 1).data(CODES_ROLE) == ["id-decimal"]
    # clean cells have no highlight
    assert model.index(0, 0).data(SEVERITY_ROLE) is None
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert window.pages.currentIndex() == 1
    assert "errors" in window.strip.headline.text()


def test_loaded_comes_before_validated(qtbot, window, sample):
    order = []
    window.loaded.connect(lambda: order.append(("loaded", window.table_view.model().rowCount())))
    window.validated.connect(lambda: order.append(("validated", 0)))
    open_and_wait(qtbot, window, sample, by_drop=False)
    assert order[0] == ("loaded", 5)
    assert order[-1][0] == "validated"


def test_model_passes_qt_model_tester(qtbot, window, sample, monkeypatch):
    model = window.table_view.model()
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    open_and_wait(qtbot, window, sample)
    window.actions_["filter"].trigger()
    assert model.rowCount() == 3
    model.setData(model.index(0, 0), "2024-05-13 10:00:00")       # an edit inside the filtered view
    assert window.session.doc.row(1)[0] == "2024-05-13 10:00:00"
    window.actions_["filter"].trigger()
    assert model.rowCount() == 5
    monkeypatch.setattr(fix_actions, "confirm_fix_all", lambda *args: True)
    with qtbot.waitSignal(window.validated, timeout=15000):
        window.actions_["fix_all"].trigger()
    with qtbot.waitSignal(window.validated, timeout=15000):
        window.actions_["undo"].trigger()
    window.close_file()   # the changes are discarded (the test dialog answers "Cancel": nothing closes)
    assert tester is not None


def test_filter_shows_only_rows_with_problems(qtbot, window, sample):
    open_and_wait(qtbot, window, sample)
    window.actions_["filter"].trigger()
    model = window.table_view.model()
    assert [model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())] == ["2", "4", "5"]


def test_click_on_issue_makes_the_cell_current(qtbot, window, sample):
    open_and_wait(qtbot, window, sample)
    tree = window.issues.tree
    group = window.issues.select_group("id-decimal")
    assert group is not None and group.text(1) == "1"
    group.setExpanded(True)
    child = group.child(0)
    assert "Row 5" in child.text(0)
    rect = tree.visualItemRect(child)
    QTest.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
    current = window.table_view.currentIndex()
    assert (current.row(), current.column()) == (4, 1)


def test_f8_walks_the_problems(qtbot, window, sample):
    open_and_wait(qtbot, window, sample)
    view = window.table_view
    view.setFocus()
    seen = []
    for _ in range(5):
        QTest.keyClick(view, Qt.Key.Key_F8)
        seen.append((view.currentIndex().row(), view.currentIndex().column()))
    assert seen == [(1, 0), (1, 6), (3, 4), (4, 1), (1, 0)]   # wraps around
    QTest.keyClick(view, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert (view.currentIndex().row(), view.currentIndex().column()) == (4, 1)


def test_recent_files_are_remembered(qtbot, window, sample):
    open_and_wait(qtbot, window, sample)
    assert Settings.load().recent_files[0] == str(sample.resolve())
    assert window.recent_menu.actions()[0].text() == sample.name


def test_cell_menu_offers_fix_this_and_fix_all_like_this(qtbot, window, sample):
    open_and_wait(qtbot, window, sample)
    menu = QMenu()
    RowFixes(window.table_view, 1, 6).fill(menu)
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["Decimal comma", "Fix this: Write it as 10.50.", "Fix all like this (Decimal comma)"]
    menu.actions()[2].trigger()
    assert window.table_view.model().index(1, 6).data() == "10.50"


def test_row_header_shows_row_level_problems(qtbot, window, tmp_path):
    path = tmp_path / "short.csv"
    path.write_text(GOOD + PAD + "\n" + GOOD + ";;\n", encoding="utf-8")
    open_and_wait(qtbot, window, path)
    model = window.table_view.model()
    assert model.headerData(0, Qt.Orientation.Vertical, SEVERITY_ROLE) is None
    assert model.headerData(1, Qt.Orientation.Vertical, SEVERITY_ROLE) == "error"
    assert "23" in model.headerData(1, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole)


def test_a_file_can_be_dropped_anywhere(qtbot, window, sample, tmp_path):
    open_and_wait(qtbot, window, sample)
    other = tmp_path / "other.csv"
    other.write_bytes(sample.read_bytes())
    for target in (window.table_view.viewport(), window.issues.tree.viewport()):
        with qtbot.waitSignal(window.validated, timeout=15000):
            drop(target, other)
        assert window.session.path == other


def test_delete_key_empties_a_cell_and_undo_brings_it_back(qtbot, window, sample):
    open_and_wait(qtbot, window, sample)
    view = window.table_view
    view.setCurrentIndex(view.model().index(0, 4))
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert view.model().index(0, 4).data() == ""
    assert view.model().index(0, 4).data(CODES_ROLE) == ["mandatory-missing"]
    window.actions_["undo"].trigger()
    assert view.model().index(0, 4).data() == "SKU1"


def test_window_size_is_remembered(qtbot, window, sample):
    window.resize(1000, 640)
    window.close()
    assert Settings.load().window_geometry


def test_problems_panel_leaves_out_what_saving_repairs(qtbot, window, tmp_path):
    # a Windows-1254 file: "not UTF-8" is shown in the summary strip, not as work in the panel
    path = tmp_path / "tr.csv"
    rows = [GOOD.replace("SKU1", "ŞEKER") + PAD, GOOD.replace("10.50", "10,50") + PAD]
    path.write_bytes(("\n".join(rows) + "\n").encode("cp1254"))
    open_and_wait(qtbot, window, path)
    tree = window.issues.tree
    titles = {tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())}
    assert titles == {"Decimal comma"}


def test_a_verdict_too_long_for_a_small_window_ends_in_an_ellipsis(qtbot, window, tmp_path):
    """At a small window the headline is shortened with "…", never cut mid-word; its tooltip
    and its text stay whole."""
    path = tmp_path / "a-rather-long-export-name-from-the-store-back-office-2024-11-30.csv"
    path.write_text("2024-05-25 12:25:43;1001;7;;P1;1,5;10.50" + ";" * 16 + "\n", encoding="utf-8")
    with qtbot.waitSignal(window.validated, timeout=15000):
        window.open_path(str(path))
    headline = window.strip.headline
    whole = headline.text()
    window.resize(640, 480)
    qtbot.waitUntil(lambda: headline.width() < headline.fontMetrics().horizontalAdvance(whole))
    shown = headline.shown_text()
    assert shown.endswith("…") and whole.startswith(shown[:-1]) and len(shown) < len(whole)
    assert headline.toolTip() == whole == headline.text()
    window.resize(1600, 700)
    qtbot.waitUntil(lambda: headline.width() > headline.fontMetrics().horizontalAdvance(whole))
    assert headline.shown_text() == whole
