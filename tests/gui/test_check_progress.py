"""While a long check runs, the problems found so far show before it ends; a check about
to end shows only its whole report (a part shown then only slows the check down)."""

from __future__ import annotations

import time

import pytest
from conftest import GOOD, rows_text

import offline_gui.gui.session as session_module
from offline_gui import parallel
from offline_gui.gui.session import ends_within

ROWS = 1200


def test_ends_within_is_the_pace_so_far() -> None:
    assert ends_within(60, 100, 1.0, 1.0)          # 40 rows left at 60 a second: 0.67 s
    assert not ends_within(50, 100, 1.0, 1.0)      # 50 left: 1 s, not within 1 s
    assert ends_within(100, 100, 5.0, 1.0)         # all checked
    assert ends_within(120, 100, 5.0, 1.0)         # (more than known: nothing left)
    assert not ends_within(0, 100, 0.1, 1.0)       # nothing checked yet: no pace to go by
    assert not ends_within(10, 1000, 1.0, 1.0)


@pytest.fixture
def slow_check(tmp_path, monkeypatch):
    """A file of 12 chunks, each checked in 0.1 s, with a decimal comma in every chunk."""
    monkeypatch.setattr(parallel, "rows_per_chunk", lambda table, size=None: 100)
    monkeypatch.setattr(session_module, "PUBLISH_MS", 250)
    process = parallel.process

    def slow(raw, job):
        time.sleep(0.1)
        return process(raw, job)

    monkeypatch.setattr(parallel, "process", slow)
    rows = [GOOD.replace("1001", str(3000 + i)) for i in range(ROWS)]
    for i in range(50, ROWS, 100):
        rows[i] = rows[i].replace("10.50", "10,50")
    path = tmp_path / "slow.csv"
    path.write_text(rows_text(rows), encoding="utf-8")
    return path


def _open_and_collect(qtbot, window, path) -> tuple[list, list]:
    shown: list = []
    order: list[str] = []
    window.session.provisional.connect(lambda report: (shown.append(report), order.append("part")))
    window.session.analysed.connect(lambda report: order.append("whole"))
    with qtbot.waitSignal(window.validated, timeout=30000):
        window.open_path(str(path))
    return shown, order


def test_a_long_check_shows_the_problems_found_so_far(qtbot, window, slow_check) -> None:
    shown, order = _open_and_collect(qtbot, window, slow_check)
    assert shown and order.index("part") < order.index("whole")
    part, whole = shown[0], window.session.report
    assert not part.complete and whole.complete
    assert 0 < len(part) < len(whole) == ROWS // 100
    assert set(part.rows.tolist()) <= set(whole.rows.tolist())


def test_a_check_about_to_end_shows_only_its_whole_report(qtbot, window, slow_check, monkeypatch) -> None:
    monkeypatch.setattr(session_module, "ends_within", lambda *_: True)
    shown, order = _open_and_collect(qtbot, window, slow_check)
    assert shown == [] and order == ["whole"]
    assert len(window.session.report) == ROWS // 100
