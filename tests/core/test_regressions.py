"""Bugs found while the core was being written, kept as regression tests."""

from __future__ import annotations

import pytest
from core_util import row, text, write

from offline_gui.analysis import analyse
from offline_gui.document import Document
from offline_gui.table import load


def test_report_encoding_line_fix_names_the_encoding(tmp_path):
    data = text([row(cid=str(i), name="ÜRÜN") for i in range(30)]).encode() + \
        text([row(cid="99", name="Şeker")]).encode("cp1254")
    table = load(write(tmp_path / "in.csv", data))
    try:
        doc = Document(table)
        report = analyse(doc, workers=1)
        fixes = [d.fix for d in report.findings(doc) if d.code == "encoding-line"]
    finally:
        table.close()
    assert fixes and fixes[0].description == "Read this line as Windows-1254 (Turkish) and save it as UTF-8."


def test_excel_sep_line_is_reported_and_skipped(tmp_path):
    from core_util import check, cli
    header = ["Tarih", "Müşteri No", "Olay", "Kategori", "Ürün Kodu", "Adet", "Tutar"]
    path = write(tmp_path / "in.csv", "sep=;\r\n" + text([header, row(), row(cid="2")], end="\r\n"))
    run = check(path)
    assert run.json["detected"]["rows"] == 2
    assert not {"timestamp-invalid", "header-unknown"} & run.codes()
    assert run.code == 1  # the line must go before upload
    out = tmp_path / "out.csv"
    assert cli("fix", path, "-o", out, "--no-header").code == 0
    assert out.read_text(encoding="utf-8").splitlines()[0].startswith("2024-05-25 12:25:43;1001;")


def test_truncated_while_checked_in_worker_processes(tmp_path, monkeypatch):
    import os

    from offline_gui import parallel
    from offline_gui.errors import CannotRead
    monkeypatch.setattr(parallel, "PARALLEL_MIN_ROWS", 100)
    path = write(tmp_path / "in.csv", text([row(cid=str(i)) for i in range(2000)]))
    table = load(path)
    try:
        os.truncate(path, 1000)
        with pytest.raises(CannotRead):
            analyse(Document(table), workers=2)
    finally:
        table.close()
