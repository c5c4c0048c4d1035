"""Vectorised test of which lines of a block are clean, so Python looks at the rest only.

A clean line has, in contract order: a real YYYY-MM-DD HH:MM:SS, a customer id
of digits (or text that cannot be an Excel number), event type 7, a product
code, Num1/Num2 of digits with at most one inner dot, at least 23 fields, no
quote other than around a whole field, tab, stray CR or space next to a separator. The tests are numpy
operations over the interesting bytes of a block and over a small matrix of
each line's first fields. Anything not known clean goes to the full row
checker, which must agree (a property test holds the two together).
"""

from __future__ import annotations

import numpy as np

from .spec import REQUIRED_FIELDS

PREFIX = 128  # the first seven fields of a line must fit in this many bytes to be judged here
FIELD = 24    # ... and an all-digit id or a number in this many
_DAYS = np.array([0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31], dtype=np.int64)
_DIGIT_AT = np.array([0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18])
def _suspect_lines(a: np.ndarray, seps: np.ndarray, delimiter: int, raw: bytes) -> list[np.ndarray]:
    """Positions that need the full checker: tabs, a CR inside a line, a space at a separator."""
    size = len(a)
    # memchr first: most blocks have no tab (nor a ';' in another separator's file)
    found = [np.flatnonzero(a == 0x09)] if b"\t" in raw else []
    if delimiter != 0x3B and b";" in raw:
        found.append(np.flatnonzero(a == 0x3B))  # a ';' inside a field would need quoting on output
    crs = np.flatnonzero(a == 0x0D) if b"\r" in raw else np.zeros(0, dtype=np.int64)
    if len(crs):  # a CR is fine only right before a line feed (or at the end of the block)
        inner = crs[crs < size - 1]
        found.append(inner[a[inner + 1] != 0x0A])
    if len(seps):
        before = seps[seps > 0]
        after = seps[seps < size - 1]
        found.append(before[a[before - 1] == 0x20])
        found.append(after[a[after + 1] == 0x20])
    return found


def _quoted(a: np.ndarray, seps: np.ndarray, quotes: np.ndarray, starts: np.ndarray, ends: np.ndarray,
            delimiter: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Separators outside quoted fields, lines whose quoting the numpy test cannot judge,
    and each line's first quote (or its end when it has none).

    A line is judged here only when its quotes pair up into whole fields: an opening
    quote right after a separator, its closing one right before a separator or the
    line end, no space just inside them. Doubled quotes, quotes inside unquoted
    fields and anything else go to the full checker (the record decoder).
    """
    line = np.searchsorted(starts, quotes, "right") - 1
    first_of_line = np.searchsorted(quotes, starts)
    rank = np.arange(len(quotes)) - first_of_line[line]
    opening = rank % 2 == 0
    size = len(a)
    before = a[np.maximum(quotes - 1, 0)]
    after = a[np.minimum(quotes + 1, size - 1)]
    at_end = quotes + 1 >= ends[line]
    good = np.where(opening, (quotes > starts[line]) & (before == delimiter) & (after != 0x20),
                    (at_end | (after == delimiter)) & (before != 0x20))
    per_line = np.bincount(line, minlength=len(starts))
    bad_lines = np.zeros(len(starts), dtype=bool)
    bad_lines[line[~good]] = True
    bad_lines |= per_line % 2 == 1
    # Quotes pair up within their own line only: a line with an odd count (an inch mark,
    # a stray quote after a value, the first line of a value spanning lines) goes to the
    # decoder anyway, and leaving its quotes out here keeps it from shifting the pairing of
    # every later line of the block (which once sent nearly all of them to Python).
    paired = (per_line % 2 == 0)[line]
    opens, closes = quotes[opening & paired], quotes[~opening & paired]
    depth = np.bincount(np.searchsorted(seps, opens), minlength=len(seps) + 1) \
        - np.bincount(np.searchsorted(seps, closes), minlength=len(seps) + 1)
    inside = np.cumsum(depth[:-1]) > 0
    first_quote = np.where(per_line > 0, quotes[np.minimum(first_of_line, len(quotes) - 1)], ends)
    return seps[~inside], bad_lines, first_quote


def classify(raw: bytes, lines: list[bytes], delimiter: int) -> tuple[np.ndarray, np.ndarray]:
    """(clean mask, time stamp key) per line of a block; key = YYYYMMDDhhmmss or -1.

    `lines` is raw.split(b"\n"). Separators are found once per block; the field
    tests run on a matrix of each line's first bytes.
    """
    a = np.frombuffer(raw, dtype=np.uint8)
    size = len(a)
    count = len(lines)
    lengths = np.fromiter(map(len, lines), dtype=np.int64, count=count)
    starts = np.zeros(count, dtype=np.int64)
    np.cumsum(lengths[:-1] + 1, out=starts[1:])
    ends = starts + lengths
    has_cr = (lengths > 0) & (a[np.maximum(ends - 1, 0)] == 0x0D) if size else np.zeros(count, dtype=bool)
    ends -= has_cr
    seps = np.flatnonzero(a == delimiter)
    quotes = np.flatnonzero(a == 0x22)
    first_quote = ends
    if len(quotes):
        seps, quote_trouble, first_quote = _quoted(a, seps, quotes, starts, ends, delimiter)
    k = np.searchsorted(seps, starts)
    nsep = np.searchsorted(seps, ends) - k
    ok = (nsep >= REQUIRED_FIELDS - 1) & (ends > starts)
    if len(quotes):
        ok &= ~quote_trouble
    for positions in _suspect_lines(a, seps, delimiter, raw):
        if len(positions):
            ok[np.searchsorted(starts, positions, "right") - 1] = False
    ok[ok] &= (a[starts[ok]] != 0x20) & (a[ends[ok] - 1] != 0x20)
    rows = np.flatnonzero(ok)
    key = np.full(count, -1, dtype=np.int64)
    if not len(rows):
        return ok, key
    s = starts[rows]
    width = PREFIX + FIELD  # room for a field that starts at the window's end: no clamping below
    padded = np.zeros(size + width, dtype=np.uint8)
    padded[:size] = a
    m = np.lib.stride_tricks.sliding_window_view(padded, width)[s]  # each line's first bytes
    rel = seps[k[rows][:, None] + np.arange(7)] - s[:, None]   # the first seven separators, per line
    fits = rel[:, 6] < PREFIX                            # ... inside the window of first bytes
    fits &= first_quote[rows] > s + rel[:, 6]            # and none of the seven is quoted
    good = fits & (rel[:, 0] == 19)
    # Time stamp: shape, then calendar
    digits = m[:, _DIGIT_AT]
    good &= ((digits >= 0x30) & (digits <= 0x39)).all(axis=1)
    good &= (m[:, 4] == 0x2D) & (m[:, 7] == 0x2D) & (m[:, 10] == 0x20) & (m[:, 13] == 0x3A) & (m[:, 16] == 0x3A)
    d = digits.astype(np.int64) - 0x30
    year = d[:, 0] * 1000 + d[:, 1] * 100 + d[:, 2] * 10 + d[:, 3]
    month = d[:, 4] * 10 + d[:, 5]
    day = d[:, 6] * 10 + d[:, 7]
    hour, minute, second = d[:, 8] * 10 + d[:, 9], d[:, 10] * 10 + d[:, 11], d[:, 12] * 10 + d[:, 13]
    leap = ((year % 4 == 0) & (year % 100 != 0)) | (year % 400 == 0)
    month_ok = (month >= 1) & (month <= 12)
    limit = _DAYS[np.where(month_ok, month, 0)] - ((month == 2) & ~leap)
    good &= month_ok & (day >= 1) & (day <= limit) & (year >= 1) & (hour <= 23) & (minute <= 59) & (second <= 59)
    rel = np.where(fits[:, None], rel, np.arange(7) + 1)  # rows that do not fit are refused anyway
    row_ix = np.arange(len(rows))
    # Event type: exactly "7"
    good &= (rel[:, 2] - rel[:, 1] == 2) & (m[row_ix, rel[:, 1] + 1] == 0x37)
    # Fields 1 (customer id), 5 (Num1) and 6 (Num2): lengths, non-digits and dots
    # counted over each field's first FIELD bytes, the three at once
    lo = rel[:, [0, 4, 5]] + 1
    hi = rel[:, [1, 5, 6]]
    length = hi - lo
    window = np.arange(FIELD, dtype=np.int32)
    flat_at = ((row_ix * width)[:, None] + lo).astype(np.int32)[:, :, None] + window
    values = np.take(m.reshape(-1), flat_at)
    inside = window < length[:, :, None]
    non_digits = np.count_nonzero(((values < 0x30) | (values > 0x39)) & inside, axis=2)
    n_dots = np.count_nonzero((values == 0x2E) & inside, axis=2)
    first = values[:, :, 0]
    last = m[row_ix[:, None], np.maximum(hi - 1, 0)]
    # Customer id: digits only, or text that cannot be an Excel number
    first_is_digit = (first[:, 0] >= 0x30) & (first[:, 0] <= 0x39)
    good &= (length[:, 0] > 0) & (((non_digits[:, 0] == 0) & (length[:, 0] <= FIELD))
                                  | (~first_is_digit & (first[:, 0] != 0x20) & (last[:, 0] != 0x20)))
    # Num1, Num2: digits, or digits with one inner dot
    dotted = (non_digits == 1) & (n_dots == 1) & (first != 0x2E) & (last != 0x2E)
    nums = (length > 0) & (length <= FIELD) & ((non_digits == 0) | dotted)
    good &= nums[:, 1] & nums[:, 2]
    # Product code (field 4): present, no spaces at its edges
    name_lo, name_hi = rel[:, 3] + 1, rel[:, 4]
    good &= (name_hi > name_lo) & (m[row_ix, np.minimum(name_lo, PREFIX - 1)] != 0x20) \
        & (m[row_ix, np.maximum(name_hi - 1, 0)] != 0x20)
    ok[rows] = good
    key[rows] = np.where(good, ((((year * 100 + month) * 100 + day) * 100 + hour) * 100 + minute) * 100 + second,
                         -1)
    return ok, key


def key_to_timestamp(key: int) -> str:
    text = f"{key:014d}"
    return f"{text[0:4]}-{text[4:6]}-{text[6:8]} {text[8:10]}:{text[10:12]}:{text[12:14]}"
