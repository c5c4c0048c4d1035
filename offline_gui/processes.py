"""How worker processes are started: one choice for every pass that uses both cores."""

from __future__ import annotations

import multiprocessing as mp
import os
import sys
from concurrent.futures import ProcessPoolExecutor

from . import allocator


def context() -> mp.context.BaseContext:
    # fork is fastest, but unsafe once a GUI has threads running: the app asks for
    # forkserver. Elsewhere (macOS, Windows) only spawn is dependable.
    if sys.platform.startswith("linux"):
        chosen = mp.get_context(os.environ.get("OFFLINE_GUI_MP", "fork"))
        if chosen.get_start_method() == "forkserver":
            chosen.set_forkserver_preload(["offline_gui.parallel"])  # workers start with the core imported
        return chosen
    return mp.get_context("spawn")


def cheap_to_start() -> bool:
    """Whether a pool costs milliseconds (fork, a running fork server), not a fresh interpreter each."""
    return context().get_start_method() in ("fork", "forkserver")


def pool(workers: int) -> ProcessPoolExecutor:
    """Worker processes for a pass: started the one way (`context`), each taking memory as
    allocator.tune says (in the workers only: the app's own process hands memory back)."""
    executor = ProcessPoolExecutor(max_workers=workers, mp_context=context(), initializer=allocator.tune)
    _widen_pipes(executor)
    return executor


PIPE_BYTES = 1 << 20   # Linux's largest pipe for a user by default (/proc/sys/fs/pipe-max-size)


def _widen_pipes(executor: ProcessPoolExecutor) -> None:
    """Pipes of 1 MB to and from the workers instead of 64 kB (Linux).

    A chunk's result can be half a MB (a Turkish Excel export's: three findings a row): through
    64 kB a worker waited for the app's process to read each piece, whose threads share one
    interpreter, 2-3 ms a chunk (measured: the app's check of 1M rows 2.72-2.89 s -> 2.32-2.53 s).
    """
    if not sys.platform.startswith("linux"):
        return
    import fcntl

    for queue in (getattr(executor, "_result_queue", None), getattr(executor, "_call_queue", None)):
        try:
            fcntl.fcntl(queue._reader.fileno(), fcntl.F_SETPIPE_SZ, PIPE_BYTES)
        except (AttributeError, OSError, ValueError):
            pass   # (a smaller limit set for this machine, or another Python's pool: only slower)
