"""Every upload, one JSON line each, in the platformdirs data folder (shared by the CLI and the app)."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

import platformdirs

APP = "offline-gui"
ENV_DATA_DIR = "OFFLINE_GUI_DATA_DIR"  # tests point it into a temporary folder
FILE_NAME = "upload-history.jsonl"
MAX_LINE = 4096  # a history line is short; anything longer is damage, skipped


@dataclass(frozen=True)
class Entry:
    when: str          # UTC, ISO 8601
    file: str
    rows: int
    destination: str   # Destination.display: never a password
    result: str        # "uploaded", "name taken", or the failure line
    ok: bool


def history_path() -> Path:
    folder = os.environ.get(ENV_DATA_DIR) or platformdirs.user_data_dir(APP, appauthor=False)
    return Path(folder) / FILE_NAME


def record(file: str | Path, rows: int, destination: str, result: str, ok: bool) -> Entry:
    """Append one line; a history that cannot be written never fails an upload."""
    entry = Entry(datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), str(file), rows, destination, result, ok)
    path = history_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "a", encoding="utf-8") as handle:
            handle.write(json.dumps(asdict(entry), ensure_ascii=False) + "\n")
    except OSError:
        pass
    return entry


def read_history(limit: int = 1000) -> list[Entry]:
    """The newest `limit` entries, newest first; damaged lines are skipped."""
    try:
        lines = history_path().read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []
    out: list[Entry] = []
    for line in reversed(lines):
        if len(out) >= limit:
            break
        if len(line) > MAX_LINE:
            continue
        try:
            data = json.loads(line)
            out.append(Entry(str(data["when"]), str(data["file"]), int(data["rows"]),
                             str(data["destination"]), str(data["result"]), bool(data["ok"])))
        except (ValueError, KeyError, TypeError):
            continue
    return out
