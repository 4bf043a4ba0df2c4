"""The stakeholder network drawn with pyqtgraph: nodes coloured by category and sized by power,
ties coloured and dashed by type (the palette the brief uses too), labels that stay readable.

Clicking a node selects the stakeholder (``selected`` signal); :meth:`select` highlights one
from outside, so that the table and the map stay in step.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QPen
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.controller import DocumentController
from dialogue.model import Change
from exports.palette import CATEGORY_COLOURS, DEFAULT_CATEGORY_COLOUR, TIE_STYLES
from stakeholder_map.model import TieType

NODE_SIZE_BASE = 12.0
NODE_SIZE_PER_POWER = 6.0


def _pen_for(tie_type: str, strength: int) -> QPen:
    style = TIE_STYLES[tie_type]
    pen = pg.mkPen(QColor(style.colour), width=1.0 + 0.9 * strength)
    if style.dash:
        pen.setStyle(Qt.PenStyle.CustomDashLine)
        pen.setDashPattern([max(0.5, d / 1.5) for d in style.dash])
    return pen


class NetworkView(QWidget):
    """A pannable, zoomable drawing of the stakeholder map."""

    selected = Signal(str)

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.plot = pg.PlotWidget(background="w")
        self.plot.hideAxis("left")
        self.plot.hideAxis("bottom")
        self.plot.setAspectLocked(True)
        self.plot.setMenuEnabled(False)
        self.plot.getViewBox().invertY(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self.nodes = pg.ScatterPlotItem(pxMode=True, hoverable=True)
        self.nodes.sigClicked.connect(self._on_click)
        self._edges: list[pg.GraphicsObject] = []
        self._labels: list[pg.TextItem] = []
        self._ids: list[str] = []
        self.current: str | None = None
        self.legend = pg.LegendItem(offset=(10, 10), labelTextSize="9pt", labelTextColor="#1b2631",
                                    brush=pg.mkBrush(255, 255, 255, 230), pen=pg.mkPen("#aab7c4"))
        self.legend.setParentItem(self.plot.getPlotItem().vb)
        self.redraw()
        controller.changed.connect(self._on_change)
        controller.replaced.connect(self.redraw)

    def _on_change(self, change: Change) -> None:
        if change.collections & {"stakeholders", "ties"}:
            self.redraw()

    def redraw(self) -> None:
        """Draw every tie and stakeholder from the document."""
        plot = self.plot
        for item in self._edges + self._labels:
            plot.removeItem(item)
        plot.removeItem(self.nodes)
        self._edges, self._labels = [], []
        self.legend.clear()
        d = self.controller.dialogue
        people = list(d.stakeholders.values())
        placed = {s.id: (s.x or 0.0, s.y or 0.0) for s in people}
        if any(s.x is None for s in people):
            # Not yet placed: a circle keeps everything visible until a layout is chosen.
            n = max(1, len(people))
            for i, s in enumerate(people):
                if s.x is None or s.y is None:
                    angle = 2 * np.pi * i / n
                    placed[s.id] = (300 * np.cos(angle), 300 * np.sin(angle))
        for tie_type in TieType:
            for strength in (1, 2, 3):
                pts = [placed[e] for t in d.ties.values()
                       if t.type is tie_type and t.strength == strength for e in (t.source, t.target)]
                if not pts:
                    continue
                arr = np.array(pts, dtype=float)
                curve = pg.PlotCurveItem(arr[:, 0], arr[:, 1], connect="pairs",
                                         pen=_pen_for(tie_type.value, strength))
                curve.setZValue(-1)
                plot.addItem(curve)
                self._edges.append(curve)
        self._ids = [s.id for s in people]
        if people:
            xy = np.array([placed[s.id] for s in people], dtype=float)
            brushes = [pg.mkBrush(CATEGORY_COLOURS.get(s.category.value, DEFAULT_CATEGORY_COLOUR)) for s in people]
            sizes = [NODE_SIZE_BASE + NODE_SIZE_PER_POWER * s.power for s in people]
            pens = [pg.mkPen("#d62728", width=3) if s.id == self.current else pg.mkPen("w", width=1.5)
                    for s in people]
            self.nodes.setData(pos=xy, size=sizes, brush=brushes, pen=pens, data=self._ids)
            font = QFont()
            font.setPointSize(9)
            for s, (x, y) in zip(people, xy, strict=True):
                label = pg.TextItem(_short(s.name), color="#1b2631", anchor=(0.5, -0.35))
                label.setFont(font)
                label.setPos(x, y)
                plot.addItem(label)
                self._labels.append(label)
        else:
            self.nodes.setData([])
        plot.addItem(self.nodes)
        self._fill_legend()

    def _fill_legend(self) -> None:
        d = self.controller.dialogue
        used_types = [t for t in TieType if any(tie.type is t for tie in d.ties.values())]
        for t in used_types:
            self.legend.addItem(pg.PlotDataItem(pen=_pen_for(t.value, 2)), t.value.capitalize())

    def _on_click(self, _item: object, points: list, *_args: object) -> None:
        if len(points):
            sid = points[0].data()
            self.select(sid)
            self.selected.emit(sid)

    def select(self, stakeholder_id: str | None) -> None:
        """Highlight one stakeholder (None clears)."""
        if stakeholder_id == self.current:
            return
        self.current = stakeholder_id
        if self._ids:
            pens = [pg.mkPen("#d62728", width=3) if sid == stakeholder_id else pg.mkPen("w", width=1.5)
                    for sid in self._ids]
            self.nodes.setPen(pens)

    def fit(self) -> None:
        """Zoom to show the whole map."""
        self.plot.getViewBox().autoRange(padding=0.12)


def _short(name: str, limit: int = 28) -> str:
    """A label short enough for the map; the full name is in the table and the tooltip."""
    head = name.split(" – ")[0].split(" (")[0]
    return head if len(head) <= limit else head[: limit - 1] + "…"
