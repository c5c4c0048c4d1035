"""From a path the user chose to a UTF-8 byte buffer the rest of the core can index.

A UTF-8 text file is used in place (memory-mapped, never modified). Anything else
(another encoding, a zip member, an Excel sheet) is converted once into a UTF-8
file in a private temporary folder, streaming, so memory stays bounded.
"""

from __future__ import annotations

import codecs
import os
import shutil
import stat
import struct
import threading
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import CannotRead
from ..i18n import N_, _
from . import copies
from . import encoding as enc
from .xlsx import read_sheet

MAX_UNZIPPED = 4 << 30          # 4 GiB: ~20 million rows, far past any daily export
MAX_RATIO = 200                 # CSV compresses ~5-20x; zip bombs 1000x and more
RATIO_FLOOR = 64 << 20          # ratios only matter past this size
DATA_SUFFIXES = (".csv", ".txt", ".tsv", ".xlsx", ".xlsm", ".dat")

_SIGNATURES = {
    b"%PDF": N_("a PDF document"),
    b"\x89PNG": N_("a PNG picture"),
    b"\xff\xd8\xff": N_("a JPEG picture"),
    b"GIF8": N_("a GIF picture"),
    b"\xd0\xcf\x11\xe0": N_("an old Excel .xls (or other Office 97) file; save it as .xlsx or CSV"),
    b"Rar!": N_("a RAR archive; extract it or make a .zip"),
    b"7z\xbc\xaf": N_("a 7-Zip archive; extract it or make a .zip"),
    b"\x1f\x8b": N_("a gzip archive; extract it or make a .zip"),
}


class FileBytes:
    """A read-only file that slices like bytes: data[a:b] reads just that range.

    Not a memory map on purpose: if another program truncates or rewrites the file
    while it is open, reads come back short instead of the process dying (SIGBUS),
    and no copy of a 200 MB export is needed.
    """

    def __init__(self, path: Path) -> None:
        self._handle = open(path, "rb")  # noqa: SIM115 - lives as long as this object
        self._path = path
        self._name = path.name
        self._size = os.fstat(self._handle.fileno()).st_size
        self._lock = threading.Lock()  # the GUI thread and a worker thread may both read

    def __len__(self) -> int:
        return self._size

    def __getitem__(self, key: slice) -> bytes:
        start, stop, _step = key.indices(self._size)
        if stop <= start:
            return b""
        with self._lock:
            self._handle.seek(start)
            data = self._handle.read(stop - start)
        if len(data) < stop - start:
            raise CannotRead(_("{name} changed while it was being read (it is shorter now). Wait until the program "
                               "writing it has finished, then open it again.").format(name=self._name))
        return data

    def read_ranges(self, ranges: list[tuple[int, int]]) -> list[bytes]:
        """data[a:b] for each (a, b), under one hold of the lock: a few thousand rows read
        back (duplicates to confirm) cost a system call each, not a seek and a read."""
        out = []
        pread = getattr(os, "pread", None)   # (not on Windows: a seek and a read there)
        with self._lock:
            fd = self._handle.fileno()
            for start, stop in ranges:
                stop = min(stop, self._size)
                if stop <= start:
                    data = b""
                elif pread is not None:
                    data = pread(fd, stop - start, start)
                else:
                    self._handle.seek(start)
                    data = self._handle.read(stop - start)
                if len(data) < stop - start:
                    raise CannotRead(_("{name} changed while it was being read (it is shorter now). Wait until "
                                       "the program writing it has finished, then open it again.")
                                     .format(name=self._name))
                out.append(data)
        return out

    def readinto(self, start: int, buffer) -> int:
        """Read from `start` into `buffer` (as much as fits before the end); returns the count.

        The index reads a big file a piece at a time into one buffer it keeps: a new bytes
        object per piece would fault in 16 MB of fresh pages each time (half the cost of
        indexing a piece, measured)."""
        want = max(0, min(len(buffer), self._size - start))
        if want == 0:
            return 0
        with self._lock:
            self._handle.seek(start)
            got = self._handle.readinto(memoryview(buffer)[:want])
        if got < want:
            raise CannotRead(_("{name} changed while it was being read (it is shorter now). Wait until the program "
                               "writing it has finished, then open it again.").format(name=self._name))
        return got

    def refresh(self, final: int | None = None) -> None:
        """The file has grown (our own copy, written on while its start was read): read to its
        new end, or to `final` when only the bytes before it are in place (later pieces of the
        copy may be written before earlier ones)."""
        with self._lock:
            # a fresh handle: the old one's read-ahead may hold bytes past the old end that were
            # not final yet (a gap before a later piece of the copy, since written)
            self._handle.close()
            self._handle = open(self._path, "rb")  # noqa: SIM115 - lives as long as this object
            size = os.fstat(self._handle.fileno()).st_size
            self._size = size if final is None else min(size, final)

    def close(self) -> None:
        with self._lock:   # another thread (a load given up) may be in the middle of a read
            self._handle.close()


@dataclass
class Source:
    """A readable UTF-8 (or mostly UTF-8) buffer and what was detected on the way."""
    path: Path                      # the file the user chose
    data_path: Path                 # the UTF-8 file actually read (path itself, or a temp)
    start: int                      # bytes to skip (a UTF-8 byte-order mark)
    encoding: enc.EncodingInfo      # of the original
    kind: str = "text"              # text | zip | xlsx
    member: str | None = None
    sheet: str | None = None
    delimiter: str | None = None    # known for xlsx; detected for text
    row_numbers: list[int] | None = None  # sheet row per line, for xlsx
    _temp: str | None = field(default=None, repr=False)
    _map: FileBytes | None = field(default=None, repr=False)
    # a legacy file whose copy holds only its first lines yet: where the rest starts in the
    # file, its first line number, old Mac line ends, and the bytes the copy has per byte read
    _rest: tuple[int, int, bool, float] | None = field(default=None, repr=False)

    @property
    def utf8_by_construction(self) -> bool:
        """The bytes read were written here as UTF-8 (a transcoded copy, a workbook's cells), so
        they need no UTF-8 test; a UTF-8 source is read as the user's bytes and is tested."""
        return self.kind == "xlsx" or not self.encoding.is_utf8

    @property
    def copying(self) -> bool:
        """Only the first lines of a legacy file are converted yet: `finish_copy` does the rest."""
        return self._rest is not None

    def expected_size(self) -> int:
        """The data's size once complete (while the copy is made, estimated from its first lines)."""
        if self._rest is None:
            return len(self.buffer())
        start, _line, _cr, ratio = self._rest
        return len(self.buffer()) + int((self.path.stat().st_size - start) * ratio)

    def finish_copy(self, landed: Callable[[int], None] | None = None) -> None:
        """Convert the rest of a legacy file onto its copy. The bytes already there never
        change, so its first rows can be shown (and read) meanwhile; the buffer then reads
        on to the new end. `landed(size)`: the copy's first `size` bytes are final (said
        as the conversion goes on; the rest of the file past them may not be yet)."""
        if self._rest is None:
            return
        start, line, cr_only, _ratio = self._rest
        copies.rest_copy(self.path, self.data_path, self.encoding, cr_only, start, line, landed)
        self._rest = None
        if self._map is not None:
            self._map.refresh()

    def buffer(self) -> FileBytes:
        """The bytes, read on demand: a file changed under us gives short reads, never a crash."""
        if self._map is None:
            self._map = FileBytes(self.data_path)
        return self._map

    def close(self) -> None:
        if self._map is not None:
            self._map.close()
            self._map = None
        if self._temp:
            shutil.rmtree(self._temp, ignore_errors=True)
            self._temp = None

    @property
    def label(self) -> str:
        inner = self.member or self.sheet
        return f"{self.path.name} › {inner}" if inner else self.path.name


def _head(path: Path, size: int = enc.SAMPLE_BYTES) -> bytes:
    try:
        with open(path, "rb") as handle:
            return handle.read(size)
    except IsADirectoryError as exc:
        raise CannotRead(_("{path} is a folder, not a file. Choose the export file inside it.")
                         .format(path=path)) from exc
    except FileNotFoundError as exc:
        raise CannotRead(_("{path} does not exist. Check the name and the folder.").format(path=path)) from exc
    except PermissionError as exc:
        raise CannotRead(_("{name} cannot be opened: permission denied. Copy it somewhere you can read, or ask for "
                           "access.").format(name=path.name)) from exc
    except OSError as exc:
        raise CannotRead(_("{name} cannot be read: {reason}. Close other programs using it and try again.")
                         .format(name=path.name, reason=exc.strerror or exc)) from exc


def _check_regular(path: Path) -> None:
    """A pipe would block forever and a device never ends: only plain files are read."""
    try:
        mode = path.stat().st_mode
    except (OSError, ValueError):
        return  # _head says what is wrong (missing, permission, name ...)
    if not stat.S_ISREG(mode):
        raise CannotRead(_("{name} is not a regular file (a pipe, socket or device). Choose the export file itself.")
                         .format(name=path.name))


def _check_not_binary(head: bytes, name: str) -> None:
    for magic, what in _SIGNATURES.items():
        if head.startswith(magic):
            raise CannotRead(_("{name} is {what}, not a data export.").format(name=name, what=_(what)))
    start = head[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith((b"<!doctype html", b"<html", b"<table")):
        raise CannotRead(_("{name} is a web page (HTML), as some systems export '.xls' files. Open it in Excel and "
                           "save it as .xlsx or CSV.").format(name=name))
    if start.startswith(b"<?xml") and b"urn:schemas-microsoft-com:office:spreadsheet" in head[:4096]:
        raise CannotRead(_("{name} is an Excel 2003 XML spreadsheet. Open it in Excel and save it as .xlsx or CSV.")
                         .format(name=name))
    sample = head[:65536]
    if not sample:
        raise CannotRead(_("{name} is empty: there is nothing to check.").format(name=name))
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return
    if enc._utf16_without_bom(sample):
        return
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    if controls > max(8, len(sample) // 20):
        raise CannotRead(_("{name} is not a text file (it holds binary data). Choose the CSV, TXT, XLSX or ZIP "
                           "export.").format(name=name))


def open_source(path: str | os.PathLike, *, member: str | None = None,
                sheet: str | None = None, head_first: bool = False) -> Source:
    """Open what the user chose. Raises CannotRead with a message meant for them.

    `head_first`: a big legacy file is converted only as far as its first lines; the caller
    shows them, then calls `finish_copy` (the app's first screen no longer waits for the
    whole conversion)."""
    path = Path(path)
    if path.is_dir():
        raise CannotRead(_("{path} is a folder, not a file. Choose the export file inside it.").format(path=path))
    _check_regular(path)
    head = _head(path)
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        if _is_workbook(path):
            return _from_xlsx(path, sheet)
        return _from_zip(path, member, sheet)
    if not head:
        raise CannotRead(_("{name} is empty: there is nothing to check.").format(name=path.name))
    _check_not_binary(head, path.name)
    info = enc.detect(head)
    if info.is_utf8 and not copies.old_mac_line_ends(head, info):
        return Source(path, path, len(info.bom), info)  # read in place; never written to
    temp = copies.temp_folder()
    try:
        rest = copies.head_copy(path, Path(temp), info, head) if head_first and not info.is_utf8 else None
        if rest is None:
            target, start = copies.private_copy(path, Path(temp), info, head)
        else:
            target, start = Path(temp) / "utf8.txt", 0
    except BaseException:
        shutil.rmtree(temp, ignore_errors=True)
        raise
    return Source(path, target, start, info, _temp=temp, _rest=rest)


# What reading a damaged zip's directory raises: BadZipFile for most damage, but
# NotImplementedError for an unknown version, struct.error, EOFError, ... too.
_ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError,
               NotImplementedError, RuntimeError, KeyError, IndexError, struct.error)


def _is_workbook(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as zf:
            return "xl/workbook.xml" in zf.namelist()
    except _ZIP_ERRORS:
        return False


def _from_xlsx(path: Path, sheet: str | None, shown_as: Path | None = None) -> Source:
    _check_workbook_size(path, shown_as or path)
    temp = copies.temp_folder()
    target = Path(temp) / "sheet.txt"
    numbers: list[int] = []
    try:
        with open(target, "w", encoding="utf-8", newline="") as out:
            from ..writing import format_row

            def write_row(number: int, texts: list[str]) -> None:
                out.write(format_row(texts))
                out.write("\n")
                numbers.append(number)
                # a value with a line break spans several lines: same sheet row
                numbers.extend([number] * sum(t.count("\n") for t in texts))

            name = read_sheet(path, sheet, write_row)
    except BaseException:
        shutil.rmtree(temp, ignore_errors=True)
        raise
    return Source(shown_as or path, target, 0, enc.EncodingInfo("utf-8"), kind="xlsx",
                  sheet=name, delimiter=";", row_numbers=numbers, _temp=temp)


def _check_workbook_size(path: Path, shown_as: Path) -> None:
    """A workbook is a zip too: refuse one whose parts would expand like a bomb."""
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except _ZIP_ERRORS as exc:
        raise CannotRead(_("{name} is not a readable workbook ({exc}).").format(name=shown_as.name, exc=exc)) from exc
    total = sum(i.file_size for i in infos)
    packed = sum(i.compress_size for i in infos)
    _check_size(total, packed, shown_as.name)


def _hidden_member(name: str) -> bool:
    """macOS resource forks and dot files; './export.csv' is not hidden."""
    parts = name.replace("\\", "/").split("/")
    return "__MACOSX" in parts or parts[-1].startswith(".")


def zip_members(path: Path) -> list[str]:
    try:
        with zipfile.ZipFile(path) as zf:
            return [i.filename for i in zf.infolist() if not i.is_dir() and not _hidden_member(i.filename)]
    except _ZIP_ERRORS as exc:
        raise CannotRead(_("{name} is not a readable zip file ({exc}).").format(name=path.name, exc=exc)) from exc


# Office files are zips too; these are not exports we can read.
_OFFICE_PARTS = {
    "xl/workbook.bin": N_("an Excel binary workbook (.xlsb); save it as .xlsx or CSV"),
    "word/document.xml": N_("a Word document, not a data export"),
    "ppt/presentation.xml": N_("a PowerPoint presentation, not a data export"),
    "content.xml": N_("an OpenDocument file (LibreOffice); save it as .xlsx or CSV"),
}


def _from_zip(path: Path, member: str | None, sheet: str | None) -> Source:
    names = zip_members(path)
    if not names:
        raise CannotRead(_("{name} is an empty zip: there is no file inside to check.").format(name=path.name))
    if member is None:
        for part, what in _OFFICE_PARTS.items():
            if part in names and not any(n.lower().endswith(DATA_SUFFIXES) for n in names):
                raise CannotRead(_("{name} is {what}.").format(name=path.name, what=_(what)))
    if member is None:
        data = [n for n in names if n.lower().endswith(DATA_SUFFIXES)] or names
        if len(data) > 1:
            raise CannotRead(
                _("{name} holds {count} files: {names}{more}. Pick one (--member NAME).")
                .format(name=path.name, count=len(data), names=', '.join(data[:10]),
                        more=' …' if len(data) > 10 else ''),
                choices=tuple(data), kind="member")
        member = data[0]
    elif member not in names:
        raise CannotRead(_("{name} has no file named '{member}'. It holds: {names}.")
                         .format(name=path.name, member=member, names=', '.join(names[:10])),
                         choices=tuple(names), kind="member")
    temp = copies.temp_folder()
    try:
        extracted = _extract(path, member, Path(temp))
        head = _head(extracted)
        if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
            if _is_workbook(extracted):
                inner = _from_xlsx(extracted, sheet, shown_as=path)
                inner.member, inner.kind = member, "zip"
                return inner
            raise CannotRead(_("{member} inside {name} is itself a zip. Extract it and open the inner file.")
                             .format(member=member, name=path.name))
        if not head:
            raise CannotRead(_("{member} inside {name} is empty: there is nothing to check.")
                             .format(member=member, name=path.name))
        _check_not_binary(head, member)
        info = enc.detect(head)
        if info.is_utf8 and not copies.old_mac_line_ends(head, info):
            return Source(path, extracted, len(info.bom), info, kind="zip", member=member, _temp=temp)
        target, start = copies.private_copy(extracted, Path(temp), info, head)
        extracted.unlink()
        return Source(path, target, start, info, kind="zip", member=member, _temp=temp)
    except BaseException:
        shutil.rmtree(temp, ignore_errors=True)
        raise


def _extract(path: Path, member: str, folder: Path) -> Path:
    """Stream one member out, refusing what would expand past sane limits."""
    # named like the member (openpyxl goes by the extension), in its own folder
    name = Path(member.replace("\\", "/")).name
    if name in ("", ".", "..") or len(name.encode("utf-8")) > 200:
        name = "member" + Path(member).suffix[:10]
    (folder / "member").mkdir()
    target = folder / "member" / name
    try:
        with zipfile.ZipFile(path) as zf:
            info = zf.getinfo(member)
            if info.flag_bits & 0x1:
                raise CannotRead(_("{member} inside {name} is password-protected. Unzip it with the password and "
                                   "open the file itself.").format(member=member, name=path.name))
            _check_size(info.file_size, info.compress_size, path.name)
            written = 0
            with zf.open(info) as inp, open(target, "wb") as out:
                while chunk := inp.read(copies.CHUNK):
                    written += len(chunk)
                    _check_size(written, info.compress_size, path.name)
                    out.write(chunk)
    except CannotRead:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError,
            NotImplementedError, RuntimeError) as exc:
        raise CannotRead(_("{member} inside {name} cannot be unpacked ({exc}). The zip may be damaged or use an "
                           "unsupported method; re-create it.").format(member=member, name=path.name, exc=exc)) from exc
    except Exception as exc:  # zlib and friends raise their own kinds on broken data
        raise CannotRead(_("{member} inside {name} cannot be unpacked ({kind}). The zip may be damaged; re-create it.")
                         .format(member=member, name=path.name, kind=exc.__class__.__name__)) from exc
    return target


def _size_text(size: int) -> str:
    if size >= 1 << 30:
        return f"{size / (1 << 30):g} GB"
    return f"{size / (1 << 20):g} MB"


def _check_size(size: int, compressed: int, name: str) -> None:
    if size > MAX_UNZIPPED:
        raise CannotRead(_("{name} would unpack to more than {size}; refusing. Split the export into smaller files.")
                         .format(name=name, size=_size_text(MAX_UNZIPPED)))
    if size > RATIO_FLOOR and size > MAX_RATIO * max(compressed, 1):
        raise CannotRead(_("{name} expands more than {MAX_RATIO} times: it looks like a zip bomb, not an export. "
                           "Refusing to unpack it.").format(name=name, MAX_RATIO=MAX_RATIO))
