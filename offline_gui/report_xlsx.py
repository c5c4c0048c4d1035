"""The report as an Excel workbook: Data, Problems, Summary (see report.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.comments import Comment
from openpyxl.styles import Font, PatternFill

from .document import Document
from .i18n import _
from .report import ReportContent, summary_lines
from .spec import header_row
from .totals import decimal_text

RED = PatternFill("solid", fgColor="FFC7CE")
AMBER = PatternFill("solid", fgColor="FFEB9C")
BOLD = Font(bold=True)
_ILLEGAL = {c: " " for c in range(32) if c not in (9, 10, 13)}  # control bytes openpyxl refuses


def _text(value: object) -> str:
    return str(value).translate(_ILLEGAL) if value is not None else ""


def _money(value) -> float | str:
    """A number Excel can add up; a value too long for a double stays exact as text."""
    text = decimal_text(value)
    return float(value) if len(text.replace("-", "").replace(".", "")) <= 15 else text


def _headers(ws, names: list[str]) -> None:
    cells = []
    for name in names:
        cell = WriteOnlyCell(ws, value=name)
        cell.font = BOLD
        cells.append(cell)
    ws.append(cells)


def write_workbook(doc: Document, content: ReportContent, path: Path,
                   progress: Callable[[int, int], None] | None = None) -> None:
    wb = Workbook(write_only=True)
    _data(wb, doc, content, progress)
    _problems(wb, content)
    _summary(wb, content)
    wb.save(path)


def _data(wb, doc: Document, content: ReportContent, progress) -> None:
    ws = wb.create_sheet(_("Data"))
    width = doc.width()
    _headers(ws, [_("Source row"), *header_row(width)])
    ws.freeze_panes = "B2"
    marks = content.marks
    total = len(content.data_rows)
    for done, row in enumerate(content.data_rows):
        fields = doc.row(row)
        cells = [_cell(ws, doc.table.source_row(row), marks.get((row, -1)))]
        for col in range(max(width, len(fields))):
            cells.append(_cell(ws, fields[col] if col < len(fields) else "", marks.get((row, col))))
        ws.append(cells)
        if progress and done % 5000 == 0:
            progress(done, total)


def _cell(ws, value, found) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value=_text(value) if isinstance(value, str) else value)
    if found:
        errors = any(f.severity == "error" for f in found)
        cell.fill = RED if errors else AMBER
        cell.comment = Comment("\n".join(_text(f.message) for f in found), "Offline Data Checker",
                               height=120, width=320)
    return cell


def _problems(wb, content: ReportContent) -> None:
    ws = wb.create_sheet(_("Problems"))
    _headers(ws, [_("Row"), _("Column"), _("Upload column"), _("Code"), _("Severity"), _("Value"), _("Message")])
    ws.freeze_panes = "A2"
    for f in content.findings[:1_048_575]:
        ws.append([f.row, f.column, f.upload_column, f.code, f.severity, _text(f.value), _text(f.message)])


def _summary(wb, content: ReportContent) -> None:
    ws = wb.create_sheet(_("Summary"))
    for name, value in summary_lines(content):
        ws.append([name, int(value) if value.isdigit() else _text(value)])
    t = content.totals
    ws.append([])
    _headers(ws, [_("Day"), _("Rows"), "Num1", "Num2"])
    for day, sums in t.per_day.items():
        ws.append([day, sums.rows, _money(sums.num1), _money(sums.num2)])
    if t.store_column is not None:
        ws.append([])
        _headers(ws, [_("Store ({name})").format(name=t.store_name), _("Rows"), "Num1", "Num2"])
        for store, sums in t.per_store.items():
            ws.append([_text(store), sums.rows, _money(sums.num1), _money(sums.num2)])
