"""Small questions to the user, each one function so tests can answer them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

Button = QMessageBox.StandardButton


# Plain functions, not a QObject: each text names its context ("Dialogs") so that
# pyside6-lupdate extracts it under the context looked up at run time.
translate = QCoreApplication.translate


def pick_choice(parent: QWidget, reason: str, choices: tuple[str, ...]) -> str | None:
    """Which file of a zip, or which sheet of a workbook."""
    choice, ok = QInputDialog.getItem(parent, translate("Dialogs", "Which one?"),
                                      reason + "\n\n" + translate("Dialogs", "Open this one:"),
                                      list(choices), 0, False)
    return choice if ok and choice else None


def confirm_discard(parent: QWidget) -> bool:
    """True when the user agrees to lose the changes not yet saved for upload."""
    answer = QMessageBox.question(
        parent, translate("Dialogs", "Unsaved changes"),
        translate("Dialogs", "You have changes that are not saved for upload yet.\n\nDiscard them?"),
        Button.Discard | Button.Cancel, Button.Cancel)
    return answer == Button.Discard


def ask_date_order(parent: QWidget, example: str) -> str | None:
    """'dmy', 'mdy' or None (not now), asked with the user's own example."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("Dialogs", "Day or month first?"))
    box.setText(translate("Dialogs", "Some dates in this file could be read two ways, for example {value}.")
                .format(value=example))
    box.setInformativeText(date_question(example))
    day = box.addButton(translate("Dialogs", "Day first (31.12.2024)"), QMessageBox.ButtonRole.AcceptRole)
    month = box.addButton(translate("Dialogs", "Month first (12/31/2024)"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("Dialogs", "Not now"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is day:
        return "dmy"
    if box.clickedButton() is month:
        return "mdy"
    return None


def _ordinal(n: int) -> str:
    """English ordinals (5th); the Turkish question uses plain numbers ('5 Haziran')."""
    return f"{n}th" if 10 <= n % 100 <= 20 else f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _month(n: int) -> str:
    """The month's name in the app's language (Qt's locale data: 'Haziran', 'June')."""
    return QLocale().standaloneMonthName(n, QLocale.FormatType.LongFormat)


def date_question(example: str) -> str:
    """'Is 05.06.2024 the 5th of June (day first) or May 6th (month first)?'"""
    import re
    numbers = [int(n) for n in re.findall(r"\d+", example)[:2]]
    if len(numbers) == 2 and all(1 <= n <= 12 for n in numbers):
        a, b = numbers
        # {day}/{day2} are English ordinals, {day_n}/{day2_n} the plain numbers other languages use
        return translate("Dialogs", "Is {value} the {day} of {month} (day first) or {month2} {day2} (month first)?"
                         ).format(value=example, day=_ordinal(a), month=_month(b), month2=_month(a),
                                  day2=_ordinal(b), day_n=a, day2_n=b)
    return translate("Dialogs", "In {value}, which number is the day? In Turkey and most of Europe the day "
                     "comes first; in the USA the month comes first.").format(value=example)


def confirm_encoding_lines(parent: QWidget, encoding: str, count: int) -> bool:
    answer = QMessageBox.question(
        parent, translate("Dialogs", "Lines in another encoding"),
        translate("Dialogs", "{count} lines are not UTF-8. They read correctly as {encoding}.\n\n"
           "Read them as {encoding} and save them as UTF-8? Check a few of them first: "
           "Turkish letters (ş, ğ, ı) should look right.").format(count=count, encoding=encoding),
        Button.Yes | Button.No, Button.No)
    return answer == Button.Yes


def confirm_midnight(parent: QWidget, example: str) -> bool:
    """Dates without a time of day: True = write them at midnight (00:00:00)."""
    answer = QMessageBox.question(
        parent, translate("Dialogs", "Dates without a time"),
        translate("Dialogs", "Some time stamps have no time of day, for example {value}.\n\n"
                  "Write them at midnight (00:00:00)? Only do this if the till really records no time: "
                  "the platform orders a customer's events by time.").format(value=example),
        Button.Yes | Button.No, Button.No)
    return answer == Button.Yes


def ask_blocking(parent: QWidget, count: int) -> bool:
    """Rows still have errors: True = save the valid rows and a file of rejected ones."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("Dialogs", "Some rows still have errors"))
    box.setText(translate("Dialogs", "%Ln rows still have errors the platform would refuse.", "", count))
    box.setInformativeText(translate("Dialogs", "You can go back and fix them, or save only the valid rows now. "
                              "The rejected rows go to a separate file, with the reason for each."))
    back = box.addButton(translate("Dialogs", "Go back and fix"), QMessageBox.ButtonRole.RejectRole)
    drop = box.addButton(translate("Dialogs", "Save valid rows only"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(back)
    box.exec()
    return box.clickedButton() is drop


def show_error(parent: QWidget, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def show_crash(parent: QWidget | None, log_file: str) -> None:
    QMessageBox.critical(
        parent, translate("Dialogs", "Something went wrong"),
        translate("Dialogs", "Sorry, something went wrong inside the app. Your file and your changes are still "
                  "open.\n\nThe details were written to:\n{log}\n\nPlease send that file to support.")
        .format(log=log_file))
