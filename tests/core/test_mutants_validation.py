"""The row checker's shortcut for clean rows (validation.py) must never hide a finding:
each row below has exactly one defect, and check_row names exactly it. Written against
mutants that survived the rest of the suite (tools/mutation.sh)."""

from __future__ import annotations

import pytest
from core_util import row

from offline_gui.validation import check_row


def _found(fields: list[str]) -> list[tuple[int, str]]:
    return [(col, code) for _row, col, code, _extra in check_row(5, fields).found]


@pytest.mark.parametrize(("cells", "expected"), [
    ({}, []),
    ({"name": " P1"}, [(4, "whitespace")]),
    ({"cid": "1001 "}, [(1, "whitespace")]),
    ({"cid": "ABC-1"}, []),                          # a text id is fine
    ({"cid": "1001.0"}, [(1, "id-decimal")]),
    ({"et": "8"}, [(2, "event-type-unusual")]),
    ({"c9": "Kadıköy "}, [(9, "whitespace")]),
    ({"c9": "\tKadıköy"}, [(9, "whitespace")]),
    ({"c9": "a\nb"}, [(9, "line-break")]),
    ({"c9": "a\rb"}, [(9, "line-break")]),
    ({"n2": "94,64"}, [(6, "number-decimal-comma")]),
    ({"ts": "2024-02-30 10:00:00"}, [(0, "timestamp-invalid")]),
])
def test_one_defect_one_finding(cells: dict[str, str], expected: list[tuple[int, str]]) -> None:
    assert _found(row(**cells)) == expected


def test_a_short_row_is_one_field_count_finding() -> None:
    fields = row()[:22]
    assert [(col, code, extra) for _r, col, code, extra in check_row(5, fields).found] == [(-1, "field-count", 22)]


def test_the_same_bad_time_stamp_twice_is_found_twice() -> None:
    result = check_row(0, row(ts="25.05.2024 10:00"))
    result.merge(check_row(1, row(ts="25.05.2024 10:00")))
    assert [(r, code) for r, _c, code, _e in result.found] == [(0, "timestamp-format"), (1, "timestamp-format")]
    assert sum(result.orders.values()) == 2
