"""Header detection and column mapping (reading/dialect.py), exact, as FORMAT.md's "Free
dimensions keep their place" says: anchors go to their slots, other columns keep their
position while the anchors stand in order, and go last (reported) when they do not.

Written against mutants that survived the rest of the suite (tools/mutation.sh).
"""

from __future__ import annotations

import pytest

from offline_gui.reading.dialect import detect_layout

_TAIL = tuple(range(9, 23))


def _layout(header: list[str]):
    return detect_layout([header, ["25.05.2024 14:03", "1001", "7"] + ["x"] * (len(header) - 3)])


def test_turkish_header_in_order_keeps_free_columns_in_place() -> None:
    layout = _layout(["Tarih", "Müşteri No", "Olay", "Kategori", "Ürün Kodu", "Adet", "Tutar",
                      "Şehir", "Mağaza", "Fiş No"])
    assert layout.has_header
    assert layout.mapping == (0, 1, 2, 3, 4, 5, 6, 7, 8) + tuple(range(10, 23)) + (9,)
    assert (layout.unknown, layout.kept_last, layout.time_source) == ((), (), None)


def test_a_separate_time_column_completes_the_date() -> None:
    layout = _layout(["Tarih", "Saat", "Müşteri No", "Olay", "Ürün Kodu", "Adet", "Tutar"])
    assert layout.time_source == 1
    assert layout.mapping == (0, 2, 3, 7, 4, 5, 6) + tuple(range(8, 24))


def test_a_time_column_before_the_date_is_still_the_clock() -> None:
    layout = _layout(["Saat", "Tarih", "Müşteri"])
    assert layout.time_source == 0
    assert layout.mapping == tuple(range(1, 24))


def test_a_lone_time_column_is_the_time_stamp_and_a_named_slot_is_honoured() -> None:
    layout = _layout(["Time", "Customer ID", "Event Type", "Category", "Event Name", "Num1", "Num2", "Var 2"])
    assert layout.time_source is None
    assert layout.mapping == (0, 1, 2, 3, 4, 5, 6, 8, 7) + _TAIL


def test_reordered_anchors_send_unrecognised_columns_last_and_report_them() -> None:
    layout = _layout(["Müşteri No", "Tarih", "Olay", "Ürün Kodu", "Adet", "Tutar", "Şehir"])
    assert layout.mapping == (1, 0, 2, 7, 3, 4, 5) + tuple(range(8, 24)) + (6,)
    assert layout.unknown == ("Şehir",) and layout.kept_last == (6,)


def test_an_unnamed_column_among_reordered_anchors_is_reported_by_number() -> None:
    layout = _layout(["Customer ID", "Time Stamp", "", "Event Type"])
    assert layout.mapping == (1, 0, 3) + tuple(range(4, 24)) + (2,)
    assert layout.unknown == ("column 3",) and layout.kept_last == (2,)


def test_a_second_column_naming_the_same_slot_is_not_an_anchor() -> None:
    layout = _layout(["Customer ID", "Customer ID", "Time Stamp"])
    assert layout.mapping == (2, 0) + tuple(range(3, 24)) + (1,)
    assert layout.unknown == ("Customer ID",)
    in_order = _layout(["Time Stamp", "Customer ID", "Event Type", "Category", "Event Name", "Num1", "Num2",
                        "Var1", "Var1"])
    assert in_order.mapping == tuple(range(23)) and in_order.unknown == ()


def test_a_column_with_no_room_before_the_next_anchor_goes_last() -> None:
    layout = _layout(["Time Stamp", "Extra", "Customer ID", "Event Type", "Event Name", "Num1", "Num2"])
    assert layout.mapping == (0, 2, 3, 7, 4, 5, 6) + tuple(range(8, 24)) + (1,)
    assert layout.unknown == ("Extra",)


def test_unnamed_and_free_columns_after_the_anchors_keep_their_position() -> None:
    layout = _layout(["Time Stamp", "Customer ID", "Event Type", "Category", "Event Name", "Num1", "Num2",
                      "", "Mağaza"])
    assert layout.mapping == tuple(range(23)) and layout.unknown == ()


def test_a_named_transaction_attribute_widens_the_row() -> None:
    layout = _layout(["Time Stamp", "Customer ID", "EventTransaction Attr3"])
    assert layout.mapping == (0, 1) + tuple(range(3, 25)) + (2,)
    assert layout.unknown == ()


@pytest.mark.parametrize(("rows", "header"), [
    ([["Mağaza", "Şehir", "foo"], ["a", "b", "c"]], True),     # two names a store gives its free columns
    ([["Kanal", "abc"], ["x", "y"]], True),                    # one such name and no data in row 1
    ([["Saat", "abc"], ["x", "y"]], True),                     # a time-of-day name
    ([["abc", "def"], ["x", "y"]], False),                     # words, and nothing says they are names
    ([["abc", "def"], ["1", "2"]], True),                       # words above data
    ([["", ""], ["1", "2"]], False),                           # an empty first row names nothing
    ([["2024-05-25 10:00:00", "1001", "Mağaza"], ["x", "y", "z"]], False),  # data-shaped
])
def test_when_row_one_is_a_header(rows: list[list[str]], header: bool) -> None:
    assert detect_layout(rows).has_header is header


def test_a_free_column_after_one_that_went_last_keeps_its_place() -> None:
    layout = _layout(["Time Stamp", "Extra", "Customer ID", "Event Type", "Event Name", "Num1", "Num2", "Şehir"])
    assert layout.mapping == (0, 2, 3, 8, 4, 5, 6, 7) + tuple(range(9, 24)) + (1,)
    assert layout.kept_last == (1,)


def test_columns_past_the_contract_keep_their_position() -> None:
    header = ["Tarih", "Müşteri No", "Olay", "Kategori", "Ürün Kodu", "Adet", "Tutar"] + [
        f"Ek {i}" for i in range(18)]
    assert _layout(header).mapping == tuple(range(25))


def _column(*values: str) -> list[list[str]]:
    return [["x", v] for v in values]


def test_content_kinds_finds_time_stamp_columns() -> None:
    from offline_gui.reading.dialect import content_kinds
    from offline_gui.spec import Kind
    assert content_kinds([]) == []
    stamps = ["2024-05-25 10:00:00", "25.05.2024 10:00", "26.05.2024 11:00"]
    assert content_kinds([["", s] for s in stamps]) == [None, Kind.TIMESTAMP]   # too few values: no verdict
    assert content_kinds(_column("25.05.2024 10:00", "26.05.2024 11:00", "27.05.2024 12:00")) == [
        None, Kind.TIMESTAMP]
    nine_of_ten = _column(*(["25.05.2024 10:00"] * 9 + ["Kadıköy"]))
    assert content_kinds(nine_of_ten)[1] is Kind.TIMESTAMP
    half = _column(*(["25.05.2024 10:00"] * 5 + ["Kadıköy"] * 5))
    assert content_kinds(half)[1] is None


@pytest.mark.parametrize(("rows", "header"), [
    ([["Mağaza", "Şehir", "1001"], ["a", "b", "c"]], True),          # two names outweigh one number
    ([["Mağaza", "Şehir", "1001", "7"], ["a", "b", "c", "d"]], False),  # two data cells make it data
    ([["Mağaza", "abc", "1001"], ["a", "b", "c"]], False),           # one name and a number: data
    ([["abc", "def"], ["1", "x"]], False),                           # one number below proves nothing
    ([["abc", "def"]], False),                                       # nothing below at all
    ([["abc", "def"]] + [["x", "y"]] * 5 + [["1", "2"]], False),     # only rows 2-6 are looked at
])
def test_when_row_one_is_a_header_at_the_edges(rows: list[list[str]], header: bool) -> None:
    assert detect_layout(rows).has_header is header


_EXPORT = ["2024-05-25 10:00:00", "1001", "7", "Giyim", "TSHIRT-01", "1", "199.90"] + [""] * 16


def _lines(fields: list[str], delimiter: str, quote: bool = False) -> str:
    def cell(value: str) -> str:
        return f'"{value}"' if quote and (delimiter in value or ";" in value) else value
    return "\n".join(delimiter.join(cell(v) for v in fields) for _ in range(5))


def test_separators_inside_quoted_values_do_not_decide() -> None:
    from offline_gui.reading.dialect import detect_delimiter
    moda = list(_EXPORT)
    moda[7] = "Kadıköy, Moda"
    assert detect_delimiter(_lines(moda, ",", quote=True)) == ","
    parts = list(_EXPORT)
    parts[12] = "Renk: kırmızı; Beden: M; Kumaş: pamuk"
    assert detect_delimiter(_lines(parts, "|", quote=True)) == "|"
    assert detect_delimiter(_lines(parts, "\t")) == "\t"


# Found by mutation testing (a strict xfail first): ';' inside one value of every row made a
# 23-column tab or comma export a ';' file; fixed in the separator score.
@pytest.mark.parametrize(("delimiter", "quote"), [("\t", False), (",", True)])
def test_a_value_with_four_semicolons_does_not_make_an_export_a_semicolon_file(delimiter: str, quote: bool) -> None:
    from offline_gui.reading.dialect import detect_delimiter
    attrs = list(_EXPORT)
    attrs[12] = "Renk: kırmızı; Beden: M; Kumaş: pamuk; Yıkama: 30; Menşei: TR"
    assert detect_delimiter(_lines(attrs, delimiter, quote)) == delimiter


def test_lines_glued_by_a_stray_quote_do_not_make_a_semicolon_file_a_comma_file() -> None:
    """Found by the stray-quote property test: read with ',', the `1",,""` values joined a ';'
    file's three lines into one consistent record that outscored the ';' reading."""
    from offline_gui.reading.dialect import detect_delimiter
    lines = ['2024-05-25 12:25:43;;;;;;;,""1',
             '2024-05-25 12:25:43;;;;;;1",,"";1",,;,""1',
             '2024-05-25 12:25:43;;;;;;;;;1"']
    assert detect_delimiter("\n".join(lines)) == ";"


@pytest.mark.parametrize("delimiter", [",", "\t", ";"])
def test_a_value_over_two_lines_still_reads_its_separator(delimiter: str) -> None:
    from offline_gui.reading.dialect import detect_delimiter
    note = list(_EXPORT)
    note[9] = '"Kapıda ödeme\nzil çalışmıyor"'   # Alt+Enter in Excel: one value over two lines
    assert detect_delimiter("\n".join(delimiter.join(note) for _ in range(5))) == delimiter
