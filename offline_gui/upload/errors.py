"""How an upload can fail. `UploadFailed` means exit code 3, `NameTaken` exit code 1."""

from __future__ import annotations


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
        super().__init__(f"{where} already exists on the server; nothing was sent. "
                         "Use --replace to replace it, or rename the file.")
        self.where = where
