"""The report as one self-contained HTML page (inline style, no scripts, nothing fetched)."""

from __future__ import annotations

from html import escape
from pathlib import Path

from .document import Document
from .i18n import _, language
from .report import HTML_FINDINGS_MAX, HTML_ROWS_MAX, ReportContent, summary_lines
from .spec import header_row
from .totals import decimal_text

STYLE = """
body{font-family:system-ui,"DejaVu Sans",Arial,sans-serif;margin:24px;color:#222}
h1{font-size:20px}h2{font-size:16px;margin-top:28px}
table{border-collapse:collapse;font-size:13px}
td,th{border:1px solid #ccc;padding:3px 6px;vertical-align:top;white-space:pre-wrap}
th{background:#f0f0f0;text-align:left}
td.error{background:#ffc7ce}td.warning{background:#ffeb9c}
.scroll{overflow-x:auto;max-width:100%}
.note{color:#555}
td.code{white-space:nowrap}
td.n{text-align:right;font-variant-numeric:tabular-nums}
.side{display:flex;gap:32px;flex-wrap:wrap;align-items:flex-start}
"""


def _e(value: object) -> str:
    return escape("" if value is None else str(value))


def write_page(doc: Document, content: ReportContent, path: Path) -> None:
    title, heading = _("Report: {file}").format(file=content.file), _("Offline data report: {file}").format(
        file=content.file)
    parts = [f'<!DOCTYPE html><html lang="{language()}"><head><meta charset="utf-8">',
             f"<title>{_e(title)}</title><style>{STYLE}</style></head><body>", f"<h1>{_e(heading)}</h1>"]
    parts.append(f"<h2>{_e(_('Summary'))}</h2><table>")
    parts += [f"<tr><th>{_e(k)}</th><td>{_e(v)}</td></tr>" for k, v in summary_lines(content)]
    parts.append("</table>")
    parts += _problems(content)
    parts += _data(doc, content)
    parts += _totals(content)
    parts.append("</body></html>\n")
    path.write_text("".join(parts), encoding="utf-8")


def _totals(content: ReportContent) -> list[str]:
    t = content.totals
    per_day, per_store = _("Totals per day"), _("Totals per store ({name})").format(name=t.store_name)
    out = [f'<div class="side"><div><h2>{_e(per_day)}</h2>', _sums_table(_("Day"), t.per_day), "</div>"]
    if t.store_column is not None:
        out += [f"<div><h2>{_e(per_store)}</h2>", _sums_table(_("Store"), t.per_store), "</div>"]
    out.append("</div>")
    return out


def _sums_table(first: str, sums: dict) -> str:
    rows = "".join(f'<tr><td>{_e(name)}</td><td class="n">{s.rows}</td><td class="n">{decimal_text(s.num1)}</td>'
                   f'<td class="n">{decimal_text(s.num2)}</td></tr>' for name, s in sums.items())
    label = _e(_("Rows"))
    return f"<table><tr><th>{_e(first)}</th><th>{label}</th><th>Num1</th><th>Num2</th></tr>{rows}</table>"


def _problems(content: ReportContent) -> list[str]:
    out = [f"<h2>{_e(_('Problems'))}</h2>"]
    shown = content.findings[:HTML_FINDINGS_MAX]
    if len(content.findings) > len(shown):
        note = _("The first {shown} of {total} findings; the Excel report lists every one.").format(
            shown=len(shown), total=len(content.findings))
        out.append(f'<p class="note">{_e(note)}</p>')
    names = (_("Row"), _("Column"), _("Upload column"), _("Code"), _("Severity"), _("Value"), _("Message"))
    out.append("<table><tr>" + "".join(f"<th>{_e(n)}</th>" for n in names) + "</tr>")
    out += [f"<tr><td>{_e(f.row or '')}</td><td>{_e(f.column or '')}</td><td>{_e(f.upload_column)}</td>"
            f'<td class="code">{_e(f.code)}</td><td class="{_e(f.severity)}">{_e(f.severity)}</td>'
            f"<td>{_e(f.value)}</td><td>{_e(f.message)}</td></tr>" for f in shown]
    out.append("</table>")
    return out


def _data(doc: Document, content: ReportContent) -> list[str]:
    rows = content.data_rows
    if len(rows) > HTML_ROWS_MAX:
        rows = sorted({r for r, _c in content.marks})[:HTML_ROWS_MAX]
        note = _("The first {count} rows with a problem; the Excel report has the data in full.").format(
            count=len(rows))
    else:
        note = ""
    width = doc.width()
    out = [f"<h2>{_e(_('Data'))}</h2>"]
    if note:
        out.append(f'<p class="note">{_e(note)}</p>')
    out.append(f'<div class="scroll"><table><tr><th>{_e(_("Source row"))}</th>'
               + "".join(f"<th>{_e(n)}</th>" for n in header_row(width)) + "</tr>")
    for row in rows:
        fields = doc.row(row)
        cells = [_td(doc.table.source_row(row), content.marks.get((row, -1)))]
        cells += [_td(fields[c] if c < len(fields) else "", content.marks.get((row, c)))
                  for c in range(max(width, len(fields)))]
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table></div>")
    return out


def _td(value: object, found) -> str:
    if not found:
        return f"<td>{_e(value)}</td>"
    kind = "error" if any(f.severity == "error" for f in found) else "warning"
    title = "\n".join(f.message for f in found)
    return f'<td class="{kind}" title="{_e(title)}">{_e(value)}</td>'
