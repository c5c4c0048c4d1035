"""Start the app: QApplication, crash handler, main window, optional file from argv."""

from __future__ import annotations

import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from ..logs import log_exception
from . import dialogs


def install_excepthook(window=None) -> None:
    """Unexpected errors: log them, apologise, and keep the app (and the work) alive."""
    showing = {"now": False}

    def hook(kind, exc, tb) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        if exc.__traceback__ is None:
            exc = exc.with_traceback(tb)
        try:
            where = log_exception(exc)
        except Exception:  # noqa: BLE001 - the hook itself must never fail
            where = "(the log could not be written)"
        traceback.print_exception(kind, exc, tb)
        if showing["now"]:
            return
        showing["now"] = True
        try:
            dialogs.show_crash(window, str(where))
        finally:
            showing["now"] = False

    sys.excepthook = hook


def _icon_file() -> Path | None:
    """The app icon beside the code (a checkout) or inside a frozen build's folder."""
    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parents[2]))
    path = base / "resources" / "icons" / "offline-gui.png"
    return path if path.is_file() else None


def run(argv: list[str]) -> int:
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "offline-gui"])
    QCoreApplication.setApplicationName("Offline Data Checker")
    QCoreApplication.setOrganizationName("offline-gui")
    from .. import __version__
    QCoreApplication.setApplicationVersion(__version__)
    app.setStyle("Fusion")
    argv, asked = _language_argument(argv)
    paths = [a for a in argv if not a.startswith("-")]
    if paths:
        from .workers import start_for_file_at_launch
        start_for_file_at_launch()
    from ..settings import Settings
    from .language import apply_language, system_language
    from .main_window import MainWindow
    from .style import ok_icon
    settings = Settings.load()
    apply_language(app_language(asked, settings.language, system_language()))
    icon = _icon_file()
    app.setWindowIcon(QIcon(str(icon)) if icon else ok_icon(64))
    window = MainWindow(settings)
    install_excepthook(window)
    window.show()
    if paths:
        QTimer.singleShot(0, lambda: window.open_path(paths[0]))
    return app.exec()


def _language_argument(argv: list[str]) -> tuple[list[str], str]:
    """`--lang tr` / `--lang=tr` for this run only (not remembered); the rest of argv."""
    rest, lang, skip = [], "", False
    for i, arg in enumerate(argv):
        if skip:
            skip = False
        elif arg == "--lang":
            lang, skip = (argv[i + 1] if i + 1 < len(argv) else ""), True
        elif arg.startswith("--lang="):
            lang = arg[7:]
        else:
            rest.append(arg)
    return rest, lang


def app_language(asked: str, remembered: str, system: str) -> str:
    """--lang for this run, else the language chosen in View › Language, else the system's."""
    return asked or remembered or system
