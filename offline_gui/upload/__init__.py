"""Sending a checked file to the platform's drop folder (FTP, FTPS, SFTP), with retries.

Qt-free: the command line and the app's upload dialog share it. Nothing here prints.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace

from ..errors import Cancelled
from .errors import NameTaken, UploadFailed
from .transfer import Transfer
from .url import BadDestination, Destination, parse_destination

__all__ = ["BadDestination", "Destination", "NameTaken", "Transfer", "UploadFailed", "parse_destination",
           "send", "test_connection"]

TRIES = 3
BACKOFF = (2.0, 5.0)  # seconds before the 2nd and 3rd try: a restarting server gets a moment


def _once(t: Transfer) -> None:
    if t.dest.scheme == "sftp":
        from .sftp import upload_sftp
        upload_sftp(t)
    else:
        from .ftp import upload_ftp
        upload_ftp(t)


def send(t: Transfer, on_retry: Callable[[UploadFailed, float], None] | None = None) -> int:
    """Upload with up to TRIES tries for transient failures; returns how many tries it took."""
    for attempt in range(TRIES):
        try:
            _once(t)
            return attempt + 1
        except UploadFailed as exc:
            if not exc.transient or attempt == TRIES - 1:
                raise
            delay = BACKOFF[min(attempt, len(BACKOFF) - 1)]
            if on_retry is not None:
                on_retry(exc, delay)
            _wait(delay, t.cancelled)
    raise AssertionError("unreachable")


def _wait(seconds: float, cancelled: Callable[[], bool]) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if cancelled():
            raise Cancelled()
        time.sleep(min(0.1, max(0.0, end - time.monotonic())))


def test_connection(t: Transfer) -> None:
    """Connect, log in and open the folder, sending nothing (the app's "Test connection")."""
    _once(replace(t, probe_only=True))
