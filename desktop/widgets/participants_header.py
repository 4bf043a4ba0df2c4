"""A horizontal header whose labels are written upwards, so that a heat map with many criteria keeps
narrow columns and every criterion's full name (up to two lines) stays readable."""

from __future__ import annotations

import textwrap

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QWidget

WRAP = 18
MAX_LINES = 2


class RotatedHeader(QHeaderView):
    """Labels turned 90 degrees, read from bottom to top, wrapped on two lines at most."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(True)
        self.setHighlightSections(True)

    def _lines(self, section: int) -> list[str]:
        model = self.model()
        if model is None:
            return []
        text = str(model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) or "")
        lines = textwrap.wrap(text, WRAP) or [""]
        if len(lines) > MAX_LINES:
            lines = [*lines[: MAX_LINES - 1], textwrap.shorten(" ".join(lines[MAX_LINES - 1:]), WRAP, placeholder="…")]
        return lines

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Tall enough for the longest label."""
        metrics = QFontMetrics(self.font())
        model = self.model()
        count = model.columnCount(QModelIndex()) if model is not None else 0
        longest = max((metrics.horizontalAdvance(line) for s in range(count) for line in self._lines(s)),
                      default=40)
        return QSize(super().sizeHint().width(), longest + 16)

    def paintSection(self, painter: QPainter, rect: QRect, section: int) -> None:  # noqa: N802
        """The usual header background, then the label written upwards."""
        if not rect.isValid():
            return
        option = QStyleOptionHeader()
        self.initStyleOption(option)
        option.rect = rect
        option.section = section
        option.text = ""
        painter.save()
        self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        painter.restore()
        lines = self._lines(section)
        metrics = QFontMetrics(self.font())
        painter.save()
        painter.setClipRect(rect)
        painter.translate(rect.left() + rect.width() / 2, rect.bottom() - 6)
        painter.rotate(-90)
        height = metrics.height() * len(lines)
        text_rect = QRect(0, int(-height / 2), rect.height() - 10, height)
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         "\n".join(lines))
        painter.restore()
