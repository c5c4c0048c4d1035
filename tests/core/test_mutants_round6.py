"""Round 6 of mutation testing: each worker writes its piece of a legacy file's copy in its
place, the index reads the pieces as they land, the UTF-8 lengths told from the bytes, and
the column path's numbers. Each test here failed on a mutant that survived the rest of the
suite (the mutant is named in the docstring).

A few tests hold one worker's piece back (a worker forked from this process runs the
function patched here): the order pieces land in is then the one the test needs, not the
one the machine happens to give.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import numpy as np
import pytest
from core_util import same_index, use_small_pieces

from offline_gui.reading import encoding as enc
from offline_gui.reading import sources, transcode
from offline_gui.reading.records import build_index
from offline_gui.reading.utf8_length import lengths_for
from offline_gui.table import load

_REAL_CONVERT_INTO = transcode._convert_into
_LATE_PIECE = -1   # the source offset of the piece a worker holds back (set before the pool forks)
_THIS = sys.modules[__name__]


def _held_back(path, lo, hi, *rest):
    """`_convert_into` in a worker: the piece starting at `_LATE_PIECE` is written late."""
    if lo == _LATE_PIECE:
        time.sleep(0.6)
    return _REAL_CONVERT_INTO(path, lo, hi, *rest)


def _turkish_lines(count: int) -> list[str]:
    return [f"2024-05-25 10:00:{i % 60:02d};{i};7;Şişli Ğüç’;P{i};1;{i},50" for i in range(count)]


# ---- transcode: a piece of another length, and the pieces out when it comes back -------

def test_a_misplaced_piece_still_running_is_waited_for_before_its_place_is_written(tmp_path, monkeypatch):
    """The first piece keeps a UTF-8 line (shorter than told), so the second was handed out to
    be written too far on. Its worker is slow: the copy is right only if that write is waited
    for before the second piece is written again in its right place.
    (Mutant: the pieces out are not cancelled and waited for.)"""
    lines = _turkish_lines(600)
    data = [line.encode("utf-8") if i == 0 else line.encode("cp1254") for i, line in enumerate(lines)]
    path = tmp_path / "legacy.csv"
    path.write_bytes(b"\n".join(data) + b"\n")
    cuts = transcode._cuts(path, 0, 1000, b"\n")
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    monkeypatch.setattr(_THIS, "_LATE_PIECE", cuts[1])
    monkeypatch.setattr(transcode, "_convert_into", _held_back)
    out = tmp_path / "both.txt"
    transcode._legacy_on_both_cores(path, out, enc.EncodingInfo("cp1254"), 1000, False, 0, 1, "wb")
    assert out.read_bytes() == ("\n".join(lines) + "\n").encode("utf-8")


@pytest.mark.parametrize("utf8_line", [None, 0])
def test_both_cores_say_each_piece_landed_at_its_end_in_the_copy(tmp_path, utf8_line):
    """`landed(size)` after each piece but the last, `size` being where the piece ends in the
    copy; after a piece of another length too, for the pieces converted again after it.
    (Mutant: the pieces that came back through the pipe went the way of a misplaced one, and
    were never said to have landed.)"""
    lines = _turkish_lines(300)
    data = [line.encode("utf-8") if i == utf8_line else line.encode("cp1254") for i, line in enumerate(lines)]
    path = tmp_path / "legacy.csv"
    path.write_bytes(b"\n".join(data) + b"\n")
    cuts = transcode._cuts(path, 0, 1000, b"\n")
    raw = path.read_bytes()
    ends = [len(("\n".join(lines[:raw[:cut].count(b"\n")]) + "\n").encode("utf-8")) for cut in cuts[1:-1]]
    seen: list[int] = []
    out = tmp_path / "both.txt"
    transcode._legacy_on_both_cores(path, out, enc.EncodingInfo("cp1254"), 1000, False, 0, 1, "wb", seen.append)
    assert out.read_bytes() == ("\n".join(lines) + "\n").encode("utf-8")
    assert seen == (ends if utf8_line is None else ends[1:])


@pytest.mark.parametrize("mode", ["wb", "ab"])
def test_a_file_of_one_piece_is_converted_on_both_cores(tmp_path, mode):
    """A rest smaller than one piece is still handed out (Mutant: one piece fewer handed out
    at first, so a file of one piece was never converted)."""
    path = tmp_path / "legacy.csv"
    path.write_bytes("Şişli;1\nĞüç;2\n".encode("cp1254"))
    out = tmp_path / "copy.txt"
    out.write_bytes(b"head\n")
    transcode._legacy_on_both_cores(path, out, enc.EncodingInfo("cp1254"), 1 << 20, False, 0, 1, mode)
    assert out.read_bytes() == (b"head\n" if mode == "ab" else b"") + "Şişli;1\nĞüç;2\n".encode()


def test_a_short_write_goes_on_where_it_stopped(tmp_path, monkeypatch):
    """pwrite may write less than it was given: the rest goes right after it.
    (Mutant: the offset was not moved on.)"""
    real = os.pwrite
    monkeypatch.setattr(os, "pwrite", lambda fd, data, at: real(fd, bytes(data[:3]), at))
    path = tmp_path / "copy.txt"
    path.write_bytes(b"." * 20)
    fd = os.open(path, os.O_WRONLY)
    try:
        transcode._write_at(fd, b"abcdefgh", 5)
    finally:
        os.close(fd)
    assert path.read_bytes() == b".....abcdefgh......."


def test_without_pwrite_a_piece_is_written_at_its_offset(tmp_path, monkeypatch):
    """Where the system has no pwrite (Windows), the piece is written at its offset all the
    same, whatever the handle's position was. (Mutant: no seek before the write.)"""
    monkeypatch.delattr(os, "pwrite")
    path = tmp_path / "copy.txt"
    path.write_bytes(b"." * 20)
    fd = os.open(path, os.O_WRONLY)
    try:
        transcode._write_at(fd, b"abc", 7)
        transcode._write_at(fd, b"xy", 2)
    finally:
        os.close(fd)
    assert path.read_bytes() == b"..xy...abc.........."


def test_on_one_core_each_size_landed_is_whole_lines_already_in_the_copy(tmp_path):
    """`landed(size)` lets the index read the copy's first `size` bytes at once: they must be
    in the file (flushed), and end at a line end. (Mutants: no flush; one byte too many.)"""
    lines = _turkish_lines(400)
    path = tmp_path / "legacy.csv"
    path.write_bytes("\n".join(lines).encode("cp1254") + b"\n")
    expected = ("\n".join(lines) + "\n").encode("utf-8")
    info = enc.EncodingInfo("cp1254")
    out = tmp_path / "copy.txt"
    start, line = transcode.head_to_utf8(path, out, info, False, 2000)
    seen: list[int] = []

    def landed(size: int) -> None:
        assert out.read_bytes()[:size] == expected[:size] and out.stat().st_size >= size
        assert expected[size - 1:size] == b"\n"
        seen.append(size)

    transcode._legacy(path, out, info, 1000, False, start, line, "ab", landed)
    assert out.read_bytes() == expected
    assert len(seen) > 10 and seen == sorted(seen) and seen[-1] <= len(expected)


# ---- the index reads the copy as it lands -------------------------------------------------

def _legacy_export(path: Path, rows: int) -> bytes:
    lines = ["Tarih;Müşteri No;İşlem Tipi;Kategori;Ürün Kodu;Adet;Tutar"]
    lines += [f"01.02.2024 10:{i % 60:02d};{1000 + i};7;Ğüç {i};P{i};1;{i},50" for i in range(rows)]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1254"))
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


@pytest.fixture
def small_pieces(monkeypatch):
    """Pieces of a few kB, so a small file is converted (on both cores) and indexed in many."""
    use_small_pieces(monkeypatch, chunk=10_000, block=8000)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)




def test_a_gap_before_a_later_piece_is_not_indexed(tmp_path, monkeypatch, small_pieces):
    """The third piece of the rest is late, and the ones after it are in the copy already,
    past a gap of zeros: the index must read only to the size landed, never into the gap.
    (Mutant: the reader refreshed to the file's end, not to the size landed.)"""
    path = tmp_path / "export.csv"
    copy = _legacy_export(path, 3000)
    real_cuts = transcode._cuts

    def cuts_with_a_late_third(src, start, chunk_size, end):
        cuts = real_cuts(src, start, chunk_size, end)
        monkeypatch.setattr(_THIS, "_LATE_PIECE", cuts[2])   # (before the workers are forked)
        return cuts

    monkeypatch.setattr(transcode, "_cuts", cuts_with_a_late_third)
    monkeypatch.setattr(transcode, "_convert_into", _held_back)
    finish = sources.Source.finish_copy
    gaps: list[bool] = []

    def finish_with_a_gap(self, landed=None):
        def told(size: int) -> None:
            if len(gaps) == 1:   # the third piece is next: wait for a later one to land past it
                deadline = time.monotonic() + 2
                while self.data_path.stat().st_size <= size and time.monotonic() < deadline:
                    time.sleep(0.01)
            gaps.append(self.data_path.stat().st_size > size)
            landed(size)
        finish(self, told if landed else None)

    monkeypatch.setattr(sources.Source, "finish_copy", finish_with_a_gap)
    table = load(path)
    try:
        assert table.source.data_path.read_bytes() == copy
        same_index(table.index, build_index(copy, delimiter=";"))
        assert table.row_count == 3000
    finally:
        table.source.close()
    assert gaps[1]   # (the test did make the gap)


def test_each_size_landed_is_indexed_before_the_next_piece_is_waited_for(tmp_path, monkeypatch, small_pieces):
    """The point of `landed`: the index reads the copy up to each size landed while the
    workers convert the rest. (Mutants: the reader not refreshed, the index not told it grew,
    or not stepped on.)"""
    path = tmp_path / "export.csv"
    copy = _legacy_export(path, 3000)
    read_to = [0]
    readinto = sources.FileBytes.readinto

    def noted(self, start, buffer):
        got = readinto(self, start, buffer)
        read_to[0] = max(read_to[0], start + got)
        return got

    monkeypatch.setattr(sources.FileBytes, "readinto", noted)
    finish = sources.Source.finish_copy
    indexed: list[tuple[int, int]] = []

    def finish_noting(self, landed=None):
        def told(size: int) -> None:
            landed(size)
            indexed.append((size, read_to[0]))
        finish(self, told if landed else None)

    monkeypatch.setattr(sources.Source, "finish_copy", finish_noting)
    table = load(path)
    try:
        same_index(table.index, build_index(copy, delimiter=";"))
    finally:
        table.source.close()
    assert len(indexed) > 5
    assert all(read == size for size, read in indexed)


# ---- the UTF-8 lengths told from a one-byte encoding's bytes ------------------------------

def test_an_encoding_with_a_single_three_byte_letter_is_told_its_length():
    """ISO-8859-15 has one letter of three bytes in UTF-8 (the euro sign, 0xA4): the range
    holding the three-byte letters is that one byte. (Mutant: a range of one byte ignored.)"""
    lengths = lengths_for("iso8859-15")
    assert lengths.of(b"\xa4") == 3
    assert lengths.of(b"a\xa4\xa5\xa4z") == len(b"a\xa4\xa5\xa4z".decode("iso8859-15").encode("utf-8")) == 10


@pytest.mark.parametrize("codec", ["cp864", "utf-7"])
def test_an_encoding_not_ascii_below_0x80_is_not_told(codec):
    """Arabic DOS (cp864) reads 0x25 as `٪`, UTF-7 reads `+` as the start of a shift: their
    lengths are not one byte per ASCII byte. (Mutant: bytes below 0x80 not compared with ASCII.)"""
    assert lengths_for(codec) is None


# ---- the column path's ids and numbers --------------------------------------------------

def _fields(values: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The values laid out as fields of one buffer (each followed by `;9`, as in a row), padded
    as `convert` pads it; and each field's bounds."""
    from offline_gui.fastconvert import FIELD
    buffer, lo, hi = bytearray(), [], []
    for value in values:
        lo.append(len(buffer))
        buffer += value.encode("ascii")
        hi.append(len(buffer))
        buffer += b";9"
    padded = np.concatenate((np.frombuffer(bytes(buffer), dtype=np.uint8), np.zeros(FIELD + 1, dtype=np.uint8)))
    return padded, np.array(lo, dtype=np.int64), np.array(hi, dtype=np.int64)


NUMBERS = {   # value: (already a number, a decimal comma to make a dot)
    "7": (True, False), "0012": (True, False), "2.50": (True, False), "149,90": (False, True),
    "1,234": (False, False), "123,456": (False, False), "1234,567": (False, True), "12,3456": (False, True),
    ",5": (False, False), "5,": (False, False), ".5": (False, False), "5.": (False, False),
    "1.2.3": (False, False), "1,2,3": (False, False), "12-5": (False, False), "1x5": (False, False),
    "-5": (False, False), "1 5": (False, False), "": (False, False),
    "9" * 24: (True, False), "9" * 25: (False, False), "9" * 30: (False, False),
    "9" * 22 + ",5": (False, True), "9" * 23 + ",5": (False, False), "9" * 23 + ".5": (False, False),
}


def test_numbers_the_column_path_takes_and_those_it_leaves_to_the_rules():
    """Exactly digits, or digits with one inner dot, are already numbers; digits with one inner
    comma have a decimal comma unless three digits follow it after at most three (`1,234`,
    `123,456`: the column decides); anything else, or longer than 24 bytes, goes the ordinary
    way. (Mutants: the length limit dropped from plain numbers; any one mark read as a dot;
    `123,456` read as a decimal comma.)"""
    from offline_gui.fastconvert import _number
    values = list(NUMBERS)
    fine, comma = _number(*_fields(values))
    assert {v: (bool(f), bool(c)) for v, f, c in zip(values, fine, comma, strict=True)} == NUMBERS


def test_ids_the_column_path_takes():
    """An id is 1 to 24 digits. (Mutant: an empty id taken as one.)"""
    from offline_gui.fastconvert import _digits
    ids = {"1001": True, "0": True, "9" * 24: True, "": False, "9" * 25: False, "10a1": False, "-1": False,
           "1 ": False, "/": False, ":": False}
    got = _digits(*_fields(list(ids)))
    assert dict(zip(ids, map(bool, got), strict=True)) == ids


def test_the_date_range_is_the_earliest_and_latest_stamp_by_every_digit(tmp_path):
    """The column path reads the events' first and last moments from the stamps' digits as one
    number each: every digit has its weight, in order (`09` before `10`, `…:51` before `…:58`),
    and the stamp named is the row holding it. (Mutants: the last digit of the seconds left
    out; the hour's digits swapped; base 9; the latest taken from the rows read backwards.)"""
    from unittest import mock

    from core_util import taken_by_column_path as _taken

    from offline_gui import parallel
    from offline_gui.analysis import analyse
    from offline_gui.document import Document
    from offline_gui.fixing import SAFE_RULES, FixContext
    header = "Tarih;Müşteri No;İşlem Tipi;Kategori;Ürün Kodu;Adet;Tutar;Şehir;Mağaza;Kanal;Ödeme;Fiş No"
    rest = ["1001", "7", "GIDA", "ÇAY-1KG", "2", "149,90", "İzmir", "Mağaza 1", "Kasa", "Nakit", "FİŞ-1"]
    stamps = ["15.06.2023 12:00"] * 4 + [
        "31.12.2024 23:59:51", "31.12.2024 23:59:58", "31.12.2024 10:00", "31.12.2024 09:59:59",
        "01.01.2023 10:00", "01.01.2023 09:10", "01.01.2023 09:09", "15.06.2023 12:00", "14.06.2023 12:00"]
    path = tmp_path / "x.csv"
    path.write_bytes(("\r\n".join([header, *(";".join([ts, *rest]) for ts in stamps)]) + "\r\n").encode("cp1254"))
    ranges = []
    for column_path in (True, False):
        table = load(path)
        try:
            doc = Document(table)
            doc.state = doc.with_state(rules=SAFE_RULES, ctx=FixContext("dmy"))
            with mock.patch.object(parallel, "plan_for", parallel.plan_for if column_path else lambda *a, **k: None):
                taken, report = _taken(lambda doc=doc: analyse(doc, workers=1))
            assert (taken >= 10) is column_path
            ranges.append((report.ts_min, report.ts_max))
        finally:
            table.close()
    assert ranges[0] == ranges[1] == ("2023-01-01 09:09:00", "2024-12-31 23:59:58")
