"""Placing chart labels without overlaps: a greedy search over candidate positions.

Each label tries positions around its anchor (right, left, above, below, then the diagonals) and
takes the first that stays inside the plot and clears every marker and label already placed;
a label that fits nowhere is left out (the marker keeps its number, which the tables explain).
Greedy placement in priority order is the standard cartographic heuristic (Christensen, Marks &
Shieber 1995, "An empirical study of algorithms for point-feature label placement").
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.pdfbase.pdfmetrics import stringWidth


@dataclass(frozen=True)
class Box:
    """An axis-aligned rectangle (x0, y0) to (x1, y1)."""

    x0: float
    y0: float
    x1: float
    y1: float

    def overlaps(self, other: Box, pad: float = 0.8) -> bool:
        """True when the boxes intersect (with a small padding)."""
        return not (self.x1 + pad <= other.x0 or other.x1 + pad <= self.x0 or
                    self.y1 + pad <= other.y0 or other.y1 + pad <= self.y0)

    def inside(self, bounds: Box) -> bool:
        """True when this box lies within ``bounds``."""
        return (self.x0 >= bounds.x0 and self.y0 >= bounds.y0 and self.x1 <= bounds.x1 and
                self.y1 <= bounds.y1)


@dataclass(frozen=True)
class Placed:
    """A label placed at baseline ``(x, y)`` with anchor ``"start"`` or ``"end"``."""

    text: str
    x: float
    y: float
    anchor: str
    box: Box


def fit_text(text: str, font: str, size: float, width: float) -> str:
    """The text shortened with an ellipsis to fit a width."""
    text = " ".join(text.split())
    if stringWidth(text, font, size) <= width:
        return text
    while len(text) > 1 and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip(" ,;–-") + "…"


class LabelPlacer:
    """Places labels one by one, avoiding markers and labels placed before."""

    def __init__(self, bounds: Box, font: str, size: float) -> None:
        self.bounds = bounds
        self.font = font
        self.size = size
        self.taken: list[Box] = []

    def block(self, box: Box) -> None:
        """Mark an area (a marker, a legend) as occupied."""
        self.taken.append(box)

    def place(self, text: str, x: float, y: float, radius: float) -> Placed | None:
        """Place ``text`` next to a marker of ``radius`` centred at ``(x, y)``, or None."""
        w = stringWidth(text, self.font, self.size)
        h = self.size * 0.95
        gap = radius + 2.0
        d = (radius + 1.0) * 0.75
        candidates = [
            (x + gap, y - h * 0.35, "start"), (x - gap, y - h * 0.35, "end"),
            (x - w / 2, y + gap, "start"), (x - w / 2, y - gap - h * 0.8, "start"),
            (x + d, y + d, "start"), (x - d, y + d, "end"),
            (x + d, y - d - h * 0.8, "start"), (x - d, y - d - h * 0.8, "end"),
        ]
        for bx, by, anchor in candidates:
            x0 = bx if anchor == "start" else bx - w
            box = Box(x0, by - h * 0.25, x0 + w, by + h * 0.8)
            if not box.inside(self.bounds):
                continue
            if any(box.overlaps(t) for t in self.taken):
                continue
            self.taken.append(box)
            return Placed(text, bx, by, anchor, box)
        return None
