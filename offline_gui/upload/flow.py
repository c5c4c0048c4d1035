"""Check, then send, then write the history line: the one upload flow of the CLI and the app."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..errors import CannotRead
from ..i18n import _
from . import send
from .errors import NameTaken, UploadFailed
from .history import record
from .transfer import Transfer

# what happened, in the command line's exit codes
UPLOADED, NOT_SENT, UNREADABLE, FAILED = 0, 1, 2, 3


@dataclass(frozen=True)
class Outcome:
    code: int       # UPLOADED, NOT_SENT, UNREADABLE or FAILED
    message: str    # one line, no password
    rows: int = 0


def checked_rows(path: Path) -> tuple[int, int]:
    """(rows, errors) of a file as `check` sees it; raises CannotRead."""
    from ..analysis import analyse
    from ..catalog import Severity
    from ..document import Document
    from ..table import load

    table = load(str(path))
    try:
        doc = Document(table)
        return doc.row_count, analyse(doc).count(Severity.ERROR)
    finally:
        table.close()


def check_and_send(t: Transfer, on_retry: Callable[[UploadFailed, float], None] | None = None) -> Outcome:
    path = t.local
    try:
        if not path.is_file():
            return Outcome(UNREADABLE, _("{path}: no such file").format(path=path))
        rows, errors = checked_rows(path)
    except CannotRead as exc:
        return Outcome(UNREADABLE, exc.reason)
    if errors:
        return Outcome(NOT_SENT, _('{name} has {errors} errors; nothing was sent. See them with: '
                                   'offline-gui check "{path}"').format(name=path.name, errors=errors, path=path),
                       rows)
    if rows == 0:
        return Outcome(NOT_SENT, _("{name} has no data rows; nothing was sent.").format(name=path.name), rows)
    where = t.dest.display + path.name
    try:
        send(t, on_retry=on_retry)
    except NameTaken as exc:
        record(path.absolute(), rows, t.dest.display, "name taken", False)
        return Outcome(NOT_SENT, str(exc), rows)
    except UploadFailed as exc:
        record(path.absolute(), rows, t.dest.display, f"failed: {exc}", False)
        return Outcome(FAILED, _("upload failed, {exc}").format(exc=exc), rows)
    record(path.absolute(), rows, t.dest.display, "uploaded", True)
    return Outcome(UPLOADED, _("Uploaded {name} to {where}: {rows} rows, {size} bytes, verified.")
                             .format(name=path.name, where=where, rows=rows, size=t.size), rows)
