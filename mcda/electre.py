"""ELECTRE I as Hwang & Yoon (1981, pp. 115-127) present it, and ELECTRE II by scikit-criteria.

ELECTRE I (Roy 1968) here follows Hwang & Yoon step by step, because scikit-criteria's ELECTRE1
differs from it in two ways: it measures discordance on the raw scores divided by the largest
range of any criterion (so a criterion in large units dominates), and it uses fixed thresholds
(0.65 and 0.35) instead of the averages. Hwang & Yoon:

1. vector-normalise and weight the table (``V``);
2. concordance ``c(k, l)`` = sum of the weights of the criteria on which k is at least as good
   as l; discordance ``d(k, l)`` = largest weighted gap on the criteria where l is better,
   divided by the largest weighted gap on any criterion;
3. k outranks l when ``c(k, l) >= c_bar`` and ``d(k, l) <= d_bar``, the averages over all pairs;
4. the options outranked by no other form the kernel (the "non-dominated" options).

ELECTRE II (Roy & Bertier 1973) is taken from scikit-criteria (the variant of Gomes, Gomes &
Almeida 2004, strong and weak outranking with thresholds p0=0.65, p1=0.5, p2=0.35, q0=0.65,
q1=0.35), run on min-max normalised values so that every criterion is a benefit on 0 to 1.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from mcda import skc
from mcda.normalisation import normalise_table

ELECTRE2_THRESHOLDS = {"p0": 0.65, "p1": 0.5, "p2": 0.35, "q0": 0.65, "q1": 0.35}


@dataclass(frozen=True)
class ElectreOne:
    """Concordance and discordance matrices, thresholds, outranking relation and kernel."""

    concordance: np.ndarray
    discordance: np.ndarray
    c_threshold: float
    d_threshold: float
    outranks: np.ndarray
    kernel: np.ndarray


def electre1(
    table: np.ndarray,
    signs: np.ndarray,
    weights: np.ndarray,
    normalization: str = "vector",
    c_threshold: float | None = None,
    d_threshold: float | None = None,
) -> ElectreOne:
    """ELECTRE I after Hwang & Yoon (1981); thresholds default to the average indices."""
    r, s = normalise_table(table, signs, normalization)
    v = r * np.asarray(weights, dtype=float)
    w = np.asarray(weights, dtype=float)
    n = v.shape[0]
    # Orient every column so that larger is better, then compare all pairs at once.
    oriented = v * s
    diff = oriented[:, None, :] - oriented[None, :, :]  # diff[k, l, j] = v_kj - v_lj (oriented)
    concordance = np.sum(np.where(diff >= -1e-12, w, 0.0), axis=2)
    gaps = np.abs(diff)
    worse = np.where(diff < -1e-12, gaps, 0.0).max(axis=2)
    largest = gaps.max(axis=2)
    with np.errstate(invalid="ignore", divide="ignore"):
        discordance = np.where(largest > 0, worse / np.where(largest > 0, largest, 1.0), 0.0)
    off = ~np.eye(n, dtype=bool)
    c_bar = c_threshold if c_threshold is not None else (
        float(concordance[off].mean()) if n > 1 else 0.0)
    d_bar = d_threshold if d_threshold is not None else (
        float(discordance[off].mean()) if n > 1 else 0.0)
    outranks = (concordance >= c_bar - 1e-12) & (discordance <= d_bar + 1e-12) & off
    kernel = ~outranks.any(axis=0)
    np.fill_diagonal(concordance, np.nan)
    np.fill_diagonal(discordance, np.nan)
    return ElectreOne(concordance, discordance, c_bar, d_bar, outranks, kernel)


def electre2(values: np.ndarray, weights: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Ranks (1 best, shared) and scores (lower better) of ELECTRE II on benefit values."""
    return skc.electre2(values, weights)


__all__ = ["ELECTRE2_THRESHOLDS", "ElectreOne", "electre1", "electre2"]
