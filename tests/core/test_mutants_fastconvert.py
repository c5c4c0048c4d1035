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

from offline_gui import parallel, values
from offline_gui.document import Document
from offline_gui.export import NothingToUpload, RowsRemain, SaveOptions, save
from offline_gui.fastconvert import ORDER_KINDS, stamp_shapes
from offline_gui.fixing import SAFE_RULES, FixContext
from offline_gui.table import load

# dd.mm.yyyy HH:MM[:SS], ASCII digits only: the one shape the column path reads itself
EXACT = re.compile(r"\d\d\.\d\d\.\d{4} \d\d:\d\d(?::\d\d)?", re.ASCII)

DAYS = ["00", "01", "09", "10", "12", "13", "28", "29", "30", "31", "32", "99"]
MONTHS = ["00", "01", "02", "04", "06", "09", "11", "12", "13", "99"]
YEARS = ["0000", "0001", "1900", "2000", "2023", "2024", "2100", "9999"]
CLOCKS = ["00:00", "23:59", "24:00", "23:60", "09:05", "00:00:00", "23:59:59", "23:59:60", "12:34:56",
          "24:00:00", "12:60:00", "19:09:09"]
# what may follow a value in the block: a 16-byte stamp is followed by bytes that look like seconds
AFTER = [b";1001;7", b":59;x", b":5", b":99", b""]

HEADER = "Tarih;Müşteri No;İşlem Tipi;Kategori;Ürün Kodu;Adet;Tutar;Şehir;Mağaza;Kanal;Ödeme;Fiş No"
GOOD = ["25.05.2024 14:03", "1001", "7", "GIDA", "ÇAY-1KG", "2", "149,90", "İzmir", "Mağaza 1", "Kasa",
        "Nakit", "FİŞ-1"]


def _fix(path: Path, out: Path, header: bool = False, ctx: FixContext | None = None) -> tuple:
    """What `fix --drop-invalid --changes` writes with the safe rules (and a person's decisions
    `ctx`): the upload, the change log, the rejects."""
    changes = out.with_suffix(".changes.csv")
    table = load(path)
    try:
        doc = Document(table)
        doc.state = doc.with_state(rules=SAFE_RULES) if ctx is None else doc.with_state(rules=SAFE_RULES, ctx=ctx)
        try:
            result = save(doc, None, out, SaveOptions(header=header, drop_invalid=True, changes=changes))
        except (NothingToUpload, RowsRemain) as exc:
            return (type(exc).__name__,)
        rejects = result.rejects_path.read_bytes() if result.rejects_path else b""
        return out.read_bytes(), changes.read_bytes(), rejects
    finally:
        table.close()
        for leftover in out.parent.glob(out.stem + "*"):
            leftover.unlink()


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
    stamps = [s for base in ("25.05.2024 14:03", "05.06.2024 10:00:59", "12.12.2000 23:59:59")
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


def _taken(run) -> tuple[int, object]:
    """How many rows took the column path while `run()` ran, and what it returned."""
    taken = []
    real = parallel.convert

    def spy(*args, **kwargs):
        result = real(*args, **kwargs)
        taken.append(len(result.offsets))
        return result

    with mock.patch.object(parallel, "convert", spy):
        value = run()
    return sum(taken), value


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
