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
    return ProcessPoolExecutor(max_workers=workers, mp_context=context(), initializer=allocator.tune)
