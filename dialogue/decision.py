"""The bridge from a dialogue to the decision methods.

:func:`decision_problem` turns a dialogue and one of its weight sets (a perspective) into the
:class:`~mcda.problem.DecisionProblem` every method takes: the performance table, the criteria,
their global weights (group weight x weight within the group) and each cell's uncertainty range.
The other functions answer one need each, for the command line, the brief and the window:
a ranking by any method, the feasibility-impact matrix, weight thresholds and one-way sensitivity,
SMAA, the comparison of perspectives, and plain-language robustness statements.

Results are computed from the dialogue and never stored in it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from dialogue.model import Dialogue
from dialogue.values import WeightSet
from mcda.criteria import Direction, Group
from mcda.feasibility import Quadrant, group_scores, quadrant
from mcda.perspectives import PerspectivesResult, compare_perspectives
from mcda.problem import DecisionProblem, PreferenceFunction
from mcda.ranking import MethodResult, rank
from mcda.robustness import perspectives_sentences, smaa_sentences, threshold_statements
from mcda.sensitivity import OneWay, Threshold, one_way, weight_thresholds
from mcda.smaa import SMAAResult, smaa
from mcda.weights import global_weights
from palabre.errors import ValidationError


def weight_set(d: Dialogue, weight_set_id: str | None = None) -> WeightSet:
    """A weight set of the dialogue (the active one by default).

    Raises
    ------
    ValidationError
        If the dialogue has no weight set, or none with that id (the message lists the ids).
    """
    if not d.weight_sets:
        raise ValidationError("the dialogue has no weight set")
    if weight_set_id is None:
        return d.active_weight_set
    ws = d.weight_sets.get(weight_set_id)
    if ws is None:
        known = ", ".join(d.weight_sets)
        raise ValidationError(f"there is no weight set with id {weight_set_id!r} (known: {known})")
    return ws


def decision_problem(
    d: Dialogue,
    weight_set_id: str | None = None,
    preferences: Mapping[str, PreferenceFunction] | None = None,
) -> DecisionProblem:
    """The decision problem of a dialogue under one weight set (the active one by default).

    A missing score counts as the criterion's worst level and marks the option incomplete (as in
    :func:`dialogue.analysis.rank`); a score's low-high range, when set, is its uncertainty range
    for SMAA. ``preferences`` gives PROMETHEE preference functions by criterion id (usual
    otherwise).

    Raises
    ------
    ValidationError
        If there are no options, no criteria or no such weight set.
    """
    if not d.options:
        raise ValidationError("the dialogue has no options to rank")
    if not d.criteria:
        raise ValidationError("the dialogue has no criteria")
    ws = weight_set(d, weight_set_id)
    options, criteria = list(d.options), list(d.criteria.values())
    n, m = len(options), len(criteria)
    table, low, high = np.empty((n, m)), np.empty((n, m)), np.empty((n, m))
    incomplete = np.zeros(n, dtype=bool)
    for i, oid in enumerate(options):
        for j, c in enumerate(criteria):
            score = d.score(oid, c.id)
            if score is None:
                worst = c.scale.low if c.direction is Direction.BENEFIT else c.scale.high
                table[i, j] = low[i, j] = high[i, j] = worst
                incomplete[i] = True
                continue
            table[i, j] = score.value
            low[i, j] = score.value if score.low is None else score.low
            high[i, j] = score.value if score.high is None else score.high
    weights = global_weights(criteria, ws.weights, ws.group_weights)
    prefs = tuple((preferences or {}).get(c.id, PreferenceFunction()) for c in criteria)
    return DecisionProblem(
        options=tuple(options),
        criteria=tuple(criteria),
        table=table,
        weights=np.array([weights[c.id] for c in criteria]),
        option_names=tuple(d.options[o].name for o in options),
        low=low,
        high=high,
        preferences=prefs,
        incomplete=incomplete,
        has_groups=True,
    )


def rank_dialogue(
    d: Dialogue,
    method: str = "wsm",
    weight_set_id: str | None = None,
    normalization: str | None = None,
    **options: Any,
) -> MethodResult:
    """Rank the dialogue's options with any method under one weight set.

    ``options`` go to :func:`mcda.ranking.rank` (``v`` for VIKOR, ``c_threshold`` and
    ``d_threshold`` for ELECTRE I); ``preferences`` (criterion id -> PreferenceFunction) to the
    problem. The result's settings name the perspective used.
    """
    preferences = options.pop("preferences", None)
    ws = weight_set(d, weight_set_id)
    problem = decision_problem(d, ws.id, preferences)
    result = rank(problem, method, normalization, **options)
    settings = {**result.settings, "perspective": ws.id, "perspective_name": ws.name}
    return replace(result, settings=settings)


def ranking_json(
    d: Dialogue,
    method: str = "wsm",
    weight_set_id: str | None = None,
    normalization: str | None = None,
    **options: Any,
) -> dict[str, Any]:
    """``palabre rank --json`` for a dialogue: ``{"method", "settings", "ranking", ...}``."""
    return rank_dialogue(d, method, weight_set_id, normalization, **options).to_json()


@dataclass(frozen=True)
class MatrixPoint:
    """One option on the feasibility-impact matrix."""

    option: str
    name: str
    feasibility: float
    impact: float
    quadrant: Quadrant


def feasibility_impact(
    d: Dialogue, weight_set_id: str | None = None, cut: float = 0.5
) -> list[MatrixPoint]:
    """Every option's feasibility and impact scores and quadrant, in the dialogue's order."""
    problem = decision_problem(d, weight_set_id)
    scores = group_scores(problem)
    feas, imp = scores[Group.FEASIBILITY], scores[Group.IMPACT]
    return [
        MatrixPoint(oid, name, float(f), float(i), quadrant(float(f), float(i), cut))
        for oid, name, f, i in zip(problem.options, problem.option_names, feas, imp, strict=True)
    ]


def thresholds_of(
    d: Dialogue,
    weight_set_id: str | None = None,
    method: str = "wsm",
    normalization: str | None = None,
) -> list[Threshold]:
    """For each criterion, the weight at which the leading option changes, and to which option.

    Convention (see :mod:`mcda.sensitivity`): one criterion's global weight varies from 0 to 1
    while the others keep their proportions. The additive model by default.
    """
    return weight_thresholds(decision_problem(d, weight_set_id), method, normalization)


def one_way_of(
    d: Dialogue,
    criterion_id: str,
    weight_set_id: str | None = None,
    method: str = "wsm",
    points: int = 101,
) -> OneWay:
    """Data for a one-way sensitivity plot of one criterion's weight."""
    return one_way(decision_problem(d, weight_set_id), criterion_id, method, points=points)


def smaa_of(
    d: Dialogue,
    samples: int = 10_000,
    seed: int | None = None,
    weights: str = "uniform",
    weight_set_id: str | None = None,
    method: str = "wsm",
) -> SMAAResult:
    """SMAA-2 on the dialogue: weights uniform on the simplex (or ``"around"`` the weight set's),
    scores within their low-high ranges. The seed used is in the result."""
    return smaa(decision_problem(d, weight_set_id), samples, seed, weights, method=method)


def perspectives_of(d: Dialogue, method: str = "wsm") -> PerspectivesResult:
    """The ranking under every weight set, Kendall's W, the Borda consensus and, for each option,
    the perspective that ranks it worst."""
    problems = {wid: decision_problem(d, wid) for wid in d.weight_sets}
    names = {wid: ws.name for wid, ws in d.weight_sets.items()}
    return compare_perspectives(problems, names, method)


def robustness_statements(
    d: Dialogue,
    weight_set_id: str | None = None,
    lang: str | None = None,
    *,
    method: str = "wsm",
    smaa_samples: int = 0,
    seed: int | None = 0,
    include_robust: bool = True,
) -> list[str]:
    """Plain-language robustness sentences for the brief and the window.

    Weight thresholds for the chosen perspective (the most critical criterion first), then, when
    the dialogue has several weight sets, their agreement and consensus, then, when
    ``smaa_samples`` > 0, how often the leading options are first under SMAA (seeded, 0 by
    default, so that the brief reads the same each time). ``lang`` is ``"en"`` or ``"fr"``
    (default: the dialogue's language).
    """
    lang = lang or d.info.language
    problem = decision_problem(d, weight_set_id)
    names = dict(zip(problem.options, problem.option_names, strict=True))
    out = threshold_statements(weight_thresholds(problem, method), names, lang, include_robust)
    if len(d.weight_sets) > 1:
        out += perspectives_sentences(perspectives_of(d, method), lang)
    if smaa_samples > 0:
        out += smaa_sentences(smaa(problem, smaa_samples, seed, method=method), lang)
    return out


__all__ = [
    "MatrixPoint",
    "decision_problem",
    "feasibility_impact",
    "one_way_of",
    "perspectives_of",
    "rank_dialogue",
    "ranking_json",
    "robustness_statements",
    "smaa_of",
    "thresholds_of",
    "weight_set",
]
