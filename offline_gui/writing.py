"""Rows to a compliant upload file: UTF-8, ';', minimal quoting, >= 23 fields, atomic."""

from __future__ import annotations

import os
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path

from .i18n import N_, _
from .spec import DELIMITER, REQUIRED_FIELDS, header_row


class WriteError(Exception):
    """A save that did not happen; the message says why and what to do."""


def format_row(fields: list[str]) -> str:
    line = DELIMITER.join(fields)
    # The common case, decided with C string methods: no field needs quotes.
    if line.count(DELIMITER) == len(fields) - 1 and '"' not in line and "\n" not in line and "\r" not in line:
        return line
    # (four `in` tests per value, inline: a generator per value cost 1.3 µs, most of a row's rendering)
    return DELIMITER.join('"' + v.replace('"', '""') + '"' if DELIMITER in v or '"' in v or "\n" in v or "\r" in v
                          else v for v in fields)


def padded(fields: list[str]) -> list[str]:
    if len(fields) < REQUIRED_FIELDS:
        return fields + [""] * (REQUIRED_FIELDS - len(fields))
    return fields


def encode_rows(rows: Iterable[list[str]], header: bool, width: int = REQUIRED_FIELDS) -> Iterable[bytes]:
    """The file's bytes, in blocks, for rows already in canonical order."""
    batch: list[str] = []
    if header:
        batch.append(format_row(header_row(width)))
    for fields in rows:
        batch.append(format_row(padded(fields)))
        if len(batch) >= 4096:
            yield ("\n".join(batch) + "\n").encode("utf-8")
            batch = []
    if batch:
        yield ("\n".join(batch) + "\n").encode("utf-8")


def zip_member_name(target: Path) -> str:
    """out.zip holds out.csv; out.csv.zip holds out.csv."""
    stem = target.name[:-4] if target.name.lower().endswith(".zip") else target.name
    return stem if stem.lower().endswith((".csv", ".txt")) else stem + ".csv"


def _same_file(target: Path, source: Path) -> bool:
    try:
        if target.resolve() == source.resolve():
            return True
        return target.exists() and os.path.samefile(target, source)  # hard links too
    except (OSError, ValueError):
        return False


def _member_info(target: Path) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(zip_member_name(target), date_time=time.localtime()[:6])
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


def check_target(target: Path, source: Path | None) -> None:
    if source is not None and _same_file(target, source):
        raise WriteError(_("The output would overwrite the file you opened. Choose another name."))
    try:
        if target.is_dir():
            raise WriteError(_("{target} is a folder. Choose a file name inside it.").format(target=target))
        if not target.parent.is_dir():
            raise WriteError(_("The folder {parent} does not exist. Choose an existing folder.")
                             .format(parent=target.parent))
    except OSError as exc:
        raise WriteError(_os_reason(target, exc)) from exc


def write_atomic(target: Path, blocks: Iterable[bytes], *, as_zip: bool = False,
                 source: Path | None = None,
                 verify: Callable[[Path], None] | None = None, large: bool = False) -> None:
    """Write to a temporary file beside the target, flush, fsync, verify, rename.

    On any failure the target is untouched and no partial file is left behind.
    `verify` gets the finished temporary file and raises to refuse it.
    """
    check_target(target, source)
    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=".offline-gui-", suffix=".part", dir=target.parent)
        with os.fdopen(fd, "wb") as handle:
            if as_zip:
                with zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
                    # ZIP64 headers only when the member may pass 4 GB: older unzip tools
                    # and importers refuse them on ordinary files
                    with zf.open(_member_info(target), "w", force_zip64=large) as member:
                        for block in blocks:
                            member.write(block)
            else:
                for block in blocks:
                    handle.write(block)
            handle.flush()
            os.fsync(handle.fileno())
        if verify is not None:
            verify(Path(tmp_name))
        os.chmod(tmp_name, _mode_for(target))
        os.replace(tmp_name, target)
        tmp_name = None
        _sync_folder(target.parent)
    except OSError as exc:
        raise WriteError(_os_reason(target, exc)) from exc
    finally:
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass


def _current_umask() -> int:
    mask = os.umask(0o022)  # the only way to read it; set back at once (at import, one thread)
    os.umask(mask)
    return mask


_UMASK = _current_umask()


def _mode_for(target: Path) -> int:
    """The permissions a normally saved file gets (mkstemp's are owner-only, 0600),
    or those of the file being replaced: an FTP pickup job must still read it."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        return 0o666 & ~_UMASK


def _sync_folder(folder: Path) -> None:
    """Make the rename itself survive a power cut (POSIX; a no-op elsewhere)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _os_reason(target: Path, exc: OSError) -> str:
    import errno
    reasons = {
        errno.ENOSPC: N_("the disk is full. Free some space or save to another drive."),
        errno.EACCES: N_("permission denied. Choose a folder you can write to."),
        errno.EPERM: N_("permission denied. Choose a folder you can write to."),
        errno.ENAMETOOLONG: N_("the file name is too long. Choose a shorter name."),
        errno.EISDIR: N_("that name is a folder. Choose a file name."),
        errno.EROFS: N_("the drive is read-only. Choose another folder."),
    }
    why = _(reasons[exc.errno]) if exc.errno in reasons else f"{exc.strerror or exc}."
    return _("Could not save {name}: {why}").format(name=target.name, why=why)
