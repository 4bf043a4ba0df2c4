"""VIKOR: the compromise ranking (Opricovic & Tzeng 2004, EJOR 156:445-455, section 3).

For each criterion the best ``f*`` and worst ``f-`` scores are found; each option's group utility
``S = sum_j w_j (f*_j - f_ij) / (f*_j - f-_j)`` and individual regret ``R = max_j`` of the same
terms give ``Q = v (S - S*) / (S- - S*) + (1 - v) (R - R*) / (R- - R*)``, lower is better,
``v = 0.5`` by default. The top option by Q is the compromise if it has an acceptable advantage
(``Q(a2) - Q(a1) >= 1 / (n - 1)``) and acceptable stability (it is also best by S or R);
otherwise the compromise set is widened as the paper says.

:func:`figures` is vectorised for sensitivity analysis and SMAA; a single ranking goes through
scikit-criteria (:func:`mcda.skc.vikor`); the tests check both against the paper's example.
"""

from __future__ import annotations

import numpy as np


def _scaled(a: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    span = hi - lo
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(span > 0, (a - lo) / np.where(span > 0, span, 1.0), 0.0)


def figures(
    table: np.ndarray, signs: np.ndarray, weights: np.ndarray, v: float = 0.5
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """S, R and Q, each of shape ``(..., n)``; a criterion with one score for all counts 0."""
    x = np.asarray(table, dtype=float)
    hi, lo = x.max(axis=-2, keepdims=True), x.min(axis=-2, keepdims=True)
    best = np.where(signs > 0, hi, lo)
    worst = np.where(signs > 0, lo, hi)
    span = best - worst
    with np.errstate(invalid="ignore", divide="ignore"):
        d = np.where(span != 0, (best - x) / np.where(span != 0, span, 1.0), 0.0)
    d = d * np.asarray(weights, dtype=float)[..., None, :]
    s, r = d.sum(axis=-1), d.max(axis=-1)
    q = v * _scaled(s, s.min(axis=-1, keepdims=True), s.max(axis=-1, keepdims=True)) + (1 - v) * (
        _scaled(r, r.min(axis=-1, keepdims=True), r.max(axis=-1, keepdims=True))
    )
    return s, r, q


def compromise(q: np.ndarray, s: np.ndarray, r: np.ndarray) -> tuple[list[int], bool, bool]:
    """The compromise set and whether conditions C1 (advantage) and C2 (stability) hold.

    Opricovic & Tzeng (2004), step 5: if C1 fails the set is every option with
    ``Q - Q(a1) < 1/(n-1)``; if only C2 fails it is the first two by Q.
    """
    n = len(q)
    order = np.argsort(q, kind="stable")
    first = order[0]
    dq = 1.0 / (n - 1) if n > 1 else 0.0
    close = [int(i) for i in order if q[i] - q[first] < dq - 1e-12]
    advantage = len(close) <= 1
    stable = bool(np.isclose(s[first], s.min()) or np.isclose(r[first], r.min()))
    if advantage and stable:
        return [int(first)], True, True
    if advantage:
        return [int(i) for i in order[:2]], True, False
    return close, False, stable


__all__ = ["compromise", "figures"]
