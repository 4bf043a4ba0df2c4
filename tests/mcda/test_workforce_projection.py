"""The stock-and-flow projection against hand-computed cases, and against a plain scalar model.

The model is S(t+1) = S(t) + graduates + immigration - (attrition + retirement + emigration +
transfer) x S(t) + transfers in, rates on the start-of-year stock (Dal Poz et al. 2009, Handbook
on monitoring and evaluation of human resources for health; WHO 2010, HRH Observer 3). Every
expected figure below is worked out by hand in the test's docstring or comment.
"""

from __future__ import annotations

import doctest
import random

import numpy as np
import pytest

import mcda.workforce.baseline
import mcda.workforce.effects
import mcda.workforce.impact
import mcda.workforce.projection
from mcda.errors import MCDAError
from mcda.workforce import (
    CadreBaseline,
    Change,
    Effect,
    Population,
    WorkforceBaseline,
    project,
    project_many,
    sdg_threshold,
)

POP = (Population(1_000_000),)


def _one(horizon=2029, population=POP, **flows):
    return WorkforceBaseline(2026, (CadreBaseline("nurses", 1000, **flows),), population, horizon=horizon)


@pytest.mark.parametrize(("flows", "expected"), [
    ({}, [1000, 1000, 1000, 1000]),
    ({"graduates": 100}, [1000, 1100, 1200, 1300]),
    ({"immigration": 20}, [1000, 1020, 1040, 1060]),
    ({"attrition": 0.1}, [1000, 900, 810, 729]),  # 1000 x 0.9^t
    ({"retirement": 0.05}, [1000, 950, 902.5, 857.375]),  # 1000 x 0.95^t
    ({"emigration": 0.02}, [1000, 980, 960.4, 941.192]),  # 1000 x 0.98^t
])
def test_each_flow_alone_over_three_years(flows, expected):
    """One cadre, 1,000 workers in 2026, three projected years, one flow at a time."""
    stock = project(_one(**flows)).series("nurses")
    assert stock.tolist() == pytest.approx(expected)


def test_all_flows_together_by_hand():
    """1,000 nurses; +100 graduates and +20 immigrants a year; 5% attrition, 3% retirement, 2%
    emigration (10% of the start-of-year stock leaves):
    2027: 1000 + 120 - 100 = 1020; 2028: 1020 + 120 - 102 = 1038; 2029: 1038 + 120 - 103.8 = 1054.2.
    """
    b = _one(graduates=100, immigration=20, attrition=0.05, retirement=0.03, emigration=0.02)
    assert project(b).series("nurses").tolist() == pytest.approx([1000, 1020, 1038, 1054.2])


def test_transfers_move_workers_between_areas_and_keep_the_total():
    """Rural 1,000 and urban 500, 10% of rural nurses moving to town each year:
    rural 900, 810, 729; urban 600, 690, 771; the national total stays 1,500."""
    b = WorkforceBaseline(2026, (
        CadreBaseline("nurses", 1000, area="rural", transfer=0.1, transfer_to="urban"),
        CadreBaseline("nurses", 500, area="urban"),
    ), (Population(600_000, area="rural"), Population(400_000, area="urban")), horizon=2029)
    p = project(b)
    assert p.series("nurses", "rural").tolist() == pytest.approx([1000, 900, 810, 729])
    assert p.series("nurses", "urban").tolist() == pytest.approx([500, 600, 690, 771])
    assert p.series("nurses").tolist() == pytest.approx([1500] * 4)


def test_density_need_follows_population():
    """2 nurses per 1,000 for 1,000,000 people growing 2.6% a year: need 2,000 in 2026, 2,052
    in 2027 (1,026,000 people), 2,105.352 in 2028 (1,052,676); with 1,000 nurses the gap is
    1,000 in 2026 and the density is 1.0 per 1,000."""
    b = _one(population=(Population(1_000_000, 0.026),), need_density=2.0)
    p = project(b)
    rows = {r.year: r for r in p.rows()}
    assert rows[2026].need == pytest.approx(2000)
    assert rows[2027].need == pytest.approx(2052)
    assert rows[2028].need == pytest.approx(2105.352)
    assert rows[2027].population == pytest.approx(1_026_000)
    assert (rows[2026].gap, rows[2026].shortage, rows[2026].density) == pytest.approx((1000, 1000, 1.0))


def test_sdg_threshold_against_mayanga_population():
    """18 million people at 4.45 doctors, nurses and midwives per 1,000 need 80,100 of them;
    with 12,000 nurses, 4,000 midwives and 2,000 doctors (18,000, 1.0 per 1,000) the gap is
    62,100. The cadres are not apportioned: only the combined row has a need."""
    b = WorkforceBaseline(2026, (
        CadreBaseline("nurses", 12_000), CadreBaseline("midwives", 4_000), CadreBaseline("doctors", 2_000),
    ), (Population(18_000_000),), combined=(sdg_threshold(),), horizon=2027)
    sdg = project(b).at("sdg", 2026)
    assert (sdg.kind, sdg.stock, sdg.need, sdg.gap) == ("combined", 18_000, pytest.approx(80_100),
                                                       pytest.approx(62_100))
    assert sdg.density == pytest.approx(1.0)
    assert project(b).at("nurses", 2026).need is None


def test_combined_need_per_area_sums_area_shortages():
    """Rural: 100 nurses + 10 doctors for 100,000 people at 4.45/1,000 (need 445, short 335);
    urban: 400 + 200 for 100,000 (need 445, surplus 155). Nationally the signed gap is 180 but
    the shortage is 335: the urban surplus does not hide the rural shortage."""
    b = WorkforceBaseline(2026, (
        CadreBaseline("nurses", 100, area="rural"), CadreBaseline("nurses", 400, area="urban"),
        CadreBaseline("doctors", 10, area="rural"), CadreBaseline("doctors", 200, area="urban"),
    ), (Population(100_000, area="rural"), Population(100_000, area="urban")),
        combined=(sdg_threshold(("doctors", "nurses")),), horizon=2027)
    p = project(b)
    assert p.at("sdg", 2026, "rural").shortage == pytest.approx(335)
    assert p.at("sdg", 2026, "urban").shortage == 0
    national = p.at("sdg", 2026)
    assert (national.gap, national.shortage) == (pytest.approx(180), pytest.approx(335))


def test_need_number_and_cadre_totals():
    """A fixed number of posts stays the same each year; a split cadre's total row sums its
    areas' stocks and needs, and its shortage sums the areas' shortages."""
    b = WorkforceBaseline(2026, (
        CadreBaseline("midwives", 100, area="rural", need_number=300),
        CadreBaseline("midwives", 500, area="urban", need_number=200),
    ), (Population(1e6, area="rural"), Population(1e6, area="urban")), horizon=2028)
    total = project(b).at("midwives", 2028)
    assert (total.kind, total.stock, total.need, total.gap, total.shortage) == ("total", 600, 500, -100, 200)


def test_rows_cover_every_line_and_year():
    b = _one(attrition=0.1)
    p = project(b)
    assert [r.year for r in p.rows()] == [2026, 2027, 2028, 2029]
    assert len(p.rows(2028)) == 1
    with pytest.raises(MCDAError, match="the projection runs from 2026 to 2029; no year 2030"):
        p.rows(2030)
    with pytest.raises(MCDAError, match="no cadre or combined need 'nurse' \\(did you mean 'nurses'\\?\\)"):
        p.series("nurse")


def test_horizon_can_be_chosen_per_projection():
    b = _one(graduates=10)
    assert project(b, horizon=2035).years[-1] == 2035
    with pytest.raises(MCDAError, match="the horizon \\(2025\\) must be after the start year \\(2026\\)"):
        project(b, horizon=2025)


# ---------------------------------------------------------------- against a scalar model
def _scalar(baseline, effects, years, variant):
    """The model written out cell by cell and year by year, independently of the numpy code."""
    cells = list(baseline.cadres)
    stock = {c.key: [c.stock] for c in cells}
    flows = ("graduates", "immigration", "attrition", "retirement", "emigration", "transfer")

    def targets(e):
        return [c for c in cells if (not e.cadre or c.cadre == e.cadre) and (not e.area or c.area == e.area)
                and (e.flow.value != "transfer" or c.transfer_to)]

    for year in years[:-1]:
        factor = {(c.key, f): 1.0 for c in cells for f in flows}
        add = {(c.key, f): 0.0 for c in cells for f in flows}
        for e in effects:
            if (e.start is not None and year < e.start) or (e.end is not None and year > e.end):
                continue
            hit = targets(e)
            f = e.flow.value
            v = e.value(variant)
            if e.change is Change.RELATIVE:
                for c in hit:
                    factor[(c.key, f)] *= 1 + v
            else:
                size = [getattr(c, f) * (1 if f in ("graduates", "immigration") else c.stock) for c in hit]
                total = sum(size)
                for c, s in zip(hit, size, strict=True):
                    add[(c.key, f)] += v * (s / total if total > 0 else 1 / len(hit))
        moved = {c.key: 0.0 for c in cells}
        nxt = {}
        for c in cells:
            s = stock[c.key][-1]
            inflow = sum(max(0.0, getattr(c, f) * factor[(c.key, f)] + add[(c.key, f)])
                         if (c.key, f) in add and add[(c.key, f)] != 0 else getattr(c, f) * factor[(c.key, f)]
                         for f in ("graduates", "immigration"))
            exits = {f: max(0.0, getattr(c, f) * factor[(c.key, f)] * s + add[(c.key, f)])
                     for f in ("attrition", "retirement", "emigration", "transfer")}
            total = sum(exits.values())
            scale = s / total if total > s else 1.0
            nxt[c.key] = s + inflow - total * scale
            if c.transfer_to:
                moved[(c.cadre, c.transfer_to)] += exits["transfer"] * scale
        for c in cells:
            stock[c.key].append(nxt[c.key] + moved[c.key])
    return stock


def _random_case(rng):
    areas = ["rural", "urban"]
    cadres = []
    for i in range(rng.randint(1, 4)):
        split = rng.random() < 0.6
        for area in areas if split else [""]:
            exits = [rng.uniform(0, 0.15) for _ in range(3)]
            transfer = rng.uniform(0, 0.1) if split and area == "rural" else 0.0
            cadres.append(CadreBaseline(f"c{i}", rng.uniform(0, 5000), rng.uniform(0, 300), *exits,
                                        rng.uniform(0, 30), area=area, transfer=transfer,
                                        transfer_to="urban" if transfer else ""))
    b = WorkforceBaseline(2026, tuple(cadres), (Population(1e6, 0.02, "rural"), Population(5e5, 0.03, "urban")),
                          horizon=2026 + rng.randint(1, 12))
    effects = []
    for _ in range(rng.randint(0, 6)):
        c = rng.choice(cadres)
        flow = rng.choice(["graduates", "immigration", "attrition", "retirement", "emigration"]
                          + (["transfer"] if c.transfer_to else []))
        if rng.random() < 0.5:
            vals = sorted(rng.uniform(-1, 2) for _ in range(3))
            change = "relative"
        else:
            vals = sorted(rng.uniform(-400, 400) for _ in range(3))
            change = "absolute"
        effects.append(Effect(c.cadre if rng.random() < 0.8 else "", flow, vals[1], change, vals[0], vals[2],
                              area=rng.choice([c.area, ""]), start=rng.choice([None, 2027, 2029]),
                              end=rng.choice([None, 2030])))
    return b, effects


def test_vectorised_projection_matches_the_scalar_model():
    """On 60 random baselines with random effects (relative and absolute, on every flow, with
    start and end years, all runs), the numpy projection equals the cell-by-cell model."""
    rng = random.Random(11)
    for _ in range(60):
        b, effects = _random_case(rng)
        p = project(b, effects)
        for v, variant in enumerate(("low", "central", "high")):
            expected = _scalar(b, effects, p.years, variant)
            for i, c in enumerate(b.cadres):
                np.testing.assert_allclose(p.cell_stock[v, i], expected[c.key], rtol=1e-9, atol=1e-6)
                assert (p.cell_stock[v, i] >= 0).all()


def test_many_scenarios_at_once_equal_one_at_a_time():
    b = _one(graduates=100, attrition=0.05)
    effects = {"a": (Effect("nurses", "graduates", 40, Change.ABSOLUTE),),
               "b": (Effect("nurses", "attrition", -0.3, start=2027),), "base": ()}
    together = project_many(b, effects)
    for key, eff in effects.items():
        np.testing.assert_allclose(together[key].cell_stock, project(b, eff).cell_stock)


def test_results_are_read_only():
    p = project(_one(graduates=1))
    with pytest.raises(ValueError):
        p.cell_stock[0, 0, 0] = 5
    with pytest.raises(ValueError):
        p.stock[0, 0, 0] = 5


@pytest.mark.parametrize("module", [mcda.workforce.baseline, mcda.workforce.effects,
                                    mcda.workforce.projection, mcda.workforce.impact])
def test_docstring_examples_hold(module):
    """The Examples sections of the public functions run as written."""
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
