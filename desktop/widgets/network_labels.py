"""Where to put each label so that labels do not cover each other or other nodes.

A greedy placement in screen pixels, in priority order (the selection first, then the most
powerful): each label tries a few spots around its node (below, above, right, left, then the
diagonals) and takes the first one free of nodes and of labels already placed. A label with no
free spot is hidden; its full name shows on hover and in the table. Run again after a zoom or a
layout, not during a drag. A uniform grid of buckets keeps each test local, so 300 labels take a
few milliseconds.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

Rect = tuple[float, float, float, float]  # left, top, right, bottom
BUCKET = 64.0
GAP = 2.0


@dataclass(frozen=True)
class LabelRequest:
    """One node's label to place: node centre and outer radius on screen, label size, priority."""

    key: str
    x: float
    y: float
    radius: float
    width: float
    height: float
    priority: float = 0.0
    always: bool = False  # shown even when it overlaps (the selection)


def _candidates(r: LabelRequest) -> list[tuple[float, float]]:
    """Top-left offsets of the label relative to the node centre, in order of preference."""
    w, h, rad = r.width, r.height, r.radius + GAP
    diag = rad * 0.75
    return [
        (-w / 2, rad),  # below
        (-w / 2, -rad - h),  # above
        (rad, -h / 2),  # right
        (-rad - w, -h / 2),  # left
        (diag, diag),  # below right
        (-diag - w, diag),  # below left
        (diag, -diag - h),  # above right
        (-diag - w, -diag - h),  # above left
    ]


class _Buckets:
    def __init__(self) -> None:
        self.cells: dict[tuple[int, int], list[tuple[str, Rect]]] = defaultdict(list)

    @staticmethod
    def _keys(rect: Rect) -> Iterable[tuple[int, int]]:
        x0, y0 = int(rect[0] // BUCKET), int(rect[1] // BUCKET)
        x1, y1 = int(rect[2] // BUCKET), int(rect[3] // BUCKET)
        for i in range(x0, x1 + 1):
            for j in range(y0, y1 + 1):
                yield (i, j)

    def add(self, owner: str, rect: Rect) -> None:
        for k in self._keys(rect):
            self.cells[k].append((owner, rect))

    def hits(self, rect: Rect, ignore: str) -> bool:
        for k in self._keys(rect):
            for owner, other in self.cells.get(k, ()):
                if owner != ignore and rect[0] < other[2] and other[0] < rect[2] \
                        and rect[1] < other[3] and other[1] < rect[3]:
                    return True
        return False


def _outside(rect: Rect, bounds: Rect | None) -> float:
    """Area of ``rect`` outside ``bounds`` (0 when wholly inside or without bounds)."""
    if bounds is None:
        return 0.0
    w = max(0.0, min(rect[2], bounds[2]) - max(rect[0], bounds[0]))
    h = max(0.0, min(rect[3], bounds[3]) - max(rect[1], bounds[1]))
    return (rect[2] - rect[0]) * (rect[3] - rect[1]) - w * h


def place_labels(requests: Iterable[LabelRequest], bounds: Rect | None = None,
                 obstacles: Iterable[Rect] = ()) -> dict[str, tuple[float, float] | None]:
    """Offsets (left, top relative to the node centre) per key, or None for a hidden label.

    A spot inside ``bounds`` (the visible area) is preferred; ``obstacles`` (the legend) are
    kept clear like nodes.

    Examples
    --------
    Two nodes side by side: the first label goes below its node; the second, whose spot below
    would overlap the first label, goes below too if there is room, else elsewhere.

    >>> a = LabelRequest("a", 0, 0, 10, 80, 16, priority=2)
    >>> b = LabelRequest("b", 40, 0, 10, 80, 16, priority=1)
    >>> out = place_labels([a, b])
    >>> out["a"]
    (-40.0, 12.0)
    >>> out["b"] != (-40.0, 12.0)
    True
    """
    items = sorted(requests, key=lambda r: (not r.always, -r.priority))
    buckets = _Buckets()
    for i, rect in enumerate(obstacles):
        buckets.add(f"obstacle:{i}", rect)
    for r in items:
        pad = r.radius + 1.0
        buckets.add(r.key, (r.x - pad, r.y - pad, r.x + pad, r.y + pad))
    out: dict[str, tuple[float, float] | None] = {}
    for r in items:
        chosen = None
        spots = _candidates(r)
        best = None
        for dx, dy in spots:
            rect = (r.x + dx, r.y + dy, r.x + dx + r.width, r.y + dy + r.height)
            if buckets.hits(rect, r.key):
                continue
            # Among the free spots, the first wholly in view; else the one least cut off.
            cut = _outside(rect, bounds)
            if best is None or cut < best[0]:
                best = (cut, (dx, dy))
            if cut == 0.0:
                break
        # A label cut by more than a third would read as a different name: hide it instead.
        if best is not None and best[0] <= r.width * r.height / 3:
            chosen = best[1]
        if chosen is None and r.always:
            chosen = spots[0]
        if chosen is not None:
            dx, dy = chosen
            buckets.add("label:" + r.key, (r.x + dx, r.y + dy, r.x + dx + r.width, r.y + dy + r.height))
        out[r.key] = chosen
    return out
