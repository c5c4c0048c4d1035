"""GUI test fixtures: private settings, no modal dialog can block, tiny export files."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

GOOD = "2024-05-01 10:00:00;1001;7;GIDA;SKU1;1;10.50"
PAD = ";" * 16   # 7 fields + 16 empty ones = 23 fields


def rows_text(rows: list[str]) -> str:
    return "".join(r + PAD + "\n" for r in rows)


# row 1: time stamp layout + decimal comma; row 3: empty product code; row 4: id with .0
SAMPLE_ROWS = [
    GOOD,
    "13.05.2024 10:00;1002;7;GIDA;SKU2;2;10,50",
    "2024-05-02 11:00:00;1003;7;GIDA;SKU3;1;5.00",
    "2024-05-03 12:00:00;1004;7;GIDA;;1;5.00",
    "2024-05-04 13:00:00;1005.0;7;GIDA;SKU5;3;15.00",
]


@pytest.fixture(autouse=True)
def private_settings(tmp_path, monkeypatch):
    monkeypatch.setenv("OFFLINE_GUI_SETTINGS", str(tmp_path / "settings" / "settings.json"))


@pytest.fixture(autouse=True)
def no_blocking_dialogs(monkeypatch):
    """A modal dialog in an offscreen test would wait forever: record and answer instead."""
    calls: list[tuple[str, tuple]] = []

    def record(name, answer):
        def fake(*args, **kwargs):
            calls.append((name, args))
            return answer
        return fake

    monkeypatch.setattr(QMessageBox, "question", staticmethod(record("question", QMessageBox.StandardButton.Cancel)))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(record("warning", QMessageBox.StandardButton.Ok)))
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(record("critical", QMessageBox.StandardButton.Ok)))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(record("information", QMessageBox.StandardButton.Ok)))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: calls.append(("exec", (self.text(),))) or 0)
    return calls


@pytest.fixture
def sample(tmp_path) -> Path:
    path = tmp_path / "export.csv"
    path.write_text(rows_text(SAMPLE_ROWS), encoding="utf-8")
    return path


@pytest.fixture
def window(qtbot):
    from offline_gui.gui.main_window import MainWindow
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1200, 700)
    w.show()
    yield w
    w.session.undo_stack.setClean()
    w.close()


def pytest_collection_modifyitems(items):
    """Tests that run the whole app (gui.app.run -> app.exec -> quit) go last: once the
    application's event loop has quit, Qt returns from every later QEventLoop.exec at once,
    so a later test's qtbot.waitSignal / waitUntil no longer delivers worker signals."""
    runs_app = [item for item in items if item.name == "test_the_app_starts_on_a_file_from_the_command_line"]
    items[:] = [item for item in items if item not in runs_app] + runs_app
