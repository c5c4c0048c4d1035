"""Menus, toolbar and shortcuts of the main window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QStyle, QToolBar

from ..i18n import LANGUAGES, NAMES, language
from .fit_screen import ToolbarFitter

# Helpers of the main window, not a QObject: each text names its context ("Menus")
# so that pyside6-lupdate extracts it under the context looked up at run time.
translate = QCoreApplication.translate


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

    act("open", translate("Menus", "&Open…"), w.choose_file, QKeySequence.StandardKey.Open, sp.SP_DialogOpenButton,
        translate("Menus", "Open a store export (.csv, .txt, .xlsx, .zip)"))
    act("save", translate("Menus", "&Save for upload…"), w.save_for_upload, QKeySequence.StandardKey.Save,
        sp.SP_DialogSaveButton,
        translate("Menus", "Write a new file the platform accepts; the original is not changed"))
    a.update(w.uploads.actions)
    act("close", translate("Menus", "&Close file"), w.close_file, QKeySequence.StandardKey.Close)
    act("quit", translate("Menus", "&Quit"), w.close, QKeySequence.StandardKey.Quit)
    undo = stack.createUndoAction(w, translate("Menus", "&Undo"))
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    undo.setIcon(icon(sp.SP_ArrowBack))
    redo = stack.createRedoAction(w, translate("Menus", "&Redo"))
    redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence.StandardKey.Redo])
    redo.setIcon(icon(sp.SP_ArrowForward))
    a["undo"], a["redo"] = undo, redo
    a.update(w.edits.actions())     # their wording lives with them (one translation context each)
    a.update(w.reports.actions())
    act("fix_all", translate("Menus", "&Fix all safe problems…"), w.fixes.fix_all, QKeySequence("Ctrl+Shift+F"),
        sp.SP_DialogApplyButton,
        translate("Menus", "Repair every problem a machine can repair safely (you see a preview first)"))
    act("next", translate("Menus", "&Next problem"), lambda: w.table_view.step_problem(True), QKeySequence("F8"),
        sp.SP_ArrowDown, translate("Menus", "Go to the next problem (F8)"))
    act("previous", translate("Menus", "&Previous problem"), lambda: w.table_view.step_problem(False),
        QKeySequence("Shift+F8"), sp.SP_ArrowUp, translate("Menus", "Go to the previous problem (Shift+F8)"))
    flt = act("filter", translate("Menus", "Only rows with &problems"), w.toggle_filter, QKeySequence("Ctrl+P"),
              sp.SP_FileDialogDetailedView, translate("Menus", "Show only the rows that have a problem"))
    flt.setCheckable(True)
    # shorter labels for the toolbar: Turkish words are longer, and the toolbar must fit 1024 px
    a["fix_all"].setIconText(translate("Menus", "Fix safe problems"))
    flt.setIconText(translate("Menus", "Rows with problems"))
    a["previous"].setIconText(translate("Menus", "Previous"))
    a["next"].setIconText(translate("Menus", "Next"))
    w.filter_action = flt
    act("date_order", translate("Menus", "&Day or month first?…"), w.fixes.choose_date_order)
    act("mapping", translate("Menus", "&Column order…"), w.fixes.edit_mapping, None, None,
        translate("Menus", "Choose which of your columns goes where in the upload file"))

    bar = w.menuBar()
    file_menu = bar.addMenu(translate("Menus", "&File"))
    file_menu.addAction(a["open"])
    w.recent_menu = QMenu(translate("Menus", "Open &Recent"), w)
    file_menu.addMenu(w.recent_menu)
    file_menu.addSeparator()
    file_menu.addAction(a["save"])
    for name in ("upload", "upload_settings", "upload_history"):
        file_menu.addAction(a[name])
    file_menu.addAction(a["report"])
    file_menu.addAction(a["close"])
    file_menu.addSeparator()
    file_menu.addAction(a["quit"])
    edit_menu = bar.addMenu(translate("Menus", "&Edit"))
    edit_menu.addAction(undo)
    edit_menu.addAction(redo)
    edit_menu.addSeparator()
    for name in ("copy", "paste", "delete_rows", "restore_rows", "find"):
        edit_menu.addAction(a[name])
    edit_menu.addSeparator()
    edit_menu.addAction(a["fix_all"])
    edit_menu.addAction(a["date_order"])
    edit_menu.addAction(a["mapping"])
    view_menu = bar.addMenu(translate("Menus", "&View"))
    for name in ("next", "previous", "filter", "what_changed", "totals"):
        view_menu.addAction(a[name])
    view_menu.addSeparator()
    # "Language (Dil)": findable by someone who does not read the language now shown
    w.language_menu = view_menu.addMenu(translate("Menus", "&Language (Dil)"))
    group = QActionGroup(w)
    for lang in LANGUAGES:
        choice = w.language_menu.addAction(NAMES[lang])
        choice.setCheckable(True)
        choice.setChecked(lang == language())
        choice.setData(lang)
        group.addAction(choice)
        choice.triggered.connect(lambda _=False, code=lang: w.set_language(code))
        a[f"lang_{lang}"] = choice

    help_menu = bar.addMenu(translate("Menus", "&Help"))
    how = help_menu.addAction(translate("Menus", "&How it works"))
    how.triggered.connect(lambda: show_help(w))
    a["help"] = how
    codes = help_menu.addAction(translate("Menus", "&Problem codes"))
    codes.triggered.connect(lambda: w.show_code_help(None))
    a["codes"] = codes
    what = QAction(translate("Menus", "What does this problem mean?"), w)
    what.setShortcut(QKeySequence("F1"))
    what.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    what.triggered.connect(w.explain_current)
    help_menu.addAction(what)
    a["explain"] = what
    from .about import AboutBox
    a["about"] = AboutBox.action(w)
    help_menu.addAction(a["about"])

    tools = QToolBar(translate("Menus", "Main"), w)
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
        empty = menu.addAction(translate("Menus", "(no files yet)"))
        empty.setEnabled(False)


def show_help(w) -> None:
    from PySide6.QtWidgets import QMessageBox
    QMessageBox.information(w, translate("Menus", "How it works"), translate("Menus",
        "1. Drop your store export (.csv, .txt, .xlsx or .zip) on the window, or use File › Open.\n\n"
        "2. Every problem is marked in the table: red for errors the platform refuses, amber for warnings. "
        "Hover over a marked cell to see what is wrong, the rule, and the fix. The list on the right groups "
        "the problems; click one to go to it. F8 goes to the next problem.\n\n"
        "3. Click \"Fix safe problems…\" to repair everything a machine can repair safely. You see a preview "
        "first, and Ctrl+Z undoes it. Right-click a cell for more fixes, or double-click it to type a value.\n\n"
        "4. Click \"Save for upload…\" (Ctrl+S). A new file is written and checked again; your original "
        "file is never changed."))

