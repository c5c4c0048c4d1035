"""`personal-data` decided per column; `event-old` / `event-future` relative to today."""

from __future__ import annotations

import datetime as dt

import pytest

from offline_gui import recency
from offline_gui.privacy import card, column_kind, iban, kind_of, national_id, personal_columns

# 10000000146 is a valid T.C. kimlik no (checksums 4 and 6); 4111111111111111 a test Visa number
PERSONAL = {
    "phone": ["0532 123 45 67", "+90 532 123 45 67", "(532) 123 45 67", "02121234567", "905321234567"],
    "email": ["ayse@example.com", "a.b+c@firma.com.tr"],
    "national-id": ["10000000146"],
    "card": ["4111 1111 1111 1111", "5500-0000-0000-0004"],
    "iban": ["TR33 0006 1005 1978 6457 8413 26", "DE89370400440532013000"],
}


@pytest.mark.parametrize("kind,value", [(k, v) for k, vs in PERSONAL.items() for v in vs])
def test_each_kind_is_recognised(kind, value):
    assert kind_of(value) == kind


@pytest.mark.parametrize("value", ["8690000000012", "8690526085513", "4006381333931", "5070378921", "1001",
                                   "10000000147", "M038", "Kadıköy", "2024-05-01 10:00:00", "94.64",
                                   "TR33 0006 1005 1978 6457 8413 27", "4111 1111 1111 1112", ""])
def test_product_codes_ids_and_near_misses_are_not_personal(value):
    assert kind_of(value) is None


def test_checksums():
    assert national_id("10000000146") and not national_id("10000000145") and not national_id("00000000000")
    assert card("4111111111111111") and not card("8690000000012")
    assert iban("GB82 WEST 1234 5698 7654 32") and not iban("GB82 WEST 1234 5698 7654 33")


def test_decided_per_column_never_per_value():
    eans = [f"869{n:09d}" for n in range(200)]
    eans = [e + str((10 - sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(e)) % 10) % 10) for e in eans]
    assert column_kind(eans) is None                                  # 13-digit EANs, some Luhn-valid
    assert column_kind(["ayse@example.com", "x", "y", "z"]) is None   # one e-mail is not a column of them
    assert column_kind(["0532 123 45 67"] * 3 + ["yok"]) == ("phone", 3, 4)
    rows = [["2024-05-01 10:00:00", "ayse@example.com", "7", "", "SKU", "1", "1.00", "0532 123 45 67"]] * 5
    assert [c[:2] for c in personal_columns(rows, 8)] == [(7, "phone")]   # never the customer id


def test_old_and_future_events_relative_to_today():
    today = dt.date(2026, 11, 30)
    found = recency.findings_params("2026-08-01 10:00:00", "2026-12-02 09:00:00", today)
    assert [(code, params.get("days")) for code, _v, params in found] == [("event-old", 121), ("event-future", None)]
    assert recency.findings_params("2026-09-01 10:00:00", "2026-11-30 23:59:59", today) == []   # 90 days: fine
    assert recency.findings_params(None, None, today) == []


def test_check_reports_them(tmp_path, monkeypatch, capsys):
    from offline_gui import cli
    monkeypatch.setattr(recency, "today", lambda: dt.date(2024, 5, 3))
    path = tmp_path / "x.csv"
    path.write_text("".join(f"2024-05-0{i} 10:00:00;10{i};7;G;S;1;1.00;0532 123 45 6{i}" + ";" * 15 + "\n"
                            for i in (1, 2, 4)))
    assert cli.main(["check", str(path)]) == 0                        # warnings only
    out = capsys.readouterr().out
    assert "event-future The newest event, 2024-05-04 10:00:00, is after today (2024-05-03)" in out
    assert "personal-data Var1 looks like phone numbers: 3 of 3 sampled values." in out
    assert "event-old" not in out
