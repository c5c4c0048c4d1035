"""A check that starts while the file is still being read reports exactly what a check of
the finished index reports.

The app hands each larger index from the reading thread to the check (growing.IndexFeed).
Here the reading runs in a thread as it does there, cut into tiny pieces and tiny chunks,
so chunks end at every kind of place: inside the rows a quoted value spans, right before
an unclosed quote, at a legacy-encoded line, at blank lines. Every finding, its text, the
file-level findings, the decisions and the duplicate checksums must be the same.
"""

from __future__ import annotations

import json
import random
import threading
import time
from pathlib import Path

import pytest
from core_util import row, text, write

import offline_gui.reading.records as records
from offline_gui import checking, growing, parallel
from offline_gui.analysis import Report, analyse
from offline_gui.document import Document
from offline_gui.errors import Cancelled, CannotRead
from offline_gui.table import Table, load

PEER = Path(__file__).resolve().parents[1] / "data" / "csv-spectrum" / "json"


def _peer_values() -> list[str]:
    """Every value csv-spectrum's records hold (commas, quotes, line breaks, UTF-8), as published."""
    found = []
    for path in sorted(PEER.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for record in data if isinstance(data, list) else [data]:
            found.extend(str(v) for v in record.values())
    return found


def _quoted(value: str) -> str:
    return '"' + value.replace('"', '""') + '"'


def _export(path: Path, rows: int = 700, seed: int = 5) -> Path:
    """A messy export: peer values (some spanning lines) in a free column, day/month stamps,
    decimal commas, short rows, inch marks and stray quotes, copies of earlier rows, CRLF
    lines, blank lines, a Windows-1254 line, and an unclosed quote near the end."""
    rnd = random.Random(seed)
    peer = _peer_values()
    assert len(peer) > 20, "csv-spectrum's records are missing"
    lines: list[bytes] = [text([["Event Date", "Customer ID", "Event Type", "Category", "Product",
                                 "Num1", "Num2"] + [f"C{i}" for i in range(7, 23)]]).encode()]
    for i in range(rows):
        kind = rnd.randrange(14)
        r = row(cid=str(1000 + i % 211))
        if kind == 0:
            r = row(cid=str(i), c9=_quoted(rnd.choice(peer)))
        elif kind == 1:
            r = row(ts=f"{1 + i % 28:02d}.05.2024 14:03", cid=str(i))
        elif kind == 2:
            r = row(n1="1,5", n2="2.345,10", cid=str(i))
        elif kind == 3:
            r = r[:rnd.randrange(3, 20)]
        elif kind == 4:
            r = row(name='12" pipe', cid=str(i))
        elif kind == 5:
            r = row(name='Şeker"', c10="x", cid=str(i))
        elif kind == 6:
            r = row(cid=" 77 ", name="\u00a0")
        elif kind == 7 and lines:
            lines.append(rnd.choice(lines[1:] or lines))   # a copy of an earlier line
            continue
        elif kind == 8:
            lines.append(text([row(cid=str(i), c11="crlf")], end="\r\n").encode())
            continue
        elif kind == 9:
            lines.append(b"\n")
        line = text([r]).encode()
        if kind == 10:
            line = text([row(name="Şeker", cid=str(i))]).encode("cp1254")
        lines.append(line)
    lines.append(text([row(name='"never closed', cid="9")]).encode())
    lines.extend(text([row(cid=str(5000 + k))]).encode() for k in range(30))
    return write(path, b"".join(lines))


def _everything(report: Report, doc: Document) -> dict:
    """All a report says: each finding as the user reads it, and what the check decided."""
    return {
        "findings": [(d.code, d.row, d.column, d.value, d.message) for d in report.findings(doc)],
        "file": [(d.code, d.value, d.message) for d in report.file_findings],
        "rows": report.row_count, "complete": report.complete, "ctx": report.ctx,
        "range": (report.ts_min, report.ts_max),
        "hashes": None if report.hashes is None else report.hashes.tolist(),
        "orders": dict(report.date_orders), "examples": dict(report.date_examples),
    }


def _whole(path: Path) -> dict:
    table = load(path)
    try:
        doc = Document(table)
        return _everything(analyse(doc, workers=1), doc)
    finally:
        table.close()


def _early(path: Path, workers: int = 2) -> tuple[dict, int]:
    """The check as the app runs it: started on the first rows, fed by a reading thread.
    Also returns how many indexes the check was given before the whole one."""
    feed = growing.IndexFeed()
    first: list[Table] = []
    shown = threading.Event()
    failed: list[BaseException] = []

    def read() -> None:
        try:
            # each piece takes a moment, as a big file's do: the check gets several indexes
            table = load(path, first=lambda t: (first.append(t), shown.set()),
                         grown=lambda index: (feed.put(index), time.sleep(0.004)))
        except BaseException as exc:   # noqa: BLE001 - handed to the test
            failed.append(exc)
            feed.drop()
            shown.set()
            return
        feed.finish(table.index)

    reader = threading.Thread(target=read)
    reader.start()
    shown.wait(30)
    assert not failed, failed
    grown: list[int] = []

    def counted():
        for item in feed.indexes():
            if item is not None and not item[1]:
                grown.append(len(item[0]))
            yield item

    try:
        doc = Document(first[0])
        report = analyse(doc, workers=workers, indexes=counted())
        reader.join(30)
        final = load(path)
        try:
            return _everything(report, Document(final)), len(grown)
        finally:
            final.close()
    finally:
        reader.join(30)
        first[0].close()


@pytest.fixture
def tiny_pieces(monkeypatch):
    """Pieces of a few lines and chunks of a few rows: every cut lands somewhere new."""
    monkeypatch.setattr(records, "FIRST_PIECE", 600)
    monkeypatch.setattr(records, "BLOCK", 1500)
    monkeypatch.setattr(parallel, "CHUNK_BYTES", 1)
    monkeypatch.setattr(parallel, "CHUNK_ROWS", 9)


@pytest.mark.parametrize("seed", [5, 6])
def test_an_early_check_reports_what_a_check_of_the_whole_index_does(tmp_path, tiny_pieces, monkeypatch, seed):
    monkeypatch.setattr(parallel, "rows_per_chunk", lambda table, size=None: 9)
    path = _export(tmp_path / "export.csv", seed=seed)
    expected = _whole(path)
    got, grown = _early(path)
    assert grown > 5, "the check never saw the index grow: the test proves nothing"
    assert got == expected


def test_an_early_check_of_a_legacy_file_reads_its_utf8_copy(tmp_path, tiny_pieces, monkeypatch):
    """A Windows-1254 export is read through a UTF-8 copy that starts with no header offset."""
    monkeypatch.setattr(parallel, "rows_per_chunk", lambda table, size=None: 7)
    path = tmp_path / "legacy.csv"
    path.write_bytes(_export(tmp_path / "u.csv", rows=300).read_bytes().decode("utf-8", "replace")
                     .replace("\ufffd", "?").encode("cp1254", "replace"))
    got, _grown = _early(path)
    assert got == _whole(path)


def test_an_early_check_counts_rows_after_excels_separator_line(tmp_path, tiny_pieces, monkeypatch):
    """Excel's "sep=;" line and the header are not data rows: the chunks start after them."""
    monkeypatch.setattr(parallel, "rows_per_chunk", lambda table, size=None: 11)
    path = tmp_path / "sep.csv"
    path.write_bytes(b"sep=;\r\n" + _export(tmp_path / "u.csv", rows=400, seed=9).read_bytes())
    got, grown = _early(path)
    assert grown > 3 and got == _whole(path)


def test_an_early_check_judges_personal_data_on_the_same_first_rows(tmp_path, tiny_pieces, monkeypatch):
    """The personal-data finding reads the first 500 rows as saved. A check that starts on
    the first index (a few rows here) must not judge them before that many are read: here
    the e-mails start at row 250, so a sample of the rows read first would hold none."""
    monkeypatch.setattr(parallel, "rows_per_chunk", lambda table, size=None: 9)
    rows = [row(cid=str(i), c12=f"kisi{i}@example.com" if 250 <= i < 520 else "") for i in range(700)]
    path = write(tmp_path / "mails.csv", text(rows))
    expected = _whole(path)
    assert [f[0] for f in expected["file"]].count("personal-data") == 1, "nothing to compare: the test proves nothing"
    got, grown = _early(path)
    assert grown > 5 and got == expected


def test_the_chunk_size_follows_the_rows_read_so_far(tmp_path):
    """The first index holds a few thousand rows of a big file: chunks are sized from the
    bytes those rows take, not from the whole file's size over the rows counted so far."""
    path = write(tmp_path / "e.csv", text([row(cid=str(i)) for i in range(5000)]))
    table = load(path)
    try:
        size = len(table.source.buffer())
        assert parallel.rows_per_chunk(table, size // 10) == min(parallel.CHUNK_ROWS, max(
            1_000, parallel.CHUNK_BYTES * 5000 // (size // 10)))
        assert parallel.rows_per_chunk(table) == parallel.rows_per_chunk(table, size)
    finally:
        table.close()


def test_reading_that_fails_stops_the_check(tmp_path):
    feed = growing.IndexFeed()
    path = write(tmp_path / "e.csv", text([row(cid=str(i)) for i in range(50)]))
    table = load(path)
    try:
        feed.put(table.index)
        feed.drop()
        with pytest.raises(Cancelled):
            analyse(Document(table), workers=1, indexes=feed.indexes())
    finally:
        table.close()


def test_a_cancelled_check_stops_while_it_waits_for_rows(tmp_path):
    feed = growing.IndexFeed()
    stop = threading.Event()
    threading.Timer(0.2, stop.set).start()
    with pytest.raises(Cancelled):
        list(feed.indexes(stop.is_set))


def test_only_the_newest_waiting_index_is_taken(tmp_path):
    path = write(tmp_path / "e.csv", text([row(cid=str(i)) for i in range(50)]))
    table = load(path)
    try:
        feed = growing.IndexFeed()
        for _ in range(3):
            feed.put(table.index)
        feed.finish(table.index)
        assert [item[1] for item in feed.indexes() if item is not None] == [True]
    finally:
        table.close()


def test_big_files_start_early_small_ones_wait(tmp_path, monkeypatch):
    path = write(tmp_path / "e.csv", text([row(cid=str(i)) for i in range(2000)]))
    table = load(path)
    try:
        size = len(table.source.buffer())
        monkeypatch.setattr(growing.os, "cpu_count", lambda: 2)
        monkeypatch.setattr(parallel, "PARALLEL_MIN_ROWS", 2000)
        assert growing.starts_early(table, size)             # 2,000 rows: as many as workers need
        assert not growing.starts_early(table, size - 300)   # a few rows fewer: one process does it
        assert growing.starts_early(table, 2 * size)         # what is read so far is half the file
        monkeypatch.setattr(growing.os, "cpu_count", lambda: 1)
        assert not growing.starts_early(table, 2 * size)     # one core: reading takes it all
    finally:
        table.close()


def test_the_row_estimate_counts_the_bytes_read_after_a_byte_order_mark(tmp_path, monkeypatch):
    """rows so far × file bytes / bytes read, the byte order mark left out of both."""
    path = write(tmp_path / "e.csv", "\ufeff" + text([row(cid=str(i)) for i in range(2000)]))
    table = load(path)
    try:
        size = len(table.source.buffer())
        assert table.source.start == 3 and int(table.index.line_starts[-1]) == size
        monkeypatch.setattr(growing.os, "cpu_count", lambda: 2)
        monkeypatch.setattr(parallel, "PARALLEL_MIN_ROWS", 2000)
        assert growing.starts_early(table, size)             # exactly 2,000 rows estimated
        monkeypatch.setattr(parallel, "PARALLEL_MIN_ROWS", 2000.5)
        assert not growing.starts_early(table, size)         # and not one more
    finally:
        table.close()


def test_one_row_read_so_far_is_enough_to_estimate(tmp_path, monkeypatch):
    path = write(tmp_path / "one.csv", text([row(cid="1")]))
    table = load(path)
    try:
        assert len(table.index) == 1 and not table.layout.has_header
        monkeypatch.setattr(growing.os, "cpu_count", lambda: 2)
        assert growing.starts_early(table, len(table.source.buffer()) * parallel.PARALLEL_MIN_ROWS)
    finally:
        table.close()


def test_a_feed_says_nothing_new_while_it_waits(tmp_path):
    path = write(tmp_path / "e.csv", text([row(cid=str(i)) for i in range(5)]))
    table = load(path)
    try:
        feed = growing.IndexFeed()
        threading.Timer(0.18, feed.finish, (table.index,)).start()
        items = list(feed.indexes())   # (no cancel test given)
        assert items[-1] == (table.index, True) and items[:-1] and set(items[:-1]) == {None}
    finally:
        table.close()


def _fed(path: Path, per_piece: float = 0.0) -> tuple[Table, list]:
    """The table first shown and every index the reading gave, for run_growing by hand."""
    items: list = []
    first: list[Table] = []
    table = load(path, first=first.append, grown=lambda index: items.append((index, False)))
    items.append((table.index, True))
    table.close()
    return first[0], items


def test_chunks_are_sized_from_the_rows_and_bytes_read_so_far(tmp_path, monkeypatch):
    """~1.5 MB of rows a chunk, judged on what is read when the check starts (the whole
    file's size over the rows counted so far would make tiny chunks)."""
    monkeypatch.setattr(records, "FIRST_PIECE", 20_000)
    monkeypatch.setattr(records, "BLOCK", 20_000)
    monkeypatch.setattr(parallel, "CHUNK_BYTES", 150_000)
    path = write(tmp_path / "e.csv", "\ufeff" + text([row(cid=str(10_000 + i)) for i in range(6000)]))
    table, items = _fed(path)
    first_index = items[0][0]
    read = int(first_index.line_starts[-1]) - table.source.start
    rows = len(first_index) - table.first_data_record
    per = min(parallel.CHUNK_ROWS, max(1_000, parallel.CHUNK_BYTES * rows // read))
    assert 1_000 < per < 6000
    sizes: list[int] = []
    make_jobs = parallel.make_jobs

    def spy(*args, **kwargs):
        sizes.append(kwargs["chunk_rows"])
        return make_jobs(*args, **kwargs)

    monkeypatch.setattr(parallel, "make_jobs", spy)
    results = list(growing.run_growing(table, Document(table).state, iter(items), workers=1))
    assert set(sizes) == {per} and [r.scan.rows for r in results][:-1] == [per] * (len(results) - 1)
    assert sum(r.scan.rows for r in results) == 6000


def test_the_workers_asked_for_and_the_one_start_method(tmp_path, monkeypatch):
    table, items = _fed(write(tmp_path / "e.csv", text([row(cid=str(i)) for i in range(300)])))
    asked: list[int] = []
    pool = growing.processes.pool

    def counted(workers: int):
        asked.append(workers)
        return pool(workers)

    monkeypatch.setattr(growing.processes, "pool", counted)
    state = Document(table).state
    assert sum(r.scan.rows for r in growing.run_growing(table, state, iter(items), workers=1)) == 300
    monkeypatch.setattr(growing.os, "cpu_count", lambda: 3)
    list(growing.run_growing(table, state, iter(items)))
    list(growing.run_growing(table, state, iter(items), workers=0))
    assert asked == [1, 3, 1]

    def no_pool():
        raise RuntimeError("processes.context() decides how workers start")
    monkeypatch.setattr(growing.processes, "pool", pool)
    monkeypatch.setattr(growing.processes, "context", no_pool)
    with pytest.raises(RuntimeError, match="decides"):
        list(growing.run_growing(table, state, iter(items)))


@pytest.mark.parametrize("seed", [5, 7])
def test_the_command_line_checks_while_it_indexes_and_reports_the_same(tmp_path, tiny_pieces, monkeypatch, seed):
    """`check` hands out chunks between index pieces (checking.check_file): the report is the
    one a check of the finished index gives, on the same messy export."""
    monkeypatch.setattr(parallel, "rows_per_chunk", lambda table, size=None: 9)
    monkeypatch.setattr(parallel, "PARALLEL_MIN_ROWS", 50)
    path = _export(tmp_path / "export.csv", seed=seed)
    expected = _whole(path)
    given: list[bool] = []
    real_run = growing.run_growing

    def counted(table, state, indexes, **kw):
        def each():
            for item in indexes:
                given.append(item[1])
                yield item
        return real_run(table, state, each(), **kw)
    monkeypatch.setattr(growing, "run_growing", counted)
    doc, report = checking.check_file(path, workers=2)
    try:
        assert given.count(False) > 5 and given[-1], "the check never saw the index grow: the test proves nothing"
        assert _everything(report, doc) == expected
    finally:
        doc.table.close()


def test_a_small_file_is_indexed_then_checked(tmp_path, monkeypatch):
    path = write(tmp_path / "e.csv", text([row(cid=str(i)) for i in range(300)] + [row(cid=" 77 ")]))
    monkeypatch.setattr(growing, "run_growing", lambda *a, **k: pytest.fail("a small file needs no early check"))
    doc, report = checking.check_file(path)
    try:
        assert doc.row_count == 301 and report.codes_at(300, None)
        assert _everything(report, doc) == _whole(path)
    finally:
        doc.table.close()


def test_reading_that_fails_far_down_fails_the_command_line_check_as_before(tmp_path, tiny_pieces, monkeypatch):
    """A NUL byte after the first rows: the check started on them stops, and `check` says
    what reading the whole file says, with its line number."""
    monkeypatch.setattr(parallel, "rows_per_chunk", lambda table, size=None: 9)
    monkeypatch.setattr(parallel, "PARALLEL_MIN_ROWS", 50)
    good = text([row(cid=str(i)) for i in range(400)])
    path = write(tmp_path / "nul.csv", good + "2024-05-01 10:00:00;1;7;;P\x00;1;1\n" + good)
    with pytest.raises(CannotRead) as plain:
        load(path)
    with pytest.raises(CannotRead) as early:
        checking.check_file(path, workers=2)
    assert str(early.value) == str(plain.value) and "401" in str(early.value)
