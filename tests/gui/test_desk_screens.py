"""Small screens (issue 10, fault 8): the window fits, the toolbar keeps every button,
every action is reachable from the keyboard through the menus."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QToolBar

from offline_gui.gui.fit_screen import fit_to_screen, fitted
from offline_gui.gui.main_window import MainWindow
from offline_gui.settings import Settings


def menu_actions(window) -> set:
    found, todo = set(), [m.menu() for m in window.menuBar().actions() if m.menu()]
    while todo:
        menu = todo.pop()
        for action in menu.actions():
            if action.menu():
                todo.append(action.menu())
            elif not action.isSeparator():
                found.add(action)
    return found


def test_a_window_saved_on_a_big_screen_fits_a_scaled_small_one(qtbot):
    big = MainWindow()
    qtbot.addWidget(big)
    big.setGeometry(50, 60, 1800, 1100)
    settings = Settings.load()
    settings.window_geometry = bytes(big.saveGeometry().toBase64()).decode()
    window = MainWindow(settings)
    qtbot.addWidget(window)
    scaled = QRect(0, 0, 700, 420)     # 1400x900 at 2x, less the taskbar
    window.show()
    fit_to_screen(window, scaled)
    assert scaled.contains(window.geometry()) and window.frameGeometry().width() <= 700
    assert window.minimumWidth() <= 700 and window.minimumHeight() <= 420
    toolbar = window.findChild(QToolBar, "MainToolbar")
    qtbot.waitUntil(lambda: toolbar.widgetForAction(window.actions_["save"]).isVisible())


def test_fitting_moves_and_shrinks_only_what_sticks_out():
    screen = QRect(0, 0, 1024, 700)
    assert fitted(QRect(10, 10, 800, 500), screen) == QRect(10, 10, 800, 500)
    assert fitted(QRect(900, 600, 800, 500), screen) == QRect(224, 200, 800, 500)
    assert fitted(QRect(-50, -20, 1360, 820), screen) == screen


def test_at_1024x700_every_toolbar_button_shows_and_is_in_a_menu(qtbot, window):
    window.resize(1024, 700)
    qtbot.waitExposed(window)
    toolbar = window.findChild(QToolBar, "MainToolbar")
    qtbot.waitUntil(lambda: all(toolbar.widgetForAction(a).isVisible()
                                for a in toolbar.actions() if not a.isSeparator()))
    assert toolbar.geometry().right() <= window.width()
    menus = menu_actions(window)
    assert {a for a in toolbar.actions() if not a.isSeparator()} <= menus
    for top in window.menuBar().actions():     # Alt+letter opens every menu
        assert "&" in top.text()
    window.resize(1500, 800)
    qtbot.waitUntil(lambda: toolbar.widgetForAction(window.actions_["save"]).text() != "")
