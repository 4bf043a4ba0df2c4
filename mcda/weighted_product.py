"""The weighted product model (Bridgman 1922; Miller & Starr 1969; Triantaphyllou 2000, ch. 2).

Score ``P_i = prod_j x_ij ** (s_j w_j)`` with ``s_j = +1`` for a benefit and ``-1`` for a cost
criterion: with weights summing to 1 it is a weighted geometric mean. It needs strictly positive
scores, and rescaling a criterion changes every score by the same factor, so no normalisation is
needed. :func:`log_scores` is vectorised; a single ranking goes through scikit-criteria, which
takes costs as reciprocals ``1/x`` (the same thing, since ``(1/x)**w = x**-w``).
"""

from __future__ import annotations

import numpy as np


def log_scores(table: np.ndarray, signs: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """``log10`` of the weighted product, shape ``(..., n)`` (same order as the product)."""
    w = np.asarray(weights, dtype=float)[..., None, :]
    return np.sum(np.log10(np.asarray(table, dtype=float)) * signs * w, axis=-1)


__all__ = ["log_scores"]
