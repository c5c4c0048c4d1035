"""The day/month evidence `fix` reads before writing (analysis.date_evidence), from every row
or from a sample of rows spread over the file (export.GUESS_ROWS): the orders and the first
value of each kind are those of the picked rows' time stamps as the one record decoder and
`values.timestamp_orders` read them. Written against mutants that survived the rest of the
suite (tools/mutation.sh).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from offline_gui import values
from offline_gui.analysis import date_evidence
from offline_gui.document import Document
from offline_gui.table import load

HEADER = "Tarih;Müşteri No;İşlem Tipi;Kategori;Ürün Kodu;Adet;Tutar"
STAMPS = ["25.05.2024 14:03", "05.06.2024 10:00", "05.18.2024 10:00:05", "2024-05-25 12:25:43", " 18.05.2024 09:10",
          "5/6/2024 10:00", "31.02.2024 10:00", "25.05.2024 14:03:60", '"25.05.2024 14:03"', "12.11.2024 10:00:00",
          "x", "", "13.13.2024 10:00", "01.02.2024 10:00 ", "07.08.2024 23:59:59", "13.01.2024 00:00",
          "01.13.2024 00:00", "2024-05-25", "1.2.2024 10:00", "06.07.2024 10:00"]
RESTS = ["1001;7;GIDA;P;2;149,90", "2;7;;P;1;1", "1003;7;" + "Ş" * 40 + ";P;1;1"]


def _expected(doc: Document, step: int) -> tuple[Counter, dict]:
    """Every `step`-th data row from the first: the orders of each time stamp that is not
    YYYY-MM-DD (a `-` at its line's fifth byte), and the first value of each kind."""
    table = doc.table
    evidence: Counter = Counter()
    examples: dict = {}
    for row in range(0, doc.row_count, step):
        line, _odd = table.record_text(row + table.first_data_record)
        if line.encode("utf-8")[4:5] == b"-":
            continue
        value = values.strip_ws(table.fields(row)[0])
        found = values.timestamp_orders(value)
        if found:
            evidence[found] += 1
            examples.setdefault(found, value)
    return evidence, examples


def _file(folder: Path, rows: list[tuple[int, int]], header: bool, crlf: bool) -> Path:
    end = "\r\n" if crlf else "\n"
    lines = [HEADER] * header + [f"{STAMPS[s]};{RESTS[r]}" for s, r in rows]
    path = folder / "d.csv"
    path.write_bytes((end.join(lines) + end).encode("utf-8"))
    return path


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.tuples(st.integers(0, len(STAMPS) - 1), st.integers(0, len(RESTS) - 1)),
                     min_size=1, max_size=30),
       sample=st.integers(1, 12), per_read=st.integers(1, 8), header=st.booleans(), crlf=st.booleans())
def test_the_evidence_of_a_sample_is_that_of_the_rows_it_picks(tmp_path_factory, rows, sample, per_read, header,
                                                               crlf):
    path = _file(tmp_path_factory.mktemp("evidence"), rows, header, crlf)
    table = load(path)
    try:
        doc = Document(table)
        if doc.state.mapping[:1] != (0,):
            return   # (a header the layout reads otherwise: no evidence, tested below)
        n = doc.row_count
        for got, step in ((date_evidence(doc, sample=sample), -(-n // sample) if n > sample else 1),
                          (date_evidence(doc, rows_per_read=per_read), 1),
                          (date_evidence(doc), 1)):
            evidence, examples = _expected(doc, step)
            assert dict(got) == dict(evidence), step
            assert got.examples == examples, step
    finally:
        table.close()


def _evidence(path: Path, **kwargs) -> tuple[dict, dict] | None:
    table = load(path)
    try:
        got = date_evidence(Document(table), **kwargs)
        return None if got is None else (dict(got), got.examples)
    finally:
        table.close()


def test_the_sample_picks_rows_spread_from_the_first(tmp_path: Path):
    """Ten rows, a sample of four: rows 0, 3, 6 and 9 (every ceil(10/4) = 3rd), in file order;
    the first value of each kind is the first picked row's."""
    stamps = ["13.01.2024 10:00", "14.01.2024 10:00", "01.02.2024 10:00", "01.15.2024 10:00", "15.01.2024 10:00",
              "16.01.2024 10:00", "02.03.2024 10:00", "17.01.2024 10:00", "01.16.2024 10:00", "18.01.2024 10:00"]
    path = tmp_path / "s.csv"
    path.write_text("".join(f"{s};{1000 + i};7;G;P;1;1\n" for i, s in enumerate(stamps)), encoding="utf-8")
    dmy, mdy, both = frozenset({"dmy"}), frozenset({"mdy"}), frozenset({"dmy", "mdy"})
    assert _evidence(path, sample=4) == ({dmy: 2, mdy: 1, both: 1},
                                         {dmy: "13.01.2024 10:00", mdy: "01.15.2024 10:00", both: "02.03.2024 10:00"})
    assert _evidence(path, sample=10) == _evidence(path) == (
        {dmy: 6, mdy: 2, both: 2}, {dmy: "13.01.2024 10:00", mdy: "01.15.2024 10:00", both: "01.02.2024 10:00"})


def test_no_evidence_when_the_stamps_are_not_the_first_column(tmp_path: Path):
    path = tmp_path / "m.csv"
    path.write_text("Müşteri No;Tarih;İşlem Tipi;Kategori;Ürün Kodu;Adet;Tutar\n"
                    "1001;13.01.2024 10:00;7;G;P;1;1\n", encoding="utf-8")
    assert _evidence(path) is None and _evidence(path, sample=1) is None


def test_a_last_line_shorter_than_a_date_at_the_end_of_the_file(tmp_path: Path):
    """The file ends in a line of one byte, without a line break: read to its end and no
    further, it is no time stamp."""
    path = tmp_path / "short.csv"
    path.write_bytes(f"{HEADER}\n13.01.2024 10:00;1;7;G;P;1;1\nx".encode())
    assert _evidence(path) == ({frozenset({"dmy"}): 1}, {frozenset({"dmy"}): "13.01.2024 10:00"})


def test_a_stamp_with_a_byte_too_many_is_no_evidence(tmp_path: Path):
    """`25.05.2024 14:03x` is 17 bytes: its first 16 are a stamp, the value is not one."""
    path = tmp_path / "x.csv"
    path.write_bytes(f"{HEADER}\n25.05.2024 14:03x;1;7;G;P;1;1\n05.06.2024 10:00;2;7;G;P;1;1\n".encode())
    assert _evidence(path) == ({frozenset({"dmy", "mdy"}): 1}, {frozenset({"dmy", "mdy"}): "05.06.2024 10:00"})
