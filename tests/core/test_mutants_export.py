"""Saving (export.save) decides the time stamps' day/month order before it writes, from a
sample of rows spread over the file (GUESS_ROWS) or, when the sample settles nothing, from
the whole column; with the order known, the simple rows are converted column by column.
Written against mutants that survived the rest of the suite (tools/mutation.sh).
"""

from __future__ import annotations

from pathlib import Path
from unittest import mock

import pytest
from core_util import taken_by_column_path

from offline_gui import export
from offline_gui.analysis import analyse
from offline_gui.document import Document
from offline_gui.export import NothingToUpload, SaveOptions, save
from offline_gui.fixing import SAFE_RULES, FixContext
from offline_gui.table import load

HEADER = "Tarih;Müşteri No;İşlem Tipi;Kategori;Ürün Kodu;Adet;Tutar"


def _file(path: Path, stamps: list[str], amounts: dict[int, str] | None = None) -> Path:
    lines = [HEADER] + [f"{stamp};{1000 + i};7;GIDA;P;2;{(amounts or {}).get(i, '149,90')}"
                        for i, stamp in enumerate(stamps)]
    path.write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
    return path


def _save(path: Path, out: Path, with_report: bool = False, ctx: FixContext | None = None,
          progress: list | None = None) -> tuple[int, bytes | None, object]:
    """(rows that took the column path, the upload or None when nothing could go, the
    document's day/month decision). `ctx`: a person's decisions; `progress` collects the
    progress reports."""
    table = load(path)
    try:
        doc = Document(table)
        doc.state = doc.with_state(rules=SAFE_RULES, ctx=ctx or FixContext())
        report = analyse(doc, workers=1) if with_report else None

        def run() -> bytes | None:
            try:
                save(doc, report, out, SaveOptions(drop_invalid=True),
                     progress=None if progress is None else lambda done, total: progress.append(done))
            except NothingToUpload:
                return None
            return out.read_bytes()
        taken, data = taken_by_column_path(run)
        return taken, data, doc.state.ctx.date_order
    finally:
        table.close()


def _samples_read(run) -> tuple[list, object]:
    """The `sample` of each date_evidence call while `run()` ran, and what it returned."""
    read = []
    real = export.date_evidence

    def counting(*args, **kwargs):
        read.append(kwargs.get("sample"))
        return real(*args, **kwargs)

    with mock.patch.object(export, "date_evidence", counting):
        value = run()
    return read, value


# 12 rows; a sample of 4 picks rows 0, 3, 6 and 9 (every third), all real dates both ways
AMBIGUOUS = ["01.02.2024 10:00", "02.03.2024 10:00", "03.04.2024 10:00", "04.05.2024 10:00"] * 3


def test_a_sample_that_settles_nothing_leaves_the_order_to_the_whole_column(tmp_path: Path, monkeypatch):
    """Only an unpicked row (row 1: the 13th cannot be a month) says day first: the whole
    column is read before writing, so every row is converted column by column, day first."""
    monkeypatch.setattr(export, "GUESS_ROWS", 4)
    stamps = list(AMBIGUOUS)
    stamps[1] = "13.01.2024 10:00"
    taken, data, order = _save(_file(tmp_path / "in.csv", stamps), tmp_path / "out.csv")
    assert (taken, order) == (12, "dmy")
    assert data.splitlines()[0].startswith(b"2024-02-01 10:00:00;1000;")


def test_a_sample_that_settles_the_order_is_enough(tmp_path: Path, monkeypatch):
    """A picked row (row 3) says month first: decided from the sample, converted in bulk."""
    monkeypatch.setattr(export, "GUESS_ROWS", 4)
    stamps = list(AMBIGUOUS)
    stamps[3] = "01.13.2024 10:00"
    read, (taken, data, order) = _samples_read(lambda: _save(_file(tmp_path / "in.csv", stamps), tmp_path / "out.csv"))
    assert read == [4]   # the sample only: the whole column is not read before writing
    assert (taken, order) == (12, "mdy")
    assert data.splitlines()[0].startswith(b"2024-01-02 10:00:00;1000;")


@pytest.mark.parametrize("rows", [4, 3])
def test_a_file_no_longer_than_the_sample_is_read_once(tmp_path: Path, monkeypatch, rows):
    """A file of at most GUESS_ROWS rows is all in the sample: nothing more to read when it
    settles nothing. Real dates both ways and no order: nothing converts, nothing can go."""
    monkeypatch.setattr(export, "GUESS_ROWS", 4)
    read, (taken, data, order) = _samples_read(
        lambda: _save(_file(tmp_path / "in.csv", AMBIGUOUS[:rows]), tmp_path / "out.csv"))
    assert read == [4]
    assert (taken, data, order) == (0, None, None)


def test_with_a_report_the_order_is_the_checks_and_no_evidence_is_read(tmp_path: Path):
    """The app saves with its report (the app applies the check's decision to the document
    itself): no evidence is read and the document's order is not changed here, so only the
    row that is a real date one way only converts."""
    stamps = list(AMBIGUOUS)
    stamps[1] = "13.01.2024 10:00"
    with mock.patch.object(export, "date_evidence", side_effect=AssertionError("read")):
        taken, data, order = _save(_file(tmp_path / "in.csv", stamps), tmp_path / "out.csv", with_report=True)
    assert (taken, order) == (0, None)
    assert [line[:25] for line in data.splitlines()] == [b"2024-01-13 10:00:00;1001;"]


@pytest.mark.parametrize("decided_by", ["sample", "whole column"])
def test_the_order_read_before_writing_is_decided_in_one_pass(tmp_path: Path, monkeypatch, decided_by):
    """Decided before writing, from the sample or from the whole column: the file is written
    once (the progress never goes back), every row converted column by column."""
    monkeypatch.setattr(export, "GUESS_ROWS", 4)
    stamps = list(AMBIGUOUS)
    stamps[3 if decided_by == "sample" else 1] = "13.01.2024 10:00"
    progress: list[int] = []
    taken, _data, order = _save(_file(tmp_path / "in.csv", stamps), tmp_path / "out.csv", progress=progress)
    assert (taken, order) == (12, "dmy")
    assert progress and progress == sorted(progress) and progress[-1] == 12


@pytest.mark.parametrize("decided_by", ["sample", "whole column"])
def test_a_persons_other_decisions_stay_when_the_order_is_read_before_writing(tmp_path: Path, monkeypatch,
                                                                             decided_by):
    """A person said a lone comma before three digits is a thousands separator: the
    day/month order read before writing keeps that answer (2,345 is written 2345)."""
    monkeypatch.setattr(export, "GUESS_ROWS", 4)
    stamps = list(AMBIGUOUS)
    stamps[3 if decided_by == "sample" else 1] = "13.01.2024 10:00"
    path = _file(tmp_path / "in.csv", stamps, amounts={5: "2,345"})
    _taken, data, order = _save(path, tmp_path / "out.csv", ctx=FixContext(comma_default="thousands"))
    assert order == "dmy"
    assert data is not None and data.splitlines()[5].startswith(b"2024-03-02 10:00:00;1005;7;GIDA;P;2;2345;")
