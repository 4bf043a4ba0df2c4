"""Rankings side by side as a bump chart: one column per perspective, rank 1 at the top, a line
per option. Options in the consensus top three are drawn in colour and named; the others in grey."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QVBoxLayout, QWidget

from mcda.perspectives import PerspectivesResult

COLOURS = ("#1f4e79", "#1e8449", "#b7950b", "#7d3c98", "#c0392b")
OTHERS = "#ccd3da"
HIGHLIGHT = 3


class PerspectivesChart(QWidget):
    """A bump chart of ranks across perspectives."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = pg.PlotWidget(background="w")
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.getViewBox().invertY(True)
        for side in ("left", "bottom"):
            self.plot.getAxis(side).setTextPen("#1b2631")
        self.plot.setLabel("left", self.tr("Rank"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)

    def show_result(self, result: PerspectivesResult | None) -> None:
        """Draw the ranks of every option under every perspective."""
        self.plot.clear()
        if result is None or not len(result.perspectives):
            return
        p, n = result.ranks.shape
        x = np.arange(p, dtype=float)
        order = sorted(range(n), key=lambda i: (int(result.consensus_ranks[i]), i))
        highlighted = order[:HIGHLIGHT]
        for i in order[::-1]:
            if i in highlighted:
                continue
            self.plot.plot(x, result.ranks[:, i], pen=pg.mkPen(OTHERS, width=1.5), symbol="o", symbolSize=6,
                           symbolBrush=OTHERS, symbolPen=None)
        for k, i in reversed(list(enumerate(highlighted))):
            colour = COLOURS[k % len(COLOURS)]
            self.plot.plot(x, result.ranks[:, i], pen=pg.mkPen(colour, width=3), symbol="o", symbolSize=10,
                           symbolBrush=colour, symbolPen="w")
            label = pg.TextItem(result.option_names[i], color=colour, anchor=(0, 0.5))
            label.setPos(p - 1 + 0.06, float(result.ranks[-1, i]) + 0.0)
            self.plot.addItem(label)
        self.plot.getAxis("bottom").setTicks([[(k, name) for k, name in enumerate(result.perspective_names)]])
        self.plot.getAxis("left").setTicks([[(r, str(r)) for r in range(1, n + 1)]])
        self.plot.setXRange(-0.3, p - 1 + 1.6, padding=0)
        self.plot.setYRange(0.5, n + 0.5, padding=0)
