"""Translations: re-extract every text, build the shipped files, report what is missing.

    python tools/translations.py update   # texts -> offline_gui/locale/*.po and *.ts (keeps translations)
    python tools/translations.py build    # .po -> .mo, .ts -> .qm (the files the package ships)
    python tools/translations.py check    # exit 1 if a text is untranslated, obsolete or a build is stale

Core texts (Qt-free: catalog, readers, writer, command line, help pages) go to
gettext `.po` files, found by Babel: calls of `_`, `N_`, `ngettext`, `Text`, and
every title / message / rule / fix of the diagnostic catalog (kept in English in
catalog.py). GUI texts (`self.tr`, `translate("Context", …)`) go to Qt Linguist
`.ts` files through pyside6-lupdate. Needs the `i18n` extra: pip install ".[i18n]".
"""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "offline_gui"
LOCALE = PACKAGE / "locale"
DOMAIN = "offline_gui"
LANGUAGES = ("tr",)                  # English is the source language
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2), "Text": None}
sys.path.insert(0, str(ROOT))


def _template() -> Catalog:
    """Every core text, with where it comes from."""
    template = Catalog(project="offline-gui", domain=DOMAIN)
    method_map = [("gui/**.py", "ignore"), ("**.py", "python")]
    for filename, lineno, message, comments, context in extract_from_dir(
            PACKAGE, method_map, keywords=KEYWORDS, comment_tags=("Translators:",)):
        template.add(message, locations=[(f"offline_gui/{filename}", lineno)], auto_comments=comments,
                     context=context)
    from offline_gui.catalog import CATALOG
    for code, info in CATALOG.items():
        for part in ("title", "message", "rule", "fix"):
            text = getattr(info, part)
            if text:
                template.add(text, locations=[(f"offline_gui/catalog.py:{code}", 0)],
                             auto_comments=[f"diagnostic code {code}: {part}"])
    return template


def _po_path(lang: str) -> Path:
    return LOCALE / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def _read(path: Path, lang: str) -> Catalog:
    with open(path, "rb") as handle:
        return read_po(handle, locale=lang, domain=DOMAIN)


def _write(catalog: Catalog, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=100, sort_by_file=True, omit_header=False, ignore_obsolete=True)
    path.write_bytes(buffer.getvalue())


def _ts_files() -> list[tuple[Path, list[str]]]:
    """Turkish is a full translation; English only holds the plural forms of "%n rows"."""
    return [(LOCALE / f"offline_gui_{lang}.ts", []) for lang in LANGUAGES] + \
        [(LOCALE / "offline_gui_en.ts", ["-pluralonly"])]


def _tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if not found:
        sys.exit(f"{name} not found: install PySide6-Essentials in this environment")
    return found


def update() -> None:
    template = _template()
    _write(template, LOCALE / f"{DOMAIN}.pot")
    for lang in LANGUAGES:
        path = _po_path(lang)
        catalog = _read(path, lang) if path.exists() else Catalog(locale=lang, domain=DOMAIN)
        catalog.update(template, no_fuzzy_matching=True)
        _write(catalog, path)
    for ts, options in _ts_files():
        _lupdate(options, ts)


def _lupdate(options: list[str], ts: Path) -> None:
    """Every `self.tr` / `translate("Context", …)` text of the app into `ts` (keeps translations)."""
    sources = sorted(str(p.relative_to(ROOT)) for p in (PACKAGE / "gui").rglob("*.py"))
    subprocess.run([_tool("pyside6-lupdate"), *options, "-no-obsolete", "-locations", "relative",
                    *sources, "-ts", str(ts)], cwd=ROOT, check=True, capture_output=True)


def build() -> None:
    for lang in LANGUAGES:
        catalog = _read(_po_path(lang), lang)
        with open(_po_path(lang).with_suffix(".mo"), "wb") as handle:
            write_mo(handle, catalog)
    for ts, _options in _ts_files():
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       check=True)


def problems() -> list[str]:
    """Untranslated, fuzzy or obsolete texts, and texts the sources have but the files lack."""
    import xml.etree.ElementTree as ET
    out = []
    template = _template()
    for lang in LANGUAGES:
        catalog = _read(_po_path(lang), lang)
        for message in template:
            if message.id and message.id not in catalog:
                out.append(f"{lang}.po: not extracted yet (run update): {message.id!r}")
        for message in catalog:
            if not message.id:
                continue
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            if not all(strings) or message.fuzzy:
                out.append(f"{lang}.po: untranslated: {message.id!r}")
        out += [f"{lang}.po: obsolete: {m!r}" for m in catalog.obsolete]
    for ts, options in _ts_files():
        # lupdate into a copy: a GUI text someone added since the last `update` shows as unfinished
        with tempfile.TemporaryDirectory() as folder:
            fresh = Path(folder) / ts.name
            shutil.copyfile(ts, fresh)
            _lupdate(options, fresh)
            root = ET.parse(fresh).getroot()
        for message in root.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "missing"
            if kind in ("unfinished", "obsolete", "vanished", "missing"):
                out.append(f"{ts.name}: {kind} (run update, then translate): {message.findtext('source')!r}")
    return out


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    if command == "update":
        update()
    elif command == "build":
        build()
    elif command == "check":
        found = problems()
        print("\n".join(found) or "All texts are translated.")
        return 1 if found else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
