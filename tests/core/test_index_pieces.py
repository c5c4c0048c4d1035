"""The index built a piece at a time is the index one pass over the whole buffer gives.

The oracle below is the one-pass builder as it was before issue 12 (kept here, verbatim
but for names, only to test against): whatever the piece sizes, the pieces must give the
same line starts, records, spans, unclosed records and blank lines, and every snapshot
taken on the way must be a prefix of the final index that later steps never change.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import offline_gui.reading.records as records
from offline_gui.errors import CannotRead
from offline_gui.i18n import _
from offline_gui.reading.records import (
    BLOCK,
    MAX_LINE_BYTES,
    MAX_RECORD_LINES,
    IndexBuilder,
    RecordIndex,
    _head_delimiter,
    _line,
    _refuse_unreadable,
    build_index,
    split_record,
)

# ---- the oracle: one pass over the whole buffer (main before issue 12) ----------------------


class _NulFound(Exception):
    def __init__(self, offset: int) -> None:
        self.offset = offset


def _positions(data, start: int, progress: Callable[[float], None] | None,
               field_start: np.ndarray = None) -> tuple[np.ndarray, ...]:
    """Offsets of every newline, double quote and field-opening quote; starts of lines led by CR / space.

    Blocks are read one at a time, so indexing a 200 MB file never holds it all.
    """
    size = len(data)
    newlines, quotes, returns, field_quotes, space_starts = [], [], [], [], []
    before = 0x0A  # the byte before the block: the data starts a line
    for lo in range(start, size, BLOCK):
        hi = min(lo + BLOCK, size)
        raw = data[lo:hi]
        nul = raw.find(b"\x00")  # C memchr: far cheaper than a numpy pass
        if nul >= 0:
            raise _NulFound(nul + lo)
        block = np.frombuffer(raw, dtype=np.uint8)
        nl = np.flatnonzero(block == 0x0A)
        newlines.append(nl + lo)
        # lines that start with a space or tab may hold nothing else (blank lines)
        line_heads = nl[nl + 1 < len(block)] + 1
        if before == 0x0A and len(block):
            line_heads = np.concatenate(([0], line_heads))
        heads = block[line_heads]
        space_starts.append(line_heads[(heads == 0x20) | (heads == 0x09)] + lo)
        returns.append(line_heads[heads == 0x0D] + lo)  # lines that start with a CR
        if b'"' in raw:
            q = np.flatnonzero(block == 0x22)
            quotes.append(q + lo)
            # quotes that start a field: after a line feed or a possible separator
            prev = np.where(q > 0, block[np.maximum(q - 1, 0)], before)
            field_quotes.append(q[np.isin(prev, field_start)] + lo)
        if len(block):
            before = int(block[-1])
        if progress:
            progress(hi / max(size, 1))
    empty = np.zeros(0, dtype=np.int64)
    return tuple(np.concatenate(parts) if parts else empty
                 for parts in (newlines, quotes, returns, field_quotes, space_starts))


def one_pass_index(data, start: int = 0,
                progress: Callable[[float], None] | None = None, delimiter: str | None = None) -> RecordIndex:
    """Index the records of a buffer (bytes or FileBytes) from byte offset `start`;
    `delimiter` when it is known (our own written blocks), else the first lines say."""
    size = len(data)
    try:
        delimiter = delimiter or _head_delimiter(data, start)
        field_start = np.frombuffer(delimiter.encode() + b"\n", dtype=np.uint8)
        newlines, quotes, returns, field_quotes, space_starts = _positions(data, start, progress, field_start)
    except _NulFound as nul:
        line = data[start:nul.offset].count(b"\n") + 1
        raise CannotRead(_("The file holds NUL bytes (first on line {line}): it is damaged or not a text export. "
                           "Export the data again as CSV.").format(line=line)) from None
    line_starts = np.empty(len(newlines) + 2, dtype=np.int64)
    line_starts[0] = start
    line_starts[1:-1] = newlines + 1
    line_starts[-1] = size + 1  # sentinel: "end of the last line" is size
    if line_starts[-2] >= size:  # file ends with a newline: no empty last line
        line_starts = line_starts[:-1]
    lengths = np.diff(line_starts) - 1
    _refuse_unreadable(data, start, line_starts, lengths)
    blank = lengths == 0
    if len(returns):  # a line that is only "\r" (CRLF files) is blank too
        led_by_cr = np.searchsorted(line_starts, returns)
        led_by_cr = led_by_cr[led_by_cr < len(lengths)]
        blank[led_by_cr[lengths[led_by_cr] == 1]] = True
    for line in np.searchsorted(line_starts, space_starts).tolist():  # rare: lines led by a space
        if line < len(lengths) and not blank[line] and \
                not data[int(line_starts[line]):int(line_starts[line + 1]) - 1].strip():
            blank[line] = True
    keep = ~blank
    spans: dict[int, int] = {}
    unclosed_lines: set[int] = set()
    if len(quotes):
        per_line = np.diff(np.searchsorted(quotes, line_starts))
        odd = np.flatnonzero(per_line % 2 == 1)
        may_open = np.diff(np.searchsorted(field_quotes, line_starts)) > 0
        _join_quoted(odd, keep, blank, spans, unclosed_lines, data, line_starts, may_open, delimiter)
    record_lines = np.flatnonzero(keep).astype(np.int64)
    by_line = {int(line): i for i, line in enumerate(record_lines)} if (spans or unclosed_lines) else {}
    return RecordIndex(
        line_starts,
        record_lines,
        {by_line[line]: n for line, n in spans.items()},
        {by_line[line] for line in unclosed_lines},
        int(blank.sum()),
    )


def _join_quoted(odd: np.ndarray, keep: np.ndarray, blank: np.ndarray,
                 spans: dict[int, int], unclosed: set[int], data, line_starts: np.ndarray,
                 may_open: np.ndarray, delimiter: str = ";") -> None:
    """Merge lines that a quoted field spans; give up on quotes that never close.

    The record decoder (split_record) decides: a line whose record it reads as
    still inside quotes is joined with the following lines until the decoder
    reads the joined text as closed. Only lines with an odd number of quotes can
    open or close such a record, and those are rare, so this walk is short even
    for huge files. Inch marks and other quotes that do not start a field never
    open a record, so they never glue the rows between them together.
    """
    sep = delimiter.encode()
    odd_lines = [int(x) for x in odd]
    at = 0
    while at < len(odd_lines):
        line = odd_lines[at]
        at += 1
        if not may_open[line] or not keep[line] or not split_record(_line(data, line_starts, line), sep).unclosed:
            continue
        closed_at = None
        for later in odd_lines[at:]:
            if later - line >= MAX_RECORD_LINES:
                break
            joined = bytes(data[int(line_starts[line]):int(line_starts[later + 1]) - 1]).removesuffix(b"\r")
            if not split_record(joined, sep).unclosed:
                closed_at = later
                break
        if closed_at is None:
            unclosed.add(line)
            continue
        spans[line] = closed_at - line + 1
        keep[line + 1: closed_at + 1] = False
        blank[line + 1: closed_at + 1] = False
        while at < len(odd_lines) and odd_lines[at] <= closed_at:
            at += 1




# ---- the pieces ----------------------------------------------------------------------


def _same(a: RecordIndex, b: RecordIndex) -> None:
    assert a.line_starts.tolist() == b.line_starts.tolist()
    assert a.record_lines.tolist() == b.record_lines.tolist()
    assert (a.spans, a.unclosed, a.blank_lines) == (b.spans, b.unclosed, b.blank_lines)


def _pieces(data: bytes, first: int, block: int, monkeypatch) -> tuple[RecordIndex, list[RecordIndex]]:
    monkeypatch.setattr(records, "FIRST_PIECE", first)
    monkeypatch.setattr(records, "BLOCK", block)
    builder = IndexBuilder(data)
    snapshots = [builder.snapshot()]
    while not builder.done:
        builder.step()
        snapshots.append(builder.snapshot())
    return builder.result(), snapshots


def _check(data: bytes, monkeypatch, start: int = 0) -> None:
    whole = one_pass_index(data, start)
    _same(build_index(data, start), whole)
    for first, block in ((1, 1), (3, 7), (64, 5)):
        built, snapshots = _pieces(data, first, block, monkeypatch) if start == 0 else (build_index(data, start), [])
        _same(built, whole)
        for snap in snapshots:   # a prefix of the final index, in every part
            n = len(snap)
            assert snap.record_lines.tolist() == whole.record_lines[:n].tolist()
            assert snap.line_starts.tolist() == whole.line_starts[:len(snap.line_starts)].tolist()
            assert snap.spans == {r: k for r, k in whole.spans.items() if r < n}
            assert snap.unclosed == {r for r in whole.unclosed if r < n}
            newest = range(max(0, n - 3), n)
            assert [snap.bounds(r) for r in newest] == [whole.bounds(r) for r in newest]
        if snapshots:
            assert len(snapshots[-1]) == len(whole)


FIELDS = ["a", "b c", "", " ", "\t", '"', '""', '"x"', '"x;y"', '"open', 'close"', 'x"y', '55"', '"a""b"',
          '"two\nlines"', '"\n"', "\r", "ş", "Ü;Ö", "\\", '"a"b']


@st.composite
def exports(draw) -> bytes:
    lines = []
    for _row in range(draw(st.integers(0, 120))):
        fields = draw(st.lists(st.sampled_from(FIELDS), min_size=1, max_size=5))
        end = draw(st.sampled_from(["\n", "\n", "\r\n", "\n\n", "\n \n", "\n\r\n"]))
        lines.append(";".join(fields) + end)
    text = "".join(lines)
    if text and draw(st.booleans()):
        text = text.rstrip("\n")   # no line break after the last line
    return text.encode("utf-8")


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(exports(), st.sampled_from([4096, 3, 0]))
def test_any_piece_sizes_give_the_one_pass_index(monkeypatch, data: bytes, few: int) -> None:
    monkeypatch.setattr(records, "FEW_QUOTES", few)   # quotes found one by one, or by numpy past a few
    _check(data, monkeypatch)


def test_quoted_values_across_piece_ends(monkeypatch) -> None:
    many = b"".join(b'r%d;"line one\nline two";x\n' % i for i in range(200))
    _check(many, monkeypatch)
    # an opening quote that never closes, 50 lines before the end, and one right at it
    rows = [b"r;%d" % i for i in range(120)]
    rows[20] = b'r;"never closes'
    rows[100] = b'r;"opens\n' + b"\n".join(b"x" for _ in range(MAX_RECORD_LINES - 2)) + b'\nend";z'
    _check(b"\n".join(rows) + b"\n", monkeypatch)


def test_a_bom_is_skipped_like_before(monkeypatch) -> None:
    _check(b'\xef\xbb\xbfa;"b\nc";d\n\ne;f', monkeypatch, start=3)


def test_refusals_do_not_depend_on_the_pieces(monkeypatch) -> None:
    long_line = b"a;b\n" + b"x" * (MAX_LINE_BYTES + 10) + b"\nc;d\n"
    nul_later = long_line + b"e;\x00\n"
    for data, wanted in ((long_line, "Line 2 is 1.0 MB long"), (nul_later, "NUL bytes (first on line 4)"),
                         (b"a;b\nc;\x00\n", "NUL bytes (first on line 2)")):
        for first, block in ((1 << 20, BLOCK), (1, 3), (4, 1 << 21)):
            monkeypatch.setattr(records, "FIRST_PIECE", first)
            monkeypatch.setattr(records, "BLOCK", block)
            with pytest.raises(CannotRead) as caught:
                build_index(data)
            assert wanted in str(caught.value)


def test_a_file_read_into_one_kept_buffer_gives_the_same_index(monkeypatch, tmp_path) -> None:
    from offline_gui.reading.sources import FileBytes
    rows = [b'r%d;"a\nb";x' % i if i % 7 == 0 else b"r%d;55\";y" % i if i % 5 == 0 else b"r%d;z" % i
            for i in range(400)]
    data = b"\xef\xbb\xbf" + b"\r\n".join(rows) + b"\r\n\r\n  \n"
    path = tmp_path / "export.csv"
    path.write_bytes(data)
    whole = one_pass_index(data, 3)
    for first, block in ((1 << 20, BLOCK), (5, 64), (100, 7)):
        monkeypatch.setattr(records, "FIRST_PIECE", first)
        monkeypatch.setattr(records, "BLOCK", block)
        reader = FileBytes(path)
        try:
            _same(build_index(reader, 3), whole)
        finally:
            reader.close()
