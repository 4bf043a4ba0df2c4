"""One-way sensitivity of the leading option to each criterion's weight.

Convention: when one criterion's global weight is varied to ``t`` (from 0 to 1), the other
criteria keep their proportions to each other and are scaled to share ``1 - t``
(``w_k(t) = w_k (1 - t) / (1 - w_j)``; if the criterion had all the weight, the others share
equally). This is the usual one-way weight sensitivity of the additive model (Belton & Stewart
2002, section 6.3.1; Triantaphyllou & Sánchez 1997 call the smallest such change the "most
critical" criterion).

For each criterion, :func:`weight_thresholds` finds the weight above which (raising it) and below
which (lowering it) the leading option loses first place, and to which option; either may never
happen. Under the additive model every score is a straight line in ``t`` and the thresholds are
exact; for the other methods the leader is tracked on a fine grid and the change located by
bisection to 1e-6. :func:`one_way` gives the data for a one-way plot (every option's score as
the weight varies).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from mcda.problem import DecisionProblem
from mcda.scoring import batch_scores, wsm_values

GRID = 401
TIE = 1e-9


@dataclass(frozen=True)
class Change:
    """The weight at which the leader changes, and the option that takes the lead."""

    weight: float
    new_leader: str


@dataclass(frozen=True)
class Threshold:
    """Sensitivity of first place to one criterion's weight.

    ``leaders`` holds more than one id when several options share first place at the current
    weights. ``increase`` is the weight above which the leader loses first place when this
    criterion's weight is raised (None: it never does); ``decrease`` the weight below which it
    loses it when the weight is lowered.
    """

    criterion: str
    criterion_name: str
    weight: float
    leader: str
    leaders: tuple[str, ...]
    increase: Change | None
    decrease: Change | None

    @property
    def robust(self) -> bool:
        """True when no change of this weight alone can displace the leader."""
        return self.increase is None and self.decrease is None

    @property
    def margin(self) -> float:
        """The smallest change of weight that displaces the leader (inf when none does)."""
        gaps = [abs(c.weight - self.weight) for c in (self.increase, self.decrease) if c]
        return min(gaps, default=float("inf"))


@dataclass(frozen=True)
class OneWay:
    """Data for a one-way plot: ``scores[t, i]`` of option i at weight ``weights[t]``."""

    criterion: str
    criterion_name: str
    current: float
    weights: np.ndarray
    scores: np.ndarray
    options: tuple[str, ...]
    better: str = "higher"


def varied_weights(weights: np.ndarray, j: int, t: np.ndarray) -> np.ndarray:
    """Weight vectors with criterion j at each value of ``t`` and the others in proportion."""
    w = np.asarray(weights, dtype=float)
    t = np.atleast_1d(np.asarray(t, dtype=float))
    rest = w.copy()
    rest[j] = 0.0
    if rest.sum() > 0:
        rest = rest / rest.sum()
    else:
        rest = np.where(np.arange(w.size) == j, 0.0, 1.0 / max(w.size - 1, 1))
    out = (1.0 - t)[:, None] * rest[None, :]
    out[:, j] = t
    return out


def _scores(problem: DecisionProblem, w: np.ndarray, method: str, normalization: str | None,
            v: float) -> np.ndarray:
    return batch_scores(problem, w, None, method, normalization, v)


def _leaders(scores: np.ndarray) -> np.ndarray:
    """Index of the leader per row (first listed among ties)."""
    return np.argmax(scores >= scores.max(axis=-1, keepdims=True) - TIE, axis=-1)


def _linear_change(a: np.ndarray, slope: np.ndarray, t0: float, lead: int,
                   up: bool) -> tuple[float, int] | None:
    """First crossing of the leader's line by another line, going up or down from t0."""
    s0 = a + slope * t0
    gap = s0[lead] - s0
    rel = slope - slope[lead]
    best: tuple[float, int] | None = None
    for b in range(len(a)):
        if b == lead:
            continue
        if up and rel[b] > TIE:
            t = t0 + gap[b] / rel[b]
            # A crossing exactly at t = 1 is only a tie at the end of the range, not a loss.
            if t < 1.0 - 1e-9 and (best is None or t < best[0] - 1e-12
                                     or (abs(t - best[0]) <= 1e-12 and rel[b] > rel[best[1]])):
                best = (t, b)
        elif not up and rel[b] < -TIE:
            t = t0 + gap[b] / rel[b]
            if t > 1e-9 and (best is None or t > best[0] + 1e-12
                                or (abs(t - best[0]) <= 1e-12 and rel[b] < rel[best[1]])):
                best = (t, b)
    return best


def _grid_change(problem: DecisionProblem, j: int, t0: float, lead: int, up: bool,
                 method: str, normalization: str | None, v: float) -> tuple[float, int] | None:
    """First change of leader along t from t0 (grid, then bisection)."""
    end = 1.0 if up else 0.0
    ts = np.linspace(t0, end, GRID)
    leaders = _leaders(_scores(problem, varied_weights(problem.weights, j, ts), method,
                               normalization, v))
    moved = np.flatnonzero(leaders != lead)
    if moved.size == 0:
        return None
    k = moved[0]
    if k == 0:
        return t0, int(leaders[0])
    lo, hi = ts[k - 1], ts[k]  # leader at lo, someone else at hi
    for _ in range(60):
        mid = 0.5 * (lo + hi)
        who = _leaders(_scores(problem, varied_weights(problem.weights, j, [mid]), method,
                               normalization, v))[0]
        if who == lead:
            lo = mid
        else:
            hi = mid
        if abs(hi - lo) < 1e-7:
            break
    final = _leaders(_scores(problem, varied_weights(problem.weights, j, [hi]), method,
                             normalization, v))[0]
    return float(hi), int(final)


def weight_thresholds(
    problem: DecisionProblem,
    method: str = "wsm",
    normalization: str | None = None,
    v: float = 0.5,
) -> list[Threshold]:
    """For every criterion, the weights at which the leading option changes (see module doc).

    Examples
    --------
    >>> from mcda.criteria import Criterion
    >>> cs = (Criterion("x", "X"), Criterion("y", "Y"))
    >>> p = DecisionProblem(("a", "b"), cs, [[5, 1], [1, 5]], [0.6, 0.4])
    >>> t = weight_thresholds(p)[0]
    >>> t.leader, round(t.decrease.weight, 3), t.decrease.new_leader, t.increase
    ('a', 0.5, 'b', None)
    """
    out = []
    w = problem.weights
    base = _scores(problem, w[None], method, normalization, v)[0]
    leaders_now = np.flatnonzero(base >= base.max() - TIE)
    lead = int(leaders_now[0])
    linear = method == "wsm"
    vals = wsm_values(problem, None, normalization or "minmax") if linear else None
    for j, c in enumerate(problem.criteria):
        t0 = float(w[j])
        if linear:
            # score_i(t) = t v_ij + (1 - t) a_i, a straight line: a_i + t (v_ij - a_i).
            rest = varied_weights(w, j, [0.0])[0]
            a = vals @ rest
            slope = vals[:, j] - a
            up = _linear_change(a, slope, t0, lead, up=True)
            down = _linear_change(a, slope, t0, lead, up=False)
        else:
            up = _grid_change(problem, j, t0, lead, True, method, normalization, v)
            down = _grid_change(problem, j, t0, lead, False, method, normalization, v)
        out.append(Threshold(
            criterion=c.id,
            criterion_name=c.name,
            weight=t0,
            leader=problem.options[lead],
            leaders=tuple(problem.options[i] for i in leaders_now),
            increase=Change(float(up[0]), problem.options[up[1]]) if up else None,
            decrease=Change(float(down[0]), problem.options[down[1]]) if down else None,
        ))
    return out


def one_way(
    problem: DecisionProblem,
    criterion: str,
    method: str = "wsm",
    normalization: str | None = None,
    v: float = 0.5,
    points: int = 101,
) -> OneWay:
    """Every option's score as one criterion's weight goes from 0 to 1 (others in proportion).

    For VIKOR the plotted score is Q (lower is better).
    """
    j = problem.criterion_index(criterion)
    ts = np.linspace(0.0, 1.0, points)
    scores = _scores(problem, varied_weights(problem.weights, j, ts), method, normalization, v)
    better = "higher"
    if method == "vikor":
        scores, better = -scores, "lower"
    c = problem.criteria[j]
    return OneWay(c.id, c.name, float(problem.weights[j]), ts, scores, problem.options, better)


__all__ = ["Change", "OneWay", "Threshold", "one_way", "varied_weights", "weight_thresholds"]
