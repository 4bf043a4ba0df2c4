"""Where to draw each stakeholder: force-directed, circular by category, or in shells by power.

Every layout returns ``{stakeholder id: (x, y)}`` in map units (about -400 to 400 by default, the
range of the example dialogue), ready for :func:`dialogue.edits.move_stakeholders`, which makes
the positions part of the document so that they survive saving and can be undone.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Iterable, Mapping

import networkx as nx
import numpy as np

from stakeholder_map.model import Category, Stakeholder

SCALE = 400.0
"""Half the width of the drawing, in map units."""
DEFAULT_SEED = 7
ITERATIONS = 50

Places = dict[str, tuple[float, float]]


def _edges(
    graph: nx.Graph, index: Mapping[object, int], weight: str | None
) -> tuple[np.ndarray, ...]:
    seen: dict[tuple[int, int], float] = {}
    for u, v, data in graph.edges(data=True):
        if u == v:
            continue
        i, j = sorted((index[u], index[v]))
        w = float(data.get(weight, 1.0)) if weight else 1.0
        seen[(i, j)] = max(seen.get((i, j), 0.0), w)
    if not seen:
        empty = np.zeros(0, dtype=np.intp)
        return empty, empty, np.zeros(0)
    pairs = np.array(list(seen), dtype=np.intp)
    return pairs[:, 0], pairs[:, 1], np.array(list(seen.values()))


def force_layout(
    graph: nx.Graph,
    *,
    seed: int = DEFAULT_SEED,
    iterations: int = ITERATIONS,
    initial: Mapping[str, tuple[float, float]] | None = None,
    fixed: Collection[str] = (),
    weight: str | None = None,
    scale: float = SCALE,
) -> Places:
    """A force-directed layout (Fruchterman & Reingold 1991), seeded and so repeatable.

    Tied stakeholders pull together with force ``d^2 / k`` and every pair pushes apart with
    ``k^2 / d``, where ``k = 1 / sqrt(n)`` is the ideal distance in a unit square; each step's
    move is capped by a temperature that cools linearly to zero over ``iterations`` steps. These
    are the forces and the cooling of networkx's ``spring_layout``, computed here with numpy on
    whole arrays: repulsion as n x n arrays, attraction along the tie list only. networkx
    switches above 500 nodes to a loop over nodes in Python, about 4 s for 1,000 stakeholders
    and 5,000 ties; this takes a fraction of a second (see docs/performance.md).

    Parameters
    ----------
    graph:
        The map's graph; direction is ignored.
    seed:
        Seed of the random starting positions: the same seed and graph give the same layout.
    iterations:
        Number of cooling steps.
    initial:
        Starting positions (map units) for some stakeholders, for example where the user left
        them; the others start at random.
    fixed:
        Stakeholders that must not move (for example dragged by the user); they keep their
        ``initial`` position exactly, and the layout is not rescaled.
    weight:
        Edge attribute to use as attraction weight (for example ``"strength"``); unweighted
        when None.
    scale:
        Without fixed nodes, the result is centred on 0 and scaled so that the farthest
        coordinate is ``scale``.

    Returns
    -------
    dict
        Stakeholder id to ``(x, y)``.

    Examples
    --------
    >>> places = force_layout(nx.path_graph(["a", "b", "c"]))
    >>> places == force_layout(nx.path_graph(["a", "b", "c"]))
    True
    """
    nodes = list(graph.nodes)
    n = len(nodes)
    if n == 0:
        return {}
    initial = dict(initial or {})
    fixed_ids = [v for v in fixed if v in initial and v in graph]
    if n == 1:
        only = nodes[0]
        return {str(only): tuple(map(float, initial.get(only, (0.0, 0.0))))}  # type: ignore[dict-item]
    index = {v: i for i, v in enumerate(nodes)}
    rng = np.random.default_rng(seed)
    pos = rng.random((n, 2))  # float64 positions; the n x n work below is in float32
    # Given positions are mapped into the unit square the algorithm works in, and back at the end.
    given = [v for v in nodes if v in initial]
    lo, span = np.zeros(2), np.ones(2)
    if given:
        pts = np.array([initial[v] for v in given], dtype=float)
        lo = pts.min(axis=0)
        span = np.maximum(pts.max(axis=0) - lo, 1e-9)
        span[:] = span.max()
        for v, p in zip(given, pts, strict=True):
            pos[index[v]] = (p - lo) / span
    movable = np.ones(n, dtype=bool)
    movable[[index[v] for v in fixed_ids]] = False
    src, dst, w = _edges(graph, index, weight)
    k = math.sqrt(1.0 / n)
    t = max(float(np.ptp(pos[:, 0])), float(np.ptp(pos[:, 1]))) * 0.1
    dt = t / (iterations + 1)
    for _ in range(iterations):
        # Single precision halves the memory traffic of the n x n arrays, the bulk of the time;
        # positions and sums are kept in double precision.
        p32 = pos.astype(np.float32)
        dx = p32[:, 0, None] - p32[None, :, 0]
        dy = p32[:, 1, None] - p32[None, :, 1]
        dist2 = dx * dx
        dist2 += dy * dy
        np.maximum(dist2, np.float32(1e-4), out=dist2)  # networkx clips distances at 0.01
        rep = np.float32(k * k) / dist2
        dx *= rep
        dy *= rep
        disp = np.column_stack((dx.sum(axis=1, dtype=np.float64), dy.sum(axis=1, dtype=np.float64)))
        if len(src):
            delta = pos[src] - pos[dst]
            dist = np.maximum(np.sqrt((delta * delta).sum(axis=1)), 0.01)
            pull = delta * (w * dist / k)[:, None]
            np.subtract.at(disp, src, pull)
            np.add.at(disp, dst, pull)
        length = np.maximum(np.sqrt((disp * disp).sum(axis=1)), 0.01)
        step = disp * (t / length)[:, None]
        pos[movable] += step[movable]
        t -= dt
    if fixed_ids:
        out = pos * span + lo
    else:
        out = pos - pos.mean(axis=0)
        extent = np.abs(out).max()
        out = out * (scale / extent) if extent > 0 else out
    return {str(v): (float(out[i, 0]), float(out[i, 1])) for i, v in enumerate(nodes)}


def _circle(count: int, radius: float, offset: float = 0.0) -> list[tuple[float, float]]:
    if count == 1 and radius == 0:
        return [(0.0, 0.0)]
    return [
        (radius * math.cos(offset + 2 * math.pi * i / count),
         radius * math.sin(offset + 2 * math.pi * i / count))
        for i in range(count)
    ]


def circular_by_category(stakeholders: Iterable[Stakeholder], scale: float = SCALE) -> Places:
    """Stakeholders on one circle, grouped by category with a gap between categories.

    Categories follow the order of :class:`~stakeholder_map.model.Category` (ministries first),
    stakeholders within a category the order of the map; the first is at angle 0 (right).

    Examples
    --------
    >>> s = [Stakeholder("a", "A"), Stakeholder("b", "B", category="union")]
    >>> {k: (round(x), round(y)) for k, (x, y) in circular_by_category(s).items()}
    {'a': (400, 0), 'b': (-400, 0)}
    """
    items = list(stakeholders)
    rank = {c: i for i, c in enumerate(Category)}
    ordered = sorted(enumerate(items), key=lambda p: (rank[p[1].category], p[0]))
    slots: list[str | None] = []
    previous: Category | None = None
    for _, s in ordered:
        if previous is not None and previous != s.category:
            slots.append(None)  # an empty slot marks the change of category
        slots.append(s.id)
        previous = s.category
    if len([x for x in slots if x is not None]) > 1 and None in slots:
        slots.append(None)  # the gap between the last category and the first
    points = _circle(len(slots), scale)
    return {sid: points[i] for i, sid in enumerate(slots) if sid is not None}


def shells_by_power(stakeholders: Iterable[Stakeholder], scale: float = SCALE) -> Places:
    """Concentric circles by power: the most powerful (5) innermost, the least (1) outermost.

    Shell radii are ``scale * (6 - power) / 5``; within a shell stakeholders are ordered by
    category then map order, evenly spaced, each shell turned a little so that its members do
    not line up with the next shell's.

    Examples
    --------
    >>> s = [Stakeholder("a", "A", power=5), Stakeholder("b", "B", power=1)]
    >>> {k: (round(x), round(y)) for k, (x, y) in shells_by_power(s).items()}
    {'a': (80, 0), 'b': (400, 0)}
    """
    items = list(stakeholders)
    rank = {c: i for i, c in enumerate(Category)}
    places: Places = {}
    for power in range(5, 0, -1):
        shell = sorted(
            (p for p in enumerate(items) if p[1].power == power),
            key=lambda p: (rank[p[1].category], p[0]),
        )
        if not shell:
            continue
        offset = (5 - power) * math.pi / 12 if len(shell) > 1 else 0.0
        points = _circle(len(shell), scale * (6 - power) / 5, offset)
        for (_, s), point in zip(shell, points, strict=True):
            places[s.id] = point
    return {s.id: places[s.id] for s in items}
