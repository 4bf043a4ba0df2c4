"""Value functions: from a score on a criterion's scale to a value between 0 and 1.

The additive value model recommended for health MCDA (Thokala et al. 2016, ISPOR task force) turns
each score into a value with a linear function between the worst and best plausible levels, or a
piecewise-linear one where the user has set points; cost criteria are inverted so that 1 is always
best.
"""

from __future__ import annotations

import numpy as np

from mcda.criteria import Criterion, Direction


def values(scores: np.ndarray, criterion: Criterion) -> np.ndarray:
    """Values in [0, 1] of an array of scores on one criterion (NaN stays NaN).

    Examples
    --------
    >>> from mcda.criteria import Criterion, Direction
    >>> c = Criterion("c", "Cost", direction=Direction.COST)
    >>> values(np.array([1.0, 3.0, 5.0]), c).tolist()
    [1.0, 0.5, 0.0]
    """
    scale = criterion.scale
    x = np.asarray(scores, dtype=float)
    if scale.points:
        xs = np.array([p[0] for p in scale.points])
        vs = np.array([p[1] for p in scale.points])
        v = np.interp(x, xs, vs)
        # A user-set piecewise function already encodes the direction.
        return np.where(np.isnan(x), np.nan, v)
    v = (np.clip(x, scale.low, scale.high) - scale.low) / (scale.high - scale.low)
    if criterion.direction is Direction.COST:
        v = 1.0 - v
    return v
