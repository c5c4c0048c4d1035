"""GUI figures for the benchmark, measured in a fresh process (QT_QPA_PLATFORM=offscreen).

    python benchmarks/gui_probe.py FILE ROWS [SETTLE_S]

Opens FILE the way the app does after the user chose it (`MainWindow.open_path`)
and prints one JSON object: seconds from the call to the first painted screen
(first viewport paint after the `loaded` signal), to all rows scrollable (the
model's rowCount reaches ROWS), to `validated`; then jump-to-end and page-scroll
times (each including a forced repaint of the viewport), and private memory
(USS) grown since just before the open. SETTLE_S (default 0) waits that long between
showing the window and opening the file, as a user choosing it does (the app starts its
worker processes' fork server after 1.5 s of that). With 0, the app is measured as started
with the file (a double-click): it starts that server before it builds the window, as
`gui.app.run` does when it is given a file. On anything missing it prints
{"error": "..."}: the benchmark then reports the GUI as not available.
"""

from __future__ import annotations

import gc
import json
import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
TIMEOUT_S = 90.0


def _fail(reason: str) -> int:
    print(json.dumps({"error": reason}))
    return 0


def main(path: str, rows: int, settle_s: float = 0.0) -> int:
    started = time.perf_counter()
    try:
        import psutil
        from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
        from PySide6.QtWidgets import QApplication
        app = QApplication.instance() or QApplication([sys.argv[0]])
        if settle_s <= 0:
            from offline_gui.gui.workers import start_for_file_at_launch
            start_for_file_at_launch()
        from offline_gui.gui.main_window import MainWindow
    except Exception as exc:  # noqa: BLE001 (any failure means: not available)
        return _fail(f"{exc.__class__.__name__}: {exc}")
    try:
        window = MainWindow()
    except Exception as exc:  # noqa: BLE001
        return _fail(f"MainWindow() failed: {exc.__class__.__name__}: {exc}")
    missing = [n for n in ("open_path", "loaded", "validated", "table_view") if not hasattr(window, n)]
    if missing:
        return _fail("MainWindow lacks " + ", ".join(missing))
    window.resize(1280, 800)
    window.show()
    for _ in range(10):
        app.processEvents()
    startup = time.perf_counter() - started
    settle_until = time.perf_counter() + settle_s
    while time.perf_counter() < settle_until:
        app.processEvents()
        time.sleep(0.01)
    table_view = window.table_view
    viewport = table_view.viewport()
    proc = psutil.Process()
    gc.collect()
    base_uss = proc.memory_full_info().uss

    marks: dict[str, float] = {}
    loop = QEventLoop()

    class PaintWatch(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 (Qt API)
            if event.type() == QEvent.Type.Paint and "loaded" in marks and "paint" not in marks:
                model = table_view.model()
                if model is not None and model.rowCount() > 0:
                    marks["paint_started"] = time.perf_counter()
                    result = super().eventFilter(obj, event)
                    marks["paint"] = time.perf_counter()
                    return result
            return super().eventFilter(obj, event)

    watch = PaintWatch()
    viewport.installEventFilter(watch)

    def on_loaded(*_args) -> None:
        marks.setdefault("loaded", time.perf_counter())
        QTimer.singleShot(0, lambda: "paint" in marks or viewport.repaint())

    def on_validated(*_args) -> None:
        marks.setdefault("validated", time.perf_counter())

    def poll() -> None:
        model = table_view.model()
        if "loaded" in marks and "all_rows" not in marks and model is not None \
                and model.rowCount() >= rows:
            marks["all_rows"] = time.perf_counter()
        if "validated" in marks and "all_rows" in marks and "paint" in marks:
            loop.quit()

    window.loaded.connect(on_loaded)
    window.validated.connect(on_validated)
    errors: list[str] = []

    def on_error(*args) -> None:
        errors.append(" ".join(str(a) for a in args)[:300])
        loop.quit()

    # an exception in a slot or a failed job would otherwise look like a slow check
    sys.excepthook = lambda kind, exc, tb: on_error(f"{kind.__name__}: {exc}")
    session = getattr(window, "session", None)
    for owner in (window, session):
        for name in ("open_failed", "check_failed", "failed"):
            signal = getattr(owner, name, None) if owner is not None else None
            if signal is not None and hasattr(signal, "connect"):
                signal.connect(on_error)
    poller = QTimer()
    poller.setInterval(10)
    poller.timeout.connect(poll)
    poller.start()
    QTimer.singleShot(int(TIMEOUT_S * 1000), loop.quit)
    t_open = time.perf_counter()
    try:
        window.open_path(path)
    except Exception as exc:  # noqa: BLE001
        return _fail(f"open_path failed: {exc.__class__.__name__}: {exc}")
    poll()
    if not ("validated" in marks and "all_rows" in marks and "paint" in marks):
        loop.exec()
    poller.stop()
    out: dict[str, object] = {"startup_s": startup}
    for key, name in (("paint", "first_screen_s"), ("loaded", "loaded_s"),
                      ("all_rows", "all_rows_s"), ("validated", "validated_s")):
        out[name] = marks[key] - t_open if key in marks else None
    if errors:
        out["note"] = "error while opening / checking: " + errors[0]
    elif "validated" not in marks:
        out["note"] = f"no 'validated' within {TIMEOUT_S:.0f} s"
    model = table_view.model()
    out["model_rows"] = model.rowCount() if model is not None else None

    for _ in range(5):
        app.processEvents()
    gc.collect()
    info = proc.memory_full_info()
    out["uss_delta_bytes"] = info.uss - base_uss
    out["file_bytes"] = os.path.getsize(path)
    out["file_mapped_private_bytes"] = _mapped_private(proc, path)

    # Jump to end, then page scrolls from the middle, each with a forced repaint.
    def timed(action) -> float:
        t = time.perf_counter()
        action()
        app.processEvents()
        viewport.repaint()
        return time.perf_counter() - t

    out["jump_end_s"] = timed(table_view.scrollToBottom)
    out["jump_top_s"] = timed(table_view.scrollToTop)
    bar = table_view.verticalScrollBar()
    timed(lambda: bar.setValue(bar.maximum() // 2))
    steps = [timed(lambda: bar.setValue(bar.value() + bar.pageStep())) for _ in range(20)]
    out["page_scroll_median_s"] = statistics.median(steps)
    out["page_scroll_max_s"] = max(steps)
    # The same with one paint: the change, then a synchronous repaint (the paint that
    # processEvents does for the scroll is left out: above, each step paints twice).
    def one_paint(action) -> float:
        t = time.perf_counter()
        action()
        viewport.repaint()
        elapsed = time.perf_counter() - t
        app.processEvents()
        return elapsed

    timed(table_view.scrollToTop)
    out["jump_end_one_paint_s"] = one_paint(table_view.scrollToBottom)
    timed(lambda: bar.setValue(bar.maximum() // 3))
    steps = [one_paint(lambda: bar.setValue(bar.value() + bar.pageStep())) for _ in range(20)]
    out["page_scroll_one_paint_median_s"] = statistics.median(steps)
    # what a repaint alone costs (no scrolling, no new rows): the floor of the two above
    out["repaint_only_median_s"] = statistics.median(timed(lambda: None) for _ in range(10))
    top = table_view.rowAt(0)
    bottom = table_view.rowAt(viewport.height() - 1)
    out["visible_rows"] = (bottom - top + 1) if top >= 0 and bottom >= 0 else None
    out["visible_columns"] = sum(1 for c in range(model.columnCount())
                                 if not table_view.isColumnHidden(c)
                                 and table_view.columnViewportPosition(c) < viewport.width()
                                 and table_view.columnViewportPosition(c) >= 0) if model else None
    gc.collect()
    out["uss_delta_after_scroll_bytes"] = proc.memory_full_info().uss - base_uss
    out["tree_cpu_s"] = _tree_cpu(proc)
    print(json.dumps(out))
    sys.stdout.flush()
    os._exit(0)  # do not wait for worker pools or timers: the figures are out


def _tree_cpu(proc) -> float:
    """CPU seconds of this process, its reaped children and the live ones (the app's
    worker pool and forkserver are never reaped: we exit without waiting for them)."""
    import resource
    total = 0.0
    for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN):
        usage = resource.getrusage(who)
        total += usage.ru_utime + usage.ru_stime
    for child in proc.children(recursive=True):
        try:
            times = child.cpu_times()
            total += times.user + times.system
        except Exception:  # noqa: BLE001 (gone meanwhile)
            pass
    return total


def _mapped_private(proc, path: str) -> int:
    """Private pages of memory maps of the data file (or any .csv / temp copy of it)."""
    total = 0
    real = os.path.realpath(path)
    try:
        for m in proc.memory_maps(grouped=True):
            p = m.path
            if p == real or p.endswith((".csv", ".txt")) or "offline" in os.path.basename(p):
                total += getattr(m, "private_clean", 0) + getattr(m, "private_dirty", 0)
    except Exception:  # noqa: BLE001
        return -1
    return total


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], int(sys.argv[2]), float(sys.argv[3]) if len(sys.argv) > 3 else 0.0))
