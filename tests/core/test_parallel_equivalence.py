"""Worker processes (big files) find and write exactly what one process does.

The thresholds are lowered so a small messy file is cut into many chunks, with
multi-line records, odd encodings, duplicates and date orders across the cuts.
"""

from __future__ import annotations

import random

import pytest
from core_util import row, text, write

from offline_gui import parallel
from offline_gui.analysis import analyse
from offline_gui.document import Document
from offline_gui.export import SaveOptions, save
from offline_gui.fixing import SAFE_RULES
from offline_gui.table import load


def _messy_rows() -> list[list[str]]:
    rnd = random.Random(3)
    rows = []
    for i in range(300):
        kind = rnd.randrange(12)
        r = row(cid=str(i % 97))
        if kind == 0:
            r = row(ts="25.05.2024 14:03", cid=str(i))
        elif kind == 1:
            r = row(n1="1,5", cid=str(i))
        elif kind == 2:
            r = row(c9='"multi\nline"', cid=str(i))
        elif kind == 3:
            r = r[:9]
        elif kind == 4:
            r = row(name='"open', cid=str(i))
        elif kind == 5:
            r = row(cid="1.2E+11")
        elif kind == 6:
            r = row(name=" sp ", ts="05/06/2024 10:00")
        rows.append(r)
    return rows


@pytest.fixture
def messy(tmp_path):
    rows = _messy_rows()
    data = text(rows).encode() + text([row(name="Şeker", cid="5")]).encode("cp1254") + text(rows[:50]).encode()
    return write(tmp_path / "in.csv", data)


def _report(path, workers):
    table = load(path)
    try:
        doc = Document(table)
        report = analyse(doc, workers=workers)
        cells = sorted(zip(report.rows.tolist(), report.cols.tolist(), report.codes.tolist(),
                           report.extra.tolist(), strict=True))
        return cells, sorted((d.code, repr(d.params)) for d in report.file_findings)
    finally:
        table.close()


def _fixed(path, out):
    table = load(path)
    try:
        doc = Document(table)
        doc.state = doc.with_state(rules=SAFE_RULES)
        result = save(doc, None, out, SaveOptions(header=False, as_zip=False, drop_invalid=True))
    finally:
        table.close()
    return out.read_bytes(), result.rejects_path.read_bytes()


def test_workers_find_the_same(messy, monkeypatch):
    one = _report(messy, 1)
    monkeypatch.setattr(parallel, "PARALLEL_MIN_ROWS", 10)
    monkeypatch.setattr(parallel, "CHUNK_ROWS", 7)
    assert _report(messy, 2) == one
    assert len(one[0]) > 100


def test_workers_write_the_same(messy, tmp_path, monkeypatch):
    one = _fixed(messy, tmp_path / "one.csv")
    monkeypatch.setattr(parallel, "PARALLEL_MIN_ROWS", 10)
    monkeypatch.setattr(parallel, "CHUNK_ROWS", 7)
    monkeypatch.setattr(parallel.os, "cpu_count", lambda: 2)
    assert _fixed(messy, tmp_path / "two.csv") == one
    assert one[0] and one[1]
