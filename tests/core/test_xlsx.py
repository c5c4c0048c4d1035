"""Excel cells become the text a person would type."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from core_util import check, write

from offline_gui.document import Document
from offline_gui.reading.xlsx import cell_text
from offline_gui.table import load


@pytest.mark.parametrize("value, text", [
    (None, ""), (True, "TRUE"), (False, "FALSE"), (0, "0"), (-5, "-5"), (7.0, "7"), (-0.0, "0"),
    (94.64, "94.64"), (0.1 + 0.2, "0.3"), (1 / 3, "0.333333333333333"), (1234.5, "1234.5"),
    (8690000000012, "8690000000012"), (8690000000012.0, "8690000000012"),
    (123456789012.0, "123456789012"), (1e16, "1E+16"), (1234567890123456789, "1234567890123456789"),
    (1234567890123456789.0, "1.23456789012346E+18"), (1.5e-7, "0.00000015"),
    (float("inf"), ""), (dt.datetime(2024, 5, 25, 14, 3, 7, 999), "2024-05-25 14:03:07"),
    (dt.date(2024, 2, 29), "2024-02-29"), (dt.time(9, 5), "09:05:00"), ("  metin ", "  metin "),
])
def test_cell_text(value, text):
    assert cell_text(value) == text


def test_typed_workbook_through_the_reader(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Tarih", "Müşteri No", "Olay", "Kategori", "Ürün Kodu", "Adet", "Tutar", "Şehir"])
    ws.append([dt.datetime(2024, 5, 25, 14, 3), 100234, 7, "Gıda", 8690000000012, 2, 94.64, "İstanbul"])
    ws.append([dt.date(2024, 5, 26), "00123", 7.0, None, "P;2", 1.0, 1234.5, 'say "hi"\nthere'])
    ws["F3"].number_format = "0.00"
    wb.save(tmp_path / "in.xlsx")
    table = load(tmp_path / "in.xlsx")
    try:
        doc = Document(table)
        rows = [doc.row(r)[:8] for r in range(doc.row_count)]
        assert table.source_row(1) == 3
    finally:
        table.close()
    assert rows == [
        ["2024-05-25 14:03:00", "100234", "7", "Gıda", "8690000000012", "2", "94.64", "İstanbul"],
        ["2024-05-26 00:00:00", "00123", "7", "", "P;2", "1", "1234.5", 'say "hi"\nthere'],
    ]
    run = check(tmp_path / "in.xlsx")
    assert run.code == 0
    assert {(d["row"], d["column"]) for d in run.diags("line-break")} == {(3, 8)}


def test_xlsm_and_odd_extensions_read_by_content(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.append(["2024-05-25 12:25:43", "1", "7", None, "P", 1, 2])
    wb.save(tmp_path / "in.xlsx")
    for name in ("in.xlsm", "in.XLSX", "in"):
        path = write(tmp_path / name, (tmp_path / "in.xlsx").read_bytes())
        assert check(path).code == 0, name
