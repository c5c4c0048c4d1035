"""A big legacy (Windows-1254) file shown early: its first lines are converted and shown,
then the rest is converted onto the same copy. Nothing the user sees may depend on that:
the table, its index, its separator and layout, and every refusal are those of a file
converted whole.
"""

from __future__ import annotations

import pytest
from core_util import row, text

import offline_gui.reading.copies as copies
import offline_gui.reading.records as records
from offline_gui.errors import CannotRead
from offline_gui.reading.records import build_index
from offline_gui.table import Table, load


def _legacy(tmp_path, rows: int = 2500, end: str = "\n", tail: bytes = b"", name: str = "legacy.csv"):
    lines = [["Tarih", "Müşteri No", "Olay", "Kategori", "Ürün", "Adet", "Tutar"]]
    for i in range(rows):
        value = f'"Şişli{end[-1]}Çarşı {i}"' if i % 97 == 5 else f"Ğüç {i}"   # values spanning two lines now and then
        lines.append(row(ts=f"{1 + i % 28:02d}.05.2024 14:{i % 60:02d}", cid=str(i), name=f"Ürün {i}", n2="2,50",
                         c9=value, width=12))
    path = tmp_path / name
    path.write_bytes(text(lines, end=end).encode("cp1254") + tail)
    return path


def _everything(table: Table) -> dict:
    index = table.index
    return {"starts": index.line_starts.tolist(), "records": index.record_lines.tolist(), "spans": index.spans,
            "unclosed": index.unclosed, "blank": index.blank_lines, "delimiter": table.delimiter,
            "layout": table.layout, "preamble": table.preamble,
            "data": bytes(table.source.buffer()[0:len(table.source.buffer())])}


def _whole(path) -> dict:
    table = load(path)
    try:
        assert not table.source.copying
        return _everything(table)
    finally:
        table.close()


def _shown_early(path) -> tuple[dict, list[bool]]:
    """load() as the app calls it; whether the copy was still being made when the rows showed."""
    copying: list[bool] = []
    shown: list[Table] = []

    def first(table: Table) -> None:
        copying.append(table.source.copying)
        shown.append(table)

    table = load(path, first=first)
    try:
        assert shown[0].source is table.source and not table.source.copying
        return _everything(table), copying
    finally:
        table.close()


@pytest.fixture
def small_pieces(monkeypatch):
    """A head of ~400 rows (the layout sample is 200, and 50 more are never settled yet),
    first pieces that end inside it, and many pieces after."""
    monkeypatch.setattr(copies, "HEAD_BYTES", 40_000)
    monkeypatch.setattr(records, "FIRST_PIECE", 30_000)
    monkeypatch.setattr(records, "BLOCK", 8000)


@pytest.mark.parametrize("end", ["\n", "\r\n", "\r"])
def test_the_first_rows_show_before_the_rest_converts_and_nothing_else_changes(tmp_path, small_pieces, end):
    path = _legacy(tmp_path, end=end)
    got, copying = _shown_early(path)
    assert copying == [True]
    assert got == _whole(path)


def test_a_head_too_short_for_the_layout_sample_waits_for_the_rest(tmp_path, small_pieces, monkeypatch):
    """The separator and header are decided on the first 200 rows, as for any file: a head
    holding fewer is not shown before the rest is converted."""
    monkeypatch.setattr(copies, "HEAD_BYTES", 400)
    monkeypatch.setattr(records, "FIRST_PIECE", 300)
    path = _legacy(tmp_path)
    got, copying = _shown_early(path)
    assert copying == [False]
    assert got == _whole(path)


def test_a_bad_byte_after_the_first_rows_showed_is_refused_with_its_line(tmp_path, small_pieces):
    path = _legacy(tmp_path, tail=text([row(name="Ürün", cid="9")]).encode("cp1254").replace(b"9", b"\x81"))
    with pytest.raises(CannotRead) as whole:
        load(path)
    shown: list[Table] = []
    with pytest.raises(CannotRead) as early:
        load(path, first=shown.append)
    assert [table.source.copying for table in shown] == [True]   # (the caller owns what was shown)
    shown[0].close()
    assert early.value.reason == whole.value.reason and "line" in early.value.reason


def test_the_copy_made_in_two_is_the_copy_made_whole(tmp_path, small_pieces):
    path = _legacy(tmp_path, rows=3000)
    table = load(path, first=lambda t: None)
    try:
        data = bytes(table.source.buffer()[0:len(table.source.buffer())])
        assert data == path.read_bytes().decode("cp1254").encode("utf-8")
        assert table.index.line_starts.tolist() == build_index(data).line_starts.tolist()
    finally:
        table.close()


def test_the_expected_size_is_known_before_the_rest_converts(tmp_path, small_pieces):
    path = _legacy(tmp_path, rows=3000)
    final = len(path.read_bytes().decode("cp1254").encode("utf-8"))
    seen: list[tuple[int, int]] = []
    table = load(path, first=lambda t: seen.append((len(t.source.buffer()), t.source.expected_size())))
    try:
        (head, expected), = seen
        assert head < final / 3 and abs(expected - final) < final * 0.05
        assert table.source.expected_size() == final == len(table.source.buffer())
    finally:
        table.close()


def test_a_utf8_file_and_a_small_legacy_file_are_read_as_before(tmp_path, small_pieces):
    small = _legacy(tmp_path, rows=20, name="small.csv")
    utf8 = tmp_path / "u.csv"
    utf8.write_bytes(_legacy(tmp_path, name="x.csv").read_bytes().decode("cp1254").encode("utf-8"))
    for path in (small, utf8):
        got, copying = _shown_early(path)
        assert copying == [False] and got == _whole(path)


class _Written:
    """Bytes still being written: only the first `size` are there yet."""

    def __init__(self, data: bytes, size: int) -> None:
        self.data, self.size = data, size

    def __len__(self) -> int:
        return self.size

    def __getitem__(self, key: slice) -> bytes:
        start, stop, _ = key.indices(self.size)
        return self.data[start:stop]


@pytest.mark.parametrize("cut_at", ["a quoted value", "the last line", "nothing after"])
def test_an_index_of_data_still_written_settles_nothing_it_cannot_know(monkeypatch, cut_at):
    """A value opened before the end written so far may close after it: those lines wait."""
    monkeypatch.setattr(records, "FIRST_PIECE", 64)
    monkeypatch.setattr(records, "BLOCK", 64)
    data = text([row(cid=str(i)) for i in range(80)] + [row(cid="x", c9='"two\nlines"')]
                + [row(cid=str(i)) for i in range(3)]).encode()
    cut = {"a quoted value": data.index(b'"two\n') + 5, "the last line": len(data) - 30,
           "nothing after": len(data)}[cut_at]
    cut = data.rindex(b"\n", 0, cut) + 1   # what is written so far always ends at a line end
    written = _Written(data, cut)
    builder = records.IndexBuilder(written, 0, complete=False)
    while builder.step():
        pass
    early = builder.snapshot()
    assert not builder.done and len(early) <= data[:cut].count(b"\n") - records.MAX_RECORD_LINES + 1
    written.size = len(data)
    builder.grown(complete=True)
    while builder.step():
        pass
    whole = build_index(data)
    got = builder.result()
    assert (got.line_starts.tolist(), got.record_lines.tolist(), got.spans, got.unclosed) == (
        whole.line_starts.tolist(), whole.record_lines.tolist(), whole.spans, whole.unclosed)
    assert early.record_lines.tolist() == whole.record_lines[:len(early)].tolist()
