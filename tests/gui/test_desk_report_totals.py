"""File › Export report… and View › Summary and totals…, through the real window."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
from guihelpers import open_and_wait

from offline_gui import cli
from offline_gui.gui.report_actions import ReportActions
from offline_gui.gui.totals_panel import TotalsPanel

SAMPLE = Path(__file__).parents[2] / "resources" / "samples" / "store-export-tr.csv"


def test_export_report_writes_a_workbook_with_the_findings_of_check(qtbot, window, tmp_path, monkeypatch, capsys):
    open_and_wait(qtbot, window, SAMPLE)
    target = tmp_path / "rapor.xlsx"
    monkeypatch.setattr(ReportActions, "ask_target", lambda self: target)
    with qtbot.waitSignal(window.reports.report_written, timeout=15000):
        window.actions_["report"].trigger()
    assert "Report written" in window.statusBar().currentMessage()
    problems = list(openpyxl.load_workbook(target)["Problems"].iter_rows(min_row=2, values_only=True))
    cli.main(["check", str(SAMPLE), "--json"])
    found = json.loads(capsys.readouterr().out)["diagnostics"]
    assert [(p[0], p[1], p[3]) for p in problems] == [(d["row"], d["column"], d["code"]) for d in found]


def test_the_totals_panel_equals_a_hand_computation_and_the_store_is_the_users_choice(qtbot, window, tmp_path):
    path = tmp_path / "till.csv"
    path.write_text("Tarih;Müşteri No;Olay;Kategori;Ürün Kodu;Adet;Tutar;Şehir;Mağaza\n"
                    "25.05.2024 14:03;100234;7;Gıda;A;2;94,64;İstanbul;Kadıköy\n"
                    "25.05.2024 18:05;100235;7;İçecek;B;1;1.234,50;İzmir;Alsancak\n"
                    "26.05.2024 09:15;100234;7;Gıda;C;3;61.50;İstanbul;Kadıköy\n", encoding="utf-8")
    open_and_wait(qtbot, window, path)
    window.actions_["totals"].trigger()
    panel = window.reports.panel
    qtbot.waitUntil(lambda: panel.totals is not None, timeout=15000)
    qtbot.addWidget(panel)
    assert panel.labels["num1"].text() == "6" and panel.labels["num2"].text() == "1390.64"
    assert panel.labels["customers"].text() == "2" and panel.labels["rows"].text() == "3"
    assert "Mağaza" in panel.store_box.currentText()
    stores = {panel.per_store.item(r, 0).text(): panel.per_store.item(r, 3).text()
              for r in range(panel.per_store.rowCount())}
    assert stores == {"Alsancak": "1234.50", "Kadıköy": "156.14"}
    days = [panel.per_day.item(r, 0).text() for r in range(panel.per_day.rowCount())]
    assert days == ["2024-05-25", "2024-05-26"]
    with qtbot.waitSignal(panel.computed, timeout=15000):
        panel.store_box.setCurrentIndex(panel.store_box.findText("Var1 — Şehir"))
    stores = {panel.per_store.item(r, 0).text() for r in range(panel.per_store.rowCount())}
    assert stores == {"İstanbul", "İzmir"}
    panel.close()
    again = TotalsPanel(window.session, window)          # the same kind of export, another day
    qtbot.addWidget(again)
    assert again.store_box.currentText() == "Var1 — Şehir"   # the clerk's choice is remembered
