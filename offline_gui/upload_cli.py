"""`offline-gui upload FILE --to URL` and the upload step of `fix --upload URL`.

Exit codes: 0 uploaded and verified, 1 not compliant or the remote name is taken,
2 FILE unreadable (or a bad URL), 3 the transfer failed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .errors import CannotRead
from .upload import BadDestination, NameTaken, Transfer, UploadFailed, parse_destination, send
from .upload.credentials import ENV_PASSWORD, get_password
from .upload.history import record

EXIT_OK, EXIT_ERRORS, EXIT_UNREADABLE, EXIT_TRANSFER = 0, 1, 2, 3


def add_transfer_options(parser: argparse.ArgumentParser, replace_help: str) -> None:
    parser.add_argument("--replace", action="store_true", help=replace_help)
    parser.add_argument("--insecure", action="store_true",
                        help="FTPS: do not check the server's certificate (only for a test server you control)")
    parser.add_argument("--trust-host-key", action="store_true",
                        help="SFTP: accept and remember the server's key the first time it is seen")
    parser.add_argument("--key-file", metavar="PATH", help="SFTP: private key file to log in with")


def add_upload_parser(sub) -> None:
    upload = sub.add_parser(
        "upload", help="check FILE, then send it to the drop folder; exit 0 sent, 1 not sent, 2 unreadable, "
                       "3 transfer failed",
        description=f"The password comes from {ENV_PASSWORD} or the system keyring (the app's Upload settings).")
    upload.add_argument("file")
    upload.add_argument("--to", required=True, metavar="URL",
                        help="ftp://USER@HOST[:PORT]/FOLDER/, ftps://… (explicit TLS) or sftp://USER@HOST/FOLDER/")
    add_transfer_options(upload, "replace a file of the same name on the server")


def say(text: str) -> None:
    print(f"offline-gui: {text}", file=sys.stderr)


def checked_rows(path: Path) -> tuple[int, int]:
    """(rows, errors) of a file as `check` sees it; raises CannotRead."""
    from .analysis import analyse
    from .catalog import Severity
    from .document import Document
    from .table import load

    table = load(str(path))
    try:
        doc = Document(table)
        return doc.row_count, analyse(doc).count(Severity.ERROR)
    finally:
        table.close()


def upload_path(path: Path, url: str, args: argparse.Namespace, quiet: bool = False) -> int:
    """Check, then send; one line says what happened. Returns the exit code."""
    try:
        dest = parse_destination(url)
    except BadDestination as exc:
        say(f"bad destination: {exc}")
        return EXIT_UNREADABLE
    try:
        rows, errors = checked_rows(path)
    except CannotRead as exc:
        say(exc.reason)
        return EXIT_UNREADABLE
    if errors:
        say(f"{path.name} has {errors} errors; nothing was sent. See them with: offline-gui check \"{path}\"")
        return EXIT_ERRORS
    if rows == 0:
        say(f"{path.name} has no data rows; nothing was sent.")
        return EXIT_ERRORS
    if args.insecure and dest.scheme == "ftps":
        say("WARNING: --insecure: the server's certificate is NOT checked; anyone on the way could read "
            "the file and the password. Use it only for a test server you control.")
    transfer = Transfer(path, dest, password=get_password(dest), replace=args.replace, insecure=args.insecure,
                        trust_host_key=args.trust_host_key, key_file=args.key_file)
    where = dest.display + path.name

    def retrying(exc: UploadFailed, delay: float) -> None:
        say(f"{exc.what}; trying again in {delay:g} s")

    try:
        send(transfer, on_retry=retrying)
    except NameTaken as exc:
        record(path, rows, dest.display, "name taken", False)
        say(str(exc))
        return EXIT_ERRORS
    except UploadFailed as exc:
        record(path, rows, dest.display, f"failed: {exc}", False)
        say(f"upload failed, {exc}")
        return EXIT_TRANSFER
    record(path, rows, dest.display, "uploaded", True)
    if not quiet:
        print(f"Uploaded {path.name} to {where}: {rows} rows, {transfer.size} bytes, verified.")
    return EXIT_OK


def run_upload(args: argparse.Namespace) -> int:
    path = Path(args.file)
    if not path.is_file():
        say(f"{args.file}: no such file")
        return EXIT_UNREADABLE
    return upload_path(path, args.to, args)
