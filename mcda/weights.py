"""Weights: normalisation and the hierarchy of group and criterion weights.

Weights multiply down the criteria tree (Belton & Stewart 2002, ch. 5): a criterion's global weight
is its group's weight times its local weight within the group, each level normalised to sum to 1.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping

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
