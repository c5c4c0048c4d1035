"""The writer (writing.py): bytes of long files, the zip member, the temporary file, and
what a failed save says. Written against mutants that survived the rest of the suite
(tools/mutation.sh).
"""

from __future__ import annotations

import errno
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from offline_gui.writing import WriteError, encode_rows, write_atomic


def test_a_long_file_is_one_line_per_row_across_blocks() -> None:
    rows = [[str(i), "x"] for i in range(4100)]  # more rows than one block holds
    data = b"".join(encode_rows(rows, header=False))
    expected = "".join(f"{i};x" + ";" * 21 + "\n" for i in range(4100)).encode("utf-8")
    assert data == expected


def test_the_temporary_file_is_hidden_beside_the_target(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    seen: list[Path] = []
    write_atomic(target, [b"a\n"], verify=seen.append)
    assert seen[0].parent == tmp_path
    assert seen[0].name.startswith(".offline-gui-") and seen[0].name.endswith(".part")
    assert target.read_bytes() == b"a\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv"]


def test_a_zip_holds_one_deflated_member_stamped_now(tmp_path: Path) -> None:
    target = tmp_path / "out.zip"
    write_atomic(target, [b"a;b\n" * 100], as_zip=True)
    with zipfile.ZipFile(target) as zf:
        (info,) = zf.infolist()
        assert info.filename == "out.csv"
        assert info.compress_type == zipfile.ZIP_DEFLATED
        assert info.date_time[:3] == time.localtime()[:3]
        assert zf.read(info) == b"a;b\n" * 100


def test_the_file_that_was_opened_is_never_the_output(tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_bytes(b"x\n")
    with pytest.raises(WriteError) as raised:
        write_atomic(source, [b"y\n"], source=source)
    assert str(raised.value) == "The output would overwrite the file you opened. Choose another name."
    assert source.read_bytes() == b"x\n"


def _failing(error: OSError) -> Iterator[bytes]:
    yield b"first block\n"
    raise error


@pytest.mark.parametrize(("error", "why"), [
    (OSError(errno.ENOSPC, "No space left on device"), "the disk is full. Free some space or save to another drive."),
    (OSError(errno.EACCES, "Permission denied"), "permission denied. Choose a folder you can write to."),
    (OSError(errno.EPERM, "Operation not permitted"), "permission denied. Choose a folder you can write to."),
    (OSError(errno.ENAMETOOLONG, "File name too long"), "the file name is too long. Choose a shorter name."),
    (OSError(errno.EISDIR, "Is a directory"), "that name is a folder. Choose a file name."),
    (OSError(errno.EROFS, "Read-only file system"), "the drive is read-only. Choose another folder."),
    (OSError(errno.EIO, "Input/output error"), "Input/output error."),
    (OSError("the device went away"), "the device went away."),
])
def test_a_failed_save_says_why_and_leaves_nothing(tmp_path: Path, error: OSError, why: str) -> None:
    target = tmp_path / "out.csv"
    with pytest.raises(WriteError) as raised:
        write_atomic(target, _failing(error))
    assert str(raised.value) == f"Could not save out.csv: {why}"
    assert list(tmp_path.iterdir()) == []


def test_a_lone_carriage_return_in_a_value_is_quoted() -> None:
    from offline_gui.writing import format_row
    assert format_row(["a\rb", "c"]) == '"a\rb";c'
    assert format_row(["a", "b"]) == "a;b"


@pytest.mark.parametrize("fields, line", [
    (["a\nb", "c"], '"a\nb";c'),          # a line feed alone makes the row need quotes
    (["a;;b"], '"a;;b"'),                 # two separators in one value: as many as two more fields
    (["a;b;c", "d"], '"a;b;c";d'),
    (['"', ""], '"""";'),
])
def test_each_reason_for_quotes_alone_quotes_the_value(fields, line) -> None:
    from offline_gui.writing import format_row
    assert format_row(fields) == line
