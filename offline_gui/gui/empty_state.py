"""What an empty window shows: what to drop, and what the app will do with it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QWidget):
    open_clicked = Signal()
    recent_clicked = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 40, 40, 40)
        zone = QFrame()
        zone.setObjectName("DropZone")
        zone.setFixedWidth(720)
        inner = QVBoxLayout(zone)
        inner.setContentsMargins(40, 36, 40, 36)
        inner.setSpacing(14)
        title = self.title_label = QLabel()
        title.setObjectName("EmptyTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel()
        text.setObjectName("EmptyText")
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = text
        button = self.open_button = QPushButton()
        button.setObjectName("Primary")
        button.clicked.connect(self.open_clicked)
        inner.addWidget(title)
        inner.addWidget(text)
        inner.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.recent_box = QVBoxLayout()
        self.recent_box.setSpacing(2)
        inner.addLayout(self.recent_box)
        outer.addStretch(1)
        outer.addWidget(zone, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(1)
        self._recent: list[str] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("Drop your store export here"))
        self.text.setText(self.tr(
            "Drag a .csv, .txt, .xlsx or .zip file from your folder onto this window, or click the button.\n\n"
            "The app checks every row against the offline data upload rules, shows each problem where it is, "
            "fixes the safe ones for you, and saves a new file the platform accepts. "
            "Your original file is never changed."))
        self.open_button.setText(self.tr("Open a file…"))
        self.set_recent(self._recent)
        self.text.setMinimumHeight(self.text.heightForWidth(640) + 8)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        # a wrapped label inside a centred, fixed-width box needs its height set by hand
        self.text.ensurePolished()
        self.text.setMinimumHeight(self.text.heightForWidth(640) + 8)
        super().showEvent(event)

    def set_recent(self, files: list[str]) -> None:
        self._recent = list(files)
        while self.recent_box.count():
            item = self.recent_box.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        if not files:
            return
        label = QLabel(self.tr("Recently opened:"))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.recent_box.addWidget(label)
        for name in files[:4]:
            link = QPushButton(Path(name).name)
            link.setFlat(True)
            link.setToolTip(name)
            link.setCursor(Qt.CursorShape.PointingHandCursor)
            link.clicked.connect(lambda _=False, n=name: self.recent_clicked.emit(n))
            self.recent_box.addWidget(link, 0, Qt.AlignmentFlag.AlignHCenter)
