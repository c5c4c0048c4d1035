"""`offline-gui`: the app with no sub-command, `check` and `fix` for scripts.

Exit codes (a contract for nightly jobs): 0 compliant / written, 1 errors,
2 the input cannot be read (or nothing could be written), 3 an upload failed.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import __version__
from .analysis import DateOrderRefused, Report
from .catalog import CATALOG, Scope, Severity
from .checking import check_file
from .diagnostics import Diagnostic
from .document import Document, find_column, location
from .errors import CannotRead
from .export import NothingToUpload, RowsRemain, SaveOptions, save
from .fixing import ACCEPTABLE, SAFE_RULES, FixContext, accept, fix_for
from .i18n import LANGUAGES, N_, _, ngettext, number, set_language, system_language
from .reading.encoding import label
from .table import load
from .upload_cli import add_transfer_options, add_upload_parser, run_upload, upload_path
from .writing import WriteError

EXIT_OK, EXIT_ERRORS, EXIT_UNREADABLE = 0, 1, 2
HUMAN_LIMIT = 500  # findings of one kind listed for a person; --json lists all


# argparse's own words ("usage:", "options", its errors), so --help is all in one language.
# argparse looks its texts up through its module-level `_` / `ngettext` at call time.
_ARGPARSE_TEXTS = (
    N_("usage: "), N_("positional arguments"), N_("options"), N_("show this help message and exit"),
    N_("the following arguments are required: %s"), N_("unrecognized arguments: %s"),
    N_("%(prog)s: error: %(message)s\n"), N_("argument %(argument_name)s: %(message)s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"), N_("expected one argument"),
    N_("not allowed with argument %s"),
)


def _parser() -> argparse.ArgumentParser:
    argparse._ = _            # type: ignore[attr-defined]
    argparse.ngettext = ngettext
    parser = argparse.ArgumentParser(
        prog="offline-gui",
        description=_("Check and fix store exports for the offline data upload. "
                      "Without a sub-command, opens the desktop app (optionally on FILE)."))
    parser.add_argument("--version", action="version", version=f"offline-gui {__version__}",
                        help=_("show the version and exit"))
    _lang_option(parser)
    sub = parser.add_subparsers(dest="command", title=_("commands"))
    check = sub.add_parser("check", help=_("report every problem; exit 0 compliant, 1 errors, 2 unreadable"),
                           description=_("Report every problem; exit 0 compliant, 1 errors, 2 unreadable."))
    check.add_argument("file", metavar=_("FILE"), help=_("the store export (.csv, .txt, .xlsx, .zip)"))
    check.add_argument("--json", action="store_true", help=_("one JSON object on standard output"))
    check.add_argument("--report", metavar=_("OUT"), help=_("also write a report to send: OUT.xlsx or OUT.html"))
    _source_options(check)
    fix = sub.add_parser("fix", help=_("apply every safe fix and write an upload-ready file"),
                         description=_("Apply every safe fix and write an upload-ready file."))
    fix.add_argument("file", nargs="+", metavar=_("FILE"),
                     help=_("one file; with --out-dir any number (patterns like *.csv allowed)"))
    fix.add_argument("-o", "--output", metavar=_("OUT"), help=_("file to write (never the input)"))
    fix.add_argument("--out-dir", metavar=_("DIR"), help=_("write each FILE as DIR/<name>-upload.csv (or .zip)"))
    fix.add_argument("--upload", metavar="URL", help=_("send what was written to URL (see: offline-gui upload -h)"))
    fix.add_argument("--json", action="store_true", help=_("with --out-dir: one JSON object per file"))
    fix.add_argument("--zip", action="store_true", help=_("write a zip holding one .csv"))
    header = fix.add_mutually_exclusive_group()
    header.add_argument("--header", dest="header", action="store_true", default=None,
                        help=_("write the standard header row"))
    header.add_argument("--no-header", dest="header", action="store_false",
                        help=_("write no header row"))
    fix.add_argument("--date-order", choices=("dmy", "mdy"),
                     help=_("for stamps like 05/06/2024: day first (dmy) or month first (mdy)"))
    fix.add_argument("--drop-invalid", action="store_true",
                     help=_("write the valid rows, and the rejected ones with reasons beside OUT"))
    fix.add_argument("--changes", metavar="CHANGES.csv",
                     help=_("also write every changed cell (row;column;before;after;rule) to this file "
                            "(with --out-dir: a folder, one <name>-upload.changes.csv per file)"))
    fix.add_argument("--accept", metavar="CODE", action="append", default=[],
                     help=_("say yes to the fixes of CODE that need a person (repeatable): {codes}").format(
                         codes=", ".join(ACCEPTABLE)))
    fix.add_argument("--drop-column", metavar=_("NAME"), action="append", default=[],
                     help=_("leave this column out of the upload: a header name or a column number (repeatable)"))
    _source_options(fix)
    add_transfer_options(fix, _("replace OUT, CHANGES and existing outputs (--out-dir) if they exist, and a file "
                                "of the same name on the server"))
    add_upload_parser(sub)
    return parser


def _lang_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lang", choices=LANGUAGES,
                        help=_("language of the messages (default: from LC_ALL, LC_MESSAGES, LANG, LANGUAGE)"))


def _source_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--sheet", metavar=_("NAME"),
                        help=_("Excel sheet to read (default: the one visible sheet with data)"))
    parser.add_argument("--member", metavar=_("NAME"), help=_("file inside a zip to read"))
    _lang_option(parser)


def choose_language(argv: list[str]) -> str:
    """--lang X (anywhere, before the parser is built so that --help is translated), else the locale."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv) and argv[i + 1] in LANGUAGES:
            return set_language(argv[i + 1])
        if arg.startswith("--lang=") and arg[7:] in LANGUAGES:
            return set_language(arg[7:])
    return set_language(system_language())


def _fail(reason: str) -> int:
    print(f"offline-gui: {reason}", file=sys.stderr)
    return EXIT_UNREADABLE


def run_check(args: argparse.Namespace) -> int:
    doc, report = check_file(args.file, member=args.member, sheet=args.sheet)
    table = doc.table
    try:
        if args.json:
            _print_json(args.file, doc, report)
        else:
            _print_human(doc, report)
        if args.report:
            from .report import write_report
            try:
                write_report(doc, report, Path(args.report))
            except (OSError, ValueError) as exc:
                return _fail(f"the report was not written: {exc}")
        return EXIT_ERRORS if report.count(Severity.ERROR) else EXIT_OK
    finally:
        table.close()


def _print_human(doc: Document, report: Report) -> None:
    out = sys.stdout
    lines = []
    for diag in report.findings(doc, limit_per_code=HUMAN_LIMIT):
        row, col = location(diag, doc.table, doc.state)
        lines.append(f"{row or '-'}:{col or '-'} {diag.code} {diag.message}\n")
        if len(lines) >= 2000:  # stdout may be unbuffered: write in blocks
            out.write("".join(lines))
            lines.clear()
    out.write("".join(lines))
    lines.clear()
    for code, count in sorted(report.code_counts().items()):
        if count > HUMAN_LIMIT and CATALOG[code].scope is not Scope.FILE:
            lines.append(_("… {count} more {code} findings (--json lists every one)").format(
                count=number(count - HUMAN_LIMIT), code=code) + "\n")
    out.write("".join(lines))
    lines.clear()
    errors, warnings = report.count(Severity.ERROR), report.count(Severity.WARNING)
    out.write(summary(doc.table.source.label, doc.row_count, errors, warnings) + "\n")


def summary(name: str, rows: int, errors: int, warnings: int) -> str:
    """'export.csv: 3 rows, 13 errors, 1 warning: NOT compliant', in the user's language."""
    verdict = _("compliant") if not errors else _("NOT compliant")
    return _("{name}: {rows}, {errors}, {warnings}: {verdict}").format(
        name=name, rows=ngettext("{n} row", "{n} rows", rows).format(n=number(rows)),
        errors=ngettext("{n} error", "{n} errors", errors).format(n=number(errors)),
        warnings=ngettext("{n} warning", "{n} warnings", warnings).format(n=number(warnings)),
        verdict=verdict)


def _print_json(name: str, doc: Document, report: Report) -> None:
    table, out = doc.table, sys.stdout
    detected = {"encoding": table.source.encoding.codec, "bom": bool(table.source.encoding.bom),
                "delimiter": table.delimiter, "header": table.layout.has_header,
                "rows": doc.row_count, "sheet": table.source.sheet, "member": table.source.member}
    ascii_only = not _utf8(out)  # a legacy console gets \u escapes: still exact JSON
    out.write('{"file": ' + json.dumps(name, ensure_ascii=ascii_only) + ', "detected": '
              + json.dumps(detected, ensure_ascii=ascii_only) + ', "diagnostics": [')
    lines = []
    for i, diag in enumerate(report.findings(doc)):
        row, col = location(diag, table, doc.state)
        record = {"code": diag.code, "severity": diag.severity.value, "row": row, "column": col,
                  "value": diag.value, "message": diag.message,
                  "fix": _fix(diag, report).as_json() if diag.fix else None}
        lines.append(("\n  " if i == 0 else ",\n  ") + json.dumps(record, ensure_ascii=ascii_only))
        if len(lines) >= 2000:
            out.write("".join(lines))
            lines.clear()
    out.write("".join(lines) + "\n]}\n")


def _fix(diag: Diagnostic, report: Report):
    """The finding's fix, its description filled with the finding's parameters."""
    template = diag.fix.template.replace("{fixed}", "") if diag.fix is not None else ""
    if diag.fix is not None and diag.params and not diag.fix.params and "{" in template:
        return fix_for(diag.code, diag.value, report.ctx, diag.params, diag.column) or diag.fix
    return diag.fix


def run_fix_upload(args: argparse.Namespace) -> int:
    """`fix`: many files with --out-dir; one file with -o, then (with --upload) send what was written."""
    if args.out_dir:
        from .batch import run_batch
        return run_batch(args)
    if args.output is None or len(args.file) != 1:
        print("offline-gui fix: " + _("give one FILE with -o OUT, or any number of files with --out-dir DIR"),
              file=sys.stderr)
        return EXIT_UNREADABLE
    args.file = args.file[0]
    code = run_fix(args)
    return upload_path(Path(args.output), args.upload, args) if code == EXIT_OK and args.upload else code


def run_fix(args: argparse.Namespace) -> int:
    table = load(args.file, member=args.member, sheet=args.sheet)
    try:
        doc = Document(table)
        ctx = FixContext(args.date_order, False) if args.date_order else FixContext()
        try:
            rules, ctx = accept(SAFE_RULES, ctx, args.accept)
            # (with the columns the document leaves out itself: our rejects file's reasons)
            width = max(len(table.layout.header), len(table.fields(0)) if doc.row_count else 0)
            dropped = doc.state.dropped | {find_column(table.layout.header, name, width)
                                           for name in args.drop_column}
            if args.zip and not str(args.output).lower().endswith(".zip"):
                raise ValueError(_("--zip writes a zip archive: give OUT a name that ends in .zip "
                                   "(for example {name}.zip).").format(name=Path(args.output).name))
        except ValueError as exc:
            print(f"offline-gui: {exc}", file=sys.stderr)
            return EXIT_UNREADABLE
        doc.state = doc.with_state(rules=rules, ctx=ctx, dropped=dropped)
        header = table.layout.has_header if args.header is None else args.header
        changes = Path(args.changes) if args.changes else None
        result = save(doc, None, Path(args.output),
                      SaveOptions(header, args.zip, args.drop_invalid, changes, args.replace))
        print(_("Wrote {path}: {rows}, re-checked: compliant.").format(
            path=result.path, rows=ngettext("{n} row", "{n} rows", result.rows_written).format(
                n=number(result.rows_written))))
        if result.rejects_path:
            print(_("Rejected {rows}, with reasons, in {path}.").format(
                path=result.rejects_path, rows=ngettext("{n} row", "{n} rows", result.rows_rejected).format(
                    n=number(result.rows_rejected))))
        if changes is not None:
            print(_("Listed every changed cell in {path}.").format(path=changes))
        return EXIT_OK
    except DateOrderRefused as exc:
        print(f"offline-gui: {exc} " + _("Nothing was written."), file=sys.stderr)
        return EXIT_ERRORS
    except NothingToUpload as exc:
        print(f"offline-gui: {exc}", file=sys.stderr)
        return EXIT_ERRORS
    except RowsRemain as exc:
        _print_remaining(doc, exc.rejected)
        _print_hints(exc.rejected)
        print("offline-gui: " + ngettext(
            "{n} row still has errors after the safe fixes; nothing was written. Fix it by hand, or use "
            "--drop-invalid to write the valid rows.",
            "{n} rows still have errors after the safe fixes; nothing was written. Fix them by hand, or use "
            "--drop-invalid to write the valid rows.", len(exc.rejected)).format(n=number(len(exc.rejected))),
            file=sys.stderr)
        return EXIT_ERRORS
    except WriteError as exc:
        return _fail(str(exc))
    finally:
        table.close()


_HINTS = {
    "timestamp-format": N_("Time stamps like 05.06.2024 can be read day first or month first: say which with "
                           "--date-order dmy|mdy. Dates without a time get midnight only with --accept "
                           "timestamp-format."),
    "number-decimal-comma": N_("A number like 2,345 could be 2.345 or 2345 and its column does not say which: "
                               "--accept number-decimal-comma reads the comma as decimals."),
    "encoding-line": N_("Lines in another encoding are read as that encoding only with --accept encoding-line."),
}


def _print_hints(rejected: dict[int, list[str]]) -> None:
    """What a person can decide on the command line, for the kinds of rows that remain."""
    codes = {code for codes in rejected.values() for code in codes}
    for code, hint in _HINTS.items():
        if code in codes:
            print(_(hint), file=sys.stderr)


def _print_remaining(doc: Document, rejected: dict[int, list[str]], limit: int = 20) -> None:
    """The errors the safe fixes could not repair, as `row:column code message`."""
    from .validation import BLOCKING, check_row
    for shown, row in enumerate(sorted(rejected)):
        if shown >= limit:
            more = len(rejected) - limit
            print(ngettext("… and {n} more row with errors", "… and {n} more rows with errors", more).format(
                n=number(more)), file=sys.stderr)
            break
        fields = doc.row(row)
        shown_codes = set()
        for _r, col, code, extra in check_row(row, fields, doc.source_field_count(row)).found:
            if code not in BLOCKING:
                continue
            value = fields[col] if 0 <= col < len(fields) else ""
            diag = Diagnostic(code, row, col if col >= 0 else None, value, {"count": extra})
            r, c = location(diag, doc.table, doc.state)
            print(f"{r}:{c or '-'} {code} {diag.message}", file=sys.stderr)
            shown_codes.add(code)
        # what a re-check of the fields alone cannot see (odd encoding, unclosed quote)
        for code in dict.fromkeys(rejected[row]):
            if code not in shown_codes:
                text = doc.table.record_text(row + doc.table.first_data_record)[0]
                params = {"encoding": label(doc.table.source.encoding.fallback or "cp1254")}
                diag = Diagnostic(code, row, None, text, params)
                print(f"{doc.table.source_row(row)}:- {code} {diag.message}", file=sys.stderr)


def _utf8(stream) -> bool:
    encoding = getattr(stream, "encoding", None) or "utf-8"  # in-memory streams hold any text
    return encoding.lower().replace("-", "").replace("_", "") == "utf8"


def _tolerant_streams() -> None:
    """A Windows console in cp1254 (or a C locale) cannot show every letter of every
    export; show a '?' rather than fail with UnicodeEncodeError."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure") and not _utf8(stream):
            try:
                stream.reconfigure(errors="replace")
            except (ValueError, OSError):
                pass


COMMANDS = ("check", "fix", "upload")


def _wants_app(argv: list[str]) -> bool:
    """No arguments, or a file to open: the desktop app. Anything that looks like an
    option or a command is the command line's, so a typo on a server never starts a GUI."""
    if not argv:
        return True
    first = argv[0]
    return first not in COMMANDS and not first.startswith("-") and len(argv) == 1


def _without_lang(argv: list[str]) -> list[str]:
    """argv less `--lang X` / `--lang=X`, which the app takes as well as the commands."""
    return [a for i, a in enumerate(argv) if not a.startswith("--lang") and (i == 0 or argv[i - 1] != "--lang")]


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    from .streams import ensure_streams
    ensure_streams()  # before the app too: its crash handler prints the traceback before it shows the apology
    if _wants_app(_without_lang(argv)):
        from .app_entry import launch
        return launch(argv)
    _tolerant_streams()
    choose_language(argv)
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:  # --help, --version, or a usage error argparse has printed
        return exc.code if isinstance(exc.code, int) else EXIT_UNREADABLE
    if args.command is None:
        _parser().print_usage(sys.stderr)
        print("offline-gui: " + _("error: name a command (check, fix, upload) or a file to open in the app"),
              file=sys.stderr)
        return EXIT_UNREADABLE
    try:
        if args.command == "upload":
            return run_upload(args)
        return run_check(args) if args.command == "check" else run_fix_upload(args)
    except CannotRead as exc:
        return _fail(exc.reason)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # never a traceback for the user; the log has it
        from .logs import log_exception
        where = log_exception(exc)
        return _fail(_("unexpected error ({kind}: {error}). Details were written to {where}. Please report it.")
                     .format(kind=exc.__class__.__name__, error=exc, where=where))


if __name__ == "__main__":
    sys.exit(main())
