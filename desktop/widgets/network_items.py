"""The graphics items of the network map: a stakeholder's node and its label.

Both ignore the view's zoom (sizes in pixels) and cache their drawing as a small pixmap, so that
zooming and panning only move pictures around: 300 nodes with labels then cost a few
milliseconds a frame instead of tens (see benchmarks/bench_network_view.py).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from desktop.widgets.network_style import (
    SELECTION_COLOUR,
    StanceMark,
    fill_colour,
    ink,
    label_font,
    node_radius,
    stance_mark,
)

_CACHE = QGraphicsItem.CacheMode.DeviceCoordinateCache
_FLAG = QGraphicsItem.GraphicsItemFlag


class NodeItem(QGraphicsItem):
    """A stakeholder: filled by category, sized by power, ringed by its stance on the option."""

    def __init__(self, stakeholder_id: str) -> None:
        super().__init__()
        self.sid = stakeholder_id
        self.setFlag(_FLAG.ItemIgnoresTransformations)
        self.setFlag(_FLAG.ItemIsSelectable)
        self.setCacheMode(_CACHE)
        self.setAcceptHoverEvents(True)
        self.setZValue(10)
        self.radius = node_radius(3)
        self.scale = 1.0
        self.presentation = False
        self.fill = QColor("#888888")
        self.mark: StanceMark = stance_mark(None)
        self.show_mark = True
        self.label = LabelItem(self)

    def style(self, category: str, power: int, stance: int | None, scale: float,
              presentation: bool, show_mark: bool = True) -> None:
        """Set what the node shows; repaints only when something changed."""
        radius = node_radius(power, scale)
        new = (fill_colour(category).name(), radius, stance_mark(stance), scale, presentation, show_mark)
        old = (self.fill.name(), self.radius, self.mark, self.scale, self.presentation, self.show_mark)
        if new == old:
            return
        self.prepareGeometryChange()
        self.fill, self.radius, self.mark = QColor(new[0]), radius, new[2]
        self.scale, self.presentation, self.show_mark = scale, presentation, show_mark
        self.update()

    @property
    def ring_width(self) -> float:
        """Width of the stance ring in pixels."""
        return 4.0 * self.scale

    @property
    def outer(self) -> float:
        """Radius of the node including its ring (what labels must keep clear of)."""
        return self.radius + self.ring_width

    def _badge_centre(self) -> QPointF:
        d = self.outer * 0.72
        return QPointF(d, -d)

    def _badge_radius(self) -> float:
        return 7.5 * self.scale

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        """The node, its ring, the selection halo and the badge."""
        r = self.outer + 5.0 * self.scale
        rect = QRectF(-r, -r, 2 * r, 2 * r)
        b = self._badge_centre()
        br = self._badge_radius() + 1.5
        return rect.united(QRectF(b.x() - br, b.y() - br, 2 * br, 2 * br))

    def shape(self) -> QPainterPath:
        """Clicks count inside the ring."""
        path = QPainterPath()
        path.addEllipse(QPointF(0, 0), self.outer, self.outer)
        return path

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: object) -> object:  # noqa: N802
        """Repaint the cached picture when the selection changes."""
        if change == QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged:
            self.update()
        return super().itemChange(change, value)

    def paint(self, painter: QPainter, _option: QStyleOptionGraphicsItem, _widget: QWidget | None = None) -> None:
        """Selection halo, stance ring, category fill, badge."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        outline = ink(self.presentation)
        if self.isSelected():
            painter.setPen(QPen(QColor(SELECTION_COLOUR), 3.5 * self.scale))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            halo = self.outer + 3.0 * self.scale
            painter.drawEllipse(QPointF(0, 0), halo, halo)
        ring_mid = self.radius + self.ring_width / 2
        if self.show_mark:
            pen = QPen(self.mark.colour, self.ring_width)
            if self.mark.dashed:
                pen.setDashPattern([1.2, 1.0])
            painter.setPen(pen)
            painter.setBrush(QColor("white"))
            painter.drawEllipse(QPointF(0, 0), ring_mid, ring_mid)
        edge = QPen(outline if self.presentation else QColor("white"), 1.4 * self.scale)
        painter.setPen(edge)
        painter.setBrush(QBrush(self.fill))
        painter.drawEllipse(QPointF(0, 0), self.radius, self.radius)
        if self.show_mark and self.mark.badge:
            self._paint_badge(painter)

    def _paint_badge(self, painter: QPainter) -> None:
        centre, r = self._badge_centre(), self._badge_radius()
        painter.setPen(QPen(QColor("white"), 1.2 * self.scale))
        painter.setBrush(self.mark.colour)
        painter.drawEllipse(centre, r, r)
        font = QFont()
        font.setPixelSize(max(7, round(11 * self.scale)))
        font.setWeight(QFont.Weight.Black)
        painter.setFont(font)
        # White on the dark (strong) stances, black on the light ones, for contrast.
        painter.setPen(QColor("white") if self.mark.badge in ("++", "−−") else ink(True))
        text_rect = QRectF(centre.x() - 2 * r, centre.y() - r, 4 * r, 2 * r)
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignCenter, self.mark.badge)


class LabelItem(QGraphicsItem):
    """A stakeholder's name on one or two lines, on a light background that keeps it legible over
    ties; placed by :mod:`desktop.widgets.network_labels`."""

    def __init__(self, parent: NodeItem) -> None:
        super().__init__(parent)
        self.setCacheMode(_CACHE)
        self.setZValue(20)
        self.lines: list[str] = []
        self.font = label_font()
        self.presentation = False
        self.size = (0.0, 0.0)
        self.emphasis = False

    def set_text(self, lines: list[str], font: QFont, presentation: bool) -> None:
        """Set the lines and the font; size is measured here."""
        if lines == self.lines and font == self.font and presentation == self.presentation:
            return
        self.prepareGeometryChange()
        self.lines, self.font, self.presentation = lines, QFont(font), presentation
        metrics = QFontMetricsF(self.font)
        width = max((metrics.horizontalAdvance(line) for line in lines), default=0.0)
        self.size = (width + 8.0, metrics.height() * len(lines) + 3.0)
        self.update()

    def set_emphasis(self, on: bool) -> None:
        """Bold frame for the selected stakeholder's label."""
        if on != self.emphasis:
            self.emphasis = on
            self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        """The text box."""
        return QRectF(0, 0, self.size[0], self.size[1])

    def paint(self, painter: QPainter, _option: QStyleOptionGraphicsItem, _widget: QWidget | None = None) -> None:
        """Background, then the centred lines."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.boundingRect()
        alpha = 240 if self.presentation else 215
        painter.setPen(QPen(QColor(SELECTION_COLOUR), 1.5) if self.emphasis else Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, alpha))
        painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
        painter.setFont(self.font)
        painter.setPen(ink(self.presentation))
        metrics = QFontMetricsF(self.font)
        y = 1.5
        for line in self.lines:
            painter.drawText(QRectF(0, y, rect.width(), metrics.height()), Qt.AlignmentFlag.AlignCenter, line)
            y += metrics.height()


def wrap_label(text: str, metrics: QFontMetricsF, max_width: float) -> list[str]:
    """Break a label into at most two lines no wider than ``max_width`` (the second elided)."""
    if metrics.horizontalAdvance(text) <= max_width:
        return [text]
    words = text.split()
    first = ""
    for i, word in enumerate(words):
        trial = f"{first} {word}".strip()
        if metrics.horizontalAdvance(trial) > max_width and first:
            rest = " ".join(words[i:])
            return [first, metrics.elidedText(rest, Qt.TextElideMode.ElideRight, max_width)]
        first = trial
    return [metrics.elidedText(text, Qt.TextElideMode.ElideRight, max_width)]
