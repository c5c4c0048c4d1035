"""The layering in pyproject.toml's import-linter contracts holds (the core is Qt-free,
each layer imports only those below it)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_import_contracts_are_kept():
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint)], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "Contracts: 2 kept, 0 broken." in result.stdout


def test_every_core_module_is_under_the_qt_free_contract():
    import tomllib
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contract = config["tool"]["importlinter"]["contracts"][0]
    package = ROOT / "offline_gui"
    modules = {f"offline_gui.{p.stem}" for p in package.glob("*.py") if p.stem not in ("__init__", "__main__")}
    modules |= {f"offline_gui.{p.name}" for p in package.iterdir() if (p / "__init__.py").exists()}
    assert modules - {"offline_gui.gui"} == set(contract["source_modules"])
