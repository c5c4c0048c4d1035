"""Reading: encodings, separators, quoting, header detection, Excel cells, zip members."""

from __future__ import annotations

import codecs
import datetime as dt
import io
import zipfile

import openpyxl
import pytest
from core_util import TS, check, cli, make_zip, row, text, write

from offline_gui.document import Document
from offline_gui.errors import CannotRead
from offline_gui.reading import encoding as enc
from offline_gui.reading.decoder import parse_record
from offline_gui.reading.dialect import detect_delimiter, detect_layout
from offline_gui.reading.xlsx import cell_text
from offline_gui.spec import canonical_index
from offline_gui.table import load

TR_ROWS = [["Tarih", "Müşteri No", "Olay", "Kategori", "Ürün Kodu", "Adet", "Tutar", "Şehir"],
           [TS, "1001", "7", "", "ŞEKER ğ ı İ", "1", "94.64", "İstanbul"],
           [TS, "1002", "7", "", "ÇAY ö ü Ğ Ş", "2", "10", "Muğla"]]


def rows_of(path, **kw) -> tuple[object, list[list[str]]]:
    table = load(path, **kw)
    try:
        doc = Document(table)
        return table, [doc.row(r) for r in range(doc.row_count)]
    finally:
        table.close()


# ---- encodings


@pytest.mark.parametrize("codec, bom, label", [
    ("utf-8", codecs.BOM_UTF8, "utf-8"),
    ("utf-16-le", codecs.BOM_UTF16_LE, "utf-16-le"),
    ("utf-16-be", codecs.BOM_UTF16_BE, "utf-16-be"),
    ("utf-16-le", b"", "utf-16-le"),
    ("utf-16-be", b"", "utf-16-be"),
    ("cp1254", b"", "cp1254"),
    ("utf-8", b"", "utf-8"),
])
def test_encodings_come_out_right(tmp_path, codec, bom, label):
    path = write(tmp_path / "in.csv", bom + text(TR_ROWS).encode(codec))
    table, rows = rows_of(path)
    assert table.source.encoding.codec == label
    assert bool(table.source.encoding.bom) == bool(bom)
    assert table.layout.has_header
    assert rows[0][4] == "ŞEKER ğ ı İ" and rows[0][7] == "İstanbul"
    assert rows[1][4] == "ÇAY ö ü Ğ Ş" and rows[1][7] == "Muğla"
    run = check(path)
    codes = run.codes()
    assert ("encoding" in codes) == (label != "utf-8")
    assert ("bom" in codes) == (label == "utf-8" and bool(bom))
    assert "encoding-line" not in codes


def test_cp1254_file_with_few_accents_is_read_as_cp1254_not_mixed(tmp_path):
    rows = [row(cid=str(i)) for i in range(200)] + [row(cid="9", name="Şeker")]
    path = write(tmp_path / "in.csv", text(rows).encode("cp1254"))
    table, got = rows_of(path)
    assert table.source.encoding.codec == "cp1254"
    assert got[-1][4] == "Şeker"


def test_utf8_with_a_few_cp1254_lines_is_reported_per_line(tmp_path):
    good = text([row(cid=str(i), name="ÜRÜN ğ") for i in range(40)]).encode()
    bad = text([row(cid="77", name="Şeker ğ ı İ")]).encode("cp1254")
    path = write(tmp_path / "in.csv", good + bad + good)
    table, got = rows_of(path)
    assert table.source.encoding.codec == "utf-8"
    assert table.source.encoding.fallback == "cp1254"
    assert got[40][4] == "Şeker ğ ı İ"  # decodable as the other encoding
    assert got[0][4] == "ÜRÜN ğ"
    run = check(path)
    lines = run.diags("encoding-line")
    assert [(d["row"], d["column"]) for d in lines] == [(41, None)]
    assert "Windows-1254" in lines[0]["message"] and "Şeker" in lines[0]["message"]
    assert "encoding" not in run.codes()


def test_detect_encoding_units():
    assert enc.detect(codecs.BOM_UTF8 + b"a;b\n").bom == codecs.BOM_UTF8
    assert enc.detect("a;b;ş\n".encode("utf-16-le")).codec == "utf-16-le"
    assert enc.detect("Müşteri;İl;ğ\n".encode("cp1254") * 20).codec == "cp1254"
    assert enc.detect(b"plain;ascii\n").codec == "utf-8"
    assert enc.label("cp1254") == "Windows-1254 (Turkish)"


# ---- delimiters


@pytest.mark.parametrize("delim", [";", ",", "\t", "|"])
def test_delimiters_with_decimal_commas_and_ragged_rows(tmp_path, delim):
    rows = [row(n1="1,5", n2="94,64"), row(cid="2", width=9), row(cid="3", n2="2,25"), row(cid="4", width=7)]
    if delim == ",":  # a comma file quotes its decimal commas
        rows = [[f'"{v}"' if "," in v else v for v in r] for r in rows]
    path = write(tmp_path / "in.csv", text(rows, delim))
    table, got = rows_of(path)
    assert table.delimiter == delim
    assert [r[1] for r in got] == ["1001", "2", "3", "4"]
    assert got[0][5:7] == ["1,5", "94,64"]
    run = check(path)
    assert ("delimiter" in run.codes()) == (delim != ";")
    assert [d["row"] for d in run.diags("field-count")] == [2, 4]


def test_semicolon_wins_over_decimal_commas():
    sample = "\n".join(["2024-01-01 10:00:00;1;7;;P;1,5;2,25"] * 5)
    assert detect_delimiter(sample) == ";"
    assert detect_delimiter("a,b,c\n1,2,3\n4,5,6") == ","
    assert detect_delimiter("") == ";"
    # a ';' inside the quoted values of a tab export is text, not the separator
    assert detect_delimiter('2024-01-01 10:00:00\t1\t7\t\t"Ürün;2"\t1\t2\n' * 5) == "\t"
    assert detect_delimiter('2024-01-01 10:00:00|1|7||"a;b"|1|2\n' * 5) == "|"
    # short unpadded ';' rows with decimal commas stay ';'
    assert detect_delimiter("2024-01-01 10:00:00;1;1,5\n2024-01-01 10:00:00;2;2,5\n") == ";"


# ---- quoting


def test_quoted_fields_with_separators_quotes_and_line_breaks(tmp_path):
    rows = [row(name='"A;B"', c8='"say ""hi"""', c9='"two\nlines"'), row(cid="2"), row(cid="3")]
    path = write(tmp_path / "in.csv", text(rows))
    table, got = rows_of(path)
    assert len(got) == 3
    assert got[0][4] == "A;B" and got[0][8] == 'say "hi"' and got[0][9] == "two\nlines"
    assert [r[1] for r in got] == ["1001", "2", "3"]
    assert table.source_row(1) == 2  # the record above spans lines 1-2: one row in a spreadsheet


def test_unclosed_quote_does_not_swallow_the_rest(tmp_path):
    rows = [row(), row(cid="2", name='"P2 open'), *[row(cid=str(i)) for i in range(3, 80)]]
    path = write(tmp_path / "in.csv", text(rows))
    table, got = rows_of(path)
    assert len(got) == 79
    assert [r[1] for r in got] == ["1001"] + [str(i) for i in range(2, 80)]
    run = check(path)
    assert [d["row"] for d in run.diags("unclosed-quote")] == [2]
    assert run.code == 1


def test_parse_record():
    assert parse_record('a;"b;c";"d""e"', ";") == ["a", "b;c", 'd"e']
    assert parse_record("a;b\r", ";") == ["a", "b"]
    assert parse_record('a;"b', ";") == ["a", '"b']


# ---- header


@pytest.mark.parametrize("name, index", [
    ("Tarih", 0), ("Müşteri No", 1), ("MÜŞTERİ NO", 1), ("musteri_no", 1), ("Ürün Kodu", 4),
    ("Adet", 5), ("Tutar", 6), ("Time Stamp", 0), ("Customer ID", 1), ("Num2", 6),
    ("EventTransaction Attr3", 24), ("Fiş No", 22), ("Renk", None),
])
def test_header_aliases(name, index):
    assert canonical_index(name) == index


def test_header_detection():
    assert detect_layout([["Tarih", "Müşteri No", "Olay"], [TS, "1", "7"]]).has_header
    assert not detect_layout([[TS, "1001", "7"], [TS, "1002", "7"]]).has_header
    # not data-shaped, although no name is known
    layout = detect_layout([["Zaman damgası", "Kimlik", "Tür"], [TS, "1", "7"], [TS, "2", "7"]])
    assert layout.has_header and layout.mapping[:3] == (0, 1, 2) and not layout.unknown
    # data-shaped: two values that are numbers or dates, whatever names the others hold
    assert not detect_layout([[TS, "1001", "7", "Kategori", "Ürün", "1", "2"]]).has_header
    assert not detect_layout([]).has_header


def test_header_reorders_columns(tmp_path):
    header = ["Ürün Kodu", "Tutar", "Adet", "Müşteri No", "Tarih", "Olay"]
    path = write(tmp_path / "in.csv", text([header, ["P1", "10.50", "1", "1001", TS, "7"]]))
    table, got = rows_of(path)
    assert got[0][:7] == [TS, "1001", "7", "", "P1", "1", "10.50"]
    assert "column-order" in check(path).codes()


# ---- Excel


def test_cell_text_is_exact():
    assert cell_text(dt.datetime(2024, 5, 25, 14, 3, 7)) == "2024-05-25 14:03:07"
    assert cell_text(dt.date(2024, 5, 25)) == "2024-05-25"  # no time is made up
    assert cell_text(7.0) == "7"
    assert cell_text(8690000000012) == "8690000000012"
    assert cell_text(8690000000012.0) == "8690000000012"
    assert cell_text(94.64) == "94.64"
    assert cell_text(94.64 * 3 / 3) == "94.64"
    assert cell_text(0.1 + 0.2) == "0.3"
    assert cell_text(None) == "" and cell_text(True) == "TRUE"
    assert cell_text(1e-7) == "0.0000001"
    assert cell_text(float("nan")) == ""


def _workbook(path, sheets: dict[str, list[list[object]]]):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for r in rows:
            ws.append(r)
    wb.save(path)
    return path


def test_xlsx_typed_cells(tmp_path):
    path = _workbook(tmp_path / "in.xlsx", {"Satış": [
        ["Tarih", "Müşteri No", "Olay", "Kategori", "Ürün Kodu", "Adet", "Tutar"],
        [dt.datetime(2024, 5, 25, 14, 3), 12345678901, 7, None, 8690000000012, 2, 94.64],
        [dt.datetime(2024, 5, 26, 9, 0, 5), 1002, 7.0, "K1", "P2", 1.0, 0.1 + 0.2],
    ]})
    table, got = rows_of(path)
    assert table.source.sheet == "Satış"
    assert got[0][:7] == ["2024-05-25 14:03:00", "12345678901", "7", "", "8690000000012", "2", "94.64"]
    assert got[1][:7] == ["2024-05-26 09:00:05", "1002", "7", "K1", "P2", "1", "0.3"]
    run = check(path)
    assert run.code == 0, run.out
    assert run.json["detected"]["sheet"] == "Satış"
    assert not {"field-count", "delimiter", "encoding"} & run.codes()


def test_xlsx_sheet_choice(tmp_path):
    path = _workbook(tmp_path / "in.xlsx", {"Boş": [], "Veri": [row()], "Diğer": [row(cid="2"), row(cid="3")]})
    with pytest.raises(CannotRead) as err:   # two sheets with data: which one is a question
        load(path)
    assert err.value.choices == ("Veri", "Diğer")
    table, got = rows_of(path, sheet="Diğer")
    assert [r[1] for r in got] == ["2", "3"]
    with pytest.raises(CannotRead) as err:
        load(path, sheet="Yok")
    assert err.value.choices == ("Boş", "Veri", "Diğer")
    with pytest.raises(CannotRead) as err:
        load(path, sheet="Boş")
    assert "empty" in err.value.reason
    run = check(path, "--sheet", "Diğer")
    assert run.code == 0 and run.json["detected"]["rows"] == 2


def test_xlsx_hidden_sheets_are_read_only_when_named_and_the_active_sheet_comes_first(tmp_path):
    path = tmp_path / "in.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "Mayıs"
    wb.active.append(row(cid="5"))
    old = wb.create_sheet("Geçen yıl")
    old.append(row(cid="2023"))
    old.sheet_state = "hidden"
    wb.save(path)
    assert rows_of(path)[1][0][1] == "5"          # the one visible sheet; last year's stays out
    assert rows_of(path, sheet="Geçen yıl")[1][0][1] == "2023"
    june = wb.create_sheet("Haziran")
    june.append(row(cid="6"))
    wb.active = 2
    wb.save(path)
    with pytest.raises(CannotRead) as err:
        load(path)
    assert err.value.choices == ("Haziran", "Mayıs", "Geçen yıl")
    assert "Hidden sheets (Geçen yıl)" in err.value.reason


def test_xlsx_with_another_extension_is_read_by_content(tmp_path):
    src = _workbook(tmp_path / "in.xlsx", {"S": [row()]})
    path = write(tmp_path / "export.dat", src.read_bytes())
    table, got = rows_of(path)
    assert table.source.kind == "xlsx" and got == [row()]


# ---- zip


def test_zip_with_one_member(tmp_path):
    path = make_zip(tmp_path / "in.zip", {"export.csv": text([row(n1="1,5")]).encode("cp1254")})
    table, got = rows_of(path)
    assert table.source.member == "export.csv" and got[0][5] == "1,5"
    run = check(path)
    assert run.code == 1 and run.json["detected"]["member"] == "export.csv"


def test_zip_ignores_mac_metadata(tmp_path):
    path = make_zip(tmp_path / "in.zip", {"__MACOSX/._export.csv": b"\x00\x05junk",
                                          "export.csv": text([row()]).encode(), ".DS_Store": b"\x00\x00"})
    assert rows_of(path)[1] == [row()]


def test_zip_member_in_dot_folder(tmp_path):
    path = make_zip(tmp_path / "in.zip", {"./export.csv": text([row()]).encode(), "./.hidden.csv": b"x"})
    table, got = rows_of(path)
    assert table.source.member == "./export.csv" and got == [row()]


def test_zip_with_several_members_names_them(tmp_path):
    path = make_zip(tmp_path / "in.zip", {"a.csv": text([row()]).encode(), "b.csv": text([row(cid="2")]).encode(),
                                          "readme.md": b"hi"})
    with pytest.raises(CannotRead) as err:
        load(path)
    assert err.value.choices == ("a.csv", "b.csv")
    assert "a.csv" in err.value.reason and "--member" in err.value.reason
    table, got = rows_of(path, member="b.csv")
    assert got[0][1] == "2"
    with pytest.raises(CannotRead) as err:
        load(path, member="c.csv")
    assert "c.csv" in err.value.reason
    run = check(path)
    assert run.code == 2 and "a.csv, b.csv" in run.err
    assert check(path, "--member", "b.csv").code == 0


def test_zip_holding_a_workbook(tmp_path):
    book = _workbook(tmp_path / "book.xlsx", {"S1": [row()], "S2": [row(cid="2")]})
    path = make_zip(tmp_path / "in.zip", {"book.xlsx": book.read_bytes()})
    with pytest.raises(CannotRead) as err:
        load(path)
    assert err.value.choices == ("S1", "S2") and err.value.kind == "sheet"
    table, got = rows_of(path, sheet="S1")
    assert table.source.member == "book.xlsx" and table.source.sheet == "S1" and got == [row()]
    assert rows_of(path, sheet="S2")[1][0][1] == "2"


def test_zip_utf16_tab_member(tmp_path):
    data = codecs.BOM_UTF16_LE + text([row(name="Ürün")], "\t").encode("utf-16-le")
    path = make_zip(tmp_path / "in.zip", {"x.txt": data})
    table, got = rows_of(path)
    assert table.delimiter == "\t" and got == [row(name="Ürün")]


def test_zip_member_named_like_the_internal_temp_file(tmp_path):
    # a member called utf8.txt that needs transcoding must not overwrite itself
    path = make_zip(tmp_path / "in.zip", {"utf8.txt": text([row(name="Şeker")]).encode("cp1254")})
    assert rows_of(path)[1][0][4] == "Şeker"


def test_stored_zip_in_memory_reads_like_a_file(tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("a.csv", text([row()]))
    path = write(tmp_path / "in.zip", buf.getvalue())
    assert rows_of(path)[1] == [row()]


def test_lines_of_spaces_are_blank_lines(tmp_path):
    path = write(tmp_path / "in.csv", text([row()]) + "   \n\t\r\n" + text([row(cid="2")]))
    table, got = rows_of(path)
    assert [r[1] for r in got] == ["1001", "2"]
    assert table.source_row(1) == 4  # blank lines are rows in a spreadsheet too
    blank = check(path).diags("blank-lines")
    assert len(blank) == 1 and "2 blank lines" in blank[0]["message"]


def test_turkish_excel_id_with_decimal_comma(tmp_path):
    run = check(write(tmp_path / "in.csv", text([row(cid="1001,0")])))
    diag = run.diags("id-decimal")[0]
    assert diag["fix"]["value"] == "1001"


def test_inch_marks_do_not_glue_rows_together(tmp_path):
    rows = [row(), row(cid="2", name='TV 55" UHD'), row(cid="3"), row(cid="4"),
            row(cid="5", name='Tablet 7" WiFi'), row(cid="6")]
    path = write(tmp_path / "in.csv", text(rows))
    table, got = rows_of(path)
    assert [r[1] for r in got] == ["1001", "2", "3", "4", "5", "6"]
    assert got[1][4] == 'TV 55" UHD' and got[4][4] == 'Tablet 7" WiFi'
    run = check(path)
    # an unquoted " breaks the format's quoting rule: reported, and saved quoted with the value intact
    assert run.code == 1 and run.json["detected"]["rows"] == 6
    assert [(d["row"], d["column"]) for d in run.diags("quote-in-field")] == [(2, 5), (5, 5)]
    assert "unclosed-quote" not in run.codes()
    out = path.with_name("out.csv")
    assert cli("fix", path, "-o", out).code == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[1].split(";")[4] == '"TV 55"" UHD"' and lines[4].split(";")[4] == '"Tablet 7"" WiFi"'


def test_unclosed_field_is_not_closed_by_an_inch_mark(tmp_path):
    rows = [row(), row(cid="2", name='"P2 open'), row(cid="3"), row(cid="4", name='TV 55" UHD'), row(cid="5")]
    path = write(tmp_path / "in.csv", text(rows))
    table, got = rows_of(path)
    assert [r[1] for r in got] == ["1001", "2", "3", "4", "5"]
    run = check(path)
    assert [d["row"] for d in run.diags("unclosed-quote")] == [2]


def test_multiline_field_with_escaped_quotes_and_separators(tmp_path):
    rows = [row(c9='"first ""quoted""; line\nsecond; line\nthird"'), row(cid="2")]
    path = write(tmp_path / "in.csv", text(rows))
    table, got = rows_of(path)
    assert got[0][9] == 'first "quoted"; line\nsecond; line\nthird'
    assert [r[1] for r in got] == ["1001", "2"] and table.source_row(1) == 2
