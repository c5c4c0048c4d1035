"""Vectorised test of which lines of a block are clean, so Python looks at the rest only.

A clean line has, in contract order: a real YYYY-MM-DD HH:MM:SS, a customer id
of digits (or text that cannot be an Excel number), event type 7, a product
code, Num1/Num2 of digits with at most one inner dot, at least 23 fields, no
quote, tab, stray CR or space next to a separator. The tests are numpy
operations over the interesting bytes of a block and over a small matrix of
each line's first fields. Anything not known clean goes to the full row
checker, which must agree (a property test holds the two together).
"""

from __future__ import annotations

import numpy as np

from .spec import REQUIRED_FIELDS

PREFIX = 128  # the first seven fields of a line must fit in this many bytes to be judged here
_DAYS = np.array([0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31], dtype=np.int64)
_DIGIT_AT = np.array([0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18])
NEWLINE, QUOTE, TAB, CR, SPACE, SEP, SEMI = 1, 2, 3, 4, 5, 6, 7
_NOT_DIGIT = np.ones(256, dtype=np.uint8)
_NOT_DIGIT[0x30:0x3A] = 0


def _classes(delimiter: int) -> np.ndarray:
    table = np.zeros(256, dtype=np.uint8)
    table[[0x0A, 0x22, 0x09, 0x0D, 0x20]] = [NEWLINE, QUOTE, TAB, CR, SPACE]
    table[0x3B] = SEMI
    table[delimiter] = SEP
    return table


def utf8_valid(a: np.ndarray) -> bool:
    """Whether a block is valid UTF-8, looking only at its bytes >= 0x80."""
    high = np.flatnonzero(a >= 0x80)
    if not len(high):
        return True
    v = a[high].astype(np.int64)
    n = len(v)
    cont = (v >= 0x80) & (v <= 0xBF)
    need = np.zeros(n, dtype=np.int64)
    need[(v >= 0xC2) & (v <= 0xDF)] = 1
    need[(v >= 0xE0) & (v <= 0xEF)] = 2
    need[(v >= 0xF0) & (v <= 0xF4)] = 3
    if np.any(~cont & (need == 0)):
        return False  # C0, C1, F5..FF never appear in UTF-8
    leads = np.flatnonzero(need)
    for j in (1, 2, 3):
        has = leads[need[leads] >= j]
        nxt = has + j
        if np.any(nxt >= n):
            return False
        if np.any((high[nxt] != high[has] + j) | ~cont[nxt]):
            return False
    second = np.minimum(leads + 1, n - 1)
    lead, after = v[leads], v[second]
    if np.any(((lead == 0xE0) & (after < 0xA0)) | ((lead == 0xED) & (after > 0x9F))
              | ((lead == 0xF0) & (after < 0x90)) | ((lead == 0xF4) & (after > 0x8F))):
        return False
    return int(cont.sum()) == int(need.sum())


def classify(a: np.ndarray, delimiter: int) -> tuple[np.ndarray, np.ndarray]:
    """(clean mask, time stamp key) per line of a block; key = YYYYMMDDhhmmss or -1."""
    size = len(a)
    cls = _classes(delimiter)[a]
    where = np.flatnonzero(cls)
    kind = cls[where]
    nl = where[kind == NEWLINE]
    starts = np.empty(len(nl) + 1, dtype=np.int64)
    starts[0] = 0
    starts[1:] = nl + 1
    ends = np.empty(len(nl) + 1, dtype=np.int64)
    ends[:-1] = nl
    ends[-1] = size
    crs = where[kind == CR]
    if len(crs):  # CRLF: the CR belongs to the line end; any other CR is suspect
        at_end = (crs == size - 1) | (cls[np.minimum(crs + 1, size - 1)] == NEWLINE)
        ends[np.searchsorted(starts, crs[at_end], "right") - 1] -= 1
        crs = crs[~at_end]
    dirty = np.zeros(len(starts), dtype=bool)
    suspects = [where[kind == QUOTE], where[kind == TAB], crs]
    if delimiter != 0x3B:  # a ';' inside a field would need quotes in the output
        suspects.append(where[kind == SEMI])
    seps = where[kind == SEP]
    spaces = where[kind == SPACE]
    if len(spaces) and len(seps):  # a space right before or after a separator
        next_sep = cls[np.minimum(spaces + 1, size - 1)] == SEP
        prev_sep = cls[np.maximum(spaces - 1, 0)] == SEP
        suspects.append(spaces[next_sep | prev_sep])
    for positions in suspects:
        if len(positions):
            dirty[np.searchsorted(starts, positions, "right") - 1] = True
    k = np.searchsorted(seps, starts)
    nsep = np.searchsorted(seps, ends) - k
    ok = ~dirty & (nsep >= REQUIRED_FIELDS - 1) & (ends > starts)
    ok[ok] &= (a[starts[ok]] != 0x20) & (a[ends[ok] - 1] != 0x20)
    rows = np.flatnonzero(ok)
    key = np.full(len(starts), -1, dtype=np.int64)
    if not len(rows):
        return ok, key
    s = starts[rows]
    rel = seps[k[rows][:, None] + np.arange(7)] - s[:, None]   # first seven separators, per line
    fits = rel[:, 6] < PREFIX
    padded = np.zeros(size + PREFIX, dtype=np.uint8)
    padded[:size] = a
    m = np.lib.stride_tricks.sliding_window_view(padded, PREFIX)[s]  # each line's first bytes
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
    rel = np.minimum(rel, PREFIX - 1)
    row_ix = np.arange(len(rows))
    # Event type: exactly "7"
    good &= (rel[:, 2] - rel[:, 1] == 2) & (m[row_ix, rel[:, 1] + 1] == 0x37)
    # Running counts of non-digits and dots over the matrix read as one long row:
    # a difference of two points on the same line is that line's count between them
    flat = np.empty(m.size + 1, dtype=np.int32)
    flat[0] = 0
    np.cumsum(_NOT_DIGIT[m.ravel()], out=flat[1:])
    flat_dots = np.empty(m.size + 1, dtype=np.int32)
    flat_dots[0] = 0
    np.cumsum(m.ravel() == 0x2E, out=flat_dots[1:])
    base = row_ix * PREFIX

    def field(j: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        lo, hi = rel[:, j - 1] + 1, rel[:, j]   # field j is between separators j-1 and j
        length = hi - lo
        non_digits = flat[base + hi] - flat[base + lo]
        n_dots = flat_dots[base + hi] - flat_dots[base + lo]
        first = m[row_ix, np.minimum(lo, PREFIX - 1)]
        last = m[row_ix, np.maximum(hi - 1, 0)]
        return length, non_digits, n_dots, first, last

    length, non_digits, _dots, first, last = field(1)   # customer id
    first_is_digit = (first >= 0x30) & (first <= 0x39)
    good &= (length > 0) & ((non_digits == 0) | (~first_is_digit & (first != 0x20) & (last != 0x20)))
    length, _nd, _dots, first, last = field(4)           # product code
    good &= (length > 0) & (first != 0x20) & (last != 0x20)
    for j in (5, 6):                                      # Num1, Num2
        length, non_digits, n_dots, first, last = field(j)
        dotted = (non_digits == 1) & (n_dots == 1) & (first != 0x2E) & (last != 0x2E)
        good &= (length > 0) & ((non_digits == 0) | dotted)
    ok[rows] = good
    key[rows] = np.where(good, ((((year * 100 + month) * 100 + day) * 100 + hour) * 100 + minute) * 100 + second,
                         -1)
    return ok, key


def key_to_timestamp(key: int) -> str:
    text = f"{key:014d}"
    return f"{text[0:4]}-{text[4:6]}-{text[6:8]} {text[8:10]}:{text[10:12]}:{text[12:14]}"
