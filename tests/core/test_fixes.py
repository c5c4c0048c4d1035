"""Every fix does what it says: per value (fix_for / apply_rules) and end to end (`fix`)."""

from __future__ import annotations

import codecs
import zipfile

import pytest
from core_util import TS, check, cli, row, sha, text, write

from offline_gui.catalog import CATALOG, Safety, Scope
from offline_gui.fixing import SAFE_RULES, FixContext, apply_rules, fix_for, fixed_value
from offline_gui.spec import REQUIRED_FIELDS, header_row

CTX = FixContext()


@pytest.mark.parametrize("code, value, fixed", [
    ("whitespace", "  P1 ", "P1"),
    ("timestamp-format", "25.05.2024 14:03", "2024-05-25 14:03:00"),
    ("timestamp-format", "2024/05/25 14:03:07", "2024-05-25 14:03:07"),
    ("timestamp-format", "5/25/2024 2:03 PM", "2024-05-25 14:03:00"),
    ("timestamp-format", "45437.5", "2024-05-25 12:00:00"),
    ("number-decimal-comma", "1,5", "1.5"),
    ("number-decimal-comma", "-94,64", "-94.64"),
    ("number-thousands", "1.234,50", "1234.50"),
    ("number-thousands", "1,234.50", "1234.50"),
    ("number-thousands", "1.234.567,5", "1234567.5"),
    ("event-type-decimal", "7.0", "7"),
    ("event-type-decimal", "7,00", "7"),
    ("id-decimal", "12345678901.0", "12345678901"),
    ("id-decimal", "1001,0", "1001"),
    ("line-break", "a\r\nb\nc", "a b c"),
])
def test_fixed_value(code, value, fixed):
    assert fixed_value(code, value, CTX) == fixed
    fix = fix_for(code, value, CTX)
    assert fix is not None and fix.value == fixed
    assert fix.safety is CATALOG[code].safety
    assert fixed in fix.description or "{fixed}" not in CATALOG[code].fix


def test_a_date_without_a_time_gets_midnight_only_when_a_person_says_so():
    assert fixed_value("timestamp-format", "25.05.2024", CTX) is None
    assert fix_for("timestamp-format", "25.05.2024", CTX).safety is Safety.UNSAFE
    assert "no time of day" in fix_for("timestamp-format", "45437", CTX).description
    accepted = FixContext(midnight=True)
    assert fixed_value("timestamp-format", "25.05.2024", accepted) == "2024-05-25 00:00:00"
    assert fix_for("timestamp-format", "25.05.2024", accepted).safety is Safety.UNSAFE


@pytest.mark.parametrize("code, value", [
    ("timestamp-invalid", "2024-13-45"), ("id-scientific", "1.23457E+11"), ("number-invalid", "abc"),
    ("event-type-invalid", "x"), ("mandatory-missing", ""), ("duplicate-row", "x"),
])
def test_unrecoverable_findings_offer_no_fix(code, value):
    assert fix_for(code, value, CTX) is None


def test_ambiguous_date_needs_a_person():
    fix = fix_for("timestamp-format", "05/06/2024 10:00", CTX)
    assert fix is not None and fix.safety is Safety.UNSAFE and fix.value is None
    chosen = fix_for("timestamp-format", "05/06/2024 10:00", FixContext("dmy", False))
    assert chosen.value == "2024-06-05 10:00:00" and chosen.safety is Safety.UNSAFE
    by_data = fix_for("timestamp-format", "05/06/2024 10:00", FixContext("mdy", True))
    assert by_data.value == "2024-05-06 10:00:00" and by_data.safety is Safety.SAFE


def test_encoding_line_fix_names_the_encoding():
    fix = fix_for("encoding-line", "x", CTX, {"encoding": "Windows-1254 (Turkish)"})
    assert fix.description == "Read this line as Windows-1254 (Turkish) and save it as UTF-8."
    assert fix.safety is Safety.UNSAFE


def test_safe_rules_are_the_safe_non_file_codes():
    want = {c for c, i in CATALOG.items() if i.safety is Safety.SAFE and i.scope is not Scope.FILE}
    assert want == SAFE_RULES
    assert "line-break" not in SAFE_RULES and "encoding-line" not in SAFE_RULES


def test_apply_rules_fixes_a_row_and_leaves_the_input_alone():
    fields = [" 25.05.2024 14:03", "1001.0", "7.0", "", "P1 ", "1,5", "1.234,50", "İzmir "]
    before = list(fields)
    out = apply_rules(fields, SAFE_RULES, CTX)
    assert fields == before
    assert out[:8] == ["2024-05-25 14:03:00", "1001", "7", "", "P1", "1.5", "1234.50", "İzmir"]
    assert len(out) == REQUIRED_FIELDS


def test_apply_rules_only_applies_accepted_rules():
    fields = row(n1="1,5", cid="1001.0")
    out = apply_rules(fields, frozenset({"id-decimal"}), CTX)
    assert out[1] == "1001" and out[5] == "1,5"
    assert apply_rules(fields, frozenset(), CTX) == fields


def test_apply_rules_keeps_unfixable_values():
    fields = row(ts="2024-13-45 10:00:00", cid="1.23457E+11", n2="abc")
    assert apply_rules(fields, SAFE_RULES, CTX) == fields


# ---- end to end: `offline-gui fix`


def _fix(tmp_path, data: bytes | str, *options, name="in.csv"):
    src = write(tmp_path / name, data)
    out = tmp_path / "out.csv"
    before = sha(src)
    run = cli("fix", src, "-o", out, *options)
    assert sha(src) == before  # the source is never touched
    return run, out


def _lines(path):
    raw = path.read_bytes()
    assert not raw.startswith(codecs.BOM_UTF8)
    return raw.decode("utf-8").splitlines()


def test_fix_turkish_excel_csv(tmp_path):
    header = ["Tarih", "Müşteri No", "Olay", "Kategori", "Ürün Kodu", "Adet", "Tutar", "Şehir"]
    rows = [header,
            ["25.05.2024 14:03", "1001", "7", "", "ÇİKOLATA", "1", "94,64", "İstanbul"],
            ["26.05.2024 09:15", "1002", "7,0", "", "ŞEKER", "2", "1.234,50", "Muğla "]]
    run, out = _fix(tmp_path, text(rows, end="\r\n").encode("cp1254"))
    assert run.code == 0, run.err
    lines = _lines(out)
    assert lines[0] == ";".join(header_row())
    assert lines[1] == ";".join(["2024-05-25 14:03:00", "1001", "7", "", "ÇİKOLATA", "1", "94.64", "İstanbul"]
                                + [""] * 15)
    assert lines[2].startswith("2024-05-26 09:15:00;1002;7;;ŞEKER;2;1234.50;Muğla;")
    assert all(line.count(";") == 22 for line in lines)
    assert check(out).code == 0


def test_fix_pads_reencodes_strips_bom_and_converts_delimiter(tmp_path):
    data = codecs.BOM_UTF16_LE + text([row(width=7, name="Ürün"), row(cid="2", width=7)], "\t").encode("utf-16-le")
    run, out = _fix(tmp_path, data)
    assert run.code == 0, run.err
    lines = _lines(out)
    assert lines == [";".join(row(name="Ürün")), ";".join(row(cid="2"))]
    recheck = check(out)
    assert recheck.code == 0
    assert not {"bom", "encoding", "delimiter", "field-count"} & recheck.codes()


def test_fix_strips_utf8_bom_and_blank_lines(tmp_path):
    run, out = _fix(tmp_path, codecs.BOM_UTF8 + ("\n\n" + text([row()]) + "\n\n").encode())
    assert run.code == 0, run.err
    assert out.read_bytes() == (";".join(row()) + "\n").encode()


def test_fix_reorders_columns_by_header(tmp_path):
    header = ["Müşteri No", "Tutar", "Tarih", "Olay", "Ürün Kodu", "Adet", "Fiş No"]
    data = ["1001", "10.50", TS, "7", "P1", "1", "F-9"]
    run, out = _fix(tmp_path, text([header, data]), "--no-header")
    assert run.code == 0, run.err
    fields = _lines(out)[0].split(";")
    assert fields[:7] == [TS, "1001", "7", "", "P1", "1", "10.50"]
    assert fields[22] == "F-9"  # Fiş No is the purchase id: EventTransaction Attr1


def test_fix_keeps_quoted_fields_quoted(tmp_path):
    rows = [row(name='"A;B"', c8='"say ""hi"""'), row(cid="2")]
    run, out = _fix(tmp_path, text(rows))
    assert run.code == 0, run.err
    assert _lines(out)[0].startswith(f'{TS};1001;7;;"A;B";1;10.50;;"say ""hi"""')


def test_fix_header_options(tmp_path):
    src = text([row()])
    run, out = _fix(tmp_path, src, "--header")
    assert run.code == 0 and _lines(out)[0] == ";".join(header_row())
    out.unlink()
    header = ["Tarih", "Müşteri No", "Olay", "Kategori", "Ürün Kodu", "Adet", "Tutar"]
    run, out = _fix(tmp_path, text([header, row()]), "--no-header")
    assert run.code == 0 and _lines(out) == [";".join(row())]


def test_fix_zip_output(tmp_path):
    src = write(tmp_path / "in.csv", text([row(n1="1,5")]))
    run = cli("fix", src, "-o", tmp_path / "upload.zip", "--zip")
    assert run.code == 0, run.err
    with zipfile.ZipFile(tmp_path / "upload.zip") as zf:
        assert zf.namelist() == ["upload.csv"]
        assert zf.read("upload.csv").decode() == ";".join(row(n1="1.5")) + "\n"
    assert check(tmp_path / "upload.zip").code == 0


def test_fix_refuses_when_errors_remain_and_writes_nothing(tmp_path):
    run, out = _fix(tmp_path, text([row(), row(cid="1.23457E+11")]))
    assert run.code == 1
    assert not out.exists()
    assert "2:2 id-scientific" in run.err
    assert "--drop-invalid" in run.err
    assert not list(tmp_path.glob("*.part")) and not list(tmp_path.glob(".offline-gui-*"))


def test_fix_drop_invalid_writes_valid_rows_and_rejects(tmp_path):
    run, out = _fix(tmp_path, text([row(n1="1,5"), row(cid="1.23457E+11"), row(cid="3", n2="abc")]),
                    "--drop-invalid")
    assert run.code == 0, run.err
    assert _lines(out) == [";".join(row(n1="1.5"))]
    rejected = (tmp_path / "out.rejected.csv").read_text(encoding="utf-8").splitlines()
    assert len(rejected) == 3
    assert rejected[1].startswith("2;") and "Customer id damaged by Excel" in rejected[1]
    assert rejected[2].startswith("3;") and "Not a number" in rejected[2]


def test_fix_ambiguous_dates_need_date_order(tmp_path):
    data = text([row(ts="05/06/2024 10:00"), row(ts="07/08/2024 11:00", cid="2")])
    run, out = _fix(tmp_path, data)
    assert run.code == 1 and not out.exists()
    run, out = _fix(tmp_path, data, "--date-order", "dmy")
    assert run.code == 0, run.err
    assert [line[:19] for line in _lines(out)] == ["2024-06-05 10:00:00", "2024-08-07 11:00:00"]
    out.unlink()
    run, out = _fix(tmp_path, data, "--date-order", "mdy")
    assert [line[:19] for line in _lines(out)] == ["2024-05-06 10:00:00", "2024-07-08 11:00:00"]


def test_fix_decides_date_order_when_the_column_is_unambiguous(tmp_path):
    # 25/05 can only be day first, so 05/06 in the same column is 5 June
    data = text([row(ts="25/05/2024 10:00"), row(ts="05/06/2024 11:00", cid="2")])
    run, out = _fix(tmp_path, data)
    assert run.code == 0, run.err
    assert [line[:19] for line in _lines(out)] == ["2024-05-25 10:00:00", "2024-06-05 11:00:00"]


def test_fix_leaves_line_breaks_for_a_person_but_still_writes(tmp_path):
    run, out = _fix(tmp_path, text([row(c9='"a\nb"'), row(cid="2")]))
    assert run.code == 0, run.err  # a warning, not an error: kept, quoted
    assert '"a\nb"' in out.read_text(encoding="utf-8")


def test_fix_mixed_encoding_lines_need_a_person(tmp_path):
    data = text([row(cid=str(i), name="ÜRÜN") for i in range(30)]).encode() + \
        text([row(cid="99", name="Şeker")]).encode("cp1254")
    run, out = _fix(tmp_path, data)
    assert run.code == 1 and not out.exists()
    assert "encoding-line" in run.err


def test_fix_unreadable_input_exits_two(tmp_path):
    run = cli("fix", tmp_path / "missing.csv", "-o", tmp_path / "out.csv")
    assert run.code == 2 and "does not exist" in run.err


@pytest.mark.parametrize("options", [(), ("--header",)])
def test_fix_drop_invalid_when_every_row_is_invalid_writes_nothing(tmp_path, options):
    """Nothing to upload is not a success (FORMAT.md): exit 1, no upload, no rejects file."""
    run, out = _fix(tmp_path, text([row(cid="1.2E+11"), row(cid="")]), "--drop-invalid", *options)
    assert run.code == 1, run.err
    assert run.out == ""
    assert run.err == ("offline-gui: None of the 2 rows can be uploaded: every row still has errors. "
                       "Nothing was written. Fix the rows, then save again.\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.csv"]


def test_fix_header_only_input_writes_nothing(tmp_path):
    run, out = _fix(tmp_path, "Tarih;Müşteri No;Olay\n", "--no-header")
    assert run.code == 1, run.err
    assert "no data rows" in run.err and not out.exists()


def _save_with_rules(tmp_path, data: bytes, rules, **options):
    from offline_gui.document import Document
    from offline_gui.export import SaveOptions, save
    from offline_gui.table import load
    src = write(tmp_path / "in.csv", data)
    before = sha(src)
    table = load(src)
    try:
        doc = Document(table)
        doc.state = doc.with_state(rules=SAFE_RULES | frozenset(rules))
        out = tmp_path / "out.csv"
        save(doc, None, out, SaveOptions(**options))
    finally:
        table.close()
    assert sha(src) == before
    return out


def test_accepted_encoding_line_fix_reads_the_line_in_the_other_encoding(tmp_path):
    data = text([row(cid=str(i), name="ÜRÜN") for i in range(30)]).encode() + \
        text([row(cid="99", name="Şeker ğ ı İ")]).encode("cp1254")
    out = _save_with_rules(tmp_path, data, {"encoding-line"})
    lines = _lines(out)
    assert len(lines) == 31 and lines[-1].split(";")[4] == "Şeker ğ ı İ"
    assert check(out).code == 0


def test_accepted_line_break_fix_joins_the_lines(tmp_path):
    out = _save_with_rules(tmp_path, text([row(c9='"a\nb"'), row(cid="2")]).encode(), {"line-break"})
    assert _lines(out)[0].split(";")[9] == "a b"
    assert "line-break" not in check(out).codes()


def test_save_refuses_rows_with_errors_unless_dropping(tmp_path):
    from offline_gui.export import RowsRemain
    with pytest.raises(RowsRemain) as err:
        _save_with_rules(tmp_path, text([row(), row(cid="1.2E+11")]).encode(), set())
    assert list(err.value.rejected) == [1]
    assert not (tmp_path / "out.csv").exists()
