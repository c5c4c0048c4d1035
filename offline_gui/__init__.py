"""Offline Data Checker: turn a store export into an upload-ready offline data file."""

import os

__version__ = "0.1.0"

# numpy's OpenBLAS starts helper threads in every process that imports it, and they spin
# for a while: nothing here multiplies matrices, and on two cores those threads took CPU
# from the check's workers (measured: 0.1-0.2 s of CPU on a 1M-row check). Set before
# numpy is imported; a value the user set stays.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
