"""Turkish and English for the core: every text translated, chosen from the locale, shown the Turkish way."""

from __future__ import annotations

import gettext
import json
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from babel.numbers import format_decimal
from core_util import cli, row, text, write

from offline_gui import help as pages
from offline_gui import i18n
from offline_gui.catalog import CATALOG

HEADER_TR = ["Tarih", "Müşteri No", "Olay", "Kategori", "Ürün Kodu", "Adet", "Tutar"]
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import translations  # noqa: E402  (the translator's tool, tested here)


@pytest.fixture
def turkish():
    i18n.set_language("tr")
    yield
    i18n.set_language("en")


def test_no_text_is_untranslated_obsolete_or_unextracted():
    """Any text someone adds later (a catalog code, a reader's reason, a GUI string) fails here
    until `python tools/translations.py update` extracts it and a translator fills it in."""
    assert translations.problems() == []


def test_the_shipped_mo_holds_what_the_po_says():
    """The committed .mo is built from the committed .po (`tools/translations.py build`)."""
    po_path = i18n.LOCALE_DIR / "tr" / "LC_MESSAGES" / "offline_gui.po"
    with open(po_path, "rb") as handle:
        catalog = read_po(handle, locale="tr")
    mo = gettext.translation(i18n.DOMAIN, i18n.LOCALE_DIR, languages=["tr"])
    for message in catalog:
        if not message.id:
            continue
        if isinstance(message.id, tuple):
            assert mo.ngettext(message.id[0], message.id[1], 5) == message.string[1], message.id
        else:
            assert mo.gettext(message.id) == message.string, message.id


def test_the_shipped_qm_files_are_newer_than_their_ts():
    for ts in i18n.LOCALE_DIR.glob("*.ts"):
        qm = ts.with_suffix(".qm")
        assert qm.exists(), qm
        assert qm.stat().st_size > 0


def test_every_catalog_code_speaks_turkish(turkish):
    for code, info in CATALOG.items():
        for part in ("title", "message", "rule", "fix"):
            english = getattr(info, part)
            if english:
                assert i18n._(english) != english, (code, part)
        assert i18n._(pages.HOW[code][0]) != pages.HOW[code][0], code


@pytest.mark.parametrize(("environ", "expected"), [
    ({"LANG": "tr_TR.UTF-8"}, "tr"),
    ({"LC_ALL": "tr_TR.utf8", "LANG": "en_US.UTF-8"}, "tr"),
    ({"LC_MESSAGES": "en_GB.UTF-8", "LANG": "tr_TR.UTF-8"}, "en"),
    ({"LANGUAGE": "tr:en", "LANG": "en_US.UTF-8"}, "tr"),
    ({"LANGUAGE": "de:tr"}, "tr"),
    ({"LANG": "de_DE.UTF-8"}, "en"),
    ({"LANG": "C"}, "en"),
    ({}, None),
])
def test_language_from_the_locale_variables(environ, expected):
    assert i18n.from_environment(environ) == expected


def test_windows_locale_names_are_understood():
    assert i18n.normalize("Turkish_Turkey.1254") == "tr"
    assert i18n.normalize("tr-TR") == "tr"


def test_numbers_and_dates_as_each_language_writes_them(turkish):
    assert i18n.number(4523) == "4.523"
    assert i18n.number(1234567.5, 2) == "1.234.567,50"
    assert i18n.date("2024-05-25 14:03:00") == "25.05.2024"
    assert i18n.date_time("2024-05-25 14:03:00") == "25.05.2024 14:03:00"
    for value in (0, 7, 4523, 1234567):   # the same as the CLDR data Babel ships
        assert i18n.number(value) == format_decimal(value, locale="tr_TR")
    i18n.set_language("en")
    assert i18n.number(4523) == "4,523" == format_decimal(4523, locale="en_US")
    assert i18n.date("2024-05-25") == "2024-05-25"


def test_turkish_casing(turkish):
    assert i18n.upper("istanbul ılık") == "İSTANBUL ILIK"
    assert i18n.lower("IŞIK İZMİR") == "ışık izmir"
    assert "istanbul".upper() == "ISTANBUL"   # what str.upper gets wrong for Turkish
    i18n.set_language("en")
    assert i18n.upper("istanbul") == "ISTANBUL"


def test_composed_texts_follow_a_later_language_switch_and_pickle():
    moves = i18n.Join([i18n.Text("column {source} belongs in column {target} ({column})",
                                 source=2, target=1, column="Time Stamp")])
    assert str(moves) == "column 2 belongs in column 1 (Time Stamp)"
    i18n.set_language("tr")
    try:
        assert str(pickle.loads(pickle.dumps(moves))) == "2. sütunun yeri 1. sütun (Time Stamp)"
    finally:
        i18n.set_language("en")


def test_cli_speaks_turkish_with_lang(tmp_path):
    path = write(tmp_path / "in.csv", text([HEADER_TR, row(n1="1,5")]))
    run = cli("check", path, "--lang", "tr")
    assert run.code == 1
    lines = run.out.splitlines()
    assert "2:6 number-decimal-comma '1,5' ondalık ayracı olarak virgül kullanıyor." in lines
    assert lines[-1] == "in.csv: 1 satır, 1 hata, 0 uyarı: UYGUN DEĞİL"


def test_json_keeps_codes_and_numbers_its_message_follows_the_language(tmp_path):
    path = write(tmp_path / "in.csv", text([HEADER_TR, row(n1="1,5")]))
    run = cli("check", path, "--json", "--lang", "tr")
    comma = next(d for d in json.loads(run.out)["diagnostics"] if d["code"] == "number-decimal-comma")
    assert (comma["severity"], comma["row"], comma["column"], comma["value"]) == ("error", 2, 6, "1,5")
    assert comma["message"] == "'1,5' ondalık ayracı olarak virgül kullanıyor."
    assert comma["fix"] == {"safety": "safe", "description": "1.5 olarak yaz.", "value": "1.5"}


def _run_cli(args: list[str], **env: str) -> subprocess.CompletedProcess:
    environ = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")}
    environ.update(env)
    return subprocess.run([sys.executable, "-m", "offline_gui", *args], capture_output=True, text=True,
                          env=environ, timeout=120, cwd=ROOT)


def test_cli_follows_a_turkish_locale_and_an_english_one(tmp_path):
    path = write(tmp_path / "in.csv", text([row(), row(n2="1.234,50")]))
    tr = _run_cli(["check", str(path)], LANG="tr_TR.UTF-8")
    assert tr.returncode == 1
    assert "'1.234,50' içinde binlik ayracı var." in tr.stdout
    assert tr.stdout.splitlines()[-1] == "in.csv: 2 satır, 1 hata, 0 uyarı: UYGUN DEĞİL"
    en = _run_cli(["check", str(path)], LANG="en_US.UTF-8")
    assert en.stdout.splitlines()[-1] == "in.csv: 2 rows, 1 error, 0 warnings: NOT compliant"


def test_help_is_turkish_including_argparse_words():
    run = _run_cli(["fix", "--help"], LC_ALL="tr_TR.UTF-8")
    assert run.returncode == 0
    assert run.stdout.startswith("kullanım: offline-gui fix")
    assert "seçenekler:" in run.stdout and "bu yardımı göster ve çık" in run.stdout
    assert "yazılacak dosya (asla girdi dosyası değil)" in run.stdout


def test_cannot_read_reasons_are_translated(tmp_path):
    run = _run_cli(["check", str(tmp_path / "yok.csv")], LANG="tr_TR.UTF-8")
    assert run.returncode == 2
    assert "bulunamadı. Adı ve klasörü kontrol edin." in run.stderr


NO_QT = r"""
import builtins
real_import = builtins.__import__
def no_qt(name, *args, **kwargs):
    if name.split(".")[0] in ("PySide6", "shiboken6"):
        raise ImportError("PySide6 is not available here")
    return real_import(name, *args, **kwargs)
builtins.__import__ = no_qt
import sys
from offline_gui.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_core_translates_without_pyside6(tmp_path):
    path = write(tmp_path / "in.csv", text([row(ts="25.05.2024 14:03")]))
    run = subprocess.run([sys.executable, "-c", NO_QT, "check", str(path), "--lang", "tr"],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 1, run.stderr
    assert "'25.05.2024 14:03' YYYY-AA-GG SS:DD:SS biçiminde yazılmamış." in run.stdout
    assert run.stdout.splitlines()[-1] == "in.csv: 1 satır, 1 hata, 0 uyarı: UYGUN DEĞİL"


def test_a_help_page_for_every_code_in_both_languages(turkish):
    for code in CATALOG:
        assert code in pages.HOW
        page = pages.page(code)
        assert "Sorun nedir" in page and "Uygulama ne yapar" in page
    i18n.set_language("en")
    assert "How to fix it in Excel or the POS export" in pages.page("number-thousands")
    assert "number-thousands" in pages.index()


def test_counted_messages_have_an_english_singular(tmp_path):
    from offline_gui.diagnostics import Diagnostic
    assert Diagnostic("blank-lines", None, None, "", {"count": 1}).message == "1 blank line is skipped."
    assert Diagnostic("blank-lines", None, None, "", {"count": 4523}).message == "4,523 blank lines are skipped."
    i18n.set_language("tr")
    assert Diagnostic("blank-lines", None, None, "", {"count": 4523}).message == "4.523 boş satır atlanıyor."


def test_reasons_for_the_user_are_never_plain_english_literals():
    """A `CannotRead("…")` / `WriteError(f"…")` written later without `_()` would stay English
    in Turkish: the reason must be a translated text (`_("…").format(…)`)."""
    import ast
    found = []
    for path in (ROOT / "offline_gui").rglob("*.py"):
        if "gui" in path.relative_to(ROOT / "offline_gui").parts[:1]:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and node.args):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            if name in ("CannotRead", "WriteError") and isinstance(node.args[0], (ast.JoinedStr, ast.Constant)):
                found.append(f"{path.name}:{node.lineno}")
    assert found == []


def test_no_function_hides_the_translation_function_behind_a_throwaway_underscore():
    """`text, _ = …` in a function that also calls `_("…")` breaks the call (a local `_`)."""
    import ast
    found = []
    for path in (ROOT / "offline_gui").rglob("*.py"):
        for fn in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(fn, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            in_comprehension = {id(n) for c in ast.walk(fn) if isinstance(c, ast.comprehension)
                                for n in ast.walk(c.target)}
            stores = [n for n in ast.walk(fn) if isinstance(n, ast.Name) and n.id == "_"
                      and isinstance(n.ctx, ast.Store) and id(n) not in in_comprehension]
            calls = [n for n in ast.walk(fn) if isinstance(n, ast.Call) and getattr(n.func, "id", "") == "_"]
            if stores and calls:
                found.append(f"{path.name}:{fn.name}")
    assert found == []
