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
_WORD = np.dtype("<u8")   # eight bytes of a block, the first in the low bits, on any machine
_BYTE_SUM = np.uint64(0x0101010101010101)  # a word of 0/1 bytes times this: their count in the top byte
_TOP = np.uint64(56)
_EIGHT = np.uint64(8)
_EVEN_BYTES = np.uint64(0x00FF00FF00FF00FF)
_SUM16 = np.uint64(0x0001000100010001)   # four 16-bit counters times this: their sum in the top 16 bits
_TOP16 = np.uint64(48)
_LOW = np.array([(1 << n) - 1 for n in range(65)], dtype=np.uint64)  # the n low bits set
_NONE = PREFIX  # "no such separator" in a line's window
_ONE = np.uint64(1)


class _Flags:
    """Where a byte occurs in a block, counted per 8-byte word, never listed.

    Counting separators per line (or inside quotes) needs no list of their positions:
    a line of 23 fields has 22, and that list was the biggest cost of the test. The
    words of 0/1 bytes are summed as they are (each byte a counter of its own) while
    no counter can reach 256, i.e. for lines shorter than LANE_SAFE bytes.
    """

    LANE_SAFE = 1900

    def __init__(self, padded: np.ndarray, size: int, byte: int, longest: int) -> None:
        self.flags = padded[:(size >> 3) + 2 << 3] == byte   # whole words, the last ones spare
        self.words = self.flags.view(_WORD)
        self.lanes = longest < self.LANE_SAFE
        if self.lanes:
            self.sums = self.words
        else:
            self.sums = self.words * _BYTE_SUM
            self.sums >>= _TOP

    def _partial(self, at: np.ndarray) -> np.ndarray:
        """Flags in the word of each offset, before the offset."""
        low = self.words[at >> 3] & _LOW[(at & 7) << 3]
        low *= _BYTE_SUM
        low >>= _TOP
        return low.astype(np.int64)

    def between(self, marks: np.ndarray) -> np.ndarray:
        """Flags in bytes [marks[i], marks[i + 1]), for non-decreasing offsets a line apart at most."""
        if len(marks) < 2:
            return np.zeros(0, dtype=np.int64)
        word = marks >> 3
        sums = np.add.reduceat(self.sums, word)[:-1]
        sums[word[:-1] == word[1:]] = 0  # reduceat gives an empty range's first word, not 0
        if self.lanes:  # eight byte counters (each < 256) -> four 16-bit ones -> their sum
            sums = (sums & _EVEN_BYTES) + ((sums >> _EIGHT) & _EVEN_BYTES)
            sums *= _SUM16
            sums >>= _TOP16
        return sums.astype(np.int64) - self._partial(marks[:-1]) + self._partial(marks[1:])


def _bits(m: np.ndarray) -> np.ndarray:
    """A (rows, PREFIX) 0/1 matrix as two 64-bit words per row: column c is bit c % 64 of word c // 64."""
    return np.packbits(m, axis=1, bitorder="little").view(_WORD).astype(np.uint64)


def _span(lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    """Bit masks of window columns [lo, hi), two words per mask like _bits (lo, hi of any shape)."""
    out = np.empty(lo.shape + (2,), dtype=np.uint64)
    for word in (0, 1):
        a = np.clip(lo - 64 * word, 0, 64)
        b = np.clip(hi - 64 * word, 0, 64)
        out[..., word] = _LOW[np.maximum(a, b)] & ~_LOW[a]
    return out


def _ones(words: np.ndarray) -> np.ndarray:
    """How many bits are set in each mask of two words (the last axis)."""
    counts = np.bitwise_count(words)
    return counts[..., 0] + counts[..., 1]


def _first_seven(seps: np.ndarray) -> np.ndarray:
    """Window columns of each row's first seven separators (_NONE where there are fewer)."""
    low, high = seps[:, 0].copy(), seps[:, 1].copy()
    rel = np.empty((len(seps), 7), dtype=np.int64)
    for k in range(7):
        in_low = low != 0
        x = np.where(in_low, low, high)
        # the lowest set bit's column: the bits below it, counted (64 when x is 0: _NONE in all)
        rel[:, k] = np.bitwise_count((x & (~x + _ONE)) - _ONE) + np.where(in_low, 0, 64)
        x &= x - _ONE
        np.copyto(low, x, where=in_low)
        np.copyto(high, x, where=~in_low)
    return rel


def _suspect_lines(a: np.ndarray, delimiter: int, raw: bytes) -> list[np.ndarray]:
    """Positions that need the full checker: tabs, a CR inside a line."""
    size = len(a)
    # memchr first: most blocks have no tab (nor a ';' in another separator's file)
    found = [np.flatnonzero(a == 0x09)] if b"\t" in raw else []
    if delimiter != 0x3B and b";" in raw:
        found.append(np.flatnonzero(a == 0x3B))  # a ';' inside a field would need quoting on output
    crs = np.flatnonzero(a == 0x0D) if b"\r" in raw else np.zeros(0, dtype=np.int64)
    if len(crs):  # a CR is fine only right before a line feed (or at the end of the block)
        inner = crs[crs < size - 1]
        found.append(inner[a[inner + 1] != 0x0A])
    return found


def _spaced_separators(raw: bytes, delimiter: int) -> np.ndarray:
    """Separators with a space right before or after them: pairs of bytes, at even and odd offsets."""
    if b" " not in raw:
        return np.zeros(0, dtype=np.int64)
    size = len(raw)
    before, after = 0x20 | delimiter << 8, delimiter | 0x20 << 8   # " ;" and "; " read little-endian
    found = []
    a = np.frombuffer(raw, dtype=np.uint8)
    for offset in (0, 1):
        pairs = np.frombuffer(raw, dtype="<u2", offset=offset, count=(size - offset) // 2)
        hits = pairs == before
        hits |= pairs == after
        at = np.flatnonzero(hits)
        if len(at):
            at = 2 * at + offset
            found.append(at + (a[at] != delimiter))   # " ;": the separator is the second byte
    return np.concatenate(found) if found else np.zeros(0, dtype=np.int64)


def _quote_positions(raw: bytes, a: np.ndarray, few: int = 2048) -> np.ndarray:
    """Offsets of the quotes of a block: memchr from one to the next while they are few
    (a quoted value on one line in fifty), numpy over the whole block when they are many."""
    found, find = [], raw.find
    at = find(b'"')
    while at >= 0:
        found.append(at)
        if len(found) > few:
            return np.flatnonzero(a == 0x22)
        at = find(b'"', at + 1)
    return np.array(found, dtype=np.int64)


def _quoted(a: np.ndarray, quotes: np.ndarray, starts: np.ndarray, ends: np.ndarray,
            delimiter: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Lines whose quoting the numpy test cannot judge, each line's first quote (or its end
    when it has none), and the quoted fields (opening and closing quotes) of the other lines.

    A line is judged here only when its quotes make whole quoted fields: an opening
    quote right after a separator, its closing one right before a separator or the
    line end, no space just inside them, and inside only doubled quotes (""), as the
    decoder reads them. Quotes inside unquoted fields, a quote that could end a field
    but does not, and anything else go to the full checker (the record decoder).
    """
    size = len(a)
    line_of = np.searchsorted(starts, quotes, "right") - 1
    first_of_line = np.searchsorted(quotes, starts)
    per_line = np.bincount(line_of, minlength=len(starts))
    first_quote = np.where(per_line > 0, quotes[np.minimum(first_of_line, len(quotes) - 1)], ends)
    # Runs of quotes in a row: a run of 2k inside a value is k doubled quotes; a run of 2k+1
    # right after a separator opens a field with k of them, one right before a separator or
    # the line end closes it after k; a run of 2k+2 between two separators is a quoted
    # value of k quotes. Each run keeps its opening and closing quotes only; any other
    # run keeps all of its quotes, and the pairing below refuses its line.
    begins = np.ones(len(quotes), dtype=bool)
    begins[1:] = quotes[1:] != quotes[:-1] + 1
    first = np.flatnonzero(begins)
    length = np.diff(np.append(first, len(quotes)))
    lo, hi, line = quotes[first], quotes[first] + length - 1, line_of[first]
    opens = (lo > starts[line]) & (a[np.maximum(lo - 1, 0)] == delimiter)
    closes = (hi + 1 >= ends[line]) | (a[np.minimum(hi + 1, size - 1)] == delimiter)
    odd = length % 2 == 1
    doubled_only = ~opens & ~closes & ~odd
    keep_first = (opens & odd & ~closes) | (opens & closes & ~odd)
    keep_last = (closes & odd & ~opens) | (opens & closes & ~odd)
    keep_all = ~doubled_only & ~keep_first & ~keep_last
    escapes = first[doubled_only]
    if len(first) < len(quotes) or len(escapes):
        keep = np.repeat(keep_all, length)
        keep[first[keep_first]] = True
        keep[first[keep_last] + length[keep_last] - 1] = True
        escaped_at, escaped_line = quotes[escapes], line_of[escapes]
        quotes, line_of = quotes[keep], line_of[keep]
        first_of_line = np.searchsorted(quotes, starts)
        per_line = np.bincount(line_of, minlength=len(starts))
    rank = np.arange(len(quotes)) - first_of_line[line_of]
    opening = rank % 2 == 0
    before = a[np.maximum(quotes - 1, 0)]
    after = a[np.minimum(quotes + 1, size - 1)]
    at_end = quotes + 1 >= ends[line_of]
    good = np.where(opening, (quotes > starts[line_of]) & (before == delimiter) & (after != 0x20),
                    (at_end | (after == delimiter)) & (before != 0x20))
    bad_lines = per_line % 2 == 1
    bad_lines[line_of[~good]] = True
    if len(escapes):  # doubled quotes outside a quoted field are bare quotes
        outside = (np.searchsorted(quotes, escaped_at) - first_of_line[escaped_line]) % 2 == 0
        bad_lines[escaped_line[outside]] = True
    # Quotes pair up within their own line only: a line with an odd count (an inch mark,
    # a stray quote after a value, the first line of a value spanning lines) goes to the
    # decoder anyway, and leaving its quotes out keeps it from shifting the pairing of
    # every later line of the block (which once sent nearly all of them to Python).
    paired = ~bad_lines[line_of]
    return bad_lines, first_quote, quotes[opening & paired], quotes[~opening & paired]


_STAMP_AT = np.array([4, 7, 10, 13, 16])   # YYYY-MM-DD HH:MM:SS: where its punctuation is
_STAMP_MARKS = np.frombuffer(b"-- ::", dtype=np.uint8)


def _some_stamp(raw: bytes, a: np.ndarray, starts: np.ndarray) -> bool:
    """Whether some line starts with the punctuation of the contract's time stamp."""
    if raw[4:17:3] == b"-- ::":   # the first line's bytes 4, 7, 10, 13, 16: most blocks are settled here
        return True
    marks = a[np.minimum(starts[:, None] + _STAMP_AT, len(a) - 1)]
    return bool((marks == _STAMP_MARKS).all(axis=1).any())


def line_lengths(lines: list[bytes]) -> np.ndarray:
    return np.fromiter(map(len, lines), dtype=np.int64, count=len(lines))


def classify(raw: bytes, lines: list[bytes], delimiter: int, lengths: np.ndarray | None = None,
             as_written: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """(clean mask, time stamp key) per line of a block; key = YYYYMMDDhhmmss or -1.

    `lines` is raw.split(b"\n") (`lengths`, their line_lengths when the caller has them).
    Separators are counted per line from a count per 8-byte word; the field tests run on
    bit masks of each line's first PREFIX bytes. `as_written` (one True per line, when
    given): set False for a line with a quoted field whose value holds neither a separator
    nor a quote, which the writer would write without its quotes.
    """
    size = len(raw)
    count = len(lines)
    if lengths is None:
        lengths = line_lengths(lines)
    starts = np.zeros(count, dtype=np.int64)
    np.cumsum(lengths[:-1] + 1, out=starts[1:])
    if size and not _some_stamp(raw, np.frombuffer(raw, dtype=np.uint8), starts):
        # no line can be clean (a Turkish Excel export's stamps are dd.mm.yyyy): the block
        # passes below would only say so at length (on such a file, half of fix's source pass)
        return np.zeros(count, dtype=bool), np.full(count, -1, dtype=np.int64)
    # the block and PREFIX spare bytes: every line's window of first bytes is inside
    padded = np.frombuffer(raw + bytes(PREFIX), dtype=np.uint8)
    a = padded[:size]
    ends = starts + lengths
    has_cr = (lengths > 0) & (a[np.maximum(ends - 1, 0)] == 0x0D) if size else np.zeros(count, dtype=bool)
    ends -= has_cr
    seps = _Flags(padded, size, delimiter, int(lengths.max()))
    nsep = seps.between(np.append(starts, size))
    quoted = np.zeros(0, dtype=np.int64)
    first_quote = ends
    ok = ends > starts
    if b'"' in raw:
        every_quote = _quote_positions(raw, a)
        trouble, first_quote, opens, closes = _quoted(a, every_quote, starts, ends, delimiter)
        ok &= ~trouble
        if len(opens):  # separators inside quoted fields are text
            marks = np.empty(2 * len(opens), dtype=np.int64)
            marks[0::2], marks[1::2] = opens, closes
            inside = seps.between(marks)[0::2]
            line_of_field = np.searchsorted(starts, opens, "right") - 1
            nsep -= np.bincount(line_of_field, weights=inside, minlength=count).astype(np.int64)
            quoted = marks
            if as_written is not None:   # no separator and no (doubled) quote between its quotes
                bare = (inside == 0) & (np.searchsorted(every_quote, closes) - np.searchsorted(every_quote, opens) == 1)
                as_written[line_of_field[bare]] = False
    ok &= nsep >= REQUIRED_FIELDS - 1
    suspects = _suspect_lines(a, delimiter, raw)
    spaced = _spaced_separators(raw, delimiter)
    if len(spaced) and len(quoted):  # a space beside a separator inside quotes is text
        spaced = spaced[np.searchsorted(quoted, spaced) % 2 == 0]
    suspects.append(spaced)
    for positions in suspects:
        if len(positions):
            ok[np.searchsorted(starts, positions, "right") - 1] = False
    ok[ok] &= (a[starts[ok]] != 0x20) & (a[ends[ok] - 1] != 0x20)
    rows = np.flatnonzero(ok)
    key = np.full(count, -1, dtype=np.int64)
    if not len(rows):
        return ok, key
    s = starts[rows]
    m = np.lib.stride_tricks.sliding_window_view(padded, PREFIX)[s]  # each line's first bytes
    rel = _first_seven(_bits(m == delimiter))      # the first seven separators, per line
    fits = rel[:, 6] < PREFIX                      # ... inside the window of first bytes
    fits &= first_quote[rows] > s + rel[:, 6]      # and none of the seven is quoted
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
    # Fields 1 (customer id), 5 (Num1) and 6 (Num2): their non-digits and dots, as bit masks
    non_digits = _bits((m - np.uint8(0x30)) > 9)
    dots = _bits(m == 0x2E)
    # Fields 1 (customer id), 5 (Num1) and 6 (Num2) at once: their non-digits and dots, counted
    lo = rel[:, [0, 4, 5]] + 1
    hi = rel[:, [1, 5, 6]]
    span = _span(lo, hi)
    odd = _ones(non_digits[:, None, :] & span)
    all_digits = odd == 0
    one_dot = (odd == 1) & (_ones(dots[:, None, :] & span) == 1)   # one non-digit, and it is a dot
    first = m[row_ix[:, None], np.minimum(lo, PREFIX - 1)]
    last = m[row_ix[:, None], np.maximum(hi - 1, 0)]
    length = hi - lo
    # Customer id: digits only, or text that cannot be an Excel number
    cid_first, cid_last = first[:, 0], last[:, 0]
    first_is_digit = (cid_first >= 0x30) & (cid_first <= 0x39)
    good &= (length[:, 0] > 0) & ((all_digits[:, 0] & (length[:, 0] <= FIELD))
                                  | (~first_is_digit & (cid_first != 0x20) & (cid_last != 0x20)))
    # Num1, Num2: digits, or digits with one inner dot
    dotted = one_dot[:, 1:] & (first[:, 1:] != 0x2E) & (last[:, 1:] != 0x2E)
    good &= ((length[:, 1:] > 0) & (length[:, 1:] <= FIELD) & (all_digits[:, 1:] | dotted)).all(axis=1)
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
