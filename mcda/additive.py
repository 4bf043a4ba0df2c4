"""The additive value model (weighted sum of values), Palabre's default method.

Recommended for health MCDA by the ISPOR task force (Thokala et al. 2016; Marsh et al. 2016):
overall value = sum of global weight x value, with values from linear (or user-set piecewise)
value functions. The same weights give each option's feasibility and impact scores, the weighted
value within each group, which place it on the feasibility-impact matrix.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from mcda.criteria import Criterion, Group
from mcda.errors import MCDAError
from mcda.value_functions import values
from mcda.weights import global_weights, normalise


@dataclass(frozen=True)
class RankedOption:
    """One option's place in a ranking.

    ``score``, ``feasibility`` and ``impact`` are values between 0 and 1; ``incomplete`` is True
    when some of the option's scores are missing (they count as the worst level).
    """

    option: str
    rank: int
    score: float
    feasibility: float
    impact: float
    incomplete: bool = False


@dataclass(frozen=True)
class AdditiveResult:
    """The additive model's ranking, with the weights used and each criterion's contribution.

    ``contributions`` has one row per option (in rank order) and one column per criterion: the
    global weight times the value, so that each row sums to the option's score.
    """

    ranking: tuple[RankedOption, ...]
    weights: Mapping[str, float]
    contributions: pd.DataFrame
    method: str = "wsm"

    def by_option(self) -> dict[str, RankedOption]:
        """The ranking keyed by option id."""
        return {r.option: r for r in self.ranking}


def value_matrix(performance: pd.DataFrame, criteria: Sequence[Criterion]) -> pd.DataFrame:
    """Values in [0, 1] for a table of scores (rows options, columns criterion ids)."""
    out = {}
    for c in criteria:
        if c.id not in performance.columns:
            raise MCDAError(f"no scores for criterion {c.name!r}")
        out[c.id] = values(performance[c.id].to_numpy(dtype=float), c)
    return pd.DataFrame(out, index=performance.index)


def shared_ranks(scores: np.ndarray) -> np.ndarray:
    """Ranks 1, 2, ... from scores, best (highest) first; equal scores share a rank.

    Scores are compared after rounding to 9 decimals so that floating-point noise does not
    split a genuine tie.
    """
    rounded = np.round(np.asarray(scores, dtype=float), 9)
    return pd.Series(-rounded).rank(method="min").astype(int).to_numpy()


def rank_additive(
    performance: pd.DataFrame,
    criteria: Sequence[Criterion],
    local_weights: Mapping[str, float],
    group_weights: Mapping[str, float] | None = None,
) -> AdditiveResult:
    """Rank options by the additive value model.

    Parameters
    ----------
    performance:
        Scores, one row per option (index: option ids), one column per criterion id. Missing
        scores are NaN; they count as the worst level and the option is marked incomplete.
    criteria:
        The criteria, in display order.
    local_weights:
        Weight of each criterion within its group (any positive scale; normalised).
    group_weights:
        Weight of the feasibility and impact groups; equal when omitted.

    Returns
    -------
    AdditiveResult
        Options in rank order (ties share a rank, listed in input order).

    Examples
    --------
    >>> from mcda.criteria import Criterion, Group
    >>> cs = [Criterion("f", "F", Group.FEASIBILITY), Criterion("i", "I", Group.IMPACT)]
    >>> perf = pd.DataFrame({"f": [5, 1], "i": [3, 5]}, index=["x", "y"])
    >>> result = rank_additive(perf, cs, {"f": 1, "i": 1})
    >>> [(r.option, r.rank, round(r.score, 3)) for r in result.ranking]
    [('x', 1, 0.75), ('y', 2, 0.5)]
    """
    criteria = list(criteria)
    if performance.empty:
        raise MCDAError("the decision has no options to rank")
    gw = dict(group_weights) if group_weights else {g.value: 1.0 for g in Group}
    weights = global_weights(criteria, local_weights, gw)
    vals = value_matrix(performance, criteria)
    missing = vals.isna().any(axis=1).to_numpy()
    filled = vals.fillna(0.0)
    w = np.array([weights[c.id] for c in criteria])
    contrib = filled.to_numpy() * w
    total = contrib.sum(axis=1)
    group_score = {}
    for group in Group:
        mask = np.array([c.group is group for c in criteria])
        group_w = w[mask]
        if mask.any() and group_w.sum() > 0:
            group_score[group] = contrib[:, mask].sum(axis=1) / group_w.sum()
        elif mask.any():
            # Every criterion of the group weighs zero: its score is the unweighted mean value.
            group_score[group] = filled.to_numpy()[:, mask].mean(axis=1)
        else:
            group_score[group] = np.zeros(len(performance))
    ranks = shared_ranks(total)
    order = np.lexsort((np.arange(len(total)), ranks))
    ids = list(performance.index)
    ranking = tuple(
        RankedOption(
            option=str(ids[i]),
            rank=int(ranks[i]),
            score=float(total[i]),
            feasibility=float(group_score[Group.FEASIBILITY][i]),
            impact=float(group_score[Group.IMPACT][i]),
            incomplete=bool(missing[i]),
        )
        for i in order
    )
    contributions = pd.DataFrame(
        contrib[order], index=[ids[i] for i in order], columns=[c.id for c in criteria]
    )
    return AdditiveResult(ranking=ranking, weights=weights, contributions=contributions)


__all__ = ["AdditiveResult", "RankedOption", "normalise", "rank_additive", "shared_ranks"]
