"""Robustness results from the decision engine, used as far as it provides them.

The decision engine (:mod:`dialogue.decision`) grew in steps; each part of the robustness section
is included only when the function it needs exists and succeeds, so the brief never breaks on an
older engine and never shows a placeholder for a missing analysis. The figures are the engine's:
weight switch points (:func:`dialogue.decision.thresholds_of`, one criterion's global weight
varied with the others in proportion), one-way sensitivity (:func:`one_way_of`), SMAA-2
(:func:`smaa_of`; Lahdelma & Salminen 2001) and perspectives with Kendall's W and the Borda
consensus (:func:`perspectives_of`).
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from dialogue import decision
from dialogue.model import Dialogue
from palabre.errors import PalabreError

if TYPE_CHECKING:
    from exports.brief.facts import Facts

log = logging.getLogger(__name__)

SMAA_SAMPLES = 10_000
SMAA_SEED = 0  # fixed, so that the brief reads the same every time it is exported


@dataclass(frozen=True)
class SwitchPoint:
    """Where first place changes when one criterion's weight moves."""

    criterion: str
    weight: float
    direction: str  # "up" or "down"
    at: float
    shown: str  # the switch weight rounded towards the current weight, as printed digits
    new_leader: str
    margin: float


def round_towards(value: float, current: float, up: bool) -> tuple[float, int]:
    """The switch weight rounded towards the current weight, never past it: a printed
    "rises above 0.09" must still be above the current weight, and the leader must still lead
    at the printed value."""
    for digits in (2, 3, 4):
        scale = 10**digits
        r = (math.floor(value * scale + 1e-9) if up else math.ceil(value * scale - 1e-9)) / scale
        if (up and r > current) or (not up and r < current):
            return r, digits
    return value, 4


def _call(name: str, *args: Any, **kwargs: Any) -> Any:
    """Call ``dialogue.decision.<name>`` if the engine has it; None if absent or refused."""
    fn = getattr(decision, name, None)
    if fn is None:
        log.info("the decision engine has no %s yet: that part of the brief is left out", name)
        return None
    try:
        return fn(*args, **kwargs)
    except PalabreError as exc:
        log.info("%s refused this dialogue: %s", name, exc)
        return None


def gather_robustness(dialogue: Dialogue, facts: Facts) -> dict[str, Any]:
    """Whatever robustness results the decision engine offers, keyed for the sections.

    Keys: ``thresholds`` (list of engine Threshold), ``switch_points`` (list of
    :class:`SwitchPoint`, closest first), ``robust_criteria`` (ids), ``one_way`` (engine OneWay
    for the most critical criterion), ``smaa`` (engine SMAAResult), ``perspectives`` (engine
    PerspectivesResult). Absent keys mean the engine could not give that result.
    """
    out: dict[str, Any] = {}
    wid = facts.weight_set.id
    thresholds = _call("thresholds_of", dialogue, wid)
    if thresholds:
        out["thresholds"] = thresholds
        points = []
        for t in thresholds:
            for direction, change in (("up", t.increase), ("down", t.decrease)):
                if change is None:
                    continue
                value, digits = round_towards(change.weight, t.weight, direction == "up")
                points.append(SwitchPoint(t.criterion, t.weight, direction, change.weight,
                                          f"{value:.{digits}f}", change.new_leader,
                                          abs(change.weight - t.weight)))
        points.sort(key=lambda p: p.margin)
        out["switch_points"] = points
        out["robust_criteria"] = [t.criterion for t in thresholds if t.robust]
        if points:
            one_way = _call("one_way_of", dialogue, points[0].criterion, wid)
            if one_way is not None:
                out["one_way"] = one_way
    smaa = _call("smaa_of", dialogue, SMAA_SAMPLES, SMAA_SEED, "uniform", wid)
    if smaa is not None:
        out["smaa"] = smaa
    if len(dialogue.weight_sets) >= 2:
        persp = _call("perspectives_of", dialogue)
        if persp is not None:
            out["perspectives"] = persp
    return out
