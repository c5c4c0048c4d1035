from collections import Counter

import pytest

from offline_gui.analysis import DateOrderRefused, decide_date_order
from offline_gui.document import State
from offline_gui.file_level import _moves


def test_moves_name_header_columns_and_empty_slots():
    swapped = (1, 0) + tuple(range(2, 23))
    assert _moves(State(swapped), ("Müşteri No", "Tarih")) == (
        "'Tarih' is column 2 but belongs in column 1 (Time Stamp); "
        "'Müşteri No' is column 1 but belongs in column 2 (Customer ID)")
    emptied = tuple(range(6)) + (30,) + tuple(range(7, 23))
    assert _moves(State(emptied), ("a", "b")) == "no column of the file fills Num2"
    joined = State(tuple(range(23)), time_source=1)
    assert _moves(joined, ("Tarih", "Saat")) == ("'Saat' (column 2) is the time of day: it is joined to the "
                                                 "date in column 1")


def test_date_order_comes_from_unambiguous_stamps_only():
    assert decide_date_order(Counter({frozenset({"dmy"}): 1, frozenset({"dmy", "mdy"}): 5}), None).date_order == "dmy"
    assert decide_date_order(Counter({frozenset({"dmy", "mdy"}): 5}), None).date_order is None
    both = Counter({frozenset({"dmy"}): 1, frozenset({"mdy"}): 1})
    assert decide_date_order(both, None).date_order is None and decide_date_order(both, None).date_conflict
    with pytest.raises(DateOrderRefused):
        decide_date_order(both, "mdy")
    only_ambiguous = Counter({frozenset({"dmy", "mdy"}): 3})
    assert decide_date_order(only_ambiguous, "mdy").date_order == "mdy"


def test_date_evidence_reads_unusual_stamps_only(tmp_path):
    from offline_gui.analysis import date_evidence
    from offline_gui.document import Document
    from offline_gui.table import load
    good = ";".join(["2024-05-25 12:25:43", "1", "7", "", "P", "1", "2"] + [""] * 16)
    lines = [good.replace("2024-05-25 12:25:43", "05.06.2024 10:00"), good,
             good.replace("2024-05-25 12:25:43", "25.06.2024 10:00")]
    path = tmp_path / "d.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    table = load(path)
    try:
        evidence = date_evidence(Document(table))
    finally:
        table.close()
    assert evidence == Counter({frozenset({"dmy", "mdy"}): 1, frozenset({"dmy"}): 1})
    assert decide_date_order(evidence, None).date_order == "dmy"
