"""The Workforce tab's charts (pyqtgraph): stock against need over time, and the gap each
scenario closes by the horizon.

- :class:`StockChart`: one cadre (or combined need) in one area, year by year: the need dashed,
  the baseline in ink, each chosen scenario in its own colour with a translucent band from its
  pessimistic to its optimistic run (:class:`pyqtgraph.FillBetweenItem`).
- :class:`GapChart`: horizontal bars of the central gap closed, largest at the top, with the
  low-high range as error bars; options, bundles and "all options together" in distinct colours.

Colours come from :mod:`exports.palette` (shared with the brief); numbers on the axes follow the
window's locale (``10 000`` in French).
"""

from __future__ import annotations

from html import escape

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.models.workforce_data import WorkforceView
from desktop.models.workforce_format import count_text
from desktop.models.workforce_gaps import ranked_gaps, scenario_name
from exports.palette import (
    ACCENT,
    CATEGORY_COLOURS,
    FEASIBILITY_SERIES,
    IMPACT_SERIES,
    INK,
    MUTED,
    PRIMARY,
    RULE,
)
from mcda.workforce import ScenarioKind

NEED_COLOUR = ACCENT
BASELINE_COLOUR = INK
# Okabe & Ito's qualitative colours (through the palette), for the scenario lines.
SCENARIO_COLOURS = tuple(CATEGORY_COLOURS[k] for k in (
    "ministry_of_health", "union", "public_employer", "training_institution", "professional_association",
    "ministry_of_education", "development_partner", "civil_society"))
# Light bars, so that the dark low-high whiskers read across them.
BAR_COLOURS = {ScenarioKind.OPTION: FEASIBILITY_SERIES[2], ScenarioKind.BUNDLE: IMPACT_SERIES[3],
               ScenarioKind.ALL: RULE}
LABEL_CHARS = 52


class LocaleAxis(pg.AxisItem):
    """An axis whose tick numbers use the locale's separators (``10,000``; ``10 000``)."""

    def tickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph's name
        """Whole numbers with thousands separators; otherwise pyqtgraph's own."""
        if spacing * scale >= 1:
            return [count_text(v * scale) for v in values]
        return super().tickStrings(values, scale, spacing)


def _plot_widget(**axes: pg.AxisItem) -> pg.PlotWidget:
    plot = pg.PlotWidget(background="w", axisItems=axes or None)
    plot.setMenuEnabled(False)
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()
    plot.showGrid(x=True, y=True, alpha=0.15)
    for side in ("left", "bottom"):
        plot.getAxis(side).setTextPen(INK)
        plot.getAxis(side).enableAutoSIPrefix(False)
    return plot


def _swatch(colour: str, text: str, dashed: bool = False) -> str:
    mark = "╌╌" if dashed else "━━"
    return (f"<span style='color:{colour}; font-size:12pt'>{mark}</span>&nbsp;{escape(text)}")


def _short(name: str, limit: int = LABEL_CHARS) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"


def scenario_colour(index: int) -> str:
    """The colour of the ``index``-th scenario in the list (cycles)."""
    return SCENARIO_COLOURS[index % len(SCENARIO_COLOURS)]


class StockChart(QWidget):
    """Stock against need over the years for one row of the projection."""

    def __init__(self, parent: QWidget | None = None, legend_width: int = 210) -> None:
        super().__init__(parent)
        self.plot = _plot_widget(left=LocaleAxis("left"))
        self.legend = QLabel()
        self.legend.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.legend.setWordWrap(True)
        self.legend.setFixedWidth(legend_width)
        self.legend.setStyleSheet(f"background: white; color: {INK}; padding: 8px;")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.legend)
        self.series: dict[str, np.ndarray] = {}
        """What is drawn: ``"need"``, ``"baseline"`` and each scenario key -> central stock by year."""
        self.bands: dict[str, tuple[np.ndarray, np.ndarray]] = {}

    def clear(self, message: str = "") -> None:
        """An empty chart, with a line saying why."""
        self.plot.clear()
        self.series, self.bands = {}, {}
        self.legend.setText(escape(message))

    def show_row(self, view: WorkforceView, cadre: str, area: str,
                 scenario_keys: list[str], colours: dict[str, str]) -> None:
        """Draw one cadre (or combined need) in one area (``""``: national) for the baseline and
        the scenarios with these keys, each in ``colours[key]``."""
        self.plot.clear()
        self.series, self.bands = {}, {}
        base = view.base
        if base is None:
            self.clear(view.problem)
            return
        layout = base.layout
        try:
            r = layout.row(cadre, area)
        except Exception:
            self.clear()
            return
        years = np.array(layout.years, dtype=float)
        rows = []
        need = np.asarray(layout.need[r], dtype=float)
        lines = []
        # Every band first, then every line, so that no band dims another scenario's line.
        for key in scenario_keys:
            p = view.projections.get(key)
            s = view.scenario(key)
            if p is None or s is None:
                continue
            colour = colours.get(key, SCENARIO_COLOURS[0])
            low, mid, high = (np.asarray(p.stock[v, r], dtype=float) for v in range(3))
            if not np.allclose(low, high):
                qc = QColor(colour)
                qc.setAlpha(40)
                lower = self.plot.plot(years, low, pen=pg.mkPen(None))
                upper = self.plot.plot(years, high, pen=pg.mkPen(None))
                self.plot.addItem(pg.FillBetweenItem(lower, upper, brush=pg.mkBrush(qc)))
                self.bands[key] = (low, high)
            lines.append((mid, colour))
            self.series[key] = mid
            rows.append(_swatch(colour, scenario_name(s)))
        for mid, colour in lines:
            self.plot.plot(years, mid, pen=pg.mkPen(colour, width=2.2), antialias=True)
        stock = np.asarray(base.stock[1, r], dtype=float)
        self.plot.plot(years, stock, pen=pg.mkPen(BASELINE_COLOUR, width=2.6), antialias=True)
        self.series["baseline"] = stock
        rows.insert(0, _swatch(BASELINE_COLOUR, scenario_name(view.scenarios[0])))
        if not np.isnan(need).all():
            self.plot.plot(years, need, pen=pg.mkPen(NEED_COLOUR, width=2.2, style=Qt.PenStyle.DashLine),
                           antialias=True)
            self.series["need"] = need
            rows.insert(0, _swatch(NEED_COLOUR, self.tr("Need"), dashed=True))
        else:
            rows.insert(0, "<i>{}</i>".format(escape(self.tr("No need is set for this row."))))
        if self.bands:
            rows.append("<br><span style='color:{}'>{}</span>".format(MUTED, escape(self.tr(
                "Shaded bands: from the pessimistic to the optimistic run of each scenario's effects."))))
        self.legend.setText("<br>".join(rows))
        axis = self.plot.getAxis("bottom")
        step = 1 if len(years) <= 12 else (2 if len(years) <= 24 else 5)
        axis.setTicks([[(float(y), str(int(y))) for y in years[::step]]])
        self.plot.setLabel("bottom", self.tr("Year"))
        self.plot.setLabel("left", self.tr("Workers"))
        values = [v for v in (*self.series.values(), *(b for pair in self.bands.values() for b in pair))
                  if not np.isnan(v).all()]
        top = max(float(np.nanmax(v)) for v in values) if values else 1.0
        # A little room on every side, so that the first and last years and the 0 keep their labels.
        margin = max(0.35, 0.03 * (years[-1] - years[0]))
        self.plot.setXRange(float(years[0]) - margin, float(years[-1]) + margin, padding=0)
        top = max(top, 10.0) * 1.06
        self.plot.setYRange(-0.03 * top, top, padding=0)


class GapChart(QWidget):
    """Gap closed by the horizon per scenario: bars with low-high error bars, largest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = _plot_widget(bottom=LocaleAxis("bottom"))
        self.plot.getViewBox().invertY(True)
        self.plot.showGrid(x=True, y=False, alpha=0.15)
        self.key = QLabel()
        self.key.setWordWrap(True)
        self.key.setStyleSheet(f"background: white; color: {INK}; padding: 4px 8px;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.key)
        self.bars: list[tuple[str, float, float, float]] = []
        """What is drawn, top to bottom: (scenario key, central, low, high)."""

    def clear(self, message: str = "") -> None:
        """An empty chart, with a line saying why."""
        self.plot.clear()
        self.bars = []
        self.key.setText(escape(message))

    def show_view(self, view: WorkforceView) -> None:
        """Draw every scenario's gap closed (options, bundles, all options together)."""
        self.plot.clear()
        ranked = ranked_gaps(view)
        self.bars = [(s.key, g.central, g.low, g.high) for s, g in ranked]
        if not ranked:
            self.clear(view.problem or self.tr("No option has workforce effects yet."))
            return
        n = len(ranked)
        y = np.arange(n, dtype=float)
        central = np.array([g.central for _, g in ranked])
        low = np.array([g.low for _, g in ranked])
        high = np.array([g.high for _, g in ranked])
        brushes = [pg.mkBrush(BAR_COLOURS.get(s.kind, PRIMARY)) for s, _ in ranked]
        self.plot.addItem(pg.BarGraphItem(x0=np.zeros(n), y=y, height=0.62, width=central,
                                          brushes=brushes, pens=[pg.mkPen(None)] * n))
        self.plot.addItem(pg.ErrorBarItem(x=central, y=y, left=central - low, right=high - central,
                                          beam=0.22, pen=pg.mkPen(INK, width=1.4)))
        span = max(float(high.max()), 0.0) - min(float(low.min()), 0.0) or 1.0
        for i, (_s, g) in enumerate(ranked):
            label = pg.TextItem(count_text(g.central), color=INK, anchor=(0, 0.5))
            label.setPos(max(g.high, g.central, 0.0) + span * 0.015, float(i))
            self.plot.addItem(label)
        if low.min() < 0:
            self.plot.addItem(pg.InfiniteLine(pos=0, angle=90, pen=pg.mkPen(INK, width=1)))
        names = [_short(scenario_name(s)) for s, _ in ranked]
        left = self.plot.getAxis("left")
        left.setTicks([[(float(i), name) for i, name in enumerate(names)]])
        metrics = QFontMetrics(QFont())
        left.setWidth(min(max(metrics.horizontalAdvance(name) for name in names) + 16, 360))
        year = ranked[0][1].year
        self.plot.setLabel("bottom", self.tr("Workers added against the need by {0}").format(year))
        self.plot.setXRange(min(float(low.min()), 0.0), max(float(high.max()), 1.0) + span * 0.12, padding=0.01)
        self.plot.setYRange(-0.6, n - 0.4, padding=0)
        kinds = {s.kind for s, _ in ranked}
        keys = [_box(BAR_COLOURS[kind], text) for kind, text in (
            (ScenarioKind.OPTION, self.tr("an option's own effects")),
            (ScenarioKind.BUNDLE, self.tr("a bundle")),
            (ScenarioKind.ALL, self.tr("all options together"))) if kind in kinds]
        keys.append("<span style='color:{}'>├─┤</span>&nbsp;{}".format(INK, escape(self.tr(
            "pessimistic to optimistic"))))
        self.key.setText("&nbsp;&nbsp;&nbsp;".join(keys))


def _box(colour: str, text: str) -> str:
    return f"<span style='color:{colour}; font-size:12pt'>■</span>&nbsp;{escape(text)}"
