"""Menus, toolbar and shortcuts of the main window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QStyle, QToolBar

from .fit_screen import ToolbarFitter


def build_menus(w) -> dict[str, QAction]:
    style = w.style()
    icon = style.standardIcon
    sp = QStyle.StandardPixmap
    stack = w.session.undo_stack
    a: dict[str, QAction] = {}

    def act(name: str, text: str, slot, shortcut=None, pixmap=None, tip: str = "") -> QAction:
        action = QAction(text, w)
        if shortcut is not None:
            action.setShortcut(shortcut)
        if pixmap is not None:
            action.setIcon(icon(pixmap))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(slot)
        a[name] = action
        return action

    act("open", w.tr("&Open…"), w.choose_file, QKeySequence.StandardKey.Open, sp.SP_DialogOpenButton,
        w.tr("Open a store export (.csv, .txt, .xlsx, .zip)"))
    act("save", w.tr("&Save for upload…"), w.save_for_upload, QKeySequence.StandardKey.Save,
        sp.SP_DialogSaveButton, w.tr("Write a new file the platform accepts; the original is not changed"))
    a.update(w.uploads.actions)
    act("close", w.tr("&Close file"), w.close_file, QKeySequence.StandardKey.Close)
    act("quit", w.tr("&Quit"), w.close, QKeySequence.StandardKey.Quit)
    undo = stack.createUndoAction(w, w.tr("&Undo"))
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    undo.setIcon(icon(sp.SP_ArrowBack))
    redo = stack.createRedoAction(w, w.tr("&Redo"))
    redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence.StandardKey.Redo])
    redo.setIcon(icon(sp.SP_ArrowForward))
    a["undo"], a["redo"] = undo, redo
    a.update(w.edits.actions())     # their wording lives with them (one translation context each)
    a.update(w.reports.actions())
    act("fix_all", w.tr("&Fix all safe problems…"), w.fixes.fix_all, QKeySequence("Ctrl+Shift+F"),
        sp.SP_DialogApplyButton, w.tr("Repair every problem a machine can repair safely (you see a preview first)"))
    act("next", w.tr("&Next problem"), lambda: w.table_view.step_problem(True), QKeySequence("F8"),
        sp.SP_ArrowDown, w.tr("Go to the next problem (F8)"))
    act("previous", w.tr("&Previous problem"), lambda: w.table_view.step_problem(False),
        QKeySequence("Shift+F8"), sp.SP_ArrowUp, w.tr("Go to the previous problem (Shift+F8)"))
    flt = act("filter", w.tr("Only rows with &problems"), w.toggle_filter, QKeySequence("Ctrl+P"),
              sp.SP_FileDialogDetailedView, w.tr("Show only the rows that have a problem"))
    flt.setCheckable(True)
    w.filter_action = flt
    act("date_order", w.tr("&Day or month first?…"), w.fixes.choose_date_order)
    act("mapping", w.tr("&Column order…"), w.fixes.edit_mapping, None, None,
        w.tr("Choose which of your columns goes where in the upload file"))

    bar = w.menuBar()
    file_menu = bar.addMenu(w.tr("&File"))
    file_menu.addAction(a["open"])
    w.recent_menu = QMenu(w.tr("Open &Recent"), w)
    file_menu.addMenu(w.recent_menu)
    file_menu.addSeparator()
    file_menu.addAction(a["save"])
    for name in ("upload", "upload_settings", "upload_history"):
        file_menu.addAction(a[name])
    file_menu.addAction(a["report"])
    file_menu.addAction(a["close"])
    file_menu.addSeparator()
    file_menu.addAction(a["quit"])
    edit_menu = bar.addMenu(w.tr("&Edit"))
    edit_menu.addAction(undo)
    edit_menu.addAction(redo)
    edit_menu.addSeparator()
    for name in ("copy", "paste", "delete_rows", "restore_rows", "find"):
        edit_menu.addAction(a[name])
    edit_menu.addSeparator()
    edit_menu.addAction(a["fix_all"])
    edit_menu.addAction(a["date_order"])
    edit_menu.addAction(a["mapping"])
    view_menu = bar.addMenu(w.tr("&View"))
    for name in ("next", "previous", "filter", "what_changed", "totals"):
        view_menu.addAction(a[name])

    help_menu = bar.addMenu(w.tr("&Help"))
    how = help_menu.addAction(w.tr("&How it works"))
    how.setShortcut(QKeySequence.StandardKey.HelpContents)
    how.triggered.connect(lambda: show_help(w))
    a["help"] = how
    from .about import AboutBox
    a["about"] = AboutBox.action(w)
    help_menu.addAction(a["about"])

    tools = QToolBar(w.tr("Main"), w)
    tools.setObjectName("MainToolbar")
    tools.setMovable(False)
    tools.setIconSize(QSize(18, 18))
    tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for name in ("open", "save", None, "undo", "redo", None, "fix_all", None, "previous", "next", "filter"):
        if name is None:
            tools.addSeparator()
        else:
            tools.addAction(a[name])
    w.addToolBar(tools)
    w.toolbar_fitter = ToolbarFitter(tools, w)
    w.refresh_recent_menu = lambda: fill_recent(w)
    fill_recent(w)
    return a


def fill_recent(w) -> None:
    menu = w.recent_menu
    menu.clear()
    files = w.settings.recent_files
    for name in files:
        action = menu.addAction(Path(name).name)
        action.setToolTip(name)
        action.setStatusTip(name)
        action.triggered.connect(lambda _=False, n=name: w.open_path(n))
    if not files:
        empty = menu.addAction(w.tr("(no files yet)"))
        empty.setEnabled(False)


def show_help(w) -> None:
    from PySide6.QtWidgets import QMessageBox
    QMessageBox.information(w, w.tr("How it works"), w.tr(
        "1. Drop your store export (.csv, .txt, .xlsx or .zip) on the window, or use File › Open.\n\n"
        "2. Every problem is marked in the table: red for errors the platform refuses, amber for warnings. "
        "Hover over a marked cell to see what is wrong, the rule, and the fix. The list on the right groups "
        "the problems; click one to go to it. F8 goes to the next problem.\n\n"
        "3. Click \"Fix safe problems…\" to repair everything a machine can repair safely. You see a preview "
        "first, and Ctrl+Z undoes it. Right-click a cell for more fixes, or double-click it to type a value.\n\n"
        "4. Click \"Save for upload…\" (Ctrl+S). A new file is written and checked again; your original "
        "file is never changed."))

