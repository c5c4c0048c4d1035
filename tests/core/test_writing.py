"""Writing: the upload format exactly, and saves that are atomic whatever goes wrong."""

from __future__ import annotations

import errno
import os
import zipfile
from pathlib import Path

import pytest
from core_util import assert_clean_failure, cli, row, sha, text, write

from offline_gui import writing
from offline_gui.spec import REQUIRED_FIELDS, header_row
from offline_gui.writing import (
    WriteError,
    encode_rows,
    format_row,
    padded,
    write_atomic,
    zip_member_name,
)


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part") or p.name.startswith(".offline"))


# ---- format


def test_format_row_quotes_only_where_needed():
    assert format_row(["a", "b c", "", "İ"]) == "a;b c;;İ"
    assert format_row(["a;b"]) == '"a;b"'
    assert format_row(['say "hi"']) == '"say ""hi"""'
    assert format_row(["two\nlines", "cr\r"]) == '"two\nlines";"cr\r"'
    assert format_row([]) == ""


def test_encode_rows_pads_and_adds_the_header():
    data = b"".join(encode_rows([["a"], row(width=30)], header=True, width=30)).decode("utf-8")
    lines = data.split("\n")
    assert lines[0] == ";".join(header_row(30))
    assert lines[1] == "a" + ";" * (REQUIRED_FIELDS - 1)
    assert lines[2].count(";") == 29
    assert data.endswith("\n") and not data.startswith("\ufeff")
    assert padded(["x"] * 30) == ["x"] * 30


def test_encode_rows_streams_in_blocks():
    blocks = list(encode_rows(([str(i)] for i in range(10_000)), header=False))
    assert len(blocks) > 1
    assert b"".join(blocks).count(b"\n") == 10_000


def test_encode_rows_of_nothing():
    assert b"".join(encode_rows([], header=False)) == b""


def test_zip_member_name():
    assert zip_member_name(Path("out.zip")) == "out.csv"
    assert zip_member_name(Path("out.csv.zip")) == "out.csv"
    assert zip_member_name(Path("out.txt.ZIP")) == "out.txt"
    assert zip_member_name(Path("upload")) == "upload.csv"


# ---- atomic


def test_write_atomic_writes_exactly_and_leaves_nothing_else(tmp_path):
    target = tmp_path / "out.csv"
    write_atomic(target, [b"a;b\n", b"c;d\n"])
    assert target.read_bytes() == b"a;b\nc;d\n"
    assert leftovers(tmp_path) == []


def test_write_atomic_zip(tmp_path):
    target = tmp_path / "out.zip"
    write_atomic(target, [b"a;b\n"], as_zip=True)
    with zipfile.ZipFile(target) as zf:
        assert zf.namelist() == ["out.csv"] and zf.read("out.csv") == b"a;b\n"


@pytest.mark.parametrize("make_target, words", [
    (lambda d: d / "folder", "folder"),
    (lambda d: d / "missing" / "out.csv", "does not exist"),
    (lambda d: d / ("x" * 300 + ".csv"), "too long"),
])
def test_write_failures_say_why_and_leave_nothing(tmp_path, make_target, words):
    (tmp_path / "folder").mkdir()
    target = make_target(tmp_path)
    with pytest.raises(WriteError) as err:
        write_atomic(target, [b"a\n"])
    assert words in str(err.value)
    assert leftovers(tmp_path) == []
    assert (tmp_path / "folder").is_dir() and list((tmp_path / "folder").iterdir()) == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_read_only_folder(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(WriteError) as err:
            write_atomic(folder / "out.csv", [b"a\n"])
        assert "permission denied" in str(err.value)
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def _enospc(*_args, **_kwargs):
    raise OSError(errno.ENOSPC, "No space left on device")


@pytest.mark.parametrize("where", ["os.replace", "os.fsync"])
def test_disk_full_keeps_the_old_target_and_leaves_no_part_file(tmp_path, monkeypatch, where):
    target = write(tmp_path / "out.csv", b"old contents\n")
    monkeypatch.setattr(where, _enospc)
    with pytest.raises(WriteError) as err:
        write_atomic(target, [b"new\n"])
    assert "disk is full" in str(err.value) and "out.csv" in str(err.value)
    assert target.read_bytes() == b"old contents\n"
    assert leftovers(tmp_path) == []


def test_disk_full_while_writing_blocks(tmp_path, monkeypatch):
    calls = []

    def blocks():
        yield b"first\n"
        calls.append(1)
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(WriteError, match="disk is full"):
        write_atomic(tmp_path / "out.csv", blocks())
    assert calls and leftovers(tmp_path) == [] and not (tmp_path / "out.csv").exists()


def test_any_failure_while_producing_rows_leaves_no_part_file(tmp_path):
    def blocks():
        yield b"first\n"
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        write_atomic(tmp_path / "out.csv", blocks())
    assert list(tmp_path.iterdir()) == []


def test_refused_verification_leaves_the_target_alone(tmp_path):
    target = write(tmp_path / "out.csv", b"old\n")

    def verify(path: Path) -> None:
        assert path.read_bytes() == b"new\n" and path != target
        raise WriteError("did not re-check")

    with pytest.raises(WriteError, match="did not re-check"):
        write_atomic(target, [b"new\n"], verify=verify)
    assert target.read_bytes() == b"old\n" and leftovers(tmp_path) == []


def test_never_writes_over_the_source(tmp_path):
    src = write(tmp_path / "in.csv", b"x\n")
    link = tmp_path / "link.csv"
    link.symlink_to(src)
    hard = tmp_path / "hard.csv"
    os.link(src, hard)
    for target in (src, tmp_path / "." / "in.csv", link, hard):
        with pytest.raises(WriteError, match="overwrite the file you opened"):
            write_atomic(target, [b"y\n"], source=src)
    assert src.read_bytes() == b"x\n"


# ---- through the command line


def test_fix_output_same_as_input_is_refused(tmp_path):
    src = write(tmp_path / "in.csv", text([row(n1="1,5")]))
    before = sha(src)
    for target in (src, tmp_path / "sub" / ".." / "in.csv"):
        (tmp_path / "sub").mkdir(exist_ok=True)
        assert_clean_failure(cli("fix", src, "-o", target), 2, "overwrite")
    assert sha(src) == before


def test_fix_disk_full_exits_two_with_a_reason(tmp_path, monkeypatch):
    src = write(tmp_path / "in.csv", text([row(n1="1,5")]))
    monkeypatch.setattr(writing.os, "replace", _enospc)
    run = cli("fix", src, "-o", tmp_path / "out.csv")
    assert_clean_failure(run, 2, "disk is full")
    assert not (tmp_path / "out.csv").exists() and leftovers(tmp_path) == []


@pytest.mark.parametrize("target, words", [
    ("folder", "folder"), ("missing/out.csv", "does not exist"), ("x" * 300 + ".csv", "too long"),
])
def test_fix_bad_targets(tmp_path, target, words):
    (tmp_path / "folder").mkdir()
    src = write(tmp_path / "in.csv", text([row()]))
    assert_clean_failure(cli("fix", src, "-o", tmp_path / target), 2, words)
    assert leftovers(tmp_path) == [] and list((tmp_path / "folder").iterdir()) == []


def test_fix_rejects_file_failure_is_reported(tmp_path, monkeypatch):
    src = write(tmp_path / "in.csv", text([row(), row(cid="1.2E+11")]))
    (tmp_path / "out.rejected.csv").mkdir()  # the rejects cannot be written
    run = cli("fix", src, "-o", tmp_path / "out.csv", "--drop-invalid")
    assert_clean_failure(run, 2, "folder")
    assert leftovers(tmp_path) == [] and not (tmp_path / "out.csv").exists()


def test_fix_rejects_removed_when_the_upload_file_fails(tmp_path, monkeypatch):
    src = write(tmp_path / "in.csv", text([row(), row(cid="1.2E+11")]))
    real = os.replace

    def replace(a, b):
        if str(b).endswith("out.csv"):
            _enospc()
        real(a, b)

    monkeypatch.setattr(writing.os, "replace", replace)
    run = cli("fix", src, "-o", tmp_path / "out.csv", "--drop-invalid")
    assert_clean_failure(run, 2, "disk is full")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.csv"]


def test_written_file_gets_normal_permissions(tmp_path):
    target = tmp_path / "out.csv"
    write_atomic(target, [b"a\n"])
    # not mkstemp's 0600: what any program saving a file makes, so a pickup job can read it
    assert target.stat().st_mode & 0o777 == 0o666 & ~writing._UMASK
    target.chmod(0o640)
    write_atomic(target, [b"b\n"])
    assert target.stat().st_mode & 0o777 == 0o640  # a replaced file keeps its permissions
