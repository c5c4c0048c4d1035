"""How a worker process takes memory from the C library (Linux with glibc only).

The check and the save make and drop numpy arrays of a few MB for every chunk. By default
glibc gives each array above a threshold fresh pages from the kernel (which zeroes every
page first) and, once freed, hands free memory back as soon as 128 kB of it sit at the top
of the heap; a forked worker also inherits the threshold its parent's allocations happened
to raise. Kept in the process instead, the same memory is used again: `fix` on a 1M-row
Turkish export took 62,000 page faults instead of 673,000, 0.5-0.7 s of kernel time
instead of 1.5-2.1 s (measured). A worker's peak memory is the same: only memory it
already used is kept, up to TRIM_BYTES. Not in the app's own process, whose memory
stays small between files (processes.pool runs this in each worker).
"""

from __future__ import annotations

import ctypes
import os
import sys

M_TRIM_THRESHOLD, M_MMAP_THRESHOLD = -1, -3   # glibc's mallopt() parameters (malloc.h)
MMAP_BYTES = 64 << 20    # below this, an allocation comes from the heap, not fresh pages
TRIM_BYTES = 256 << 20   # free memory kept at the top of the heap before it goes back


def tune() -> None:
    """Set the thresholds in this process; a value set by the user's MALLOC_*_ variables
    stays, and other platforms are left as they are."""
    chosen = {"MALLOC_MMAP_THRESHOLD_", "MALLOC_TRIM_THRESHOLD_"} & set(os.environ)
    if not sys.platform.startswith("linux") or chosen or "malloc" in os.environ.get("GLIBC_TUNABLES", ""):
        return
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):   # not glibc (musl has no mallopt)
        return
    mallopt(M_MMAP_THRESHOLD, MMAP_BYTES)
    mallopt(M_TRIM_THRESHOLD, TRIM_BYTES)
