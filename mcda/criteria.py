"""Criteria of a decision: group, direction and measurement scale.

A criterion is scored either on an anchored 1 to 5 scale (each level described in words) or in
natural units between a worst and a best plausible level. Its value function turns a score into a
0 to 1 value; see :mod:`mcda.value_functions`.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, field, replace
from enum import StrEnum

from mcda.errors import MCDAError
from palabre.i18n.labels import Labels


class Group(StrEnum):
    """The two branches of the criteria tree (DOMAIN.md section 3)."""

    FEASIBILITY = "feasibility"
    IMPACT = "impact"


class Direction(StrEnum):
    """Whether more is better (benefit) or less is better (cost)."""

    BENEFIT = "benefit"
    COST = "cost"


class ScaleKind(StrEnum):
    """How a criterion is measured."""

    ANCHORED = "anchored"  # 1 to 5, each level described in words
    NATURAL = "natural"  # money, months, counts..., between user-set bounds


_GROUP_WORDS: Labels[Group] = Labels("criteria group", {
    "en": {Group.FEASIBILITY: "Feasibility", Group.IMPACT: "Impact"},
    "fr": {Group.FEASIBILITY: "Faisabilité", Group.IMPACT: "Impact"},
})
_DIRECTION_WORDS: Labels[Direction] = Labels("direction", {
    "en": {Direction.BENEFIT: "More is better", Direction.COST: "Less is better"},
    "fr": {Direction.BENEFIT: "Plus c’est élevé, mieux c’est",
           Direction.COST: "Moins c’est élevé, mieux c’est"},
})
_SCALE_KIND_WORDS: Labels[ScaleKind] = Labels("scale kind", {
    "en": {ScaleKind.ANCHORED: "Anchored 1 to 5", ScaleKind.NATURAL: "Natural units"},
    "fr": {ScaleKind.ANCHORED: "Échelle de 1 à 5 décrite", ScaleKind.NATURAL: "Unités naturelles"},
})

GROUP_LABELS = _GROUP_WORDS.table("en")
"""The criteria groups in English (use :func:`group_label` for another language)."""


def group_label(group: Group | str, lang: str = "en") -> str:
    """The name of a branch of the criteria tree.

    Examples
    --------
    >>> group_label("feasibility"), group_label(Group.FEASIBILITY, "fr")
    ('Feasibility', 'Faisabilité')
    """
    return _GROUP_WORDS(Group(group), lang)


def direction_label(direction: Direction | str, lang: str = "en") -> str:
    """Whether more or less is better, in words (``"Less is better"`` for a cost)."""
    return _DIRECTION_WORDS(Direction(direction), lang)


def scale_kind_label(kind: ScaleKind | str, lang: str = "en") -> str:
    """How a criterion is measured, in words."""
    return _SCALE_KIND_WORDS(ScaleKind(kind), lang)


ANCHORED_LOW = 1.0
ANCHORED_HIGH = 5.0


@dataclass(frozen=True)
class Scale:
    """A measurement scale.

    Parameters
    ----------
    kind:
        Anchored 1 to 5, or natural units.
    low, high:
        The range of plausible scores (1 and 5 on an anchored scale). The value function maps
        the worst of the two to 0 and the best to 1.
    unit:
        The unit of a natural scale, for example ``"US$ million per year"``.
    anchors:
        On an anchored scale, the description of levels 1 to 5.
    points:
        Optional piecewise-linear value function: ``(score, value)`` pairs, scores increasing,
        values between 0 and 1. Empty means linear between ``low`` and ``high``.
    """

    kind: ScaleKind = ScaleKind.ANCHORED
    low: float = ANCHORED_LOW
    high: float = ANCHORED_HIGH
    unit: str = ""
    anchors: tuple[str, ...] = ()
    points: tuple[tuple[float, float], ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", ScaleKind(self.kind))
        object.__setattr__(self, "anchors", tuple(self.anchors))
        object.__setattr__(self, "points", tuple((float(x), float(v)) for x, v in self.points))
        if not (math.isfinite(self.low) and math.isfinite(self.high)):
            raise MCDAError("scale bounds must be finite numbers")
        if self.low >= self.high:
            raise MCDAError(f"scale: low ({self.low:g}) must be below high ({self.high:g})")
        if self.kind is ScaleKind.ANCHORED:
            if (self.low, self.high) != (ANCHORED_LOW, ANCHORED_HIGH):
                raise MCDAError("an anchored scale runs from 1 to 5")
            if self.anchors and len(self.anchors) != 5:
                raise MCDAError(
                    f"an anchored scale describes 5 levels, got {len(self.anchors)} descriptions"
                )
        xs = [x for x, _ in self.points]
        if any(b <= a for a, b in itertools.pairwise(xs)):
            raise MCDAError("value function points must have strictly increasing scores")
        if any(not 0.0 <= v <= 1.0 for _, v in self.points):
            raise MCDAError("value function points must have values between 0 and 1")

    def contains(self, score: float) -> bool:
        """True if ``score`` lies within the scale's bounds."""
        return self.low <= score <= self.high

    def anchor(self, score: float) -> str:
        """The words for an anchored level (rounded), or '' when there are none."""
        if self.kind is not ScaleKind.ANCHORED or not self.anchors:
            return ""
        level = min(5, max(1, round(score)))
        return self.anchors[level - 1]


@dataclass(frozen=True)
class Criterion:
    """One criterion of the decision.

    Parameters
    ----------
    id:
        Stable identifier, independent of the display name.
    name:
        What users see, for example ``"Affordability and fiscal space"``.
    group:
        Feasibility or impact.
    direction:
        Benefit (more is better) or cost (less is better).
    scale:
        How it is scored.
    description:
        What the criterion means, shown as help and in the brief's method section.
    """

    id: str
    name: str
    group: Group = Group.IMPACT
    direction: Direction = Direction.BENEFIT
    scale: Scale = field(default_factory=Scale)
    description: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "group", Group(self.group))
        object.__setattr__(self, "direction", Direction(self.direction))
        if not self.id:
            raise MCDAError("a criterion needs an id")
        if not self.name.strip():
            raise MCDAError(f"criterion {self.id!r} needs a name")

    def replace(self, **changes: object) -> Criterion:
        """A copy with some fields changed (validated again)."""
        return replace(self, **changes)
