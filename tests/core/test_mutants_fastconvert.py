"""The column-wide conversion (fastconvert.py) against the one record decoder and the rules,
on the edges of every part of a Turkish Excel time stamp and of the shapes it accepts.
Written against mutants that survived the rest of the suite (tools/mutation.sh).

The slow path is the truth: `values.timestamp_orders` and `values.convert_timestamp` say
what a stamp is; the column path may refuse more (those rows go the ordinary way), never
accept a different reading.
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path
from unittest import mock

import numpy as np
import pytest
from core_util import fix_outputs as _fix
from core_util import taken_by_column_path as _taken
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from offline_gui import parallel, values
from offline_gui.analysis import analyse
from offline_gui.document import Document
from offline_gui.fastconvert import ORDER_KINDS, stamp_shapes
from offline_gui.fixing import FixContext
from offline_gui.table import load

# dd.mm.yyyy HH:MM[:SS], ASCII digits only: the one shape the column path reads itself
EXACT = re.compile(r"\d\d\.\d\d\.\d{4} \d\d:\d\d(?::\d\d)?", re.ASCII)

DAYS = ["00", "01", "09", "10", "12", "13", "28", "29", "30", "31", "32", "99"]
MONTHS = ["00", "01", "02", "04", "06", "09", "11", "12", "13", "99"]
YEARS = ["0000", "0001", "0100", "1900", "1996", "2000", "2016", "2023", "2024", "2100", "9999"]
CLOCKS = ["00:00", "23:59", "24:00", "23:60", "12:61", "09:05", "00:00:00", "23:59:59", "23:59:60", "23:59:61",
          "12:34:56", "24:00:00", "12:60:00", "19:09:09"]
# what may follow a value in the block: a 16-byte stamp is followed by bytes that look like seconds
AFTER = [b";1001;7", b":59;x", b":5", b":99", b""]

HEADER = "Tarih;Müşteri No;İşlem Tipi;Kategori;Ürün Kodu;Adet;Tutar;Şehir;Mağaza;Kanal;Ödeme;Fiş No"
GOOD = ["25.05.2024 14:03", "1001", "7", "GIDA", "ÇAY-1KG", "2", "149,90", "İzmir", "Mağaza 1", "Kasa",
        "Nakit", "FİŞ-1"]


def _both(path: Path, folder: Path, header: bool = False, ctx: FixContext | None = None) -> tuple[tuple, tuple]:
    """The save with the column path, and with it switched off (every row decoded and fixed)."""
    fast = _fix(path, folder / "fast.csv", header, ctx)
    with mock.patch.object(parallel, "plan_for", lambda *args, **kwargs: None):
        slow = _fix(path, folder / "slow.csv", header, ctx)
    return fast, slow


def _shapes(stamps: list[str], order: str, after: list[bytes] | None = None) -> tuple:
    """stamp_shapes on the stamps laid one after another in one buffer, each followed by
    some bytes of the rest of its row (never part of the value)."""
    buffer, lo, hi = bytearray(), [], []
    for i, stamp in enumerate(stamps):
        lo.append(len(buffer))
        buffer += stamp.encode("ascii")
        hi.append(len(buffer))
        buffer += (after or AFTER)[i % len(after or AFTER)]
    padded = np.concatenate((np.frombuffer(bytes(buffer), dtype=np.uint8), np.zeros(24, dtype=np.uint8)))
    return stamp_shapes(padded, np.array(lo, dtype=np.int64), np.array(hi, dtype=np.int64), order)


def _agrees(stamps: list[str], after: list[bytes] | None = None) -> None:
    for order in ("dmy", "mdy"):
        out, ok, kind, known = _shapes(stamps, order, after)
        rendered = out.view("S19").ravel().astype(str).tolist()
        for i, stamp in enumerate(stamps):
            orders = values.timestamp_orders(stamp) & {"dmy", "mdy"}
            exact = bool(EXACT.fullmatch(stamp))
            # known: a real moment in some order, read by the column path itself
            assert bool(known[i]) == (exact and bool(orders)), (stamp, order)
            assert bool(ok[i]) == (exact and order in orders), (stamp, order)
            if known[i]:
                assert ORDER_KINDS[int(kind[i])] == orders, stamp
            if ok[i]:
                assert rendered[i] == values.convert_timestamp(stamp, order), (stamp, order)


def test_every_edge_of_day_month_year_and_clock_reads_as_the_rules_read_it():
    """Days 0/28-32, months 0/12/13, leap years (1900 and 2100 are not, 2000 is), year 0,
    hours 24, minutes and seconds 60, with and without seconds, in both day/month orders."""
    stamps = [f"{d}.{m}.{y} {c}" for d, m, y, c in itertools.product(DAYS, MONTHS, YEARS, CLOCKS)]
    _agrees(stamps)


def test_the_month_first_reading_of_the_same_edges():
    """The same edges with the first two digits as the month (the two parts swapped)."""
    stamps = [f"{m}.{d}.{y} {c}" for d, m, y, c in itertools.product(DAYS, MONTHS, ["1900", "2000", "2024"],
                                                                      ["23:59", "00:00:00"])]
    _agrees(stamps)


def _broken(stamp: str) -> list[str]:
    """The stamp with each character replaced by the bytes next to digits and separators,
    and cut or lengthened by one and two characters."""
    out = []
    for at in range(len(stamp)):
        for ch in "/:.- 0a\x00":
            if ch != stamp[at]:
                out.append(stamp[:at] + ch + stamp[at + 1:])
    out += [stamp[:-1], stamp[:-2], stamp + "0", stamp + ":0", stamp[:-3] + "x" + stamp[-2:]]
    return out


def test_any_byte_out_of_place_is_left_to_the_rules():
    """A non-digit where a digit belongs (the bytes just below '0' and above '9'), another
    separator, a value one or two bytes too short or long: the column path never reads it
    as a stamp of its own shape."""
    stamps = [s for base in ("25.05.2024 14:03", "05.06.2024 10:00:59", "12.12.2000 23:59:59", "25.05.2024 14:03:07")
              for s in _broken(base)]
    _agrees(stamps)
    _agrees(stamps, after=[b":00;1", b""])


def test_a_stamp_without_seconds_is_not_read_with_the_bytes_after_it():
    """A 16-byte stamp followed by `:59` (the next field) gets seconds 00, not 59."""
    out, ok, _kind, _known = _shapes(["25.05.2024 14:03", "25.05.2024 14:03:07"], "dmy", [b":59;1", b":59;1"])
    assert ok.tolist() == [True, True]
    assert out.view("S19").ravel().tolist() == [b"2024-05-25 14:03:00", b"2024-05-25 14:03:07"]


def test_a_year_before_1000_keeps_its_four_digits_on_both_paths(tmp_path: Path):
    """Found by the edge test above: the rules wrote `25.05.0024 14:03` as `24-05-25 14:03:00`
    (strftime's %Y drops a year's leading zeros on Linux), not a time stamp, so `fix` rejected
    a row that the column path wrote as `0024-05-25 14:03:00`. Both now write the four digits."""
    assert values.convert_timestamp("25.05.0024 14:03", "dmy") == "0024-05-25 14:03:00"
    assert values.convert_timestamp("05.25.0999 14:03:09", "mdy") == "0999-05-25 14:03:09"
    assert values.convert_timestamp("0024-05-25 14:03", "ymd") == "0024-05-25 14:03:00"
    lines = [";".join([GOOD[0], str(1000 + i)] + GOOD[2:]) for i in range(20)]
    lines.append(";".join(["25.05.0024 14:03", "2000"] + GOOD[2:]))
    path = tmp_path / "y.csv"
    path.write_bytes(("\n".join([HEADER, *lines]) + "\n").encode("utf-8"))
    fast, slow = _both(path, tmp_path)
    assert fast == slow
    assert fast[0].splitlines()[-1].startswith(b"0024-05-25 14:03:00;2000;")
    assert fast[2] == b""   # nothing rejected


def _rows(count: int, change) -> list[str]:
    """`count` good rows (distinct customer ids), each passed through `change(i, fields)`."""
    lines = []
    for i in range(count):
        fields = list(GOOD)
        fields[1] = str(1000 + i)
        change(i, fields)
        lines.append(";".join(fields))
    return lines


def test_empty_values_among_very_long_ones_are_copied_byte_by_byte_as_the_rules_write_them(tmp_path: Path):
    """A block with one 24 kB value is copied byte by byte (not through a matrix as wide as
    it): an empty value there is a part of no bytes, between the separators around it, in
    the first, middle and last row of the block."""
    def change(i: int, fields: list[str]) -> None:
        if i % 3 == 0:
            fields[3] = ""          # Kategori, right after the event type
        if i % 4 == 1:
            fields[8] = ""          # Mağaza, between two kept values
        if i % 5 in (0, 2):
            fields[11] = ""         # Fiş No, the last field, written as column 23
        if i == 40:
            fields[9] = "Şube-" * 5000
    path = tmp_path / "long.csv"
    path.write_bytes(("\n".join([HEADER, *_rows(90, change)]) + "\n").encode("utf-8"))
    fast, slow = _both(path, tmp_path)
    assert fast == slow
    written = fast[0].splitlines()
    assert len(written) == 90 and len(written[40]) > 25_000
    assert written[0] == "2024-05-25 14:03:00;1000;7;;ÇAY-1KG;2;149.90;İzmir;Mağaza 1;Kasa;Nakit;;;;;;;;;;;;".encode()


def test_the_first_source_field_is_written_where_the_header_puts_it(tmp_path: Path):
    """The customer id first and the time stamp second in the file, the day/month order given
    by a person (the evidence read before writing looks at the first column only): the first
    source field is copied like any other, to column 2."""
    order = [1, 0] + list(range(2, len(GOOD)))
    header = ";".join(HEADER.split(";")[i] for i in order)
    lines = [";".join(GOOD[i] for i in order)] * 30
    path = tmp_path / "r.csv"
    path.write_bytes(("\n".join([header, *lines]) + "\n").encode("utf-8"))
    taken, (fast, slow) = _taken(lambda: _both(path, tmp_path, ctx=FixContext(date_order="dmy")))
    assert taken == 30
    assert fast == slow
    assert fast[0].splitlines()[0].startswith("2024-05-25 14:03:00;1001;7;GIDA;ÇAY-1KG;2;149.90;".encode())


NAMES = ["Time Stamp", "Customer ID", "Event Type", "Category", "Event Name", "Num1", "Num2", "Var1", "Var2", "Var3",
         "Var4", "Var5", "EventName Attr1", "EventName Attr2", "EventName Attr3", "EventName Attr9",
         "EventTransaction Attr1"]
VALUES = {"Time Stamp": "25.05.2024 14:03", "Customer ID": "1001", "Event Type": "7", "Event Name": "P-1",
          "Num1": "2", "Num2": "149,90"}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(order=st.permutations(NAMES[1:]), width=st.integers(6, len(NAMES) - 1), empty=st.sets(st.integers(7, 16)))
def test_columns_in_any_order_are_written_where_their_names_put_them(tmp_path_factory, order, width, empty):
    """A header names the columns in any order, the time stamp first (so the order is read
    before writing): runs of neighbouring source fields are copied together, and a field
    placed before its source neighbour is not taken into the run."""
    names = ["Time Stamp", *order[:width]]
    if not set(VALUES) <= set(names):
        names += [n for n in VALUES if n not in names]
    cells = [VALUES.get(name, "" if i in empty else f"v{i}") for i, name in enumerate(names)]
    folder = tmp_path_factory.mktemp("order")
    path = folder / "o.csv"
    path.write_bytes(("\n".join([";".join(names)] + [";".join(cells)] * 8) + "\n").encode("utf-8"))
    taken, (fast, slow) = _taken(lambda: _both(path, folder))
    assert taken == 8
    assert fast == slow
    written = fast[0].splitlines()[0].decode().split(";")
    assert written == [("2024-05-25 14:03:00" if n == "Time Stamp" else "149.90" if n == "Num2" else
                        cells[names.index(n)] if n in names else "") for n in NAMES[:12] + [
                        "EventName Attr1", "EventName Attr2", "EventName Attr3", "EventName Attr4",
                        "EventName Attr5", "EventName Attr6", "EventName Attr7", "EventName Attr8",
                        "EventName Attr9", "EventName Attr10", "EventTransaction Attr1"]]


@pytest.mark.parametrize("empty", [{3}, {3, 8}, {11}, {3, 9, 10, 11}])
@pytest.mark.parametrize("final_newline", [True, False])
def test_a_column_empty_in_every_row_is_written_empty(tmp_path: Path, empty: set[int], final_newline: bool):
    """A value empty in every row of a block (a part of no bytes in any line), also as the
    very last bytes of a file without a final line break."""
    def change(_i: int, fields: list[str]) -> None:
        for col in empty:
            fields[col] = ""
    path = tmp_path / "e.csv"
    path.write_bytes(("\n".join([HEADER, *_rows(20, change)]) + "\n" * final_newline).encode("utf-8"))
    taken, (fast, slow) = _taken(lambda: _both(path, tmp_path))
    assert taken == 20
    assert fast == slow
    expected = ["2024-05-25 14:03:00", "1019", "7", "GIDA", "ÇAY-1KG", "2", "149.90", "İzmir", "Mağaza 1", "Kasa",
                "Nakit"] + [""] * 11 + ["FİŞ-1"]
    for col in empty:
        expected[22 if col == 11 else col] = ""
    assert fast[0].splitlines()[-1].decode() == ";".join(expected)


@pytest.mark.parametrize("final_newline", [True, False])
def test_an_empty_last_value_at_the_end_of_the_file(tmp_path: Path, final_newline: bool):
    """The last row's last value is empty where the other rows' are the longest values of
    the block: its bytes (none) sit at the very end of a file without a final line break,
    and the copy, as wide as the longest value, reads no byte past the file."""
    receipt = "FİŞ-" + "0" * 96

    def change(i: int, fields: list[str]) -> None:
        fields[11] = "" if i == 19 else receipt
    path = tmp_path / "e.csv"
    path.write_bytes(("\n".join([HEADER, *_rows(20, change)]) + "\n" * final_newline).encode("utf-8"))
    taken, (fast, slow) = _taken(lambda: _both(path, tmp_path))
    assert taken == 20
    assert fast == slow
    assert fast[0].splitlines()[-2:] == [
        f"2024-05-25 14:03:00;1018;7;GIDA;ÇAY-1KG;2;149.90;İzmir;Mağaza 1;Kasa;Nakit;;;;;;;;;;;;{receipt}".encode(),
        "2024-05-25 14:03:00;1019;7;GIDA;ÇAY-1KG;2;149.90;İzmir;Mağaza 1;Kasa;Nakit;;;;;;;;;;;;".encode()]


def _codes(path: Path) -> list[str]:
    """The codes of everything `check` finds (no rule accepted)."""
    table = load(path)
    try:
        doc = Document(table)
        return [d.code for d in analyse(doc, workers=1).findings(doc)]
    finally:
        table.close()


@pytest.mark.parametrize("checking", [False, True])
def test_rows_without_a_header_are_padded_on_the_column_path(tmp_path: Path, checking: bool):
    """No header: the twelve fields stay in place and the row is padded to 23 (the field-count
    rule when fixing, the finding's count when checking), column by column."""
    path = tmp_path / "n.csv"
    path.write_bytes(("\n".join(_rows(20, lambda i, fields: None)) + "\n").encode("utf-8"))
    if checking:
        taken, codes = _taken(lambda: _codes(path))
        assert taken == 19   # all but the first row of its day/month kind (the example's row)
        assert codes.count("field-count") == codes.count("timestamp-format") == 20
        return
    taken, (fast, slow) = _taken(lambda: _both(path, tmp_path))
    assert taken == 20
    assert fast == slow
    assert fast[0].splitlines()[0] == ("2024-05-25 14:03:00;1000;7;GIDA;ÇAY-1KG;2;149.90;İzmir;Mağaza 1;Kasa;Nakit;"
                                       "FİŞ-1;;;;;;;;;;;").encode()


# Values of the one simple shape (the column path converts them) and values that send their
# row the ordinary way, per source column of a Turkish Excel row (the module's docstring).
SIMPLE = {0: ["25.05.2024 14:03", "18.05.2024 09:10:59", "31.12.2024 23:59", "01.02.2024 00:00:00"],
          1: ["1", "1001", "0012", "1" * 24],
          4: ["P", "ÇAY-1KG", "a b", "\u00a0"],
          5: ["2", "0", "1.5", "12,5", "1234,567", "12,3456", "1" * 21 + ",23"],
          6: ["149,90", "7", "0,5", "99.99"],
          8: ["", "x y", "İzmir"]}
ODD = {0: ["1.1.2024 10:00", "2024-05-25 12:25:43", "25.05.2024 14:03:60", " 25.05.2024 14:03", "25.05.2024 14:03 ",
           "31.02.2024 10:00"],
       1: ["1001 ", " 1001", "AB-7", "1,0", "1" * 25, ""],
       2: ["77", "7.0", "", "8", " 7"],
       4: ["", " P", "P "],
       5: ["2,345", "123,456", "1.234,50", "-3,5", ",5", "1,", "1" * 22 + ",23", "1.", ".5", "1,2,3", ""],
       6: ["2,345", "", "1,2.3", "x"],
       8: ['a"b', "a\tb", " x", "x "]}


@st.composite
def simple_or_odd(draw) -> tuple[str, bool]:
    """A row (12 fields) and whether it has the simple shape."""
    fields = list(GOOD)
    for col, options in SIMPLE.items():
        fields[col] = draw(st.sampled_from(options))
    odd = draw(st.integers(0, 3)) == 0
    if odd:
        col = draw(st.sampled_from(sorted(ODD)))
        fields[col] = draw(st.sampled_from(ODD[col]))
    return ";".join(fields), odd


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(simple_or_odd(), min_size=1, max_size=20), crlf=st.booleans())
def test_exactly_the_rows_of_the_simple_shape_take_the_column_path(tmp_path_factory, rows, crlf):
    """Every row of the simple shape is converted column by column (one odd row does not send
    its neighbours the ordinary way), no other row is, and the upload, change log and rejects
    are the bytes of the ordinary way."""
    folder = tmp_path_factory.mktemp("shape")
    end = "\r\n" if crlf else "\n"
    path = folder / "s.csv"
    path.write_bytes((end.join([HEADER] + [line for line, _odd in rows]) + end).encode("utf-8"))
    taken: list[int] = []   # rows converted column by column in the last pass over the file
    convert, run = parallel.convert, parallel.run

    def counting_convert(*args, **kwargs):
        result = convert(*args, **kwargs)
        taken.append(len(result.offsets))
        return result

    def counting_run(*args, **kwargs):
        taken.clear()   # (a save that decides a column late writes the file again)
        return run(*args, **kwargs)

    with mock.patch.object(parallel, "CHUNK_ROWS", 8), mock.patch.object(parallel, "convert", counting_convert), \
            mock.patch.object(parallel, "run", counting_run):
        fast = _fix(path, folder / "fast.csv", ctx=FixContext(date_order="dmy"))
        in_bulk = sum(taken)
        with mock.patch.object(parallel, "plan_for", lambda *args, **kwargs: None):
            slow = _fix(path, folder / "slow.csv", ctx=FixContext(date_order="dmy"))
    assert fast == slow
    assert in_bulk == sum(not odd for _line, odd in rows)
