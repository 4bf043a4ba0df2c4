"""The ranking as horizontal bars, each split into the contribution of every criterion."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.controller import DocumentController
from mcda.criteria import Group
from palabre.errors import PalabreError

# Feasibility criteria in blues, impact criteria in greens and ochres.
FEASIBILITY_SHADES = ("#1f4e79", "#2e75b6", "#5b9bd5", "#9dc3e6", "#c9ddf0", "#dfeaf6")
IMPACT_SHADES = ("#385723", "#548235", "#a9d18e", "#bf9000", "#ffd966", "#f4e4b0")


class RankingChart(QWidget):
    """Stacked contribution bars, best option at the top."""

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.plot = pg.PlotWidget(background="w")
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.setLabel("bottom", "Overall score (0 to 1)")
        self.plot.getAxis("bottom").enableAutoSIPrefix(False)
        for side in ("left", "bottom"):
            self.plot.getAxis(side).setTextPen("#1b2631")
        self.plot.getViewBox().invertY(True)
        self.legend = self.plot.addLegend(offset=(-10, 10), labelTextSize="9pt", labelTextColor="#1b2631",
                                          brush=pg.mkBrush(255, 255, 255, 235), pen=pg.mkPen("#aab7c4"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self.refresh()
        controller.changed.connect(lambda _c: self.refresh())
        controller.replaced.connect(self.refresh)

    def refresh(self) -> None:
        """Redraw from the current ranking."""
        self.plot.clear()
        self.legend.clear()
        try:
            result = self.controller.analysis.ranking()
        except PalabreError:
            return
        d = self.controller.dialogue
        contrib = result.contributions
        n = len(contrib)
        y = np.arange(n, dtype=float)
        left = np.zeros(n)
        shades = {Group.FEASIBILITY: iter(FEASIBILITY_SHADES * 5), Group.IMPACT: iter(IMPACT_SHADES * 5)}
        for cid in contrib.columns:
            c = d.criteria[cid]
            width = contrib[cid].to_numpy()
            bars = pg.BarGraphItem(x0=left, y=y, width=width, height=0.7,
                                   brush=next(shades[c.group]), pen=pg.mkPen("w", width=0.5),
                                   name=c.name)
            self.plot.addItem(bars)
            left = left + width
        axis = self.plot.getAxis("left")
        axis.setTicks([[(i, _short(d.options[oid].name)) for i, oid in enumerate(contrib.index)]])
        # Room on the right for the legend, so that it never hides a bar.
        self.plot.setXRange(0, max(0.01, float(left.max()) if n else 1.0) * 1.38, padding=0)
        self.plot.setYRange(-0.6, n - 0.4, padding=0)


def _short(name: str, limit: int = 34) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"
