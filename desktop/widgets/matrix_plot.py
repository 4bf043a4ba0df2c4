"""The feasibility-impact matrix: every option placed by its feasibility score (across) and its
impact score (up), on tinted quadrants: quick wins (high, high), major reforms (low feasibility,
high impact), easy but minor (high feasibility, low impact) and avoid (DOMAIN.md section 4).

Dots are coloured by quadrant and labelled with the option's name where there is room (labels that
would overlap a placed one try the other side, then above and below, then fall back to the
option's rank number). Clicking a dot emits :attr:`MatrixPlot.selected`.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QFont, QFontMetricsF, QPen
from PySide6.QtWidgets import QGraphicsRectItem, QVBoxLayout, QWidget

from desktop.controller import DocumentController
from desktop.models.method_state import view_state
from desktop.models.results_data import matrix_points, method_result
from desktop.widgets.locale_axis import locale_axes
from desktop.widgets.results_refresh import RefreshOnShow
from desktop.widgets.results_style import QUADRANT_COLOUR, QUADRANT_FILL, quadrant_label
from dialogue.decision import MatrixPoint
from mcda.feasibility import Quadrant
from palabre.errors import PalabreError

CUT = 0.5
LABEL_CHARS = 30


class MatrixPlot(QWidget):
    """A scatter of options on the four quadrants; follows the document and the perspective."""

    selected = Signal(str)

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.state = view_state(controller)
        self.points: list[MatrixPoint] = []
        self.current: str | None = None
        self.plot = pg.PlotWidget(background="w", axisItems=locale_axes("left", "bottom"))
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.setXRange(-0.02, 1.02, padding=0)
        self.plot.setYRange(-0.02, 1.02, padding=0)
        self.plot.setLabel("bottom", self.tr("Feasibility score (0 to 1): can it be done?"))
        self.plot.setLabel("left", self.tr("Impact score (0 to 1): what it achieves"))
        for side in ("left", "bottom"):
            self.plot.getAxis(side).setTextPen("#1b2631")
            self.plot.getAxis(side).enableAutoSIPrefix(False)
        self._quadrants()
        self.scatter = pg.ScatterPlotItem(size=15, pen=pg.mkPen("w", width=1.5))
        self.scatter.sigClicked.connect(self._clicked)
        self.plot.addItem(self.scatter)
        self.ring = pg.ScatterPlotItem(size=26, pen=pg.mkPen("#1b2631", width=2), brush=pg.mkBrush(0, 0, 0, 0))
        self.plot.addItem(self.ring)
        self.labels: list[pg.TextItem] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self.refresher = RefreshOnShow(self, self.refresh)
        controller.changed.connect(lambda _c: self.refresher.request())
        controller.replaced.connect(self.refresher.request)
        self.state.method_changed.connect(lambda _m: self.refresher.request())

    def _quadrants(self) -> None:
        spots = {
            Quadrant.MAJOR_REFORM: (0.0, CUT, (0.02, 0.985), (0, 0)),
            Quadrant.QUICK_WIN: (CUT, CUT, (0.98, 0.985), (1, 0)),
            Quadrant.AVOID: (0.0, 0.0, (0.02, 0.015), (0, 1)),
            Quadrant.EASY_MINOR: (CUT, 0.0, (0.98, 0.015), (1, 1)),
        }
        for q, (x, y, (tx, ty), anchor) in spots.items():
            rect = QGraphicsRectItem(QRectF(x, y, CUT, CUT))
            rect.setBrush(QBrush(QUADRANT_FILL[q]))
            rect.setPen(QPen(Qt.PenStyle.NoPen))
            rect.setZValue(-10)
            self.plot.addItem(rect)
            label = pg.TextItem(quadrant_label(q).upper(), color=QUADRANT_COLOUR[q], anchor=anchor)
            font = QFont()
            font.setBold(True)
            font.setPointSize(10)
            font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 108)
            label.setFont(font)
            label.setPos(tx, ty)
            self.plot.addItem(label)
        for pos, angle in ((CUT, 90), (CUT, 0)):
            line = pg.InfiniteLine(pos=pos, angle=angle, pen=pg.mkPen("#95a5a6", width=1, style=Qt.PenStyle.DashLine))
            self.plot.addItem(line)

    def refresh(self) -> None:
        """Place every option again (labels are reused, not rebuilt, so that a slider stays fluid)."""
        try:
            self.points = matrix_points(self.controller)
            result = method_result(self.controller, self.state.method)
            ranks = {o: int(r) for o, r in zip(result.options, result.ranks, strict=True)}
        except PalabreError:
            self.points, ranks = [], {}
        if not self.points:
            self.scatter.setData([])
            self.ring.setData([])
            for label in self.labels:
                label.setVisible(False)
            return
        x = np.array([p.feasibility for p in self.points])
        y = np.array([p.impact for p in self.points])
        brushes = [pg.mkBrush(QUADRANT_COLOUR[p.quadrant]) for p in self.points]
        self.scatter.setData(x=x, y=y, brush=brushes, data=[p.option for p in self.points])
        self._place_labels(ranks)
        self._show_current()

    def _place_labels(self, ranks: dict[str, int]) -> None:
        """Names beside the dots where they fit; rank numbers where they would overlap."""
        vb = self.plot.getViewBox()
        width_px, height_px = max(vb.width(), 300.0), max(vb.height(), 300.0)
        sx, sy = 1.04 / width_px, 1.04 / height_px  # data units per pixel
        font = QFont()
        font.setPointSize(9)
        metrics = QFontMetricsF(font)
        taken: list[QRectF] = [QRectF(p.feasibility - 9 * sx, p.impact - 9 * sy, 18 * sx, 18 * sy)
                               for p in self.points]
        # The quadrant names in the corners.
        corner_w, corner_h = 170 * sx, 22 * sy
        taken += [QRectF(0.0, 1.0 - corner_h, corner_w, corner_h), QRectF(1.0 - corner_w, 1.0 - corner_h,
                                                                          corner_w, corner_h),
                  QRectF(0.0, 0.0, corner_w, corner_h), QRectF(1.0 - corner_w, 0.0, corner_w, corner_h)]
        used = 0
        # Higher-ranked options get their labels placed first.
        for p in sorted(self.points, key=lambda p: ranks.get(p.option, 0)):
            name = p.name if len(p.name) <= LABEL_CHARS else p.name[: LABEL_CHARS - 1] + "…"
            text = f"{ranks.get(p.option, '')}. {name}" if p.option in ranks else name
            w, h = metrics.horizontalAdvance(text) * sx + 8 * sx, metrics.height() * sy
            gap = 10 * sx
            candidates = [
                (QRectF(p.feasibility + gap, p.impact - h / 2, w, h), (0, 0.5), QPointF(p.feasibility + gap, p.impact)),
                (QRectF(p.feasibility - gap - w, p.impact - h / 2, w, h), (1, 0.5),
                 QPointF(p.feasibility - gap, p.impact)),
                (QRectF(p.feasibility - w / 2, p.impact + 9 * sy, w, h), (0.5, 1),
                 QPointF(p.feasibility, p.impact + 9 * sy)),
                (QRectF(p.feasibility - w / 2, p.impact - 9 * sy - h, w, h), (0.5, 0),
                 QPointF(p.feasibility, p.impact - 9 * sy)),
            ]
            spot = next(((r, a, pos) for r, a, pos in candidates
                         if r.left() >= -0.02 and r.right() <= 1.02 and r.top() >= -0.02 and r.bottom() <= 1.02
                         and not any(r.intersects(t) for t in taken)), None)
            if spot is None:
                text = str(ranks.get(p.option, ""))
                w = metrics.horizontalAdvance(text) * sx + 6 * sx
                spot = (QRectF(p.feasibility + gap, p.impact - h / 2, w, h), (0, 0.5),
                        QPointF(p.feasibility + gap * 0.8, p.impact))
            rect, anchor, pos = spot
            taken.append(rect)
            label = self._label(used, font)
            used += 1
            label.setText(text)
            label.setAnchor(anchor)
            label.setPos(pos)
            label.setToolTip(p.name)
            label.setVisible(True)
        for label in self.labels[used:]:
            label.setVisible(False)

    def _label(self, k: int, font: QFont) -> pg.TextItem:
        while len(self.labels) <= k:
            label = pg.TextItem("", color="#1b2631")
            label.setFont(font)
            self.plot.addItem(label)
            self.labels.append(label)
        return self.labels[k]

    def resizeEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
        """Labels are placed in pixels: place them again at the new size."""
        super().resizeEvent(event)  # type: ignore[arg-type]
        if self.points:
            self.refresher.request()

    def _clicked(self, _item: object, spots: list) -> None:
        if spots:
            self.select(spots[0].data())

    def select(self, option_id: str) -> None:
        """Ring an option's dot and say so."""
        self.current = option_id
        self._show_current()
        self.selected.emit(option_id)

    def _show_current(self) -> None:
        p = next((p for p in self.points if p.option == self.current), None)
        self.ring.setData([] if p is None else [{"pos": (p.feasibility, p.impact)}])
