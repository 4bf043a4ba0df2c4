"""Group decision making: combining several participants' scores and weights, and showing where
they disagree.

Scores
    Each cell (option, criterion) is combined by the median (the default: one extreme answer does
    not move it) or the arithmetic mean, the participant's choice of "centre". Dispersion per cell
    is the range (highest minus lowest answer) and the interquartile range ``Q3 - Q1``, with
    quartiles by linear interpolation between order statistics (Hyndman & Fan 1996, *Sample
    quantiles in statistical packages*, Am. Stat. 50:361-365, definition 7; numpy's default).
    An answer is an outlier when it lies outside Tukey's fences ``[Q1 - 1.5 IQR, Q3 + 1.5 IQR]``
    (Tukey 1977, *Exploratory Data Analysis*, ch. 2), judged only for cells with at least three
    answers. With the few answers of a workshop and a 1 to 5 scale the IQR is often 0, and then
    any answer that differs from the others is flagged: that is what a facilitator wants to see.

Weights
    A participant gives points (direct rating, normalised within each criteria group: Belton &
    Stewart 2002, section 5.4) or AHP pairwise judgements (weights from the principal
    eigenvector, consistency ratio flagged above 0.10: Saaty 1980). Weights are local within the
    feasibility and impact groups, plus the weight of feasibility against impact, as in a
    :class:`dialogue.values.WeightSet`.

    Within a stakeholder group, members' weights are combined into one perspective. When every
    member answered by AHP, their judgements are combined cell by cell by the geometric mean and
    the weights derived from the combined matrix (aggregation of individual judgements, Aczél &
    Saaty 1983, J. Math. Psych. 27:93-102; Forman & Peniwati 1998, EJOR 108:165-169). Otherwise
    (points, or a mix of points and AHP) each member's normalised weights are averaged
    arithmetically (aggregation of individual priorities; points are a ratio scale, so their
    arithmetic mean keeps its meaning; Forman & Peniwati 1998).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType
from typing import TypeVar

import numpy as np

from mcda.ahp import CR_THRESHOLD, ahp, combine_judgements
from mcda.errors import MCDAError
from mcda.weights import normalise

K = TypeVar("K")
TUKEY_K = 1.5
"""Tukey's fence multiplier (Tukey 1977)."""
MIN_ANSWERS_FOR_OUTLIERS = 3
GROUPS = ("feasibility", "impact")


class Centre(StrEnum):
    """How answers to one cell are combined."""

    MEDIAN = "median"
    MEAN = "mean"


def quartiles(values: Sequence[float]) -> tuple[float, float]:
    """First and third quartiles by linear interpolation (Hyndman & Fan 1996, definition 7).

    Examples
    --------
    >>> quartiles([1, 2, 4, 5])
    (1.75, 4.25)
    """
    if not values:
        raise MCDAError("no answers to take quartiles of")
    q1, q3 = np.percentile(np.asarray(values, dtype=float), [25, 75])
    return float(q1), float(q3)


def tukey_fences(q1: float, q3: float, k: float = TUKEY_K) -> tuple[float, float]:
    """Tukey's fences ``(Q1 - k IQR, Q3 + k IQR)``; answers outside are outliers (Tukey 1977).

    Examples
    --------
    >>> tukey_fences(2.0, 4.0)
    (-1.0, 7.0)
    """
    iqr = q3 - q1
    return q1 - k * iqr, q3 + k * iqr


@dataclass(frozen=True)
class CellSummary:
    """Every answer to one cell, combined, with their dispersion.

    ``who`` and ``values`` are in the same order; ``centre`` is the median or the mean, as asked;
    ``outliers`` names whose answers lie outside Tukey's fences.
    """

    who: tuple[str, ...]
    values: tuple[float, ...]
    centre: float
    median: float
    mean: float
    low: float
    high: float
    q1: float
    q3: float
    outliers: tuple[str, ...]

    @property
    def n(self) -> int:
        """How many answers."""
        return len(self.values)

    @property
    def range(self) -> float:
        """Highest answer minus lowest."""
        return self.high - self.low

    @property
    def iqr(self) -> float:
        """Interquartile range ``Q3 - Q1``."""
        return self.q3 - self.q1

    def answer_of(self, who: str) -> float | None:
        """One participant's answer, or None when they left it blank."""
        return self.values[self.who.index(who)] if who in self.who else None


def summarise(answers: Mapping[str, float], centre: Centre | str = Centre.MEDIAN) -> CellSummary:
    """Combine the answers to one cell (participant -> value) and measure their dispersion.

    Parameters
    ----------
    answers:
        At least one finite answer, keyed by who gave it.
    centre:
        ``"median"`` or ``"mean"``.

    Raises
    ------
    MCDAError
        If there is no answer, one is not a finite number, or ``centre`` is unknown.

    Examples
    --------
    >>> s = summarise({"a": 3, "b": 3, "c": 3, "d": 5})
    >>> s.centre, s.mean, s.range, s.iqr, s.outliers
    (3.0, 3.5, 2.0, 0.5, ('d',))
    """
    centre = _centre(centre)
    if not answers:
        raise MCDAError("no answers to combine")
    who = tuple(answers)
    values = np.array([answers[w] for w in who], dtype=float)
    if not np.all(np.isfinite(values)):
        bad = who[int(np.flatnonzero(~np.isfinite(values))[0])]
        raise MCDAError(f"the answer of {bad!r} is not a finite number")
    median, mean = float(np.median(values)), float(np.mean(values))
    q1, q3 = quartiles(values.tolist())
    outliers: tuple[str, ...] = ()
    if len(values) >= MIN_ANSWERS_FOR_OUTLIERS:
        lo, hi = tukey_fences(q1, q3)
        # A hair of tolerance, so that rounding in the quartiles does not flag a value on a fence.
        eps = 1e-9 * max(1.0, abs(lo), abs(hi))
        outliers = tuple(w for w, v in zip(who, values, strict=True) if v < lo - eps or v > hi + eps)
    return CellSummary(
        who=who, values=tuple(float(v) for v in values),
        centre=median if centre is Centre.MEDIAN else mean, median=median, mean=mean,
        low=float(values.min()), high=float(values.max()), q1=q1, q3=q3, outliers=outliers,
    )


def aggregate_cells(
    answers: Mapping[str, Mapping[K, float]], centre: Centre | str = Centre.MEDIAN
) -> dict[K, CellSummary]:
    """Combine every cell answered by at least one participant.

    Parameters
    ----------
    answers:
        ``participant -> {cell -> value}``; a cell a participant left blank is simply absent.
    centre:
        ``"median"`` or ``"mean"``.

    Returns
    -------
    dict
        ``cell -> CellSummary``, cells in the order first met.

    Examples
    --------
    >>> cells = aggregate_cells({"a": {"x": 1}, "b": {"x": 3, "y": 2}}, "mean")
    >>> cells["x"].centre, cells["y"].n
    (2.0, 1)
    """
    centre = _centre(centre)
    by_cell: dict[K, dict[str, float]] = {}
    for who, cells in answers.items():
        for cell, value in cells.items():
            by_cell.setdefault(cell, {})[who] = value
    return {cell: summarise(values, centre) for cell, values in by_cell.items()}


def _centre(centre: Centre | str) -> Centre:
    try:
        return Centre(centre)
    except ValueError:
        raise MCDAError(f"unknown way to combine answers {centre!r} (expected median or mean)") from None


# ---------------------------------------------------------------- weights
@dataclass(frozen=True, eq=False)
class GroupWeights:
    """Weights of one participant, or the combination of several.

    Parameters
    ----------
    local:
        ``criteria group -> {criterion -> weight}``, each summing to 1; a group without an
        answer is absent.
    groups:
        ``{"feasibility": w, "impact": 1 - w}``, or None when not answered.
    consistency:
        ``criteria group (or "groups") -> AHP consistency ratio`` (AHP only).
    method:
        ``"points"``, ``"ahp"``, or for a combination the rule used (``"geometric mean of
        judgements"``, ``"mean of weights"``).
    matrices:
        The pairwise comparison matrices behind AHP weights, by criteria group, with their
        criterion order in ``names``; ``"groups"`` holds the 2 x 2 feasibility-impact matrix.
    members:
        How many participants' answers these weights combine.
    """

    local: Mapping[str, Mapping[str, float]]
    groups: Mapping[str, float] | None
    consistency: Mapping[str, float] = field(default_factory=dict)
    method: str = "points"
    matrices: Mapping[str, np.ndarray] = field(default_factory=dict)
    names: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    members: int = 1

    @property
    def inconsistent(self) -> tuple[str, ...]:
        """The matrices whose consistency ratio is above 0.10 (Saaty 1980)."""
        return tuple(g for g, cr in self.consistency.items() if cr > CR_THRESHOLD + 1e-12)

    @property
    def complete(self) -> bool:
        """True when both groups and the balance between them are answered."""
        return self.groups is not None and all(g in self.local for g in GROUPS)


def weights_from_points(
    criteria: Mapping[str, Sequence[str]],
    points: Mapping[str, float],
    group_points: Mapping[str, float],
) -> GroupWeights:
    """A participant's weights from points given to each criterion and to each group.

    Points are normalised within each criteria group (direct rating, Belton & Stewart 2002,
    section 5.4); a criterion without points weighs 0, a group whose points are all zero or
    absent is left out (not answered).

    Parameters
    ----------
    criteria:
        ``criteria group -> criterion ids``, for example ``{"feasibility": [...], ...}``.
    points:
        ``criterion -> points`` (0 or more).
    group_points:
        ``"feasibility"`` and ``"impact"`` -> points.

    Examples
    --------
    >>> w = weights_from_points({"impact": ["a", "b"]}, {"a": 30, "b": 10}, {"feasibility": 1, "impact": 3})
    >>> dict(w.local["impact"]), dict(w.groups)
    ({'a': 0.75, 'b': 0.25}, {'feasibility': 0.25, 'impact': 0.75})
    """
    local: dict[str, Mapping[str, float]] = {}
    for group, ids in criteria.items():
        given = {cid: float(points.get(cid, 0.0)) for cid in ids}
        if ids and math.fsum(given.values()) > 0:
            local[group] = MappingProxyType(normalise(given))
    groups = None
    given_groups = {g: float(group_points.get(g, 0.0)) for g in GROUPS}
    if math.fsum(given_groups.values()) > 0:
        groups = MappingProxyType(normalise(given_groups))
    return GroupWeights(MappingProxyType(local), groups, method="points")


def pairwise_matrix(names: Sequence[str], judgements: Mapping[tuple[str, str], float]) -> np.ndarray | None:
    """The full reciprocal matrix from judgements on pairs, or None when a pair is missing.

    ``judgements[(a, b)] = v`` says a is v times as important as b; ``(b, a)`` may be given
    instead, and the reciprocal is filled in.

    Examples
    --------
    >>> pairwise_matrix(["a", "b"], {("b", "a"): 4.0}).tolist()
    [[1.0, 0.25], [4.0, 1.0]]
    """
    n = len(names)
    a = np.eye(n)
    for i in range(n):
        for j in range(i + 1, n):
            v = judgements.get((names[i], names[j]))
            if v is None:
                back = judgements.get((names[j], names[i]))
                if back is None:
                    return None
                v = 1.0 / back
            a[i, j], a[j, i] = v, 1.0 / v
    return a


def weights_from_judgements(
    criteria: Mapping[str, Sequence[str]],
    judgements: Mapping[tuple[str, str], float],
    group_judgement: float | None,
) -> GroupWeights:
    """A participant's weights from AHP judgements within each criteria group.

    Each group's weights are the principal eigenvector of its comparison matrix, with its
    consistency ratio (Saaty 1980); a group with a missing judgement is left out. The group
    judgement ``g`` (feasibility is g times as important as impact) gives weights
    ``g / (1 + g)`` and ``1 / (1 + g)``.

    Examples
    --------
    >>> w = weights_from_judgements({"impact": ["a", "b"]}, {("a", "b"): 3.0}, 1.0)
    >>> {k: round(v, 2) for k, v in w.local["impact"].items()}, dict(w.groups)
    ({'a': 0.75, 'b': 0.25}, {'feasibility': 0.5, 'impact': 0.5})
    """
    local: dict[str, Mapping[str, float]] = {}
    consistency: dict[str, float] = {}
    matrices: dict[str, np.ndarray] = {}
    names: dict[str, tuple[str, ...]] = {}
    for group, ids in criteria.items():
        ids = tuple(ids)
        if not ids:
            continue
        matrix = pairwise_matrix(ids, judgements)
        if matrix is None:
            continue
        result = ahp(matrix, ids)
        local[group] = MappingProxyType(result.weights)
        consistency[group] = result.consistency_ratio
        matrices[group], names[group] = matrix, ids
    groups = None
    if group_judgement is not None:
        g = float(group_judgement)
        groups = MappingProxyType({"feasibility": g / (1.0 + g), "impact": 1.0 / (1.0 + g)})
        matrices["groups"] = np.array([[1.0, g], [1.0 / g, 1.0]])
        names["groups"] = GROUPS
    return GroupWeights(MappingProxyType(local), groups, MappingProxyType(consistency), "ahp",
                        MappingProxyType(matrices), MappingProxyType(names))


AIJ = "geometric mean of judgements"
AIP = "mean of weights"


def combine_weights(members: Sequence[GroupWeights]) -> GroupWeights:
    """One stakeholder group's weights from its members' (see the module's docstring).

    Per criteria group, and for the balance of feasibility against impact: if every member who
    answered it used AHP, the judgements are combined by the geometric mean (Aczél & Saaty 1983)
    and weights derived from the combined matrix, with its consistency ratio; otherwise the
    members' normalised weights are averaged. Members who left a part blank are left out of it.

    Raises
    ------
    MCDAError
        If there are no members.

    Examples
    --------
    >>> a = weights_from_judgements({"impact": ["x", "y"]}, {("x", "y"): 2.0}, None)
    >>> b = weights_from_judgements({"impact": ["x", "y"]}, {("x", "y"): 8.0}, None)
    >>> {k: round(v, 3) for k, v in combine_weights([a, b]).local["impact"].items()}
    {'x': 0.8, 'y': 0.2}
    """
    if not members:
        raise MCDAError("no participants' weights to combine")
    local: dict[str, Mapping[str, float]] = {}
    consistency: dict[str, float] = {}
    matrices: dict[str, np.ndarray] = {}
    names: dict[str, tuple[str, ...]] = {}
    rules: set[str] = set()
    parts = sorted({g for m in members for g in m.local}, key=lambda g: (g not in GROUPS, g))
    for group in parts:
        answered = [m for m in members if group in m.local]
        ahp_names = {m.names.get(group) for m in answered}
        if all(group in m.matrices for m in answered) and len(ahp_names) == 1:
            ids = answered[0].names[group]
            matrix = combine_judgements([m.matrices[group] for m in answered])
            result = ahp(matrix, ids)
            local[group] = MappingProxyType(result.weights)
            consistency[group] = result.consistency_ratio
            matrices[group], names[group] = matrix, ids
            rules.add(AIJ)
        else:
            local[group] = MappingProxyType(_mean_weights([m.local[group] for m in answered]))
            rules.add(AIP)
    groups = None
    answered = [m for m in members if m.groups is not None]
    if answered:
        if all("groups" in m.matrices for m in answered):
            g = float(combine_judgements([m.matrices["groups"] for m in answered])[0, 1])
            groups = MappingProxyType({"feasibility": g / (1.0 + g), "impact": 1.0 / (1.0 + g)})
            matrices["groups"], names["groups"] = np.array([[1.0, g], [1.0 / g, 1.0]]), GROUPS
            rules.add(AIJ)
        else:
            groups = MappingProxyType(_mean_weights([m.groups for m in answered]))  # type: ignore[misc]
            rules.add(AIP)
    # One member's weights are their own, whatever the rule: say how they were given.
    method = members[0].method if len(members) == 1 else (" and ".join(sorted(rules)) or "no weights")
    return GroupWeights(MappingProxyType(local), groups, MappingProxyType(consistency), method,
                        MappingProxyType(matrices), MappingProxyType(names), len(members))


def _mean_weights(weights: Sequence[Mapping[str, float]]) -> dict[str, float]:
    keys = list(dict.fromkeys(k for w in weights for k in w))
    mean = {k: math.fsum(w.get(k, 0.0) for w in weights) / len(weights) for k in keys}
    return normalise(mean)


__all__ = [
    "AIJ",
    "AIP",
    "MIN_ANSWERS_FOR_OUTLIERS",
    "TUKEY_K",
    "CellSummary",
    "Centre",
    "GroupWeights",
    "aggregate_cells",
    "combine_weights",
    "pairwise_matrix",
    "quartiles",
    "summarise",
    "tukey_fences",
    "weights_from_judgements",
    "weights_from_points",
]
