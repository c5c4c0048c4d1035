"""The worker pool's pipes take a big chunk's result in one go (Linux)."""

from __future__ import annotations

import sys

import pytest

from offline_gui import processes


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="pipe sizes are a Linux setting")
def test_the_pools_pipes_hold_a_megabyte():
    import fcntl
    with processes.pool(1) as pool:
        for queue in (pool._result_queue, pool._call_queue):
            assert fcntl.fcntl(queue._reader.fileno(), fcntl.F_GETPIPE_SZ) >= processes.PIPE_BYTES
        data = bytes(range(256)) * 4000   # ~1 MB each way, through the widened pipes
        assert pool.submit(bytes, data).result(timeout=60) == data
