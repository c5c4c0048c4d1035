"""Fidelity (FORMAT.md): every output cell equals its source cell, or the change log lists
it with a documented rule. Nothing else differs.

Files are written by Python's csv module (not by us), read back by the csv module (not
by us); only the product's `fix` runs in between.
"""

from __future__ import annotations

import csv
import io
import tempfile
from pathlib import Path

from core_util import cli
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from offline_gui.catalog import CATALOG

GOOD = ["2024-05-25 12:25:43", "1001", "7", "GIDA", "P1", "2", "12.50"] + [""] * 15 + ["F-1"]
POOLS = {
    0: ["2024-05-25 12:25:43", "25.05.2024 14:03", "2024/05/25 14:03:07", "45437.5", " 2024-05-25 12:00:00",
        "05/06/2024 10:00", "18.05.2024 10:00", "", "2024-13-45 10:00:00", "25.05.2024", "2024-02-29T23:59:59"],
    1: ["1001", "1001.0", "1001,0", "100.000", "1.23457E+11", " 1002", "AB-7", "", "0012", "1234567890123456789"],
    2: ["7", "7.0", "7,0", "8", "x", " 7", ""],
    4: ["P1", "ÇİKOLATA", 'Ekran 55" TV', "a;b", "a,b", "two\nlines", "x\r\ny", " Ayran ", "\u00a0Moda\u00a0",
        "", 'say "hi"', "tab\tin"],
    5: ["1", "1,5", "1.234,50", "2,345", "abc", " 3", "-3", ""],
    6: ["12.50", "12,50", "1,234.50", "", "94,64 ", "0.5"],
    7: ["", " İzmir", "a\tb", "Kadıköy, Moda", "x|y", "\u00a0", "ş\n"],
    12: ["", "Kırmızı ", '"quoted"'],
    22: ["F-1", " F-2", ""],
}
RULES = {"edit"} | set(CATALOG)


@st.composite
def messy_rows(draw):
    fields = list(GOOD)
    for col, pool in POOLS.items():
        if draw(st.integers(0, 2)) == 0:
            fields[col] = draw(st.sampled_from(pool))
    width = draw(st.sampled_from([23, 23, 7, 10, 24]))
    return fields[:width] if width <= 23 else fields + ["extra "]


def _read(data: str, delimiter: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data, newline=""), delimiter=delimiter))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=st.lists(messy_rows(), min_size=1, max_size=12), delimiter=st.sampled_from([";", ",", "\t", "|"]),
       crlf=st.booleans(), legacy=st.booleans(), accept=st.booleans())
def test_every_changed_cell_is_listed_and_nothing_else_differs(rows, delimiter, crlf, legacy, accept):
    rows = [list(GOOD), list(GOOD)] + rows  # data-shaped first rows: no header is guessed
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n" if crlf else "\n").writerows(rows)
    text = buffer.getvalue()
    encoding = "utf-8"
    if legacy:
        try:
            text.encode("cp1254")
            encoding = "cp1254"
        except UnicodeEncodeError:
            pass
    folder = Path(tempfile.mkdtemp())
    src = folder / "in.csv"
    src.write_bytes(text.encode(encoding))
    out, changes = folder / "out.csv", folder / "changes.csv"
    options = ["--accept", "line-break"] if accept else []
    run = cli("fix", src, "-o", out, "--no-header", "--drop-invalid", "--changes", changes, *options)
    assert run.code in (0, 1), run.err
    if run.code == 1:
        assert "None of the" in run.err and not out.exists()
        return

    source = _read(src.read_bytes().decode(encoding), delimiter)
    assert source == rows  # the csv module itself reads the file as written
    rejects_file = folder / "out.rejected.csv"
    rejected = {int(r[0]) for r in _read(rejects_file.read_bytes().decode("utf-8"), ";")[1:]} \
        if rejects_file.exists() else set()
    kept = [(number, fields) for number, fields in enumerate(source, start=1) if number not in rejected]
    written = _read(out.read_bytes().decode("utf-8"), ";")
    assert len(written) == len(kept)
    log = _read(changes.read_bytes().decode("utf-8"), ";")
    assert log[0] == ["row", "column", "before", "after", "rule"]
    listed = {(int(r[0]), int(r[1])): r[2:] for r in log[1:] if r[1]}
    whole_row = {int(r[0]) for r in log[1:] if not r[1]}
    assert not whole_row  # (no line of these files is in another encoding than the file)
    assert {row for row, _ in listed} <= {number for number, _ in kept}

    for (number, src_fields), out_fields in zip(kept, written, strict=True):
        assert len(out_fields) >= max(23, len(src_fields))
        for col, value in enumerate(out_fields):
            before = src_fields[col] if col < len(src_fields) else ""
            change = listed.get((number, col + 1))
            if value == before:
                assert change is None, (number, col + 1, change)
            else:
                assert change is not None, f"row {number} column {col + 1}: {before!r} -> {value!r} not listed"
                assert change[:2] == [before, value]
                assert set(change[2].split("+")) <= RULES
