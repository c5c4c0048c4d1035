"""The allocator thresholds are set on Linux unless the user chose them."""

from __future__ import annotations

import ctypes

from offline_gui import allocator


class _Libc:
    def __init__(self) -> None:
        self.calls: list[tuple[int, int]] = []

    def mallopt(self, what: int, value: int) -> int:
        self.calls.append((what, value))
        return 1


def _tuned(monkeypatch, platform: str, env: dict[str, str]) -> list[tuple[int, int]]:
    libc = _Libc()
    monkeypatch.setattr(ctypes, "CDLL", lambda _name: libc)
    monkeypatch.setattr(allocator.sys, "platform", platform)
    for key in ("MALLOC_MMAP_THRESHOLD_", "MALLOC_TRIM_THRESHOLD_", "GLIBC_TUNABLES"):
        monkeypatch.delenv(key, raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    allocator.tune()
    return libc.calls


def test_linux_keeps_chunk_sized_memory_in_the_process(monkeypatch):
    assert _tuned(monkeypatch, "linux", {}) == [(-3, 64 << 20), (-1, 256 << 20)]
    assert _tuned(monkeypatch, "linux", {"MALLOC_ARENA_MAX": "2"}) == [(-3, 64 << 20), (-1, 256 << 20)]


def test_a_choice_of_the_user_or_another_platform_is_left_alone(monkeypatch):
    assert _tuned(monkeypatch, "linux", {"MALLOC_TRIM_THRESHOLD_": "0"}) == []
    assert _tuned(monkeypatch, "linux", {"MALLOC_MMAP_THRESHOLD_": "131072"}) == []
    assert _tuned(monkeypatch, "linux", {"GLIBC_TUNABLES": "glibc.malloc.trim_threshold=0"}) == []
    assert _tuned(monkeypatch, "win32", {}) == []
    assert _tuned(monkeypatch, "darwin", {}) == []


def test_every_pool_tunes_its_workers(monkeypatch):
    import os
    import threading

    from offline_gui import processes
    with processes.pool(1) as pool:
        assert pool._initializer is processes.start_worker   # (the one place pools are made)
        assert pool._initargs == (os.getpid(),)
    tuned, watched = [], []
    monkeypatch.setattr(allocator, "tune", lambda: tuned.append(True))
    monkeypatch.setattr(threading.Thread, "start", lambda thread: watched.append(thread.daemon))
    processes.start_worker(os.getpid())   # (here, in-process: what each worker runs first)
    assert tuned == [True] and watched == [True]


def test_no_mallopt_is_no_error(monkeypatch):
    def missing(_name):
        raise OSError("no C library here")
    monkeypatch.setattr(ctypes, "CDLL", missing)
    monkeypatch.setattr(allocator.sys, "platform", "linux")
    monkeypatch.delenv("MALLOC_MMAP_THRESHOLD_", raising=False)
    monkeypatch.delenv("MALLOC_TRIM_THRESHOLD_", raising=False)
    allocator.tune()
