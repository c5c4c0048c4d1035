"""Fixes as data (fixing.py): the column decisions, what a person's yes changes, the
hints a person is shown, and the exact edits a rule records.

Written against mutants that survived the rest of the suite (tools/mutation.sh).
"""

from __future__ import annotations

from collections import Counter

import pytest

from offline_gui import fixing
from offline_gui.catalog import Safety
from offline_gui.fixing import FixContext, accept, apply_rules, decide_commas, fix_for, timestamp_hint
from offline_gui.spec import CUSTOMER_ID, NUM1, NUM2, REQUIRED_FIELDS


def _row(**cells: str) -> list[str]:
    fields = ["2024-05-25 12:25:43", "1001", "7", "", "P1", "1", "10.50"] + [""] * (REQUIRED_FIELDS - 7)
    for key, value in cells.items():
        fields[int(key[1:])] = value
    return fields


def test_a_column_without_its_own_decision_takes_the_persons_answer() -> None:
    ctx = FixContext(commas=((NUM1, "decimal"),), comma_default="thousands")
    assert ctx.comma(NUM1) == "decimal"
    assert ctx.comma(NUM2) == "thousands"


def test_each_number_column_decides_its_comma_from_its_own_values() -> None:
    evidence = Counter({(NUM1, "decimal"): 2, (NUM2, "thousands"): 1})
    base = FixContext(midnight=True)
    decided = decide_commas(evidence, base)
    assert decided.commas == ((NUM1, "decimal"), (NUM2, "thousands"))
    assert decided.midnight is True  # the other decisions stay


def test_a_column_showing_both_conventions_decides_nothing() -> None:
    evidence = Counter({(NUM1, "decimal"): 1, (NUM1, "thousands"): 3, (NUM2, "decimal"): 1})
    assert decide_commas(evidence, FixContext()).commas == ((NUM2, "decimal"),)
    assert decide_commas(Counter(), FixContext()).commas == ()


def test_hints_say_what_the_person_must_decide() -> None:
    assert timestamp_hint("25.05.2024", FixContext()) == (
        "It has no time of day. Add the time, or accept midnight (00:00:00) for these dates.")
    assert timestamp_hint("05.06.2024 10:00", FixContext(date_conflict=True)) == (
        "The column holds day-first and month-first dates; correct the ones that do not fit.")
    assert timestamp_hint("18.05.2024 10:00", FixContext(date_order="mdy")) == (
        "It does not fit the column's day/month order; correct it by hand.")
    assert timestamp_hint("05.06.2024 10:00", FixContext()) == (
        "Say whether the day or the month comes first; then it can be converted.")


def test_a_lone_comma_follows_its_own_columns_decision() -> None:
    ctx = FixContext(commas=((NUM1, "thousands"),))
    fix = fix_for("number-decimal-comma", "2,345", ctx, column=NUM1)
    assert fix is not None and fix.value == "2345"


def test_a_lone_comma_nobody_decided_is_a_question() -> None:
    fix = fix_for("number-decimal-comma", "2,345", FixContext(), column=NUM2)
    assert fix is not None
    assert fix.safety is Safety.UNSAFE
    assert fix.value is None
    assert fix.description == ("'2,345' could be 2.345 or 2345, and the column does not say which; "
                               "type the number as it should be.")


def test_accepting_a_code_changes_only_what_it_names() -> None:
    rules, ctx = accept(frozenset(), FixContext(), ["line-break"])
    assert rules == {"line-break"} and ctx == FixContext()
    rules, ctx = accept(frozenset({"whitespace"}), FixContext(), ["timestamp-format"])
    assert rules == {"whitespace"} and ctx == FixContext(midnight=True)
    rules, ctx = accept(frozenset(), FixContext(), ["number-decimal-comma"])
    assert rules == frozenset() and ctx == FixContext(comma_default="decimal")
    rules, ctx = accept(frozenset(), FixContext(), ["encoding-line", "line-break"])
    assert rules == {"encoding-line", "line-break"}


def test_accepting_a_code_without_such_a_fix_is_refused_with_the_choices() -> None:
    with pytest.raises(ValueError) as raised:
        accept(frozenset(), FixContext(), ["bom"])
    assert str(raised.value) == ("'bom' has no fix a person can accept here; codes that do: "
                                 "encoding-line, line-break, timestamp-format, number-decimal-comma.")


def test_short_rows_are_padded_only_under_the_field_count_rule() -> None:
    short = ["2024-05-25 12:25:43", " 1001", "7", "", "P1", "1", "10.50"]
    assert apply_rules(short, frozenset({"whitespace"}), FixContext()) == [
        "2024-05-25 12:25:43", "1001", "7", "", "P1", "1", "10.50"]
    padded = apply_rules(short, frozenset({"field-count"}), FixContext())
    assert padded == short + [""] * (REQUIRED_FIELDS - len(short))


def test_the_whitespace_rule_logs_each_cell_it_changed() -> None:
    log: list = []
    out = apply_rules(_row(c1=" 1001", c8="Kadıköy\t"), frozenset({"whitespace"}), FixContext(), log)
    assert out == _row(c1="1001", c8="Kadıköy")
    assert log == [(CUSTOMER_ID, " 1001", "1001", "whitespace"), (8, "Kadıköy\t", "Kadıköy", "whitespace")]


def test_a_rule_fixes_only_its_own_findings() -> None:
    # a thousands separator is not a decimal comma: accepting one does not rewrite the other
    row = _row(c6="1.234,50")
    log: list = []
    assert apply_rules(row, frozenset({"number-decimal-comma"}), FixContext(), log) == row
    assert log == []
    assert apply_rules(row, frozenset({"number-thousands"}), FixContext(), log)[NUM2] == "1234.50"
    assert log == [(NUM2, "1.234,50", "1234.50", "number-thousands")]


def test_safe_rules_come_from_the_catalog() -> None:
    assert "whitespace" in fixing.SAFE_RULES
    assert "bom" not in fixing.SAFE_RULES          # a file-level fix is the writer's
    assert "line-break" not in fixing.SAFE_RULES   # needs a person


def test_the_line_break_rule_joins_each_kind_of_break_with_one_space_and_logs_it() -> None:
    row = _row(c8="a\r\nb", c9="c\rd", c10="two  spaces\nhere", c11="plain")
    log: list = []
    out = apply_rules(row, frozenset({"line-break"}), FixContext(), log)
    assert out == _row(c8="a b", c9="c d", c10="two  spaces here", c11="plain")
    assert log == [(8, "a\r\nb", "a b", "line-break"), (9, "c\rd", "c d", "line-break"),
                   (10, "two  spaces\nhere", "two  spaces here", "line-break")]


def test_a_lone_carriage_return_is_a_line_break_too() -> None:
    out = apply_rules(_row(c8="x\r"), frozenset({"line-break"}), FixContext())
    assert out[8] == "x "


def test_an_excel_serial_in_the_time_stamp_column_is_converted() -> None:
    log: list = []
    out = apply_rules(_row(c0="45437.5"), frozenset({"timestamp-format"}), FixContext(), log)
    assert out[0] == "2024-05-25 12:00:00"
    assert log == [(0, "45437.5", "2024-05-25 12:00:00", "timestamp-format")]


def test_rules_skip_columns_a_short_row_does_not_have() -> None:
    short = ["2024-05-25 12:25:43", "1001", "7", "", "P1", "1.234,50"]   # no Num2
    assert apply_rules(short, frozenset({"number-thousands"}), FixContext()) == [
        "2024-05-25 12:25:43", "1001", "7", "", "P1", "1234.50"]
