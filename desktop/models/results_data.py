"""Decision results for the window, computed from the document and cached until it changes.

Every function goes through the controller's :class:`~dialogue.analysis.Analysis` cache, keyed by
what the result depends on, so that several views asking for the same ranking in one repaint
compute it once. Results are never stored in the document.
"""

from __future__ import annotations

from desktop.controller import DocumentController
from desktop.locale_format import language
from dialogue.decision import (
    MatrixPoint,
    decision_problem,
    feasibility_impact,
    one_way_of,
    perspectives_of,
    rank_dialogue,
    robustness_statements,
    thresholds_of,
)
from mcda.perspectives import PerspectivesResult, compare_perspectives
from mcda.ranking import MethodResult
from mcda.sensitivity import OneWay, Threshold
from mcda.weights import global_weights


def _wid(controller: DocumentController, weight_set_id: str | None) -> str:
    return weight_set_id or controller.dialogue.active_weight_set.id


def method_result(controller: DocumentController, method: str = "wsm",
                  weight_set_id: str | None = None) -> MethodResult:
    """The ranking by ``method`` under a weight set (the active one by default)."""
    wid = _wid(controller, weight_set_id)
    d = controller.dialogue
    return controller.analysis.cached(("method", method, wid), lambda: rank_dialogue(d, method, wid))


def matrix_points(controller: DocumentController, weight_set_id: str | None = None) -> list[MatrixPoint]:
    """Every option's feasibility and impact scores and quadrant."""
    wid = _wid(controller, weight_set_id)
    d = controller.dialogue
    return controller.analysis.cached(("matrix", wid), lambda: feasibility_impact(d, wid))


def thresholds(controller: DocumentController, method: str = "wsm") -> list[Threshold]:
    """Weight thresholds of the active perspective, per criterion."""
    d = controller.dialogue
    wid = _wid(controller, None)
    return controller.analysis.cached(("thresholds", method, wid), lambda: thresholds_of(d, wid, method))


def one_way(controller: DocumentController, criterion_id: str, method: str = "wsm") -> OneWay:
    """One-way sensitivity data for one criterion's weight."""
    d = controller.dialogue
    wid = _wid(controller, None)
    return controller.analysis.cached(("one_way", criterion_id, method, wid),
                                      lambda: one_way_of(d, criterion_id, wid, method))


def perspectives(controller: DocumentController, method: str = "wsm") -> PerspectivesResult:
    """Rankings under every weight set, Kendall's W and the Borda consensus.

    The same as :func:`dialogue.decision.perspectives_of`, with the performance table built once
    and only the weights changed per perspective (the slider case: one table, several weight sets).
    """
    d = controller.dialogue

    def compute() -> PerspectivesResult:
        if not d.weight_sets:
            return perspectives_of(d, method)  # says clearly that there is none
        base = decision_problem(d)
        criteria = list(d.criteria.values())
        problems = {}
        for wid, ws in d.weight_sets.items():
            w = global_weights(criteria, ws.weights, ws.group_weights)
            problems[wid] = base.with_weights(w)
        names = {wid: ws.name for wid, ws in d.weight_sets.items()}
        return compare_perspectives(problems, names, method)

    return controller.analysis.cached(("perspectives", method), compute)


def statements(controller: DocumentController, method: str = "wsm") -> list[str]:
    """Plain-language robustness sentences (weights and perspectives; no SMAA), in the window's
    language."""
    d = controller.dialogue
    wid = _wid(controller, None)
    lang = language()
    return controller.analysis.cached(("statements", method, wid, lang),
                                      lambda: robustness_statements(d, wid, method=method, lang=lang))
