"""What the app remembers between runs, as JSON in the platformdirs config folder.

Qt-free so the command line and the app share it. A broken or unreadable
settings file is never an error: the defaults are used instead.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

import platformdirs

APP = "offline-gui"
MAX_RECENT = 8
ENV_OVERRIDE = "OFFLINE_GUI_SETTINGS"  # a file path; tests point it into a temporary folder


def settings_path() -> Path:
    override = os.environ.get(ENV_OVERRIDE)
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir(APP, appauthor=False)) / "settings.json"


@dataclass
class Settings:
    recent_files: list[str] = field(default_factory=list)
    last_folder: str = ""
    save_header: bool = False
    save_zip: bool = False
    window_geometry: str = ""   # opaque text (Qt's saveGeometry as base64)
    window_state: str = ""
    language: str = ""
    upload_url: str = ""            # the drop folder, e.g. ftps://clerk@drop.example/in/ (never a password)
    upload_key_file: str = ""       # SFTP private key, if any
    upload_insecure: bool = False   # FTPS without certificate checks (test drops only)
    upload_trust_host_key: bool = False

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        path = path or settings_path()
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        if not isinstance(data, dict):
            return cls()
        known = {f.name: f for f in fields(cls)}
        out = cls()
        for name, value in data.items():
            if name in known and isinstance(value, type(getattr(out, name))):
                setattr(out, name, value)
        out.recent_files = [p for p in out.recent_files if isinstance(p, str)][:MAX_RECENT]
        return out

    def save(self, path: Path | None = None) -> None:
        """Write atomically; a failure only loses the remembered choices."""
        path = path or settings_path()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(path.name + ".tmp")
            tmp.write_text(json.dumps(asdict(self), indent=2, ensure_ascii=False), encoding="utf-8")
            os.replace(tmp, path)
        except OSError:
            pass

    def add_recent(self, file: str | os.PathLike) -> None:
        name = str(Path(file).resolve()) if file else ""
        if not name:
            return
        self.recent_files = [name] + [p for p in self.recent_files if p != name]
        self.recent_files = self.recent_files[:MAX_RECENT]
        self.last_folder = str(Path(name).parent)
