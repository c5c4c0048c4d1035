"""Rows that copy an earlier row: a content hash per row, confirmed on the rows themselves.

The hash is the same in every process and start method; equal hashes are compared row by
row (32-bit hashes collide), and after edits only the rows sharing an old or a new hash
are looked at again.
"""

from __future__ import annotations

import numpy as np

from .catalog import CODE_IDS
from .diagnostics import FoundStore
from .document import Document
from .validation import ScanResult, line_hash


def add_duplicates(doc: Document, total: ScanResult, found: FoundStore) -> np.ndarray | None:
    """Rows that copy an earlier row, by a content hash (the same in every process, whatever
    the start method) confirmed on the rows themselves. Returns the hashes, one per row."""
    if not total.hashes:
        return None
    hashes = np.concatenate(total.hashes)
    for row, first in _duplicates(doc, hashes):
        found.add(row, -1, "duplicate-row", first)
    return hashes


def _duplicates(doc: Document, hashes: np.ndarray, rows: np.ndarray | None = None, limit: int = 100_000):
    """(row, earlier row it copies) among `rows` (all by default): equal hashes, then equal
    rows (hashes collide)."""
    keys, earlier, later = _equal_neighbours(hashes if rows is None else hashes[rows])
    if len(keys) > limit:   # beyond this the file is one big copy; enough said
        keys, earlier, later = keys[:limit], earlier[:limit], later[:limit]
    if rows is not None:
        earlier, later = rows[earlier], rows[later]
    deleted, edits, table = doc.state.deleted, doc.state.edits, doc.table
    skip = table.first_data_record
    seen: dict[int, list[int]] = {}   # hash -> the distinct rows met so far, in row order
    # every row compared is one of a pair of equal hashes: their lines, read in one go
    paired = _distinct(np.concatenate((earlier, later)))
    lines = table.record_texts([row + skip for row in paired.tolist() if row not in edits])

    def same_row(a: int, b: int) -> bool:
        if a in edits or b in edits:
            return doc.row(a) == doc.row(b)
        return lines[a + skip] == lines[b + skip]  # the same source line: the same row

    for key, first, row in zip(keys.tolist(), earlier.tolist(), later.tolist(), strict=True):
        group = seen.get(key)
        if group is None:
            group = seen[key] = [] if first in deleted else [first]
        if row in deleted:
            continue   # a deleted row is no copy of anything
        original = next((g for g in group if same_row(row, g)), None)
        if original is None:
            group.append(row)
        else:
            yield row, original


def _distinct(values: np.ndarray) -> np.ndarray:
    """The distinct values, sorted: np.unique, without the numpy.ma import np.unique makes on its
    first use (12-30 ms, measured at the end of the app's first check)."""
    values = np.sort(values)
    return values[np.append(True, values[1:] != values[:-1])] if len(values) else values


_ROW_BITS = 31


def _equal_neighbours(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Each pair of neighbours in a stable sort of `keys` that are equal: (key, position of
    the first, position of the second), in that order.

    Checksums of 32 bits and a position of 31 make one 63-bit number: a plain sort of those
    (SIMD, several times faster than a stable argsort of a million) orders by checksum, then
    by position, and only the pairs found are taken apart again."""
    if len(keys) and (len(keys) < 1 << _ROW_BITS) and int(keys.min()) >= 0 and int(keys.max()) < 1 << 32:
        packed = keys << _ROW_BITS
        packed |= np.arange(len(keys), dtype=np.int64)
        packed.sort()
        same = np.flatnonzero((packed[1:] ^ packed[:-1]) < 1 << _ROW_BITS)   # the same checksum
        first, second = packed[same], packed[same + 1]
        position = (1 << _ROW_BITS) - 1
        return first >> _ROW_BITS, first & position, second & position
    order = np.argsort(keys, kind="stable")
    ordered = keys[order]
    same = np.flatnonzero(ordered[1:] == ordered[:-1])
    return ordered[same], order[same], order[same + 1]


def refresh_duplicates(report, doc: Document, rows) -> None:
    """After edits: the edited rows' hashes change, their stale marks go, and a copy an edit
    made (or undid) is found, among the rows that share an old or a new hash."""
    if report.hashes is None:
        return
    keys = set()
    for row in rows:
        keys.add(int(report.hashes[row]))
        report.hashes[row] = row_hash(doc, row)
        keys.add(int(report.hashes[row]))
    members = np.flatnonzero(np.isin(report.hashes, np.array(sorted(keys), dtype=np.int64)))
    dup = CODE_IDS["duplicate-row"]
    stale = np.isin(report.rows, members) & (report.codes == dup)
    found = FoundStore()
    for row, first in _duplicates(doc, report.hashes, members):
        found.add(row, -1, "duplicate-row", first)
    new = found.arrays()
    report.rows = np.concatenate([report.rows[~stale], new[0]])
    report.cols = np.concatenate([report.cols[~stale], new[1]])
    report.codes = np.concatenate([report.codes[~stale], new[2]])
    report.extra = np.concatenate([report.extra[~stale], new[3]])
    report._sort()


def row_hash(doc: Document, row: int) -> int:
    """The content hash of a row as saved, comparable with the scan's hashes of clean lines."""
    return line_hash(";".join(doc.row(row)).encode("utf-8"))
