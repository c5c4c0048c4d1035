"""Property tests: the writer round-trips, fixed files re-check clean, the reader never crashes."""

from __future__ import annotations

import codecs
import tempfile
from pathlib import Path

from core_util import check, cli
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from offline_gui.analysis import analyse
from offline_gui.document import Document
from offline_gui.errors import CannotRead
from offline_gui.spec import REQUIRED_FIELDS
from offline_gui.table import load
from offline_gui.writing import encode_rows

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


_TEMPS: list[tempfile.TemporaryDirectory] = []


def _tmp() -> Path:
    """A fresh folder per example (hypothesis runs many inside one test)."""
    while len(_TEMPS) > 2:
        _TEMPS.pop(0).cleanup()
    _TEMPS.append(tempfile.TemporaryDirectory(prefix="offline-gui-test-"))
    return Path(_TEMPS[-1].name)


def read_rows(path: Path) -> list[list[str]]:
    table = load(path)
    try:
        doc = Document(table)
        return [doc.row(r) for r in range(doc.row_count)]
    finally:
        table.close()


# ---- the writer's output reads back to the same rows

# Text a store export can hold: letters (Turkish too), digits, punctuation, symbols,
# spaces, and the characters that need quoting. No control characters: a file full
# of them is rightly refused as binary.
_CHARS = st.characters(categories=("L", "N", "P", "S", "Zs"), exclude_characters="\x00") | st.sampled_from(
    list(";\"\n\r\t ,.şğıİÇ\x0b\x0c\x1c\x85\u2028\u2029\ufeff"))
_VALUE = st.text(_CHARS, max_size=12)
_ROW = st.lists(_VALUE, min_size=1, max_size=30)


@FAST
@given(rows=st.lists(_ROW, min_size=1, max_size=12))
def test_written_rows_read_back_the_same(rows):
    folder = _tmp()
    path = folder / "out.csv"
    path.write_bytes(b"".join(encode_rows(rows, header=True, width=max(len(r) for r in rows))))
    back = read_rows(path)
    want = [r + [""] * (REQUIRED_FIELDS - len(r)) if len(r) < REQUIRED_FIELDS else r for r in rows]
    width = max(REQUIRED_FIELDS, max(len(r) for r in rows))
    back = [b + [""] * (width - len(b)) for b in back]
    want = [w + [""] * (width - len(w)) for w in want]
    assert back == want


def test_written_rows_example_with_every_hazard():
    rows = [["a;b", 'q"q', "two\nlines", " spaced ", "", "İŞĞ", "\t", "x\u2028y;\x0cz", "cr\r"], ["x"] * 25]
    folder = _tmp()
    path = folder / "out.csv"
    path.write_bytes(b"".join(encode_rows(rows, header=True, width=25)))
    back = read_rows(path)
    assert back[0][:9] == rows[0] and back[1] == rows[1]


# ---- a file fixed by `fix` re-checks with no errors

_DAY = st.integers(1, 28)
_MONTH = st.integers(1, 12)
_HOUR = st.integers(0, 23)
_MINUTE = st.integers(0, 59)


@st.composite
def messy_row(draw, i: int):
    """A row of valid values, each possibly written the ways Excel and store PCs write it."""
    y, m, d, hh, mi = 2024, draw(_MONTH), draw(_DAY), draw(_HOUR), draw(_MINUTE)
    canonical_ts = f"{y}-{m:02d}-{d:02d} {hh:02d}:{mi:02d}:00"
    ts = draw(st.sampled_from([canonical_ts, f"{d:02d}.{m:02d}.{y} {hh:02d}:{mi:02d}",
                               f"{d}.{m}.{y} {hh}:{mi:02d}", f"{y}/{m:02d}/{d:02d} {hh:02d}:{mi:02d}",
                               f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:00", f" {canonical_ts}"]))
    cid = str(draw(st.integers(1, 10**12)))
    cid_written = draw(st.sampled_from([cid, cid + ".0", f" {cid}"]))
    et = draw(st.sampled_from(["7", "7.0", "7,0", " 7"]))
    units = draw(st.integers(1, 50))
    cents = draw(st.integers(0, 10**7))
    amount = f"{cents // 100}.{cents % 100:02d}"
    whole, frac = amount.split(".")
    grouped = f"{int(whole):,}".replace(",", ".") + "," + frac
    n2 = draw(st.sampled_from([amount, amount.replace(".", ","), grouped if int(whole) >= 1000 else amount]))
    name = draw(st.sampled_from(["P1", "ÇİKOLATA", "Şeker 1kg", " Ayran ", "Ürün;2"]))
    city = draw(st.sampled_from(["", "İstanbul", "Muğla ", "İzmir"]))
    width = draw(st.sampled_from([7, 8, 12, 23, 24]))
    fields = [ts, cid_written, et, "", name, str(units), n2, city] + [""] * 20
    want = [canonical_ts, cid, "7", "", name.strip(), str(units), amount, city.strip() if width > 7 else ""]
    want += [""] * 15
    return fields[:width], want


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), n=st.integers(1, 8), delimiter=st.sampled_from([";", "\t", "|"]),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1254", "utf-16"]))
def test_fixed_file_rechecks_clean(data, n, delimiter, encoding):
    pairs = [data.draw(messy_row(i)) for i in range(n)]
    # one stamp that can only be day-first, so the column's layout is unambiguous
    pairs.append((["25.12.2024 10:00", "42", "7", "", "P", "1", "2,5"], ["2024-12-25 10:00:00", "42", "7", "",
                                                                         "P", "1", "2.5", ""] + [""] * 15))
    lines = []
    for fields, _ in pairs:
        quoted = [f'"{v}"' if delimiter in v or ";" in v else v for v in fields]
        lines.append(delimiter.join(quoted))
    folder = _tmp()
    src = folder / "in.csv"
    src.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    out = folder / "out.csv"
    run = cli("fix", src, "-o", out)
    assert run.code == 0, (run.err, lines)
    again = check(out)
    assert again.code == 0, again.out
    twice = folder / "twice.csv"
    assert cli("fix", out, "-o", twice).code == 0
    assert twice.read_bytes() == out.read_bytes()  # fixing a fixed file changes nothing
    assert not [d for d in again.diags() if d["severity"] == "error"]
    raw = out.read_bytes()
    assert not raw.startswith(codecs.BOM_UTF8)
    got = read_rows(out)
    assert [g[:8] for g in got] == [w[:8] for _, w in pairs]


# ---- the reader never raises anything but CannotRead


def _read_everything(data: bytes, name: str = "in.csv") -> None:
    folder = _tmp()
    path = folder / name
    path.write_bytes(data)
    try:
        table = load(path)
    except CannotRead as exc:
        assert exc.reason and "\n" not in exc.reason.strip()
        return
    try:
        doc = Document(table)
        report = analyse(doc, workers=1)
        for _ in report.findings(doc):
            pass
    except CannotRead:
        pass
    finally:
        table.close()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=3000))
def test_reader_survives_random_bytes(data):
    _read_everything(data)


_CSVISH = st.text(st.sampled_from(list(';,\t|"\n\r 0123456789.:-/ExyzşİĞ\ufeff')), max_size=800)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_CSVISH, encoding=st.sampled_from(["utf-8", "cp1254", "utf-16-le", "utf-16"]))
def test_reader_survives_csvish_text(text, encoding):
    _read_everything(text.encode(encoding, errors="replace"))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(prefix=st.sampled_from([b"PK\x03\x04", b"PK\x05\x06", b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf"]),
       rest=st.binary(max_size=2000), name=st.sampled_from(["in.csv", "in.zip", "in.xlsx"]))
def test_reader_survives_lookalike_headers(prefix, rest, name):
    _read_everything(prefix + rest, name)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=st.lists(_ROW, min_size=1, max_size=6), cut=st.integers(0, 4000))
def test_reader_survives_truncated_zips(rows, cut):
    import io
    import zipfile
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("a.csv", b"".join(encode_rows(rows, header=False)))
    data = buf.getvalue()
    assume(cut < len(data))
    _read_everything(data[:cut] if cut else data, "in.zip")


_HEADER_TR = ["Tarih", "Müşteri No", "Olay", "Kategori", "Ürün Kodu", "Adet", "Tutar", "Var 1"]


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), order=st.permutations(range(8)))
def test_fixed_file_with_shuffled_turkish_header_rechecks_clean(data, order):
    pairs = [data.draw(messy_row(i)) for i in range(3)]
    pairs.append((["25.12.2024 10:00", "42", "7", "", "P", "1", "2,5", ""],
                  ["2024-12-25 10:00:00", "42", "7", "", "P", "1", "2.5", ""] + [""] * 15))
    lines = [";".join(_HEADER_TR[i] for i in order)]
    for fields, _ in pairs:
        fields = (fields + [""] * 8)[:8]
        lines.append(";".join(f'"{fields[i]}"' if ";" in fields[i] else fields[i] for i in order))
    folder = _tmp()
    src = folder / "in.csv"
    src.write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
    out = folder / "out.csv"
    run = cli("fix", src, "-o", out, "--no-header")
    assert run.code == 0, (run.err, lines)
    assert check(out).code == 0
    got = read_rows(out)
    assert [g[:8] for g in got] == [w[:8] for _, w in pairs]


_RAW_VALUE = st.text(st.sampled_from(list('ab1 .,"şİ')), max_size=8).filter(lambda v: not v.startswith('"'))


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=st.lists(st.lists(_RAW_VALUE, min_size=7, max_size=9), min_size=1, max_size=15))
def test_stray_quotes_inside_fields_never_merge_or_lose_rows(rows):
    """Quotes that do not start a field (55" TV) are text: every line stays one row."""
    folder = _tmp()
    path = folder / "in.csv"
    rows = [["2024-05-25 12:25:43"] + r for r in rows]  # data-shaped, so no header is guessed
    path.write_bytes(("".join(";".join(r) + "\n" for r in rows)).encode("utf-8"))
    got = read_rows(path)
    assert len(got) == len(rows)
    assert [g[:len(r)] for g, r in zip(got, rows, strict=True)] == rows


def _valid_containers() -> dict[str, bytes]:
    import io
    import zipfile

    import openpyxl
    wb = openpyxl.Workbook()
    for i in range(20):
        wb.active.append([f"2024-05-25 12:25:{i:02d}", str(i), 7, None, "P", 1, 2.5])
    book = io.BytesIO()
    wb.save(book)
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("a.csv", "".join(f"2024-05-25 12:25:43;{i};7;;P;1;2.5\n" for i in range(100)))
    return {"x.xlsx": book.getvalue(), "x.zip": archive.getvalue()}


_CONTAINERS = _valid_containers()


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=st.sampled_from(sorted(_CONTAINERS)),
       flips=st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.integers(0, 255)), min_size=1, max_size=12))
def test_reader_survives_damaged_workbooks_and_zips(name, flips):
    data = bytearray(_CONTAINERS[name])
    for where, byte in flips:
        data[int(where * len(data))] = byte
    _read_everything(bytes(data), name)
