"""Issue 8's faults: values changed silently, or check / fix / the app disagreeing.

Each test names the fault it guards and fails on the engine before the fix. They
judge outcomes: the exact output cells, the exit codes, the change log.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import openpyxl
import pytest
from core_util import TS, check, cli, row, text, write

from offline_gui.document import Document
from offline_gui.table import load

HEADER_TR = ["Tarih", "Müşteri No", "Olay", "Kategori", "Ürün Kodu", "Adet", "Tutar"]


def rows_of(path: Path) -> list[list[str]]:
    table = load(path)
    try:
        doc = Document(table)
        return [doc.row(r) for r in range(doc.row_count)]
    finally:
        table.close()


def fix_rows(tmp_path: Path, path: Path, *options: str) -> tuple[int, list[list[str]], str]:
    """Run `fix` and read the written file with the csv module (an independent reader)."""
    out = tmp_path / "out.csv"
    run = cli("fix", path, "-o", out, "--no-header", *options)
    if run.code != 0:
        return run.code, [], run.err
    data = out.read_bytes().decode("utf-8")
    return run.code, list(csv.reader(io.StringIO(data, newline=""), delimiter=";")), run.err


# ---- data changed or lost

@pytest.mark.parametrize("delimiter", [",", "|", "\t"])
def test_1_quoted_separator_inside_a_value_survives_conversion(tmp_path, delimiter):
    rows = [row(c7='"Kadıköy, Moda|x\ty"'), row(cid="2", c7="Üsküdar")]
    path = write(tmp_path / "in.csv", text(rows, delimiter=delimiter))
    code, got, err = fix_rows(tmp_path, path)
    assert code == 0, err
    assert [r[7] for r in got] == ["Kadıköy, Moda|x\ty", "Üsküdar"]


def test_2_utf8_lines_never_become_mojibake_in_a_mixed_file(tmp_path):
    good = text([row(cid=str(i), c7="İstanbul") for i in range(10)]).encode()
    legacy = text([row(cid=str(100 + i), c7="Şişli") for i in range(4)]).encode("cp1254")
    path = write(tmp_path / "in.csv", good + legacy)  # 4 of 14 lines (29 %) in Windows-1254
    got = rows_of(path)
    assert [r[7] for r in got] == ["İstanbul"] * 10 + ["Şişli"] * 4
    run = check(path)
    assert [d["row"] for d in run.diags("encoding-line")] == [11, 12, 13, 14]


def test_3_dos_turkish_code_page_857_is_read_right(tmp_path):
    rows = [row(cid=str(i), name="ÇİKOLATA", c7="Ağrı", c8="Şişli ÖĞÜ") for i in range(5)]
    path = write(tmp_path / "in.csv", text(rows), encoding="cp857")
    got = rows_of(path)
    assert {(r[4], r[7], r[8]) for r in got} == {("ÇİKOLATA", "Ağrı", "Şişli ÖĞÜ")}
    run = check(path)
    assert "cp857" in run.json["detected"]["encoding"].replace("_", "")


def test_3_undecodable_bytes_are_never_replaced_silently(tmp_path):
    # 0x81 is undefined in Windows-1254: no letter can be made of it
    data = text([row(name="ŞEKER ğüşıİÖ Çay")]).encode("cp1254") + b"2024-05-25 12:25:43;1;7;;A\x81B;1;2\n"
    path = write(tmp_path / "in.csv", data)
    run = cli("check", path)
    assert "\ufffd" not in run.out
    assert run.code == 2 and run.err == (
        "offline-gui: in.csv has bytes that are not letters in Windows-1254 (Turkish) (line 2). The export is "
        "damaged or in an encoding we cannot tell; export it again as UTF-8 CSV.\n")


def test_4_a_data_row_is_not_taken_for_a_header(tmp_path):
    first = row(c7="Mağaza", c12="Ürün")  # two free values that are also column names
    path = write(tmp_path / "in.csv", text([first, row(cid="2")]))
    got = rows_of(path)
    assert len(got) == 2 and got[0][7] == "Mağaza" and got[0][12] == "Ürün"
    assert "header-present" not in check(path).codes()


@pytest.mark.parametrize("cid", ["100.000", "100,000", "1001.00"])
def test_5_only_excels_single_zero_is_repaired_in_ids(tmp_path, cid):
    path = write(tmp_path / "in.csv", text([row(cid=cid)]))
    assert "id-decimal" not in check(path).codes()
    code, got, err = fix_rows(tmp_path, path)
    assert code == 0 and got[0][1] == cid, err


def test_5_excels_point_zero_is_still_repaired(tmp_path):
    path = write(tmp_path / "in.csv", text([row(cid="1001.0"), row(cid="1002,0")]))
    code, got, _ = fix_rows(tmp_path, path)
    assert [r[1] for r in got] == ["1001", "1002"]


def test_6_the_column_decides_what_a_comma_means(tmp_path):
    path = write(tmp_path / "in.csv", text([row(n2='"1,234.50"'), row(cid="2", n2="2,345")]))
    code, got, err = fix_rows(tmp_path, path)
    assert code == 0, err
    assert [r[6] for r in got] == ["1234.50", "2345"]


def test_6_a_lone_three_digit_comma_is_not_guessed(tmp_path):
    path = write(tmp_path / "in.csv", text([row(n2="2,345"), row(cid="2", n2="12")]))
    run = check(path)
    fix = run.diags("number-decimal-comma")[0]["fix"]
    assert fix is not None and fix["safety"] == "unsafe"
    code, got, err = fix_rows(tmp_path, path)
    assert code == 1 and "2,345" in err


@pytest.mark.parametrize("names", [("Tarih", "Saat"), ("Date", "Time")])
def test_7_separate_date_and_time_columns_are_joined(tmp_path, names):
    header = [names[0], names[1], "Müşteri No", "Olay", "Kategori", "Ürün Kodu", "Adet", "Tutar"]
    data = [["25.05.2024", "14:03:07", "1001", "7", "", "P1", "1", "2.5"]]
    path = write(tmp_path / "in.csv", text([header] + data))
    code, got, err = fix_rows(tmp_path, path)
    assert code == 0, err
    assert got[0][:7] == ["2024-05-25 14:03:07", "1001", "7", "", "P1", "1", "2.5"]
    assert "14:03:07" not in got[0][7:]


def test_7_a_date_without_a_time_needs_a_person(tmp_path):
    path = write(tmp_path / "in.csv", text([row(ts="25.05.2024"), row(cid="2", ts="26.05.2024")]))
    run = check(path)
    stamps = [d for d in run.diags() if d["column"] == 1]
    assert stamps and all(d["fix"] is None or d["fix"]["safety"] != "safe" for d in stamps)
    code, _, err = fix_rows(tmp_path, path)
    assert code == 1


def test_8_unknown_header_columns_never_fill_free_slots_silently(tmp_path):
    # the header reorders the recognised columns, so where "Renk" belongs is unknown
    header = ["Müşteri No", "Tarih", "Olay", "Kategori", "Ürün Kodu", "Adet", "Tutar", "Renk", ""]
    data = ["1001", TS, "7", "", "P1", "1", "2.5", "kırmızı", "gizli"]
    path = write(tmp_path / "in.csv", text([header, data]))
    code, got, err = fix_rows(tmp_path, path)
    assert code == 0, err
    assert got[0][7:22] == [""] * 15  # no Var / EventName Attr slot filled by a guess
    assert got[0][23:] == ["kırmızı", "gizli"] or got[0][22:] == ["kırmızı", "gizli"]


def test_9_the_whitespace_fix_strips_only_spaces_and_tabs(tmp_path):
    path = write(tmp_path / "in.csv", text([row(c8='"a\n"', c9=" b\t"), row(cid="2")]))
    code, got, err = fix_rows(tmp_path, path)
    assert code == 0, err
    assert got[0][8] == "a\n" and got[0][9] == "b"


def test_10_no_break_spaces_are_data(tmp_path):
    nbsp = "\u00a0"
    path = write(tmp_path / "in.csv", text([row(c8=f"{nbsp}Moda{nbsp}", c9=" x"), row(cid="2", c8=f"Moda{nbsp}")]))
    code, got, err = fix_rows(tmp_path, path)
    assert code == 0, err
    assert [r[8] for r in got] == [f"{nbsp}Moda{nbsp}", f"Moda{nbsp}"]


def test_11_crlf_inside_a_quoted_value_is_kept(tmp_path):
    path = write(tmp_path / "in.csv", text([row(c9='"a\r\nb"'), row(cid="2")], end="\r\n"))
    table = load(path)
    try:
        shown = Document(table).row(0)[9]
    finally:
        table.close()
    assert shown == "a\r\nb"
    code, got, err = fix_rows(tmp_path, path)
    assert code == 0, err
    assert got[0][9] == "a\r\nb"


def test_12_long_numbers_from_excel_are_flagged_not_invented(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["2024-05-25 12:25:43", 1234567890123456789, 7, None, "P1", 1, 2.5])
    ws.append(["2024-05-25 12:25:44", 123456789012345, 7, None, "P2", 1, 2.5])
    wb.save(tmp_path / "in.xlsx")
    run = check(tmp_path / "in.xlsx")
    assert [d["row"] for d in run.diags("id-scientific")] == [1]
    assert "1234567890123456768" not in run.out
    assert rows_of(tmp_path / "in.xlsx")[1][1] == "123456789012345"


def test_13_free_dimensions_keep_their_place(tmp_path):
    header = HEADER_TR + ["Şehir", "Mağaza", "Kanal", "Ödeme", "Bölge"]
    data = row()[:7] + ["İzmir", "Alsancak", "Online", "Kart", "Ege"]
    path = write(tmp_path / "in.csv", text([header, data]))
    code, got, err = fix_rows(tmp_path, path)
    assert code == 0, err
    assert got[0][7:12] == ["İzmir", "Alsancak", "Online", "Kart", "Ege"]
    assert "column-order" not in check(path).codes()


def test_13_a_header_that_names_a_slot_moves_the_column_there(tmp_path):
    header = HEADER_TR + ["Var3", "Şehir"]
    data = row()[:7] + ["Alsancak", "İzmir"]
    path = write(tmp_path / "in.csv", text([header, data]))
    code, got, err = fix_rows(tmp_path, path)
    assert code == 0, err
    assert got[0][9] == "Alsancak" and got[0][8] == "İzmir"


@pytest.mark.parametrize("how", ["cli", "document"])
def test_14_a_date_order_applies_to_the_whole_column_or_is_refused(tmp_path, how):
    path = write(tmp_path / "in.csv", text([row(ts="18.05.2024 10:00"), row(cid="2", ts="11.05.2024 10:00")]))
    if how == "cli":
        run = cli("fix", path, "-o", tmp_path / "out.csv", "--date-order", "mdy")
        assert run.code == 1 and "18.05.2024" in run.err
        assert not (tmp_path / "out.csv").exists()
    else:
        from offline_gui.analysis import DateOrderRefused, date_evidence, decide_date_order
        table = load(path)
        try:
            with pytest.raises(DateOrderRefused, match="18.05.2024"):
                decide_date_order(date_evidence(Document(table)), "mdy")
        finally:
            table.close()


@pytest.mark.parametrize("stamps, options", [
    (["25.05.2024 10:00", "11.05.2024 10:00", "05.18.2024 10:00"], ()),            # both orders: none converts
    (["11.05.2024 10:00", "12.05.2024 10:00", "05.18.2024 10:00"], ("--date-order", "dmy")),  # refused late
    (["11.05.2024 10:00", "25.05.2024 10:00", "12.05.2024 10:00"], ()),            # the first rows settle nothing
    (["25.05.2024 10:00", "11.05.2024 10:00", "12.05.2024 10:00"], ()),            # the first row settles it
])
def test_14_deciding_the_order_from_some_rows_gives_what_the_whole_column_gives(tmp_path, monkeypatch,
                                                                                      stamps, options):
    """`fix` guesses the order from some rows and writes again when the column disagrees: the
    outcome must be the one a decision from every value gives."""
    from offline_gui import export
    path = write(tmp_path / "in.csv", text([row(cid=str(i + 1), ts=ts) for i, ts in enumerate(stamps)]))
    outcomes = []
    for guess in (10, 1):
        monkeypatch.setattr(export, "GUESS_ROWS", guess)
        out = tmp_path / f"out{guess}.csv"
        run = cli("fix", path, "-o", out, "--changes", tmp_path / f"changes{guess}.csv", *options)
        written = out.read_bytes() if out.exists() else None
        changes = (tmp_path / f"changes{guess}.csv").read_bytes() if written is not None else None
        outcomes.append((run.code, run.out.replace(str(out), "OUT").replace(f"changes{guess}", "CHANGES"),
                         run.err, written, changes))
    assert outcomes[0] == outcomes[1]


def test_14_day_first_converts_every_value_of_the_column(tmp_path):
    path = write(tmp_path / "in.csv", text([row(ts="18.05.2024 10:00"), row(cid="2", ts="11.05.2024 10:00")]))
    code, got, err = fix_rows(tmp_path, path)
    assert code == 0, err
    assert [r[0] for r in got] == ["2024-05-18 10:00:00", "2024-05-11 10:00:00"]


def test_14_a_column_that_contradicts_itself_is_not_converted(tmp_path):
    path = write(tmp_path / "in.csv", text([row(ts="18.05.2024 10:00"), row(cid="2", ts="05.18.2024 10:00")]))
    code, _, err = fix_rows(tmp_path, path)
    assert code == 1


def test_15_a_doubled_quote_in_an_unquoted_value_is_written_quoted(tmp_path):
    path = write(tmp_path / "in.csv", text([row(name='Ekran 55"" TV'), row(cid="2")]))
    run = check(path)
    assert run.code == 1 and [d["value"] for d in run.diags("quote-in-field")] == ['Ekran 55"" TV']
    code, got, err = fix_rows(tmp_path, path)
    assert code == 0, err
    assert got[0][4] == 'Ekran 55"" TV'
    assert (tmp_path / "out.csv").read_text(encoding="utf-8").splitlines()[0].split(";")[4] == '"Ekran 55"""" TV"'


# ---- wrong verdicts

def test_16_an_unclosed_quote_blocks_the_row_everywhere(tmp_path):
    path = write(tmp_path / "in.csv", text([row(), row(cid="2", c9='"a'), row(cid="3")]))
    assert check(path).code == 1
    out = tmp_path / "out.csv"
    run = cli("fix", path, "-o", out)
    assert run.code == 1 and not out.exists()
    run = cli("fix", path, "-o", out, "--drop-invalid", "--no-header")
    assert run.code == 0
    assert [r.split(";")[1] for r in out.read_text(encoding="utf-8").splitlines()] == ["1001", "3"]


@pytest.mark.parametrize("delimiter, encoding", [(",", "utf-8"), ("\t", "utf-8"), ("\t", "utf-16")])
def test_17_quoted_line_breaks_do_not_hide_the_separator(tmp_path, delimiter, encoding):
    rows = [row(cid=str(i), c9='"satır 1\nsatır 2"' if i % 2 else "x") for i in range(6)]
    path = write(tmp_path / "in.csv", text(rows, delimiter=delimiter, end="\r\n"), encoding=encoding)
    run = check(path)
    assert run.json["detected"]["delimiter"] == delimiter
    assert "timestamp-invalid" not in run.codes()
    assert rows_of(path)[1][9] == "satır 1\nsatır 2"


def test_18_no_data_is_an_error_and_nothing_is_written(tmp_path):
    path = write(tmp_path / "in.csv", text([HEADER_TR]))
    run = check(path)
    assert run.code == 1 and run.diags("no-data")[0]["severity"] == "error"
    out = tmp_path / "out.csv"
    assert cli("fix", path, "-o", out).code == 1 and not out.exists()


def test_19_a_finding_past_column_32767_is_reported(tmp_path):
    wide = row() + [""] * 33_000 + [" x"]
    path = write(tmp_path / "in.csv", text([wide]))
    run = check(path)
    assert run.code == 0, run.err
    assert [d["column"] for d in run.diags("whitespace")] == [len(wide)]


def test_20_check_prints_each_finding_once(tmp_path):
    path = write(tmp_path / "in.csv", text([row(n1="1,5"), row(cid="2", n1="2,5")]))
    run = cli("check", path)
    lines = run.out.splitlines()
    assert len(lines) == len(set(lines))
    assert lines == ["-:- date-range Events run from 2024-05-25 12:25:43 to 2024-05-25 12:25:43.",
                     "1:6 number-decimal-comma '1,5' uses a comma as the decimal separator.",
                     "2:6 number-decimal-comma '2,5' uses a comma as the decimal separator.",
                     "in.csv: 2 rows, 2 errors, 0 warnings: NOT compliant"]


@pytest.mark.parametrize("argv", [["--no-such-option"], ["check"], ["check", "x.csv", "--bogus"], ["-x"]])
def test_20_unknown_options_are_a_usage_error_not_the_app(argv):
    run = cli(*argv)
    assert run.code == 2 and run.out == ""
    assert run.err.startswith("usage: offline-gui") and "error:" in run.err


def test_20_version_is_printed():
    from offline_gui import __version__
    run = cli("--version")
    assert run.code == 0 and run.out == f"offline-gui {__version__}\n"


def test_21_accept_names_the_person_needed_fixes_and_the_change_log_lists_them(tmp_path):
    data = text([row(cid=str(i), name="ÜRÜN") for i in range(30)]).encode() + \
        text([row(cid="99", name="Şeker ğ ı")]).encode("cp1254")
    path = write(tmp_path / "in.csv", data)
    out, changes = tmp_path / "out.csv", tmp_path / "changes.csv"
    assert cli("fix", path, "-o", out).code == 1
    run = cli("fix", path, "-o", out, "--accept", "encoding-line", "--changes", changes)
    assert run.code == 0, run.err
    assert out.read_text(encoding="utf-8").splitlines()[30].split(";")[4] == "Şeker ğ ı"
    log = list(csv.reader(io.StringIO(changes.read_text(encoding="utf-8")), delimiter=";"))
    assert log[0] == ["row", "column", "before", "after", "rule"]
    assert [r[0] for r in log[1:]] == ["31"] and log[1][4] == "encoding-line"


# ---- row identity

def test_duplicates_are_the_same_in_spawned_worker_processes(tmp_path, monkeypatch):
    """Content hashes, not Python's salted hash(): every start method finds the same copies."""
    from offline_gui import parallel
    from offline_gui.analysis import analyse
    monkeypatch.setattr(parallel, "PARALLEL_MIN_ROWS", 100)
    monkeypatch.setattr(parallel, "CHUNK_ROWS", 300)
    monkeypatch.setenv("OFFLINE_GUI_MP", "spawn")
    rows = [row(cid=str(i % 700)) for i in range(2000)]
    path = write(tmp_path / "in.csv", text(rows))
    found = {}
    for workers in (1, 2):
        table = load(path)
        try:
            report = analyse(Document(table), workers=workers)
            found[workers] = sorted(zip(report.rows[report.codes == _dup()].tolist(),
                                        report.extra[report.codes == _dup()].tolist(), strict=True))
        finally:
            table.close()
    assert found[1] == found[2]
    assert len(found[2]) == 2000 - 700 and found[2][0] == (700, 0)


def _dup() -> int:
    from offline_gui.catalog import CODE_IDS
    return CODE_IDS["duplicate-row"]


def test_duplicates_follow_edits(tmp_path):
    from offline_gui.analysis import analyse
    from offline_gui.duplicates import refresh_duplicates
    path = write(tmp_path / "in.csv", text([row(), row(cid="2"), row()]))
    table = load(path)
    try:
        doc = Document(table)
        report = analyse(doc, workers=1)
        assert report.codes_at(2, None) == ["duplicate-row"]
        # row 3 edited: no longer a copy (the stale mark goes)
        doc.state = doc.with_state(edits={2: tuple(row(cid="3"))})
        refresh_duplicates(report, doc, {2})
        assert "duplicate-row" not in report.codes_at(2, None)
        # row 2 edited into a copy of row 1: found
        doc.state = doc.with_state(edits={2: tuple(row(cid="3")), 1: tuple(row())})
        refresh_duplicates(report, doc, {1})
        assert report.codes_at(1, None) == ["duplicate-row"] and int(report.extra[report.indices_at(1)[0]]) == 0
    finally:
        table.close()


def test_a_typed_value_a_rule_then_converts_is_listed_with_both(tmp_path):
    from offline_gui.changes import row_changes
    from offline_gui.fixing import SAFE_RULES
    path = write(tmp_path / "in.csv", text([row(n2="10.50")]))
    table = load(path)
    try:
        doc = Document(table)
        doc.state = doc.with_state(rules=SAFE_RULES, edits={0: tuple(row(n2="12,50"))})
        assert doc.row(0)[6] == "12.50"
        [change] = row_changes(doc, 0)
        assert (change.column, change.before, change.after, change.rule) == (6, "10.50", "12.50",
                                                                           "edit+number-decimal-comma")
    finally:
        table.close()


def test_the_recheck_fails_a_shifted_column_even_when_the_file_is_compliant(tmp_path, monkeypatch):
    """A writer slip (a ';' inside a value left unquoted) makes a file that is compliant (more
    fields are legal) but says something else: the row-by-row re-check refuses it."""
    from offline_gui import parallel
    path = write(tmp_path / "in.csv", text([row(c9='"Kadıköy; Moda"'), row(cid="2")], delimiter=","))
    monkeypatch.setattr(parallel, "format_row", lambda fields: ";".join(fields))
    out = tmp_path / "out.csv"
    run = cli("fix", path, "-o", out)
    assert run.code == 2 and not out.exists()
    assert "Row 1 of the written file does not read back as the values meant for it" in run.err


def test_the_recheck_fails_a_written_value_that_is_not_valid(tmp_path, monkeypatch):
    """A renderer slip that breaks a value (a letter O for a zero) is found by reading the
    written rows back as `check` does, before the upload file appears."""
    from offline_gui import parallel
    path = write(tmp_path / "in.csv", text([row(c9='"Kadıköy, Moda"'), row(cid="2", c9='"Kadıköy, Moda"')],
                                           delimiter=","))   # (quoted: each row is rendered from its fields)
    monkeypatch.setattr(parallel, "format_row", lambda fields: ";".join(fields).replace("2024", "2O24"))
    out = tmp_path / "out.csv"
    run = cli("fix", path, "-o", out)
    assert run.code == 2 and not out.exists()
    assert "did not pass the re-check (2 errors, first: Not a time stamp in row 1)" in run.err


def test_the_recheck_fails_a_row_written_as_two(tmp_path, monkeypatch):
    from offline_gui import parallel
    path = write(tmp_path / "in.csv", text([row(c9='"Kadıköy, Moda"'), row(cid="2", c9='"Kadıköy, Moda"')],
                                           delimiter=","))
    monkeypatch.setattr(parallel, "format_row", lambda fields: ";".join(fields[:12]) + "\n" + ";".join(fields))
    out = tmp_path / "out.csv"
    run = cli("fix", path, "-o", out)
    assert run.code == 2 and not out.exists()
    assert "The written file reads back as 4 rows, not the 2 written" in run.err


@pytest.mark.parametrize("as_zip", [False, True])
def test_a_file_that_differs_from_the_checked_rows_is_refused(tmp_path, monkeypatch, as_zip):
    """The rows are checked as they are written; the file on disk must then hold exactly
    those bytes (here one byte changes on its way to the disk)."""
    from offline_gui import recheck
    add = recheck.Stream.add
    monkeypatch.setattr(recheck.Stream, "add", lambda self, data: add(self, data).replace(b"1001", b"1002"))
    path = write(tmp_path / "in.csv", text([row(), row(cid="2")]))
    out = tmp_path / ("out.zip" if as_zip else "out.csv")
    run = cli("fix", path, "-o", out, *(["--zip"] if as_zip else []))
    assert run.code == 2 and not out.exists()
    assert "The written file on disk is not what was written" in run.err


def test_an_edited_row_still_follows_later_column_decisions(tmp_path):
    """QA found it: after Fix all, editing one cell froze the row's converted stamp, and a
    later day/month answer no longer reached it (two source dates became one day)."""
    from offline_gui.changes import row_changes
    from offline_gui.fixing import SAFE_RULES, FixContext
    path = write(tmp_path / "in.csv", text([row(ts="05.06.2024 10:00"), row(cid="2", ts="06.05.2024 11:00")]))
    table = load(path)
    try:
        doc = Document(table)
        doc.state = doc.with_state(rules=SAFE_RULES, ctx=FixContext("mdy"))
        assert doc.row(0)[0] == "2024-05-06 10:00:00"
        fields = doc.row(0)
        fields[5] = "3"
        doc.state = doc.with_state(edits={0: doc.typed(0, fields)})
        doc.state = doc.with_state(ctx=FixContext("dmy"))   # the person changes their answer
        assert [doc.row(r)[0] for r in (0, 1)] == ["2024-06-05 10:00:00", "2024-05-06 11:00:00"]
        assert doc.row(0)[5] == "3"
        assert [(c.column, c.rule) for c in row_changes(doc, 0)] == [(0, "timestamp-format"), (5, "edit")]
    finally:
        table.close()


# ---- found by a fresh-eyes test of the whole product

def test_a_column_number_past_the_file_is_refused_not_ignored(tmp_path):
    path = write(tmp_path / "in.csv", text([row()[:10]]))
    run = cli("fix", path, "-o", tmp_path / "out.csv", "--drop-column", "11")
    assert run.code == 2 and not (tmp_path / "out.csv").exists()
    assert "a column number from 1 to 10" in run.err


def test_accepted_quoting_clears_the_quote_finding_in_the_app_state(tmp_path):
    from offline_gui.analysis import analyse
    from offline_gui.fixing import SAFE_RULES
    path = write(tmp_path / "in.csv", text([row(name='Ekran 55" TV'), row(cid="2")]))
    table = load(path)
    try:
        doc = Document(table)
        assert "quote-in-field" in analyse(doc, workers=1).code_counts()
        doc.state = doc.with_state(rules=SAFE_RULES)
        report = analyse(doc, workers=1)
        assert "quote-in-field" not in report.code_counts() and doc.row(0)[4] == 'Ekran 55" TV'
    finally:
        table.close()


def test_zip_needs_a_zip_name_and_small_zips_have_no_zip64_headers(tmp_path):
    import zipfile
    path = write(tmp_path / "in.csv", text([row()]))
    run = cli("fix", path, "-o", tmp_path / "z.csv", "--zip")
    assert run.code == 2 and "ends in .zip" in run.err and not (tmp_path / "z.csv").exists()
    assert cli("fix", path, "-o", tmp_path / "z.zip", "--zip").code == 0
    with zipfile.ZipFile(tmp_path / "z.zip") as zf:
        info = zf.infolist()[0]
        assert info.filename == "z.csv" and info.create_version < 45  # no ZIP64 "version needed: 4.5"
        assert zf.read(info).decode("utf-8").startswith("2024-05-25 12:25:43;1001;7;")


def test_the_command_line_says_what_a_person_can_decide(tmp_path):
    path = write(tmp_path / "in.csv", text([row(ts="05.06.2024 10:00"), row(cid="2", ts="07.08.2024 11:00")]))
    run = cli("fix", path, "-o", tmp_path / "out.csv")
    assert run.code == 1
    assert "--date-order dmy|mdy" in run.err.splitlines()[-2]


def test_quote_notes_follow_joined_and_left_out_columns(tmp_path):
    """A note on a column left out goes with it; one on a column after it lands where the
    value is written (canonical_column is the exact inverse of how rows are laid out)."""
    from offline_gui.reading.decoder import QUOTE_BARE
    header = ["Tarih", "Saat", "Müşteri No", "Olay", "Kategori", "Ürün Kodu", "Adet", "Tutar"]
    header += ["x"] * 16 + ["Not", "Ek"]
    data = ["25.05.2024", "14:03", "1001", "7", "", "P1", "1", "2.5"] + [""] * 16 + ['a"b', 'c"d']
    path = write(tmp_path / "in.csv", text([header, data]))
    table = load(path)
    try:
        doc = Document(table)
        out = doc.row(0)
        notes = doc.quotes(0)
        assert [out[c] for c, kind in notes if kind == QUOTE_BARE] == ['a"b', 'c"d']
        doc.state = doc.with_state(dropped=frozenset({24}))
        out = doc.row(0)
        assert [out[c] for c, kind in doc.quotes(0) if kind == QUOTE_BARE] == ['c"d']
    finally:
        table.close()


def test_the_change_log_names_the_source_column_after_a_left_out_one(tmp_path):
    header = ["Tarih", "Müşteri No", "Olay", "Kategori", "Ürün Kodu", "Adet", "Tutar"] + ["x"] * 16 + ["Not", "Ek"]
    data = row()[:7] + [""] * 16 + ["gizli", " e"]
    path = write(tmp_path / "in.csv", text([header, data]))
    changes = tmp_path / "changes.csv"
    run = cli("fix", path, "-o", tmp_path / "out.csv", "--drop-column", "Not", "--changes", changes)
    assert run.code == 0, run.err
    assert changes.read_text(encoding="utf-8").splitlines()[1:] == ["2;25; e;e;whitespace"]
    assert "gizli" not in (tmp_path / "out.csv").read_text(encoding="utf-8")
