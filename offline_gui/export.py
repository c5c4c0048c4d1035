"""Saving for upload: the document as saved, the rows that cannot go, and a re-check.

Shared by `offline-gui fix` and the app's "Save for upload".
"""

from __future__ import annotations

import os
import tempfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from . import parallel, recheck
from .analysis import Report, date_evidence, decide_date_order, person_order
from .catalog import BLOCKING, CATALOG, CODES
from .changes import HEADER
from .document import Document
from .fixing import decide_commas
from .i18n import _, ngettext, number
from .rejects import HEADER as REJECTS_HEADER
from .spec import header_row
from .writing import WriteError, check_target, format_row, write_atomic


@dataclass(frozen=True)
class SaveOptions:
    header: bool = False
    as_zip: bool = False
    drop_invalid: bool = False
    changes: Path | None = None   # also write the change log (row;column;before;after;rule) here
    replace: bool = True          # the app asks before; `fix -o` refuses unless --replace


@dataclass(frozen=True)
class SaveResult:
    path: Path
    rows_written: int
    rows_rejected: int
    rejects_path: Path | None


def blocking_rows(report: Report) -> dict[int, list[str]]:
    """Rows that would upload wrong, with the codes that say why."""
    out: dict[int, list[str]] = {}
    for row, code in zip(report.rows.tolist(), report.codes.tolist(), strict=False):
        name = CODES[code]
        if name in BLOCKING:
            out.setdefault(row, []).append(name)
    return out


def rejects_path_for(target: Path) -> Path:
    name = target.name[:-4] if target.name.lower().endswith(".zip") else target.name
    stem = name.rsplit(".", 1)[0] if "." in name else name
    return target.with_name(stem + ".rejected.csv")


class RowsRemain(WriteError):
    """Rows still have errors and the user did not ask to leave them out."""

    def __init__(self, rejected: dict[int, list[str]]) -> None:
        super().__init__(_("{count} rows still have errors. Fix them, or save only the valid rows and a separate "
                           "file of the rejected ones.").format(count=len(rejected)))
        self.rejected = rejected


_COLUMN_DECIDED = frozenset(code for code, info in CATALOG.items() if info.whole_column)


class NothingToUpload(WriteError):
    """No data row would be written: never reported as a successful save."""

    def __init__(self, rows: int, rejected: int) -> None:
        if rows == 0:
            text = _("The file has no data rows: there is nothing to upload. Nothing was written.")
        else:
            text = ngettext("The row cannot be uploaded: it still has errors. Nothing was written. "
                            "Fix the row, then save again.",
                            "None of the {rows} rows can be uploaded: every row still has errors. "
                            "Nothing was written. Fix the rows, then save again.", rows).format(rows=number(rows))
        super().__init__(text)
        self.rows, self.rejected = rows, rejected


GUESS_ROWS = 20_000   # rows whose time stamps may settle the day/month order before writing


class _DecidedLate(Exception):
    """The whole file showed the date order only after the pass: write again with it."""


def save(doc: Document, report: Report | None, target: Path, options: SaveOptions,
         progress: Callable[[int, int], None] | None = None) -> SaveResult:
    """Write the document for upload. Raises WriteError with a message for the user.

    One streaming pass renders and checks every row (both cores for big files);
    the result is re-read and re-checked before it replaces the target.
    """
    target = Path(target)
    if doc.row_count == 0:
        raise NothingToUpload(0, 0)
    if not options.replace:
        for path in (target, options.changes):
            if path is not None:
                check_target(path, doc.table.source.path)  # the plainer reasons first (folder, source)
                _refuse_existing(path)
    if report is not None and not options.drop_invalid:
        bad = blocking_rows(report)
        if bad:
            raise RowsRemain(bad)
    if report is None and "timestamp-format" in doc.state.rules:
        # (with a report, its check already decided the order; the app's state is not changed here)
        # The day/month order is decided before writing, so the pass converts whole columns: from
        # rows spread over the file when they settle it (the pass collects the whole column's
        # evidence, and a column that turns out to hold both orders is written again, as if
        # decided first), else from the whole column.
        ctx = doc.state.ctx
        evidence = date_evidence(doc, sample=GUESS_ROWS)
        if evidence is not None:
            decided = decide_date_order(evidence, person_order(ctx), ctx)
            if decided.date_order is None and doc.row_count > GUESS_ROWS:
                decided = decide_date_order(date_evidence(doc), person_order(ctx), ctx)
            doc.state = doc.with_state(ctx=decided)
    late = report is None  # the app's document state is only ever changed by the app
    try:
        return _save_once(doc, target, options, progress, late)
    except _DecidedLate:
        return _save_once(doc, target, options, progress, False)


def _save_once(doc: Document, target: Path, options: SaveOptions,
               progress: Callable[[int, int], None] | None, decide_late: bool) -> SaveResult:
    total = doc.row_count
    rejected: dict[int, list[str]] = {}
    rejected_lines: dict[int, str] = {}
    orders: Counter = Counter()
    examples: dict = {}
    commas: Counter = Counter()
    written = [0]   # rows handed to the writer so far
    log = _ChangeLog(doc, options.changes) if options.changes is not None else None

    stream = recheck.Stream()
    problems: list[tuple[int, recheck.Problem]] = []   # (rows written before the block, its problem)

    def blocks():
        if options.header:
            yield stream.add((format_row(header_row(doc.width())) + "\n").encode("utf-8"))
        done = 0
        for chunk in parallel.run(doc.table, doc.state, write=True, changes=log is not None):
            if chunk.problem is not None:
                problems.append((written[0], chunk.problem))
            rejected.update(chunk.rejected or {})
            rejected_lines.update(chunk.rejected_lines or {})
            written[0] += chunk.written
            if log is not None:
                log.add(chunk.change_log)
            orders.update(chunk.scan.orders)
            commas.update(chunk.scan.commas)
            for key, value in chunk.scan.order_examples.items():
                examples.setdefault(key, value)
            done += chunk.scan.rows
            if progress:
                progress(done, total)
            yield stream.add(chunk.data)

    def verify(path: Path) -> None:
        ctx = decide_commas(commas, decide_date_order(orders, person_order(doc.state.ctx), doc.state.ctx, examples))
        # The first pass converted what each value says by itself; again with the column's
        # decision when that decision turned out to forbid it (a conflict) or to allow more.
        if decide_late and ctx != doc.state.ctx and (
                ctx.date_conflict and not doc.state.ctx.date_conflict
                or any(c in _COLUMN_DECIDED for codes in rejected.values() for c in codes)):
            doc.state = doc.with_state(ctx=ctx)
            raise _DecidedLate()
        if rejected and not options.drop_invalid:
            raise RowsRemain(dict(rejected))
        kept = total - len(doc.state.deleted)   # rows the user deleted are not data to upload
        if len(rejected) >= kept:
            raise NothingToUpload(kept, len(rejected))
        _refuse_problems(problems, path, stream, options.as_zip)
        if rejected:  # before the upload file appears: all are saved, or none
            if not options.replace:
                _refuse_existing(rejects_path_for(target))
            write_atomic(rejects_path_for(target), _reject_blocks(doc, rejected, rejected_lines),
                         source=doc.table.source.path)
            written_beside.append(rejects_path_for(target))
        if log is not None:
            log.publish()
            written_beside.append(log.target)

    written_beside: list[Path] = []
    try:
        write_atomic(target, blocks(), as_zip=options.as_zip, source=doc.table.source.path, verify=verify,
                     large=_may_pass_zip_limit(doc))
    except BaseException:
        for path in written_beside:
            path.unlink(missing_ok=True)
        raise
    finally:
        if log is not None:
            log.discard()
    rejects = rejects_path_for(target) if rejected else None
    return SaveResult(target, total - len(rejected) - len(doc.state.deleted), len(rejected), rejects)


def _refuse_problems(problems: list[tuple[int, recheck.Problem]], path: Path, stream: recheck.Stream,
                     as_zip: bool) -> None:
    """The re-check: each block read back as `check` reads a file (in the worker that wrote it,
    recheck.block), and the file on disk holding exactly those blocks."""
    if problems:
        before, problem = problems[0]
        row = before + problem.row + 1
        if problem.kind == "error":
            errors = sum(p.found for _b, p in problems if p.kind == "error")
            raise WriteError(_("The written file did not pass the re-check ({errors} errors, first: {message} in "
                               "row {row}); nothing was saved. Please report this.").format(
                errors=errors, message=_(CATALOG[problem.code].title), row=row))
        if problem.kind == "count":
            raise WriteError(_("The written file reads back as {row_count} rows, not the {rows} written; nothing was "
                               "saved. Please report this.").format(row_count=before + problem.found,
                                                                    rows=before + problem.row))
        raise WriteError(_("Row {row} of the written file does not read back as the values meant for it; "
                           "nothing was saved. Please report this.").format(row=row))
    if not stream.matches(path, as_zip):
        raise WriteError(_("The written file on disk is not what was written (the disk or another program changed "
                           "it); nothing was saved. Please try again."))


def _may_pass_zip_limit(doc: Document) -> bool:
    """An upload is at most about twice its UTF-8 source (quotes, padding): ZIP64 past 1.5 GB."""
    try:
        return doc.table.source.data_path.stat().st_size > (3 << 29)
    except OSError:
        return True


def _refuse_existing(path: Path) -> None:
    if path.exists() and not path.is_dir():  # (a folder gets the writer's own message)
        raise WriteError(_("{path} already exists. Choose another name, or replace it (--replace).").format(path=path))


class _ChangeLog:
    """The change log, streamed to a temporary file beside its target while the upload is
    written, and put in place only when the upload passed its re-check."""

    def __init__(self, doc: Document, target: Path) -> None:
        check_target(target, doc.table.source.path)
        self.doc, self.target = doc, target
        handle, name = tempfile.mkstemp(prefix=".offline-gui-", suffix=".part", dir=target.parent)
        self.tmp = Path(name)
        self.handle = os.fdopen(handle, "w", encoding="utf-8", newline="")
        self.handle.write(format_row(list(HEADER)) + "\n")

    def add(self, lines: str) -> None:
        """A chunk's lines of the log, made by the worker that wrote the chunk (parallel)."""
        if lines:
            self.handle.write(lines)

    def publish(self) -> None:
        self.handle.close()
        os.replace(self.tmp, self.target)

    def discard(self) -> None:
        if not self.handle.closed:
            self.handle.close()
        self.tmp.unlink(missing_ok=True)


def _reject_blocks(doc: Document, bad: dict[int, list[str]], rendered: dict[int, str]):
    # the two leading names mark our own rejects file (rejects.py) and stay as they are;
    # the reasons are read by the clerk who fixes the rows: in the user's language.
    # `rendered`: each row's fields as the pass that rejected it read them (parallel)
    lines = [format_row([*REJECTS_HEADER, *header_row(doc.width())])]
    numbers = dict(zip(sorted(bad), doc.table.source_rows(sorted(bad)).tolist(), strict=True))
    for row in sorted(bad):
        reasons = ", ".join(dict.fromkeys(_(CATALOG[c].title) for c in bad[row]))
        lines.append(f"{numbers[row]};{format_row([reasons])};{rendered[row]}")
        if len(lines) >= 4096:
            yield ("\n".join(lines) + "\n").encode("utf-8")
            lines = []
    if lines:
        yield ("\n".join(lines) + "\n").encode("utf-8")
