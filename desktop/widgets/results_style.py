"""Small building blocks shared by the decision workspaces: headings, notes, colours."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from mcda.feasibility import Quadrant

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "text")


TEXT = "#1b2631"
MUTED = "#5d6d7e"
WARN = "#c0392b"
GOOD = "#1e8449"
ACCENT = "#2e75b6"
# Quadrants of the feasibility-impact matrix: a light fill and a strong colour for the dot.
QUADRANT_FILL = {
    Quadrant.QUICK_WIN: QColor(198, 233, 197, 110),
    Quadrant.MAJOR_REFORM: QColor(198, 219, 240, 110),
    Quadrant.EASY_MINOR: QColor(252, 236, 180, 110),
    Quadrant.AVOID: QColor(244, 204, 204, 110),
}
QUADRANT_COLOUR = {
    Quadrant.QUICK_WIN: QColor("#2e7d32"),
    Quadrant.MAJOR_REFORM: QColor("#1f5f99"),
    Quadrant.EASY_MINOR: QColor("#a07800"),
    Quadrant.AVOID: QColor("#b03a2e"),
}


def heading(text: str) -> QLabel:
    """A bold section heading (the text is escaped)."""
    label = QLabel(f"<b>{escape(text)}</b>")
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


def note(text: str = "", colour: str = MUTED) -> QLabel:
    """A wrapped explanatory line in a muted colour."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {colour};")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def titled(title: str, widget: QWidget, *notes: QWidget, margins: int = 0) -> QWidget:
    """A heading, optional notes, then the widget taking the rest of the height."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(margins, margins, margins, margins)
    layout.addWidget(heading(title))
    for n in notes:
        layout.addWidget(n)
    layout.addWidget(widget, 1)
    return box


def separator() -> QFrame:
    """A thin horizontal line."""
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setStyleSheet("color: #d5dbe1;")
    return line


def quadrant_label(q: Quadrant) -> str:
    """The quadrant's name as the window shows it."""
    return {
        Quadrant.QUICK_WIN: translate("Quadrant", "Quick win"),
        Quadrant.MAJOR_REFORM: translate("Quadrant", "Major reform"),
        Quadrant.EASY_MINOR: translate("Quadrant", "Easy but minor"),
        Quadrant.AVOID: translate("Quadrant", "Avoid"),
    }[q]
