"""One help page per diagnostic code: what is wrong, why the platform cares, how to fix it.

Qt-free, so the same pages could be printed by the command line; the app shows
them (F1 on a problem, Help › Problem codes). English here, Turkish in the .po file.
"""

from __future__ import annotations

from html import escape

from .catalog import CATALOG, CodeInfo, Severity
from .i18n import N_, _

# code: (how to fix it at the source: Excel or the POS export, before, after)
HOW: dict[str, tuple[str, str, str]] = {
    "bom": (N_("In Excel choose \"CSV UTF-8\" only if your system needs it; this app removes the mark when it "
               "saves. In Notepad, save as \"UTF-8\" (not \"UTF-8 with BOM\")."), "\ufeff2024-05-25 14:03:00",
            "2024-05-25 14:03:00"),
    "encoding": (N_("In Excel use File › Save As › \"CSV UTF-8 (Comma delimited)\", or let this app save the "
                    "file: it converts the letters to UTF-8."), "G\ufffdda", "Gıda"),
    "encoding-line": (N_("A line was copied in from another program. Check its Turkish letters, then accept "
                         "the conversion or type the line again."), "\u00dd\u00fe", "İş"),
    "delimiter": (N_("In Excel save as \"CSV (semicolon delimited)\", or let this app save the file with ';'."),
                  "2024-05-25,100234,7", "2024-05-25;100234;7"),
    "sep-line": (N_("Nothing to do: the app leaves Excel's hint line out when it saves."), "sep=;", ""),
    "header-present": (N_("Nothing to do: choose in the save window whether the standard header is written."),
                       "Tarih;Müşteri No;…", "Time Stamp;Customer ID;…"),
    "header-unknown": (N_("Rename the column in Excel to one of the upload column names, or choose its place "
                          "in Edit › Column order."), "Kasa Notu", "Var4"),
    "column-order": (N_("Nothing to do: the app puts the columns in the right order when it saves. Check the "
                        "order in Edit › Column order."), "Müşteri No;Tarih", "Time Stamp;Customer ID"),
    "column-order-content": (N_("Open Edit › Column order and choose which of your columns holds the time "
                                "stamps."), "100234;2024-05-25 14:03", "2024-05-25 14:03;100234"),
    "date-range": (N_("Nothing to do: check that the dates are the days you meant to upload."), "", ""),
    "date-order-ambiguous": (N_("Answer \"Day or month first?\" once; in Turkey the day comes first."),
                             "05.06.2024", "2024-06-05 00:00:00"),
    "blank-lines": (N_("Nothing to do: blank lines are left out when the file is saved."), "", ""),
    "no-data": (N_("Export the data again: choose the right date range and sheet in your POS or Excel."),
                "", ""),
    "unclosed-quote": (N_("In Excel find the cell with a lone \" character and remove it or close it, then "
                          "export again."), "\"Kadıköy;F-1001", "Kadıköy;F-1001"),
    "quote-in-field": (N_("Nothing to do: the app writes the value in quotes, exactly as it is. In Excel, "
                          "\"CSV UTF-8\" export quotes such values itself."), 'Magnum 4"lü', '"Magnum 4""lü"'),
    "quote-stray": (N_("Look at the value in Excel: remove the stray \" or write the value again, then export "
                       "again."), 'Kadıköy";F-1001', "Kadıköy;F-1001"),
    "personal-data": (N_("Leave the column out when you save (the app offers it), or take it out of the POS "
                         "export: the platform needs only the customer id."), "0532 123 45 67", ""),
    "event-old": (N_("Check that this is the export you meant: the platform counts offline conversions only for "
                     "a limited time after the event."), "2023-01-05 10:00:00", "2024-06-14 10:00:00"),
    "event-future": (N_("Check the till's date and time settings, then export again."), "2031-05-25 14:03:00",
                     "2024-05-25 14:03:00"),
    "field-count": (N_("Nothing to do: the app adds the empty fields. In your POS export, keep every column "
                       "even when it is empty."), "2024-05-25 14:03:00;100234;7", "2024-05-25 14:03:00;100234;7;;;…"),
    "duplicate-row": (N_("Check the receipt: if it was not bought twice, delete one of the two rows."),
                      "F-1001 (2×)", "F-1001"),
    "mandatory-missing": (N_("Fill the value in Excel or in the table (double-click the cell). If it cannot be "
                             "known, leave the row out."), "", "100234"),
    "timestamp-format": (N_("Format the date column in Excel as yyyy-aa-gg ss:dd:nn (custom format), or let "
                            "the app convert it."), "25.05.2024 14:03", "2024-05-25 14:03:00"),
    "timestamp-invalid": (N_("Correct the date by hand: the month is 1–12 and the day fits the month."),
                          "2024-13-45", "2024-12-15 10:00:00"),
    "event-type-decimal": (N_("Format the column in Excel as a number with no decimals, or let the app fix it."),
                           "7,0", "7"),
    "event-type-invalid": (N_("Write 7 for a purchase."), "Satış", "7"),
    "event-type-unusual": (N_("Check with the platform team whether this event type is agreed; a purchase is "
                              "7."), "3", "7"),
    "number-decimal-comma": (N_("Nothing to do: the app writes a dot. In Excel, a custom format 0.00 with a dot "
                                "also works."), "94,64", "94.64"),
    "number-thousands": (N_("Nothing to do: the app removes the thousands separator. In Excel, untick \"Use "
                            "1000 separator\"."), "1.234,50", "1234.50"),
    "number-invalid": (N_("Type the number again: only digits and one dot for decimals."), "12 TL", "12"),
    "id-scientific": (N_("The digits are lost: export the ids again from the POS, and format the column in "
                         "Excel as Text before pasting."), "1.23457E+11", "123456789012"),
    "id-decimal": (N_("Nothing to do: the app removes the .0. In Excel, format the id column as Text."),
                   "100236.0", "100236"),
    "whitespace": (N_("Nothing to do: the app removes the spaces. In Excel, =KIRP(A2) (TRIM) does the same."),
                   " 1", "1"),
    "line-break": (N_("In Excel, replace Alt+Enter line breaks in the cell with a space."), "Kadıköy⏎Moda",
                   "Kadıköy Moda"),
}

_SEVERITY = {Severity.ERROR: N_("error: the platform refuses the row or the file"),
             Severity.WARNING: N_("warning: worth a look, the upload still works"),
             Severity.INFO: N_("note: for your information")}


class _Example(dict):
    """Placeholders a page about a code in general cannot know are shown as '…'."""

    def __missing__(self, key: str) -> str:
        return "…"


def _plain(template: str, before: str = "", after: str = "") -> str:
    """A catalog template filled with the page's example (or '…' where it has none)."""
    params = _Example()
    if before:
        params["value"] = before
    if after:
        params["fixed"] = after
    return template.format_map(params)


def page(code: str) -> str:
    """The help page of one code as simple HTML (QTextBrowser shows it)."""
    info: CodeInfo = CATALOG[code]
    how, before, after = HOW.get(code, ("", "", ""))
    title, severity = escape(_(info.title)), escape(_(_SEVERITY[info.severity]))
    parts = [f"<h2>{title}</h2>", f"<p><code>{escape(code)}</code> · {severity}</p>",
             _section(_("What is wrong"), _plain(_(info.message), before, after))]
    if info.rule:
        parts.append(_section(_("Why the platform cares"), _plain(_(info.rule))))
    fix = _plain(_(info.fix), before, after) if info.fix else _("A machine cannot repair this: a person has to.")
    parts.append(_section(_("What the app does"), fix))
    if how:
        parts.append(_section(_("How to fix it in Excel or the POS export"), _(how)))
    if before or after:
        rows = [(_("Before"), before), (_("After"), after)]
        cells = "".join(f"<tr><td><b>{escape(label)}</b></td><td><code>{escape(value) or '—'}</code></td></tr>"
                        for label, value in rows)
        example = escape(_("Example"))
        parts.append(f"<h3>{example}</h3><table cellpadding='4'>{cells}</table>")
    back = escape(_("All problem codes"))
    parts.append(f"<p><a href='index'>{back}</a></p>")
    return "".join(parts)


def _section(heading: str, text: str) -> str:
    return f"<h3>{escape(heading)}</h3><p>{escape(text)}</p>"


def index() -> str:
    """Every code with its title, linked to its page."""
    rows = "".join(f"<tr><td><a href='{escape(code)}'>{escape(_(info.title))}</a></td>"
                   f"<td><code>{escape(code)}</code></td></tr>" for code, info in CATALOG.items())
    heading = escape(_("Problem codes"))
    return f"<h2>{heading}</h2><table cellpadding='3'>{rows}</table>"
