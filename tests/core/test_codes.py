"""Every diagnostic code in the catalog comes out of a tiny file, where a spreadsheet shows it."""

from __future__ import annotations

import codecs
import json

import openpyxl
import pytest
from core_util import DETECTED_KEYS, JSON_KEYS, TS, check, cli, row, text, write

from offline_gui.catalog import CATALOG, Safety, Scope, Severity

HEADER_TR = ["Tarih", "Müşteri No", "Olay", "Kategori", "Ürün Kodu", "Adet", "Tutar"]


def _swap_first_two(rows):
    return [[r[1], r[0]] + r[2:] for r in rows]


# code -> (file bytes, expected (row, column) of the first such finding, value)
FIXTURES: dict[str, tuple[bytes, tuple[int | None, int | None], str | None]] = {
    "bom": (codecs.BOM_UTF8 + text([row()]).encode(), (None, None), None),
    "encoding": (text([row(name="Şeker")]).encode("cp1254"), (None, None), None),
    "encoding-line": (text([row(cid=str(i), name="ÜRÜN") for i in range(30)]).encode()
                      + text([row(cid="99", name="Şeker ğ ı")]).encode("cp1254"), (31, None), None),
    "delimiter": (text([row(), row(cid="2")], delimiter=",").encode(), (None, None), ","),
    "sep-line": (("sep=;\r\n" + text([HEADER_TR, row()], end="\r\n")).encode(), (None, None), "sep=;"),
    "header-present": (text([HEADER_TR, row()]).encode(), (None, None), None),
    "header-unknown": (text([["Müşteri No", "Tarih"] + HEADER_TR[2:] + ["Renk"],
                             ["1001", TS] + row()[2:7] + ["kırmızı"]]).encode(), (None, None), None),
    "column-order": (text([["Müşteri No", "Tarih"] + HEADER_TR[2:], ["1001", TS] + row()[2:]]).encode(),
                     (None, None), None),
    "column-order-content": (text(_swap_first_two([row(), row(cid="2"), row(cid="3")])).encode(),
                             (None, None), None),
    "date-range": (text([row(ts="2024-05-01 08:00:00"), row(ts="2024-05-03 09:00:00")]).encode(),
                   (None, None), None),
    "date-order-ambiguous": (text([row(ts="05/06/2024 10:00"), row(ts="07/08/2024 11:00")]).encode(),
                             (None, None), "05/06/2024 10:00"),
    "blank-lines": (text([row(), [""], row(cid="2")]).encode(), (None, None), None),
    "no-data": (text([HEADER_TR]).encode(), (None, None), None),
    "unclosed-quote": (text([row(), row(cid="2", name='"P2'), row(cid="3")]).encode(), (2, None), None),
    "quote-in-field": (text([row(), row(cid="2", name='Ekran 55"" TV')]).encode(), (2, 5), 'Ekran 55"" TV'),
    "quote-stray": (text([row(), row(cid="2", name='"Ekran 55" TV"')]).encode(), (2, 5), 'Ekran 55" TV'),
    "field-count": (text([row(), row(cid="2")[:10]]).encode(), (2, None), None),
    "duplicate-row": (text([row(), row(cid="2"), row()]).encode(), (3, None), None),
    "mandatory-missing": (text([row(), row(cid="")]).encode(), (2, 2), ""),
    "timestamp-format": (text([row(ts="25.05.2024 14:03")]).encode(), (1, 1), "25.05.2024 14:03"),
    "timestamp-invalid": (text([row(ts="2024-13-45 10:00:00")]).encode(), (1, 1), "2024-13-45 10:00:00"),
    "event-type-decimal": (text([row(et="7.0")]).encode(), (1, 3), "7.0"),
    "event-type-invalid": (text([row(et="abc")]).encode(), (1, 3), "abc"),
    "event-type-unusual": (text([row(et="8")]).encode(), (1, 3), "8"),
    "number-decimal-comma": (text([row(n1="1,5")]).encode(), (1, 6), "1,5"),
    "number-thousands": (text([row(n2="1.234,50")]).encode(), (1, 7), "1.234,50"),
    "number-invalid": (text([row(n2="abc")]).encode(), (1, 7), "abc"),
    "id-scientific": (text([row(cid="1.23457E+11")]).encode(), (1, 2), "1.23457E+11"),
    "id-decimal": (text([row(cid="1001.0")]).encode(), (1, 2), "1001.0"),
    "whitespace": (text([row(name=" P1 ")]).encode(), (1, 5), " P1 "),
    "line-break": (text([row(c9='"line1\nline2"'), row(cid="2")]).encode(), (1, 10), "line1\nline2"),
    "personal-data": (text([row(cid=str(i), c8=f"0532 123 45 6{i}") for i in range(3)]).encode(),
                      (None, None), "Var2"),
    "event-old": (text([row(ts="2020-01-02 10:00:00")]).encode(), (None, None), "2020-01-02 10:00:00"),
    "event-future": (text([row(ts="2099-01-02 10:00:00")]).encode(), (None, None), "2099-01-02 10:00:00"),
}


def test_every_catalog_code_has_a_fixture():
    assert set(FIXTURES) == set(CATALOG)


@pytest.mark.parametrize("code", sorted(FIXTURES))
def test_code_is_reported_where_a_spreadsheet_shows_it(tmp_path, code):
    data, (want_row, want_col), value = FIXTURES[code]
    path = write(tmp_path / "in.csv", data)
    run = check(path)
    assert run.code in (0, 1), run.err
    found = run.diags(code)
    assert found, f"{code} not reported; got {sorted(run.codes())}"
    diag = found[0]
    info = CATALOG[code]
    assert diag["severity"] == info.severity.value
    assert (diag["row"], diag["column"]) == (want_row, want_col)
    if info.scope is Scope.FILE:
        assert diag["row"] is None and diag["column"] is None
    elif info.scope is Scope.ROW:
        assert diag["column"] is None and isinstance(diag["row"], int)
    if value is not None:
        assert diag["value"] == value
    assert diag["message"] and "{" not in diag["message"] and "?" not in diag["message"].replace("?)", "")
    # exit code: 1 exactly when some error is reported
    has_error = any(d["severity"] == "error" for d in run.diags())
    assert run.code == (1 if has_error else 0)


def test_json_shape_is_exactly_the_contract(tmp_path):
    path = write(tmp_path / "in.csv", text([HEADER_TR, row(n1="1,5", name=" P "), row(cid="2")[:10]]))
    run = check(path)
    assert run.code == 1
    obj = json.loads(run.out)
    assert list(obj) == ["file", "detected", "diagnostics"]
    assert obj["file"] == str(path)
    assert set(obj["detected"]) >= DETECTED_KEYS
    assert obj["detected"]["encoding"] == "utf-8"
    assert obj["detected"]["delimiter"] == ";"
    assert obj["detected"]["header"] is True
    assert obj["detected"]["rows"] == 2
    for diag in obj["diagnostics"]:
        assert list(diag) == JSON_KEYS
        assert diag["severity"] in ("error", "warning", "info")
        assert diag["code"] in CATALOG
        assert diag["row"] is None or (isinstance(diag["row"], int) and diag["row"] >= 1)
        assert diag["column"] is None or (isinstance(diag["column"], int) and diag["column"] >= 1)
        assert isinstance(diag["value"], str) and isinstance(diag["message"], str)
        if diag["fix"] is not None:
            assert set(diag["fix"]) == {"safety", "description", "value"}
            assert diag["fix"]["safety"] in ("safe", "unsafe", "none")
    comma = next(d for d in obj["diagnostics"] if d["code"] == "number-decimal-comma")
    assert (comma["row"], comma["column"]) == (2, 6)  # header is row 1
    assert comma["fix"] == {"safety": "safe", "description": "Write it as 1.5.", "value": "1.5"}
    count = next(d for d in obj["diagnostics"] if d["code"] == "field-count")
    assert (count["row"], count["column"]) == (3, None)
    assert "10 fields" in count["message"]


def test_human_output_is_row_column_code_message(tmp_path):
    path = write(tmp_path / "in.csv", text([HEADER_TR, row(n1="1,5")]))
    run = cli("check", path)
    assert run.code == 1
    lines = run.out.splitlines()
    assert "2:6 number-decimal-comma '1,5' uses a comma as the decimal separator." in lines
    assert any(line.startswith("-:- header-present ") for line in lines)
    assert "1 row, 1 error, 0 warnings: NOT compliant" in lines[-1]   # real plurals


def test_compliant_file_exits_zero_with_warnings(tmp_path):
    path = write(tmp_path / "in.csv", text([row(name=" P1"), row(cid="2", et="8")]))
    run = check(path)
    assert run.code == 0
    assert {"whitespace", "event-type-unusual"} <= run.codes()
    assert all(d["severity"] != "error" for d in run.diags())


def test_column_is_the_source_column_after_mapping(tmp_path):
    # Tutar (Num2) is the first column of the source: a spreadsheet shows it in column 1
    header = ["Tutar", "Tarih", "Müşteri No", "Olay", "Kategori", "Ürün Kodu", "Adet"]
    data = ["1,5", TS, "1001", "7.0", "", "P1", "2"]
    run = check(write(tmp_path / "in.csv", text([header, data])))
    assert "column-order" in run.codes()
    comma = run.diags("number-decimal-comma")[0]
    assert (comma["row"], comma["column"]) == (2, 1)
    et = run.diags("event-type-decimal")[0]
    assert (et["row"], et["column"]) == (2, 4)


def test_row_numbers_count_blank_lines_and_multiline_records(tmp_path):
    rows = text([row(c9='"a\nb"'), row(cid="2")]) + "\n\n" + text([row(cid="3", n1="x")])
    run = check(write(tmp_path / "in.csv", rows))
    bad = run.diags("number-invalid")[0]
    # as Excel shows the file: the record on lines 1-2 is row 1, line 3 row 2, the blank
    # lines 4-5 rows 3-4, line 6 row 5
    assert bad["row"] == 5
    assert bad["column"] == 6


def test_xlsx_rows_are_the_sheets_row_numbers(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A3"] = "Tarih"
    for col, name in enumerate(HEADER_TR[1:], start=2):
        ws.cell(3, col, name)
    ws.append([TS, "1001", 7, None, "P1", 1, 2])
    ws.append([])
    ws.append([])
    ws.append([TS, "1002", 7, None, "P1", "x", 2])
    wb.save(tmp_path / "in.xlsx")
    run = check(tmp_path / "in.xlsx")
    bad = run.diags("number-invalid")[0]
    assert (bad["row"], bad["column"]) == (7, 6)
    assert run.json["detected"]["header"] is True


@pytest.mark.parametrize("code", sorted(c for c, i in CATALOG.items() if i.fix))
def test_fix_text_mentions_no_template_left(tmp_path, code):
    data, _, _ = FIXTURES[code]
    run = check(write(tmp_path / "in.csv", data))
    for diag in run.diags(code):
        if diag["fix"]:
            assert "{" not in diag["fix"]["description"], diag["fix"]


def test_severity_and_safety_tables_are_sane():
    for code, info in CATALOG.items():
        assert info.severity in Severity and info.safety in Safety
        if info.safety is not Safety.NONE:
            assert info.fix, code


def test_legacy_console_encoding_never_crashes(tmp_path):
    import os
    import subprocess
    import sys
    path = write(tmp_path / "in.csv", text([row(name=" 中文 ⏎ "), row(cid="2", n1="1,5")]))
    env = dict(os.environ, PYTHONIOENCODING="cp1254")
    human = subprocess.run([sys.executable, "-m", "offline_gui", "check", str(path)],
                           capture_output=True, timeout=60, env=env)
    assert human.returncode == 1, human.stderr
    assert b"whitespace" in human.stdout and b"Traceback" not in human.stderr
    machine = subprocess.run([sys.executable, "-m", "offline_gui", "check", str(path), "--json"],
                             capture_output=True, timeout=60, env=env)
    assert machine.returncode == 1, machine.stderr
    report = json.loads(machine.stdout.decode("ascii"))  # \u escapes: exact and readable anywhere
    assert " 中文 ⏎ " in [d["value"] for d in report["diagnostics"]]
