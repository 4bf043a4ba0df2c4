"""Participants of a dialogue and the answers they returned on their scoring sheets.

A :class:`Participant` is one person asked to score the options, weigh the criteria, or both,
offline on a scoring sheet (see :mod:`exports.sheets`). They speak for a stakeholder of the map or
for a stakeholder group (a category); the group is what their weights become a perspective of.
An anonymous participant is known by a code only (``"RN-03"``).

An :class:`Answers` holds everything one participant returned: scores per (option, criterion),
points per criterion, and AHP pairwise judgements. There is at most one per participant, stored
under the participant's id, so that re-importing a sheet replaces the answers, never doubles them.

Each participant has a random ``key`` written, hidden, into their sheets: a returned sheet is
accepted only if its participant id and key match, so a sheet made for another dialogue (which
has its own keys) is refused even when the ids look alike.
"""

from __future__ import annotations

import math
import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from types import MappingProxyType

from mcda.criteria import Group
from palabre.errors import ValidationError
from stakeholder_map.model import Category

SAATY_LOW, SAATY_HIGH = 1.0 / 9.0, 9.0
"""Bounds of Saaty's 1 to 9 scale and its reciprocals (Saaty 1980, table 1.1)."""
_SAATY_TOLERANCE = 1e-6
_KEY = re.compile(r"^[0-9a-f]{16,64}$")


class Parts(StrEnum):
    """What a participant is asked to fill in."""

    WEIGHTS = "weights"
    SCORES = "scores"
    BOTH = "both"

    @property
    def weights(self) -> bool:
        """True when the participant weighs the criteria."""
        return self in (Parts.WEIGHTS, Parts.BOTH)

    @property
    def scores(self) -> bool:
        """True when the participant scores the options."""
        return self in (Parts.SCORES, Parts.BOTH)


class Weighting(StrEnum):
    """How a participant gives weights: points to distribute, or AHP pairwise judgements."""

    POINTS = "points"
    AHP = "ahp"


def new_key() -> str:
    """A fresh random participant key (16 hexadecimal digits, 64 bits)."""
    return secrets.token_hex(8)


@dataclass(frozen=True)
class Participant:
    """One person asked to fill in a scoring sheet.

    Parameters
    ----------
    id:
        Stable identifier.
    name:
        The person's name, or their code when ``anonymous``.
    anonymous:
        True when ``name`` is a code, so that outputs never show a name.
    stakeholder:
        Id of the stakeholder of the map they speak for, or ``""``.
    category:
        The stakeholder group (category) they speak for, or ``""``; when empty, the group is
        the category of their stakeholder.
    role:
        Their position, for example ``"Budget officer"``.
    parts:
        Whether they are asked for weights, scores or both.
    weighting:
        Points to distribute, or AHP pairwise judgements.
    key:
        Random hexadecimal token written into their sheets (see the module's docstring).
    """

    id: str
    name: str
    anonymous: bool = False
    stakeholder: str = ""
    category: str = ""
    role: str = ""
    parts: Parts = Parts.BOTH
    weighting: Weighting = Weighting.POINTS
    key: str = field(default_factory=new_key)

    def __post_init__(self) -> None:
        if not self.id:
            raise ValidationError("a participant needs an id")
        if not self.name.strip():
            raise ValidationError(f"participant {self.id!r} needs a name or a code")
        if not isinstance(self.anonymous, bool):
            raise ValidationError(f"participant {self.name!r}: anonymous must be true or false")
        if self.category:
            try:
                object.__setattr__(self, "category", Category(self.category).value)
            except ValueError:
                allowed = ", ".join(c.value for c in Category)
                raise ValidationError(
                    f"participant {self.name!r}: unknown stakeholder group {self.category!r} "
                    f"(expected one of {allowed})"
                ) from None
        for attr, enum in (("parts", Parts), ("weighting", Weighting)):
            try:
                object.__setattr__(self, attr, enum(getattr(self, attr)))
            except ValueError:
                allowed = ", ".join(e.value for e in enum)
                raise ValidationError(
                    f"participant {self.name!r}: {attr} must be one of {allowed}, "
                    f"got {getattr(self, attr)!r}"
                ) from None
        if not isinstance(self.key, str) or not _KEY.match(self.key):
            raise ValidationError(
                f"participant {self.name!r}: key must be 16 to 64 lower-case hexadecimal digits"
            )

    def replace(self, **changes: object) -> Participant:
        """A copy with some fields changed (validated again)."""
        return replace(self, **changes)


def _finite(label: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise ValidationError(f"{label} must be a finite number, got {value!r}")
    return float(value)


def _judgement(label: str, value: object) -> float:
    v = _finite(label, value)
    if not SAATY_LOW - _SAATY_TOLERANCE <= v <= SAATY_HIGH + _SAATY_TOLERANCE:
        raise ValidationError(f"{label} is {v:g}; judgements run from 1/9 to 9 (Saaty's scale)")
    return v


def _pair(label: str, key: object) -> tuple[str, str]:
    if not (isinstance(key, tuple) and len(key) == 2 and all(isinstance(k, str) and k for k in key)):
        raise ValidationError(f"{label}: expected a pair of ids, got {key!r}")
    return key  # type: ignore[return-value]


@dataclass(frozen=True)
class Answers:
    """Everything one participant returned.

    Parameters
    ----------
    participant:
        The participant's id (the answers are stored under it).
    scores:
        ``(option id, criterion id) -> score`` on the criterion's own scale.
    points:
        ``criterion id -> points``: the share of importance given to a criterion within its
        group (normalised when used, so any positive total works).
    group_points:
        ``"feasibility"`` and ``"impact"`` -> points: how feasibility weighs against impact.
    judgements:
        ``(a, b) -> how many times more important criterion a is than b`` on Saaty's scale
        (1/9 to 9), for pairs within the same group.
    group_judgement:
        How many times more important feasibility is than impact, or None.
    source:
        The file name of the sheet these came from.
    fingerprint:
        The version of the dialogue the sheet was made for (see :func:`structure_fingerprint`
        in :mod:`exports.sheets`).
    """

    participant: str
    scores: Mapping[tuple[str, str], float] = field(default_factory=dict)
    points: Mapping[str, float] = field(default_factory=dict)
    group_points: Mapping[str, float] = field(default_factory=dict)
    judgements: Mapping[tuple[str, str], float] = field(default_factory=dict)
    group_judgement: float | None = None
    source: str = ""
    fingerprint: str = ""

    def __post_init__(self) -> None:
        if not self.participant:
            raise ValidationError("answers need the id of their participant")
        who = f"answers of {self.participant!r}"
        scores = {}
        for key, value in dict(self.scores).items():
            scores[_pair(f"{who}: score", key)] = _finite(f"{who}: score of {key!r}", value)
        points = {}
        for key, value in dict(self.points).items():
            v = _finite(f"{who}: points of {key!r}", value)
            if v < 0:
                raise ValidationError(f"{who}: points of {key!r} must not be negative, got {v:g}")
            points[str(key)] = v
        group_points = {}
        for key, value in dict(self.group_points).items():
            if key not in (Group.FEASIBILITY.value, Group.IMPACT.value):
                raise ValidationError(f"{who}: unknown group {key!r} (expected feasibility or impact)")
            v = _finite(f"{who}: points of {key}", value)
            if v < 0:
                raise ValidationError(f"{who}: points of {key} must not be negative, got {v:g}")
            group_points[str(key)] = v
        judgements = {}
        for key, value in dict(self.judgements).items():
            a, b = _pair(f"{who}: judgement", key)
            if a == b:
                raise ValidationError(f"{who}: a criterion ({a!r}) is compared with itself")
            if (b, a) in judgements:
                raise ValidationError(f"{who}: the pair {a!r}, {b!r} is judged twice")
            judgements[(a, b)] = _judgement(f"{who}: judgement of {a!r} against {b!r}", value)
        if self.group_judgement is not None:
            object.__setattr__(self, "group_judgement",
                               _judgement(f"{who}: feasibility against impact", self.group_judgement))
        object.__setattr__(self, "scores", MappingProxyType(scores))
        object.__setattr__(self, "points", MappingProxyType(points))
        object.__setattr__(self, "group_points", MappingProxyType(group_points))
        object.__setattr__(self, "judgements", MappingProxyType(judgements))

    @property
    def has_scores(self) -> bool:
        """True when at least one score was given."""
        return bool(self.scores)

    @property
    def has_weights(self) -> bool:
        """True when any points or judgements were given."""
        return bool(self.points or self.group_points or self.judgements
                    or self.group_judgement is not None)

    def replace(self, **changes: object) -> Answers:
        """A copy with some fields changed (validated again)."""
        return replace(self, **changes)


__all__ = [
    "SAATY_HIGH",
    "SAATY_LOW",
    "Answers",
    "Participant",
    "Parts",
    "Weighting",
    "new_key",
]
