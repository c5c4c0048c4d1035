"""A big legacy file is indexed as the pieces of its UTF-8 copy land, while the workers
convert the pieces after them: the index is the one the finished copy gives."""

from __future__ import annotations

from pathlib import Path

import pytest
from core_util import same_index, use_small_pieces

from offline_gui.reading import sources
from offline_gui.reading.records import build_index
from offline_gui.table import load

ROWS = 24_000   # 1.3 MB


def _legacy_export(path, rows: int, utf8_row: int | None = None) -> list[str]:
    lines = ["Tarih;Müşteri No;İşlem Tipi;Kategori;Ürün Kodu;Adet;Tutar"]
    for i in range(rows):
        name = f'"Şişli\nGüç ""{i}"""' if i % 97 == 5 else f"Ğüç {i}"   # some values span two lines
        lines.append(f"01.02.2024 10:{i % 60:02d};{1000 + i};7;{name};P{i};1;{i},50")
    data = [line.encode("utf-8") if n == utf8_row else line.encode("cp1254") for n, line in enumerate(lines)]
    path.write_bytes(b"\r\n".join(data) + b"\r\n")
    return lines


@pytest.fixture
def small_pieces(monkeypatch):
    """Pieces of a few kB, so a small file is converted (on both cores) and indexed in many."""
    use_small_pieces(monkeypatch, chunk=25_000, block=20_000)
    sizes: list[int] = []
    finish = sources.Source.finish_copy

    def counted(self, landed=None):
        def told(size: int) -> None:
            sizes.append(size)
            landed(size)
        finish(self, told if landed else None)

    monkeypatch.setattr(sources.Source, "finish_copy", counted)
    return sizes




# (a line kept as UTF-8, past the part the encoding is told from: its piece comes back)
@pytest.mark.parametrize("utf8_row", [None, 23_000, ROWS])
def test_the_index_made_as_the_copy_lands_is_the_finished_copys(tmp_path, small_pieces, utf8_row):
    path = tmp_path / "export.csv"
    lines = _legacy_export(path, ROWS, utf8_row)
    table = load(path)
    try:
        copy = table.source.data_path.read_bytes()
        assert copy == ("\r\n".join(lines) + "\r\n").encode("utf-8")
        same_index(table.index, build_index(copy, delimiter=";"))
        assert table.row_count == ROWS
        assert table.fields(ROWS - 2)[3] == f"Ğüç {ROWS - 2}" and table.fields(5)[3] == 'Şişli\nGüç "5"'
    finally:
        table.source.close()
    assert len(small_pieces) > 10 and small_pieces == sorted(small_pieces)   # indexed as it landed
    assert small_pieces[-1] < len(copy)


def test_a_bad_byte_after_the_indexed_pieces_is_refused_with_its_line(tmp_path, small_pieces):
    from offline_gui.errors import CannotRead
    path = tmp_path / "export.csv"
    _legacy_export(path, ROWS)
    data = bytearray(path.read_bytes())
    at = data.index(b"P21500;")
    data[at:at + 1] = b"\x81"   # not a letter in Windows-1254
    path.write_bytes(bytes(data))
    line = data[:at].count(b"\n") + 1
    with pytest.raises(CannotRead, match=f"line {line}\\b"):
        load(path)
    assert small_pieces   # pieces before it were indexed meanwhile


def test_a_refreshed_reader_reads_the_bytes_written_since(tmp_path):
    """A gap before a later piece reads as zeros until the piece before it lands there; what a
    read near the old end took in ahead must not be served after the refresh."""
    from offline_gui.reading.sources import FileBytes
    path = tmp_path / "copy.txt"
    path.write_bytes(b"a" * 100 + bytes(100) + b"c" * 100)   # the gap: a piece not written yet
    reader = FileBytes(path)
    try:
        reader.refresh(100)
        assert len(reader) == 100 and reader[90:100] == b"a" * 10
        with open(path, "r+b") as out:
            out.seek(100)
            out.write(b"b" * 100)
        reader.refresh()
        assert reader[95:205] == b"a" * 5 + b"b" * 100 + b"c" * 5
    finally:
        reader.close()


def test_a_nul_byte_further_down_is_refused_while_the_pieces_after_it_are_converted(tmp_path, small_pieces):
    """The index refuses it from inside the conversion's loop: the refusal reaches the user with
    its line, the workers are waited for, and the private copy's folder is gone."""
    from offline_gui.errors import CannotRead
    from offline_gui.reading import copies as copies_module
    path = tmp_path / "export.csv"
    _legacy_export(path, ROWS)
    data = bytearray(path.read_bytes())
    at = data.index(b"P12000;")
    data[at:at + 1] = b"\x00"
    path.write_bytes(bytes(data))
    made = []
    real = copies_module.temp_folder
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(copies_module, "temp_folder", lambda: made.append(real()) or made[-1])
        with pytest.raises(CannotRead, match="NUL") as caught:
            load(path)
    line = data[:at].count(b"\n") + 1
    assert f"line {line}" in caught.value.reason
    assert made and not any(Path(folder).exists() for folder in made)
