"""All the ties of the map, drawn in batches rather than as one graphics item each.

Per-tie items cost a Python call per tie per frame; 1,500 of them take tens of milliseconds. Here
the ties live in numpy arrays (ends, type, strength, direction, filters) and are drawn with one
``drawLines`` call per pen, plus arrowheads for directed ties. Ends stop at the node's ring and
arrowheads keep their size in pixels, whatever the zoom. Several ties between the same pair are
drawn side by side. The view draws the still ties into its cached background and only the ties
of the nodes being dragged on top, every frame (see :mod:`desktop.widgets.network_view`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import numpy as np
from PySide6.QtCore import QLineF, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPolygonF

from desktop.widgets.network_style import HIGHLIGHT_DIM, SELECTION_COLOUR, tie_pen
from stakeholder_map.model import Tie, TieType

TYPES = [t.value for t in TieType]
PARALLEL_GAP = 5.0  # pixels between ties that join the same pair


class EdgeLayer:
    """The ties as arrays, with their filters and highlight, and how to draw and pick them."""

    def __init__(self) -> None:
        self.ids: list[str] = []
        self.src = np.zeros(0, dtype=np.intp)
        self.dst = np.zeros(0, dtype=np.intp)
        self.kind = np.zeros(0, dtype=np.intp)
        self.strength = np.zeros(0, dtype=np.intp)
        self.directed = np.zeros(0, dtype=bool)
        self.slot = np.zeros(0)
        self.visible = np.zeros(0, dtype=bool)
        self.lit = np.zeros(0, dtype=bool)
        self.node_index: dict[str, int] = {}
        self.pos = np.zeros((0, 2))
        self.radius = np.zeros(0)  # outer radius of each node in pixels

    # ---------------------------------------------------------------- data
    def rebuild(self, node_ids: list[str], ties: Iterable[Tie]) -> None:
        """Take the ties of the document (positions and radii are set separately)."""
        self.node_index = {sid: i for i, sid in enumerate(node_ids)}
        ties = [t for t in ties if t.source in self.node_index and t.target in self.node_index]
        self.ids = [t.id for t in ties]
        self.src = np.array([self.node_index[t.source] for t in ties], dtype=np.intp)
        self.dst = np.array([self.node_index[t.target] for t in ties], dtype=np.intp)
        self.kind = np.array([TYPES.index(t.type.value) for t in ties], dtype=np.intp)
        self.strength = np.array([t.strength for t in ties], dtype=np.intp)
        self.directed = np.array([t.directed for t in ties], dtype=bool)
        # Ties sharing a pair get slots -k..k so that they are drawn side by side.
        groups: dict[tuple[int, int], list[int]] = {}
        for i, (a, b) in enumerate(zip(self.src.tolist(), self.dst.tolist(), strict=True)):
            groups.setdefault((min(a, b), max(a, b)), []).append(i)
        self.slot = np.zeros(len(ties))
        for (a, _b), members in groups.items():
            if len(members) > 1:
                for k, i in enumerate(members):
                    # Offsets are taken perpendicular to the tie drawn from its source; flip them
                    # for ties running the other way so that both sides count from the same end.
                    s = k - (len(members) - 1) / 2
                    self.slot[i] = s if self.src[i] == a else -s
        self.pos = np.zeros((len(node_ids), 2))
        self.radius = np.full(len(node_ids), 10.0)
        self.visible = np.ones(len(ties), dtype=bool)
        self.lit = np.ones(len(ties), dtype=bool)

    def set_places(self, places: Mapping[str, tuple[float, float]]) -> None:
        """Move nodes (scene coordinates)."""
        for sid, (x, y) in places.items():
            i = self.node_index.get(sid)
            if i is not None:
                self.pos[i] = (x, y)

    def touching(self, node_ids: Iterable[str]) -> np.ndarray:
        """Mask of the ties with an end at one of these nodes."""
        idx = [self.node_index[s] for s in node_ids if s in self.node_index]
        if not idx or not len(self.ids):
            return np.zeros(len(self.ids), dtype=bool)
        return np.isin(self.src, idx) | np.isin(self.dst, idx)

    def bounds(self, mask: np.ndarray) -> tuple[float, float, float, float] | None:
        """Scene rectangle (left, top, right, bottom) around the masked ties' ends."""
        if not mask.any():
            return None
        ends = np.concatenate([self.pos[self.src[mask]], self.pos[self.dst[mask]]])
        lo, hi = ends.min(axis=0), ends.max(axis=0)
        return float(lo[0]), float(lo[1]), float(hi[0]), float(hi[1])

    # ---------------------------------------------------------------- geometry
    def _geometry(self, mask: np.ndarray, px: float, pscale: float) -> dict[str, np.ndarray]:
        """Start, end and arrowhead of the masked ties for a zoom of ``px`` scene units per pixel."""
        a, b = self.pos[self.src[mask]], self.pos[self.dst[mask]]
        d = b - a
        length = np.hypot(d[:, 0], d[:, 1])
        keep = length > 1e-9
        safe = np.where(keep, length, 1.0)
        u = d / safe[:, None]
        n = np.column_stack((-u[:, 1], u[:, 0]))
        off = (self.slot[mask] * PARALLEL_GAP * pscale * px)[:, None] * n
        r_a = (self.radius[self.src[mask]] + 1.5) * px
        r_b = (self.radius[self.dst[mask]] + 1.5) * px
        keep &= length > (r_a + r_b)
        start = a + off + u * r_a[:, None]
        tip = b + off - u * r_b[:, None]
        head = (6.0 + 2.0 * self.strength[mask]) * pscale * px
        directed = self.directed[mask]
        # The line stops inside the arrowhead so that its flat end does not show past the tip.
        end = np.where(directed[:, None], tip - u * (head * 0.7)[:, None], tip)
        base = tip - u * head[:, None]
        wing = n * (head * 0.55)[:, None]
        return {"keep": keep, "start": start, "end": end, "tip": tip,
                "left": base + wing, "right": base - wing, "directed": directed}

    # ---------------------------------------------------------------- drawing
    def draw(self, painter: QPainter, mask: np.ndarray, *, pscale: float = 1.0, contrast: bool = False,
             fast: bool = False, emphasis: str | None = None) -> None:
        """Draw the masked ties with the painter's current transform (scene coordinates).

        Dimmed ties (outside a highlight) first and faint, then the lit ones. ``fast`` (while
        zooming) drops antialiasing and dashes; ``emphasis`` is a tie id drawn with a halo.
        """
        if not len(self.ids):
            return
        scale = abs(painter.worldTransform().m11()) or 1.0
        px = 1.0 / scale
        mask = mask & self.visible
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, not fast)
        if emphasis is not None and emphasis in self.ids:
            one = np.zeros(len(self.ids), dtype=bool)
            one[self.ids.index(emphasis)] = True
            self._draw_group(painter, one & mask, px, pscale, contrast, fast, halo=True)
        for lit_state in (False, True):
            group = mask & (self.lit == lit_state)
            if not group.any():
                continue
            painter.setOpacity(1.0 if lit_state else HIGHLIGHT_DIM)
            self._draw_group(painter, group, px, pscale, contrast, fast)
        painter.restore()

    def _draw_group(self, painter: QPainter, mask: np.ndarray, px: float, pscale: float,
                    contrast: bool, fast: bool, halo: bool = False) -> None:
        if not mask.any():
            return
        g = self._geometry(mask, px, pscale)
        kinds = self.kind[mask]
        strengths = self.strength[mask]
        keep = g["keep"]
        for k, type_name in enumerate(TYPES):
            for strength in (1, 2, 3):
                sel = keep & (kinds == k) & (strengths == strength)
                if not sel.any():
                    continue
                pen = tie_pen(type_name, strength, pscale, contrast, fast)
                if halo:
                    pen.setColor(QColor(SELECTION_COLOUR))
                    pen.setWidthF(pen.widthF() + 6.0 * pscale)
                    pen.setStyle(Qt.PenStyle.SolidLine)
                painter.setPen(pen)
                s, e = g["start"][sel], g["end"][sel]
                painter.drawLines([QLineF(x1, y1, x2, y2) for (x1, y1), (x2, y2)
                                   in zip(s.tolist(), e.tolist(), strict=True)])
                arrows = sel & g["directed"]
                if arrows.any():
                    painter.setPen(Qt.PenStyle.NoPen)
                    painter.setBrush(pen.color())
                    for t, left, right in zip(g["tip"][arrows].tolist(), g["left"][arrows].tolist(),
                                              g["right"][arrows].tolist(), strict=True):
                        painter.drawPolygon(QPolygonF([QPointF(*t), QPointF(*left), QPointF(*right)]))
                    painter.setBrush(Qt.BrushStyle.NoBrush)

    # ---------------------------------------------------------------- picking
    def pick(self, x: float, y: float, tolerance: float) -> str | None:
        """The visible tie nearest to a scene point within ``tolerance`` scene units, or None."""
        if not len(self.ids):
            return None
        mask = self.visible
        a, b = self.pos[self.src], self.pos[self.dst]
        d = b - a
        len2 = np.maximum((d * d).sum(axis=1), 1e-12)
        p = np.array([x, y])
        t = np.clip(((p - a) * d).sum(axis=1) / len2, 0.0, 1.0)
        nearest = a + d * t[:, None]
        dist = np.hypot(*(nearest - p).T)
        # Nodes are picked before ties: ignore the ends, where the node sits.
        dist = np.where(mask & (t > 0.02) & (t < 0.98), dist, np.inf)
        i = int(np.argmin(dist))
        return self.ids[i] if dist[i] <= tolerance else None
