"""Scores of many weight vectors and sampled tables at once, for sensitivity analysis and SMAA.

:func:`batch_scores` returns, for ``k`` weight vectors (and optionally ``k`` sampled score
tables), every option's score under a method, oriented so that higher is better. It is pure numpy
and never calls scikit-criteria: calling a library once per sample is what makes SMAA slow.
ELECTRE I and II do not produce a score per option and are not available here.
"""

from __future__ import annotations

import numpy as np

from mcda import promethee, topsis, vikor, weighted_product
from mcda.errors import MCDAError
from mcda.normalisation import normalise_table
from mcda.problem import DecisionProblem

BATCH_METHODS = ("wsm", "wpm", "topsis", "vikor", "promethee2")


def wsm_values(
    problem: DecisionProblem, table: np.ndarray | None = None, normalization: str = "minmax"
) -> np.ndarray:
    """Values in [0, 1] (1 best) for the additive model.

    ``minmax`` (the default) uses each criterion's value function between its scale bounds (for
    a spreadsheet, the lowest and highest score). ``vector`` and ``sum`` divide by the column's
    norm or total and take ``1 - r`` on cost criteria (a linear reversal that keeps the gaps).
    """
    if normalization == "minmax":
        return problem.values(table)
    x = problem.table if table is None else np.asarray(table, dtype=float)
    r, _ = normalise_table(x, problem.signs, normalization)
    return np.where(problem.signs > 0, r, 1.0 - r)


def batch_scores(
    problem: DecisionProblem,
    weights: np.ndarray,
    tables: np.ndarray | None = None,
    method: str = "wsm",
    normalization: str | None = None,
    v: float = 0.5,
) -> np.ndarray:
    """Scores (higher is better) of every option for each weight vector, shape ``(k, n)``.

    Parameters
    ----------
    problem:
        The decision problem.
    weights:
        Shape ``(k, m)``: one global weight vector per row (rows need not sum to 1 for the
        additive model, but should for the others).
    tables:
        Optional sampled score tables, shape ``(k, n, m)``; default: the problem's own table.
    method:
        One of :data:`BATCH_METHODS`.
    normalization:
        For ``wsm`` and ``topsis`` (defaults ``minmax`` and ``vector``).
    v:
        VIKOR's weight of group utility (VIKOR's Q is returned negated).
    """
    w = np.atleast_2d(np.asarray(weights, dtype=float))
    k = w.shape[0]
    signs = problem.signs
    if method == "wsm":
        vals = wsm_values(problem, tables, normalization or "minmax")
        if tables is None:
            return (vals @ w.T).T
        return np.einsum("knm,km->kn", vals, w)
    x = np.broadcast_to(problem.table, (k, *problem.table.shape)) if tables is None else tables
    if method == "wpm":
        if np.any(x <= 0):
            raise MCDAError("the weighted product needs scores greater than 0")
        if tables is None:
            return ((np.log10(problem.table) * signs) @ w.T).T
        return weighted_product.log_scores(x, signs, w)
    if method == "topsis":
        return topsis.closeness(x, signs, w, normalization or "vector")
    if method == "vikor":
        return -vikor.figures(x, signs, w, v)[2]
    if method == "promethee2":
        if tables is None:
            flows = promethee.unicriterion_flows(problem.table, signs, problem.preferences)
            return (flows @ w.T).T
        flows = promethee.unicriterion_flows(x, signs, problem.preferences)
        return np.einsum("knm,km->kn", flows, w)
    if method in ("electre1", "electre2"):
        raise MCDAError(
            f"{method.upper()} gives an outranking relation, not a score per option, so it "
            f"cannot be used for sensitivity analysis or SMAA; use wsm, wpm, topsis, vikor or "
            f"promethee2"
        )
    raise MCDAError(f"unknown method {method!r} (expected {'|'.join(BATCH_METHODS)})")


__all__ = ["BATCH_METHODS", "batch_scores", "wsm_values"]
