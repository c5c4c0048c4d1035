"""Slow work off the GUI thread: one QThread per job, results back through signals.

A job function gets `progress(done, total)` and `cancelled()`; it must never touch
widgets. Results and exceptions come back to the GUI thread as signals.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable

from PySide6.QtCore import QThread, Signal

from ..errors import Cancelled


def prepare_processes() -> None:
    """fork() with Qt threads running is unsafe: big files use forkserver workers."""
    if sys.platform.startswith("linux"):
        os.environ["OFFLINE_GUI_MP"] = "forkserver"


def start_fork_server() -> None:
    """Start the fork server of the check's worker processes now, while nothing else runs: it
    imports the core once (~0.25 s of its own CPU), so the first check of a big file starts its
    workers in milliseconds instead of waiting for that import (the server stays, as before)."""
    if os.environ.get("OFFLINE_GUI_MP") == "forkserver":
        from multiprocessing import forkserver

        from ..processes import context
        context()   # the one place that names what the server preloads
        forkserver.ensure_running()


def start_for_file_at_launch() -> None:
    """The app was started with a file to open (a double-click, `offline-gui FILE`): its check
    will want worker processes within a second, so the fork server starts now, importing the
    core on the other core while the window is built (measured: the first worker then starts
    0.05-0.08 s after the check, not 0.3 s, when the server started with the check)."""
    prepare_processes()
    start_fork_server()


class Job(QThread):
    """Runs fn(progress, cancelled) once; emits succeeded(result) or failed(exception)."""

    progressed = Signal(int, int)      # done, total
    partial = Signal(object)           # job-specific streaming data
    succeeded = Signal(object)
    failed = Signal(object)
    stopped = Signal()                 # cancelled before a result

    def __init__(self, fn: Callable, name: str, parent=None) -> None:
        super().__init__(parent)
        self.fn = fn
        self.setObjectName(name)
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:  # in the worker thread
        try:
            result = self.fn(self.progressed.emit, self._cancel.is_set, self.partial.emit)
        except Cancelled:
            self.stopped.emit()
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread to report
            if self._cancel.is_set():
                self.stopped.emit()
            else:
                self.failed.emit(exc)
        else:
            self.succeeded.emit(result)


class Jobs:
    """Keeps running jobs alive until they finish; cancel and wait on shutdown."""

    def __init__(self) -> None:
        self._running: set[Job] = set()

    def start(self, job: Job) -> Job:
        self._running.add(job)
        job.finished.connect(lambda j=job: self._running.discard(j))
        job.start()
        return job

    def busy(self) -> bool:
        return any(j.isRunning() for j in self._running)

    def shutdown(self, timeout_ms: int = 30_000) -> None:
        for job in list(self._running):
            job.cancel()
        for job in list(self._running):
            job.wait(timeout_ms)
