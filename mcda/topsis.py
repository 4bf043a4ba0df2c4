"""TOPSIS: closeness to the ideal option (Hwang & Yoon 1981, *Multiple Attribute Decision
Making*, Springer, pp. 128-134).

Steps: normalise each criterion (vector normalisation by default, min-max as an option), multiply
by the weights, take the ideal (best on every criterion) and the anti-ideal (worst), measure each
option's Euclidean distances ``d+`` and ``d-`` to them, and rank by closeness
``C = d- / (d+ + d-)``, between 0 and 1, higher is better.

:func:`closeness` is a vectorised numpy version used for sensitivity analysis and SMAA; a single
ranking goes through scikit-criteria (:func:`mcda.skc.topsis`), and the tests check that the two
agree and reproduce Hwang & Yoon's fighter-aircraft example.
"""

from __future__ import annotations

import numpy as np

from mcda.normalisation import normalise_table


def closeness(
    table: np.ndarray, signs: np.ndarray, weights: np.ndarray, normalization: str = "vector"
) -> np.ndarray:
    """Closeness coefficients, shape ``(..., n)``.

    Parameters
    ----------
    table:
        Scores, shape ``(..., n, m)``.
    signs:
        +1 benefit, -1 cost, per criterion.
    weights:
        Shape ``(m,)`` or ``(..., m)`` (one weight vector per sampled table).
    normalization:
        ``"vector"`` (Hwang & Yoon), ``"minmax"`` or ``"sum"``.
    """
    r, s = normalise_table(table, signs, normalization)
    v = r * np.asarray(weights, dtype=float)[..., None, :]
    hi, lo = v.max(axis=-2, keepdims=True), v.min(axis=-2, keepdims=True)
    ideal = np.where(s > 0, hi, lo)
    anti = np.where(s > 0, lo, hi)
    d_plus = np.sqrt(np.sum((v - ideal) ** 2, axis=-1))
    d_minus = np.sqrt(np.sum((v - anti) ** 2, axis=-1))
    total = d_plus + d_minus
    # All options identical on every weighted criterion: equally close, 0.5 by symmetry.
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(total > 0, d_minus / np.where(total > 0, total, 1.0), 0.5)


def prepared(
    table: np.ndarray, signs: np.ndarray, normalization: str
) -> tuple[np.ndarray, np.ndarray]:
    """The normalised table and directions handed to scikit-criteria's TOPSIS."""
    return normalise_table(table, signs, normalization)


__all__ = ["closeness", "prepared"]
