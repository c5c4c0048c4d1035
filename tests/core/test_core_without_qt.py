"""The core must work where PySide6 cannot be imported (servers, nightly jobs)."""

import subprocess
import sys

CODE = r"""
import builtins, sys
real_import = builtins.__import__
def no_qt(name, *args, **kwargs):
    if name.split(".")[0] in ("PySide6", "shiboken6"):
        raise ImportError("PySide6 is not available here")
    return real_import(name, *args, **kwargs)
builtins.__import__ = no_qt
import pkgutil, importlib, offline_gui
for mod in pkgutil.walk_packages(offline_gui.__path__, "offline_gui."):
    if mod.name.startswith("offline_gui.gui"):
        continue
    importlib.import_module(mod.name)
assert not any(m.startswith("PySide6") for m in sys.modules)
print("ok")
"""


def test_core_imports_without_pyside6():
    out = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"
