"""Mutation-found gaps in the duplicate search's latest rewrite: rows read back whole when a
quoted value spans lines, the last row without a line end, a re-check among some rows only,
deleted and edited rows, the cap on pairs, and checksums at the packing's edge."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from core_util import check, row, text, write

from offline_gui.analysis import analyse
from offline_gui.catalog import CODE_IDS
from offline_gui.document import Document
from offline_gui.duplicates import _duplicates, _equal_neighbours, refresh_duplicates
from offline_gui.table import load

DUP = CODE_IDS["duplicate-row"]


def _copies(report) -> dict[int, int]:
    """row -> the earlier row it copies (0-based), from a report."""
    at = report.codes == DUP
    return dict(zip(report.rows[at].tolist(), report.extra[at].tolist(), strict=True))


def test_rows_that_differ_only_after_a_quoted_line_break_are_not_copies(tmp_path: Path):
    """The checksum covers a record's first line: the rows compared must be read whole (and
    each text must go to its own row: the rows here are no palindrome)."""
    a, b = row(c7="\"Moda\nKadıköy\""), row(c7="\"Moda\nÜsküdar\"")
    path = write(tmp_path / "m.csv", text([a, b, a, row(cid="2"), a, b]))
    found = [(d["row"], d["message"]) for d in check(path).diags("duplicate-row")]
    assert found == [(3, "This row is an exact copy of row 1."), (5, "This row is an exact copy of row 1."),
                     (6, "This row is an exact copy of row 2.")]


def test_the_last_row_without_a_line_end_is_a_copy(tmp_path: Path):
    path = write(tmp_path / "e.csv", text([row(), row(cid="2"), row()]).removesuffix("\n"))
    assert [d["row"] for d in check(path).diags("duplicate-row")] == [3]


def _opened(tmp_path: Path, rows: list[list[str]]):
    table = load(write(tmp_path / "d.csv", text(rows)))
    return table, Document(table)


def test_a_recheck_among_some_rows_names_those_rows(tmp_path: Path):
    """The rows re-checked after an edit are not the first ones: findings name file rows."""
    table, doc = _opened(tmp_path, [row(), row(cid="2"), row(cid="3"), row(cid="4")])
    try:
        report = analyse(doc, workers=1)
        doc.state = doc.with_state(edits={3: tuple(row())})
        refresh_duplicates(report, doc, {3})
        assert _copies(report) == {3: 0}
    finally:
        table.close()


def test_an_earlier_row_edited_into_a_copy_of_a_later_one(tmp_path: Path):
    table, doc = _opened(tmp_path, [row(cid="2"), row(cid="3"), row()])
    try:
        report = analyse(doc, workers=1)
        doc.state = doc.with_state(edits={0: tuple(row())})
        refresh_duplicates(report, doc, {0})
        assert _copies(report) == {2: 0}
    finally:
        table.close()


def test_deleted_rows_are_neither_copies_nor_originals(tmp_path: Path):
    table, doc = _opened(tmp_path, [row(), row(cid="2"), row(), row(), row()])
    try:
        doc.state = doc.with_state(deleted=frozenset({0, 2}))
        assert _copies(analyse(doc, workers=1)) == {4: 3}
    finally:
        table.close()


def test_the_pairs_looked_at_stop_at_the_limit(tmp_path: Path):
    table, doc = _opened(tmp_path, [row()] * 5)
    try:
        hashes = analyse(doc, workers=1).hashes
        assert list(_duplicates(doc, hashes, limit=2)) == [(1, 0), (2, 0)]
        assert list(_duplicates(doc, hashes, limit=4)) == [(1, 0), (2, 0), (3, 0), (4, 0)]
    finally:
        table.close()


def test_equal_neighbours_of_checksums_past_32_bits():
    """2**32 does not fit the 31-bit shift's packing: it must take the general way."""
    keys = np.array([1 << 32, 0, 1 << 32, 0], dtype=np.int64)
    found = [column.tolist() for column in _equal_neighbours(keys)]
    assert found == [[0, 1 << 32], [1, 0], [3, 2]]
