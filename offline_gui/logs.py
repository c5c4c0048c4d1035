"""Where unexpected errors are written, for the CLI and the app alike."""

from __future__ import annotations

import logging
import traceback
from pathlib import Path

import platformdirs

APP = "offline-gui"


def log_path() -> Path:
    folder = Path(platformdirs.user_log_dir(APP, appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "offline-gui.log"


def log_exception(exc: BaseException) -> Path:
    path = log_path()
    try:
        with open(path, "a", encoding="utf-8") as handle:
            handle.write("".join(traceback.format_exception(exc)))
    except OSError:
        logging.exception("could not write the log")
    return path
