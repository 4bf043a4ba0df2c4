"""A one-way sensitivity plot: every option's score as one criterion's weight goes from 0 to 1
(the other weights keeping their proportions), with today's weight and the switch points marked.

The leading options are drawn in colour and named in a legend beside the plot; the others in
light grey, so that the lines that matter stand out.
"""

from __future__ import annotations

from html import escape

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from desktop.locale_format import number
from desktop.widgets.locale_axis import locale_axes
from mcda.sensitivity import OneWay, Threshold

COLOURS = ("#1f4e79", "#c0392b", "#1e8449", "#b7950b", "#7d3c98", "#d35400")
OTHERS = "#c8ced4"
SHOWN = 6


class SensitivityPlot(QWidget):
    """Lines of score against weight, the current weight and the switch points."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = pg.PlotWidget(background="w", axisItems=locale_axes("left", "bottom"))
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.showGrid(x=True, y=True, alpha=0.15)
        for side in ("left", "bottom"):
            self.plot.getAxis(side).setTextPen("#1b2631")
            self.plot.getAxis(side).enableAutoSIPrefix(False)
        self.legend = QLabel()
        self.legend.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.legend.setWordWrap(True)
        self.legend.setFixedWidth(200)
        self.legend.setStyleSheet("background: white; color: #1b2631; padding: 8px;")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.legend)
        self.switches: list[tuple[float, str]] = []

    def show_data(self, data: OneWay, threshold: Threshold | None, names: dict[str, str],
                  score_label: str) -> None:
        """Draw one criterion's one-way plot; ``names`` maps option ids to names."""
        self.plot.clear()
        scores = np.asarray(data.scores, dtype=float)
        j = int(np.argmin(np.abs(data.weights - data.current)))
        now = scores[j]
        order = list(np.argsort(-now, kind="stable"))
        top = order[:SHOWN]
        for i in order[SHOWN:][::-1]:
            self.plot.plot(data.weights, scores[:, i], pen=pg.mkPen(OTHERS, width=1))
        rows = []
        for k, i in reversed(list(enumerate(top))):
            colour = COLOURS[k % len(COLOURS)]
            width = 3 if k == 0 else 2
            self.plot.plot(data.weights, scores[:, i], pen=pg.mkPen(colour, width=width))
        for k, i in enumerate(top):
            colour = COLOURS[k % len(COLOURS)]
            rows.append(f"<span style='color:{colour}; font-size:13pt'>━</span>&nbsp;"
                        f"{escape(names.get(data.options[i], data.options[i]))}")
        if len(order) > SHOWN:
            rows.append(f"<span style='color:{OTHERS}; font-size:13pt'>━</span>&nbsp;"
                        + escape(self.tr("the other options")))
        now_line = pg.InfiniteLine(pos=data.current, angle=90, pen=pg.mkPen("#1b2631", width=1.5),
                                   label=self.tr("now {0}").format(number(data.current)),
                                   labelOpts={"position": 0.96, "color": "#1b2631", "anchors": [(0, 0), (0, 0)]})
        self.plot.addItem(now_line)
        self.switches = []
        if threshold is not None:
            for change in (threshold.increase, threshold.decrease):
                if change is None:
                    continue
                who = names.get(change.new_leader, change.new_leader)
                self.switches.append((change.weight, change.new_leader))
                line = pg.InfiniteLine(pos=change.weight, angle=90,
                                       pen=pg.mkPen("#c0392b", width=1.5, style=Qt.PenStyle.DashLine),
                                       label=self.tr("{0}: {1} leads").format(number(change.weight), _short(who)),
                                       labelOpts={"position": 0.08, "color": "#c0392b",
                                                  "anchors": [(0, 1), (0, 1)] if change.weight < 0.7
                                                  else [(1, 1), (1, 1)]})
                self.plot.addItem(line)
                k = int(np.argmin(np.abs(data.weights - change.weight)))
                i = data.options.index(change.new_leader)
                self.plot.plot([change.weight], [scores[k, i]], pen=None, symbol="o", symbolSize=10,
                               symbolBrush="#c0392b", symbolPen="w")
        self.legend.setText("<br>".join(rows))
        self.plot.setLabel("bottom", self.tr("Weight of {0} (share of the overall score)").format(data.criterion_name))
        self.plot.setLabel("left", score_label)
        self.plot.setXRange(0, 1, padding=0.01)
        low, high = float(np.nanmin(scores)), float(np.nanmax(scores))
        self.plot.setYRange(low, high, padding=0.05)

    def clear(self) -> None:
        """An empty plot."""
        self.plot.clear()
        self.legend.setText("")
        self.switches = []


def _short(name: str, limit: int = 30) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"


__all__ = ["SensitivityPlot"]

