"""Excel workbooks as exact text: every cell becomes the string a person would type."""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

from ..errors import CannotRead
from ..i18n import _


def cell_text(value: object) -> str:
    """Text of a cell value without Excel's artefacts (.0, 94.64000000000001, 1E+12)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, dt.date):  # a date without a time: the checker asks for the time
        return value.strftime("%Y-%m-%d")
    if isinstance(value, dt.time):
        return value.strftime("%H:%M:%S")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return ""
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        if abs(value) >= 1e15:
            # Excel keeps 15 significant digits: the rest of a longer number is already
            # lost. Show it as Excel does (1.23456789012346E+18), so the checker flags
            # it, rather than print digits nobody typed.
            mantissa, exponent = f"{value:.14E}".split("E")
            return f"{mantissa.rstrip('0').rstrip('.')}E+{int(exponent):02d}"
        text = f"{value:.15g}"  # what Excel itself shows: 15 significant digits
        if "e" in text:
            text = f"{value:.15f}".rstrip("0").rstrip(".")
        return text
    return str(value)


def _open(path: Path):
    """The workbook, read-only and streaming. Opened from a handle: the content
    says it is a workbook, whatever the file's extension claims."""
    import openpyxl
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed with the workbook, by _close
    except OSError as exc:
        raise CannotRead(_("{name} cannot be opened ({reason}).")
                         .format(name=path.name, reason=exc.strerror or exc)) from exc
    try:
        wb = openpyxl.load_workbook(handle, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError, AttributeError,
            IndexError, EOFError) as exc:
        handle.close()
        raise CannotRead(
            _("{name} looks like an Excel workbook but it is damaged or incomplete ({kind}). Open it in Excel and "
              "save it again, or export it as CSV.").format(name=path.name, kind=type(exc).__name__)
        ) from exc
    except Exception as exc:  # openpyxl raises many kinds on hostile files
        handle.close()
        raise CannotRead(
            _("{name} could not be read as an Excel workbook ({kind}). Open it in Excel and save it again, or export "
              "it as CSV.").format(name=path.name, kind=exc.__class__.__name__)
        ) from exc
    wb._offline_gui_handle = handle
    return wb


def _close(wb) -> None:
    try:
        wb.close()
    finally:
        wb._offline_gui_handle.close()


def _rows(ws) -> Iterator[tuple[int, list[str]]]:
    """(sheet row number, cell texts) of the rows that hold something.

    The sheet's <dimension> is ignored: a wrong one (A1:XFD1048576 is common in
    generated files) would pad every row to 16,384 cells. Values only, no cell
    objects; missing rows come as empty tuples, so the position is the row number.
    """
    if hasattr(ws, "reset_dimensions"):
        ws.reset_dimensions()
    for number, values in enumerate(ws.iter_rows(values_only=True), start=1):
        if not values:
            continue
        texts = [cell_text(v) for v in values]
        while texts and texts[-1] == "":
            texts.pop()
        if texts:
            yield number, texts


def read_sheet(path: Path, sheet: str | None,
               write_row: Callable[[int, list[str]], None]) -> str:
    """Stream a sheet's non-empty rows to write_row(sheet_row_number, texts).

    Without a sheet name the one visible sheet that has data is read; several ask
    which (CannotRead with choices, the active sheet first); hidden sheets are read
    only when named. Returns the sheet's name.
    """
    wb = _open(path)
    try:
        names = list(wb.sheetnames)
        if sheet is not None and sheet not in names:
            raise CannotRead(_("The workbook has no sheet named '{sheet}'. Sheets: {names}.")
                             .format(sheet=sheet, names=', '.join(names)),
                             choices=tuple(names), kind="sheet")
        tables = [n for n in names if hasattr(wb[n], "iter_rows")]  # not chart sheets
        if sheet is not None and sheet not in tables:
            raise CannotRead(_("Sheet '{sheet}' is a chart, not a table. Sheets with cells: {names}.")
                             .format(sheet=sheet, names=', '.join(tables)),
                             choices=tuple(tables), kind="sheet")
        order = [sheet] if sheet is not None else _default_sheets(wb, path, tables)
        for name in order:
            found = False
            try:
                for number, texts in _rows(wb[name]):
                    found = True
                    write_row(number, texts)
            except CannotRead:
                raise
            except Exception as exc:
                raise CannotRead(
                    _("Sheet '{name}' of {name2} is damaged ({kind}). Open it in Excel and save it again, or export "
                      "it as CSV.").format(name=name, name2=path.name, kind=exc.__class__.__name__)
                ) from exc
            if found:
                return name
        if sheet is not None:
            raise CannotRead(_("Sheet '{sheet}' is empty. Pick a sheet with data.")
                             .format(sheet=sheet), choices=tuple(tables), kind="sheet")
        raise CannotRead(_("Every sheet of {name} is empty: there is no data to check.").format(name=path.name))
    finally:
        _close(wb)


def _has_data(ws, name: str, path: Path) -> bool:
    try:
        return next(_rows(ws), None) is not None
    except Exception as exc:
        raise CannotRead(_("Sheet '{name}' of {name2} is damaged ({kind}). Open it in Excel and save it again, or "
                           "export it as CSV.")
                         .format(name=name, name2=path.name, kind=exc.__class__.__name__)) from exc


def _default_sheets(wb, path: Path, tables: list[str]) -> list[str]:
    """The sheet to read when none is named; several with data are a question for the user.

    A hidden sheet is often last year's data or a lookup list: never read unless named.
    """
    visible = [n for n in tables if getattr(wb[n], "sheet_state", "visible") == "visible"]
    hidden = [n for n in tables if n not in visible]
    with_data = [n for n in visible if _has_data(wb[n], n, path)]
    note = " " + _("Hidden sheets ({names}) are read only when you pick one.").format(names=", ".join(hidden)) \
        if hidden else ""
    if len(with_data) > 1:
        active = getattr(wb.active, "title", None)
        ordered = sorted(with_data, key=lambda n: n != active)   # the active sheet is the default answer
        raise CannotRead(_("{name} has {count} sheets with data: {names}. Which one is the export?{note}")
                         .format(name=path.name, count=len(with_data), names=", ".join(ordered), note=note),
                         choices=tuple(ordered + hidden), kind="sheet")
    if not with_data and hidden:
        raise CannotRead(_("Every visible sheet of {name} is empty.{note}")
                         .format(name=path.name, note=note), choices=tuple(hidden), kind="sheet")
    return with_data
