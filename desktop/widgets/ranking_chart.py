"""The ranking as horizontal bars, best option at the top.

Under the additive model each bar is split into every criterion's contribution (weight x value),
feasibility criteria in blues and impact criteria in greens and ochres, so that one sees *why* an
option comes out ahead. Under another method the bar is the method's own score. The bars are
updated in place (not rebuilt) so that the chart follows a weight slider.
"""

from __future__ import annotations

from html import escape

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.controller import DocumentController
from desktop.models.method_state import score_label, view_state
from desktop.models.results_data import method_result
from desktop.widgets.locale_axis import locale_axes
from desktop.widgets.results_refresh import RefreshOnShow
from mcda.criteria import Group
from palabre.errors import PalabreError

# Feasibility criteria in blues, impact criteria in greens and ochres.
FEASIBILITY_SHADES = ("#1f4e79", "#2e75b6", "#5b9bd5", "#9dc3e6", "#c9ddf0", "#dfeaf6")
IMPACT_SHADES = ("#385723", "#548235", "#a9d18e", "#bf9000", "#ffd966", "#f4e4b0")
SINGLE = "#2e75b6"


def criterion_colours(criteria: list) -> list[str]:
    """A colour per criterion: blues for feasibility, greens and ochres for impact, in order."""
    counters = {Group.FEASIBILITY: 0, Group.IMPACT: 0}
    out = []
    for c in criteria:
        shades = FEASIBILITY_SHADES if c.group is Group.FEASIBILITY else IMPACT_SHADES
        out.append(shades[counters[c.group] % len(shades)])
        counters[c.group] += 1
    return out


class RankingChart(QWidget):
    """Stacked contribution bars (additive model) or score bars (other methods).

    ``method`` fixes the method; by default the chart follows the window's chosen method.
    """

    def __init__(self, controller: DocumentController, parent: QWidget | None = None,
                 method: str | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.state = view_state(controller)
        self.fixed_method = method
        self.plot = pg.PlotWidget(background="w", axisItems=locale_axes("bottom"))
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.getAxis("bottom").enableAutoSIPrefix(False)
        for side in ("left", "bottom"):
            self.plot.getAxis(side).setTextPen("#1b2631")
        self.plot.getViewBox().invertY(True)
        # The legend sits beside the plot, never over the bars.
        self.legend = QWidget()
        self.legend.setStyleSheet("background: white;")
        self._legend_layout = QVBoxLayout(self.legend)
        self._legend_layout.setContentsMargins(8, 8, 8, 8)
        self._legend_layout.setSpacing(3)
        self._bars: list[pg.BarGraphItem] = []
        self._layout_key: tuple = ()
        self.names: list[str] = []  # option names, top to bottom, as drawn
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.legend)
        self.refresher = RefreshOnShow(self, self.refresh)
        controller.changed.connect(lambda _c: self.refresher.request())
        controller.replaced.connect(self.refresher.request)
        if method is None:
            self.state.method_changed.connect(lambda _m: self.refresher.request())

    @property
    def method(self) -> str:
        """The method the chart draws."""
        return self.fixed_method or self.state.method

    def refresh(self) -> None:
        """Redraw from the current ranking (bars updated in place when the layout is the same)."""
        try:
            result = method_result(self.controller, self.method)
        except PalabreError:
            self._clear()
            self.names = []
            return
        d = self.controller.dialogue
        order = result.order()
        n = len(order)
        y = np.arange(n, dtype=float)
        if result.contributions is not None:
            criteria = [d.criteria[c] for c in d.criteria]
            widths = [result.contributions[order, j] for j in range(len(criteria))]
            names = [c.name for c in criteria]
            colours = criterion_colours(criteria)
            label = self.tr("Overall value (0 to 1): each criterion's weight × value")
        else:
            scores = np.asarray(result.scores, dtype=float)[order]
            label = score_label(self.method)
            # Longer is always better on the chart: flip the figures where lower is better.
            if self.method == "promethee2":
                scores = scores + 1.0  # net flows run from -1 to 1
                label = self.tr("Net flow + 1 (0 to 2; longer is better)")
            elif self.method == "vikor":
                scores = 1.0 - scores
                label = self.tr("1 − Q (longer is better)")
            elif self.method == "electre2":
                scores = (scores.max() if n else 0.0) + 1.0 - scores
                label = self.tr("Outranking levels from the bottom (longer is better)")
            elif self.method == "electre1":
                label = self.tr("1: in the kernel (no other option outranks it)")
            widths, names, colours = [scores], [score_label(self.method)], [SINGLE]
        key = (tuple(names), tuple(colours), n)
        if key != self._layout_key:
            self._clear()
            for colour in colours:
                bars = pg.BarGraphItem(x0=np.zeros(n), y=y, width=np.zeros(n), height=0.7,
                                       brush=colour, pen=pg.mkPen("w", width=0.5))
                self.plot.addItem(bars)
                self._bars.append(bars)
            self._layout_key = key
            # The legend only helps when bars are split into criteria.
            if len(names) > 1:
                self._fill_legend(criteria, names, colours)
            self.legend.setVisible(len(names) > 1)
        left = np.zeros(n)
        for bars, width in zip(self._bars, widths, strict=True):
            width = np.nan_to_num(np.asarray(width, dtype=float))
            bars.setOpts(x0=left.copy(), y=y, width=width, height=0.7)
            left = left + width
        self.names = [result.option_names[i] for i in order]
        self.plot.setLabel("bottom", label)
        self.plot.getAxis("left").setTicks([[(k, _short(nm)) for k, nm in enumerate(self.names)]])
        right = max(0.01, float(left.max()) if n else 1.0)
        self.plot.setXRange(0, right * 1.04, padding=0)
        self.plot.setYRange(-0.6, n - 0.4, padding=0)

    def _clear(self) -> None:
        for bars in self._bars:
            self.plot.removeItem(bars)
        self._bars = []
        self._layout_key = ()

    def _fill_legend(self, criteria: list, names: list[str], colours: list[str]) -> None:
        while self._legend_layout.count():
            item = self._legend_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        group = None
        for c, name, colour in zip(criteria, names, colours, strict=True):
            if c.group is not group:
                group = c.group
                heading = self.tr("Feasibility") if group is Group.FEASIBILITY else self.tr("Impact")
                title = QLabel(f"<b>{heading}</b>")
                title.setStyleSheet("color: #1b2631; margin-top: 4px;")
                self._legend_layout.addWidget(title)
            row = QLabel(f"<span style='color:{colour}; font-size:13pt'>■</span>&nbsp;{escape(name)}")
            row.setStyleSheet("color: #1b2631;")
            row.setMaximumWidth(210)
            row.setWordWrap(True)
            self._legend_layout.addWidget(row)
        self._legend_layout.addStretch(1)


def _short(name: str, limit: int = 34) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"
