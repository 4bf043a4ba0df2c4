"""The thin layer over scikit-criteria: build its decision matrix and run one of its methods.

``import skcriteria`` takes over a second (it loads matplotlib, seaborn and scipy.stats), so it is
imported here, inside the functions, and only when a method that uses it runs. Its warnings
(TOPSIS warns whenever a criterion is minimised, which Hwang & Yoon's TOPSIS handles by taking the
minimum as ideal) are silenced: Palabre reports its own notes.
"""

from __future__ import annotations

import warnings
from typing import Any

import numpy as np

from mcda.errors import MCDAError


def evaluate(method: Any, matrix: np.ndarray, signs: np.ndarray, weights: np.ndarray) -> Any:
    """Run a scikit-criteria decision maker on a matrix; returns its result object.

    Raises
    ------
    MCDAError
        If scikit-criteria refuses the data (its message is passed on).
    """
    import skcriteria

    dm = skcriteria.mkdm(
        matrix=np.asarray(matrix, dtype=float),
        objectives=[1 if s > 0 else -1 for s in signs],
        weights=np.asarray(weights, dtype=float),
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return method.evaluate(dm)
        except ValueError as exc:
            raise MCDAError(f"scikit-criteria refused the data: {exc}") from None


def topsis(matrix: np.ndarray, signs: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Closeness coefficients from scikit-criteria's TOPSIS (Euclidean distance)."""
    from skcriteria.agg.topsis import TOPSIS

    weighted = np.asarray(matrix, dtype=float) * np.asarray(weights, dtype=float)
    if np.all(np.ptp(weighted, axis=0) == 0):
        # Every option is both ideal and anti-ideal (0/0): equally close, as in mcda.topsis.
        return np.full(weighted.shape[0], 0.5)
    return np.asarray(evaluate(TOPSIS(), matrix, signs, weights).e_.similarity, dtype=float)


def vikor(matrix: np.ndarray, signs: np.ndarray, weights: np.ndarray, v: float) -> dict[str, Any]:
    """S, R, Q and the compromise set from scikit-criteria's VIKOR (Q ranked alone)."""
    from skcriteria.agg.vikor import VIKOR

    r = evaluate(VIKOR(v=v, use_compromise_set=False), matrix, signs, weights)
    return {
        "S": np.asarray(r.e_.s_k, dtype=float),
        "R": np.asarray(r.e_.r_k, dtype=float),
        "Q": np.asarray(r.e_.q_k, dtype=float),
        "compromise": [int(i) for i in r.e_.compromise_set],
        "acceptable_advantage": bool(r.e_.acceptable_advantage),
        "acceptable_stability": bool(r.e_.acceptable_stability),
    }


def weighted_product(matrix: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """scikit-criteria's weighted product score: sum of w_j * log10(x_ij), all criteria benefit."""
    from skcriteria.agg.simple import WeightedProductModel

    r = evaluate(WeightedProductModel(), matrix, np.ones(matrix.shape[1]), weights)
    return np.asarray(r.e_.score, dtype=float)


def electre2(matrix: np.ndarray, weights: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Ranks and scores from scikit-criteria's ELECTRE II (all criteria benefit)."""
    from skcriteria.agg.electre import ELECTRE2

    r = evaluate(ELECTRE2(), matrix, np.ones(matrix.shape[1]), weights)
    return np.asarray(r.rank_, dtype=int), np.asarray(r.e_.score, dtype=float)


__all__ = ["electre2", "evaluate", "topsis", "vikor", "weighted_product"]
