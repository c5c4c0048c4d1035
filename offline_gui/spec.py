"""The offline data file contract, as data (see FORMAT.md in the docs)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from .i18n import N_


class Kind(StrEnum):
    TIMESTAMP = "timestamp"
    ID = "id"
    EVENT_TYPE = "event_type"
    NUMBER = "number"
    TEXT = "text"


@dataclass(frozen=True)
class Column:
    name: str
    kind: Kind
    mandatory: bool
    meaning: str
    aliases: tuple[str, ...] = ()


def _attrs(prefix: str, count: int, meaning: str) -> list[Column]:
    return [Column(f"{prefix}{i}", Kind.TEXT, False, meaning) for i in range(1, count + 1)]


COLUMNS: tuple[Column, ...] = (
    Column("Time Stamp", Kind.TIMESTAMP, True, N_("when it happened, YYYY-MM-DD HH:MM:SS"),
           ("timestamp", "date", "datetime", "tarih", "tarihsaat", "islemtarihi",
            "zaman", "satistarihi", "eventtime", "fistarihi", "siparistarihi", "belgetarihi",
            "faturatarihi", "islemzamani", "tarihsaati", "kayittarihi")),
    Column("Customer ID", Kind.ID, True, N_("the id the website / app uses for the customer"),
           ("customerid", "customer", "userid", "keyid", "musterino", "musteriid",
            "musterinumarasi", "musterikodu", "musteri", "uyeno", "uyenumarasi", "musterikod",
            "mustno")),
    Column("Event Type", Kind.EVENT_TYPE, True, N_("7 for purchase data"),
           ("eventtype", "type", "olay", "olaytipi", "islemtipi", "eventtipi", "tip")),
    Column("Category", Kind.TEXT, False, N_("product category code"),
           ("category", "kategori", "kategorikodu", "categorycode")),
    Column("Event Name", Kind.TEXT, True, N_("product code"),
           ("eventname", "productcode", "product", "sku", "urunkodu", "urun", "stokkodu", "urunkod",
            "stokkod", "barkod", "barcode", "malzemekodu", "urunno")),
    Column("Num1", Kind.NUMBER, True, N_("purchase amount (quantity)"),
           ("num1", "adet", "miktar", "quantity", "qty", "satisadedi", "satismiktari")),
    Column("Num2", Kind.NUMBER, True, N_("total sales = amount sold x unit price"),
           ("num2", "tutar", "toplam", "toplamtutar", "total", "satistutari", "ciro", "sales",
            "nettutar", "satirtutari", "amount")),
    # Free dimensions: only a header that names the slot itself (Var 2, Var2) moves a
    # column there; what a retailer keeps in them is its own choice (FORMAT.md).
    *_attrs("Var", 5, N_("free dimension")),
    *_attrs("EventName Attr", 10, N_("product attribute")),
    Column("EventTransaction Attr1", Kind.TEXT, False, N_("transaction attribute (purchase id)"),
           ("fisno", "fisnumarasi", "receipt", "receiptno", "orderid", "siparisno",
            "purchaseid", "transactionid")),
)

# Names of a time-of-day column that completes a separate date column (Tarih;Saat).
TIME_NAMES = frozenset({"saat", "time", "islemsaati", "satissaati", "fissaati", "saati", "hour"})
# Names retailers give their free dimensions: recognised as header words, placed by position.
FREE_NAMES = frozenset({"sehir", "city", "il", "ilce", "isbirimi", "businessunit", "magaza", "store",
                        "magazakodu", "storecode", "magazaadi", "sube", "kanal", "channel", "bolge", "region",
                        "odeme", "odemetipi", "payment", "kasa", "kasiyer", "marka", "brand", "renk", "beden"})

REQUIRED_FIELDS = len(COLUMNS)  # a compliant row has at least this many fields
DELIMITER = ";"

TIMESTAMP, CUSTOMER_ID, EVENT_TYPE, CATEGORY, EVENT_NAME, NUM1, NUM2 = range(7)
MANDATORY = tuple(i for i, c in enumerate(COLUMNS) if c.mandatory)
PURCHASE_EVENT_TYPE = "7"

_TR = str.maketrans({"ı": "i", "İ": "i", "ş": "s", "Ş": "s", "ğ": "g", "Ğ": "g",
                     "ü": "u", "Ü": "u", "ö": "o", "Ö": "o", "ç": "c", "Ç": "c"})


def normalize_name(name: str) -> str:
    """Fold a header name to a comparable key: Turkish letters, case, spaces, punctuation."""
    folded = unicodedata.normalize("NFKD", name.translate(_TR).casefold())
    return "".join(ch for ch in folded if ch.isalnum())


def column_name(index: int) -> str:
    """Name of any 0-based column, including the unlimited transaction attributes."""
    if index < len(COLUMNS):
        return COLUMNS[index].name
    return f"EventTransaction Attr{index - len(COLUMNS) + 2}"


def _build_aliases() -> dict[str, int]:
    table: dict[str, int] = {}
    for index, col in enumerate(COLUMNS):
        table[normalize_name(col.name)] = index
        for alias in col.aliases:
            table.setdefault(alias, index)
    for n in range(1, 11):
        table.setdefault(f"urunattr{n}", 12 + n - 1)
        table.setdefault(f"attr{n}", 12 + n - 1)
    return table


_ALIASES = _build_aliases()
_TRANSACTION_ATTR = re.compile(r"eventtransactionattr(\d+)")


def canonical_index(header_name: str) -> int | None:
    """Canonical 0-based column for a header name, or None when it is not recognised."""
    key = normalize_name(header_name)
    if key in _ALIASES:
        return _ALIASES[key]
    match = _TRANSACTION_ATTR.fullmatch(key)
    if match and int(match.group(1)) >= 1:
        return len(COLUMNS) - 1 + int(match.group(1)) - 1
    return None


def header_row(width: int = REQUIRED_FIELDS) -> list[str]:
    return [column_name(i) for i in range(max(width, REQUIRED_FIELDS))]
