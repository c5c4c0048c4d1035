"""How an upload can fail. `UploadFailed` means exit code 3, `NameTaken` exit code 1."""

from __future__ import annotations

import socket

from ..i18n import _


class UploadFailed(Exception):
    """The transfer did not happen. `what` names the failure, `advice` what to do about it."""

    def __init__(self, what: str, advice: str, transient: bool = False) -> None:
        super().__init__(f"{what}: {advice}")
        self.what = what
        self.advice = advice
        self.transient = transient  # worth another try (dropped connection, timeout, busy server)


class NameTaken(Exception):
    """The drop folder already holds a file of that name, and replacing was not asked for."""

    def __init__(self, where: str) -> None:
        super().__init__(_("{where} already exists on the server; nothing was sent. Use --replace to replace it, "
                           "or rename the file.").format(where=where))
        self.where = where


def network_failure(exc: BaseException, refused: bool = False) -> UploadFailed | None:
    """The failures every protocol shares: nobody listening, no such host, no answer in time."""
    if refused or isinstance(exc, ConnectionRefusedError):
        return UploadFailed(_("connection refused"),
                            _("check the host and port, and that the server is running"), transient=True)
    if isinstance(exc, socket.gaierror):
        return UploadFailed(_("server not found"), _("check the host name in the URL"))
    if isinstance(exc, TimeoutError | socket.timeout):
        return UploadFailed(_("timed out"), _("the server did not answer in time; check the network"), transient=True)
    return None
