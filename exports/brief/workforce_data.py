"""The workforce figures the brief shows, read from the dialogue's projection (issue 11).

Nothing is computed here that the engine does not already compute: the projections come from
:func:`dialogue.workforce.projections_of` and every gap closed from
:func:`mcda.workforce.gap_closed`, counted on the target, area and measure the dialogue sets
(:class:`dialogue.workforce.WorkforceLink`). This module sums the target's rows into one series
per scenario (stock and need by year, for the chart) and orders the scenarios the way the
brief discusses them: the leading options first, then the bundles and all options together.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from dialogue.workforce import WorkforceLink, baseline_of, link_of, projections_of
from mcda.criteria import Group
from mcda.workforce import GapClosed, Projection, ScenarioKind, WorkforceBaseline, gap_closed
from mcda.workforce.impact import target_rows
from palabre.errors import PalabreError

if TYPE_CHECKING:
    from exports.brief.facts import Facts

log = logging.getLogger(__name__)

EXTRAS_KEY = "workforce"
TENS_FROM = 1000.0
"""Figures are rounded to the nearest ten when the target's need reaches this many workers: a
projection of expert-judged effects is not precise to the worker, and "11,859" would claim it."""


@dataclass(frozen=True)
class Series:
    """One scenario on the target: its stock and the gap it closes, year by year.

    ``stock`` and ``closed`` are arrays (3, years): the low (pessimistic), central and high
    (optimistic) runs. ``closed`` is :func:`mcda.workforce.gap_closed` in each year, so its last
    column is ``gap`` (the horizon's figure that the table and the text print).
    """

    kind: str
    id: str
    name: str
    stock: np.ndarray
    closed: np.ndarray
    gap: GapClosed | None

    @property
    def moves_target(self) -> bool:
        """True when the scenario changes the target's stock in some year and run."""
        return bool(np.any(np.abs(self.closed) > 1e-6))


@dataclass(frozen=True)
class Leading:
    """A leading option of the brief and its scenario (None: no effects recorded)."""

    option: str
    rank: int
    series: Series | None


@dataclass(frozen=True)
class WorkforceFigures:
    """Everything the workforce section prints.

    Attributes
    ----------
    baseline, link:
        The dialogue's baseline and how its gap closed is counted.
    years:
        The projected years, start to horizon.
    target, area:
        The cadre (or combined need) ids the gap is counted on (empty: every cadre with a
        need) and the area (None: all areas).
    need:
        The target's need by year (summed over its rows).
    base:
        The baseline scenario.
    leading:
        The brief's leading options, in rank order.
    bundles:
        Each bundle with effects.
    together:
        All options together (when two options or more have effects).
    best_other:
        The option outside the leading ones that closes the most, when it closes more than
        every leading option (worth a sentence: the ranking and the projection disagree).
    criterion:
        The name of the Impact criterion whose scores are the gap closed, or "".
    step:
        The rounding of printed figures (10 or 1, see :data:`TENS_FROM`).
    baseline_gap:
        The target's shortage (or signed gap, with the "gap" measure) at the horizon without
        change: what the options' gaps closed are shares of.
    with_effects:
        How many options have effects recorded.
    """

    baseline: WorkforceBaseline
    link: WorkforceLink
    years: tuple[int, ...]
    target: tuple[str, ...]
    area: str | None
    need: np.ndarray
    base: Series
    leading: tuple[Leading, ...]
    bundles: tuple[Series, ...]
    together: Series | None
    best_other: tuple[int, Series] | None
    criterion: str
    step: int
    baseline_gap: float
    with_effects: int

    @property
    def horizon(self) -> int:
        """The last projected year."""
        return self.years[-1]

    def rounded(self, value: float) -> float:
        """A figure rounded as printed."""
        return float(round(value / self.step) * self.step)


def _series(kind: str, sid: str, name: str, base: Projection, run: Projection,
            rows: list[int], link: WorkforceLink, with_gap: bool) -> Series:
    stock = run.stock[:, rows, :].sum(axis=1)
    closed = np.zeros_like(stock)
    gap = None
    if with_gap:
        for t, year in enumerate(run.years):
            g = gap_closed(base, run, key=f"{kind}:{sid}", target=link.engine_target,
                           area=link.area, year=year, measure=link.measure)
            closed[:, t] = (g.low, g.central, g.high)
            gap = g
    return Series(kind, sid, name, stock, closed, gap)


def workforce_figures(f: Facts) -> WorkforceFigures | None:
    """The workforce figures of the brief, computed once per brief (None: no baseline).

    Raises
    ------
    PalabreError
        When the projection cannot count the gap (a target without a need, for example); the
        section then says so in one line.
    """
    if EXTRAS_KEY not in f.extras:
        try:
            f.extras[EXTRAS_KEY] = _compute(f) if baseline_of(f.dialogue) is not None else None
        except PalabreError as exc:  # kept, so that the second layout pass does not redo it
            f.extras[EXTRAS_KEY] = exc
    found = f.extras[EXTRAS_KEY]
    if isinstance(found, PalabreError):
        raise found
    return found


def _compute(f: Facts) -> WorkforceFigures:
    d = f.dialogue
    baseline = baseline_of(d)
    assert baseline is not None
    link = link_of(d) or WorkforceLink()
    scenarios, runs = projections_of(d)
    base_key = scenarios[0].key
    base = runs[base_key]
    rows = list(target_rows(base.layout, link.engine_target, link.area))
    need = base.layout.need[rows, :].sum(axis=0)
    baseline_series = _series("baseline", "baseline", "", base, base, rows, link, True)
    by_option: dict[str, Series] = {}
    bundles: list[Series] = []
    together = None
    for s in scenarios[1:]:
        if s.kind is ScenarioKind.OPTION:
            by_option[s.id] = _series("option", s.id, f.option_name(s.id), base, runs[s.key],
                                      rows, link, True)
        elif s.kind is ScenarioKind.BUNDLE:
            bundles.append(_series("bundle", s.id, f.text(s.id), base, runs[s.key], rows, link,
                                   True))
        elif s.kind is ScenarioKind.ALL:
            together = _series("all", s.id, "", base, runs[s.key], rows, link, True)
    leading = tuple(Leading(r.option, r.rank, by_option.get(r.option)) for r in f.leading)
    best_other = None
    lead_ids = {x.option for x in leading}
    lead_best = max((x.series.gap.central for x in leading if x.series and x.series.gap),
                    default=0.0)
    others = [(f.result.by_option()[oid].rank, s) for oid, s in by_option.items()
              if oid not in lead_ids and s.gap is not None]
    if others:
        rank, top = max(others, key=lambda x: (x[1].gap.central, -x[0]))
        if top.gap.central > lead_best and top.gap.central > 0:
            best_other = (rank, top)
    criterion = ""
    c = d.criteria.get(link.criterion) if link.criterion else None
    if c is not None and c.group is Group.IMPACT:
        criterion = c.name
    step = 10 if float(np.nanmax(need)) >= TENS_FROM else 1
    assert baseline_series.gap is not None
    return WorkforceFigures(baseline, link, base.years, tuple(link.target), link.area, need,
                            baseline_series, leading, tuple(bundles), together, best_other,
                            criterion, step, baseline_series.gap.baseline_gap, len(by_option))
