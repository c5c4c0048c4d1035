"""Mutation-found gaps in this round's speed-ups: the numpy clean-line test's edges (a field
ending on the window's 64th byte, ids and numbers of exactly 24 digits, a text customer id
beside a numeric Num1), and the per-code counts of a big report and after an edit."""

from __future__ import annotations

from pathlib import Path

from core_util import fix_outputs, row, text, write

from offline_gui import analysis, validation
from offline_gui.analysis import analyse
from offline_gui.catalog import Severity
from offline_gui.document import Document
from offline_gui.duplicates import refresh_duplicates
from offline_gui.table import load

GOOD = ["2024-05-25 12:25:43", "1001", "7", "GIDA", "P1", "2", "12.50"] + [""] * 15 + ["R1"]


def _line(**cells: str) -> str:
    fields = list(GOOD)
    for key, value in cells.items():
        fields[int(key[1:])] = value
    return ";".join(fields)


def _clean(lines: list[str]) -> list[bool]:
    raw = ("\n".join(lines) + "\n").encode("utf-8")
    clean, _keys = validation.classify(raw, raw.split(b"\n"), ord(";"))
    return clean[:len(lines)].tolist()


def test_a_letter_on_the_last_byte_of_the_first_window_word_is_not_a_digit():
    """Num1 "12O" (a letter O typed for a zero) ends on the window's 64th byte, the last
    bit of the first mask word: it is no number, and "120" there is."""
    def line(n1: str) -> str:
        return ";".join(["2024-05-25 12:25:43", "30145649860", "7", "ŞAMPUAN-SAÇ", "KİŞ-032243", n1, "10.50"]
                        + GOOD[7:])
    lines = [line("12O"), line("120")]
    head = lines[0].encode("utf-8")
    assert head.index(b";12O;") + 4 == 64, "Num1 must end on byte 64, or the test proves nothing"
    assert _clean(lines) == [False, True]


def test_ids_and_numbers_of_24_digits_are_cleared_and_of_25_are_not():
    lines = [_line(c1="1" * 24), _line(c1="1" * 25), _line(c5="9" * 24), _line(c5="9" * 25),
             _line(c6="9" * 24), _line(c6="9" * 25), _line(c6="1" * 22 + ".5")]
    assert _clean(lines) == [True, False, True, False, True, False, True]


def test_a_text_customer_id_is_cleared_beside_a_numeric_num1():
    """A customer id that cannot be an Excel number (letters first) is clean whatever Num1
    starts with; one that starts with a digit and holds letters is left to the row checker."""
    lines = [_line(c1="MÜŞTERİ-7", c5="2"), _line(c1="AB-7", c5="15.5"), _line(c1="12AB", c5="2"),
             _line(c1="AB-7", c5="x")]
    assert _clean(lines) == [True, True, False, False]


def test_a_report_of_more_findings_than_one_counting_slice_counts_them_all(tmp_path: Path):
    """Findings are counted a slice at a time: every slice counts, not just the last."""
    rows = [row(cid=str(1000 + i), n1="1,5", name="ÇAY-1KG") for i in range(analysis._COUNT_STEP + 3)]
    path = write(tmp_path / "big.csv", text(rows))
    table = load(path)
    try:
        report = analyse(Document(table), workers=1)
        per_code = report.code_counts()
        assert per_code["number-decimal-comma"] == len(rows) == len(report.codes)
        assert report.count(Severity.ERROR) + report.count(Severity.WARNING) == len(rows)
    finally:
        table.close()


def test_counts_follow_findings_that_an_edit_takes_away(tmp_path: Path):
    """After an edit re-checks duplicates, the counts asked for again are the new ones."""
    first = row(name="ŞİŞE-1L", c8="Kadıköy")
    path = write(tmp_path / "d.csv", text([first, row(cid="2"), first]))
    table = load(path)
    try:
        doc = Document(table)
        report = analyse(doc, workers=1)
        before = report.count(Severity.WARNING) + report.count(Severity.ERROR)
        assert report.code_counts()["duplicate-row"] == 1
        doc.state = doc.with_state(edits={2: tuple(row(cid="3", name="ŞİŞE-1L", c8="Kadıköy"))})
        refresh_duplicates(report, doc, {2})
        assert report.code_counts()["duplicate-row"] == 0
        assert report.count(Severity.WARNING) + report.count(Severity.ERROR) == before - 1
    finally:
        table.close()



def _mixed_file(tmp_path: Path) -> Path:
    """A UTF-8 export with Turkish letters in which one clerk's line was saved in Windows-1254,
    with a byte (0x81) that code page leaves undefined."""
    lines = [_line(c3="ŞEKER", c8="Kadıköy"), _line(c1="1002", c3="ÇAY", c8="Şişli"),
             _line(c1="1003", c3="ŞEKER", c8="Üsküdar"), _line(c1="1004", c3="SÜT")]
    data = [line.encode("utf-8") for line in lines]
    data[2] = lines[2].encode("cp1254").replace(b"dar", b"d\x81r")
    return write(tmp_path / "mixed.csv", b"\n".join(data) + b"\n")


def test_only_the_legacy_line_of_a_block_is_read_as_legacy(tmp_path: Path):
    """The lines beside a Windows-1254 line are still UTF-8: only that line's row is in
    another encoding, when rows are read in bulk and checked by the row checker."""
    table = load(_mixed_file(tmp_path))
    try:
        doc = Document(table)
        assert table.source.encoding.codec == "utf-8"
        assert [(r, odd) for r, _t, _f, _n, odd, _q in doc.iter_rows()] == \
            [(0, False), (1, False), (2, True), (3, False)]
        assert sorted(validation.scan(doc.iter_rows(), 0).found) == [(2, -1, "encoding-line", 0)]
        assert doc.row(0)[8] == "Kadıköy" and doc.row(1)[8] == "Şişli"
    finally:
        table.close()


def test_a_byte_the_legacy_code_page_leaves_undefined_reads_as_a_replacement_mark(tmp_path: Path):
    table = load(_mixed_file(tmp_path))
    try:
        doc = Document(table)
        text_, legacy = table.record_text(2)
        assert legacy and "ŞEKER" in text_ and "Üsküd\ufffdr" in text_
        assert doc.row(2)[8] == "Üsküd\ufffdr"
        shown = [d.value for d in analyse(doc, workers=1).findings(doc) if d.code == "encoding-line"]
        assert len(shown) == 1 and "Üsküd\ufffdr" in shown[0]
    finally:
        table.close()


def test_a_rejected_value_spanning_a_legacy_and_a_utf8_line_keeps_both_readings(tmp_path: Path):
    """A note typed over two lines: the first saved in Windows-1254 (kapı), the second in
    UTF-8 (Şişli şubesi). fix rejects the row (a line in another encoding); the rejects file
    shows each line as it was meant, not the UTF-8 line read as Windows-1254."""
    top = ";".join(GOOD[:3] + ["ŞEKER"] + GOOD[4:8] + ["Kadıköy"] + GOOD[9:12] + ['"Not: kapı'])
    rest = 'Şişli şubesi";' + ";".join(GOOD[13:])
    lines = [_line(c3="ÇAY", c8="Şişli").encode("utf-8"), top.encode("cp1254"), rest.encode("utf-8"),
             _line(c1="1004", c3="SÜT", c8="Üsküdar").encode("utf-8")]
    path = write(tmp_path / "note.csv", b"\n".join(lines) + b"\n")
    upload, _changes, rejects = fix_outputs(path, tmp_path / "out.csv")
    kept = [_line(c3="ÇAY", c8="Şişli"), _line(c1="1004", c3="SÜT", c8="Üsküdar")]
    assert upload.decode("utf-8").splitlines() == kept
    rejected = rejects.decode("utf-8")
    assert "Not: kapı\nŞişli şubesi" in rejected and "Å" not in rejected
