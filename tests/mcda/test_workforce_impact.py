"""The gap each option closes, and its link into the decision: an Impact criterion's score with
the low and high runs as the uncertainty that SMAA samples (Lahdelma & Salminen 2001).

Baseline for the hand-worked cases: 1,000 nurses, 100 graduates a year, 10% attrition (so the
stock stays at 1,000), 2,000 posts needed: a shortage of 1,000 every year to 2029.
"""

from __future__ import annotations

import numpy as np
import pytest

from mcda.criteria import Direction, Group, ScaleKind
from mcda.errors import MCDAError
from mcda.problem import DecisionProblem
from mcda.smaa import smaa
from mcda.workforce import (
    CadreBaseline,
    Effect,
    GapClosed,
    Population,
    WorkforceBaseline,
    gap_closed,
    gaps_closed,
    impact_criterion,
    impact_scale,
    option_gaps_closed,
    project_many,
    sdg_threshold,
)

BASE = WorkforceBaseline(2026, (CadreBaseline("nurses", 1000, 100, 0.1, need_number=2000),),
                         (Population(1e6),), horizon=2029)
MORE = [Effect("nurses", "graduates", 40, "absolute", low=20, high=60)]
KEEP = [Effect("nurses", "attrition", -0.3, low=-0.4, high=-0.2)]


def test_gap_closed_by_more_graduates_by_hand():
    """+40 graduates a year, kept at 90% a year: extra stock 40, 40 x 0.9 + 40 = 76, 76 x 0.9 + 40
    = 108.4 by 2029. With 20 or 60 a year: 54.2 and 162.6."""
    g = option_gaps_closed(BASE, {"more": MORE})["more"]
    assert (g.year, g.central, g.low, g.high) == (2029, pytest.approx(108.4), pytest.approx(54.2),
                                                  pytest.approx(162.6))
    assert g.baseline_gap == pytest.approx(1000)
    assert g.share == pytest.approx(0.1084)
    assert g.as_score() == pytest.approx((108.4, 54.2, 162.6))


def test_gap_closed_by_lower_attrition_by_hand():
    """Attrition 7% instead of 10%: 1030, 1057.9, 1083.847 (gap closed 83.847); at 8% (the
    pessimistic cut of 20%): 1055.328; at 6%: 1112.944."""
    g = option_gaps_closed(BASE, {"keep": KEEP})["keep"]
    assert (g.central, g.low, g.high) == (pytest.approx(83.847), pytest.approx(55.328), pytest.approx(112.944))


def test_an_option_without_effects_closes_nothing():
    g = option_gaps_closed(BASE, {"talks": []})["talks"]
    assert (g.central, g.low, g.high) == (0, 0, 0)


def test_gap_closed_in_an_earlier_year():
    """By 2027 only one year of extra graduates has counted: 40."""
    runs = project_many(BASE, {"b": (), "more": tuple(MORE)})
    assert gap_closed(runs["b"], runs["more"], year=2027).central == pytest.approx(40)


def test_workers_beyond_the_need_close_no_gap():
    """Rural nurses are short (need 500, stock 100), urban ones in surplus (need 100, stock 400).
    Urban graduates close no shortage; counted as a signed gap, they close 50 a year."""
    b = WorkforceBaseline(2026, (
        CadreBaseline("nurses", 100, area="rural", need_number=500),
        CadreBaseline("nurses", 400, area="urban", need_number=100),
    ), (Population(5e5, area="rural"), Population(5e5, area="urban")), horizon=2028)
    effects = {"town": [Effect("nurses", "graduates", 50, "absolute", area="urban")]}
    assert option_gaps_closed(b, effects)["town"].central == 0
    assert option_gaps_closed(b, effects, measure="gap")["town"].central == pytest.approx(100)
    rural = {"rural": [Effect("nurses", "graduates", 50, "absolute", area="rural")]}
    assert option_gaps_closed(b, rural, target="nurses", area="rural")["rural"].central == pytest.approx(100)


def test_target_a_combined_need():
    """Against the SDG threshold (4.45 per 1,000 of 1,000,000: 4,450 needed, 1,000 nurses and
    no doctors), the gap closed is the same 108.4 extra workers."""
    b = BASE.replace(cadres=(BASE.cadres[0].replace(need_number=None),), combined=(sdg_threshold(("nurses",)),))
    g = option_gaps_closed(b, {"more": MORE}, target="sdg")["more"]
    assert g.central == pytest.approx(108.4)
    assert g.baseline_gap == pytest.approx(3450)
    assert g.target == "Doctors, nurses and midwives (SDG threshold)"
    assert option_gaps_closed(b, {"more": MORE})["more"].central == pytest.approx(108.4)  # the default


def test_gaps_closed_for_every_scenario():
    runs = project_many(BASE, {"base": (), "more": tuple(MORE), "both": (*MORE, *KEEP)})
    gaps = gaps_closed(runs, "base")
    assert set(gaps) == {"more", "both"}
    assert gaps["both"].central > gaps["more"].central


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"target": "doctors"}, "no cadre or combined need 'doctors'"),
    ({"target": "nurses", "area": "rural"}, "nurses has no row for area 'rural'"),
    ({"area": "rural"}, "choose a cadre or combined need to restrict the gap to one area"),
    ({"measure": "share"}, "unknown measure 'share' \\(expected one of shortage, gap\\)"),
    ({"horizon": 2025}, "the horizon \\(2025\\) must be after the start year \\(2026\\)"),
])
def test_bad_targets_are_named(kwargs, message):
    with pytest.raises(MCDAError, match=message):
        option_gaps_closed(BASE, {"more": MORE}, **kwargs)


def test_no_need_no_gap():
    b = BASE.replace(cadres=(CadreBaseline("nurses", 1000),))
    with pytest.raises(MCDAError, match="the baseline sets no need"):
        option_gaps_closed(b, {"more": MORE})
    with pytest.raises(MCDAError, match="nurses has no need set"):
        option_gaps_closed(b, {"more": MORE}, target="nurses")


def test_effects_of_an_option_are_checked_with_its_name():
    with pytest.raises(MCDAError, match="option 'more': effect on graduates of nurse: unknown cadre 'nurse'"):
        option_gaps_closed(BASE, {"more": [Effect("nurse", "graduates", 1.0)]})


def test_projections_must_share_a_layout():
    a = project_many(BASE, {"x": ()})["x"]
    b = project_many(BASE, {"y": ()})["y"]
    with pytest.raises(MCDAError, match="not projected together"):
        gap_closed(a, b)


def test_suggested_scale_and_criterion():
    """The scale runs from 0 to a round number above the highest high (162.6 -> 200); the
    criterion is an Impact benefit criterion on that natural scale."""
    gaps = option_gaps_closed(BASE, {"more": MORE, "keep": KEEP, "talks": []})
    scale = impact_scale(gaps.values())
    assert (scale.kind, scale.low, scale.high) == (ScaleKind.NATURAL, 0, 200)
    assert scale.unit == "workers (all cadres with a need, gap closed by 2029)"
    crit = impact_criterion(gaps.values())
    assert (crit.id, crit.group, crit.direction, crit.scale) == ("gap_closed", Group.IMPACT, Direction.BENEFIT, scale)
    assert all(scale.contains(g.low) and scale.contains(g.high) for g in gaps.values())
    assert impact_scale([GapClosed("o", 2030, "n", -3, -12, 4, 10)]).low == -20
    assert impact_scale([GapClosed("o", 2030, "n", 0, 0, 0, 10)]).high == 1
    with pytest.raises(MCDAError, match="no gap closed to scale"):
        impact_scale([])


def test_gap_closed_feeds_smaa_as_score_uncertainty():
    """With the gap closed as the only criterion, an option closing nothing is never first; the
    two others overlap (54-163 and 55-113), so each is first in some samples, and the one with
    the wider, higher range more often. Without ranges the higher central value always wins."""
    gaps = option_gaps_closed(BASE, {"more": MORE, "keep": KEEP, "talks": []})
    crit = impact_criterion(gaps.values())
    ids = list(gaps)
    value, low, high = (np.array([[gaps[o].as_score()[k]] for o in ids]) for k in range(3))
    problem = DecisionProblem(tuple(ids), (crit,), value, np.ones(1), low=low, high=high)
    first = smaa(problem, samples=4000, seed=3, confidence=False).first_rank_acceptability()
    acc = dict(zip(ids, first, strict=True))
    assert acc["talks"] == 0
    assert 0.1 < acc["keep"] < acc["more"] < 0.9
    assert acc["more"] + acc["keep"] == pytest.approx(1)
    certain = DecisionProblem(tuple(ids), (crit,), value, np.ones(1))
    assert smaa(certain, samples=500, seed=3, confidence=False).first_rank_acceptability().tolist() == [1, 0, 0]


def test_target_several_cadres_in_one_area():
    """Rural nurses and midwives together: their shortages add up; an urban surplus of nurses
    counts for nothing, and community health workers are left out."""
    b = WorkforceBaseline(2026, (
        CadreBaseline("nurses", 100, area="rural", need_number=500, name="Nurses"),
        CadreBaseline("nurses", 400, area="urban", need_number=100, name="Nurses"),
        CadreBaseline("midwives", 50, area="rural", need_number=200, name="Midwives"),
        CadreBaseline("midwives", 50, area="urban", need_number=60, name="Midwives"),
        CadreBaseline("chw", 10, area="rural", need_number=900),
        CadreBaseline("chw", 10, area="urban"),
    ), (Population(5e5, area="rural"), Population(5e5, area="urban")), horizon=2028)
    effects = {"both": [Effect("nurses", "graduates", 30, "absolute", area="rural"),
                        Effect("midwives", "graduates", 10, "absolute", area="rural"),
                        Effect("chw", "graduates", 100, "absolute", area="rural")]}
    g = option_gaps_closed(b, effects, target=["nurses", "midwives"], area="rural")["both"]
    assert (g.central, g.baseline_gap, g.target) == (pytest.approx(80), 550, "Nurses and Midwives (rural)")
    with pytest.raises(MCDAError, match="the target names a cadre twice"):
        option_gaps_closed(b, effects, target=["nurses", "nurses"])
    with pytest.raises(MCDAError, match="chw has no need set"):
        option_gaps_closed(b, effects, target=["nurses", "chw"])
