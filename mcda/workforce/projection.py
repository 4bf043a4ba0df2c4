"""Year-by-year stock-and-flow projection of the workforce, for the baseline and for scenarios.

The model
---------
For each cadre row (cadre x area), with ``S_t`` the stock at the start of year *t*:

    S_{t+1} = S_t + G_t + I_t - (a_t + r_t + e_t + m_t) * S_t + T_t

where ``G_t`` graduates and ``I_t`` immigrants take up posts during the year, ``a``, ``r``,
``e`` and ``m`` are the attrition, retirement, emigration and transfer rates applied to the
**start-of-year stock**, and ``T_t`` the workers transferred in from other areas of the same
cadre (their area's ``m * S``). Inflows of year *t* are not exposed to that year's exit rates:
they count from the stock of *t* + 1. Because every exit is a share of the same start-of-year
stock, the order in which exits are taken does not matter. This is the discrete-time
stock-and-flow ("supply") model of health workforce projections (Dal Poz et al. 2009, ch. on
projections; WHO 2010, Models and tools for health workforce planning and projections).

With effects (:mod:`mcda.workforce.effects`): each inflow is ``max(0, G x product of relative
changes + sum of absolute changes)``; each exit is ``max(0, rate x product x S + sum of absolute
changes)``, and when the exits of a row add up to more than its stock they are scaled down in
proportion, so a stock never goes negative.

The need of a row is ``density x population / 1,000`` of its area in that year, or its fixed
number; the **gap** is ``need - stock`` (negative for a surplus), the **shortage** is the part of
the gap above zero, and the **density** is ``stock x 1,000 / population``. Totals: a split
cadre's national row sums its areas' stocks and needs, and its shortage is the **sum of its
areas' shortages**, so that a surplus of nurses in towns does not hide a rural shortage; a
:class:`~mcda.workforce.baseline.CombinedNeed` row sums its cadres' stocks against its density,
per area when every one of its cadres is split by area and the population is given per area.

The work is done in numpy on arrays of (scenario x row) for each year, so projecting many
scenarios costs little more than one (see ``benchmarks/bench_workforce.py``).

References
----------
Dal Poz MR, Gupta N, Quain E, Soucat ALB, eds. (2009). Handbook on monitoring and evaluation of
human resources for health. Geneva: WHO, World Bank, USAID.
WHO (2010). Models and tools for health workforce planning and projections. Human Resources for
Health Observer, issue 3. Geneva: World Health Organization.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property

import numpy as np

from mcda.errors import MCDAError
from mcda.workforce.baseline import COUNT_FLOWS, RATE_FLOWS, WorkforceBaseline, check_horizon, suggest
from mcda.workforce.effects import Change, Effect, Flow, Variant, check_effects

ROW_CELL = "cell"
ROW_TOTAL = "total"
ROW_COMBINED = "combined"


@dataclass(frozen=True)
class RowSpec:
    """One line of the projection tables.

    ``kind`` is ``"cell"`` (a baseline row), ``"total"`` (a split cadre's national total) or
    ``"combined"`` (a combined need, nationally or per area). ``members`` are the cell indices
    whose stocks it sums; ``parts`` the row indices whose shortages it sums (empty: the shortage
    is its own positive gap).
    """

    cadre: str
    area: str
    kind: str
    members: tuple[int, ...]
    parts: tuple[int, ...] = ()


class Layout:
    """The rows of a baseline's projection tables and their need and population by year.

    Built once per baseline and horizon; shared by every scenario.
    """

    def __init__(self, baseline: WorkforceBaseline, horizon: int | None = None) -> None:
        horizon = baseline.horizon if horizon is None else horizon
        check_horizon(baseline.start_year, horizon)
        self.baseline = baseline
        self.years = tuple(range(baseline.start_year, horizon + 1))
        self.cells = tuple(c.key for c in baseline.cadres)
        index = {key: i for i, key in enumerate(self.cells)}
        rows: list[RowSpec] = []
        row_of: dict[tuple[str, str], int] = {}

        def add(spec: RowSpec) -> int:
            rows.append(spec)
            row_of[(spec.cadre, spec.area)] = len(rows) - 1
            return len(rows) - 1

        for cadre in baseline.cadre_ids:
            members = [index[c.key] for c in baseline.rows_of(cadre)]
            cell_rows = [add(RowSpec(cadre, self.cells[i][1], ROW_CELL, (i,))) for i in members]
            if self.cells[members[0]][1]:  # split by area: add the national total
                add(RowSpec(cadre, "", ROW_TOTAL, tuple(members), tuple(cell_rows)))
        per_area = baseline.areas != ("",)
        for need in baseline.combined:
            members = [i for i, (cadre, _) in enumerate(self.cells) if cadre in need.cadres]
            all_split = all(self.cells[i][1] for i in members)
            parts = []
            if per_area and all_split:
                for area in baseline.areas:
                    area_members = tuple(i for i in members if self.cells[i][1] == area)
                    parts.append(add(RowSpec(need.id, area, ROW_COMBINED, area_members)))
            add(RowSpec(need.id, "", ROW_COMBINED, tuple(members), tuple(parts)))
        self.rows = tuple(rows)
        self.row_of = row_of
        n_rows, n_years = len(rows), len(self.years)
        pop = {area: np.array([baseline.population_at(area, y) for y in self.years])
               for area in {*baseline.areas, ""}}
        self.population = np.full((n_rows, n_years), np.nan)
        self.need = np.full((n_rows, n_years), np.nan)
        self.member_matrix = np.zeros((n_rows, len(self.cells)))
        for r, spec in enumerate(rows):
            self.member_matrix[r, list(spec.members)] = 1.0
            if spec.area in pop:
                self.population[r] = pop[spec.area]
            if spec.kind == ROW_CELL:
                c = baseline.cadres[spec.members[0]]
                if c.need_number is not None:
                    self.need[r] = c.need_number
                elif c.need_density is not None:
                    self.need[r] = c.need_density * pop[c.area] / 1000.0
            elif spec.kind == ROW_TOTAL:
                self.need[r] = self.need[list(spec.parts)].sum(axis=0)  # NaN if any part lacks one
            else:
                need = next(n for n in baseline.combined if n.id == spec.cadre)
                self.need[r] = need.density * pop[spec.area] / 1000.0
        for arr in (self.population, self.need, self.member_matrix):
            arr.setflags(write=False)

    def row(self, cadre: str, area: str = "") -> int:
        """The index of a cadre's (or combined need's) row in an area (``""``: national)."""
        key = (cadre, area)
        if key not in self.row_of:
            cadres = sorted({c for c, _ in self.row_of})
            if cadre not in cadres:
                raise MCDAError(f"no cadre or combined need {cadre!r}{suggest(cadre, cadres)}")
            areas = [a for c, a in self.row_of if c == cadre and a]
            raise MCDAError(f"{cadre} has no row for area {area!r} (its areas: {', '.join(areas) or 'none'})")
        return self.row_of[key]

    def shortage(self, stock_rows: np.ndarray) -> np.ndarray:
        """Shortages of every row from row stocks (..., rows, years): base rows clip their gap at
        zero; aggregate rows sum their parts' shortages."""
        short = np.maximum(self.need - stock_rows, 0.0)  # NaN where there is no need
        for r, spec in enumerate(self.rows):
            if spec.parts:
                short[..., r, :] = short[..., list(spec.parts), :].sum(axis=-2)
        return short


def _year_steps(effect: Effect, years: Sequence[int]) -> slice:
    """The flow years an effect changes, as a slice of the steps (the flows of every year but
    the last make the next year's stock)."""
    first, n_steps = years[0], len(years) - 1
    start = 0 if effect.start is None else min(max(effect.start - first, 0), n_steps)
    stop = n_steps if effect.end is None else min(max(effect.end - first + 1, 0), n_steps)
    return slice(start, max(start, stop))


def _cells_of(baseline: WorkforceBaseline, effect: Effect) -> np.ndarray:
    return np.flatnonzero([(not effect.cadre or c.cadre == effect.cadre)
                           and (not effect.area or c.area == effect.area)
                           and (effect.flow is not Flow.TRANSFER or bool(c.transfer_to))
                           for c in baseline.cadres])


def _base_size(baseline: WorkforceBaseline, flow: Flow) -> np.ndarray:
    """Each row's flow in the start year, in workers: how an absolute change is split."""
    if flow.is_inflow:
        return np.array([getattr(c, flow.value) for c in baseline.cadres])
    return np.array([getattr(c, flow.value) * c.stock for c in baseline.cadres])


class _Inputs:
    """The changes to the flows of every run, built from the effects: per flow, factors and
    additions as arrays (years - 1, runs, rows), so that each year's slice is contiguous."""

    def __init__(self, layout: Layout, runs: Sequence[tuple[Sequence[Effect], Variant]]) -> None:
        b = layout.baseline
        n_runs, n_cells, n_steps = len(runs), len(layout.cells), len(layout.years) - 1
        self.base = {f: np.array([getattr(c, f) for c in b.cadres]) for f in (*COUNT_FLOWS, *RATE_FLOWS)}
        self.factor: dict[str, np.ndarray] = {}
        self.add: dict[str, np.ndarray] = {}
        sizes: dict[Flow, np.ndarray] = {}
        # The same effects recur in the three runs of a scenario, in bundles and in "all": each
        # distinct effect is placed once, on every run that holds it (counted, so that an effect
        # held twice by one run applies twice).
        holders: dict[Effect, dict[int, int]] = {}
        for run, (effects, _) in enumerate(runs):
            for effect in effects:
                count = holders.setdefault(effect, {})
                count[run] = count.get(run, 0) + 1
        for effect, count in holders.items():
            cells = _cells_of(b, effect)
            steps = _year_steps(effect, layout.years)
            if not len(cells) or steps.start == steps.stop:
                continue
            run_ids = np.fromiter(count, dtype=np.intp)
            times = np.fromiter(count.values(), dtype=float)
            values = np.array([effect.value(runs[r][1]) for r in run_ids])
            where = (slice(None), run_ids[:, None], cells[None, :])
            f = effect.flow.value
            if effect.change is Change.RELATIVE:
                arr = self.factor.get(f)
                if arr is None:
                    arr = self.factor[f] = np.ones((n_steps, n_runs, n_cells))
                arr[steps][where] *= ((1.0 + values) ** times)[:, None]
            else:
                if effect.flow not in sizes:
                    sizes[effect.flow] = _base_size(b, effect.flow)
                size = sizes[effect.flow][cells]
                total = size.sum()
                share = size / total if total > 0 else np.full(len(cells), 1.0 / len(cells))
                arr = self.add.get(f)
                if arr is None:
                    arr = self.add[f] = np.zeros((n_steps, n_runs, n_cells))
                arr[steps][where] += (values * times)[:, None] * share[None, :]
        index = {key: i for i, key in enumerate(layout.cells)}
        self.transfer_matrix = np.zeros((n_cells, n_cells))
        for i, c in enumerate(b.cadres):
            if c.transfer_to:
                self.transfer_matrix[i, index[(c.cadre, c.transfer_to)]] = 1.0

    def inflow(self, f: str, k: int) -> np.ndarray | float:
        x: np.ndarray | float = self.base[f]
        if f in self.factor:
            x = x * self.factor[f][k]
        if f in self.add:
            x = np.maximum(x + self.add[f][k], 0.0)
        return x

    def exit(self, f: str, k: int, stock: np.ndarray) -> np.ndarray:
        rate = self.base[f]
        out = rate * stock
        if f in self.factor:
            out *= self.factor[f][k]
        if f in self.add:
            out = np.maximum(out + self.add[f][k], 0.0)
        return out


def run_stocks(layout: Layout, runs: Sequence[tuple[Sequence[Effect], Variant]]) -> np.ndarray:
    """The stock of every cell, year and run: an array (runs, cells, years).

    Parameters
    ----------
    layout:
        The baseline's rows and years.
    runs:
        Per run, its effects and the variant of their values.
    """
    b = layout.baseline
    inputs = _Inputs(layout, runs)
    n_years = len(layout.years)
    stock = np.empty((len(runs), len(layout.cells), n_years))
    stock[:, :, 0] = np.array([c.stock for c in b.cadres])
    has_transfer = bool(inputs.transfer_matrix.any())
    for k in range(n_years - 1):
        s = stock[:, :, k]
        inflow = inputs.inflow("graduates", k) + inputs.inflow("immigration", k)
        exits = {f: inputs.exit(f, k, s) for f in RATE_FLOWS}
        total = exits["attrition"] + exits["retirement"] + exits["emigration"] + exits["transfer"]
        # No more than the stock can leave: scale all exits down in proportion when they exceed it.
        with np.errstate(divide="ignore", invalid="ignore"):
            scale = np.where(total > s, np.divide(s, total, out=np.zeros_like(s), where=total > 0), 1.0)
        nxt = s + inflow - total * scale
        if has_transfer:
            nxt = nxt + (exits["transfer"] * scale) @ inputs.transfer_matrix
        stock[:, :, k + 1] = nxt
    return stock


@dataclass(frozen=True, eq=False)
class ProjectionRow:
    """One line of a projection table: a cadre (or combined need) in an area, in one year.

    ``need``, ``gap``, ``shortage`` are None where no need is set; ``density`` and ``population``
    where the area's population is not known. The ``_low`` and ``_high`` fields are the
    pessimistic and optimistic runs (equal to the central values for the baseline).
    """

    cadre: str
    area: str
    kind: str
    year: int
    population: float | None
    stock: float
    need: float | None
    gap: float | None
    shortage: float | None
    density: float | None
    stock_low: float
    stock_high: float
    gap_low: float | None
    gap_high: float | None

    def as_dict(self, digits: int | None = 2) -> dict[str, object]:
        """The row as a JSON-ready dict (``area`` None for a national line), numbers rounded to
        ``digits`` decimals (density to ``digits + 2``; None keeps full precision).

        Examples
        --------
        >>> from mcda.workforce.baseline import CadreBaseline, Population, WorkforceBaseline
        >>> b = WorkforceBaseline(2026, (CadreBaseline("nurses", 1000, need_number=1500),),
        ...                       (Population(1_000_000),), horizon=2027)
        >>> row = project(b).at("nurses", 2026).as_dict()
        >>> {k: row[k] for k in ("cadre", "area", "year", "stock", "need", "gap", "density")}
        {'cadre': 'nurses', 'area': None, 'year': 2026, 'stock': 1000.0, 'need': 1500.0, 'gap': 500.0, 'density': 1.0}
        """
        out: dict[str, object] = {}
        for name in self.__dataclass_fields__:
            value = getattr(self, name)
            if isinstance(value, float) and digits is not None:
                value = round(value, digits + 2 if name == "density" else digits)
            out[name] = value
        out["area"] = self.area or None
        return out


def _opt(x: float) -> float | None:
    return None if np.isnan(x) else float(x)


@dataclass(frozen=True, eq=False)
class Projection:
    """The projected stock of every row and year for one scenario, with its low and high runs.

    Attributes
    ----------
    layout:
        Rows, years, need and population (shared with the other scenarios).
    cell_stock:
        Array (3, cells, years): the low, central and high runs.
    """

    layout: Layout
    cell_stock: np.ndarray

    @property
    def years(self) -> tuple[int, ...]:
        """The projected years, from the start year to the horizon."""
        return self.layout.years

    @cached_property
    def stock(self) -> np.ndarray:
        """Array (3, rows, years): stock of every row in the low, central and high runs."""
        out = np.einsum("rc,vct->vrt", self.layout.member_matrix, self.cell_stock)
        out.setflags(write=False)
        return out

    @cached_property
    def shortage(self) -> np.ndarray:
        """Array (3, rows, years): shortage (positive gap; summed over parts for totals)."""
        out = self.layout.shortage(self.stock)
        out.setflags(write=False)
        return out

    def series(self, cadre: str, area: str = "", variant: Variant | str = Variant.CENTRAL) -> np.ndarray:
        """The stock of one row over the years, in one run."""
        return self.stock[_VARIANT_INDEX[Variant(variant)], self.layout.row(cadre, area)]

    def at(self, cadre: str, year: int, area: str = "") -> ProjectionRow:
        """One row in one year."""
        t = self.year_index(year)
        return self._row(self.layout.row(cadre, area), t)

    def rows(self, year: int | None = None) -> list[ProjectionRow]:
        """Every row and year (or one year), rows in layout order, years ascending within each."""
        ts = range(len(self.years)) if year is None else [self.year_index(year)]
        return [self._row(r, t) for r in range(len(self.layout.rows)) for t in ts]

    def year_index(self, year: int) -> int:
        """The position of a year on the last axis of the arrays."""
        if year not in self.years:
            raise MCDAError(f"the projection runs from {self.years[0]} to {self.years[-1]}; "
                            f"no year {year}")
        return year - self.years[0]

    def _row(self, r: int, t: int) -> ProjectionRow:
        spec = self.layout.rows[r]
        low, mid, high = (float(self.stock[v, r, t]) for v in range(3))
        need = _opt(self.layout.need[r, t])
        pop = _opt(self.layout.population[r, t])
        return ProjectionRow(
            cadre=spec.cadre, area=spec.area, kind=spec.kind, year=self.years[t],
            population=pop, stock=mid, need=need,
            gap=None if need is None else need - mid,
            shortage=_opt(self.shortage[1, r, t]),
            density=None if not pop else mid * 1000.0 / pop,
            stock_low=low, stock_high=high,
            gap_low=None if need is None else need - low,
            gap_high=None if need is None else need - high,
        )


_VARIANT_INDEX = {Variant.LOW: 0, Variant.CENTRAL: 1, Variant.HIGH: 2}
_VARIANTS = (Variant.LOW, Variant.CENTRAL, Variant.HIGH)


def project(baseline: WorkforceBaseline, effects: Sequence[Effect] = (), *,
            horizon: int | None = None) -> Projection:
    """Project one scenario (the baseline when ``effects`` is empty) with its low and high runs.

    Parameters
    ----------
    baseline:
        The baseline.
    effects:
        The scenario's effects (one option's, or a bundle's: :func:`~mcda.workforce.effects.combined`).
    horizon:
        The last year (default: the baseline's horizon).

    Examples
    --------
    >>> from mcda.workforce.baseline import CadreBaseline, Population, WorkforceBaseline
    >>> b = WorkforceBaseline(2026, (CadreBaseline("nurses", 1000, graduates=100, attrition=0.05),),
    ...                       (Population(1_000_000),), horizon=2028)
    >>> project(b).series("nurses").round(1).tolist()
    [1000.0, 1050.0, 1097.5]
    """
    return project_many(baseline, {"": effects}, horizon=horizon)[""]


def project_many(baseline: WorkforceBaseline, scenarios: Mapping[str, Sequence[Effect]], *,
                 horizon: int | None = None, check: bool = True) -> dict[str, Projection]:
    """Project several scenarios at once (vectorised over scenarios and their three runs).

    Parameters
    ----------
    baseline:
        The baseline.
    scenarios:
        Scenario key -> its effects (an empty sequence is the baseline).
    horizon:
        The last year (default: the baseline's horizon).
    check:
        False when the caller has already checked the effects against the baseline.

    Raises
    ------
    MCDAError
        If an effect names a cadre or area the baseline does not have, or the horizon is not
        after the start year.
    """
    layout = Layout(baseline, horizon)
    if check:
        for key, effects in scenarios.items():
            check_effects(baseline, effects, f"scenario {key!r}" if key else "")
    runs = [(tuple(effects), v) for effects in scenarios.values() for v in _VARIANTS]
    stock = run_stocks(layout, runs).reshape(len(scenarios), 3, len(layout.cells), len(layout.years))
    stock.setflags(write=False)
    return {key: Projection(layout, stock[i]) for i, key in enumerate(scenarios)}
