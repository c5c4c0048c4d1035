"""Personal data kept home: a column (other than the customer id and the product code)
in which most values are phone numbers, e-mail addresses, Turkish national id numbers,
payment card numbers or IBANs is named before upload.

Decided per column from a sample, never per value, so one odd cell does not trip it
and a column of 13-digit EAN product codes never does (an EAN is not a card number:
its check digit differs and it starts with a country prefix, 869 in Turkey).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from .i18n import N_, Text
from .spec import CUSTOMER_ID, EVENT_NAME, column_name

SAMPLE_ROWS = 500
MIN_VALUES = 3          # fewer filled cells say nothing about a column
SHARE = 0.5             # "most values"

KINDS = {"phone": N_("phone numbers"), "email": N_("e-mail addresses"),
         "national-id": N_("Turkish national id numbers"), "card": N_("payment card numbers"), "iban": N_("IBANs")}

_EMAIL = re.compile(r"[^@\s;,]+@[^@\s;,]+\.[A-Za-z]{2,}")
_PHONE_CHARS = re.compile(r"[\s().\-/]")
_PHONE = re.compile(r"(?:\+?90|0)(?:5\d{9}|[2-4]\d{9})")       # +90 532 …, 0532 …, 0212 …
_FORMATTED_MOBILE = re.compile(r"\(?5\d{2}\)?[\s\-]\d{3}[\s\-]?\d{2}[\s\-]?\d{2}")   # (532) 123 45 67
_IBAN = re.compile(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}")
_CARD_CHARS = re.compile(r"[\s\-]")


def national_id(digits: str) -> bool:
    """T.C. kimlik no: 11 digits, no leading zero, two check digits."""
    if len(digits) != 11 or not digits.isdigit() or digits[0] == "0":
        return False
    d = [int(c) for c in digits]
    tenth = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    return d[9] == tenth and d[10] == sum(d[:10]) % 10


def luhn(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return total % 10 == 0


def gtin(digits: str) -> bool:
    """EAN-13 / GTIN-14 check digit (weights 3 and 1 from the right)."""
    body, check = digits[:-1], int(digits[-1])
    total = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
    return (10 - total % 10) % 10 == check


def card(value: str) -> bool:
    digits = _CARD_CHARS.sub("", value)
    if not (13 <= len(digits) <= 19) or not digits.isdigit() or digits[0] not in "23456":
        return False
    if len(digits) in (13, 14) and gtin(digits):
        return False   # a product code, not a card
    return luhn(digits)


def iban(value: str) -> bool:
    text = value.replace(" ", "").upper()
    if not _IBAN.fullmatch(text):
        return False
    moved = text[4:] + text[:4]
    return int("".join(str(int(ch, 36)) for ch in moved)) % 97 == 1


def kind_of(value: str) -> str | None:
    value = value.strip()
    if not value or len(value) > 64:
        return None
    if "@" in value:
        return "email" if _EMAIL.fullmatch(value) else None
    if iban(value):
        return "iban"
    bare = _PHONE_CHARS.sub("", value)
    if national_id(bare) and bare == value:
        return "national-id"
    if card(value):
        return "card"
    if bare.lstrip("+").isdigit() and (_PHONE.fullmatch(bare.lstrip("+")) or _FORMATTED_MOBILE.fullmatch(value)):
        return "phone"
    return None


def column_kind(values: Iterable[str]) -> tuple[str, int, int] | None:
    """(kind, matching values, filled values) when most filled values are one kind of personal data."""
    kinds: Counter = Counter()
    filled = 0
    for value in values:
        if value.strip():
            filled += 1
            kind = kind_of(value)
            if kind:
                kinds[kind] += 1
    if filled < MIN_VALUES or not kinds:
        return None
    kind, hits = kinds.most_common(1)[0]
    return (kind, hits, filled) if hits > filled * SHARE else None


def personal_columns(rows: list[list[str]], width: int) -> list[tuple[int, str, int, int]]:
    """(contract column, kind, hits, filled) for every column that holds personal data."""
    out = []
    for col in range(width):
        if col in (CUSTOMER_ID, EVENT_NAME):
            continue   # the platform's join key may be an e-mail; a product code is never personal
        found = column_kind(r[col] if col < len(r) else "" for r in rows)
        if found:
            out.append((col, *found))
    return out


def findings_params(doc) -> list[dict[str, object]]:
    """Parameters of one `personal-data` finding per column, from a sample of the rows as saved."""
    rows = [doc.row(r) for r in range(min(SAMPLE_ROWS, doc.row_count)) if r not in doc.state.deleted]
    out = []
    for col, kind, hits, filled in personal_columns(rows, doc.width()):
        from .totals import source_header
        header = source_header(doc, col)
        out.append({"column": column_name(col), "column_index": col,
                    "header": f" ('{header}')" if header else "", "kind": Text(KINDS[kind]),
                    "hits": hits, "filled": filled})
    return out
