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
        # Lines and labels are kept and updated, not rebuilt, so that the chart follows a slider.
        self._lines: list[pg.PlotDataItem] = []
        self._drawn: list[tuple] = []  # what each line shows now: its ranks and its style
        self._labels: list[pg.TextItem] = []
        self._grey_pen = pg.mkPen(OTHERS, width=1.5)
        self._pens = [pg.mkPen(c, width=3) for c in COLOURS]

    def show_result(self, result: PerspectivesResult | None) -> None:
        """Draw the ranks of every option under every perspective."""
        if result is None or not len(result.perspectives):
            for item in (*self._lines, *self._labels):
                item.setVisible(False)
            self._drawn = [() for _ in self._lines]
            return
        p, n = result.ranks.shape
        x = np.arange(p, dtype=float)
        while len(self._lines) < n:
            line = pg.PlotDataItem()
            self.plot.addItem(line)
            self._lines.append(line)
            self._drawn.append(())
        while len(self._labels) < HIGHLIGHT:
            label = pg.TextItem("", anchor=(0, 0.5))
            label.setZValue(20)
            self.plot.addItem(label)
            self._labels.append(label)
        order = sorted(range(n), key=lambda i: (int(result.consensus_ranks[i]), i))
        place = {i: k for k, i in enumerate(order)}
        for i in range(n):
            line = self._lines[i]
            k = place[i]
            y = result.ranks[:, i].astype(float)
            style = (tuple(y), min(k, HIGHLIGHT))
            line.setVisible(True)
            if self._drawn[i] == style:
                continue  # a slider step rarely moves a rank: leave the line as it is
            self._drawn[i] = style
            if k < HIGHLIGHT:
                colour = COLOURS[k % len(COLOURS)]
                line.setData(x, y, pen=self._pens[k % len(self._pens)], symbol="o", symbolSize=10,
                             symbolBrush=colour, symbolPen="w")
                line.setZValue(10 + HIGHLIGHT - k)
                label = self._labels[k]
                label.setText(result.option_names[i], color=colour)
                label.setPos(p - 1 + 0.06, float(y[-1]))
                label.setVisible(True)
            else:
                line.setData(x, y, pen=self._grey_pen, symbol="o", symbolSize=6, symbolBrush=OTHERS,
                             symbolPen=None)
                line.setZValue(0)
        for line in self._lines[n:]:
            line.setVisible(False)
        for label in self._labels[min(n, HIGHLIGHT):]:
            label.setVisible(False)
        self.plot.getAxis("bottom").setTicks([[(k, name) for k, name in enumerate(result.perspective_names)]])
        self.plot.getAxis("left").setTicks([[(r, str(r)) for r in range(1, n + 1)]])
        self.plot.setXRange(-0.3, p - 1 + 1.6, padding=0)
        self.plot.setYRange(0.5, n + 0.5, padding=0)
