"""Start the desktop app; kept apart so `check` and `fix` never import Qt."""

from __future__ import annotations

import sys


def launch(argv: list[str]) -> int:
    try:
        from .gui.app import run
    except ImportError as exc:
        from .i18n import _, set_language, system_language
        set_language(system_language())
        print("offline-gui: " + _("the desktop app needs PySide6 ({error}). Install it with: {command}").format(
            error=exc, command="pip install PySide6-Essentials"), file=sys.stderr)
        return 2
    return run(argv)
