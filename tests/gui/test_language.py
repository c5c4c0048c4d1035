"""The app in Turkish: no English left anywhere, switching at run time, following the system locale."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from conftest import SAMPLE_ROWS, rows_text
from guihelpers import open_and_wait
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QUrl
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QLabel, QMessageBox, QTreeWidget, QTreeWidgetItemIterator, QWidget

from offline_gui import help as pages
from offline_gui import i18n
from offline_gui.catalog import CATALOG
from offline_gui.gui import dialogs
from offline_gui.gui.language import apply_language, loaded_files, system_language
from offline_gui.settings import Settings
from offline_gui.spec import COLUMNS

# Names that stay as they are in Turkish: the upload format's columns, codes, formats, keys, the product
ALLOWED = {w.lower() for c in COLUMNS for w in re.findall(r"[A-Za-z]+", c.name)} | {
    "attr", "eventname", "eventtransaction", "utf", "csv", "txt", "tsv", "dat", "xlsx", "xlsm", "zip", "xls",
    "excel", "pos", "bom", "ctrl", "shift", "alt", "enter", "json", "windows", "iso", "offline", "data",
    "checker", "yyyy", "hh", "mm", "ss", "dmy", "mdy", "lang", "member", "sheet", "trim",
}
CODES = re.compile("|".join(sorted((re.escape(c) for c in CATALOG), key=len, reverse=True)))


def _english_words() -> set[str]:
    """Words of the English source texts that no Turkish translation uses."""
    locale = i18n.LOCALE_DIR
    english, turkish = set(), set()
    root = ET.parse(locale / "offline_gui_tr.ts").getroot()
    for message in root.iter("message"):
        english.update(_words(message.findtext("source") or ""))
        turkish.update(_words(" ".join(message.find("translation").itertext())))
    with open(locale / "tr" / "LC_MESSAGES" / "offline_gui.po", "rb") as handle:
        for message in read_po(handle, locale="tr"):
            ids = message.id if isinstance(message.id, tuple) else (message.id,)
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            english.update(w for text in ids for w in _words(text))
            turkish.update(w for text in strings for w in _words(text))
    return english - turkish - ALLOWED


def _words(text: str) -> set[str]:
    text = re.sub(r"\S+\.(csv|zip|xlsx|txt)\b", " ", text)          # file names
    text = CODES.sub(" ", text)                                        # diagnostic codes
    text = re.sub(r"<[^>]+>|&\w+;|%\w+|\{\w+[^}]*\}", " ", text)       # markup, placeholders
    return {w.lower() for w in re.findall(r"[^\W\d_]{3,}", text.replace("&", "")) if w.isascii()}


@pytest.fixture
def turkish():
    apply_language("tr")
    yield
    apply_language("en")


def _texts(widget: QWidget) -> list[str]:
    out = [widget.windowTitle()]
    for action in widget.findChildren(QAction):
        out += [action.text(), action.toolTip(), action.statusTip()]
        if action.menu() is not None:
            out.append(action.menu().title())
    for child in widget.findChildren(QWidget):
        out.append(child.toolTip())
        if isinstance(child, (QLabel, QAbstractButton)):
            out.append(child.text())
    for tree in widget.findChildren(QTreeWidget):
        header = tree.headerItem()
        out += [header.text(i) for i in range(header.columnCount())]
        items = QTreeWidgetItemIterator(tree)
        while items.value():
            item = items.value()
            out += [item.text(0), item.toolTip(0)]
            items += 1
    return out


def test_nothing_is_left_in_english(qtbot, window, tmp_path, monkeypatch, turkish):
    english = _english_words()
    assert {"row", "problems", "save", "the", "open"} <= english   # the detector knows English
    assert _words("Open a file…") & english and not _words("Dosya aç… (Time Stamp, magaza.csv, UTF-8)") & english
    window.retranslate()
    _flush()
    path = tmp_path / "magaza.csv"
    path.write_text(rows_text(SAMPLE_ROWS + [SAMPLE_ROWS[0]]) + "\n\n", encoding="utf-8")
    open_and_wait(qtbot, window, path)
    tree = window.issues.tree
    for i in range(tree.topLevelItemCount()):
        tree.topLevelItem(i).setExpanded(True)
    shown = _texts(window) + [window.statusBar().currentMessage()]
    model = window.model
    for col in range(model.columnCount()):
        shown.append(model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole))
    report = window.session.report
    for i in range(len(report)):
        shown.append(model.tooltip(int(report.rows[i]), int(report.cols[i]) if report.cols[i] >= 0 else None))
    # every dialog the app can show
    boxes: list[str] = []

    def record(box):
        boxes.extend([box.windowTitle(), box.text(), box.informativeText()] + [b.text() for b in box.buttons()])
        return 0
    monkeypatch.setattr(QMessageBox, "exec", record)
    dialogs.ask_date_order(window, "05.06.2024")
    dialogs.ask_blocking(window, 4523)
    shown += boxes + [dialogs.date_question("05.06.2024"), dialogs.date_question("25.13.2024")]
    from offline_gui.gui import fix_actions
    previews: list[str] = []

    def preview(parent, lines, notes):
        from PySide6.QtWidgets import QTableWidget

        from offline_gui.gui.fix_preview import FixPreviewDialog
        dialog = FixPreviewDialog(lines, notes, parent)
        previews.extend(_texts(dialog))
        table = dialog.findChild(QTableWidget)
        previews.extend(table.horizontalHeaderItem(c).text() for c in range(table.columnCount()))
        previews.extend(table.item(r, 0).text() for r in range(table.rowCount()))
        return False
    monkeypatch.setattr(fix_actions, "confirm_fix_all", preview)
    window.fixes.fix_all()
    assert previews
    shown += previews
    from offline_gui.gui.help_dialog import HelpDialog
    from offline_gui.gui.mapping_dialog import MappingDialog
    from offline_gui.gui.save_dialog import SaveDialog
    shown += _texts(SaveDialog(path, True, False, window)) + _texts(MappingDialog(window.session.doc, window))
    shown += _texts(HelpDialog(None, window)) + [pages.index()] + [pages.page(code) for code in CATALOG]
    from offline_gui.gui.upload_dialog import UploadDialog
    from offline_gui.gui.upload_history import UploadHistoryDialog
    from offline_gui.gui.upload_settings import UploadSettingsDialog
    shown += _texts(UploadSettingsDialog(window.settings, window)) + _texts(UploadHistoryDialog(window))
    shown += _texts(UploadDialog(path, window.settings, window))
    for info in CATALOG.values():
        shown += [i18n._(getattr(info, part)) for part in ("title", "message", "rule", "fix")]
    assert len([t for t in shown if t]) > 300
    left = {}
    for text in shown:
        found = _words(text or "") & english
        if found:
            left[text] = sorted(found)
    assert left == {}


def _flush() -> None:
    """Let the menus and actions a language switch replaced be deleted."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _menu_titles(window) -> list[str]:
    return [a.text().replace("&", "") for a in window.menuBar().actions()]


def test_switching_language_relabels_at_once_and_keeps_the_work(qtbot, window, sample):
    open_and_wait(qtbot, window, sample)
    window.session.edit_cell(0, 4, "SKU-NEW")
    qtbot.waitUntil(lambda: window.session.undo_stack.count() == 1)
    doc = window.session.doc
    assert _menu_titles(window) == ["File", "Edit", "View", "Help"]
    window.actions_["lang_tr"].trigger()
    assert _menu_titles(window) == ["Dosya", "Düzen", "Görünüm", "Yardım"]
    assert window.issues.title.text().startswith("Sorunlar: ")
    assert window.issues.tree.headerItem().text(0) == "Sorun türü"
    titles = {window.issues.tree.topLevelItem(i).text(0) for i in range(window.issues.tree.topLevelItemCount())}
    assert "Zorunlu alan boş" in titles
    assert "Kural:" in window.model.tooltip(1, 0)
    assert "Eksik" not in window.model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "olayın zamanı" in window.model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert window.session.doc is doc and window.session.undo_stack.count() == 1
    assert window.session.doc.row(0)[4] == "SKU-NEW"
    assert window.actions_["undo"].isEnabled()
    assert Settings.load().language == "tr"
    window.actions_["undo"].trigger()
    assert window.session.doc.row(0)[4] == "SKU1"
    window.actions_["lang_en"].trigger()
    assert _menu_titles(window) == ["File", "Edit", "View", "Help"]
    assert window.issues.title.text().startswith("Problems: ")
    assert Settings.load().language == "en"


def test_a_turkish_system_starts_turkish_with_qt_s_own_dialogs(qtbot, monkeypatch):
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "tr_TR.UTF-8")
    assert system_language() == "tr"
    apply_language(system_language())
    try:
        from offline_gui.gui.main_window import MainWindow
        window = MainWindow()
        qtbot.addWidget(window)
        assert _menu_titles(window) == ["Dosya", "Düzen", "Görünüm", "Yardım"]
        assert any(Path(f).name == "qtbase_tr.qm" for f in loaded_files())
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "İptal"
    finally:
        apply_language("en")
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert system_language() == "en"


def test_plurals_and_numbers_follow_the_language(qtbot, window, turkish):
    strip = window.strip
    assert strip.count(1, "error") == "1 hata" and strip.count(4523, "error") == "4.523 hata"
    apply_language("en")
    assert strip.count(1, "error") == "1 error" and strip.count(4523, "warning") == "4,523 warnings"


def test_f1_opens_the_help_page_of_the_problem_in_the_cell(qtbot, window, sample, monkeypatch):
    shown: list[str | None] = []
    import offline_gui.gui.help_dialog as help_dialog
    monkeypatch.setattr(help_dialog, "show_help_page", lambda parent, code: shown.append(code))
    open_and_wait(qtbot, window, sample)
    window.table_view.go_to(3, 4)            # the empty product code
    window.actions_["explain"].trigger()
    window.table_view.go_to(0, 4)            # a clean cell: the list of every code
    window.actions_["explain"].trigger()
    assert shown == ["mandatory-missing", None]
    assert window.actions_["explain"].shortcut().toString() == "F1"


def test_help_dialog_follows_its_links(qtbot, turkish):
    from offline_gui.gui.help_dialog import HelpDialog
    dialog = HelpDialog("id-decimal")
    qtbot.addWidget(dialog)
    assert "Sonunda .0 olan müşteri no" in dialog.browser.toPlainText()
    assert "100236.0" in dialog.browser.toPlainText()
    dialog._follow(QUrl("index"))
    assert dialog.code is None and "Sorun kodları" in dialog.browser.toPlainText()
    dialog._follow(QUrl("whitespace"))
    assert dialog.code == "whitespace"


def test_lang_on_the_app_command_line_is_for_this_run():
    from offline_gui.gui.app import _language_argument
    assert _language_argument(["--lang", "tr", "export.csv"]) == (["export.csv"], "tr")
    assert _language_argument(["--lang=en"]) == ([], "en")
    assert _language_argument(["export.csv"]) == (["export.csv"], "")


def test_the_app_starts_in_the_asked_then_remembered_then_system_language():
    from offline_gui.gui.app import app_language
    assert app_language("en", "tr", "tr") == "en"
    assert app_language("", "tr", "en") == "tr"
    assert app_language("", "", "tr") == "tr"
