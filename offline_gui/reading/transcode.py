"""Another encoding to UTF-8, streaming and strict: the private copy the core reads."""

from __future__ import annotations

import codecs
import collections
import itertools
import os
from collections.abc import Callable
from pathlib import Path

import numpy as np

from .. import processes
from ..errors import CannotRead
from ..i18n import _
from . import encoding as enc
from . import utf8_length

PARALLEL_BYTES = 32 << 20

COUNT_BLOCK = 1 << 22    # bytes read at a time to count the lines before a refused piece

_BINARY = getattr(os, "O_BINARY", 0)   # Windows would otherwise turn each \n written into \r\n

Landed = Callable[[int], None]   # one-byte files past this are converted on both cores (where a pool is cheap)


def to_utf8(src: Path, target: Path, info: enc.EncodingInfo, chunk_size: int, cr_only: bool = False) -> None:
    """Another encoding to UTF-8, strictly: a byte the encoding does not define is refused,
    never replaced. A single-byte file is converted line by line, and a line that is
    already valid UTF-8 is kept as it is (a legacy export with a few UTF-8 lines)."""
    try:
        if info.codec.startswith("utf-16"):
            _wide(src, target, info, chunk_size, cr_only)
        else:
            _one_byte(src, target, info, chunk_size, cr_only, len(info.bom), 1, "wb")
    except UnicodeDecodeError as exc:
        raise _refusal(src, info, exc) from None


def head_to_utf8(src: Path, target: Path, info: enc.EncodingInfo, cr_only: bool, limit: int) -> tuple[int, int] | None:
    """The first whole lines of a one-byte file, `limit` bytes and on to the next line end,
    converted as `to_utf8` converts them; `rest_to_utf8` then adds the rest, and the two
    give the very bytes `to_utf8` gives (each line is converted on its own). Returns where
    the rest starts and its first line number, or None, with nothing written, for a file
    not worth splitting (UTF-16, or not much more than `limit` bytes)."""
    if info.codec.startswith("utf-16") or src.stat().st_size <= 2 * limit:
        return None
    end = b"\r" if cr_only else b"\n"
    with open(src, "rb") as inp:
        inp.seek(len(info.bom))
        data = inp.read(limit)
        while True:   # on to the end of the line the limit falls in
            more = inp.read(1 << 16)
            found = more.find(end)
            if not more:
                return None
            if found >= 0:
                data += more[:found + 1]
                break
            data += more
    try:
        converted = _legacy_lines(data, info.codec, cr_only, 1)
    except UnicodeDecodeError as exc:
        raise _refusal(src, info, exc) from None
    with open(target, "wb") as out:
        out.write(converted)
    return len(info.bom) + len(data), 1 + data.count(end)


def rest_to_utf8(src: Path, target: Path, info: enc.EncodingInfo, chunk_size: int, cr_only: bool,
                 start: int, line: int, landed: Landed | None = None) -> None:
    """The file from byte `start` (line number `line`) converted onto the end of `target`.
    `landed(size)`: the first `size` bytes of `target` are in place (called as pieces land,
    in order, while the later ones are converted)."""
    try:
        _one_byte(src, target, info, chunk_size, cr_only, start, line, "ab", landed)
    except UnicodeDecodeError as exc:
        raise _refusal(src, info, exc) from None


def _refusal(src: Path, info: enc.EncodingInfo, exc: UnicodeDecodeError) -> CannotRead:
    where = _("line {n}").format(n=exc.reason) if exc.reason.isdigit() else _("its text")
    return CannotRead(_("{name} has bytes that are not letters in {encoding} ({where}). The export is "
                        "damaged or in an encoding we cannot tell; export it again as UTF-8 CSV.")
                      .format(name=src.name, encoding=_(info.label), where=where))


def _one_byte(src: Path, target: Path, info: enc.EncodingInfo, chunk_size: int, cr_only: bool,
              start: int, line: int, mode: str, landed: Landed | None = None) -> None:
    if src.stat().st_size - start > PARALLEL_BYTES and processes.cheap_to_start():
        _legacy_on_both_cores(src, target, info, chunk_size, cr_only, start, line, mode, landed)
    else:
        _legacy(src, target, info, chunk_size, cr_only, start, line, mode, landed)


def _wide(src: Path, target: Path, info: enc.EncodingInfo, chunk_size: int, cr_only: bool) -> None:
    decoder = codecs.getincrementaldecoder(info.codec)(errors="strict")
    with open(src, "rb") as inp, open(target, "wb") as out:
        inp.read(len(info.bom))
        while True:
            chunk = inp.read(chunk_size)
            text = decoder.decode(chunk, final=not chunk)
            out.write((text.replace("\r", "\n") if cr_only else text).encode("utf-8"))
            if not chunk:
                break


def _legacy(src: Path, target: Path, info: enc.EncodingInfo, chunk_size: int, cr_only: bool,
            start: int, line: int, mode: str, landed: Landed | None = None) -> None:
    end = b"\r" if cr_only else b"\n"
    line_number, rest = line, b""
    with open(src, "rb") as inp, open(target, mode) as out:
        inp.seek(start)
        while True:
            chunk = inp.read(chunk_size)
            data = rest + chunk
            cut = data.rfind(end) + 1 if chunk else len(data)
            lines, rest = data[:cut], data[cut:]
            out.write(_legacy_lines(lines, info.codec, cr_only, line_number))
            line_number += lines.count(end)
            if not chunk:
                break
            if landed is not None:
                out.flush()
                landed(out.tell())


def _legacy_on_both_cores(src: Path, target: Path, info: enc.EncodingInfo, chunk_size: int, cr_only: bool,
                          start: int, line: int, mode: str, landed: Landed | None = None) -> None:
    """As `_legacy`, each piece of whole lines converted in a worker, in order.

    Where a piece's UTF-8 length can be told beforehand (`utf8_length`), its worker writes
    it into its place in the copy. A piece that turns out another length (it keeps lines
    that are UTF-8 already) comes back here instead, and so do all the pieces after it:
    those handed out before it came back were placed after the length told, so they are
    converted again."""
    end = b"\r" if cr_only else b"\n"
    pieces = list(itertools.pairwise(_cuts(src, start, chunk_size, end)))
    workers = os.cpu_count() or 1
    lengths = utf8_length.lengths_for(info.codec) if hasattr(os, "pwrite") else None
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | _BINARY | (os.O_TRUNC if mode == "wb" else 0), 0o600)
    try:
        with processes.pool(workers) as pool, open(src, "rb", buffering=0) as source:
            at = os.lseek(fd, 0, os.SEEK_END)   # where the next piece's text goes
            planned = at                        # where the next piece handed out will go
            pending: collections.deque = collections.deque()   # (piece, its size or None, future)
            buffer = bytearray(max((hi - lo for lo, hi in pieces), default=0))

            def hand_out(i: int) -> None:
                nonlocal planned
                lo, hi = pieces[i]
                if lengths is None:
                    pending.append((i, None, pool.submit(_convert_piece, str(src), lo, hi, info.codec, cr_only)))
                    return
                piece = memoryview(buffer)[:hi - lo]
                source.seek(lo)
                source.readinto(piece)   # (into one buffer kept from piece to piece)
                size = lengths.of(piece)
                pending.append((i, size, pool.submit(_convert_into, str(src), lo, hi, info.codec, cr_only,
                                                     str(target), planned, size)))
                planned += size

            following = 0   # the next piece to hand out

            def top_up() -> None:   # two pieces a worker in hand
                nonlocal following
                while following < len(pieces) and len(pending) < workers * 2:
                    hand_out(following)
                    following += 1

            top_up()
            while pending:
                i, size, future = pending.popleft()
                try:
                    data = future.result()
                except UnicodeDecodeError as exc:   # the piece's own line number, made the file's
                    before = _count_ends(source, start, pieces[i][0], end)
                    raise UnicodeDecodeError(exc.encoding, exc.object, exc.start, exc.end,
                                             str(int(exc.reason) + line + before - 1)) from None
                misplaced = data is not None and size is not None   # not the length told
                if misplaced:   # the pieces out now were placed after that length: again, from here on
                    for _i, _size, later in pending:
                        if not later.cancel():
                            later.exception()   # (waits: no worker writes after this)
                    pending.clear()
                    lengths, following = None, i + 1
                if data is None:   # written in its place
                    at += size
                else:
                    _write_at(fd, data, at)
                    at += len(data)
                top_up()
                if landed is not None and pending and not misplaced:   # (the last is said by the caller's end)
                    landed(at)
            os.ftruncate(fd, at)   # (a misplaced piece may have written past the end)
    finally:
        os.close(fd)


def _write_at(fd: int, data: bytes, at: int) -> None:
    view = memoryview(data)
    while view:
        written = os.pwrite(fd, view, at) if hasattr(os, "pwrite") else _seek_write(fd, view, at)
        view, at = view[written:], at + written


def _seek_write(fd: int, view: memoryview, at: int) -> int:
    os.lseek(fd, at, os.SEEK_SET)
    return os.write(fd, view)


def _cuts(src: Path, start: int, chunk_size: int, end: bytes) -> list[int]:
    """Offsets that split the file into pieces of about chunk_size, each piece whole lines."""
    size = src.stat().st_size
    cuts = [start]
    with open(src, "rb") as inp:
        while cuts[-1] + chunk_size < size:
            inp.seek(cuts[-1] + chunk_size)
            at = inp.tell()
            while True:
                block = inp.read(1 << 16)
                found = block.find(end)
                if found >= 0:
                    cuts.append(at + found + 1)
                    break
                if not block:
                    cuts.append(size)
                    break
                at += len(block)
    if cuts[-1] < size:
        cuts.append(size)
    return cuts


def _count_ends(source, lo: int, hi: int, end: bytes) -> int:
    """Line ends in the file's bytes lo..hi (for a refusal's line number: pieces are not counted
    as they are converted)."""
    count = 0
    source.seek(lo)
    for at in range(lo, hi, COUNT_BLOCK):
        count += source.read(min(COUNT_BLOCK, hi - at)).count(end)
    return count


def _convert_piece(path: str, lo: int, hi: int, codec: str, cr_only: bool) -> bytes:
    """A worker's piece: its bytes as UTF-8."""
    with open(path, "rb") as inp:
        inp.seek(lo)
        data = inp.read(hi - lo)
    return _legacy_lines(data, codec, cr_only, 1)


def _convert_into(path: str, lo: int, hi: int, codec: str, cr_only: bool, target: str, at: int,
                  size: int) -> bytes | None:
    """A worker's piece written at `at` in `target` when it is `size` bytes as UTF-8 (then
    None comes back for it), or else its bytes."""
    data = _convert_piece(path, lo, hi, codec, cr_only)
    if len(data) != size:
        return data
    fd = os.open(target, os.O_WRONLY | _BINARY)
    try:
        _write_at(fd, data, at)
    finally:
        os.close(fd)
    return None


def _legacy_lines(data: bytes, codec: str, cr_only: bool, first_line: int) -> bytes:
    if data.isascii():
        return data.replace(b"\r", b"\n") if cr_only else data
    end = b"\r" if cr_only else b"\n"
    if not _utf8_pair(data) or not _may_hold_utf8_lines(data, end[0]):
        try:  # no line can be UTF-8: one decode for the whole chunk, as each line would be
            text = data.decode(codec)
        except UnicodeDecodeError:
            pass   # the line by line reading below says which line
        else:
            text = text.replace("\r", "\n") if cr_only else text
            return text.encode("utf-8")
    out = []
    for number, line in enumerate(data.split(end), start=first_line):
        try:
            line.decode("utf-8")
            out.append(line)  # valid UTF-8 with letters: never read as another encoding
        except UnicodeDecodeError:
            try:
                out.append(line.decode(codec).encode("utf-8"))
            except UnicodeDecodeError as exc:  # the reason carries the line number to the message
                raise UnicodeDecodeError(codec, line, exc.start, exc.end, str(number)) from None
    return b"\n".join(out)


def _utf8_pair(data: bytes) -> bool:
    """Whether a UTF-8 lead byte is followed by a continuation byte anywhere in `data`.

    Every letter past ASCII in UTF-8 is such a pair, so without one no line can be UTF-8
    with letters; in Turkish Windows-1254 text a pair is rare (a letter before `°` or `’`).
    Four times cheaper than the line by line test below, which it spares nearly always."""
    a = np.frombuffer(data, dtype=np.uint8)
    step = 1 << 20   # a MB at a time: the temporaries stay in the cache
    for at in range(0, max(len(a) - 1, 0), step):
        part = a[at:at + step + 1]
        lead = (part[:-1] - np.uint8(0xC2)) < 0x33    # 0xC2..0xF4 (uint8 arithmetic wraps below 0xC2)
        lead &= (part[1:] & 0xC0) == 0x80              # 0x80..0xBF
        if lead.any():
            return True
    return False


def _may_hold_utf8_lines(data: bytes, end: int) -> bool:
    """Whether some line with letters past ASCII could be valid UTF-8 (to be kept as it is).

    A legacy line is never valid UTF-8 when one of its bytes past ASCII stands next to
    an ASCII byte the wrong way (a lead byte before one, a continuation byte after one),
    which is so for nearly every line of Turkish text in Windows-1254 (`ş;`, ` ı`).
    Only the bytes past ASCII are looked at (a few in a hundred)."""
    a = np.frombuffer(data, dtype=np.uint8)
    high = np.flatnonzero(a >= 0x80)
    value = a[high]
    after = a[np.minimum(high + 1, len(a) - 1)]
    before = a[np.maximum(high - 1, 0)]
    lead = value >= 0xC0
    broken = (lead & ((after < 0x80) | (high + 1 == len(a)))) | (~lead & ((before < 0x80) | (high == 0)))
    broken |= (value == 0xC0) | (value == 0xC1) | (value >= 0xF5)
    line = np.searchsorted(np.flatnonzero(a == end), high)
    letters = np.zeros(int(line[-1]) + 1 if len(line) else 0, dtype=bool)
    letters[line] = True
    letters[line[broken]] = False
    return bool(letters.any())
