"""The shortcuts the block scan takes must say exactly what the slow way says."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from offline_gui.duplicates import _equal_neighbours
from offline_gui.fastlines import _Flags, _spaced_separators
from offline_gui.validation import valid_utf8

# bytes at the edges of UTF-8's rules: ASCII, continuations, overlong and valid leads,
# the leads with narrowed second bytes (E0, ED, F0, F4), bytes no UTF-8 has
_EDGES = [0x00, 0x0A, 0x3B, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xC3,
          0xC4, 0xDF, 0xE0, 0xE1, 0xED, 0xEE, 0xEF, 0xF0, 0xF3, 0xF4, 0xF5, 0xF8, 0xFE, 0xFF]
_TEXT = st.text(alphabet=st.sampled_from("aZ;09 \"şğıİÇÖÜé€中😀\x7f\x80ſ"), max_size=40)


@st.composite
def utf8_like(draw) -> bytes:
    """Mostly valid UTF-8 text with a few bytes put in, taken out or replaced."""
    data = bytearray(draw(_TEXT).encode("utf-8"))
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(0, len(data)))
        kind = draw(st.integers(0, 2))
        if kind == 0:
            data.insert(at, draw(st.sampled_from(_EDGES)))
        elif at < len(data):
            if kind == 1:
                del data[at]
            else:
                data[at] = draw(st.sampled_from(_EDGES))
    return bytes(data)


def _decodes(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


@settings(max_examples=3000, deadline=None)
@given(data=st.one_of(utf8_like(), st.binary(max_size=12),
                      st.lists(st.sampled_from(_EDGES), max_size=12).map(bytes)))
def test_valid_utf8_is_exactly_python_s_decoder(data: bytes) -> None:
    assert valid_utf8(data) == _decodes(data)


def test_valid_utf8_on_every_two_byte_pair_and_edges() -> None:
    for first in range(256):
        for second in range(256):
            data = bytes([0x41, first, second])
            assert valid_utf8(data) == _decodes(data), data
            assert valid_utf8(data[1:]) == _decodes(data[1:]), data
    for data in (b"", b"\xc3", b"\xc3\xa7\xc3", b"\xa7", "ş".encode() * 1000 + b"\xc3"):
        assert valid_utf8(data) == _decodes(data), data


def test_valid_utf8_on_every_longer_letter_and_its_edges() -> None:
    """Three and four byte letters: every lead, then bytes at the edges of the ranges,
    whole, cut short, and with a byte too many."""
    seconds = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2, 0xE0, 0xF0]
    for lead in range(0xE0, 0x100):
        for second in seconds:
            for third in (0x41, 0x80, 0xBF, 0xC3):
                for more in (b"", b"\x80", b"\x80\x80", b"A", b"\xc3\xa7"):
                    data = bytes([0x41, lead, second, third]) + more
                    assert valid_utf8(data) == _decodes(data), data
                    assert valid_utf8(data[1:3]) == _decodes(data[1:3]), data
    for text in ("₺", "’", "€", "中", "😀", "a₺b", "😀😀", "ş₺😀"):
        data = text.encode("utf-8")
        assert valid_utf8(data * 500) is True
        assert valid_utf8(data * 500 + "₺".encode()[:2]) is False
        assert valid_utf8(data * 500 + "😀".encode()[:3] + b"A") is False


@settings(max_examples=300, deadline=None)
@given(data=st.lists(st.sampled_from(b"; a\n\"x"), max_size=300).map(bytes),
       cuts=st.lists(st.integers(0, 300), max_size=6))
def test_separator_counts_and_spaced_separators(data: bytes, cuts: list[int]) -> None:
    size = len(data)
    padded = np.frombuffer(data + bytes(128), dtype=np.uint8)
    marks = np.array(sorted([min(c, size) for c in cuts] + [0, size]), dtype=np.int64)  # repeats too
    for longest in (0, 10_000):   # per-byte counters, and per-word sums
        flags = _Flags(padded, size, ord(";"), longest)
        expected = [data.count(b";", int(lo), int(hi)) for lo, hi in zip(marks[:-1], marks[1:], strict=True)]
        assert flags.between(marks).tolist() == expected
    spaced = {i for i in range(size) if data[i:i + 1] == b";"
              and (data[i - 1:i] == b" " and i > 0 or data[i + 1:i + 2] == b" ")}
    assert set(_spaced_separators(data, ord(";")).tolist()) == spaced


@settings(max_examples=300, deadline=None)
@given(keys=st.lists(st.one_of(st.integers(0, 5), st.integers(0, (1 << 32) - 1), st.integers(-3, 1 << 40)),
                     max_size=60))
def test_equal_neighbours_are_those_of_a_stable_argsort(keys: list[int]) -> None:
    array = np.array(keys, dtype=np.int64)
    found = _equal_neighbours(array)
    order = np.argsort(array, kind="stable").tolist()
    expected = [(keys[a], a, b) for a, b in zip(order, order[1:], strict=False) if keys[a] == keys[b]]
    assert list(zip(*(column.tolist() for column in found), strict=True)) == expected
    assert all(column.dtype == np.int64 for column in found)


@settings(max_examples=300, deadline=None)
@given(head=st.lists(st.integers(-1, 40), max_size=80), tail=st.lists(st.integers(-1, 40), max_size=30),
       shuffled=st.booleans())
def test_the_report_order_is_a_stable_sort(head: list[int], tail: list[int], shuffled: bool) -> None:
    """stable_order (a sorted run, then a tail put in place) is np.argsort(kind="stable")."""
    from offline_gui.diagnostics import stable_order
    keys = np.array((head if shuffled else sorted(head)) + tail, dtype=np.int64)
    order = stable_order(keys)
    expected = np.argsort(keys, kind="stable").tolist()
    assert (list(range(len(keys))) if order is None else order.tolist()) == expected
    assert (order is None) == (expected == list(range(len(keys))))   # None only when in order


def test_a_chunk_puts_its_findings_in_the_report_order() -> None:
    from offline_gui.diagnostics import FoundStore, cell_keys
    store = FoundStore()
    store.add_many(np.array([3, 1, 2]), 5, "whitespace")
    store.add(1, -1, "field-count", 7)
    store.add(1, 5, "number-invalid")
    store.add(0, 9, "line-break")
    store.in_cell_order()
    rows, cols, codes, extra = store.arrays()
    assert list(zip(rows.tolist(), cols.tolist(), [c for *_, c, _e in store], extra.tolist(), strict=True)) == [
        (0, 9, "line-break", 0), (1, -1, "field-count", 7), (1, 5, "whitespace", 0), (1, 5, "number-invalid", 0),
        (2, 5, "whitespace", 0), (3, 5, "whitespace", 0)]
    assert (np.diff(cell_keys(rows, cols)) >= 0).all()
