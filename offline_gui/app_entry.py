"""Start the desktop app; kept apart so `check` and `fix` never import Qt."""

from __future__ import annotations

import sys


def launch(argv: list[str]) -> int:
    try:
        from .gui.app import run
    except ImportError as exc:
        print(f"offline-gui: the desktop app needs PySide6 ({exc}). "
              "Install it with: pip install PySide6-Essentials", file=sys.stderr)
        return 2
    return run(argv)
