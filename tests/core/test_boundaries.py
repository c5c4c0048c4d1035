"""Boundary values a hostile clerk's export holds, through check, the fast path and fix."""

from __future__ import annotations

import pytest
from core_util import check, cli, row, text, write
from test_fast_path import _fast, _general

from offline_gui.document import Document
from offline_gui.table import load


@pytest.mark.parametrize("stamp, code, fixed", [
    ("2000-02-29 10:00:00", None, None),              # a leap century (divisible by 400)
    ("1900-02-29 10:00:00", "timestamp-invalid", None),
    ("2100-02-29 10:00:00", "timestamp-invalid", None),
    ("2024-02-29 23:59:59", None, None),
    ("2023-02-29 10:00:00", "timestamp-invalid", None),
    ("2024-05-25 24:00:00", "timestamp-invalid", None),  # 24:00 is not a clock time here
    ("25.05.2024 24:00", "timestamp-invalid", None),
    ("2024-05-25T12:25:43", "timestamp-format", "2024-05-25 12:25:43"),
    ("29.02.2000 10:00", "timestamp-format", "2000-02-29 10:00:00"),
    ("29.02.1900 10:00", "timestamp-invalid", None),
])
def test_calendar_edges(tmp_path, stamp, code, fixed):
    path = write(tmp_path / "in.csv", text([row(ts=stamp), row(cid="2")]))
    run = check(path)
    stamps = [d for d in run.diags() if d["column"] == 1]
    assert [d["code"] for d in stamps] == ([code] if code else [])
    if fixed:
        assert stamps[0]["fix"]["value"] == fixed
    _fast_equals_general(path)


def test_trailing_space_on_the_last_field(tmp_path):
    path = write(tmp_path / "in.csv", text([row(c22="F-1 "), row(cid="2", c22="F-2")]))
    run = check(path)
    assert [(d["row"], d["column"]) for d in run.diags("whitespace")] == [(1, 23)]
    _fast_equals_general(path)
    out = tmp_path / "out.csv"
    assert cli("fix", path, "-o", out).code == 0
    assert out.read_text(encoding="utf-8").splitlines()[0].endswith(";F-1")


@pytest.mark.parametrize("delimiter", [",", "\t", "|"])
def test_an_unquoted_semicolon_in_another_separators_file_is_kept_and_quoted(tmp_path, delimiter):
    path = write(tmp_path / "in.csv", text([row(c9="a;b"), row(cid="2")], delimiter=delimiter))
    out = tmp_path / "out.csv"
    assert cli("fix", path, "-o", out).code == 0
    first = out.read_text(encoding="utf-8").splitlines()[0]
    assert first.split(";")[9:11] == ['"a', 'b"']  # written quoted: one value, a;b
    table = load(out)
    try:
        assert Document(table).row(0)[9] == "a;b"
    finally:
        table.close()


def _fast_equals_general(path) -> None:
    table = load(path)
    try:
        doc = Document(table)
        assert _fast(doc) == _general(doc)
    finally:
        table.close()
