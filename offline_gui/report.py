"""A report to send someone: the problems of one export as an Excel workbook or
one self-contained HTML page (`check --report`, the app's File › Export report…).

Both hold the same three parts: the data with every problem cell marked (red for
errors, amber for warnings, the message beside it), the findings one per line
exactly as `check --json` lists them, and a summary with the totals a clerk
reconciles against the till.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .analysis import Report
from .catalog import Severity
from .document import Document, location
from .i18n import _
from .spec import column_name
from .totals import Totals, compute_totals

# A workbook's data sheet holds every row up to this many; past it, the rows with a
# problem (Excel stops at 1,048,576 rows, and a clerk sends the report by e-mail).
DATA_ROWS_ALL = 50_000
SHEET_ROWS_MAX = 1_048_575
HTML_ROWS_MAX = 2_000       # a page a browser opens at once; the workbook has them all
HTML_FINDINGS_MAX = 10_000


@dataclass(frozen=True)
class Finding:
    """One line of the Problems sheet: the same fields as `check --json`."""
    row: int | None          # 1-based source row, None for the whole file
    column: int | None       # 1-based source column, None for a whole row
    upload_column: str       # the contract column it belongs to ("" for file and row findings)
    code: str
    severity: str
    value: str
    message: str
    data_row: int | None     # 0-based document row (to mark the data sheet)
    data_column: int | None  # 0-based canonical column


def findings(doc: Document, report: Report) -> Iterator[Finding]:
    for diag in report.findings(doc):
        row, col = location(diag, doc.table, doc.state)
        yield Finding(row, col, column_name(diag.column) if diag.column is not None else "", diag.code,
                      diag.severity.value, diag.value, diag.message, diag.row, diag.column)


@dataclass
class ReportContent:
    """What both formats show, gathered once."""
    file: str
    rows: int
    errors: int
    warnings: int
    complete: bool
    findings: list[Finding]
    marks: dict[tuple[int, int], list[Finding]]   # (data row, canonical column or -1) -> findings
    data_rows: list[int]                          # document rows the data part shows
    all_rows: bool
    totals: Totals

    @property
    def verdict(self) -> str:
        if self.rows == 0:
            return _("NOT compliant: no data rows")
        return _("compliant") if not self.errors else _("NOT compliant")


def gather(doc: Document, report: Report, store_column: int | None = None,
           max_rows: int = DATA_ROWS_ALL) -> ReportContent:
    found = list(findings(doc, report))
    marks: dict[tuple[int, int], list[Finding]] = {}
    for f in found:
        if f.data_row is not None:
            key = (f.data_row, -1 if f.data_column is None else f.data_column)
            marks.setdefault(key, []).append(f)
    all_rows = doc.row_count <= max_rows
    rows = list(range(doc.row_count)) if all_rows else sorted({r for r, _c in marks})[:SHEET_ROWS_MAX]
    return ReportContent(doc.table.source.label, doc.row_count, report.count(Severity.ERROR),
                         report.count(Severity.WARNING), report.complete, found, marks, rows, all_rows,
                         compute_totals(doc, store_column, report.ctx.date_order))


def summary_lines(content: ReportContent) -> list[tuple[str, str]]:
    t = content.totals
    # in the user's language: the report goes to a person (numbers stay as the data has them)
    lines = [(_("File"), content.file), (_("Rows"), f"{content.rows}"), (_("Errors"), f"{content.errors}"),
             (_("Warnings"), f"{content.warnings}"), (_("Verdict"), content.verdict)]
    if not content.complete:
        lines.append((_("Note"), _("The check was cancelled: the findings cover only part of the file.")))
    lines += [(_("First event"), t.first or ""), (_("Last event"), t.last or ""),
              (_("Distinct customers"), f"{t.customers}"), (_("Num1 total"), t.num1_text),
              (_("Num2 total"), t.num2_text)]
    if t.skipped:
        lines.append((_("Rows left out of the totals"),
                      _("{count} (time stamp or number not readable)").format(count=t.skipped)))
    if not content.all_rows:
        lines.append((_("Data part"), _("only the {count} rows with a problem (the file has more than {limit} rows)")
                      .format(count=len(content.data_rows), limit=DATA_ROWS_ALL)))
    return lines


def write_report(doc: Document, report: Report, target: Path, store_column: int | None = None,
                 progress: Callable[[int, int], None] | None = None) -> Path:
    """Write `target` (.xlsx or .html/.htm) atomically; never over the export itself."""
    target = Path(target)
    suffix = target.suffix.lower()
    if suffix not in (".xlsx", ".html", ".htm"):
        raise ValueError(_("A report is an .xlsx workbook or an .html page, not '{suffix}'.")
                         .format(suffix=target.suffix))
    source = doc.table.source.path
    if target.exists() and source is not None and target.resolve() == Path(source).resolve():
        raise ValueError(_("The report cannot be written over the export itself."))
    content = gather(doc, report, store_column)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(prefix=".report-", suffix=suffix, dir=target.parent)
    os.close(handle)
    try:
        if suffix == ".xlsx":
            from .report_xlsx import write_workbook
            write_workbook(doc, content, Path(temp), progress)
        else:
            from .report_html import write_page
            write_page(doc, content, Path(temp))
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return target
