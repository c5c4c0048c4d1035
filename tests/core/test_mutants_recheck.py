"""The re-check of a save (recheck.py): what a written block read back must give, and the
file on disk against the bytes handed to the writer. Written against mutants that
survived the rest of the suite (tools/mutation.sh).
"""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

import pytest
from core_util import row

from offline_gui.parallel import _check_written
from offline_gui.reading.records import build_index
from offline_gui.recheck import Problem, Stream, block
from offline_gui.validation import SELF_KEY, row_key
from offline_gui.writing import format_row


def lines(*rows: list[str]) -> bytes:
    return "".join(";".join(r) + "\n" for r in rows).encode("utf-8")


def keys(*rows: list[str]) -> list[int]:
    return [row_key(r) for r in rows]


def test_an_empty_block_is_right_only_when_no_row_was_meant():
    assert block(b"", [], _check_written) is None
    assert block(b"", keys(row()), _check_written) == Problem("count", 0, found=0)


def test_a_block_of_the_rows_meant_passes():
    rows = [row(), row(cid="2", c9="Kadıköy; Moda"), row(cid="3", c9='say "hi"')]
    data = "".join(format_row(r) + "\n" for r in rows).encode("utf-8")
    assert block(data, keys(*rows), _check_written) is None
    assert block(data, [SELF_KEY] * 3, _check_written) is None   # nothing to compare: checked only


@pytest.mark.parametrize("written, meant, problem", [
    (3, 2, Problem("count", 2, found=3)),   # more rows read back than written
    (1, 2, Problem("count", 1, found=1)),   # fewer
])
def test_a_block_of_another_row_count_is_refused(written, meant, problem):
    data = lines(*[row(cid=str(i + 1)) for i in range(written)])
    assert block(data, keys(*[row(cid=str(i + 1)) for i in range(meant)]), _check_written) == problem


def test_the_first_error_is_named_by_its_row_with_the_count_of_all():
    rows = [row(), row(cid="2", ts="bad"), row(cid="3", n1="x"), row(cid="4", ts="worse")]
    problem = block(lines(*rows), keys(*rows), _check_written)
    assert problem == Problem("error", 1, "timestamp-invalid", 3)


def test_warnings_alone_are_not_a_problem():
    rows = [row(), row(cid="2", c9=" x "), row(cid="3", et="99")]
    scan = _check_written(lines(*rows), build_index(lines(*rows), delimiter=";"), True)
    assert len(scan.found.arrays()[2])   # the file has findings ...
    assert block(lines(*rows), keys(*rows), _check_written) is None   # ... but no error


def test_a_row_that_reads_back_as_other_values_is_named():
    meant = [row(), row(cid="2"), row(cid="3", c9="a;b"), row(cid="4", c9="c;d")]
    written = [row(), row(cid="2"), row(cid="3", c9="a;b"), row(cid="4", c9="c;x")]
    data = "".join(format_row(r) + "\n" for r in written).encode("utf-8")
    assert block(data, keys(*meant), _check_written) == Problem("value", 3)
    unquoted = [row(), row(cid="5"), row(cid="3")]
    data = lines(*unquoted)
    assert block(data, keys(row(), row(cid="2"), row(cid="3")), _check_written) == Problem("value", 1)
    assert block(data, [row_key(row()), SELF_KEY, row_key(row(cid="3"))], _check_written) is None


def test_a_quoted_record_after_unquoted_ones_is_decoded_as_its_own():
    rows = [row(), row(cid="2"), row(cid="3", c9='x "y" z'), row(cid="4")]
    data = "".join(format_row(r) + "\n" for r in rows).encode("utf-8")
    assert block(data, keys(*rows), _check_written) is None
    other = keys(*rows)
    other[2] = row_key(row(cid="3", c9='x "y"'))
    assert block(data, other, _check_written) == Problem("value", 2)


def test_the_stream_counts_and_checksums_what_it_hands_on():
    stream = Stream()
    assert (stream.size, stream.crc) == (0, 0)
    assert stream.add(b"abc") == b"abc"
    assert stream.add(b"de") == b"de"
    assert (stream.size, stream.crc) == (5, zlib.crc32(b"abcde"))


def _written(tmp_path: Path, data: bytes, as_zip: bool, members: int = 1) -> Path:
    path = tmp_path / ("out.zip" if as_zip else "out.csv")
    if as_zip:
        with zipfile.ZipFile(path, "w") as archive:
            for i in range(members):
                archive.writestr(f"out{i}.csv", data if i == 0 else b"")
    else:
        path.write_bytes(data)
    return path


@pytest.mark.parametrize("as_zip", [False, True])
@pytest.mark.parametrize("data", [b"", b"x", b"2024;1\n" * 1000])
def test_the_file_matches_exactly_the_bytes_handed_on(tmp_path, as_zip, data):
    stream = Stream()
    stream.add(data)
    assert stream.matches(_written(tmp_path, data, as_zip), as_zip) is True


@pytest.mark.parametrize("as_zip", [False, True])
@pytest.mark.parametrize("data, on_disk", [
    (b"abc", b"abd"),     # same size, other bytes
    (b"abc", b"abcd"),    # one byte more
    (b"abc", b"ab"),      # one byte less
    (b"abc", b""),        # nothing
    (b"", b"a"),          # something where nothing was written
])
def test_a_file_that_differs_does_not_match(tmp_path, as_zip, data, on_disk):
    stream = Stream()
    stream.add(data)
    assert stream.matches(_written(tmp_path, on_disk, as_zip), as_zip) is False


def test_an_empty_file_does_not_match_nonempty_bytes_of_size_zero(tmp_path):
    stream = Stream()
    stream.crc = 5   # (as if bytes with a checksum had been counted as none)
    assert stream.matches(_written(tmp_path, b"", False), False) is False


def test_a_zip_of_two_members_does_not_match(tmp_path):
    stream = Stream()
    stream.add(b"abc")
    assert stream.matches(_written(tmp_path, b"abc", True, members=2), True) is False


def test_a_long_zip_member_is_read_whole(tmp_path):
    data = bytes(range(256)) * ((5 << 20) // 256)   # past one 4 MB read
    stream = Stream()
    stream.add(data)
    assert stream.matches(_written(tmp_path, data, True), True) is True
    stream = Stream()
    stream.add(data[:-1] + b"\x00")
    assert stream.matches(_written(tmp_path, data, True), True) is False


@pytest.mark.parametrize("value", ['X"\nY', 'X"', 'X";\nY', '\nX"', 'aX""\n"X;'])
def test_a_value_with_quotes_and_line_breaks_reads_back_as_itself(value):
    rows = [row(), row(cid="2", c9=value), row(cid="3")]
    data = "".join(format_row(r) + "\n" for r in rows).encode("utf-8")
    assert block(data, keys(*rows), _check_written) is None
