"""Weights: normalisation, the hierarchy of group and criterion weights, and elicitation by
direct points, swing weighting and rank order centroid (AHP is in :mod:`mcda.ahp`).

Weights multiply down the criteria tree (Belton & Stewart 2002, ch. 5): a criterion's global weight
is its group's weight times its local weight within the group, each level normalised to sum to 1.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence

from mcda.criteria import Criterion, Group
from mcda.errors import MCDAError


def normalise(weights: Mapping[str, float]) -> dict[str, float]:
    """Weights scaled to sum to 1.

    Raises
    ------
    MCDAError
        If a weight is negative or not a finite number, or if all weights are zero.

    Examples
    --------
    >>> normalise({"a": 2, "b": 6})
    {'a': 0.25, 'b': 0.75}
    """
    for key, w in weights.items():
        if not isinstance(w, (int, float)) or not math.isfinite(w):
            raise MCDAError(f"weight of {key!r} must be a finite number, got {w!r}")
        if w < 0:
            raise MCDAError(f"weight of {key!r} is negative ({w:g}); weights must be 0 or more")
    total = math.fsum(weights.values())
    if total <= 0:
        raise MCDAError("all weights are zero: give at least one criterion a positive weight")
    return {key: w / total for key, w in weights.items()}


def global_weights(
    criteria: Iterable[Criterion],
    local_weights: Mapping[str, float],
    group_weights: Mapping[str, float],
) -> dict[str, float]:
    """Global weight of each criterion: group weight times normalised local weight.

    A group with no criteria, or whose criteria all weigh zero, drops out and the other group's
    weight is renormalised. Criteria missing from ``local_weights`` weigh zero.

    Examples
    --------
    >>> from mcda.criteria import Criterion, Group
    >>> cs = [Criterion("a", "A", Group.FEASIBILITY), Criterion("b", "B", Group.IMPACT),
    ...       Criterion("c", "C", Group.IMPACT)]
    >>> w = global_weights(cs, {"a": 1, "b": 1, "c": 3}, {"feasibility": 0.4, "impact": 0.6})
    >>> {k: round(v, 6) for k, v in w.items()}
    {'a': 0.4, 'b': 0.15, 'c': 0.45}
    """
    criteria = list(criteria)
    if not criteria:
        raise MCDAError("the decision has no criteria")
    within: dict[str, float] = {}
    live_groups: dict[str, float] = {}
    for group in Group:
        members = [c.id for c in criteria if c.group is group]
        raw = {cid: float(local_weights.get(cid, 0.0)) for cid in members}
        if not members or math.fsum(raw.values()) <= 0:
            within.update(dict.fromkeys(members, 0.0))
            for cid, w in raw.items():
                if w < 0:
                    raise MCDAError(f"weight of {cid!r} is negative ({w:g})")
            continue
        within.update(normalise(raw))
        live_groups[group.value] = float(group_weights.get(group.value, 0.0))
    if not live_groups:
        raise MCDAError("all weights are zero: give at least one criterion a positive weight")
    if math.fsum(live_groups.values()) <= 0:
        live_groups = dict.fromkeys(live_groups, 1.0)
    groups = normalise(live_groups)
    return {
        c.id: groups.get(c.group.value, 0.0) * within[c.id] for c in criteria
    }


def direct_points(points: Mapping[str, float]) -> dict[str, float]:
    """Weights from directly allocated points (any positive scale: points, percent, votes).

    Direct rating, normalised to sum to 1 (Belton & Stewart 2002, section 5.4).

    Examples
    --------
    >>> direct_points({"cost": 40, "equity": 40, "speed": 20})
    {'cost': 0.4, 'equity': 0.4, 'speed': 0.2}
    """
    return normalise(points)


def swing_weights(ratings: Mapping[str, float]) -> dict[str, float]:
    """Weights from swing weighting.

    The participant imagines every criterion at its worst level, picks the criterion whose swing
    from worst to best matters most and gives it 100, then rates every other swing against it
    between 0 and 100; the weights are the ratings normalised to sum to 1 (von Winterfeldt &
    Edwards 1986, ch. 8; Belton & Stewart 2002, section 5.4.2).

    Raises
    ------
    MCDAError
        If a rating lies outside 0 to 100, or no swing is rated 100.

    Examples
    --------
    >>> swing_weights({"retention": 100, "cost": 60, "speed": 40})
    {'retention': 0.5, 'cost': 0.3, 'speed': 0.2}
    """
    for key, r in ratings.items():
        if isinstance(r, bool) or not isinstance(r, (int, float)) or not math.isfinite(r):
            raise MCDAError(f"swing rating of {key!r} must be a number, got {r!r}")
        if not 0 <= r <= 100:
            raise MCDAError(f"swing rating of {key!r} is {r:g}; ratings run from 0 to 100")
    if ratings and max(ratings.values()) != 100:
        raise MCDAError(
            "swing weighting: rate the most important swing 100 and the others against it"
        )
    return normalise(ratings)


def rank_order_centroid(order: Sequence[str]) -> dict[str, float]:
    """Rank order centroid weights for criteria listed from most to least important.

    ``w_i = (1/n) * sum_{k=i..n} 1/k`` (Barron & Barrett 1996, Management Science 42(11),
    eq. 4): the centroid of the set of weight vectors consistent with the order.

    Raises
    ------
    MCDAError
        If the order is empty, names a criterion twice or has an empty name.

    Examples
    --------
    >>> {k: round(v, 4) for k, v in rank_order_centroid(["a", "b", "c"]).items()}
    {'a': 0.6111, 'b': 0.2778, 'c': 0.1111}
    """
    names = [str(n).strip() for n in order]
    if not names:
        raise MCDAError("rank order centroid needs at least one criterion")
    for position, name in enumerate(names, start=1):
        if not name:
            raise MCDAError(f"rank order centroid: criterion {position} has no name")
    seen: set[str] = set()
    for name in names:
        if name in seen:
            raise MCDAError(f"rank order centroid: {name!r} appears twice in the order")
        seen.add(name)
    n = len(names)
    return {
        name: math.fsum(1.0 / k for k in range(i, n + 1)) / n
        for i, name in enumerate(names, start=1)
    }
