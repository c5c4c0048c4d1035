"""How worker processes are started: one choice for every pass that uses both cores."""

from __future__ import annotations

import multiprocessing as mp
import os
import sys
import threading
import time
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
    allocator.tune says (in the workers only: the app's own process hands memory back), and
    each ending when the process that started the pool is gone (start_worker)."""
    executor = ProcessPoolExecutor(max_workers=workers, mp_context=context(), initializer=start_worker,
                                   initargs=(os.getpid(),))
    _widen_pipes(executor)
    return executor


OWNER_CHECK_S = 0.5


def start_worker(owner: int) -> None:
    """In each worker, first: tune its memory, and watch the process that owns the pool.

    A worker waits for its next chunk on a queue it also holds the writing end of: when the
    app is killed or crashes during a check, nothing would ever end it (measured: the two
    workers and the fork server, ~130 MB, were still there 10 minutes later)."""
    allocator.tune()
    threading.Thread(target=_end_with, args=(owner, os.getppid() == owner), name="owner-watch",
                     daemon=True).start()


def _end_with(owner: int, forked_by_owner: bool) -> None:
    parent = mp.parent_process()   # (the owner, whatever the start method; its sentinel tells)
    while True:
        time.sleep(OWNER_CHECK_S)
        gone = parent is not None and not parent.is_alive()
        # a worker forked by the owner itself goes to another parent when the owner dies
        gone = gone or (forked_by_owner and os.getppid() != owner)
        if gone:
            os._exit(1)


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
