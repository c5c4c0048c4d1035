"""Work around a PySide6 6.12 refcount bug on Python 3.11.

Every call of a PySide6 method that returns void (label.setText, processEvents,
progress.setValue, ...) drops one reference to None without taking it. On Python
3.12+ None is immortal and nothing happens; on 3.11 the app aborts with "Fatal
Python error: none_dealloc" after a few thousand such calls (and bool signal
arguments do the same to True / False: "bool_dealloc") (seen here: 1,000
setText calls = 1,000 references lost, None starts with ~5,000). Giving None a
huge reference count makes it immortal in practice, as 3.12 does by design.
"""

from __future__ import annotations

import ctypes
import sys

_HEADROOM = 1 << 40   # ~10^12 void calls before it could matter


def guard_none() -> None:
    import PySide6
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython" \
            or not PySide6.__version__.startswith("6.12."):
        return  # only PySide6 6.12 has the bug; pyproject keeps installs below it
    for singleton in (None, True, False):   # bool signal arguments lose references to True/False too
        refcount = ctypes.c_ssize_t.from_address(id(singleton))
        if refcount.value < _HEADROOM:
            refcount.value += _HEADROOM
