"""Vector charts of the brief, drawn with reportlab.graphics (crisp at any zoom and in print).

- the feasibility-impact matrix (DOMAIN.md section 4) with its four quadrants;
- stacked contribution bars: how much each criterion adds to each option's overall score;
- the power-interest grid (Mendelow 1991) with each stakeholder as a numbered dot.

Colours come from :mod:`exports.palette`, shared with the window. Text in drawings is plain
(reportlab.graphics does not parse markup), so user names are drawn as they are.
"""

from __future__ import annotations

import math

from reportlab.graphics.shapes import Circle, Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from exports import palette
from exports.brief import formatting as fmt
from exports.brief import styles as st
from exports.brief.drafting import MATRIX_SPLIT
from exports.brief.facts import Facts
from exports.brief.fonts import BOLD, REGULAR
from exports.brief.labels import Box, LabelPlacer, fit_text

C = colors.HexColor
GRID = C("#D5DBE1")
AXIS = C(palette.MUTED)


def new_drawing(width: float, height: float) -> Drawing:
    """A Drawing whose initial font is DejaVu: reportlab's default (Helvetica) would be
    referenced in the PDF without being embedded."""
    d = Drawing(width, height)
    d.initialFontName = REGULAR
    d.initialFontSize = 7
    return d


def _text(x: float, y: float, text: str, size: float = 7, *, bold: bool = False,
          colour: colors.Color = st.INK, anchor: str = "start") -> String:
    return String(x, y, text, fontName=BOLD if bold else REGULAR, fontSize=size,
                  fillColor=colour, textAnchor=anchor)


def name_lines(text: str, width: float, size: float = 7, *, bold: bool = False) -> list[str]:
    """A bar's name on one line, or on two (cut at a space) when it does not fit ``width``;
    only a name too long for two lines is shortened with an ellipsis."""
    font = BOLD if bold else REGULAR
    text = " ".join(text.split())
    if stringWidth(text, font, size) <= width:
        return [text]
    words = text.split(" ")
    first = words[0]
    for k in range(1, len(words)):
        candidate = " ".join(words[:k])
        if stringWidth(candidate, font, size) > width:
            break
        first = candidate
    rest = text[len(first):].strip()
    return [fit_text(first, font, size, width), fit_text(rest, font, size, width)] if rest else [first]


def _name_label(d: Drawing, x: float, y_mid: float, text: str, width: float, *, bold: bool = False) -> None:
    """Draw a bar's name right-aligned at ``x``, centred on ``y_mid``, in one or two lines."""
    lines = name_lines(text, width, 7, bold=bold)
    if len(lines) == 1:
        d.add(_text(x, y_mid - 2.4, lines[0], 7, bold=bold, anchor="end"))
        return
    for line, dy in zip(lines, (1.2, -6.2), strict=True):
        d.add(_text(x, y_mid + dy, line, 6.4, bold=bold, anchor="end"))


def _axis_range(values: list[float]) -> tuple[float, float]:
    """A 0.1-aligned range around the values that keeps the 0.5 split visible."""
    lo = math.floor((min(values) - 0.04) * 10) / 10
    hi = math.ceil((max(values) + 0.04) * 10) / 10
    lo, hi = max(0.0, min(lo, MATRIX_SPLIT - 0.1)), min(1.0, max(hi, MATRIX_SPLIT + 0.1))
    return lo, hi


# ------------------------------------------------------------------ feasibility-impact matrix
def feasibility_impact_matrix(f: Facts, width: float = st.FRAME_WIDTH,
                              height: float = 300) -> Drawing:
    """Options by feasibility (x) and impact (y); markers carry the rank, labels the name."""
    d = new_drawing(width, height)
    left, bottom, right, top = 40, 34, width - 8, height - 8
    ranking = list(f.ranking)
    xlo, xhi = _axis_range([r.feasibility for r in ranking])
    ylo, yhi = _axis_range([r.impact for r in ranking])

    def px(v: float) -> float:
        return left + (v - xlo) / (xhi - xlo) * (right - left)

    def py(v: float) -> float:
        return bottom + (v - ylo) / (yhi - ylo) * (top - bottom)

    sx, sy = px(MATRIX_SPLIT), py(MATRIX_SPLIT)
    fills = palette.MATRIX_COLOURS
    for key, (x0, y0, x1, y1) in {
        "avoid": (left, bottom, sx, sy), "easy_but_minor": (sx, bottom, right, sy),
        "major_reforms": (left, sy, sx, top), "quick_wins": (sx, sy, right, top),
    }.items():
        d.add(Rect(x0, y0, x1 - x0, y1 - y0, fillColor=C(fills[key]), strokeColor=None))
    # Grid, ticks and axis titles.
    steps = round((xhi - xlo) * 10)
    for i in range(steps + 1):
        v = xlo + i / 10
        d.add(Line(px(v), bottom, px(v), top, strokeColor=GRID, strokeWidth=0.3))
        d.add(_text(px(v), bottom - 10, fmt.number(v, f.lang, 1), 6.5, colour=AXIS,
                    anchor="middle"))
    steps = round((yhi - ylo) * 10)
    for i in range(steps + 1):
        v = ylo + i / 10
        d.add(Line(left, py(v), right, py(v), strokeColor=GRID, strokeWidth=0.3))
        d.add(_text(left - 4, py(v) - 2.2, fmt.number(v, f.lang, 1), 6.5, colour=AXIS,
                    anchor="end"))
    d.add(Line(sx, bottom, sx, top, strokeColor=AXIS, strokeWidth=0.8, strokeDashArray=[3, 2]))
    d.add(Line(left, sy, right, sy, strokeColor=AXIS, strokeWidth=0.8, strokeDashArray=[3, 2]))
    d.add(Rect(left, bottom, right - left, top - bottom, fillColor=None, strokeColor=AXIS,
               strokeWidth=0.6))
    d.add(_text((left + right) / 2, 6, f.p("axis_feasibility") + " →", 8, bold=True,
                colour=st.PRIMARY, anchor="middle"))
    title = String(0, 0, f.p("axis_impact") + " →", fontName=BOLD, fontSize=8,
                   fillColor=st.PRIMARY, textAnchor="middle")
    from reportlab.graphics.shapes import Group as GGroup

    g = GGroup(title)
    g.transform = (0, 1, -1, 0, 11, (bottom + top) / 2)
    d.add(g)

    placer = LabelPlacer(Box(left + 1, bottom + 1, right - 1, top - 1), REGULAR, 6.8)
    # Quadrant names in the outer corners, reserved first so that no label covers them.
    corner = 5
    for key, x, y, anchor in (
        ("quick_wins", right - corner, top - 11, "end"),
        ("major_reforms", left + corner, top - 11, "start"),
        ("easy_but_minor", right - corner, bottom + 5, "end"),
        ("avoid", left + corner, bottom + 5, "start"),
    ):
        label = f.p(key).upper()
        w = stringWidth(label, BOLD, 7)
        d.add(_text(x, y, label, 7, bold=True, colour=C("#6B7B8C"), anchor=anchor))
        x0 = x - w if anchor == "end" else x
        placer.block(Box(x0, y - 2, x0 + w, y + 7))
    radius = 6.5 if len(ranking) <= 20 else 5.0 if len(ranking) <= 40 else 4.0
    points = _separate([(r, px(r.feasibility), py(r.impact)) for r in ranking], radius,
                       (left, bottom, right, top))
    for _, x, y in points:
        placer.block(Box(x - radius, y - radius, x + radius, y + radius))
    lead = {r.option for r in f.leading}
    labels = []
    for r, x, y in points:  # in rank order: the best options get the best label places
        name = fit_text(f.option_name(r.option), REGULAR, 6.8, 150)
        placed = placer.place(name, x, y, radius)
        if placed:
            labels.append(placed)
    for r, x, y in reversed(points):  # best drawn last, on top
        fill = st.ACCENT if r.option in lead else st.PRIMARY
        d.add(Circle(x, y, radius, fillColor=fill, strokeColor=colors.white, strokeWidth=0.8))
        if radius >= 5:
            d.add(_text(x, y - 2.3, str(r.rank), 6.3 if r.rank < 10 else 5.6, bold=True,
                        colour=colors.white, anchor="middle"))
    for lab in labels:
        b = lab.box  # a light backing so that grid and split lines do not strike through names
        d.add(Rect(b.x0 - 1, b.y0, b.x1 - b.x0 + 2, b.y1 - b.y0, fillColor=colors.white,
                   strokeColor=None, fillOpacity=0.7))
        d.add(_text(lab.x, lab.y, lab.text, 6.8, anchor=lab.anchor))
    return d


def _separate(points: list, radius: float, bounds: tuple[float, float, float, float]) -> list:
    """Markers that would cover each other are nudged apart (in rank order, the better-ranked
    one stays put), so that every number stays readable; a nudge is at most a few marker widths.
    """
    placed: list[tuple[float, float]] = []
    out = []
    gap = radius * 2.05
    left, bottom, right, top = bounds
    for item, x, y in points:
        nx_, ny_ = x, y
        if any(math.hypot(x - a, y - b) < gap for a, b in placed):
            for ring in range(1, 6):
                found = False
                for k in range(8):
                    angle = math.pi / 4 * k + (math.pi / 8 if ring % 2 == 0 else 0.0)
                    cx = x + math.cos(angle) * gap * ring
                    cy = y + math.sin(angle) * gap * ring
                    if not (left + radius <= cx <= right - radius and
                            bottom + radius <= cy <= top - radius):
                        continue
                    if all(math.hypot(cx - a, cy - b) >= gap for a, b in placed):
                        nx_, ny_, found = cx, cy, True
                        break
                if found:
                    break
        placed.append((nx_, ny_))
        out.append((item, nx_, ny_))
    return out


def name_column_width(names: list[str], width: float, font: str = BOLD, size: float = 7) -> float:
    """Room for the option names left of a bar chart: 185 pt, widened up to 40% of the chart
    for long names (French runs about 20% longer); longer names take two lines."""
    longest = max((stringWidth(n, font, size) for n in names), default=0.0) + 4
    return max(185.0, min(longest, 0.40 * width))


# ------------------------------------------------------------------ contributions
def contribution_bars(f: Facts, limit: int = 12, width: float = st.FRAME_WIDTH) -> Drawing:
    """Stacked horizontal bars: each criterion's weight × value for the best-ranked options."""
    rows = list(f.ranking[:limit])
    criteria = list(f.dialogue.criteria.values())
    colour_of = {}
    counters = {"feasibility": 0, "impact": 0}
    for c in criteria:
        colour_of[c.id] = palette.series_colour(c.group.value, counters[c.group.value])
        counters[c.group.value] += 1
    row_h, gap = 13.0, 4.0
    label_w = name_column_width([f"{r.rank}. {f.option_name(r.option)}" for r in rows], width, REGULAR)
    legend_cols = 2
    legend_rows = math.ceil(len(criteria) / legend_cols)
    legend_h = legend_rows * 10.5 + 6
    plot_h = len(rows) * (row_h + gap)
    height = plot_h + 22 + legend_h
    d = new_drawing(width, height)
    left, right = label_w + 6, width - 30
    top = height - 4
    bottom = top - plot_h
    max_score = max([r.score for r in rows] + [0.1])
    scale_max = min(1.0, math.ceil(max_score * 10) / 10)

    def px(v: float) -> float:
        return left + v / scale_max * (right - left)

    ticks = round(scale_max * 10)
    for i in range(ticks + 1):
        v = i / 10
        d.add(Line(px(v), bottom, px(v), top, strokeColor=GRID, strokeWidth=0.3))
        d.add(_text(px(v), bottom - 9, fmt.number(v, f.lang, 1), 6.3, colour=AXIS,
                    anchor="middle"))
    contributions = f.result.contributions
    for i, r in enumerate(rows):
        y = top - (i + 1) * (row_h + gap) + gap / 2
        _name_label(d, left - 5, y + row_h / 2, f"{r.rank}. {f.option_name(r.option)}", label_w)
        x = px(0)
        for c in criteria:
            v = float(contributions.loc[r.option, c.id]) if c.id in contributions.columns else 0.0
            if v <= 0:
                continue
            w = v / scale_max * (right - left)
            d.add(Rect(x, y, w, row_h, fillColor=C(colour_of[c.id]), strokeColor=colors.white,
                       strokeWidth=0.4))
            x += w
        d.add(_text(x + 3, y + row_h / 2 - 2.4, fmt.number(r.score, f.lang), 6.5,
                    bold=True, colour=st.INK))
    d.add(Line(px(0), bottom, px(0), top, strokeColor=AXIS, strokeWidth=0.6))
    # Legend: criteria in two columns, feasibility first (criterion order).
    ly = bottom - 22
    col_w = width / legend_cols
    for k, c in enumerate(criteria):
        cx = (k // legend_rows) * col_w + 4
        cy = ly - (k % legend_rows) * 10.5
        d.add(Rect(cx, cy - 1, 8, 7, fillColor=C(colour_of[c.id]), strokeColor=None))
        group = f.p.label("group", c.group)
        d.add(_text(cx + 12, cy, fit_text(f"{f.text(c.name)} ({group})", REGULAR, 6.8,
                                            col_w - 20), 6.8))
    return d


# ------------------------------------------------------------------ power-interest grid
def power_interest_grid(f: Facts, size: float = 250) -> Drawing:
    """Interest (x) against power (y) on 1 to 5; each stakeholder a numbered dot."""
    from stakeholder_map.grid import HIGH_FROM

    d = new_drawing(size, size)
    left, bottom = 26, 24
    right, top = size - 4, size - 4
    cell_w, cell_h = (right - left) / 5, (top - bottom) / 5

    def cx(level: float) -> float:
        return left + (level - 0.5) * cell_w

    def cy(level: float) -> float:
        return bottom + (level - 0.5) * cell_h

    split_x, split_y = cx(HIGH_FROM - 0.5), cy(HIGH_FROM - 0.5)
    fills = palette.POWER_INTEREST_COLOURS
    for key, (x0, y0, x1, y1) in {
        "monitor": (left, bottom, split_x, split_y),
        "keep_informed": (split_x, bottom, right, split_y),
        "keep_satisfied": (left, split_y, split_x, top),
        "manage_closely": (split_x, split_y, right, top),
    }.items():
        d.add(Rect(x0, y0, x1 - x0, y1 - y0, fillColor=C(fills[key]), strokeColor=None))
    for i in range(6):
        d.add(Line(left + i * cell_w, bottom, left + i * cell_w, top, strokeColor=colors.white,
                   strokeWidth=0.6))
        d.add(Line(left, bottom + i * cell_h, right, bottom + i * cell_h, strokeColor=colors.white,
                   strokeWidth=0.6))
    for level in range(1, 6):
        d.add(_text(cx(level), bottom - 9, str(level), 6.5, colour=AXIS, anchor="middle"))
        d.add(_text(left - 5, cy(level) - 2.2, str(level), 6.5, colour=AXIS, anchor="end"))
    d.add(Line(split_x, bottom, split_x, top, strokeColor=AXIS, strokeWidth=0.7,
               strokeDashArray=[3, 2]))
    d.add(Line(left, split_y, right, split_y, strokeColor=AXIS, strokeWidth=0.7,
               strokeDashArray=[3, 2]))
    d.add(Rect(left, bottom, right - left, top - bottom, fillColor=None, strokeColor=AXIS,
               strokeWidth=0.6))
    d.add(_text((left + right) / 2, 3, f.p("axis_interest") + " →", 7.5, bold=True,
                colour=st.PRIMARY, anchor="middle"))
    from reportlab.graphics.shapes import Group as GGroup

    g = GGroup(String(0, 0, f.p("axis_power") + " →", fontName=BOLD, fontSize=7.5,
                      fillColor=st.PRIMARY, textAnchor="middle"))
    g.transform = (0, 1, -1, 0, 8, (bottom + top) / 2)
    d.add(g)
    # Dots: the stakeholders sharing a cell are laid out on a small square grid inside it.
    cells: dict[tuple[int, int], list[str]] = {}
    for sid, s in f.dialogue.stakeholders.items():
        cells.setdefault((s.interest, s.power), []).append(sid)
    for (interest, power), ids in cells.items():
        k = math.ceil(math.sqrt(len(ids)))
        pitch = min(cell_w, cell_h) / (k + 0.3)
        r = min(6.0, pitch * 0.46)
        for j, sid in enumerate(ids):
            gx, gy = j % k, j // k
            x = cx(interest) + (gx - (k - 1) / 2) * pitch
            y = cy(power) - (gy - (k - 1) / 2) * pitch
            s = f.dialogue.stakeholders[sid]
            d.add(Circle(x, y, r, fillColor=C(palette.category_colour(s.category)),
                         strokeColor=colors.white, strokeWidth=0.6))
            if r >= 4.2:
                n = str(f.stakeholder_no[sid])
                d.add(_text(x, y - r * 0.36, n, r * (1.05 if len(n) < 2 else 0.9), bold=True,
                            colour=colors.white, anchor="middle"))
    return d


# ------------------------------------------------------------------ position bars
def position_bars(f: Facts, option_ids: list[str], width: float = st.FRAME_WIDTH) -> Drawing:
    """Support (right) and opposition (left) of each option, weighted by power.

    Each stakeholder adds ``power × confidence × |stance| / 2`` to its side, as a share of the
    total power of the map (the terms of the political feasibility index of
    :mod:`dialogue.political`); darker segments are strong positions (±2). The number at the
    right is the index, support minus opposition.
    """
    row_h, gap = 12.0, 5.0
    label_w = name_column_width([f"{f.result.by_option()[o].rank}. {f.option_name(o)}" for o in option_ids], width)
    legend_h = 16
    height = len(option_ids) * (row_h + gap) + 18 + legend_h
    d = new_drawing(width, height)
    left, right = label_w + 8, width - 40
    top = height - 4
    bottom = top - len(option_ids) * (row_h + gap)
    parts = {}
    reach_l, reach_r = 0.1, 0.1
    for oid in option_ids:
        pf = f.political[oid]
        total = pf.total_power or 1.0
        seg = {k: 0.0 for k in (-2, -1, 1, 2)}
        for stand in (*pf.supporters, *pf.opponents):
            if stand.stance:
                seg[stand.stance] += abs(stand.contribution) / total
        parts[oid] = seg
        reach_l = max(reach_l, seg[-2] + seg[-1])
        reach_r = max(reach_r, seg[1] + seg[2])
    # One scale for both sides (so that lengths compare), each side as long as it needs.
    reach_l = min(1.0, math.ceil(reach_l * 10 - 1e-9) / 10)
    reach_r = min(1.0, math.ceil(reach_r * 10 - 1e-9) / 10)
    unit = (right - left) / (reach_l + reach_r)
    mid = left + reach_l * unit
    half = unit  # points per 1.0 of share
    reach = 1.0

    def px(v: float) -> float:
        return mid + v * unit

    ticks_l, ticks_r = round(reach_l * 10), round(reach_r * 10)
    step = 1 if ticks_l + ticks_r <= 8 else 2
    for i in range(-ticks_l, ticks_r + 1):
        v = i / 10
        d.add(Line(px(v), bottom, px(v), top, strokeColor=GRID, strokeWidth=0.3))
        if i % step == 0:
            d.add(_text(px(v), bottom - 9, fmt.number(abs(v), f.lang, 1), 6.3, colour=AXIS,
                        anchor="middle"))
    colours = {k: C(palette.STANCE_COLOURS[k]) for k in (-2, -1, 1, 2)}
    lead = {r.option for r in f.leading}
    for i, oid in enumerate(option_ids):
        y = top - (i + 1) * (row_h + gap) + gap / 2
        rank = f.result.by_option()[oid].rank
        _name_label(d, left - 6, y + row_h / 2, f"{rank}. {f.option_name(oid)}", label_w,
                    bold=oid in lead)
        seg = parts[oid]
        x = mid
        for k in (1, 2):
            w = seg[k] / reach * half
            if w > 0:
                d.add(Rect(x, y, w, row_h, fillColor=colours[k], strokeColor=None))
                x += w
        x = mid
        for k in (-1, -2):
            w = seg[k] / reach * half
            if w > 0:
                d.add(Rect(x - w, y, w, row_h, fillColor=colours[k], strokeColor=None))
                x -= w
        d.add(_text(right + 36, y + row_h / 2 - 2.4, fmt.signed(f.political[oid].index, f.lang),
                    6.8, bold=True, anchor="end"))
    d.add(Line(mid, bottom - 2, mid, top, strokeColor=st.INK, strokeWidth=0.8))
    # Legend.
    ly = 3
    items = [(-2, f.p.label("stance", -2)), (-1, f.p.label("stance", -1)),
             (1, f.p.label("stance", 1)), (2, f.p.label("stance", 2))]
    x = 4.0
    for k, label in items:
        d.add(Rect(x, ly, 8, 7, fillColor=colours[k], strokeColor=None))
        d.add(_text(x + 11, ly + 1, label, 6.6))
        x += 16 + stringWidth(label, REGULAR, 6.6) + 10
    d.add(_text(right + 36, ly + 1, f.p("index_short"), 6.6, bold=True, anchor="end"))
    return d


# ------------------------------------------------------------------ one-way sensitivity
def one_way_chart(f: Facts, one_way: object, switch: object, width: float = st.FRAME_WIDTH,
                  height: float = 200) -> Drawing:
    """Overall scores of the leading options (and the option that would take over) as one
    criterion's weight goes from 0 to 1; the current weight and the switch point marked."""
    from reportlab.graphics.shapes import Group as GGroup
    from reportlab.graphics.shapes import PolyLine

    ids = list(one_way.options)
    shown = [r.option for r in f.ranking[:3]]
    if switch is not None and switch.new_leader not in shown:
        shown.append(switch.new_leader)
    legend_rows = math.ceil(len(shown) / 2)
    legend_h = legend_rows * 11 + 4
    d = new_drawing(width, height + legend_h)
    left, bottom, right, top = 44, legend_h + 30, width - 10, height + legend_h - 6
    xs = list(one_way.weights)
    cols = [ids.index(o) for o in shown]
    values = [float(v) for c in cols for v in one_way.scores[:, c]]
    lo = max(0.0, math.floor((min(values) - 0.02) * 10) / 10)
    hi = min(1.0, math.ceil((max(values) + 0.02) * 10) / 10)
    if hi - lo < 0.2:
        hi = min(1.0, lo + 0.2)

    def px(v: float) -> float:
        return left + v * (right - left)

    def py(v: float) -> float:
        return bottom + (v - lo) / (hi - lo) * (top - bottom)

    for i in range(11):
        v = i / 10
        d.add(Line(px(v), bottom, px(v), top, strokeColor=GRID, strokeWidth=0.3))
        d.add(_text(px(v), bottom - 9, fmt.number(v, f.lang, 1), 6.3, colour=AXIS,
                    anchor="middle"))
    steps = round((hi - lo) * 10)
    for i in range(steps + 1):
        v = lo + i / 10
        d.add(Line(left, py(v), right, py(v), strokeColor=GRID, strokeWidth=0.3))
        d.add(_text(left - 4, py(v) - 2.2, fmt.number(v, f.lang, 1), 6.3, colour=AXIS,
                    anchor="end"))
    d.add(Rect(left, bottom, right - left, top - bottom, fillColor=None, strokeColor=AXIS,
               strokeWidth=0.6))
    lines = [st.ACCENT, st.PRIMARY, C("#2E86C1"), C("#1E8449"), C("#7D3C98")]
    half = width / 2
    for k, c in enumerate(cols):
        pts: list[float] = []
        for x, y in zip(xs, one_way.scores[:, c], strict=True):
            pts += [px(float(x)), py(float(y))]
        colour = lines[k % len(lines)]
        d.add(PolyLine(pts, strokeColor=colour, strokeWidth=1.7 if k == 0 else 1.1))
        lx = (k % 2) * half + left
        ly = legend_h - 10 - (k // 2) * 11
        d.add(Line(lx, ly + 2.5, lx + 16, ly + 2.5, strokeColor=colour, strokeWidth=1.7))
        d.add(_text(lx + 20, ly, fit_text(f.option_name(shown[k]), REGULAR, 6.8, half - 30),
                    6.8))
    d.add(Line(px(one_way.current), bottom, px(one_way.current), top, strokeColor=st.INK,
               strokeWidth=0.8, strokeDashArray=[3, 2]))
    if switch is not None:
        d.add(Line(px(switch.at), bottom, px(switch.at), top, strokeColor=st.ACCENT,
                   strokeWidth=0.9, strokeDashArray=[1, 1.5]))
    d.add(_text((left + right) / 2, bottom - 21, fit_text(
        f.p("axis_weight_of", criterion=f.text(one_way.criterion_name)), BOLD, 7.5,
        right - left) + " →", 7.5, bold=True, colour=st.PRIMARY, anchor="middle"))
    g = GGroup(String(0, 0, f.p("axis_score") + " →", fontName=BOLD, fontSize=7.5,
                      fillColor=st.PRIMARY, textAnchor="middle"))
    g.transform = (0, 1, -1, 0, 10, (bottom + top) / 2)
    d.add(g)
    return d
