"""A decision problem as the methods see it: a performance table, criteria and weights.

Every method in this package takes a :class:`DecisionProblem`: options (ids and display names),
criteria (with direction, group and scale), a complete table of scores (one row per option), the
criteria's global weights (summing to 1), and, for SMAA, an optional uncertainty range for each
cell. It is built from a dialogue by :mod:`dialogue.decision` and from a spreadsheet by
:mod:`exports.decision_table`; both validate first, and the problem checks itself again.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum

import numpy as np

from mcda.criteria import Criterion, Direction
from mcda.errors import MCDAError
from mcda.value_functions import values


class PreferenceKind(StrEnum):
    """PROMETHEE's six generalised criteria (Brans, Vincke & Mareschal 1986; Brans & Mareschal
    2005, fig. 5.2), named as in the decision-matrix table."""

    USUAL = "usual"  # type I: any advantage is a full preference
    USHAPE = "ushape"  # type II (quasi-criterion): full preference beyond q
    VSHAPE = "vshape"  # type III: linear from 0 to p
    LEVEL = "level"  # type IV: 1/2 between q and p, 1 beyond p
    LINEAR = "linear"  # type V: linear between q and p
    GAUSSIAN = "gaussian"  # type VI: 1 - exp(-d^2 / (2 s^2))


# Which thresholds each preference function needs.
NEEDS = {
    PreferenceKind.USUAL: (),
    PreferenceKind.USHAPE: ("q",),
    PreferenceKind.VSHAPE: ("p",),
    PreferenceKind.LEVEL: ("q", "p"),
    PreferenceKind.LINEAR: ("q", "p"),
    PreferenceKind.GAUSSIAN: ("s",),
}


@dataclass(frozen=True)
class PreferenceFunction:
    """A PROMETHEE preference function with its thresholds, in the criterion's own units.

    ``q`` is the indifference threshold, ``p`` the preference threshold (``p >= q``) and ``s``
    the Gaussian parameter. Thresholds a function does not use are ignored.
    """

    kind: PreferenceKind = PreferenceKind.USUAL
    q: float | None = None
    p: float | None = None
    s: float | None = None

    def __post_init__(self) -> None:
        try:
            object.__setattr__(self, "kind", PreferenceKind(str(self.kind).strip().lower()))
        except ValueError:
            allowed = "|".join(k.value for k in PreferenceKind)
            raise MCDAError(
                f"unknown preference function {self.kind!r} (expected {allowed})"
            ) from None
        for name in ("q", "p", "s"):
            v = getattr(self, name)
            if v is not None and (not math.isfinite(v) or v < 0):
                raise MCDAError(f"threshold {name} must be a number of 0 or more, got {v:g}")
        for name in NEEDS[self.kind]:
            if getattr(self, name) is None:
                raise MCDAError(
                    f"the {self.kind.value} preference function needs a value for {name}"
                )
        if self.kind is PreferenceKind.GAUSSIAN and not self.s:
            raise MCDAError("the gaussian preference function needs s greater than 0")
        if self.kind is PreferenceKind.VSHAPE and not self.p:
            raise MCDAError("the vshape preference function needs p greater than 0")
        if (self.kind in (PreferenceKind.LEVEL, PreferenceKind.LINEAR)
                and self.p is not None and self.q is not None and self.p < self.q):
            raise MCDAError(f"threshold p ({self.p:g}) must not be below q ({self.q:g})")

    def settings(self) -> dict[str, object]:
        """The function and the thresholds it uses, for a result's settings."""
        out: dict[str, object] = {"function": self.kind.value}
        for name in NEEDS[self.kind]:
            out[name] = getattr(self, name)
        return out


@dataclass(frozen=True, eq=False)
class DecisionProblem:
    """Options, criteria, a complete score table and global weights.

    Parameters
    ----------
    options:
        Option ids, one per row of ``table``.
    criteria:
        The criteria, one per column of ``table``.
    table:
        Scores in each criterion's own units; no missing values (a dialogue fills a missing
        score with the criterion's worst level and marks the option ``incomplete``).
    weights:
        Global weight of each criterion, 0 or more; normalised to sum to 1.
    option_names:
        Display names (default: the ids).
    low, high:
        Optional per-cell uncertainty ranges for SMAA (``low <= table <= high``).
    preferences:
        Optional PROMETHEE preference function per criterion (default: usual).
    incomplete:
        Per option, True when some of its scores were missing.
    has_groups:
        False when the criteria were not assigned to feasibility and impact (a spreadsheet
        without a ``group`` row): no feasibility or impact scores are reported then.
    """

    options: tuple[str, ...]
    criteria: tuple[Criterion, ...]
    table: np.ndarray
    weights: np.ndarray
    option_names: tuple[str, ...] = ()
    low: np.ndarray | None = None
    high: np.ndarray | None = None
    preferences: tuple[PreferenceFunction, ...] = ()
    incomplete: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))
    has_groups: bool = True

    def __post_init__(self) -> None:
        options = tuple(str(o) for o in self.options)
        criteria = tuple(self.criteria)
        object.__setattr__(self, "options", options)
        object.__setattr__(self, "criteria", criteria)
        n, m = len(options), len(criteria)
        if n == 0:
            raise MCDAError("the decision has no options to rank")
        if m == 0:
            raise MCDAError("the decision has no criteria")
        if len(set(options)) != n:
            raise MCDAError("two options have the same id")
        if len({c.id for c in criteria}) != m:
            raise MCDAError("two criteria have the same id")
        table = np.array(self.table, dtype=float)
        if table.shape != (n, m):
            raise MCDAError(f"the score table is {table.shape}, expected {n} x {m}")
        if not np.all(np.isfinite(table)):
            i, j = np.argwhere(~np.isfinite(table))[0]
            raise MCDAError(f"the score of {options[i]!r} on {criteria[j].name!r} is missing")
        table.setflags(write=False)
        object.__setattr__(self, "table", table)
        w = np.array(self.weights, dtype=float).reshape(-1)
        if w.shape != (m,):
            raise MCDAError(f"{w.size} weights for {m} criteria")
        if np.any(~np.isfinite(w)) or np.any(w < 0):
            raise MCDAError("weights must be finite numbers of 0 or more")
        if w.sum() <= 0:
            raise MCDAError("all weights are zero: give at least one criterion a positive weight")
        w = w / w.sum()
        w.setflags(write=False)
        object.__setattr__(self, "weights", w)
        names = tuple(str(x) for x in self.option_names) or options
        if len(names) != n:
            raise MCDAError(f"{len(names)} option names for {n} options")
        object.__setattr__(self, "option_names", names)
        for attr in ("low", "high"):
            arr = getattr(self, attr)
            if arr is not None:
                arr = np.array(arr, dtype=float)
                if arr.shape != (n, m) or not np.all(np.isfinite(arr)):
                    raise MCDAError(f"the {attr} ends of the score ranges must be a complete "
                                    f"{n} x {m} table")
                arr.setflags(write=False)
                object.__setattr__(self, attr, arr)
        lo = self.low if self.low is not None else table
        hi = self.high if self.high is not None else table
        bad = (lo > table + 1e-12) | (hi < table - 1e-12)
        if bad.any():
            i, j = np.argwhere(bad)[0]
            raise MCDAError(f"the uncertainty range of {options[i]!r} on {criteria[j].name!r} "
                            f"must surround its score")
        prefs = tuple(self.preferences) or tuple(PreferenceFunction() for _ in criteria)
        if len(prefs) != m:
            raise MCDAError(f"{len(prefs)} preference functions for {m} criteria")
        object.__setattr__(self, "preferences", prefs)
        inc = np.array(self.incomplete, dtype=bool).reshape(-1)
        if inc.size == 0:
            inc = np.zeros(n, dtype=bool)
        if inc.shape != (n,):
            raise MCDAError("the incomplete flags must give one value per option")
        inc.setflags(write=False)
        object.__setattr__(self, "incomplete", inc)

    # ----------------------------------------------------------------- reading
    @property
    def n_options(self) -> int:
        """Number of options."""
        return len(self.options)

    @property
    def n_criteria(self) -> int:
        """Number of criteria."""
        return len(self.criteria)

    @property
    def signs(self) -> np.ndarray:
        """+1 for a benefit criterion, -1 for a cost criterion (numpy-friendly directions)."""
        return np.array([1.0 if c.direction is Direction.BENEFIT else -1.0 for c in self.criteria])

    @property
    def uncertain(self) -> bool:
        """True when some cell has a score range wider than a point."""
        lo = self.low if self.low is not None else self.table
        hi = self.high if self.high is not None else self.table
        return bool(np.any(hi > lo))

    def name(self, option_id: str) -> str:
        """The display name of an option."""
        return self.option_names[self.options.index(option_id)]

    def criterion_index(self, key: str) -> int:
        """The column of a criterion given its id or its name."""
        for j, c in enumerate(self.criteria):
            if key in (c.id, c.name):
                return j
        raise MCDAError(f"there is no criterion {key!r}")

    def weight_map(self) -> dict[str, float]:
        """Global weights keyed by criterion id."""
        return {c.id: float(w) for c, w in zip(self.criteria, self.weights, strict=True)}

    def values(self, table: np.ndarray | None = None) -> np.ndarray:
        """Values in [0, 1] (1 best) of a score table through each criterion's value function.

        ``table`` may carry leading sample dimensions (``(..., n, m)``); default: the problem's.
        """
        x = self.table if table is None else np.asarray(table, dtype=float)
        out = np.empty(x.shape, dtype=float)
        for j, c in enumerate(self.criteria):
            out[..., j] = values(x[..., j], c)
        return out

    # ----------------------------------------------------------------- changing
    def with_weights(
        self, weights: Sequence[float] | np.ndarray | Mapping[str, float]
    ) -> DecisionProblem:
        """The same problem with other global weights (a mapping is keyed by criterion id)."""
        if isinstance(weights, Mapping):
            weights = [float(weights.get(c.id, 0.0)) for c in self.criteria]
        return replace(self, weights=np.asarray(weights, dtype=float))

    def subset(self, rows: Sequence[int]) -> DecisionProblem:
        """The problem restricted to some options (rows), in the given order."""
        idx = list(rows)
        return replace(
            self,
            options=tuple(self.options[i] for i in idx),
            option_names=tuple(self.option_names[i] for i in idx),
            table=self.table[idx],
            low=None if self.low is None else self.low[idx],
            high=None if self.high is None else self.high[idx],
            incomplete=self.incomplete[idx],
        )


def constant_criteria(problem: DecisionProblem) -> list[int]:
    """Columns where every option has the same score (they cannot separate the options)."""
    t = problem.table
    return [j for j in range(problem.n_criteria) if np.all(t[:, j] == t[0, j])]


__all__ = [
    "NEEDS",
    "DecisionProblem",
    "PreferenceFunction",
    "PreferenceKind",
    "constant_criteria",
]
