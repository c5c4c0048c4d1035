"""The app's language: Qt translators (ours and Qt's own), the core's texts, QLocale.

Switching installs new translators at run time; the main window then re-labels
itself (MainWindow.retranslate), so the open file and the undo history stay.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from .. import i18n

_installed: list[QTranslator] = []
_QT_LOCALES = {"en": QLocale.Language.English, "tr": QLocale.Language.Turkish}
_QT_COUNTRIES = {"en": QLocale.Country.UnitedStates, "tr": QLocale.Country.Turkey}


def system_language() -> str:
    """The environment's language (LANGUAGE, LC_ALL, …), else the desktop's UI language."""
    lang = i18n.from_environment()
    if lang is not None:
        return lang
    for tag in QLocale.system().uiLanguages():
        lang = i18n.normalize(tag)
        if lang is not None:
            return lang
    return "en"


def apply_language(lang: str) -> str:
    """Load `lang` for Qt and for the core; returns the language actually in use."""
    lang = i18n.set_language(lang)
    app = QCoreApplication.instance()
    for old in _installed:
        if app is not None:
            app.removeTranslator(old)
    _installed.clear()
    # our texts (English has a file too: it holds the plural forms of "%n rows"), then Qt's own dialogs
    files = [(f"offline_gui_{lang}", str(i18n.LOCALE_DIR))]
    if lang != "en":
        files.append((f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)))
    for name, folder in files:
        translator = QTranslator()
        if translator.load(name, folder) and app is not None:
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(QLocale(_QT_LOCALES[lang], _QT_COUNTRIES[lang]))
    return lang


def loaded_files() -> list[str]:
    return [t.filePath() for t in _installed]


def ensure_loaded() -> None:
    """A window made without app.run (tests, tools) still gets the English plural forms."""
    if not _installed:
        apply_language(i18n.language())
