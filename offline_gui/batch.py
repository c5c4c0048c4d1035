"""`offline-gui fix IN… --out-dir DIR`: the nightly job over many exports.

Each file goes through the same `fix` (and upload) as a single file would; its own
messages are caught and boiled down to one line per file, then a summary. The exit
code is the worst file's (0 < 1 < 2 < 3).
"""

from __future__ import annotations

import argparse
import contextlib
import glob
import io
import json
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

from .errors import CannotRead
from .i18n import _
from .naming import export_stem, upload_target

STATUS = {0: "ok", 1: "errors", 2: "unreadable", 3: "upload failed"}


@dataclass
class Outcome:
    file: str
    output: str | None
    exit: int
    status: str
    message: str
    uploaded: bool = False


def expand(patterns: list[str]) -> list[str]:
    """Shell-style patterns, expanded here because Windows' shell leaves `*.csv` as it is."""
    out: list[str] = []
    for pattern in patterns:
        if not Path(pattern).exists() and glob.has_magic(pattern):
            matches = sorted(glob.glob(pattern))
            out.extend(matches or [pattern])  # no match: reported as a file that cannot be read
        else:
            out.append(pattern)
    return list(dict.fromkeys(out))


def _last_line(text: str) -> str:
    lines = [line.removeprefix("offline-gui: ") for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else ""


def fix_one(source: str, args: argparse.Namespace) -> Outcome:
    from .cli import run_fix_upload  # the single-file command, so every fix option means the same here

    out_dir = Path(args.out_dir)
    target = upload_target(Path(source), args.zip, out_dir)
    if not Path(source).is_file():
        return Outcome(source, None, 2, STATUS[2], _("no such file"))
    if target.exists() and not args.replace:
        return Outcome(source, str(target), 1, "exists",
                       _("{target} already exists; use --replace to replace it").format(target=target))
    if target.resolve() == Path(source).resolve():
        return Outcome(source, str(target), 2, STATUS[2], _("the output would overwrite the input"))
    one = argparse.Namespace(**vars(args))
    one.file, one.output, one.out_dir = [source], str(target), None
    if args.changes:  # a folder: each file's change log beside its name, never one log for all
        one.changes = str(Path(args.changes) / f"{export_stem(Path(source))}-upload.changes.csv")
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = run_fix_upload(one)
    except CannotRead as exc:
        return Outcome(source, None, 2, STATUS[2], exc.reason)
    written = out.getvalue().splitlines()
    if code == 0:
        message = "; ".join(line.rstrip(".") for line in written) + "."
        return Outcome(source, str(target), 0, STATUS[0], message, uploaded=bool(args.upload))
    if code == 1 and target.exists() and args.upload:  # written, but the drop holds the name
        return Outcome(source, str(target), 1, "not uploaded", _last_line(err.getvalue()))
    return Outcome(source, str(target) if target.exists() else None, code, STATUS.get(code, "failed"),
                   _last_line(err.getvalue()) or _last_line(out.getvalue()))


def run_batch(args: argparse.Namespace) -> int:
    if args.output:
        print("offline-gui fix: " + _("use either -o OUT (one file) or --out-dir DIR, not both"), file=sys.stderr)
        return 2
    out_dir = Path(args.out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        print("offline-gui: " + _("cannot create {folder}: {reason}").format(
            folder=out_dir, reason=exc.strerror or exc), file=sys.stderr)
        return 2
    if args.changes:  # a folder for the change logs, made like the output folder
        try:
            Path(args.changes).mkdir(parents=True, exist_ok=True)
        except OSError:
            print("offline-gui: " + _("with --out-dir, --changes names a folder for the change logs; {path} is not "
                                      "one").format(path=args.changes), file=sys.stderr)
            return 2
    files = expand(args.file)
    outcomes: list[Outcome] = []
    for source in files:
        try:
            outcome = fix_one(source, args)
        except Exception as exc:  # noqa: BLE001 - one broken file must not stop the night's other files
            from .logs import log_exception
            where = log_exception(exc)
            outcome = Outcome(source, None, 2, STATUS[2], _("unexpected error ({kind}); details in {where}").format(
                                  kind=exc.__class__.__name__, where=where))
        outcomes.append(outcome)
        if args.json:
            print(json.dumps(asdict(outcome), ensure_ascii=False), flush=True)
        else:
            print(f"{outcome.status.upper()}: {source}: {outcome.message}", flush=True)
    worst = max((o.exit for o in outcomes), default=2)
    if not args.json:
        counts = {status: sum(o.status == status for o in outcomes) for status in dict.fromkeys(
            [*STATUS.values(), *(o.status for o in outcomes)])}
        parts = ", ".join(f"{n} {status}" for status, n in counts.items() if n)
        print(_("{count} files: {parts}; exit {code}").format(count=len(outcomes), parts=parts or _("none"),
                                                                code=worst))
    return worst
