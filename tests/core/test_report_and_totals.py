"""The report to send (`check --report`) and the totals to reconcile, on real files."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from offline_gui import cli
from offline_gui.document import Document
from offline_gui.table import load
from offline_gui.totals import compute_totals, default_store_column

SAMPLE = Path(__file__).parents[2] / "resources" / "samples" / "store-export-tr.csv"
PAD = ";" * 16


def json_findings(capsys, path: Path) -> list[tuple]:
    capsys.readouterr()
    cli.main(["check", str(path), "--json"])
    found = json.loads(capsys.readouterr().out)["diagnostics"]
    return [(d["row"], d["column"], d["code"], d["severity"], d["value"] or None, d["message"]) for d in found]


def test_the_workbook_lists_the_same_findings_as_json(tmp_path, capsys):
    out = tmp_path / "report.xlsx"
    assert cli.main(["check", str(SAMPLE), "--report", str(out)]) == 1   # exit code as check
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Data", "Problems", "Summary"]
    rows = list(wb["Problems"].iter_rows(values_only=True))
    assert rows[0] == ("Row", "Column", "Upload column", "Code", "Severity", "Value", "Message")
    listed = [(r[0], r[1], r[3], r[4], r[5], r[6]) for r in rows[1:]]
    assert listed == json_findings(capsys, SAMPLE)
    assert len(listed) > 100
    data = wb["Data"]
    assert data["A1"].value == "Source row" and data["A2"].value == 2        # row numbers as in the source
    stamp = data["B3"]                                                       # '02.05.2024 17:13'
    assert stamp.fill.fgColor.rgb.endswith("FFC7CE") and "YYYY-MM-DD" in stamp.comment.text
    assert data["C3"].comment is None and data["C3"].fill.fgColor.rgb in ("00000000", None)
    summary = dict(r[:2] for r in wb["Summary"].iter_rows(values_only=True) if r[0])
    assert summary["Rows"] == 41 and summary["Errors"] == 128 and summary["Verdict"] == "NOT compliant"


def test_the_html_page_is_self_contained_and_says_the_same(tmp_path, capsys):
    out = tmp_path / "report.html"
    assert cli.main(["check", str(SAMPLE), "--report", str(out)]) == 1
    page = out.read_text(encoding="utf-8")
    assert "<script" not in page and "http" not in page.replace("http-equiv", "")
    assert "src=" not in page and "<link" not in page
    for _row, _col, _code, _sev, _value, message in json_findings(capsys, SAMPLE):
        assert message.replace("'", "&#x27;").replace("&", "&amp;").replace("&amp;#x27;", "&#x27;")[:40] in page
    assert 'class="error" title="' in page and "Totals per day" in page


def test_report_exit_codes(tmp_path):
    clean = tmp_path / "clean.csv"
    clean.write_text("2024-05-01 10:00:00;1001;7;GIDA;SKU1;1;10.50" + PAD + "\n")
    assert cli.main(["check", str(clean), "--report", str(tmp_path / "r.html")]) == 0
    (tmp_path / "taken.xlsx").mkdir()
    assert cli.main(["check", str(clean), "--report", str(tmp_path / "taken.xlsx")]) == 2
    assert cli.main(["check", str(clean), "--report", str(tmp_path / "r.pdf")]) == 2
    assert clean.read_text().startswith("2024-05-01")                        # the export is never touched


def test_totals_equal_a_hand_computation(tmp_path):
    path = tmp_path / "till.csv"
    lines = ["Tarih;Müşteri No;Olay;Kategori;Ürün Kodu;Adet;Tutar;Şehir;Mağaza",
             "25.05.2024 14:03;100234;7;Gıda;A;2;94,64;İstanbul;Kadıköy",
             "25.05.2024 18:05;100235;7;İçecek;B;1;1.234,50;İzmir;Alsancak",
             "26.05.2024 09:15;100234;7;Gıda;C;3;61.50;İstanbul;Kadıköy",
             "26.05.2024 10:00;100236;7;Gıda;D;x;10.00;İstanbul;Kadıköy"]      # Adet unreadable: left out
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    table = load(path)
    try:
        doc = Document(table)
        assert default_store_column(doc) == 8                                   # Mağaza keeps its place: Var2
        t = compute_totals(doc)
    finally:
        table.close()
    assert (t.rows, t.customers, t.skipped) == (4, 3, 1)
    assert (t.first, t.last) == ("2024-05-25 14:03:00", "2024-05-26 09:15:00")
    assert (t.all.num1, t.all.num2) == (Decimal("6"), Decimal("1390.64"))       # 2+1+3; 94.64+1234.50+61.50
    day = {d: (s.rows, s.num1, s.num2) for d, s in t.per_day.items()}
    assert day == {"2024-05-25": (2, Decimal(3), Decimal("1329.14")), "2024-05-26": (1, Decimal(3), Decimal("61.50"))}
    store = {n: (s.rows, s.num2) for n, s in t.per_store.items()}
    assert store == {"Kadıköy": (2, Decimal("156.14")), "Alsancak": (1, Decimal("1234.50"))}


@pytest.mark.parametrize("header", ["Tarih;Müşteri;Olay;Kat;Ürün;Adet;Tutar;Şehir;Kanal", None])
def test_no_store_column_without_a_store_header(tmp_path, header):
    path = tmp_path / "x.csv"
    body = "2024-05-01 10:00:00;1;7;G;S;1;1.00;Ankara;Web"
    path.write_text((header + "\n" if header else "") + body + "\n")
    table = load(path)
    try:
        assert default_store_column(Document(table)) is None
    finally:
        table.close()
