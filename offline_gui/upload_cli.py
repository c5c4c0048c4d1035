"""`offline-gui upload FILE --to URL` and the upload step of `fix --upload URL`.

Exit codes: 0 uploaded and verified, 1 not compliant or the remote name is taken,
2 FILE unreadable (or a bad URL), 3 the transfer failed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .i18n import _
from .upload import BadDestination, Transfer, UploadFailed, parse_destination
from .upload.credentials import ENV_PASSWORD, get_password
from .upload.flow import UNREADABLE, UPLOADED, check_and_send


def add_transfer_options(parser: argparse.ArgumentParser, replace_help: str) -> None:
    parser.add_argument("--replace", action="store_true", help=replace_help)
    parser.add_argument("--insecure", action="store_true",
                        help=_("FTPS: do not check the server's certificate (only for a test server you control)"))
    parser.add_argument("--trust-host-key", action="store_true",
                        help=_("SFTP: accept and remember the server's key the first time it is seen"))
    parser.add_argument("--key-file", metavar="PATH", help=_("SFTP: private key file to log in with"))


def add_upload_parser(sub) -> None:
    upload = sub.add_parser(
        "upload", help=_("check FILE, then send it to the drop folder; exit 0 sent, 1 not sent, 2 unreadable, "
                         "3 transfer failed"),
        description=_("The password comes from {variable} or the system keyring (the app's Upload settings).")
        .format(variable=ENV_PASSWORD))
    upload.add_argument("file", metavar=_("FILE"))
    upload.add_argument("--to", required=True, metavar="URL",
                        help=_("ftp://USER@HOST[:PORT]/FOLDER/, ftps://… (explicit TLS) or sftp://USER@HOST/FOLDER/"))
    add_transfer_options(upload, _("replace a file of the same name on the server"))


def say(text: str) -> None:
    print(f"offline-gui: {text}", file=sys.stderr)


def upload_path(path: Path, url: str, args: argparse.Namespace) -> int:
    """Check, then send; one line says what happened. Returns the exit code."""
    try:
        dest = parse_destination(url)
    except BadDestination as exc:
        say(_("bad destination: {reason}").format(reason=exc))
        return UNREADABLE
    if args.insecure and dest.scheme == "ftps":
        say(_("WARNING: --insecure: the server's certificate is NOT checked; anyone on the way could read "
              "the file and the password. Use it only for a test server you control."))
    transfer = Transfer(path, dest, password=get_password(dest), replace=args.replace, insecure=args.insecure,
                        trust_host_key=args.trust_host_key, key_file=args.key_file)

    def retrying(exc: UploadFailed, delay: float) -> None:
        say(_("{what}; trying again in {delay} s").format(what=exc.what, delay=f"{delay:g}"))

    outcome = check_and_send(transfer, on_retry=retrying)
    if outcome.code == UPLOADED:
        print(outcome.message)
    else:
        say(outcome.message)
    return outcome.code


def run_upload(args: argparse.Namespace) -> int:
    return upload_path(Path(args.file), args.to, args)
