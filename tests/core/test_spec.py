"""The contract as data: columns, names, aliases a Turkish or English export uses."""

from __future__ import annotations

import pytest

from offline_gui.spec import (
    COLUMNS,
    MANDATORY,
    REQUIRED_FIELDS,
    canonical_index,
    column_name,
    header_row,
    normalize_name,
)


def test_the_23_columns_in_order():
    assert REQUIRED_FIELDS == 23
    assert [c.name for c in COLUMNS[:7]] == ["Time Stamp", "Customer ID", "Event Type", "Category",
                                             "Event Name", "Num1", "Num2"]
    assert [c.name for c in COLUMNS[7:12]] == [f"Var{i}" for i in range(1, 6)]
    assert [c.name for c in COLUMNS[12:22]] == [f"EventName Attr{i}" for i in range(1, 11)]
    assert COLUMNS[22].name == "EventTransaction Attr1"
    assert MANDATORY == (0, 1, 2, 4, 5, 6)


def test_transaction_attributes_are_unlimited():
    assert column_name(23) == "EventTransaction Attr2"
    assert column_name(122) == "EventTransaction Attr101"
    assert canonical_index("EventTransaction Attr101") == 122
    assert header_row(25)[-1] == "EventTransaction Attr3"
    assert len(header_row(5)) == 23


def test_normalize_name_folds_turkish_case_and_punctuation():
    assert normalize_name("MÜŞTERİ  NO.") == normalize_name("müşteri_no") == "musterino"
    assert normalize_name("Ürün Kodu") == "urunkodu"
    assert normalize_name("IĞDIR") == "igdir"


@pytest.mark.parametrize("name, index", [
    ("Fiş Tarihi", 0), ("Sipariş Tarihi", 0), ("İşlem Tarihi", 0), ("Müşteri Kodu", 1), ("Üye No", 1),
    ("Barkod", 4), ("Stok Kodu", 4), ("Satış Adedi", 5), ("Miktar", 5), ("Net Tutar", 6),
    ("Satış Tutarı", 6), ("Mağaza", None), ("Şehir", None), ("Var 3", 9), ("Fiş No", 22), ("Ürün Adı", None),
])
def test_aliases_store_exports_use(name, index):
    assert canonical_index(name) == index


def test_every_alias_is_normalized_and_unique_per_column():
    seen: dict[str, int] = {}
    for index, column in enumerate(COLUMNS):
        for alias in column.aliases:
            assert alias == normalize_name(alias), alias
            assert seen.setdefault(alias, index) == index, alias
