"""Helpers for the GUI tests: drop a file like a user, wait for the check."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication


def drop(widget, path: Path) -> None:
    """Drag a file from the desktop and drop it on the widget, as a user would."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    point = QPointF(widget.width() / 2, widget.height() / 2)
    try:  # Qt 6.12 takes a QPointF (the QPoint overload is deprecated); 6.11 only a QPoint
        enter = QDragEnterEvent(point, Qt.DropAction.CopyAction, mime,
                                Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    except TypeError:
        point = QPoint(widget.width() // 2, widget.height() // 2)
        enter = QDragEnterEvent(point, Qt.DropAction.CopyAction, mime,
                                Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    event = QDropEvent(point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


def open_and_wait(qtbot, window, path: Path, by_drop: bool = True) -> None:
    with qtbot.waitSignal(window.validated, timeout=15000):
        if by_drop:
            drop(window, path)
        else:
            window.open_path(str(path))
