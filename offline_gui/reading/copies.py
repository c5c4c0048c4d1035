"""The private UTF-8 copy the core reads of a file that is not UTF-8 with line feeds
(another encoding, old Mac line ends, a member of a zip): made whole, or its first lines
first and the rest after (a big legacy file shown early, see Source.finish_copy)."""

from __future__ import annotations

import contextlib
import errno
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from ..errors import CannotRead
from ..i18n import _
from . import encoding as enc
from . import transcode

CHUNK = 1 << 22
# A big legacy file's first lines converted before the rest: about as many as the first
# screen's index piece reads (records.FIRST_PIECE).
HEAD_BYTES = 1 << 20


def rest_copy(src: Path, target: Path, info: enc.EncodingInfo, cr_only: bool, start: int, line: int,
              landed: transcode.Landed | None = None) -> None:
    """The rest of a legacy file, from `start` (line number `line`), onto its copy
    (`landed`: see transcode.rest_to_utf8)."""
    with copy_errors(src):
        transcode.rest_to_utf8(src, target, info, CHUNK, cr_only, start, line, landed)


def head_copy(src: Path, folder: Path, info: enc.EncodingInfo, head: bytes) -> tuple[int, int, bool, float] | None:
    """The first lines of a big legacy file converted into the copy (see Source.finish_copy)."""
    cr_only = old_mac_line_ends(head, info)
    with copy_errors(src):
        split = transcode.head_to_utf8(src, folder / "utf8.txt", info, cr_only, HEAD_BYTES)
        if split is None:
            return None
        start, line = split
        ratio = (folder / "utf8.txt").stat().st_size / max(start - len(info.bom), 1)
    return start, line, cr_only, ratio


def temp_folder() -> str:
    """A private folder for converted data; a missing or full temp drive is said plainly."""
    try:
        return tempfile.mkdtemp(prefix="offline-gui-")
    except OSError as exc:
        raise CannotRead(_("No temporary folder could be made ({reason}) in {folder}. Free some space there, or set "
                           "TMPDIR to a folder you can write to.")
                         .format(reason=exc.strerror or exc, folder=tempfile.gettempdir())) from exc


def old_mac_line_ends(head: bytes, info: enc.EncodingInfo) -> bool:
    """Old Mac line ends: carriage returns and not a single line feed in the sample."""
    if info.codec.startswith("utf-16"):
        text = head[len(info.bom):len(info.bom) + 65536].decode(info.codec, errors="replace")
        return "\r" in text and "\n" not in text
    return b"\r" in head and b"\n" not in head


def private_copy(src: Path, folder: Path, info: enc.EncodingInfo, head: bytes) -> tuple[Path, int]:
    """The UTF-8 file the core reads: a private copy, never the user's file itself.

    Reading a copy means nobody can truncate or rewrite the bytes under our memory
    map (which would crash the process), and the user's file is never touched.
    Returns the copy and the bytes to skip at its start (a UTF-8 byte-order mark).
    """
    target = folder / "utf8.txt"
    cr_only = old_mac_line_ends(head, info)
    with copy_errors(src):
        if not info.is_utf8:
            transcode.to_utf8(src, target, info, CHUNK, cr_only)
            return target, 0
        if not cr_only:
            shutil.copyfile(src, target)
            return target, len(info.bom)
        with open(src, "rb") as inp, open(target, "wb") as out:
            while chunk := inp.read(CHUNK):
                out.write(chunk.replace(b"\r", b"\n"))  # 0x0D is never inside a UTF-8 sequence
        return target, len(info.bom)


@contextlib.contextmanager
def copy_errors(src: Path) -> Iterator[None]:
    """What making the private copy can meet, said plainly."""
    try:
        yield
    except PermissionError as exc:
        raise CannotRead(_("{name} cannot be opened: permission denied. Copy it somewhere you can read, or ask for "
                           "access.").format(name=src.name)) from exc
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise CannotRead(_("{name} cannot be read: the disk with the temporary folder is full. Free some space "
                               "and try again.").format(name=src.name)) from exc
        raise CannotRead(_("{name} cannot be read: {reason}. Close other programs using it and try again.")
                         .format(name=src.name, reason=exc.strerror or exc)) from exc
