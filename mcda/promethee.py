"""PROMETHEE II: net outranking flows (Brans, Vincke & Mareschal 1986, EJOR 24:228-238;
Brans & Mareschal 2005, in *Multiple Criteria Decision Analysis: State of the Art Surveys*, ch. 5).

For each pair of options and each criterion, the advantage ``d = s_j (x_aj - x_bj)`` in the
criterion's own units becomes a preference degree ``P_j(a, b)`` between 0 and 1 through the
criterion's preference function; ``pi(a, b) = sum_j w_j P_j(a, b)``. The positive flow
``phi+(a) = sum_b pi(a, b) / (n - 1)`` says how much a outranks the others, the negative flow
``phi-(a) = sum_b pi(b, a) / (n - 1)`` how much it is outranked, and PROMETHEE II ranks by the
net flow ``phi = phi+ - phi-`` (between -1 and 1). The flows are normalised by ``n - 1`` as in
Brans & Mareschal (2005); the 1986 paper printed them unnormalised (sums over the other options).

Preference functions, with q the indifference and p the preference threshold (p >= q) and s the
Gaussian parameter: usual (any advantage counts fully), ushape (full beyond q), vshape (linear
up to p), level (1/2 between q and p, 1 beyond p), linear (linear between q and p), gaussian
(``1 - exp(-d^2 / (2 s^2))``).

The net flow is linear in the weights: ``phi = sum_j w_j phi_j`` with ``phi_j`` the flow on one
criterion, which makes SMAA on fixed scores a single matrix product.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from mcda.problem import PreferenceFunction, PreferenceKind


def preference_degree(d: np.ndarray, pf: PreferenceFunction) -> np.ndarray:
    """The preference degree P(d) of advantages ``d`` (any shape) under one function."""
    d = np.asarray(d, dtype=float)
    k = pf.kind
    if k is PreferenceKind.USUAL:
        return (d > 0).astype(float)
    if k is PreferenceKind.USHAPE:
        return (d > pf.q).astype(float)
    if k is PreferenceKind.VSHAPE:
        return np.clip(d / pf.p, 0.0, 1.0)
    if k is PreferenceKind.LEVEL:
        return np.where(d > pf.p, 1.0, np.where(d > pf.q, 0.5, 0.0))
    if k is PreferenceKind.LINEAR:
        if pf.p == pf.q:
            return (d > pf.q).astype(float)
        return np.clip((d - pf.q) / (pf.p - pf.q), 0.0, 1.0)
    # Gaussian
    return np.where(d > 0, 1.0 - np.exp(-(d * d) / (2.0 * pf.s * pf.s)), 0.0)


@dataclass(frozen=True)
class Flows:
    """The preference index matrix and the three flows of every option."""

    preference_index: np.ndarray  # pi[a, b]
    phi_plus: np.ndarray
    phi_minus: np.ndarray
    phi: np.ndarray


def unicriterion_flows(
    table: np.ndarray, signs: np.ndarray, preferences: Sequence[PreferenceFunction]
) -> np.ndarray:
    """Net flow of each option on each criterion alone, shape ``(..., n, m)``."""
    x = np.asarray(table, dtype=float)
    n = x.shape[-2]
    out = np.empty(x.shape, dtype=float)
    for j, pf in enumerate(preferences):
        col = x[..., j] * signs[j]
        d = col[..., :, None] - col[..., None, :]  # d[a, b] = advantage of a over b
        p = preference_degree(d, pf)
        out[..., j] = (p.sum(axis=-1) - p.sum(axis=-2)) / max(n - 1, 1)
    return out


def promethee2(
    table: np.ndarray,
    signs: np.ndarray,
    weights: np.ndarray,
    preferences: Sequence[PreferenceFunction],
) -> Flows:
    """Preference indices and flows of PROMETHEE I and II for one table."""
    x = np.asarray(table, dtype=float)
    n = x.shape[0]
    w = np.asarray(weights, dtype=float)
    pi = np.zeros((n, n))
    for j, pf in enumerate(preferences):
        col = x[:, j] * signs[j]
        pi += w[j] * preference_degree(col[:, None] - col[None, :], pf)
    np.fill_diagonal(pi, 0.0)
    denom = max(n - 1, 1)
    plus, minus = pi.sum(axis=1) / denom, pi.sum(axis=0) / denom
    return Flows(pi, plus, minus, plus - minus)


__all__ = ["Flows", "preference_degree", "promethee2", "unicriterion_flows"]
