"""The workforce chart of the brief: stock against need over time, and the gap closed.

Two panels side by side, drawn with reportlab.graphics like the brief's other charts:

- left, the target's workers in post without change, with each leading option and with all
  options together (solid lines, each option with its low-to-high band), against the need
  (dashed), on an axis from zero so that the size of the gap reads true;
- right, the gap each leading option closes year by year against the baseline, on its own
  scale: next to a need of thousands, the few hundred workers an option adds are a hair's
  breadth on the left panel, yet they are what the options are compared on.

When no leading option changes the target, the right panel is left out and the left one takes
the whole width. Colours come from :mod:`exports.palette` (the leading options in the order the
one-way sensitivity chart gives them). Text in drawings is plain: names are drawn as typed.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from reportlab.graphics.shapes import Drawing, Group, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from exports import palette
from exports.brief import formatting as fmt
from exports.brief import styles as st
from exports.brief.charts import AXIS, GRID, new_drawing
from exports.brief.facts import Facts
from exports.brief.fonts import BOLD, REGULAR
from exports.brief.labels import fit_text
from exports.brief.workforce_data import Series, WorkforceFigures

C = colors.HexColor
LEAD_COLOURS = (palette.ACCENT, palette.PRIMARY, palette.TIE_STYLES["information"].colour,
                palette.TIE_STYLES["collaboration"].colour, "#B9770E")
TOGETHER_COLOUR = palette.TIE_STYLES["funding"].colour
BASELINE_COLOUR = palette.RULE  # wide and light: the reference the options' lines leave
NEED_COLOUR = palette.INK
BAND_OPACITY = 0.16
PLOT_HEIGHT = 132.0
MIN_PLOT_HEIGHT = 100.0
"""The plots shrink down to this height (from PLOT_HEIGHT) rather than leave the rest of a page
empty and start the figure on the next (see :class:`FittedChart`)."""
GUTTER = 22.0
LEGEND_ROW = 11.0
TICK_SIZE = 6.4


@dataclass(frozen=True)
class Trace:
    """A series as drawn: its label, colour, width and the arrays (3, years) to draw."""

    label: str
    colour: str
    width: float
    values: np.ndarray
    dash: tuple[float, ...] = ()
    band: bool = True


def nice_step(span: float, ticks: int = 5) -> float:
    """A round tick step (1, 2, 2.5 or 5 × 10^k) giving about ``ticks`` intervals over ``span``.

    Examples
    --------
    >>> nice_step(17_080), nice_step(580), nice_step(0.0)
    (5000.0, 100.0, 1.0)
    """
    if span <= 0:
        return 1.0
    raw = span / ticks
    exp = math.floor(math.log10(raw))
    for m in (1.0, 2.0, 2.5, 5.0, 10.0):
        if m * 10**exp >= raw - 1e-9 * raw:
            return m * 10**exp
    return 10.0 ** (exp + 1)  # pragma: no cover - the loop always returns


def _axis(lo: float, hi: float) -> tuple[float, float, float]:
    """An axis from a round number at or below ``lo`` to one at or above ``hi``, and its step."""
    step = nice_step(hi - lo)
    lo_, hi_ = math.floor(lo / step + 1e-9) * step, math.ceil(hi / step - 1e-9) * step
    if hi_ <= lo_:
        hi_ = lo_ + step
    return lo_, hi_, step


def _text(x: float, y: float, text: str, size: float = TICK_SIZE, *, bold: bool = False,
          colour: colors.Color = st.INK, anchor: str = "start") -> String:
    return String(x, y, text, fontName=BOLD if bold else REGULAR, fontSize=size,
                  fillColor=colour, textAnchor=anchor)


def _year_step(years: Sequence[int], width: float) -> int:
    """Label every year, or every second, fifth or tenth, so that labels keep apart."""
    room = width / max(1, len(years) - 1)
    label = stringWidth("2035", REGULAR, TICK_SIZE) + 6
    for step in (1, 2, 5, 10, 20, 25, 50):
        if room * step >= label:
            return step
    return 100


class _Panel:
    """One plot: its frame in the drawing and the mapping from (year, workers) to points."""

    def __init__(self, d: Drawing, f: Facts, x0: float, x1: float, bottom: float, top: float,
                 years: Sequence[int], lo: float, hi: float, step: float, title: str) -> None:
        self.d, self.f = d, f
        self.left, self.right = x0 + 40, x1 - 10
        self.bottom, self.top = bottom, top
        self.years = years
        self.lo, self.hi = lo, hi
        y0, y1 = years[0], years[-1]
        self.px = lambda year: self.left + (year - y0) / max(1, y1 - y0) * (self.right - self.left)
        self.py = lambda v: self.bottom + (v - lo) / (hi - lo) * (self.top - self.bottom)
        every = _year_step(years, self.right - self.left)
        for year in years:
            x = self.px(year)
            d.add(Line(x, bottom, x, top, strokeColor=GRID, strokeWidth=0.3))
            if (years[-1] - year) % every == 0:  # the horizon always labelled
                d.add(_text(x, bottom - 9, str(year), colour=AXIS, anchor="middle"))
        v = lo
        while v <= hi + 1e-9 * max(1.0, abs(hi)):
            y = self.py(v)
            d.add(Line(self.left, y, self.right, y, strokeColor=GRID, strokeWidth=0.3))
            d.add(_text(self.left - 4, y - 2.2, fmt.number(v, f.lang, 0), colour=AXIS,
                        anchor="end"))
            v += step
        if lo < 0 < hi:  # the zero line of a gap that may go negative
            d.add(Line(self.left, self.py(0), self.right, self.py(0), strokeColor=AXIS,
                       strokeWidth=0.6))
        d.add(Rect(self.left, bottom, self.right - self.left, top - bottom, fillColor=None,
                   strokeColor=AXIS, strokeWidth=0.6))
        d.add(_text(x0, top + 7, fit_text(title, BOLD, 7.6, x1 - x0), 7.6, bold=True,
                    colour=st.PRIMARY))
        label = Group(String(0, 0, f.p("wf_axis_workers"), fontName=BOLD, fontSize=7,
                             fillColor=st.PRIMARY, textAnchor="middle"))
        label.transform = (0, 1, -1, 0, x0 + 7, (bottom + top) / 2)
        d.add(label)

    def points(self, values: np.ndarray, *, backwards: bool = False) -> list[float]:
        """The polyline of one run (from the last year to the first when ``backwards``)."""
        pairs = list(zip(self.years, values, strict=True))
        out: list[float] = []
        for year, v in (reversed(pairs) if backwards else pairs):
            out += [self.px(year), self.py(float(v))]
        return out

    def draw(self, lines: Sequence[Trace]) -> None:
        """Bands first, then the lines over them (the first line on top)."""
        for ln in lines:
            if ln.band and np.any(np.abs(ln.values[2] - ln.values[0]) > 1e-6):
                outline = self.points(ln.values[2]) + self.points(ln.values[0], backwards=True)
                self.d.add(Polygon(outline, fillColor=C(ln.colour), strokeColor=None,
                                   fillOpacity=BAND_OPACITY))
        for ln in reversed(lines):
            self.d.add(PolyLine(self.points(ln.values[1]), strokeColor=C(ln.colour),
                                strokeWidth=ln.width, strokeDashArray=list(ln.dash) or None,
                                strokeLineJoin=1, strokeLineCap=1))


def _lead_lines(f: Facts, fig: WorkforceFigures) -> list[tuple[Trace, Series]]:
    out = []
    for k, lead in enumerate(fig.leading):
        if lead.series is None or not lead.series.moves_target:
            continue
        label = f"{lead.rank}. {lead.series.name}"
        out.append((Trace(label, LEAD_COLOURS[k % len(LEAD_COLOURS)], 1.25,
                          lead.series.stock), lead.series))
    return out


def has_right_panel(fig: WorkforceFigures) -> bool:
    """True when the chart has its gap-closed panel (some leading option changes the target)."""
    return any(x.series is not None and x.series.moves_target for x in fig.leading)


def workforce_chart(f: Facts, fig: WorkforceFigures, width: float = st.FRAME_WIDTH,
                    plot_height: float = PLOT_HEIGHT) -> Drawing:
    """Stock against need for the target (and the gap closed by each leading option)."""
    leads = _lead_lines(f, fig)
    need = np.vstack([fig.need] * 3)
    lines: list[Trace] = [ln for ln, _ in leads]
    if fig.together is not None and fig.together.moves_target:
        lines.append(Trace(f.p("wf_legend_together"), TOGETHER_COLOUR, 1.4, fig.together.stock))
    # Alone (no option changes the target), the baseline is the figure's subject: drawn dark.
    baseline_colour = BASELINE_COLOUR if lines else palette.MUTED
    lines.append(Trace(f.p("wf_legend_baseline"), baseline_colour, 2.8 if lines else 1.6,
                       fig.base.stock, band=False))
    lines.append(Trace(f.p("wf_legend_need"), NEED_COLOUR, 1.2, need, (4.0, 2.5), band=False))

    # The legend: one entry a series, and the band, in two columns under both panels.
    entries = [(ln.label, ln.colour, ln.dash, ln.width) for ln in lines]
    any_band = any(ln.band and np.any(np.abs(ln.values[2] - ln.values[0]) > 1e-6)
                   for ln in lines)
    columns = 2
    rows = math.ceil((len(entries) + (1 if any_band else 0)) / columns)
    legend_h = rows * LEGEND_ROW + 4
    height = plot_height + 14 + 14 + legend_h  # panel titles above, year labels below
    d = new_drawing(width, height)
    bottom, top = legend_h + 14, legend_h + 14 + plot_height
    split = has_right_panel(fig)
    left_w = (width - GUTTER) * 0.54 if split else width
    values = np.concatenate([ln.values.ravel() for ln in lines])
    lo, hi, step = _axis(0.0, float(np.nanmax(values)))
    panel = _Panel(d, f, 0, left_w, bottom, top, fig.years, lo, hi, step, f.p("wf_panel_stock"))
    panel.draw(lines)
    if split:
        closed = [Trace(ln.label, ln.colour, 1.4, s.closed) for ln, s in leads]
        all_values = np.concatenate([ln.values.ravel() for ln in closed])
        lo, hi, step = _axis(min(0.0, float(all_values.min())), float(all_values.max()))
        right = _Panel(d, f, left_w + GUTTER, width, bottom, top, fig.years, lo, hi, step,
                       f.p("wf_panel_closed"))
        right.draw(closed)

    col_w = width / columns
    for i, (label, colour, dash, line_width) in enumerate(entries):
        x = (i // rows) * col_w + 4
        y = legend_h - 10 - (i % rows) * LEGEND_ROW
        d.add(Line(x, y + 2.5, x + 18, y + 2.5, strokeColor=C(colour), strokeWidth=max(1.6, line_width),
                   strokeDashArray=list(dash) or None))
        d.add(_text(x + 23, y, fit_text(label, REGULAR, 6.9, col_w - 32), 6.9))
    if any_band:
        i = len(entries)
        x = (i // rows) * col_w + 4
        y = legend_h - 10 - (i % rows) * LEGEND_ROW
        d.add(Rect(x, y - 1, 18, 7, fillColor=C(palette.MUTED), fillOpacity=BAND_OPACITY * 1.6,
                   strokeColor=None))
        d.add(_text(x + 23, y, f.p("wf_legend_band"), 6.9))
    return d


class FittedChart(Flowable):
    """The chart and its caption as one block whose plots shrink, from PLOT_HEIGHT down to
    MIN_PLOT_HEIGHT, to fit the room left on the page; with less room than that, the block
    moves to the next page at full size (it never splits: a caption parted from its figure
    reads as a stray paragraph).

    reportlab's KeepTogether measures its content against an unlimited height, so the fitting
    is done here, where :meth:`wrap` is told the room actually left in the frame.
    """

    def __init__(self, build: Callable[[float], Drawing], caption: Paragraph) -> None:
        super().__init__()
        self._build = build
        self.caption = caption
        self.spaceAfter = caption.getSpaceAfter()
        self._drawing: Drawing | None = None
        self._caption_h = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        _, h = self.caption.wrap(availWidth, availHeight)
        self._caption_h = h + self.caption.getSpaceBefore()
        drawing = self._build(PLOT_HEIGHT)
        if drawing.height + self._caption_h > availHeight:
            frame = drawing.height - PLOT_HEIGHT  # titles, ticks and legend keep their size
            room = availHeight - self._caption_h - frame
            if room >= MIN_PLOT_HEIGHT:
                drawing = self._build(min(PLOT_HEIGHT, room))
        self._drawing = drawing
        self.width, self.height = availWidth, drawing.height + self._caption_h
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        return []

    def draw(self) -> None:
        assert self._drawing is not None
        self._drawing.drawOn(self.canv, 0, self.height - self._drawing.height)
        self.caption.drawOn(self.canv, 0, 0)
