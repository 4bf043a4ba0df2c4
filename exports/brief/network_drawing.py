"""The stakeholder network map as a vector drawing, from the positions set in the window.

Nodes sit where the facilitator placed them (``Stakeholder.x`` / ``y``; a seeded spring layout
for any not placed yet), coloured by category and sized by power, with ties drawn in the colours
and dash patterns of :mod:`exports.palette`, arrows on directed ties, and parallel ties between
the same pair drawn side by side. Every node carries its number (Annex D); names are added where
they fit without covering another node or name.

A large map (more than LARGE_MAP stakeholders) cannot show each tie: drawn at full strength its
hundreds of ties cover the page in a coloured tangle. Its ties are therefore drawn thin, faint and
solid (the colour still gives the type; dash patterns are noise at that size), without arrows, and
only the brokers and the most powerful stakeholders are named; the caption sends the reader to
the tables of brokers and coalitions, which carry the structure.

:class:`NetworkMap` is the flowable the brief uses: it takes the room left on the page, between a
minimum and the full height, so that the stakeholder section can start under the previous one
rather than leaving most of a page empty.
"""

from __future__ import annotations

import math

import networkx as nx
from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.platypus import Flowable

from exports import palette
from exports.brief import styles as st
from exports.brief.charts import new_drawing
from exports.brief.facts import Facts
from exports.brief.fonts import BOLD, REGULAR
from exports.brief.labels import Box, LabelPlacer, fit_text

C = colors.HexColor
LABEL_SIZE = 6.4
LARGE_MAP = 60  # stakeholders beyond which ties are drawn faint and few names are shown
LARGE_MAP_LABELS = 16
FULL_HEIGHT = 480.0  # the map's frame at full size, in points (legend not included)
LEAST_HEIGHT = 330.0  # smaller than this and the map moves to the next page instead


def positions(f: Facts) -> dict[str, tuple[float, float]]:
    """Each stakeholder's map position; unplaced ones get a seeded spring layout around them."""
    d = f.dialogue
    placed = {sid: (s.x, s.y) for sid, s in d.stakeholders.items()
              if s.x is not None and s.y is not None}
    if len(placed) == len(d.stakeholders):
        return placed  # type: ignore[return-value]
    g = nx.Graph()
    g.add_nodes_from(d.stakeholders)
    g.add_edges_from((t.source, t.target) for t in d.ties.values())
    fixed = list(placed) or None
    init = {sid: placed[sid] for sid in placed} if placed else None
    scale = 400.0
    if placed:
        xs = [p[0] for p in placed.values()] + [p[1] for p in placed.values()]
        scale = max(1.0, max(abs(v) for v in xs))
    layout = nx.spring_layout(g, pos=init, fixed=fixed, seed=7, scale=scale if not placed else None)
    return {sid: (float(layout[sid][0]), float(layout[sid][1])) for sid in d.stakeholders}


def _bounds(values: list[float]) -> tuple[float, float]:
    """The range to draw: all values for small maps, the 2nd to 98th percentile for large
    ones (so that a few outliers do not squeeze the map)."""
    v = sorted(values)
    if len(v) < 40:
        return v[0], v[-1]
    cut = max(1, len(v) // 50)
    return v[cut], v[-1 - cut]


LEGEND_COLUMNS = 3


def legend_height(f: Facts) -> float:
    """The height of the legend under the map: a row per three categories, one for ties."""
    cats = {s.category.value for s in f.dialogue.stakeholders.values()}
    rows = math.ceil(len(cats) / LEGEND_COLUMNS) + (1 if f.dialogue.ties else 0)
    return rows * 10 + 8


def is_large(f: Facts) -> bool:
    """True when the map is drawn in its large-map style (faint ties, few names)."""
    return len(f.dialogue.stakeholders) > LARGE_MAP


def network_map(f: Facts, width: float = st.FRAME_WIDTH,
                height: float = FULL_HEIGHT) -> Drawing:
    """The network map (``height`` points high) with its legend of categories and tie types
    underneath."""
    d_ = f.dialogue
    cats = list(dict.fromkeys(s.category.value for s in d_.stakeholders.values()))
    types = list(dict.fromkeys(t.type.value for t in d_.ties.values()))
    legend_cols = LEGEND_COLUMNS
    legend_h = legend_height(f)
    d = new_drawing(width, height + legend_h)
    n = len(d_.stakeholders)
    large = is_large(f)
    base = 5.5 if n <= 30 else 4.0 if n <= 80 else 2.6
    per_power = 1.1 if n <= 30 else 0.7 if n <= 80 else 0.35

    def radius(sid: str) -> float:
        return base + per_power * d_.stakeholders[sid].power

    pos = positions(f)
    xs = [p[0] for p in pos.values()] or [0.0]
    ys = [p[1] for p in pos.values()] or [0.0]
    pad = 14 + base + per_power * 5
    (x0, x1), (y0, y1) = _bounds(xs), _bounds(ys)
    sx = (width - 2 * pad) / (x1 - x0) if x1 > x0 else 1.0
    sy = (height - 2 * pad) / (y1 - y0) if y1 > y0 else 1.0
    k = min(sx, sy)  # same scale both ways, so the map keeps its shape
    ox = (width - (x1 - x0) * k) / 2
    oy = legend_h + (height - (y1 - y0) * k) / 2
    # Outliers (a stakeholder dragged far away, isolated ones pushed out by the layout) are
    # pulled to the edge of the frame rather than shrinking everyone else to a dot.
    at = {sid: (ox + (min(max(x, x0), x1) - x0) * k, oy + (min(max(y, y0), y1) - y0) * k)
          for sid, (x, y) in pos.items()}

    d.add(Rect(0, legend_h, width, height, fillColor=C("#FBFCFD"), strokeColor=C(palette.RULE),
               strokeWidth=0.5))
    # Ties: several between the same pair are offset sideways so each stays visible.
    pairs: dict[frozenset, list] = {}
    for t in d_.ties.values():
        pairs.setdefault(frozenset((t.source, t.target)), []).append(t)
    for group in pairs.values():
        for i, t in enumerate(group):
            style = palette.TIE_STYLES[t.type.value]
            (ax, ay), (bx, by) = at[t.source], at[t.target]
            length = math.hypot(bx - ax, by - ay) or 1.0
            ux, uy = (bx - ax) / length, (by - ay) / length
            shift = (i - (len(group) - 1) / 2) * 2.2
            nx_, ny_ = -uy * shift, ux * shift
            ra, rb = radius(t.source), radius(t.target)
            sx0, sy0 = ax + ux * ra + nx_, ay + uy * ra + ny_
            ex, ey = bx - ux * rb + nx_, by - uy * rb + ny_
            if large:
                d.add(Line(sx0, sy0, ex, ey, strokeColor=C(style.colour),
                           strokeWidth=0.25 + 0.1 * t.strength, strokeOpacity=0.35))
                continue
            width_ = style.base_width + style.per_strength * t.strength
            line = Line(sx0, sy0, ex, ey, strokeColor=C(style.colour), strokeWidth=width_,
                        strokeDashArray=list(style.dash) or None)
            d.add(line)
            if t.directed:
                head = 4.2 + width_
                hx, hy = ex, ey
                lx, ly = hx - ux * head, hy - uy * head
                d.add(Polygon([hx, hy, lx - uy * head * 0.45, ly + ux * head * 0.45,
                               lx + uy * head * 0.45, ly - ux * head * 0.45],
                              fillColor=C(style.colour), strokeColor=None))
    # Nodes, most powerful last (on top); numbers inside when large enough.
    placer = LabelPlacer(Box(2, legend_h + 2, width - 2, legend_h + height - 2), REGULAR,
                         LABEL_SIZE)
    for sid in d_.stakeholders:
        x, y = at[sid]
        r = radius(sid)
        placer.block(Box(x - r, y - r, x + r, y + r))
    order = sorted(d_.stakeholders, key=lambda s: d_.stakeholders[s].power)
    for sid in order:
        x, y = at[sid]
        r = radius(sid)
        s = d_.stakeholders[sid]
        d.add(Circle(x, y, r, fillColor=C(palette.category_colour(s.category)),
                     strokeColor=colors.white, strokeWidth=0.8))
        if r >= 6:
            num = str(f.stakeholder_no[sid])
            d.add(String(x, y - r * 0.33, num, fontName=BOLD, fontSize=min(7.5, r * 0.95),
                         fillColor=colors.white, textAnchor="middle"))
    max_labels = LARGE_MAP_LABELS if large else 40
    labelled = 0
    # Brokers first on a large map: they are the ones the text and the tables talk about.
    first = {b.id for b in f.brokers} if large else set()
    for sid in sorted(d_.stakeholders, key=lambda s: (s not in first, -d_.stakeholders[s].power)):
        if labelled >= max_labels:
            break
        x, y = at[sid]
        text = fit_text(f.short_name(sid), REGULAR, LABEL_SIZE, 140)
        placed = placer.place(text, x, y, radius(sid))
        if placed:
            labelled += 1
            b = placed.box
            d.add(Rect(b.x0 - 1, b.y0, b.x1 - b.x0 + 2, b.y1 - b.y0, fillColor=colors.white,
                       strokeColor=None, fillOpacity=0.78))
            d.add(String(placed.x, placed.y, placed.text, fontName=REGULAR, fontSize=LABEL_SIZE,
                         fillColor=st.INK, textAnchor=placed.anchor))
    # Legend: categories present, then tie types present.
    col_w = width / legend_cols
    y = legend_h - 10
    rows = math.ceil(len(cats) / legend_cols)
    for i, cat in enumerate(cats):
        lx = (i % legend_cols) * col_w + 4
        ly = y - (i // legend_cols) * 10
        d.add(Circle(lx + 3, ly + 2.3, 3.2, fillColor=C(palette.category_colour(cat)),
                     strokeColor=None))
        d.add(String(lx + 10, ly, fit_text(f.p.label("category", cat), REGULAR, 6.6, col_w - 14),
                     fontName=REGULAR, fontSize=6.6, fillColor=st.INK))
    if types:
        ly = y - rows * 10
        tw = width / max(5, len(types))
        for i, tt in enumerate(types):
            style = palette.TIE_STYLES[tt]
            lx = i * tw + 4
            d.add(Line(lx, ly + 2.3, lx + 18, ly + 2.3, strokeColor=C(style.colour),
                       strokeWidth=1.3, strokeDashArray=None if large else list(style.dash) or None))
            d.add(String(lx + 22, ly, f.p.label("tie", tt), fontName=REGULAR, fontSize=6.6,
                         fillColor=st.INK))
    return d


class NetworkMap(Flowable):
    """The network map as a flowable that fits the room left on the page.

    It is drawn at full height when there is room, else as tall as the room allows down to
    LEAST_HEIGHT, keeping ``reserve`` points free below it (for its caption); with less room
    than that it asks for its full height, which moves it to the next page.
    """

    def __init__(self, f: Facts, reserve: float = 0.0) -> None:
        super().__init__()
        self.facts = f
        self.reserve = reserve
        self.legend = legend_height(f)
        self._drawing: Drawing | None = None
        self._height = -1.0

    @property
    def least_height(self) -> float:
        """The smallest height it is drawn at, legend included."""
        return LEAST_HEIGHT + self.legend

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Choose the map's height for the room available."""
        room = avail_height - self.reserve - self.legend
        height = FULL_HEIGHT if room < LEAST_HEIGHT else min(FULL_HEIGHT, room)
        if height != self._height:
            self._drawing = network_map(self.facts, height=height)
            self._height = height
        assert self._drawing is not None
        self.width, self.height = self._drawing.width, self._drawing.height
        return self.width, self.height

    def draw(self) -> None:
        """Draw the map chosen by the last wrap."""
        assert self._drawing is not None
        self._drawing.drawOn(self.canv, 0, 0)
