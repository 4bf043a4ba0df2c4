"""Feasibility and impact scores and the feasibility-impact matrix (DOMAIN.md section 4).

An option's feasibility score is the weighted value of its scores on the feasibility criteria,
its impact score the same on the impact criteria: ``sum_{j in G} w_j v_ij / sum_{j in G} w_j``,
between 0 and 1. Plotted against each other they place the option in one of four quadrants; the
dividing line is the middle of the value scale (0.5) unless the user sets another.
"""

from __future__ import annotations

from enum import StrEnum

import numpy as np

from mcda.criteria import Group
from mcda.problem import DecisionProblem


class Quadrant(StrEnum):
    """The four quadrants of the feasibility-impact matrix."""

    QUICK_WIN = "quick win"  # high feasibility, high impact
    MAJOR_REFORM = "major reform"  # low feasibility, high impact
    EASY_MINOR = "easy but minor"  # high feasibility, low impact
    AVOID = "avoid"  # low feasibility, low impact


QUADRANT_LABELS = {
    "en": {q: q.value.capitalize() for q in Quadrant},
    "fr": {
        Quadrant.QUICK_WIN: "Gain rapide",
        Quadrant.MAJOR_REFORM: "Réforme majeure",
        Quadrant.EASY_MINOR: "Facile mais mineur",
        Quadrant.AVOID: "À éviter",
    },
}


def quadrant_label(q: Quadrant | str, lang: str = "en") -> str:
    """The name of a feasibility-impact quadrant in ``lang`` (English for an unknown language).

    Examples
    --------
    >>> quadrant_label("quick win"), quadrant_label(Quadrant.QUICK_WIN, "fr")
    ('Quick win', 'Gain rapide')
    """
    return QUADRANT_LABELS.get(lang, QUADRANT_LABELS["en"])[Quadrant(q)]


def group_scores(
    problem: DecisionProblem, values: np.ndarray | None = None
) -> dict[Group, np.ndarray]:
    """Feasibility and impact score of every option (in the problem's option order).

    A group whose criteria all weigh zero scores the unweighted mean of its values; a group with
    no criteria scores 0.
    """
    v = problem.values() if values is None else values
    w = problem.weights
    out = {}
    for group in Group:
        mask = np.array([c.group is group for c in problem.criteria])
        if not mask.any():
            out[group] = np.zeros(problem.n_options)
        elif w[mask].sum() > 0:
            out[group] = v[:, mask] @ w[mask] / w[mask].sum()
        else:
            out[group] = v[:, mask].mean(axis=1)
    return out


def quadrant(feasibility: float, impact: float, cut: float = 0.5) -> Quadrant:
    """The quadrant of an option; a score equal to ``cut`` counts as high.

    Examples
    --------
    >>> quadrant(0.8, 0.7).value, quadrant(0.2, 0.9).value, quadrant(0.3, 0.1).value
    ('quick win', 'major reform', 'avoid')
    """
    high_f, high_i = feasibility >= cut, impact >= cut
    if high_f and high_i:
        return Quadrant.QUICK_WIN
    if high_i:
        return Quadrant.MAJOR_REFORM
    if high_f:
        return Quadrant.EASY_MINOR
    return Quadrant.AVOID


__all__ = ["QUADRANT_LABELS", "Quadrant", "group_scores", "quadrant", "quadrant_label"]
