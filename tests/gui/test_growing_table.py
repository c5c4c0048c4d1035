"""A big file shows its first rows while the rest is still indexed (issue 12): the table
grows at its end, the strip counts the rows, and nothing reads all rows before all are known.

The pieces are made tiny so a file of a few thousand rows grows in many steps, and the
loader is held after its first pieces, so the test (like a user) acts while it grows.
"""

from __future__ import annotations

import threading
import time

import pytest
from conftest import GOOD, PAD
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester, QTest
from PySide6.QtWidgets import QLabel, QLineEdit

import offline_gui.reading.records as records
import offline_gui.table as table_module
from offline_gui import growing, parallel

ROWS = 1500


def big_export(tmp_path, name: str = "big.csv", last: str = "2024-05-09 10:00:00;9999;7;GIDA;SKU9;1;12,50",
               tail: bytes = b"") -> object:
    rows = [GOOD.replace("1001", str(2000 + i)) for i in range(ROWS)]
    rows[4] = "2024-05-01 10:00:00;1005;7;GIDA;;1;10.50"     # a missing product code, fixed while it grows
    rows[-1] = last                                       # a decimal comma in the very last row
    path = tmp_path / name
    path.write_bytes("".join(r + PAD + "\n" for r in rows).encode() + tail)
    return path


@pytest.fixture
def held(monkeypatch):
    """Tiny pieces, and a loader that waits after a few of them until the test lets it go."""
    monkeypatch.setattr(records, "FIRST_PIECE", 2048)
    monkeypatch.setattr(records, "BLOCK", 2048)
    gate = threading.Event()

    class HeldBuilder(records.IndexBuilder):
        def step(self) -> bool:
            while self.records > 400 and not gate.wait(0.02):
                self._progress(0.5)   # as a real step does: raises Cancelled once the user cancels
            return super().step()

    monkeypatch.setattr(table_module, "IndexBuilder", HeldBuilder)
    yield gate
    gate.set()   # never leave a loader waiting behind a failed test


@pytest.fixture(params=["after reading", "while reading"])
def early(request, monkeypatch) -> bool:
    """Both ways the app checks a file shown while it is read: the check waits for every row
    (a file too small for worker processes), or starts with the first rows (a big file, here
    made "big" by lowering the threshold: see growing.starts_early)."""
    if request.param == "while reading":
        monkeypatch.setattr(parallel, "PARALLEL_MIN_ROWS", 100)
        monkeypatch.setattr(parallel, "rows_per_chunk", lambda table, size=None: 100)
        monkeypatch.setattr(growing.os, "cpu_count", lambda: 2)
        return True
    return False


def wait_growing(qtbot, window, path) -> None:
    with qtbot.waitSignal(window.loaded, timeout=15000):
        window.open_path(str(path))
    qtbot.waitUntil(lambda: window.session.indexing and window.table_view.model().rowCount() > 400, timeout=15000)


def test_the_table_grows_and_an_edit_made_meanwhile_is_checked_with_every_row(qtbot, window, tmp_path, held, early):
    path = big_export(tmp_path)
    model = window.table_view.model()
    grew: list[int] = []
    window.session.grown.connect(grew.append)
    wait_growing(qtbot, window, path)
    shown = model.rowCount()
    assert 200 <= shown < ROWS and window.session.report is None
    assert model.index(shown - 1, 1).data() == str(2000 + shown - 1)     # the rows shown are settled ones
    assert model.headerData(shown - 1, Qt.Orientation.Vertical) == str(shown)
    headline = window.strip.headline.text()
    assert "reading…" in headline and "rows so far" in headline and f"{shown:,}" in headline
    chips = [label.text() for label in window.strip.chips_host.findChildren(QLabel) if label.isVisible()]
    assert f"{shown:,} rows so far" in chips and "Header row: no" in chips
    # what reads every row waits until every row is known; the rows shown can be copied and edited
    for name in ("find", "mapping", "totals", "what_changed", "save", "fix_all", "report"):
        assert not window.actions_[name].isEnabled(), name
    assert window.actions_["close"].isEnabled() and window.actions_["copy"].isEnabled()
    assert window.progress.isVisible() and window.cancel_button.isVisible()
    assert window.session.checking == early    # a big file's check starts with its first rows
    if early:   # the rows read so far are checked meanwhile: the bar shows the reading, the label both
        qtbot.waitUntil(lambda: "Reading and checking… 1 problem found so far" in window.status_label.text(),
                        timeout=15000)
        assert window.session.report is None   # the problems list fills once every row is read
    # the user types a product code into row 5 while the rest is still being read
    view = window.table_view
    view.setCurrentIndex(model.index(4, 4))
    view.setFocus()
    view.edit(model.index(4, 4))
    editor = view.viewport().findChild(QLineEdit)
    QTest.keyClicks(editor, "SKU5")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.index(4, 4).data() == "SKU5")   # the delegate commits queued
    assert window.session.indexing
    # no check on half a file: one started with the first rows stops, the edit changed them
    assert window.session.report is None and not window.session.checking
    with qtbot.waitSignal(window.validated, timeout=30000):
        held.set()
    report = window.session.report
    assert model.rowCount() == ROWS == report.row_count and report.complete
    assert report.codes_at(4, 4) == []                         # the edit counts
    assert report.codes_at(ROWS - 1, 6) == ["number-decimal-comma"]      # the last row is checked too
    assert grew == sorted(grew) and grew[-1] == ROWS and len(grew) >= 2
    assert "reading…" not in window.strip.headline.text()
    assert window.actions_["find"].isEnabled() and window.actions_["save"].isEnabled()
    assert window.session.doc.row(4)[4] == "SKU5" and window.session.dirty
    window.session.undo_stack.setClean()


def test_the_growing_model_passes_qt_model_tester(qtbot, window, tmp_path, monkeypatch):
    monkeypatch.setattr(records, "FIRST_PIECE", 512)
    monkeypatch.setattr(records, "BLOCK", 512)

    class SlowBuilder(records.IndexBuilder):
        def step(self) -> bool:
            time.sleep(0.03)   # a big file's pieces take time: the table grows many times
            return super().step()

    monkeypatch.setattr(table_module, "IndexBuilder", SlowBuilder)
    path = tmp_path / "grows.csv"
    path.write_text("".join(GOOD.replace("1001", str(i)) + PAD + "\n" for i in range(400)), encoding="utf-8")
    model = window.table_view.model()
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    grew: list[int] = []
    window.session.grown.connect(grew.append)
    window.session._grow.setInterval(0)   # every larger index grows the table (not 4 times a second)
    with qtbot.waitSignal(window.validated, timeout=30000):
        window.open_path(str(path))
    assert len(grew) >= 3 and model.rowCount() == 400
    assert tester is not None


def test_the_same_findings_as_a_file_opened_whole(qtbot, window, tmp_path, held, early, monkeypatch):
    import offline_gui.gui.session as session_module
    checks: list[bool] = []

    def analyse_spy(*args, **kwargs):
        checks.append(kwargs.get("indexes") is not None)
        return real_analyse(*args, **kwargs)
    real_analyse = session_module.analyse
    monkeypatch.setattr(session_module, "analyse", analyse_spy)
    path = big_export(tmp_path)
    held.set()
    with qtbot.waitSignal(window.validated, timeout=30000):
        window.open_path(str(path))
    assert checks == [early]   # one check: the one started with the first rows goes on to the end
    grown = window.session.report
    from offline_gui.analysis import analyse
    from offline_gui.document import Document
    from offline_gui.table import load
    table = load(path)
    try:
        whole = analyse(Document(table), workers=1)
        assert grown.row_count == whole.row_count == ROWS
        assert (grown.rows.tolist(), grown.cols.tolist(), grown.codes.tolist()) == (
            whole.rows.tolist(), whole.cols.tolist(), whole.codes.tolist())
        assert window.session.doc.table.index.line_starts.tolist() == table.index.line_starts.tolist()
    finally:
        table.close()


def test_cancel_while_rows_are_counted_lets_the_file_go(qtbot, window, tmp_path, held, early):
    wait_growing(qtbot, window, big_export(tmp_path))
    with qtbot.waitSignal(window.session.open_cancelled, timeout=15000):
        QTest.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
    assert window.session.doc is None and window.table_view.model().rowCount() == 0
    assert window.pages.currentIndex() == 0 and not window.session.working()
    assert not window.cancel_button.isVisible()
    assert "cancelled" in window.statusBar().currentMessage()


def test_a_damaged_line_far_down_is_refused_after_the_first_rows_showed(qtbot, window, tmp_path, held,
                                                                     no_blocking_dialogs, early):
    path = big_export(tmp_path, tail=b"2024-05-09 10:00:00;1;7;\x00;SKU;1;1\n")
    wait_growing(qtbot, window, path)
    with qtbot.waitSignal(window.session.open_failed, timeout=15000):
        held.set()
    assert window.session.doc is None and window.pages.currentIndex() == 0
    assert window.table_view.model().rowCount() == 0
    warnings = [args for name, args in no_blocking_dialogs if name == "warning"]
    assert warnings and f"first on line {ROWS + 1}" in warnings[-1][2]


def test_another_file_opened_while_one_grows_replaces_it(qtbot, window, tmp_path, held, early):
    wait_growing(qtbot, window, big_export(tmp_path))
    small = tmp_path / "small.csv"
    small.write_text("".join(r + PAD + "\n" for r in [GOOD, GOOD.replace("1001", "1002")]), encoding="utf-8")
    with qtbot.waitSignal(window.validated, timeout=30000):
        window.open_path(str(small))
    held.set()
    assert window.session.doc.table.source.path == small
    assert window.table_view.model().rowCount() == 2 == window.session.report.row_count
    qtbot.wait(200)   # the first file's loader ends (cancelled) and changes nothing
    assert window.session.doc.table.source.path == small and window.table_view.model().rowCount() == 2


def test_close_while_rows_are_counted(qtbot, window, tmp_path, held, early):
    wait_growing(qtbot, window, big_export(tmp_path))
    window.actions_["close"].trigger()
    assert window.session.doc is None and window.pages.currentIndex() == 0
    held.set()
    qtbot.waitUntil(lambda: not window.session.working() and not window.cancel_button.isVisible(), timeout=15000)
    assert window.session.doc is None


def test_a_find_dialog_left_open_waits_until_every_row_is_known(qtbot, window, tmp_path, held):
    small = tmp_path / "small.csv"
    small.write_text(GOOD + PAD + "\n", encoding="utf-8")
    with qtbot.waitSignal(window.validated, timeout=30000):
        window.open_path(str(small))
    window.actions_["find"].trigger()
    dialog = window.edits.find_dialog
    wait_growing(qtbot, window, big_export(tmp_path))
    QTest.keyClicks(dialog.find_edit, str(2000 + ROWS - 2))   # a customer id in the last rows
    QTest.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert "still being read" in dialog.status.text()
    with qtbot.waitSignal(window.validated, timeout=30000):
        held.set()
    with qtbot.waitSignal(dialog.found, timeout=15000):
        QTest.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert window.table_view.currentIndex().row() == ROWS - 2


def test_a_check_done_before_the_window_has_every_row_waits_for_them(qtbot, window, tmp_path, held, monkeypatch):
    """The reading thread hands the whole index to the check a moment before the window gets
    it: a check that ends in that moment is shown with every row, not with the rows so far."""
    monkeypatch.setattr(parallel, "PARALLEL_MIN_ROWS", 100)
    monkeypatch.setattr(growing.os, "cpu_count", lambda: 2)
    finish = growing.IndexFeed.finish
    done = threading.Event()

    def late_finish(self, index) -> None:
        finish(self, index)
        done.wait(20)   # the window gets the whole index only after the check has ended

    monkeypatch.setattr(growing.IndexFeed, "finish", late_finish)
    wait_growing(qtbot, window, big_export(tmp_path))
    job = window.session._check_job
    job.finished.connect(done.set)
    with qtbot.waitSignal(window.validated, timeout=30000):
        held.set()
    assert done.is_set()
    report = window.session.report
    assert report.complete and report.row_count == ROWS == window.table_view.model().rowCount()
    assert report.codes_at(ROWS - 1, 6) == ["number-decimal-comma"] and report.codes_at(4, 4) == ["mandatory-missing"]
    assert not window.session.working()


def test_a_big_legacy_file_shows_its_first_rows_before_it_is_all_converted(qtbot, window, tmp_path, monkeypatch):
    """A Windows-1254 export is converted to UTF-8 before it is read; its first rows show as
    soon as its first lines are converted, the rest converts meanwhile."""
    import offline_gui.reading.copies as copies
    import offline_gui.reading.sources as sources
    monkeypatch.setattr(copies, "HEAD_BYTES", 30_000)
    monkeypatch.setattr(records, "FIRST_PIECE", 20_000)
    monkeypatch.setattr(records, "BLOCK", 20_000)
    gate = threading.Event()
    finish = sources.Source.finish_copy

    def held_finish(self, landed=None) -> None:
        gate.wait(20)
        finish(self, landed)

    monkeypatch.setattr(sources.Source, "finish_copy", held_finish)
    rows = [GOOD.replace("1001", str(2000 + i)).replace("GIDA", "GIDA Şişli") for i in range(ROWS)]
    path = tmp_path / "turkish.csv"
    path.write_bytes("".join(r + PAD + "\r\n" for r in rows).encode("cp1254"))
    try:
        with qtbot.waitSignal(window.loaded, timeout=15000):
            window.open_path(str(path))
        model = window.table_view.model()
        qtbot.waitUntil(lambda: window.session.indexing and model.rowCount() > 100, timeout=15000)
        assert window.session.doc.table.source.copying and model.rowCount() < ROWS
        assert model.index(0, 3).data() == "GIDA Şişli"
        with qtbot.waitSignal(window.validated, timeout=30000):
            gate.set()
    finally:
        gate.set()
    assert model.rowCount() == ROWS == window.session.report.row_count
    assert model.index(ROWS - 1, 1).data() == str(2000 + ROWS - 1)
    assert "Windows-1254" in " ".join(label.text() for label in window.strip.chips_host.findChildren(QLabel))
