"""A windowed build (PyInstaller `console=False`) runs with sys.stdout and sys.stderr set to None.

Then every print would raise and the command line would die with exit 2 before doing its work.
Writing into the null device keeps the work and the exit code intact; the console build
(`offline-gui-cli`) is the one to use when the output matters.
"""

from __future__ import annotations

import os
import sys


def ensure_streams() -> None:
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 - lives as long as the process
