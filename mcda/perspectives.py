"""Perspectives: the ranking under each weight set, how far they agree, and a consensus.

- Agreement is Kendall's coefficient of concordance W (Kendall & Babington Smith 1939, Ann.
  Math. Statist. 10:275-287), computed on mid-ranks with the correction for ties given by
  Legendre (2005, J. Agric. Biol. Environ. Stat. 10:226-245, eq. 3):
  ``W = (12 S - 3 p^2 n (n + 1)^2) / (p^2 n (n^2 - 1) - p T)``, with ``S`` the sum of the
  squared rank sums of the n options over the p perspectives and ``T = sum (t^3 - t)`` over
  the groups of tied ranks. W is 1 when every perspective ranks alike and 0 when they cancel.
- The consensus ranking is the Borda count: each perspective gives an option ``n - rank``
  points (mid-ranks for ties); ranking by total points is ranking by mean rank (Borda 1781;
  Saari 1995 on its properties). Ties share a rank.
- For each option, the perspective that ranks it worst (all of them when several tie).
- Strength of agreement in words follows Schmidt (1997, Decision Sciences 28(3):763-774):
  W about 0.1 very weak, 0.3 weak, 0.5 moderate, 0.7 strong, 0.9 unusually strong.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from mcda.additive import shared_ranks
from mcda.errors import MCDAError
from mcda.problem import DecisionProblem
from mcda.ranking import rank


def mid_ranks(row: np.ndarray) -> np.ndarray:
    """Ranks with ties given the mean of the places they share (1, 2.5, 2.5, 4)."""
    return pd.Series(np.asarray(row, dtype=float)).rank(method="average").to_numpy()


def kendall_w(ranks: np.ndarray) -> float | None:
    """Kendall's W for a ``(p, n)`` array of ranks (p judges, n objects), tie-corrected.

    Ranks are turned into mid-ranks within each row first, so shared minimum ranks (1, 1, 3)
    are handled. Returns None for fewer than two judges or two objects, or when every judge
    ties every object (W is undefined).

    Examples
    --------
    >>> kendall_w(np.array([[1, 2, 3], [1, 2, 3]]))
    1.0
    >>> kendall_w(np.array([[1, 2, 3], [3, 2, 1]]))
    0.0
    """
    r = np.asarray(ranks, dtype=float)
    if r.ndim != 2:
        raise MCDAError("Kendall's W needs a table of ranks: one row per perspective")
    p, n = r.shape
    if p < 2 or n < 2:
        return None
    mid = np.vstack([mid_ranks(row) for row in r])
    totals = mid.sum(axis=0)
    s = float(np.sum(totals**2))
    t = 0.0
    for row in mid:
        _, counts = np.unique(row, return_counts=True)
        t += float(np.sum(counts**3 - counts))
    denom = p * p * n * (n * n - 1) - p * t
    if denom <= 0:
        return None
    return float((12.0 * s - 3.0 * p * p * n * (n + 1) ** 2) / denom)


def agreement_words(w: float | None, lang: str = "en") -> str:
    """Schmidt's (1997) reading of W: 'very weak' ... 'unusually strong' (or French)."""
    en = ("very weak", "weak", "moderate", "strong", "unusually strong")
    fr = ("très faible", "faible", "moyen", "fort", "exceptionnellement fort")
    words = fr if lang == "fr" else en
    if w is None:
        return "indéfini" if lang == "fr" else "undefined"
    for limit, word in zip((0.2, 0.4, 0.6, 0.8), words, strict=False):
        if w < limit:
            return word
    return words[-1]


@dataclass(frozen=True, eq=False)
class PerspectivesResult:
    """Rankings under several weight sets, their agreement and a consensus.

    ``ranks[k, i]`` and ``scores[k, i]`` are option i's rank and score under perspective k;
    ``worst[i]`` lists the perspectives that rank option i lowest.
    """

    options: tuple[str, ...]
    option_names: tuple[str, ...]
    perspectives: tuple[str, ...]
    perspective_names: tuple[str, ...]
    method: str
    ranks: np.ndarray
    scores: np.ndarray
    kendall_w: float | None
    borda: np.ndarray
    consensus_ranks: np.ndarray
    worst: tuple[tuple[str, ...], ...]

    def to_json(self) -> dict[str, Any]:
        """JSON-ready comparison keyed by option and perspective names."""
        pnames = dict(zip(self.perspectives, self.perspective_names, strict=True))
        order = np.lexsort((np.arange(len(self.options)), self.consensus_ranks))
        return {
            "method": self.method,
            "kendall_w": None if self.kendall_w is None else round(self.kendall_w, 6),
            "agreement": agreement_words(self.kendall_w),
            "consensus_rule": "Borda count (mean rank over perspectives)",
            "consensus": [
                {"option": self.option_names[i], "id": self.options[i],
                 "rank": int(self.consensus_ranks[i]), "borda": round(float(self.borda[i]), 6),
                 "ranks": {pnames[p]: int(self.ranks[k, i])
                           for k, p in enumerate(self.perspectives)},
                 "worst_perspective": [pnames[p] for p in self.worst[i]]}
                for i in order
            ],
        }


def compare_perspectives(
    problems: Mapping[str, DecisionProblem],
    names: Mapping[str, str] | None = None,
    method: str = "wsm",
    normalization: str | None = None,
    **options: Any,
) -> PerspectivesResult:
    """Rank the same options under several weight sets and compare the rankings.

    Parameters
    ----------
    problems:
        One decision problem per perspective id, all with the same options in the same order
        (typically the same table with different weights).
    names:
        Display name of each perspective (default: its id).
    method, normalization, options:
        Passed to :func:`mcda.ranking.rank` (ELECTRE I ranks its kernel first, the rest second).
    """
    if not problems:
        raise MCDAError("there are no perspectives to compare")
    ids = tuple(problems)
    first = problems[ids[0]]
    for pid in ids[1:]:
        if problems[pid].options != first.options:
            raise MCDAError(f"perspective {pid!r} does not rank the same options")
    results = [rank(problems[pid], method, normalization, **options) for pid in ids]
    ranks = np.vstack([r.ranks for r in results]).astype(int)
    scores = np.vstack([r.scores for r in results])
    n = first.n_options
    mid = np.vstack([mid_ranks(row) for row in ranks])
    borda = (n - mid).sum(axis=0)
    consensus = shared_ranks(borda)
    worst = []
    for i in range(n):
        col = ranks[:, i]
        worst.append(tuple(ids[k] for k in np.flatnonzero(col == col.max())))
    names = names or {}
    return PerspectivesResult(
        options=first.options,
        option_names=first.option_names,
        perspectives=ids,
        perspective_names=tuple(names.get(pid, pid) for pid in ids),
        method=method,
        ranks=ranks,
        scores=scores,
        kendall_w=kendall_w(ranks),
        borda=borda,
        consensus_ranks=consensus,
        worst=tuple(worst),
    )


def rankings_from_weights(
    problem: DecisionProblem, weight_sets: Mapping[str, Sequence[float]]
) -> dict[str, DecisionProblem]:
    """The same problem under several global weight vectors (one per perspective id)."""
    return {pid: problem.with_weights(np.asarray(w, dtype=float)) for pid, w in weight_sets.items()}


__all__ = ["PerspectivesResult", "agreement_words", "compare_perspectives", "kendall_w",
           "rankings_from_weights"]
