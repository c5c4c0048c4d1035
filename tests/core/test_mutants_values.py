"""Exact values at the edges of the single-value checks and conversions (values.py).

Written against mutants that survived the rest of the suite (tools/mutation.sh): each test
pins one boundary a slip would move: the clock's limits, AM/PM, the Excel serial's time,
the calendar, a lone comma's two readings, event types and Excel's id artefacts.
"""

from __future__ import annotations

import pytest

from offline_gui import values


@pytest.mark.parametrize(("raw", "expected"), [
    ("25.05.2024 23:59:59", "2024-05-25 23:59:59"),   # the last second of a day
    ("25.05.2024 00:00:00", "2024-05-25 00:00:00"),
    ("25.05.2024 24:00:00", None),                    # 24:00 is not a clock time here
    ("25.05.2024 23:60:00", None),
    ("25.05.2024 23:59:60", None),                    # no leap seconds
    ("25.05.2024 12:30 AM", "2024-05-25 00:30:00"),  # 12 AM is just after midnight
    ("25.05.2024 12:30 PM", "2024-05-25 12:30:00"),  # 12 PM is noon
    ("25.05.2024 1:05 PM", "2024-05-25 13:05:00"),
    ("25.05.2024 1:05 am", "2024-05-25 01:05:00"),
    ("25.05.2024 11:59:59 PM", "2024-05-25 23:59:59"),
    ("25.05.2024 0:30 AM", None),                     # a 12-hour clock has no hour 0
    ("25.05.2024 13:00 PM", None),                    # ... and no hour 13
])
def test_clock_limits_and_am_pm(raw: str, expected: str | None) -> None:
    assert values.convert_timestamp(raw, "dmy") == expected


@pytest.mark.parametrize(("raw", "expected"), [
    ("2024-02-29 10:00:00", True),    # a leap year
    ("2023-02-29 10:00:00", False),
    ("1900-02-29 10:00:00", False),   # a century is not a leap year ...
    ("2000-02-29 10:00:00", True),    # ... unless it divides by 400
    ("2024-04-31 10:00:00", False),
    ("2024-12-31 23:59:59", True),
    ("2024-13-01 10:00:00", False),
    ("2024-00-10 10:00:00", False),
    ("2024-01-00 10:00:00", False),
    ("2024-01-32 10:00:00", False),
    ("2024-05-25 24:00:00", False),
    ("2024-05-25T10:00:00", False),   # the separator is one space
    ("2024-05-25 10:00:00 ", False),
])
def test_valid_timestamp_is_a_real_moment(raw: str, expected: bool) -> None:
    assert values.is_valid_timestamp(raw) is expected


def test_day_and_month_are_read_from_their_own_places() -> None:
    # every part differs, so a part read from a neighbour's digits shows
    assert values.is_valid_timestamp("2031-12-28 10:00:00")
    assert values.convert_timestamp("28.12.2031 10:00", "dmy") == "2031-12-28 10:00:00"
    assert values.convert_timestamp("12/28/2031 10:00", "mdy") == "2031-12-28 10:00:00"
    assert values.convert_timestamp("2031/12/28 10:00", "ymd") == "2031-12-28 10:00:00"


@pytest.mark.parametrize(("raw", "expected"), [
    ("45437", False),       # a whole serial is a day without a time
    ("45437.0", False),     # .0 says nothing about the time either
    ("45437,00", False),
    ("45437.5", True),      # half a day: noon
    ("25.05.2024", False),
    ("25.05.2024 14:03", True),
    ("abc", False),
])
def test_has_clock(raw: str, expected: bool) -> None:
    assert values.has_clock(raw) is expected


def test_excel_serial_with_a_time() -> None:
    assert values.convert_timestamp("45437.5", "serial") == "2024-05-25 12:00:00"
    assert values.timestamp_orders("45437.5") == frozenset({"serial"})


@pytest.mark.parametrize(("raw", "comma", "expected"), [
    ("2,345", "decimal", "2.345"),
    ("2,345", "thousands", "2345"),
    ("2,345", None, None),              # nobody knows yet: no guess
    ("-2,345", "thousands", "-2345"),
])
def test_lone_comma_follows_the_column(raw: str, comma: str | None, expected: str | None) -> None:
    assert values.fix_number(raw, comma) == expected


def test_lone_comma_default_reading_is_decimal() -> None:
    assert values.fix_number("2,345") == "2.345"


def test_event_type_seven_is_fine_and_others_are_named() -> None:
    assert values.check_event_type("7") is None
    assert values.check_event_type("8") == "event-type-unusual"
    assert values.check_event_type("7,0") == "event-type-decimal"
    assert values.check_event_type("7.00") == "event-type-decimal"
    assert values.check_event_type("seven") == "event-type-invalid"


def test_fixes_refuse_what_is_not_an_excel_artefact() -> None:
    assert values.fix_event_type("seven") is None
    assert values.fix_event_type("7,0") == "7"
    assert values.fix_customer_id("ABC-100") is None
    assert values.fix_customer_id("100.00") is None     # 100.00 is not Excel's ".0"
    assert values.fix_customer_id("1001,0") == "1001"


@pytest.mark.parametrize(("raw", "expected"), [
    ("20000", "1954-10-03 00:00:00"),            # the first plausible serial
    ("19999", None),
    ("79999", "2119-01-10 00:00:00"),            # the last one
    ("80000", None),
    ("45437,5", "2024-05-25 12:00:00"),          # a Turkish Excel writes the fraction with a comma
    ("45437.00000578703", "2024-05-25 00:00:00"),  # 0.499999 s past midnight rounds down
    ("45437.0000069", "2024-05-25 00:00:01"),      # 0.596 s rounds up
])
def test_excel_serial_range_and_rounding(raw: str, expected: str | None) -> None:
    assert values.convert_timestamp(raw, "serial") == expected


@pytest.mark.parametrize(("raw", "expected"), [
    ("25.05.2024 10:60", frozenset()),        # no such minute: no order makes it a moment
    ("25.05.2024 10:00:60", frozenset()),
    ("25.05.2024 13:00 PM", frozenset()),
    ("25.05.2024 10:00", frozenset({"dmy"})),
    ("05.06.2024 10:00", frozenset({"dmy", "mdy"})),
])
def test_orders_need_a_real_clock_time(raw: str, expected: frozenset[str]) -> None:
    assert values.timestamp_orders(raw) == expected


def test_no_half_converted_stamps() -> None:
    assert values.convert_timestamp("31.02.2024 10:00", "dmy") is None   # no such day
    assert values.convert_timestamp("25.05.2024 25:00", "dmy") is None   # no such hour


@pytest.mark.parametrize(("raw", "expected"), [
    ("94,64", "number-decimal-comma"),
    ("1.234,50", "number-thousands"),
    ("1,234,567", "number-thousands"),
    ("1,234.50", "number-thousands"),
    ("1,2,3", "number-invalid"),      # commas, but no grouping of three
    ("1.2.3", "number-invalid"),
    ("12,34,56", "number-invalid"),
    ("1234.50", None),
])
def test_check_number_names_the_convention(raw: str, expected: str | None) -> None:
    assert values.check_number(raw) == expected


@pytest.mark.parametrize(("raw", "expected"), [
    ("94,64", "decimal"),
    ("1.234,50", "decimal"),
    ("1,234.50", "thousands"),
    ("1,234,567", "thousands"),
    ("2,345", None),          # a lone comma before three digits proves nothing
    (" 2,345 ", None),
    ("1234", None),
    ("1,2,3", None),
])
def test_comma_evidence(raw: str, expected: str | None) -> None:
    assert values.comma_evidence(raw) == expected


def test_strip_ws_strips_only_spaces_and_tabs() -> None:
    assert values.strip_ws(" XXL\t") == "XXL"
    assert values.strip_ws("\u00a0a\n") == "\u00a0a\n"
