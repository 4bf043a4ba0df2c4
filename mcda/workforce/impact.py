"""From projections to the decision: the gap each option closes, as an Impact criterion's score.

The **gap closed** by a scenario in a year is the baseline's shortage minus the scenario's
shortage that year, over a target: a cadre (all its areas), a cadre in one area, a combined need
(such as WHO's SDG threshold), or by default every row that sets its own need (else every
combined need). Shortages are gaps clipped at zero row by row (see
:mod:`mcda.workforce.projection`): workers beyond the need close no gap, and a surplus in one
area does not offset a shortage in another. With ``measure="gap"`` the signed gaps are used
instead, which counts every extra worker (then the gap closed is the scenario's extra stock).

The central value is the option's performance on an Impact criterion in workers; the low and
high values, from the pessimistic and optimistic runs, are its uncertainty range, which SMAA
samples uniformly (:mod:`mcda.smaa`). :func:`impact_scale` suggests the criterion's natural scale.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from mcda.criteria import Criterion, Direction, Group, Scale, ScaleKind
from mcda.errors import MCDAError
from mcda.workforce.baseline import WorkforceBaseline
from mcda.workforce.effects import Effect, check_effects, refusal
from mcda.workforce.projection import ROW_CELL, ROW_COMBINED, Layout, Projection, project_many

MEASURES = ("shortage", "gap")


@dataclass(frozen=True)
class GapClosed:
    """How much of the target's gap a scenario closes by a year, with its range.

    ``low <= central <= high`` (workers). ``baseline_gap`` is the target's shortage (or signed
    gap) in the baseline that year, so ``central / baseline_gap`` is the share closed.
    """

    scenario: str
    year: int
    target: str
    central: float
    low: float
    high: float
    baseline_gap: float

    @property
    def share(self) -> float | None:
        """The share of the baseline gap closed (None when the baseline has no gap)."""
        return self.central / self.baseline_gap if self.baseline_gap > 0 else None

    def as_score(self) -> tuple[float, float, float]:
        """``(value, low, high)``, for ``Score(value, low, high)`` in a dialogue."""
        return (self.central, self.low, self.high)


Target = str | Sequence[str] | None
"""What a gap is counted on: None (the default), a cadre or combined need id, or several ids."""


def _ids(target: Target) -> tuple[str, ...]:
    if target is None:
        return ()
    if isinstance(target, str):
        return (target,)
    ids = tuple(target)
    if not ids or not all(isinstance(t, str) for t in ids):
        raise MCDAError(f"a target is a cadre id or a list of cadre ids, got {target!r}")
    if len(set(ids)) != len(ids):
        raise MCDAError(f"the target names a cadre twice: {', '.join(ids)}")
    return ids


def target_rows(layout: Layout, target: Target = None, area: str | None = None) -> tuple[int, ...]:
    """The rows whose shortages sum to the target's.

    Parameters
    ----------
    layout:
        The projection's rows.
    target:
        A cadre id or combined need id, or several (``("nurses", "midwives")``: their shortages
        add up); None for the default: every cell row with its own need, else every national
        combined need.
    area:
        Restrict to one area (with a target).

    Raises
    ------
    MCDAError
        For an unknown target or area, a target without a need, or a baseline that sets no
        need at all.
    """
    ids = _ids(target)
    if not ids:
        if area:
            raise MCDAError("choose a cadre or combined need to restrict the gap to one area")
        rows = tuple(r for r, spec in enumerate(layout.rows)
                     if spec.kind == ROW_CELL and not np.isnan(layout.need[r, 0]))
        if not rows:
            rows = tuple(r for r, spec in enumerate(layout.rows)
                         if spec.kind == ROW_COMBINED and spec.area == "")
        if not rows:
            raise MCDAError("the baseline sets no need (no density or number per cadre, no combined "
                            "need such as the SDG threshold): there is no gap to close")
        return rows
    rows = []
    for cadre in ids:
        r = layout.row(cadre, area or "")
        if np.isnan(layout.need[r, 0]):
            where = f"{cadre} ({area})" if area else cadre
            raise MCDAError(f"{where} has no need set (a density or a number), so it has no gap")
        rows.append(r)
    return tuple(rows)


def target_label(layout: Layout, target: Target, area: str | None) -> str:
    """How a target reads in a criterion's unit: ``"Nurses and Midwives (rural)"``."""
    ids = _ids(target)
    if not ids:
        return "all cadres with a need"
    names = [layout.baseline.cadre_name(t) for t in ids]
    text = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    return f"{text} ({area})" if area else text


def gap_closed(baseline: Projection, scenario: Projection, *, key: str = "",
               target: Target = None, area: str | None = None, year: int | None = None,
               measure: str = "shortage") -> GapClosed:
    """The gap a scenario closes by ``year`` (default: the horizon), against the baseline.

    Parameters
    ----------
    baseline, scenario:
        Projections on the same layout (from one :func:`~mcda.workforce.projection.project_many`).
    key:
        The scenario's key, kept in the result.
    target, area:
        See :func:`target_rows`.
    year:
        The year compared (default: the last projected year).
    measure:
        ``"shortage"`` (default) or ``"gap"`` (signed; counts workers beyond the need).

    Examples
    --------
    >>> from mcda.workforce import CadreBaseline, Effect, Population, WorkforceBaseline, project_many
    >>> b = WorkforceBaseline(2026, (CadreBaseline("nurses", 1000, need_number=2000),),
    ...                       (Population(1e6),), horizon=2028)
    >>> runs = project_many(b, {"base": (), "more": (Effect("nurses", "graduates", 40, "absolute"),)})
    >>> gap_closed(runs["base"], runs["more"]).central
    80.0
    """
    if measure not in MEASURES:
        raise MCDAError(f"unknown measure {measure!r} (expected one of {', '.join(MEASURES)})")
    if baseline.layout is not scenario.layout:
        raise MCDAError("the baseline and the scenario were not projected together")
    layout = scenario.layout
    year = layout.years[-1] if year is None else year
    t = scenario.year_index(year)
    rows = list(target_rows(layout, target, area))
    if measure == "shortage":
        base = float(baseline.shortage[1, rows, t].sum())
        runs = scenario.shortage[:, rows, t].sum(axis=1)
    else:
        need = layout.need[rows, t]
        base = float((need - baseline.stock[1, rows, t]).sum())
        runs = (need[None, :] - scenario.stock[:, rows, t]).sum(axis=1)
    closed = [float(base - x) for x in runs]
    central = closed[1]
    # Monotone in every flow but transfers (whose direction depends on the target), so the
    # pessimistic run is normally the lowest; sorting keeps low <= central <= high regardless.
    low, high = min(closed), max(closed)
    return GapClosed(key, year, target_label(layout, target, area), central, low, high, base)


def gaps_closed(projections: Mapping[str, Projection], baseline_key: str, **options: object
                ) -> dict[str, GapClosed]:
    """:func:`gap_closed` for every projection but the baseline's, keyed as given."""
    base = projections[baseline_key]
    return {k: gap_closed(base, p, key=k, **options)  # type: ignore[arg-type]
            for k, p in projections.items() if k != baseline_key}


def _nice_ceiling(x: float) -> float:
    """The smallest of 1, 2, 2.5, 5 x 10^k at or above ``x`` (x > 0)."""
    exp = math.floor(math.log10(x))
    for step in (1.0, 2.0, 2.5, 5.0, 10.0):
        if step * 10**exp >= x - 1e-9 * x:
            return step * 10**exp
    return 10.0 ** (exp + 1)  # pragma: no cover - the loop always returns


def impact_scale(results: Iterable[GapClosed], unit: str | None = None) -> Scale:
    """A natural scale for a "gap closed" criterion: from 0 (or the lowest low, if negative) to
    a round number at or above the highest high.

    Examples
    --------
    >>> s = impact_scale([GapClosed("o", 2035, "nurses", 310, 120, 460, 900)])
    >>> (s.low, s.high, s.unit)
    (0.0, 500.0, 'workers (nurses, gap closed by 2035)')
    """
    items = list(results)
    if not items:
        raise MCDAError("no gap closed to scale: no option has effects")
    top = max(r.high for r in items)
    bottom = min(r.low for r in items)
    high = _nice_ceiling(top) if top > 0 else 1.0
    low = 0.0 if bottom >= 0 else -_nice_ceiling(-bottom)
    if unit is None:
        unit = f"workers ({items[0].target}, gap closed by {items[0].year})"
    return Scale(ScaleKind.NATURAL, low, high, unit[:100])


def impact_criterion(results: Iterable[GapClosed], id: str = "gap_closed",
                     name: str = "Projected gap closed") -> Criterion:
    """A suggested Impact criterion (benefit, natural scale) for the gap closed."""
    items = list(results)
    scale = impact_scale(items)
    first = items[0]
    return Criterion(id, name, Group.IMPACT, Direction.BENEFIT, scale,
                     f"Workers of {first.target} added against the need by {first.year}, from the "
                     "stock-and-flow projection of each option's expected effects (central value; "
                     "the low and high runs give the uncertainty range).")


def option_gaps_closed(baseline: WorkforceBaseline, option_effects: Mapping[str, Sequence[Effect]], *,
                       horizon: int | None = None, target: Target = None,
                       area: str | None = None, measure: str = "shortage") -> dict[str, GapClosed]:
    """Per option, the gap its effects close by the horizon: what feeds an Impact criterion.

    Parameters
    ----------
    baseline:
        The baseline.
    option_effects:
        Option id -> its effects. An option without effects closes no gap (0, 0, 0), so every
        option listed gets a result and the criterion has no missing score.
    horizon, target, area, measure:
        See :func:`gap_closed`.

    Returns
    -------
    dict
        Option id -> :class:`GapClosed`; ``as_score()`` gives ``(value, low, high)``.

    Raises
    ------
    MCDAError
        Naming the option whose effects target what the baseline lacks, or when no need is set.
    """
    scenarios = {"": ()}
    problems: list[str] = []
    for oid, effects in option_effects.items():
        try:
            check_effects(baseline, effects, f"option {oid!r}")
        except MCDAError as exc:
            problems += exc.problems
        scenarios[f"option:{oid}"] = tuple(effects)
    if problems:
        raise refusal(problems)
    runs = project_many(baseline, scenarios, horizon=horizon, check=False)
    return {oid: gap_closed(runs[""], runs[f"option:{oid}"], key=oid, target=target, area=area,
                            measure=measure)
            for oid in option_effects}
