"""What every client is handed: the local file, where it goes, and how to report and stop."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .url import Destination

TIMEOUT = 30.0  # seconds for any one network step: a dead server fails, never hangs
PART = ".part"


def _no_progress(done: int, total: int) -> None:
    pass


def _never() -> bool:
    return False


@dataclass
class Transfer:
    local: Path
    dest: Destination
    password: str | None = None
    replace: bool = False
    insecure: bool = False           # FTPS: accept any certificate (self-signed test drops)
    trust_host_key: bool = False     # SFTP: accept and remember a host key seen the first time
    key_file: str | None = None      # SFTP: private key instead of (or with) a password
    probe_only: bool = False         # log in and open the folder, send nothing ("Test connection")
    timeout: float = TIMEOUT
    progress: Callable[[int, int], None] = field(default=_no_progress)
    cancelled: Callable[[], bool] = field(default=_never)

    @property
    def name(self) -> str:
        return self.local.name

    @property
    def size(self) -> int:
        return self.local.stat().st_size
