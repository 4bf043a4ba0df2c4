"""The map's legend: categories present, tie types present, the stance marks, size by power.

Always in view (a widget floating over the map's corner), built from the document each time it
changes so it is never wrong, and drawn by one function that the picture export uses too.
Clicking a category or a tie type hides or shows it on the map; the header folds the legend.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from desktop.locale_format import language
from desktop.models.stakeholder_session import MapSession
from desktop.widgets.network_style import (
    fill_colour,
    ink,
    node_radius,
    stance_mark,
    stance_names,
    tie_pen,
    tie_type_label,
)
from stakeholder_map.model import Category, TieType, category_label

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "text")


@dataclass(frozen=True)
class Entry:
    """One line of the legend."""

    kind: str  # "category", "tie", "stance", "power" or "heading"
    key: object
    text: str
    hidden: bool = False
    directed: bool = False


def legend_entries(session: MapSession) -> list[Entry]:
    """What the legend lists for the document and the session's filters, in order."""
    d = session.dialogue
    present = {s.category for s in d.stakeholders.values()}
    types = {t.type for t in d.ties.values()}
    directed = {t.type for t in d.ties.values() if t.directed}
    out: list[Entry] = []
    if present:
        out.append(Entry("heading", None, translate("NetworkLegend", "Who (colour)")))
        out += [Entry("category", c, category_label(c, language()), c in session.hidden_categories)
                for c in Category if c in present]
    if types:
        out.append(Entry("heading", None, translate("NetworkLegend", "Ties (width: strength)")))
        out += [Entry("tie", t, tie_type_label(t.value), t in session.hidden_types, t in directed)
                for t in TieType if t in types]
    option = d.options.get(session.option_id) if session.option_id else None
    if option is not None and d.stakeholders:
        out.append(Entry("heading", None, translate("NetworkLegend", "Position on the option (ring)")))
        out += [Entry("stance", stance, text) for stance, text in stance_names()]
    if d.stakeholders:
        out.append(Entry("power", None, translate("NetworkLegend", "Size: power 1 to 5")))
    return out


@dataclass(frozen=True)
class _Metrics:
    scale: float
    font: QFont
    bold: QFont
    row: float
    swatch: float
    pad: float


def _metrics(scale: float, presentation: bool) -> _Metrics:
    font = QFont()
    font.setPixelSize(max(8, round(11.5 * scale)))
    bold = QFont(font)
    bold.setWeight(QFont.Weight.Bold)
    if presentation:
        font.setWeight(QFont.Weight.DemiBold)
    return _Metrics(scale, font, bold, 17.0 * scale, 30.0 * scale, 8.0 * scale)


def legend_scale(session: MapSession) -> float:
    """The legend grows half as much as the nodes, so that it does not cover the map."""
    return 1.0 + (session.scale - 1.0) * 0.5


def layout_legend(entries: list[Entry], scale: float, presentation: bool,
                  max_height: float) -> tuple[QSize, list[tuple[QRectF, Entry]]]:
    """Rows of the legend in as many columns as ``max_height`` requires; the total size."""
    m = _metrics(scale, presentation)
    fm, fb = QFontMetricsF(m.font), QFontMetricsF(m.bold)
    width = max((fb.horizontalAdvance(e.text) if e.kind == "heading"
                 else m.swatch + 6 * scale + fm.horizontalAdvance(e.text) for e in entries), default=0.0)
    col_w = width + 2 * m.pad
    per_col = max(3, int((max_height - 2 * m.pad) // m.row))
    rows: list[tuple[QRectF, Entry]] = []
    col = row = 0
    for i, e in enumerate(entries):
        # Start a column at a heading rather than leave one at the bottom of the previous one.
        if row >= per_col or (e.kind == "heading" and row and row + 2 > per_col and i):
            col, row = col + 1, 0
        rows.append((QRectF(m.pad + col * col_w, m.pad + row * m.row, width, m.row), e))
        row += 1
    used_rows = per_col if col else row
    size = QSize(int(col_w * (col + 1)), int(2 * m.pad + used_rows * m.row))
    return size, rows


def paint_legend(painter: QPainter, origin: QPointF, entries: list[Entry], scale: float,
                 presentation: bool, max_height: float) -> QSize:
    """Draw the legend with its top-left corner at ``origin``; returns its size."""
    size, rows = layout_legend(entries, scale, presentation, max_height)
    m = _metrics(scale, presentation)
    painter.save()
    painter.translate(origin)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#AAB7C4"), 1))
    painter.setBrush(QColor(255, 255, 255, 238))
    painter.drawRoundedRect(QRectF(0.5, 0.5, size.width() - 1, size.height() - 1), 6, 6)
    text_colour = ink(presentation)
    for rect, e in rows:
        painter.setOpacity(0.35 if e.hidden else 1.0)
        if e.kind == "heading":
            painter.setFont(m.bold)
            painter.setPen(text_colour)
            painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, e.text)
            continue
        swatch = QRectF(rect.left(), rect.top(), m.swatch, rect.height())
        _paint_swatch(painter, swatch, e, scale, presentation)
        painter.setFont(m.font)
        painter.setPen(text_colour)
        text = rect.adjusted(m.swatch + 6 * scale, 0, 0, 0)
        painter.drawText(text, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, e.text)
    painter.restore()
    return size


def _paint_swatch(painter: QPainter, rect: QRectF, e: Entry, scale: float, presentation: bool) -> None:
    c = rect.center()
    if e.kind == "category":
        painter.setPen(QPen(QColor("white"), 1))
        painter.setBrush(fill_colour(str(e.key)))
        painter.drawEllipse(c, 6.5 * scale, 6.5 * scale)
    elif e.kind == "tie":
        pen = tie_pen(str(e.key.value), 2, scale, presentation)  # type: ignore[attr-defined]
        pen.setCosmetic(False)
        painter.setPen(pen)
        y = c.y()
        right = rect.right() - (6 * scale if e.directed else 1)
        painter.drawLine(QPointF(rect.left() + 1, y), QPointF(right, y))
        if e.directed:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(pen.color())
            h = 7 * scale
            tip = QPointF(rect.right(), y)
            painter.drawPolygon([tip, QPointF(tip.x() - h, y - h * 0.55), QPointF(tip.x() - h, y + h * 0.55)])
    elif e.kind == "stance":
        mark = stance_mark(e.key)  # type: ignore[arg-type]
        pen = QPen(mark.colour, 3.2 * scale)
        if mark.dashed:
            pen.setDashPattern([1.2, 1.0])
        painter.setPen(pen)
        painter.setBrush(QColor("#DDE3E8"))
        painter.drawEllipse(QPointF(c.x() - 5 * scale, c.y()), 5.5 * scale, 5.5 * scale)
        font = QFont()
        font.setPixelSize(max(7, round(10 * scale)))
        font.setWeight(QFont.Weight.Black)
        painter.setFont(font)
        painter.setPen(mark.colour.darker(115))
        painter.drawText(QRectF(c.x() + 2 * scale, rect.top(), 14 * scale, rect.height()),
                         Qt.AlignmentFlag.AlignCenter, mark.badge)
    elif e.kind == "power":
        painter.setPen(QPen(QColor("#7F8C8D"), 1))
        painter.setBrush(QColor("#D5DBDF"))
        small, big = node_radius(1, 0.45 * scale), node_radius(5, 0.45 * scale)
        painter.drawEllipse(QPointF(rect.left() + small + 1, c.y()), small, small)
        painter.drawEllipse(QPointF(rect.right() - big, c.y()), big, big)


class LegendWidget(QWidget):
    """The legend floating over the top-left corner of the map."""

    def __init__(self, session: MapSession, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.folded = False
        self.entries: list[Entry] = []
        self._rows: list[tuple[QRectF, Entry]] = []
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(self.tr("Click a category or a tie type to hide or show it; "
                                "click a heading to fold the legend."))
        self.refresh()

    def refresh(self) -> None:
        """Rebuild from the document and the session, and resize."""
        self.entries = legend_entries(self.session)
        limit = max(120.0, (self.parentWidget().height() if self.parentWidget() else 600) - 24.0)
        shown = self.entries if not self.folded else [
            Entry("heading", None, self.tr("Legend ▸ (click to open)"))]
        size, self._rows = layout_legend(shown, legend_scale(self.session), self.session.presentation, limit)
        self.resize(size)
        self.setVisible(bool(self.entries))
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        """Draw with :func:`paint_legend`."""
        painter = QPainter(self)
        shown = self.entries if not self.folded else [self._rows[0][1]] if self._rows else []
        limit = max(120.0, (self.parentWidget().height() if self.parentWidget() else 600) - 24.0)
        paint_legend(painter, QPointF(0, 0), shown, legend_scale(self.session), self.session.presentation, limit)
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        """Toggle the entry under the pointer."""
        pos = event.position()
        for rect, e in self._rows:
            if rect.adjusted(-6, 0, 6, 0).contains(pos):
                if e.kind == "heading":
                    self.folded = not self.folded
                    self.refresh()
                elif e.kind == "category":
                    self.session.set_category_visible(e.key, e.hidden)  # type: ignore[arg-type]
                elif e.kind == "tie":
                    self.session.set_type_visible(e.key, e.hidden)  # type: ignore[arg-type]
                event.accept()
                return
        event.accept()
