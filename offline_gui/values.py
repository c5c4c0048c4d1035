"""Checks and conversions of single values, shared by validation and fixing.

Everything here is pure and works on one string; nothing knows about files.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from functools import lru_cache

CANONICAL_TS = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}", re.ASCII)
NUMBER = re.compile(r"-?\d+(?:\.\d+)?", re.ASCII)
_DECIMAL_COMMA = re.compile(r"-?\d+,\d+", re.ASCII)
_THOUSANDS_EU = re.compile(r"-?\d{1,3}(?:\.\d{3})+(?:,\d+)?", re.ASCII)
_THOUSANDS_US = re.compile(r"-?\d{1,3}(?:,\d{3})+(?:\.\d+)?", re.ASCII)
_INTEGERISH = re.compile(r"(-?\d+)[.,]0+", re.ASCII)
_INTEGER = re.compile(r"-?\d+", re.ASCII)
_SCIENTIFIC = re.compile(r"[+-]?\d+(?:[.,]\d+)?[eE][+-]?\d+", re.ASCII)
# 1001.0, or 1001,0 from a Turkish Excel: exactly one zero (100.000 is an id of its own)
_ID_DECIMAL = re.compile(r"(\d+)[.,]0", re.ASCII)
_DATE = re.compile(
    r"(\d{1,4})[./-](\d{1,2})[./-](\d{1,4})"
    r"(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*([AaPp][Mm])?)?",
    re.ASCII,
)
_SERIAL = re.compile(r"\d{5}(?:[.,]\d+)?", re.ASCII)
_EXCEL_EPOCH = datetime(1899, 12, 30)

DATE_ORDERS = ("ymd", "dmy", "mdy", "serial")


_DATE_PART = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
_TIME_PART = re.compile(r" (?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d", re.ASCII)
_dates_seen: dict[str, bool] = {}


def is_valid_timestamp(value: str) -> bool:
    """True for an exact YYYY-MM-DD HH:MM:SS that names a real moment."""
    if len(value) != 19:
        return False
    day = value[:10]
    ok = _dates_seen.get(day)
    if ok is None:  # a file has few distinct days: check each calendar date once
        ok = bool(_DATE_PART.fullmatch(day)) and _real_date(day)
        if len(_dates_seen) < 100_000:
            _dates_seen[day] = ok
    return ok and _TIME_PART.fullmatch(value, 10) is not None


def _real_date(day: str) -> bool:
    try:
        datetime(int(day[0:4]), int(day[5:7]), int(day[8:10]))
    except ValueError:
        return False
    return True


_DMY, _MDY, _YMD, _SERIAL_ONLY, _NONE = (frozenset({"dmy"}), frozenset({"mdy"}), frozenset({"ymd"}),
                                         frozenset({"serial"}), frozenset())
_BOTH = frozenset({"dmy", "mdy"})


def timestamp_orders(value: str) -> frozenset[str]:
    """The date orders under which a non-canonical value is a real moment."""
    match = _DATE.fullmatch(strip_ws(value))
    if not match:
        return _SERIAL_ONLY if convert_timestamp(value, "serial") else _NONE
    a, b, c, hh, mi, ss, ampm = match.groups()
    if _clock_text(hh, mi, ss, ampm) is None:
        return _NONE
    return _date_orders(a, b, c)


@lru_cache(maxsize=65536)
def _date_orders(a: str, b: str, c: str) -> frozenset[str]:
    if len(a) == 4:
        return _YMD if _date_text(a, b, c, "ymd") else _NONE
    day_first = _date_text(a, b, c, "dmy") is not None
    month_first = _date_text(a, b, c, "mdy") is not None
    return _BOTH if day_first and month_first else _DMY if day_first else _MDY if month_first else _NONE


def has_clock(value: str) -> bool:
    """Whether a date value says the time of day (25.05.2024 14:03, 45437.5), not just the day."""
    value = strip_ws(value)
    match = _DATE.fullmatch(value)
    if match:
        return match.group(4) is not None
    return bool(_SERIAL.fullmatch(value)) and any(ch not in "0.," for ch in value[5:])


def convert_timestamp(value: str, order: str) -> str | None:
    """Rewrite a time stamp as YYYY-MM-DD HH:MM:SS reading it in the given order."""
    value = strip_ws(value)
    if order == "serial":
        if not _SERIAL.fullmatch(value):
            return None
        serial = float(value.replace(",", "."))
        if not 20000 <= serial < 80000:  # 1954 .. 2119: a plausible purchase
            return None
        moment = _EXCEL_EPOCH + timedelta(days=serial)
        moment = moment + timedelta(microseconds=500_000)  # round to the second
        return moment.strftime("%Y-%m-%d %H:%M:%S")
    match = _DATE.fullmatch(value)
    if not match:
        return None
    a, b, c, hh, mi, ss, ampm = match.groups()
    day = _date_text(a, b, c, order)
    clock = _clock_text(hh, mi, ss, ampm)
    return f"{day} {clock}" if day and clock else None


@lru_cache(maxsize=65536)
def _date_text(a: str, b: str, c: str, order: str) -> str | None:
    """YYYY-MM-DD of a date's three parts in one order; cached, since a file has few days."""
    if order == "ymd":
        if len(a) != 4:
            return None
        y, m, d = int(a), int(b), int(c)
    else:
        if len(c) != 4 or len(a) > 2:
            return None
        y = int(c)
        d, m = (int(a), int(b)) if order == "dmy" else (int(b), int(a))
    try:
        datetime(y, m, d)
    except ValueError:
        return None
    return f"{y:04d}-{m:02d}-{d:02d}"   # (strftime's %Y leaves out the leading zeros of a year before 1000 on Linux)


def _clock_text(hh: str | None, mi: str | None, ss: str | None, ampm: str | None) -> str | None:
    hour, minute, second = int(hh or 0), int(mi or 0), int(ss or 0)
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm.lower() == "pm" else 0)
    if hour > 23 or minute > 59 or second > 59:
        return None
    return f"{hour:02d}:{minute:02d}:{second:02d}"


def check_number(value: str) -> str | None:
    """Code for a non-empty, stripped number value, or None when it is fine."""
    if NUMBER.fullmatch(value):
        return None
    if _DECIMAL_COMMA.fullmatch(value):
        return "number-decimal-comma"
    if _THOUSANDS_EU.fullmatch(value) and "," in value:
        return "number-thousands"
    if _THOUSANDS_US.fullmatch(value) and (value.count(",") > 1 or "." in value):
        return "number-thousands"
    return "number-invalid"


_LONE_COMMA = re.compile(r"-?\d{1,3},\d{3}", re.ASCII)  # 2,345: 2.345 or 2345? the column says


def comma_evidence(value: str) -> str | None:
    """What a number value proves about its column's comma: "decimal" (94,64; 1.234,50),
    "thousands" (1,234.50; 1,234,567), or None (plain numbers, 2,345, text)."""
    if "," not in value:
        return None
    value = strip_ws(value)
    if _LONE_COMMA.fullmatch(value):
        return None
    if _DECIMAL_COMMA.fullmatch(value) or (_THOUSANDS_EU.fullmatch(value) and "," in value):
        return "decimal"
    if _THOUSANDS_US.fullmatch(value):
        return "thousands"
    return None


def is_lone_comma(value: str) -> bool:
    return bool(_LONE_COMMA.fullmatch(strip_ws(value)))


def fix_number(value: str, comma: str | None = "decimal") -> str | None:
    """The number written with a dot for decimals and no grouping. `comma` is what a lone
    comma before three digits means in the value's column; None: nobody knows yet."""
    value = strip_ws(value)
    if NUMBER.fullmatch(value):
        return value
    if _LONE_COMMA.fullmatch(value):
        return None if comma is None else value.replace(",", "." if comma == "decimal" else "")
    if _DECIMAL_COMMA.fullmatch(value):
        return value.replace(",", ".")
    if _THOUSANDS_EU.fullmatch(value) and "," in value:
        return value.replace(".", "").replace(",", ".")
    if _THOUSANDS_US.fullmatch(value):
        return value.replace(",", "")
    return None


def check_event_type(value: str) -> str | None:
    if value == "7":
        return None
    if _INTEGER.fullmatch(value):
        return "event-type-unusual"
    if _INTEGERISH.fullmatch(value):
        return "event-type-decimal"
    return "event-type-invalid"


def fix_event_type(value: str) -> str | None:
    match = _INTEGERISH.fullmatch(strip_ws(value))
    return str(int(match.group(1))) if match else None


def strip_ws(value: str) -> str:
    """A value without the spaces and tabs at its edges; line breaks and no-break spaces are data."""
    return value.strip(" \t")


def check_customer_id(value: str) -> str | None:
    if value.isdigit() or not value[:1].isdigit():
        return None  # plain numeric ids and text ids are both fine
    if _SCIENTIFIC.fullmatch(value):
        return "id-scientific"
    if _ID_DECIMAL.fullmatch(value):
        return "id-decimal"
    return None


def fix_customer_id(value: str) -> str | None:
    match = _ID_DECIMAL.fullmatch(strip_ws(value))
    return match.group(1) if match else None
