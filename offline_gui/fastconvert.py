"""Whole-column conversions for the many lines that share one simple shape, with numpy.

A Turkish Excel export converts in every row (`25.05.2024 14:03`, `149,90`, 12 of
23 columns). Going through the record decoder and the rules value by value costs
tens of microseconds a row; most rows, though, have one plain shape, and for those
the outcome of the decoder and the rules is known column by column:

- no quote, tab, CR or space next to a separator, exactly W fields (split on `;`
  is then what the decoder reads), so every field is its bytes;
- the time stamp is `dd.mm.yyyy HH:MM[:SS]` and a real moment in the column's
  decided day/month order: the rule writes `yyyy-mm-dd HH:MM:SS`;
- Num1 and Num2 are digits, digits with one dot, or digits with one decimal comma
  that is not a lone comma before three digits (`2,345` stays with the rules):
  the rule turns the comma into a dot;
- the customer id is digits, the event type `7`, the product code present.

Such a row, after the rules, has no finding; its output is its fields placed by
the mapping, padded to 23. Everything else, and every row an edit, a deletion or
an unusual byte touches, goes the ordinary way (`validation.scan_block`). The
property tests compare both ways on hostile rows: same findings, same bytes, same
change log.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from .fixing import FixContext
from .spec import CUSTOMER_ID, EVENT_NAME, EVENT_TYPE, NUM1, NUM2, REQUIRED_FIELDS, TIMESTAMP

NEEDED_RULES = frozenset({"timestamp-format", "number-decimal-comma"})
FIELD = 24          # an id or a number longer than this goes the ordinary way
_DAYS = np.array([0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31], dtype=np.int64)
_SEP, _QUOTE, _TAB, _CR, _SPACE = 0x3B, 0x22, 0x09, 0x0D, 0x20
_STAMP_DIGITS = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18]   # of YYYY-MM-DD HH:MM:SS
_STAMP_WEIGHTS = 10 ** np.arange(13, -1, -1, dtype=np.int64)
ORDER_KINDS = (frozenset({"dmy", "mdy"}), frozenset({"dmy"}), frozenset({"mdy"}))  # stamp_shapes' kinds


@dataclass(frozen=True)
class Plan:
    """What the state asks of a simple row: where each output column comes from."""
    mapping: tuple[int, ...]
    order: str | None        # the time stamp column's day/month order: "dmy" or "mdy"; None: checking
    pad: bool                # the field-count rule holds (rows shorter than 23 are padded)
    canonical: Callable      # document.canonical: the one layout of a row's fields

    @property
    def checking(self) -> bool:
        """No rule applies: the simple rows are only found, with the findings the checker gives
        them (the time stamp's layout, decimal commas, too few fields)."""
        return self.order is None

    def template(self, width: int) -> tuple[int, ...] | None:
        """The source field (or -1) of each output column for rows of `width` fields, or None
        when such rows are not of the simple shape. Made for the widths the blocks have only
        (a file of 20,000 columns would otherwise cost 20,000 layouts of up to 20,000 fields)."""
        if not 7 <= width <= len(self.mapping):
            return None
        return _template(self.mapping, width, self.pad or self.checking, self.canonical)


@lru_cache(maxsize=64)
def _template(mapping: tuple[int, ...], width: int, padding: bool, canonical: Callable) -> tuple[int, ...] | None:
    out = canonical([f"\x00{i}" for i in range(width)], mapping, False, None, frozenset())
    if len(out) < REQUIRED_FIELDS:
        if not padding:
            return None
        out = out + [""] * (REQUIRED_FIELDS - len(out))
    source = tuple(int(v[1:]) if v else -1 for v in out)
    if any(source[c] < 0 for c in (TIMESTAMP, CUSTOMER_ID, EVENT_TYPE, EVENT_NAME, NUM1, NUM2)):
        return None
    return source


@dataclass
class Converted:
    """The simple rows of a block: which, their output lines, and the evidence they give."""
    offsets: np.ndarray                              # record offsets in the block
    block: bytes = b""        # output lines, each ending in "\n", when writing
    orders: dict = field(default_factory=dict)        # frozenset(orders) -> (count, first offset, value)
    commas: dict = field(default_factory=dict)        # column -> converted decimal commas
    ts_min: str | None = None
    ts_max: str | None = None
    change_rows: np.ndarray | None = None              # with a log: the offset of each changed cell ...
    change_text: list[str] = field(default_factory=list)  # ... and its log line without the row
    # when checking: (indices into `offsets`, canonical column, code, extra) of the findings they have
    cells: list = field(default_factory=list)
    width: int = 0                                     # the rows' source field count


def plan_for(mapping: tuple[int, ...], rules: frozenset[str], ctx: FixContext, time_source: int | None,
             dropped: frozenset[int], delimiter: str, canonical, checking: bool = False) -> Plan | None:
    """A plan when the rules convert whole columns (time stamps, decimal commas), or, when
    `checking` with no rule at all, one that only finds the simple rows; else None."""
    if delimiter != ";" or time_source is not None or dropped:
        return None
    checking = checking and not rules
    if not checking and (not rules >= NEEDED_RULES or ctx.date_order not in ("dmy", "mdy") or ctx.date_conflict):
        return None
    return Plan(mapping, None if checking else ctx.date_order, "field-count" in rules, canonical)


def convert(raw: bytes, starts: np.ndarray, ends: np.ndarray, plan: Plan, write: bool,
            log: bool) -> Converted:
    """The rows among `starts`/`ends` (byte ranges of single-line records, CR excluded)
    that have the simple shape, converted. Rows of the other shapes are left out."""
    a = np.frombuffer(raw, dtype=np.uint8)
    seps = np.flatnonzero(a == _SEP)
    k = np.searchsorted(seps, starts)
    nsep = np.searchsorted(seps, ends) - k
    width = int(np.bincount(nsep).argmax()) + 1 if len(nsep) else 0
    template = plan.template(width)
    if template is None:
        return Converted(np.zeros(0, dtype=np.int64))
    ok = (nsep == width - 1) & (ends > starts)
    for byte in (_QUOTE, _TAB, _CR):
        if bytes([byte]) in raw:
            if byte == _CR and raw.count(b"\r") == int(np.count_nonzero(a[np.minimum(ends, len(a) - 1)] == _CR)):
                continue   # every CR ends a line (CRLF), none is inside one
            hit = np.flatnonzero(a == byte)
            ok[_line_of(starts, ends, hit)] = False
    rows = np.flatnonzero(ok)
    s, e = starts[rows], ends[rows]
    cuts = np.empty((len(rows), width + 1), dtype=np.int64)   # field i is [cuts[i] + 1, cuts[i + 1])
    cuts[:, 0] = s - 1
    cuts[:, 1:width] = seps[k[rows][:, None] + np.arange(width - 1)]
    cuts[:, width] = e
    lo, hi = cuts[:, :-1] + 1, cuts[:, 1:]
    padded = np.concatenate((a, np.zeros(FIELD + 1, dtype=np.uint8)))
    # no space at any field's edge (the whitespace rule would change it, or it is a finding)
    nonempty = hi > lo
    edge = (padded[lo] == _SPACE) | (padded[np.maximum(hi - 1, 0)] == _SPACE)
    good = ~(nonempty & edge).any(axis=1)
    src = np.asarray(template)
    ts, cid, et, name = (src[c] for c in (TIMESTAMP, CUSTOMER_ID, EVENT_TYPE, EVENT_NAME))
    good &= (hi[:, et] - lo[:, et] == 1) & (padded[lo[:, et]] == 0x37)
    good &= nonempty[:, name]
    good &= _digits(padded, lo[:, cid], hi[:, cid])
    num_ok, num_comma = [], []
    for col in (NUM1, NUM2):
        fine, comma = _number(padded, lo[:, src[col]], hi[:, src[col]])
        num_ok.append(fine | comma)
        num_comma.append(comma)
    good &= num_ok[0] & num_ok[1]
    stamp, stamp_ok, kinds, known = stamp_shapes(padded, lo[:, ts], hi[:, ts], plan.order or "dmy",
                                                 render=not plan.checking)
    good &= known if plan.checking else stamp_ok
    keep = np.flatnonzero(good)
    if plan.checking and len(keep):
        # The first row of each day/month kind goes the ordinary way, so the column's example
        # values (shown in the findings) come from the same rows as without this path.
        kept_kinds = kinds[keep]
        firsts = [int(np.argmax(kept_kinds == code)) for code in range(len(ORDER_KINDS))
                  if (kept_kinds == code).any()]
        keep = np.delete(keep, firsts)   # (positions in keep: no sort, as a set difference made)
    out = Converted(rows[keep], width=width)
    if not len(keep):
        return out
    kinds, lo, hi = kinds[keep], lo[keep], hi[keep]
    if stamp is not None:
        stamp = stamp[keep]
    commas = [c[keep] for c in num_comma]
    if plan.checking:   # unconverted stamps are not events' times yet: no date range from them
        out.cells.append((np.arange(len(keep)), TIMESTAMP, "timestamp-format", 0))
        out.cells += [(np.flatnonzero(comma), col, "number-decimal-comma", 0)
                      for col, comma in zip((NUM1, NUM2), commas, strict=True) if comma.any()]
    else:
        # the stamps' digits as one number each: their order is the text's (every byte
        # between the digits is the same punctuation)
        moment = (stamp[:, _STAMP_DIGITS].astype(np.int64) - 0x30) @ _STAMP_WEIGHTS
        out.ts_min = stamp[int(np.argmin(moment))].tobytes().decode("ascii")
        out.ts_max = stamp[int(np.argmax(moment))].tobytes().decode("ascii")
    for code, kind in enumerate(ORDER_KINDS):
        where = np.flatnonzero(kinds == code)
        if len(where):
            first = int(where[0])
            out.orders[kind] = (len(where), int(out.offsets[first]),
                                raw[lo[first, ts]:hi[first, ts]].decode("ascii"))
    for col, comma in zip((NUM1, NUM2), commas, strict=True):
        if comma.any():
            out.commas[col] = int(comma.sum())
    if plan.checking or not write and not log:
        return out
    work = a.copy()
    for col, comma in zip((NUM1, NUM2), commas, strict=True):
        at, to = lo[comma, src[col]], hi[comma, src[col]]
        span = to - at
        flat = np.repeat(at, span) + _ragged(span)
        work[flat[work[flat] == 0x2C]] = 0x2E    # the one comma of each such value becomes a dot
    block = _render(work, stamp, lo, hi, src, ts)
    if write:
        out.block = block
    if log:
        rows, out.change_text = _changes(raw, stamp, lo, hi, src, ts, commas)
        out.change_rows = out.offsets[rows]
    return out


def _line_of(starts: np.ndarray, ends: np.ndarray, positions: np.ndarray) -> np.ndarray:
    line = np.searchsorted(starts, positions, "right") - 1
    inside = (line >= 0) & (positions < ends[np.maximum(line, 0)])
    return line[inside]


def _ragged(lengths: np.ndarray) -> np.ndarray:
    """0, 1, …, n-1 for each n in lengths, concatenated."""
    total = int(lengths.sum())
    if not total:
        return np.zeros(0, dtype=np.int64)
    offsets = np.repeat(np.cumsum(lengths) - lengths, lengths)
    return np.arange(total, dtype=np.int64) - offsets


def _window(padded: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The first bytes of each field (as many as the longest has, at most FIELD: a longer one
    is refused by its length), and which of them are inside it."""
    width = int(min(FIELD, max(int((hi - lo).max()), 1))) if len(lo) else 1
    values = np.lib.stride_tricks.sliding_window_view(padded, width)[lo]
    inside = np.arange(width) < (hi - lo)[:, None]
    return values, inside


def _digits(padded: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    values, inside = _window(padded, lo, hi)
    odd = ((values - np.uint8(0x30)) > 9) & inside   # (uint8: bytes below "0" wrap past 9)
    return (hi > lo) & (hi - lo <= FIELD) & ~odd.any(axis=1)


def _number(padded: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(already a number: digits, or digits.digits; digits,digits whose comma is a decimal one)."""
    values, inside = _window(padded, lo, hi)
    length = hi - lo
    odd = ((values - np.uint8(0x30)) > 9) & inside   # not a digit
    n_odd = np.count_nonzero(odd, axis=1)
    at = np.argmax(odd, axis=1)                      # the first (with one: the only) non-digit
    mark = values[np.arange(len(values)), at]
    fits = (length > 0) & (length <= FIELD)
    plain = fits & (n_odd == 0)
    marked = fits & (n_odd == 1) & (at > 0) & (at < length - 1)
    lone = (at <= 3) & (length - at - 1 == 3)   # 2,345: the column's decision, not this shortcut's
    return plain | (marked & (mark == 0x2E)), marked & (mark == 0x2C) & ~lone


def stamp_shapes(padded: np.ndarray, lo: np.ndarray, hi: np.ndarray, order: str, render: bool = True):
    """dd.mm.yyyy HH:MM[:SS] read in `order`: (19 output bytes per row (None unless `render`),
    convertible, kind, a real moment in some order); kind 0 = a real date both ways, 1 = day
    first only, 2 = month first only. `padded` must extend 19 bytes past every `lo`."""
    length = hi - lo
    v = np.lib.stride_tricks.sliding_window_view(padded, 19)[lo]   # each value's 19 bytes, no index matrix
    d = v.astype(np.int16) - 0x30   # (int16: a four-digit year fits, at a quarter of int64's traffic)
    digit_at = [0, 1, 3, 4, 6, 7, 8, 9, 11, 12, 14, 15]
    dd = d[:, digit_at]
    shape = ((dd >= 0) & (dd <= 9)).all(axis=1)
    shape &= (v[:, 2] == 0x2E) & (v[:, 5] == 0x2E) & (v[:, 10] == _SPACE) & (v[:, 13] == 0x3A)
    with_seconds = length == 19
    shape &= (length == 16) | (with_seconds & (v[:, 16] == 0x3A) & (d[:, 17] >= 0) & (d[:, 17] <= 9)
                               & (d[:, 18] >= 0) & (d[:, 18] <= 9))
    first, second = d[:, 0] * 10 + d[:, 1], d[:, 3] * 10 + d[:, 4]
    year = d[:, 6] * 1000 + d[:, 7] * 100 + d[:, 8] * 10 + d[:, 9]
    hour, minute = d[:, 11] * 10 + d[:, 12], d[:, 14] * 10 + d[:, 15]
    sec = np.where(with_seconds, d[:, 17] * 10 + d[:, 18], 0)
    clock = (hour <= 23) & (minute <= 59) & (sec <= 59)
    leap = ((year % 4 == 0) & (year % 100 != 0)) | (year % 400 == 0)

    def real(day: np.ndarray, month: np.ndarray) -> np.ndarray:
        month_ok = (month >= 1) & (month <= 12)
        limit = _DAYS[np.where(month_ok, month, 0)] - ((month == 2) & ~leap)
        return month_ok & (day >= 1) & (day <= limit) & (year >= 1)

    dmy, mdy = real(first, second), real(second, first)
    known = shape & clock & (dmy | mdy)
    ok = shape & clock & (dmy if order == "dmy" else mdy)
    kind = np.where(dmy & mdy, 0, np.where(dmy, 1, 2))
    if not render:
        return None, ok, kind, known
    out = np.empty((len(lo), 19), dtype=np.uint8)
    day_at, month_at = ([0, 1], [3, 4]) if order == "dmy" else ([3, 4], [0, 1])
    out[:, 0:4] = v[:, 6:10]
    out[:, 4] = out[:, 7] = 0x2D
    out[:, 5:7] = v[:, month_at]
    out[:, 8:10] = v[:, day_at]
    out[:, 10] = _SPACE
    out[:, 11:16] = v[:, 11:16]
    out[:, 16] = 0x3A
    out[:, 17:19] = np.where(with_seconds[:, None], v[:, 17:19], 0x30)
    return out, ok, kind, known


def _render(work: np.ndarray, stamp: np.ndarray, lo: np.ndarray, hi: np.ndarray, src: np.ndarray,
            ts: int) -> bytes:
    """Output lines, each ending in a line feed: each output column's bytes (the new stamp for
    the time stamp), `;` between.

    Source fields that stay neighbours are copied as one run, separators included, so a
    row is a handful of byte ranges."""
    parts: list[tuple] = []
    for j, source in enumerate(src.tolist()):
        if j:
            parts.append(("lit", b";"))
        if j == TIMESTAMP:
            parts.append(("stamp",))
        elif source >= 0:
            if len(parts) >= 2 and parts[-2][0] == "run" and parts[-2][2] == source - 1:
                parts.pop()
                parts[-1] = ("run", parts[-1][1], source)
            else:
                parts.append(("run", source, source))
    parts.append(("lit", b"\n"))
    merged: list[tuple] = []
    for part in parts:
        if part[0] == "lit" and merged and merged[-1][0] == "lit":
            merged[-1] = ("lit", merged[-1][1] + part[1])
        else:
            merged.append(part)
    n = len(lo)
    spans = [(lo[:, p[1]], hi[:, p[2]] - lo[:, p[1]]) if p[0] == "run" else None for p in merged]
    widths = [int(span[1].max()) if span is not None else 19 if part[0] == "stamp" else len(part[1])
              for part, span in zip(merged, spans, strict=True)]
    total = sum(int(span[1].sum()) if span is not None else n * width
                for span, width in zip(spans, widths, strict=True))
    if n * sum(widths) > 2 * total + (1 << 20):   # a few very long values: one index per output byte
        return _gather_parts(work, stamp, merged, spans)
    # Each part becomes a column block of one matrix, a row per line, as wide as the part's
    # longest value; a mask keeps each value's own bytes, and reading the matrix row by row
    # through the mask gives the lines one after another (no index per output byte). The
    # matrix and the mask are made once and filled in place.
    padded = np.concatenate((work, np.zeros(max(widths) + 1, dtype=np.uint8)))
    matrix = np.empty((n, sum(widths)), dtype=np.uint8)
    keep = np.ones(matrix.shape, dtype=bool)
    at = 0
    for part, span, width in zip(merged, spans, widths, strict=True):
        if part[0] == "stamp":
            matrix[:, at:at + 19] = stamp
        elif span is not None:
            if width:
                matrix[:, at:at + width] = np.lib.stride_tricks.sliding_window_view(padded, width)[span[0]]
                np.less(np.arange(width), span[1][:, None], out=keep[:, at:at + width])
        else:
            matrix[:, at:at + width] = np.frombuffer(part[1], dtype=np.uint8)
        at += width
    return matrix[keep].tobytes()


def _gather_parts(work: np.ndarray, stamp: np.ndarray, merged: list[tuple], spans: list) -> bytes:
    literals = b"".join(p[1] for p in merged if p[0] == "lit")
    n, base = len(stamp), len(work)
    pool = np.concatenate((work, stamp.ravel(), np.frombuffer(literals, dtype=np.uint8)))
    at = np.empty((n, len(merged)), dtype=np.int64)
    size = np.empty((n, len(merged)), dtype=np.int64)
    lit_at = base + stamp.size
    for j, (part, span) in enumerate(zip(merged, spans, strict=True)):
        if part[0] == "stamp":
            at[:, j], size[:, j] = base + np.arange(n) * 19, 19
        elif span is not None:
            at[:, j], size[:, j] = span
        else:
            at[:, j], size[:, j] = lit_at, len(part[1])
            lit_at += len(part[1])
    return _gather(pool, at.ravel(), size.ravel()).tobytes()


def _gather(pool: np.ndarray, at: np.ndarray, size: np.ndarray) -> np.ndarray:
    """pool[at[0]:at[0]+size[0]] + pool[at[1]:…] + …, as one array (a cumulative sum of steps)."""
    keep = size > 0
    at, size = at[keep], size[keep]
    if not len(at):
        return pool[:0]
    step = np.ones(int(size.sum()), dtype=np.int32 if len(pool) < 1 << 31 else np.int64)
    begin = np.cumsum(size) - size
    step[0] = at[0]
    step[begin[1:]] = at[1:] - (at[:-1] + size[:-1] - 1)
    return pool[np.cumsum(step, out=step)]


def _changes(raw: bytes, stamp: np.ndarray, lo: np.ndarray, hi: np.ndarray, src: np.ndarray, ts: int,
             commas: list[np.ndarray]) -> tuple[np.ndarray, list[str]]:
    """The cells the rules changed, rows in order and columns in order within a row: (row
    index of each, its change log line without the row: `column;before;after;rule`). The
    values of this shape need no quoting, so the line is the fields joined."""
    before = [raw[a:b].decode("ascii") for a, b in zip(lo[:, ts].tolist(), hi[:, ts].tolist(), strict=True)]
    after = stamp.view("S19").ravel().astype(str).tolist()
    column = int(src[TIMESTAMP]) + 1
    text = [f"{column};{b};{a};timestamp-format" for b, a in zip(before, after, strict=True)]
    rows = [np.arange(len(lo))]
    for col, comma in zip((NUM1, NUM2), commas, strict=True):
        where = np.flatnonzero(comma)
        source = int(src[col])
        column = source + 1
        # (bounds as Python ints first: a numpy scalar read per value cost most of this loop)
        values = [raw[a:b].decode("ascii") for a, b in zip(lo[where, source].tolist(), hi[where, source].tolist(),
                                                           strict=True)]
        text += [f"{column};{value};{value.replace(',', '.')};number-decimal-comma" for value in values]
        rows.append(where)
    row = np.concatenate(rows)
    order = np.argsort(row, kind="stable")   # a row's cells in column order: time stamp, Num1, Num2
    return row[order], [text[i] for i in order.tolist()]
