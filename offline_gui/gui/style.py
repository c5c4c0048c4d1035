"""Colours and drawn icons for severities: colour plus a shape, so colour-blind users see it."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

from ..catalog import Severity

BACKGROUND = {Severity.ERROR: QColor("#fbd5d3"), Severity.WARNING: QColor("#fdebb8"),
              Severity.INFO: QColor("#dbe9fb")}
STRONG = {Severity.ERROR: QColor("#c62828"), Severity.WARNING: QColor("#b26a00"),
          Severity.INFO: QColor("#1e63b5")}
OK_COLOUR = QColor("#2e7d32")
RANK = {Severity.ERROR: 2, Severity.WARNING: 1, Severity.INFO: 0}

STYLE_SHEET = """
QFrame#SummaryStrip { background: #f6f7f9; border-bottom: 1px solid #d9dce1; }
QLabel#Headline { font-size: 15px; font-weight: 600; }
QLabel#Chip { background: white; border: 1px solid #d0d4da; border-radius: 10px; padding: 3px 9px; }
QLabel#Chip[severity="error"] { background: #fdecea; border-color: #e8a19b; }
QLabel#Chip[severity="warning"] { background: #fff6dd; border-color: #e7c46b; }
QLabel#Chip[severity="fixed"] { background: #e7f0fc; border-color: #9fbce6; }
QLabel#Chip[severity="ok"] { background: #e8f5e9; border-color: #9ccc9f; }
QLabel#EmptyTitle { font-size: 22px; font-weight: 600; color: #2b2f36; }
QLabel#EmptyText { font-size: 14px; color: #4a505a; }
QFrame#DropZone { border: 2px dashed #9aa3ae; border-radius: 14px; background: #fafbfc; }
QPushButton#Primary { background: #1e63b5; color: white; border: none; border-radius: 5px;
                      padding: 6px 14px; font-weight: 600; }
QPushButton#Primary:disabled { background: #9db6d6; }
QPushButton#Primary:hover { background: #174f92; }
QLabel#PanelTitle { font-weight: 600; padding: 4px 2px; }
QFrame#MemoryBar { background: #eef4fc; border-bottom: 1px solid #b9cdea; }
QLabel#Hint { color: #4a505a; padding: 6px 2px; }
"""


@cache
def severity_pixmap(severity: Severity, size: int = 16) -> QPixmap:
    """A red disc with '!', an amber triangle with '!', or a blue disc with 'i'."""
    pix = QPixmap(size * 2, size * 2)
    pix.setDevicePixelRatio(2.0)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = STRONG[severity]
    p.setPen(QPen(colour.darker(120), 1))
    p.setBrush(QBrush(colour))
    s = float(size)
    if severity is Severity.WARNING:
        path = QPainterPath()
        path.addPolygon(QPolygonF([QPointF(s / 2, 1), QPointF(s - 1, s - 1.5), QPointF(1, s - 1.5)]))
        path.closeSubpath()
        p.drawPath(path)
        text_rect = QRectF(0, s * 0.22, s, s * 0.78)
    elif severity is Severity.ERROR:
        # an octagon-ish stop sign: a different outline from the info disc
        p.drawRoundedRect(QRectF(1, 1, s - 2, s - 2), 3, 3)
        text_rect = QRectF(0, 0, s, s)
    else:
        p.drawEllipse(QRectF(1, 1, s - 2, s - 2))
        text_rect = QRectF(0, 0, s, s)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(int(s * 0.7))
    p.setFont(font)
    p.setPen(QColor("white"))
    p.drawText(text_rect, Qt.AlignmentFlag.AlignCenter, "i" if severity is Severity.INFO else "!")
    p.end()
    return pix


@cache
def severity_icon(severity: Severity) -> QIcon:
    return QIcon(severity_pixmap(severity))


@cache
def ok_icon(size: int = 16) -> QIcon:
    pix = QPixmap(size * 2, size * 2)
    pix.setDevicePixelRatio(2.0)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(OK_COLOUR)
    p.drawEllipse(QRectF(1, 1, size - 2, size - 2))
    p.setPen(QPen(QColor("white"), 2))
    p.drawPolyline(QPolygonF([QPointF(size * 0.28, size * 0.52), QPointF(size * 0.45, size * 0.68),
                              QPointF(size * 0.73, size * 0.34)]))
    p.end()
    return QIcon(pix)


def worst(severities) -> Severity | None:
    best = None
    for sev in severities:
        if best is None or RANK[sev] > RANK[best]:
            best = sev
    return best
