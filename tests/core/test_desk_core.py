"""Core side of issue 10's faults: names, the rejects file reopened, typed values, save plans."""

from __future__ import annotations

from offline_gui import cli
from offline_gui.analysis import analyse
from offline_gui.document import Document
from offline_gui.fixing import SAFE_RULES
from offline_gui.naming import keep_both_target
from offline_gui.save_plan import plan_save
from offline_gui.table import load

PAD = ";" * 16


def test_keep_both_never_picks_an_existing_name(tmp_path):
    target = tmp_path / "Satis 25.05.2024-upload.zip"
    target.write_text("x")
    (tmp_path / "Satis 25.05.2024-upload (2).zip").write_text("x")
    assert keep_both_target(target).name == "Satis 25.05.2024-upload (3).zip"


def test_a_fixed_rejects_file_uploads_without_its_reason_columns(tmp_path, capsys):
    source = tmp_path / "day.csv"
    source.write_text("2024-05-01 10:00:00;1001;7;GIDA;SKU1;1;10.50" + PAD + "\n"
                      "2024-05-01 10:00:00;1002;7;GIDA;;1;10.50;Ankara" + ";" * 15 + "\n")
    assert cli.main(["fix", str(source), "-o", str(tmp_path / "up.csv"), "--drop-invalid"]) == 0
    rejects = tmp_path / "up.rejected.csv"
    text = rejects.read_text()
    assert text.startswith("source row;problems;Time Stamp;")
    # the clerk fills in the product code in Excel and runs the file again
    rejects.write_text(text.replace(";GIDA;;", ";GIDA;SKU2;"))
    capsys.readouterr()
    cli.main(["check", str(rejects)])   # exits 1 for the column order alone, which saving repairs
    out = capsys.readouterr().out
    assert "header-unknown" not in out and "2:" not in out
    assert cli.main(["fix", str(rejects), "-o", str(tmp_path / "again.csv")]) == 0
    lines = (tmp_path / "again.csv").read_text().splitlines()
    assert lines[0].startswith("Time Stamp;") and lines[0].count(";") == 22   # the standard header only
    assert lines[1:] == ["2024-05-01 10:00:00;1002;7;GIDA;SKU2;1;10.50;Ankara" + ";" * 15]


def test_edited_rows_get_the_accepted_rules(tmp_path):
    source = tmp_path / "day.csv"
    source.write_text("01.05.2024 10:00;1001;7;GIDA;SKU1;1;10,50" + PAD + "\n")
    table = load(source)
    try:
        doc = Document(table)
        doc.state = doc.with_state(rules=SAFE_RULES, edits={0: tuple(["13.05.2024 10:00", "1001.0", "7", "G",
                                                                      "S", "1", "1.234,50"] + [""] * 16)})
        assert doc.row(0)[:7] == ["2024-05-13 10:00:00", "1001", "7", "G", "S", "1", "1234.50"]
        assert len(analyse(doc)) == 0
    finally:
        table.close()


def test_the_save_plan_counts_rows_a_person_must_fix(tmp_path):
    source = tmp_path / "day.csv"
    source.write_text("13.05.2024 10:00;1001;7;GIDA;SKU1;1;10,50" + PAD + "\n"
                      "2024-05-01 10:00:00;1002;7;GIDA;;1;10.50" + PAD + "\n"
                      "2024-05-01 10:00:00;1003;7;GIDA;SKU3;1;10.50" + PAD + "\n")
    table = load(source)
    try:
        plan = plan_save(analyse(Document(table)))
    finally:
        table.close()
    assert (plan.rows, plan.written, plan.written_after_fixes, plan.complete) == (3, 1, 2, True)


