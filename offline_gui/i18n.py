"""The user's language for the whole core: translated texts, numbers, dates, casing.

Qt-free on purpose: the command line and the core translate without PySide6.
English texts stay where they are written (catalog.py, the readers, the CLI) and
are the gettext message ids; the Turkish lives in
`offline_gui/locale/tr/LC_MESSAGES/offline_gui.po`, compiled to `.mo` (see
docs/translating.md). A text with no translation shows in English, and a test
lists every such text, so a sentence someone adds later is caught.

Only two languages exist (English, Turkish), so numbers and dates are formatted
here from two small tables rather than through a locale database; a test checks
them against Babel's CLDR data.
"""

from __future__ import annotations

import datetime as _dt
import gettext
import os
from collections.abc import Mapping
from pathlib import Path

DOMAIN = "offline_gui"
LOCALE_DIR = Path(__file__).with_name("locale")
LANGUAGES: tuple[str, ...] = ("en", "tr")
NAMES = {"en": "English", "tr": "Türkçe"}   # each language named in itself, for menus

# thousands separator, decimal separator, date layout (strftime)
_FORMATS = {"en": (",", ".", "%Y-%m-%d"), "tr": (".", ",", "%d.%m.%Y")}

_language = "en"
_translations: gettext.NullTranslations = gettext.NullTranslations()


def normalize(tag: str | None) -> str | None:
    """'tr_TR.UTF-8', 'tr-TR', 'Turkish_Turkey.1254' -> 'tr'; 'C' / 'POSIX' -> 'en'; unknown -> None."""
    if not tag:
        return None
    tag = tag.strip().split(".")[0].split("@")[0].replace("-", "_").lower()
    if tag in ("c", "posix"):
        return "en"
    if tag.startswith("turkish"):      # Windows names its locales in words
        return "tr"
    base = tag.split("_")[0]
    return base if base in LANGUAGES else None


def from_environment(environ: Mapping[str, str] | None = None) -> str | None:
    """The language gettext would choose: LANGUAGE, then LC_ALL, LC_MESSAGES, LANG.

    LANGUAGE may list several languages (`tr:en`); the first one we have wins.
    A locale we have no texts for (de_DE) means English; None when nothing is set
    (Windows, macOS apps): then the caller asks the operating system.
    """
    env = os.environ if environ is None else environ
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if not value:
            continue
        for part in value.split(":"):
            lang = normalize(part)
            if lang is not None:
                return lang
        if name != "LANGUAGE":
            return "en"
    return None


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """The environment's language, else the operating system's locale ('Turkish_Turkey' on Windows)."""
    lang = from_environment(environ)
    if lang is None:
        import locale
        lang = normalize(locale.getlocale()[0])
    return lang or "en"


def set_language(lang: str) -> str:
    """Make `lang` the language of every text rendered from now on; returns it."""
    global _language, _translations
    lang = lang if lang in LANGUAGES else "en"
    if lang == "en":
        _translations = gettext.NullTranslations()
    else:
        _translations = gettext.translation(DOMAIN, LOCALE_DIR, languages=[lang], fallback=True)
    _language = lang
    return lang


def language() -> str:
    return _language


def _(message: str) -> str:
    """The message in the current language (English when it has no translation)."""
    return _translations.gettext(message) if message else message


def ngettext(singular: str, plural: str, n: int) -> str:
    return _translations.ngettext(singular, plural, n)


def N_(message: str) -> str:  # noqa: N802 - the gettext convention
    """Marks a text for extraction where it is defined; it is translated where it is shown."""
    return message


class Text:
    """A text translated when it is shown, not when it is made.

    Findings are computed once but shown again after the user switches language,
    so the parts of a message the core composes (e.g. column moves) are kept as
    Text and rendered in the language of the moment. Picklable, for worker processes.
    """

    __slots__ = ("message", "params")

    def __init__(self, message: str, **params: object) -> None:
        self.message, self.params = message, params

    def __str__(self) -> str:
        return _(self.message).format_map({k: str(v) for k, v in self.params.items()})

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, str):          # tests and callers may compare with the shown text
            return str(self) == other
        return isinstance(other, Text) and (self.message, self.params) == (other.message, other.params)

    def __hash__(self) -> int:
        return hash(self.message)

    def __repr__(self) -> str:
        return f"Text({self.message!r}, {self.params!r})"

    def __getstate__(self):
        return self.message, self.params

    def __setstate__(self, state) -> None:
        self.message, self.params = state


class Join:
    """Several Text parts joined with a separator (translated) and an optional tail."""

    __slots__ = ("parts", "sep", "tail")

    def __init__(self, parts: list[object], sep: str = "; ", tail: str = "") -> None:
        self.parts, self.sep, self.tail = list(parts), sep, tail

    def __str__(self) -> str:
        return self.sep.join(str(p) for p in self.parts) + self.tail

    def __eq__(self, other: object) -> bool:
        if isinstance(other, str):
            return str(self) == other
        return isinstance(other, Join) and (self.parts, self.sep, self.tail) == (other.parts, other.sep, other.tail)

    def __hash__(self) -> int:
        return hash(self.sep)

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)

    def __getstate__(self):
        return self.parts, self.sep, self.tail

    def __setstate__(self, state) -> None:
        self.parts, self.sep, self.tail = state


# ---- numbers and dates ---------------------------------------------------------------

def number(value: float | int, decimals: int | None = None) -> str:
    """4523 -> '4.523' in Turkish, '4,523' in English; decimals as asked (or as given)."""
    thousands, point, _date = _FORMATS[_language]
    text = f"{value:,}" if decimals is None else f"{value:,.{decimals}f}"
    return text.translate(str.maketrans({",": thousands, ".": point}))


def date(value: _dt.date | str) -> str:
    """A date (or an ISO 'YYYY-MM-DD…' text) as the user writes it: 25.05.2024 / 2024-05-25."""
    if isinstance(value, str):
        try:
            value = _dt.date.fromisoformat(value[:10])
        except ValueError:
            return value
    return value.strftime(_FORMATS[_language][2])


def date_time(value: str) -> str:
    """'2024-05-25 14:03:00' -> '25.05.2024 14:03:00' in Turkish; unchanged text otherwise."""
    return date(value[:10]) + value[10:]


# ---- casing ------------------------------------------------------------------------------

def upper(text: str) -> str:
    """Upper case in the current language: Turkish 'i' -> 'İ', 'ı' -> 'I' (str.upper gets 'i' wrong)."""
    if _language == "tr":
        text = text.replace("i", "İ").replace("ı", "I")
    return text.upper()


def lower(text: str) -> str:
    """Lower case in the current language: Turkish 'I' -> 'ı', 'İ' -> 'i' (str.lower gives 'i̇')."""
    if _language == "tr":
        text = text.replace("I", "ı").replace("İ", "i")
    return text.lower()


def capitalize(text: str) -> str:
    return upper(text[:1]) + text[1:]
