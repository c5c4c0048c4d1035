"""The re-check of what a save writes, a block at a time, in the worker that rendered it.

A saved block is read back the way `check` reads a file: indexed into records, each
record through the clean-line test or the one record decoder and the row checker.
It must have no error, as many records as rows were meant, and each record must
decode to the fields meant for its row (`validation.row_key`), so a value moved to
another column fails even when the file is compliant. The saving process then
proves that the file on disk holds exactly the checked blocks (`Stream`), instead of
reading and checking the whole file a second time after it is written.
"""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .catalog import CATALOG, CODES, Severity
from .reading.decoder import split_record
from .reading.records import RecordIndex, build_index
from .validation import BYTES_KEY, SELF_KEY, ScanResult, row_key

_ERROR_CODES = np.array([CATALOG[name].severity is Severity.ERROR for name in CODES], dtype=bool)


@dataclass(frozen=True)
class Problem:
    """The first thing wrong with a written block: `row` counts the block's written rows from 0."""
    kind: str        # "count": not as many rows; "error": a finding; "value": not the fields meant
    row: int
    code: str = ""   # the finding's code, for "error"
    found: int = 0   # rows read back ("count") or errors found ("error")


def block(data: bytes, keys: list[int] | np.ndarray,
          check: Callable[[bytes, RecordIndex, bool], ScanResult]) -> Problem | None:
    """Read a written block back and compare it with what was meant (see the module).

    `check(data, index, hashing)` is `check`'s pass over one block (parallel.process, handed in
    by it), with each record's checksum when `hashing`."""
    if not data:
        return None if not keys else Problem("count", 0, found=0)
    index = build_index(data, delimiter=";")
    if len(index) != len(keys):
        return Problem("count", min(len(index), len(keys)), found=len(index))
    meant = np.asarray(keys, dtype=np.int64)
    compare = meant != SELF_KEY
    scan = check(data, index, bool(compare.any()))   # (no checksums when no row needs comparing)
    rows, _cols, codes, _extra = scan.found.arrays()
    errors = np.flatnonzero(_ERROR_CODES[codes]) if len(codes) else codes
    if len(errors):
        first = errors[np.argmin(rows[errors])]
        return Problem("error", int(rows[first]), CODES[int(codes[first])], len(errors))
    if not compare.any():
        return None
    got = np.concatenate(scan.hashes) if scan.hashes else np.zeros(0, dtype=np.int64)
    as_copied = meant >= BYTES_KEY   # lines with quotes copied as they are: their bytes' checksum, marked
    if as_copied.any():
        got = got | np.where(as_copied, BYTES_KEY, 0)
    if b'"' in data:  # a line without quotes is its own checksum; any other record with quotes is decoded
        quotes = np.flatnonzero(np.frombuffer(data, dtype=np.uint8) == 0x22)
        record_starts = index.line_starts[index.record_lines]
        got = got.copy()
        for record in np.unique(np.searchsorted(record_starts, quotes, "right") - 1).tolist():
            if as_copied[record]:
                continue
            start, end = index.bounds(record)
            got[record] = row_key(split_record(data[start:end].decode("utf-8"), ";").fields)
    wrong = np.flatnonzero((got != meant) & compare)
    return Problem("value", int(wrong[0])) if len(wrong) else None


class Stream:
    """The size and CRC-32 of the bytes handed to the writer, to compare with the file."""

    def __init__(self) -> None:
        self.size, self.crc = 0, 0

    def add(self, data: bytes) -> bytes:
        self.size += len(data)
        self.crc = zlib.crc32(data, self.crc)
        return data

    def matches(self, path: Path, as_zip: bool) -> bool:
        """Whether the file (or the zip's one member) holds exactly those bytes."""
        if not as_zip:
            # read into one reused buffer (a memory map would count the whole file in the
            # process's resident memory while it is checked)
            size, crc, buffer = 0, 0, bytearray(1 << 22)
            view = memoryview(buffer)
            with open(path, "rb", buffering=0) as handle:
                while n := handle.readinto(buffer):
                    size += n
                    crc = zlib.crc32(view[:n], crc)
            return size == self.size and crc == self.crc
        size, crc = 0, 0
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
            if len(names) != 1:
                return False
            with archive.open(names[0]) as member:
                while block := member.read(1 << 22):
                    size += len(block)
                    crc = zlib.crc32(block, crc)
        return size == self.size and crc == self.crc
