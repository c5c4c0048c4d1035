"""Another encoding to UTF-8, streaming and strict: the private copy the core reads."""

from __future__ import annotations

import codecs
import os
from itertools import islice
from pathlib import Path

import numpy as np

from .. import processes
from ..errors import CannotRead
from ..i18n import _
from . import encoding as enc

PARALLEL_BYTES = 32 << 20   # one-byte files past this are converted on both cores (where a pool is cheap)


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
                 start: int, line: int) -> None:
    """The file from byte `start` (line number `line`) converted onto the end of `target`."""
    try:
        _one_byte(src, target, info, chunk_size, cr_only, start, line, "ab")
    except UnicodeDecodeError as exc:
        raise _refusal(src, info, exc) from None


def _refusal(src: Path, info: enc.EncodingInfo, exc: UnicodeDecodeError) -> CannotRead:
    where = _("line {n}").format(n=exc.reason) if exc.reason.isdigit() else _("its text")
    return CannotRead(_("{name} has bytes that are not letters in {encoding} ({where}). The export is "
                        "damaged or in an encoding we cannot tell; export it again as UTF-8 CSV.")
                      .format(name=src.name, encoding=_(info.label), where=where))


def _one_byte(src: Path, target: Path, info: enc.EncodingInfo, chunk_size: int, cr_only: bool,
              start: int, line: int, mode: str) -> None:
    if src.stat().st_size - start > PARALLEL_BYTES and processes.cheap_to_start():
        _legacy_on_both_cores(src, target, info, chunk_size, cr_only, start, line, mode)
    else:
        _legacy(src, target, info, chunk_size, cr_only, start, line, mode)


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
            start: int, line: int, mode: str) -> None:
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


def _legacy_on_both_cores(src: Path, target: Path, info: enc.EncodingInfo, chunk_size: int, cr_only: bool,
                          start: int, line: int, mode: str) -> None:
    """As `_legacy`, each piece of whole lines converted in a worker; written in order."""
    end = b"\r" if cr_only else b"\n"
    cuts = _cuts(src, start, chunk_size, end)
    workers = os.cpu_count() or 1
    with processes.pool(workers) as pool, open(target, mode) as out:
        pieces = iter(zip(cuts, cuts[1:], strict=False))
        pending = [pool.submit(_convert_piece, str(src), lo, hi, info.codec, cr_only)
                   for lo, hi in islice(pieces, workers * 2)]
        line_number = line
        while pending:
            try:
                data, lines = pending.pop(0).result()
            except UnicodeDecodeError as exc:   # the piece's own line number, made the file's
                raise UnicodeDecodeError(exc.encoding, exc.object, exc.start, exc.end,
                                         str(int(exc.reason) + line_number - 1)) from None
            out.write(data)
            line_number += lines
            piece = next(pieces, None)
            if piece is not None:
                pending.append(pool.submit(_convert_piece, str(src), *piece, info.codec, cr_only))


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


def _convert_piece(path: str, lo: int, hi: int, codec: str, cr_only: bool) -> tuple[bytes, int]:
    """A worker's piece: its bytes as UTF-8, and how many lines it held."""
    with open(path, "rb") as inp:
        inp.seek(lo)
        data = inp.read(hi - lo)
    end = b"\r" if cr_only else b"\n"
    return _legacy_lines(data, codec, cr_only, 1), data.count(end)


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
