"""Small screens: the window fits the screen's free area, the toolbar drops its
labels before it would hide buttons, and nothing needs a mouse."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtWidgets import QMainWindow, QToolBar

# 1024x700 is the smallest screen clerks use; with 2x scaling a 1400x900 screen
# offers about 700x430 logical pixels, so the window may not insist on more.
MINIMUM = QSize(640, 400)


def fitted(wanted: QRect, available: QRect) -> QRect:
    """`wanted` moved and shrunk so the whole window lies inside `available`."""
    width = min(wanted.width(), available.width())
    height = min(wanted.height(), available.height())
    x = min(max(wanted.x(), available.x()), available.right() - width + 1)
    y = min(max(wanted.y(), available.y()), available.bottom() - height + 1)
    return QRect(x, y, width, height)


def fit_to_screen(window: QMainWindow, available: QRect | None = None) -> None:
    """Keep the (frame of the) window inside the screen's free area (no taskbar overlap)."""
    screen = window.screen()
    if available is None and screen is None:
        return
    area = available if available is not None else screen.availableGeometry()
    window.setMinimumSize(MINIMUM.boundedTo(area.size()))
    frame, geometry = window.frameGeometry(), window.geometry()
    # the title bar and borders sit around geometry(): keep them on screen too
    left, top = max(0, geometry.x() - frame.x()), max(0, geometry.y() - frame.y())
    right, bottom = max(0, frame.right() - geometry.right()), max(0, frame.bottom() - geometry.bottom())
    target = fitted(geometry, area.adjusted(left, top, -right, -bottom))
    if target != window.geometry():
        window.setGeometry(target)


class ToolbarFitter(QObject):
    """Text beside the icons when there is room; icons only (with tooltips) when not,
    so no button disappears into the overflow menu on a 1024-pixel screen."""

    def __init__(self, toolbar: QToolBar, window: QMainWindow) -> None:
        super().__init__(toolbar)
        self.toolbar = toolbar
        self.window = window
        self._wide_width = 0
        window.installEventFilter(self)
        for action in toolbar.actions():   # "Undo" becomes "Undo Edit cell": measure again
            action.changed.connect(self._remeasure)

    def _remeasure(self) -> None:
        self._wide_width = 0
        self.fit()

    def wide_width(self) -> int:
        if not self._wide_width:
            style = self.toolbar.toolButtonStyle()
            self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            self._wide_width = self.toolbar.sizeHint().width()
            self.toolbar.setToolButtonStyle(style)
        return self._wide_width

    def fit(self) -> None:
        wide = self.window.width() >= self.wide_width()
        style = Qt.ToolButtonStyle.ToolButtonTextBesideIcon if wide else Qt.ToolButtonStyle.ToolButtonIconOnly
        if self.toolbar.toolButtonStyle() != style:
            self.toolbar.setToolButtonStyle(style)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if watched is self.window and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.fit()
        return False
