"""Normalisation of a performance table, column by column.

All functions accept tables with leading sample dimensions (``(..., n_options, n_criteria)``), so
that SMAA and sensitivity analysis can normalise thousands of sampled tables at once.

- ``vector``: ``x / sqrt(sum x^2)`` (Hwang & Yoon 1981, p. 131); directions unchanged.
- ``sum``: ``x / sum x``; directions unchanged; needs scores of 0 or more.
- ``minmax``: ``(x - min) / (max - min)``, cost criteria reversed, so that every column becomes a
  benefit between 0 and 1 (the linear scale transformation of Hwang & Yoon 1981, p. 130).

A column whose scores are all equal (or all zero) normalises to 0: it cannot separate options.
"""

from __future__ import annotations

import numpy as np

from mcda.errors import MCDAError

NORMALISATIONS = ("vector", "minmax", "sum")


def _safe_divide(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    with np.errstate(divide="ignore", invalid="ignore"):
        out = np.where(b != 0, a / np.where(b != 0, b, 1.0), 0.0)
    return out


def normalise_table(
    table: np.ndarray, signs: np.ndarray, how: str
) -> tuple[np.ndarray, np.ndarray]:
    """A normalised table and the directions that apply to it.

    Parameters
    ----------
    table:
        Scores, shape ``(..., n, m)``.
    signs:
        +1 (benefit) or -1 (cost) per criterion.
    how:
        ``"vector"``, ``"minmax"`` or ``"sum"``.

    Returns
    -------
    (normalised table, signs)
        For ``minmax`` every sign becomes +1 (cost criteria are reversed).

    Examples
    --------
    >>> r, s = normalise_table(np.array([[3.0, 10.0], [4.0, 30.0]]), np.array([1, -1]), "minmax")
    >>> r.tolist(), s.tolist()
    ([[0.0, 1.0], [1.0, 0.0]], [1.0, 1.0])
    """
    x = np.asarray(table, dtype=float)
    signs = np.asarray(signs, dtype=float)
    if how == "vector":
        norm = np.sqrt(np.sum(x * x, axis=-2, keepdims=True))
        return _safe_divide(x, norm), signs
    if how == "sum":
        if np.any(x < 0):
            raise MCDAError("sum normalisation needs scores of 0 or more")
        return _safe_divide(x, np.sum(x, axis=-2, keepdims=True)), signs
    if how == "minmax":
        lo = np.min(x, axis=-2, keepdims=True)
        hi = np.max(x, axis=-2, keepdims=True)
        up = _safe_divide(x - lo, hi - lo)
        down = _safe_divide(hi - x, hi - lo)
        return np.where(signs > 0, up, down), np.ones_like(signs)
    raise MCDAError(f"unknown normalisation {how!r} (expected {'|'.join(NORMALISATIONS)})")


__all__ = ["NORMALISATIONS", "normalise_table"]
