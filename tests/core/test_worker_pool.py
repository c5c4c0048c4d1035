"""The worker pool: its pipes take a big chunk's result in one go (Linux), and its workers
end when the process that started them is killed."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

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


_KILLED_DURING_A_CHECK = """
import os, sys, time
os.environ["OFFLINE_GUI_MP"] = sys.argv[1]
from offline_gui import processes
pool = processes.pool(2)
for _ in range(2):
    pool.submit(time.sleep, 60)
time.sleep(1)
print(" ".join(str(p) for p in pool._processes), flush=True)
os._exit(1)   # as a crash or a kill would: nothing shuts the pool down
"""


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"   # (a zombie has ended; who reaps it is not ours to say)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("method", ["fork", "forkserver"])
def test_workers_end_when_their_app_is_killed(method, tmp_path):
    said = tmp_path / "workers.txt"
    with said.open("w") as out:   # (a file, not a pipe: workers left behind would hold a pipe open)
        subprocess.run([sys.executable, "-c", _KILLED_DURING_A_CHECK, method], stdout=out,
                       stderr=subprocess.DEVNULL, timeout=60)
    workers = [int(p) for p in said.read_text().split()]
    assert len(workers) == 2
    deadline = time.monotonic() + 15
    while any(map(_running, workers)) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(map(_running, workers))
