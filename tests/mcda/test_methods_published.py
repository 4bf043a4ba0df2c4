"""Aggregation methods reproduce published worked examples (source named in each test)."""

from __future__ import annotations

import numpy as np
import pytest

from mcda.criteria import Criterion, Direction, Scale, ScaleKind
from mcda.problem import DecisionProblem, PreferenceFunction
from mcda.promethee import promethee2
from mcda.ranking import rank


def problem(table, directions, weights, prefs=(), names=None):
    table = np.asarray(table, dtype=float)
    criteria = []
    for j, d in enumerate(directions):
        lo, hi = table[:, j].min(), table[:, j].max()
        criteria.append(Criterion(f"f{j + 1}", f"f{j + 1}",
                                  direction=Direction.BENEFIT if d > 0 else Direction.COST,
                                  scale=Scale(ScaleKind.NATURAL, lo, hi if hi > lo else lo + 1)))
    names = names or [f"A{i + 1}" for i in range(len(table))]
    return DecisionProblem(tuple(names), tuple(criteria), table, np.asarray(weights, float),
                           preferences=tuple(prefs), has_groups=False)


# Hwang & Yoon (1981), Multiple Attribute Decision Making, Springer: the fighter aircraft
# example. f1 maximum speed (Mach), f2 ferry range (NM), f3 maximum payload (lb), f4 acquisition
# cost (10^6 $, a cost), f5 reliability and f6 manoeuvrability (qualitative, coded 1-9).
AIRCRAFT = [[2.0, 1500, 20000, 5.5, 5, 9],
            [2.5, 2700, 18000, 6.5, 3, 5],
            [1.8, 2000, 21000, 4.5, 7, 7],
            [2.2, 1800, 20000, 5.0, 5, 5]]
AIRCRAFT_DIRECTIONS = [1, 1, 1, -1, 1, 1]
AIRCRAFT_WEIGHTS = [0.2, 0.1, 0.1, 0.1, 0.2, 0.3]


def test_topsis_hwang_yoon_fighter_aircraft():
    """Hwang & Yoon (1981), TOPSIS section, fighter aircraft example with w = (0.2, 0.1, 0.1,
    0.1, 0.2, 0.3): relative closeness C1* = 0.643, C2* = 0.268, C3* = 0.613, C4* = 0.312, so
    A1 > A3 > A4 > A2. Checked to the printed three decimals within one unit of the last place,
    because the book rounds its intermediate tables (the exact C3* is 0.6135)."""
    r = rank(problem(AIRCRAFT, AIRCRAFT_DIRECTIONS, AIRCRAFT_WEIGHTS), "topsis")
    np.testing.assert_allclose(r.figures["closeness"], [0.643, 0.268, 0.613, 0.312], atol=1e-3)
    assert r.ranks.tolist() == [1, 4, 2, 3]
    assert r.settings["normalization"] == "vector"


def test_electre1_hwang_yoon_fighter_aircraft():
    """Hwang & Yoon (1981), ELECTRE section, fighter aircraft example, as worked step by step in
    'Example: The Fighter Aircraft Problem - ELECTRE' (orms.pef.czu.cz, Czech University of Life
    Sciences): concordance matrix rows (-, 0.7, 0.5, 0.6), (0.3, -, 0.3, 0.6), (0.5, 0.7, -, 0.8),
    (0.7, 0.7, 0.2, -); aggregate dominance matrix rows (-,1,0,1), (0,-,0,0), (0,1,-,1),
    (0,1,0,-); A2 and A4 are dominated, A1 and A3 remain."""
    r = rank(problem(AIRCRAFT, AIRCRAFT_DIRECTIONS, AIRCRAFT_WEIGHTS), "electre1")
    c = r.extra["concordance"]
    expected = [[np.nan, 0.7, 0.5, 0.6], [0.3, np.nan, 0.3, 0.6],
                [0.5, 0.7, np.nan, 0.8], [0.7, 0.7, 0.2, np.nan]]
    np.testing.assert_allclose(np.round(c, 1), expected)
    assert r.extra["outranks"].astype(int).tolist() == [[0, 1, 0, 1], [0, 0, 0, 0],
                                                        [0, 1, 0, 1], [0, 1, 0, 0]]
    assert r.sets["kernel"].tolist() == [True, False, True, False]
    assert r.settings["concordance_threshold"] == pytest.approx(0.55)


def test_vikor_opricovic_tzeng_2004():
    """Opricovic & Tzeng (2004), EJOR 156:445-455, numerical example (section 5): A1 = (1, 3000),
    A2 = (2, 3750), A3 = (5, 4500), f1 risk minimised, f2 altitude maximised, equal weights,
    v = 0.5: S = (0.5, 0.375, 0.5), R = (0.5, 0.25, 0.5), Q = (1, 0, 1); A2 is the compromise."""
    r = rank(problem([[1, 3000], [2, 3750], [5, 4500]], [-1, 1], [0.5, 0.5]), "vikor")
    assert r.figures["S"] == pytest.approx([0.5, 0.375, 0.5])
    assert r.figures["R"] == pytest.approx([0.5, 0.25, 0.5])
    assert r.figures["Q"] == pytest.approx([1.0, 0.0, 1.0])
    assert r.sets["compromise"].tolist() == [False, True, False]
    assert r.ranks.tolist() == [2, 1, 2]
    assert r.better == "lower"


def test_vikor_opricovic_tzeng_2007_weights_w3():
    """Opricovic & Tzeng (2007), EJOR 178:514-529, hydropower example with weights W3 =
    (1,1,1,1,2,2,2,2)/12: Q = (0.684, 1.0, 0.147, 0.554, 0.041, 0.191) to three decimals, and
    the compromise set {A3, A5, A6} because the advantage condition fails."""
    table = [[4184.3, 2914.0, 407.2, 251.0, 195, 244, 15, 2.41],
             [5211.9, 3630.0, 501.7, 308.3, 282, 346, 21, 1.41],
             [5021.3, 3920.5, 504.0, 278.6, 12, 56, 3, 4.42],
             [5566.1, 3957.9, 559.5, 335.3, 167, 268, 16, 3.36],
             [5060.5, 3293.5, 514.1, 284.2, 69, 90, 7, 4.04],
             [4317.9, 2925.9, 432.8, 239.3, 12, 55, 3, 4.36]]
    directions = [1, -1, 1, 1, -1, -1, -1, 1]
    r = rank(problem(table, directions, [1, 1, 1, 1, 2, 2, 2, 2]), "vikor")
    np.testing.assert_allclose(r.figures["Q"], [0.684, 1.0, 0.147, 0.554, 0.041, 0.191], atol=1e-3)
    assert r.sets["compromise"].tolist() == [False, False, True, False, True, True]


# Brans, Vincke & Mareschal (1986) example, as in Brans & Vincke (1985): six actions, f1 manpower
# (min), f2 power in MW (max), f3 construction cost (min), f4 maintenance cost (min), f5 number
# of villages to evacuate (min), f6 security level (max).
PLANTS = [[80, 90, 60, 5.4, 8, 5],
          [65, 58, 20, 9.7, 1, 1],
          [83, 60, 40, 7.2, 4, 7],
          [40, 80, 100, 7.5, 7, 10],
          [52, 72, 60, 2.0, 3, 8],
          [94, 96, 70, 3.6, 5, 6]]
PLANT_DIRECTIONS = [-1, 1, -1, -1, -1, 1]
# The paper's parameters: f1 type II with l = 10; f2 type III with m = 30; f3 type V with
# s = 5, r = 45; f4 type IV with q = 1, p = 5; f5 type I; f6 type VI with sigma = 5. In the
# 1985/86 notation r and p of types IV and V are widths, so in today's thresholds (Brans &
# Mareschal 2005, preference threshold p >= q) f3 has q = 5, p = 50 and f4 q = 1, p = 6.
PLANT_PREFERENCES = [
    PreferenceFunction("ushape", q=10),
    PreferenceFunction("vshape", p=30),
    PreferenceFunction("linear", q=5, p=50),
    PreferenceFunction("level", q=1, p=6),
    PreferenceFunction("usual"),
    PreferenceFunction("gaussian", s=5),
]


def test_promethee_brans_vincke_mareschal_1986():
    """Brans, Vincke & Mareschal (1986), EJOR 24:228-238, six-action example with equal weights:
    the valued outranking graph pi(a, b) to three decimals, first row (0, 0.296, 0.250, 0.269,
    0.100, 0.185), ..., and the (unnormalised) leaving flows 1.099, 1.980, 1.234, 1.644, 2.274,
    1.500 and entering flows 1.827, 1.895, 1.681, 1.746, 0.808, 1.774. The paper's tables were
    not available to us directly; the figures are those reproduced, with the same data and
    parameters, in the test of github.com/eabohorquezg/ProjectMCDM (NewEmptyJUnitTest.java).
    pi is checked to the printed three decimals; the flows to 0.005, because the printed flows
    themselves differ by up to 0.003 from the sums of the printed pi (rounding in the source)."""
    p = problem(PLANTS, PLANT_DIRECTIONS, [1] * 6, PLANT_PREFERENCES)
    flows = promethee2(p.table, p.signs, p.weights, p.preferences)
    expected_pi = [[0.000, 0.296, 0.250, 0.269, 0.100, 0.185],
                   [0.463, 0.000, 0.389, 0.333, 0.296, 0.500],
                   [0.235, 0.180, 0.000, 0.333, 0.056, 0.429],
                   [0.399, 0.506, 0.305, 0.000, 0.224, 0.212],
                   [0.444, 0.515, 0.487, 0.380, 0.000, 0.448],
                   [0.287, 0.399, 0.250, 0.431, 0.133, 0.000]]
    np.testing.assert_allclose(flows.preference_index, expected_pi, atol=5e-4)
    # The 1986 flows are sums over the other five actions; ours are divided by n - 1 = 5.
    np.testing.assert_allclose(flows.phi_plus * 5, [1.099, 1.980, 1.234, 1.644, 2.274, 1.500],
                               atol=5e-3)
    np.testing.assert_allclose(flows.phi_minus * 5, [1.827, 1.895, 1.681, 1.746, 0.808, 1.774],
                               atol=5e-3)
    r = rank(p, "promethee2")
    assert [p.options[i] for i in r.order()] == ["A5", "A2", "A4", "A6", "A3", "A1"]
    assert r.figures["phi"] == pytest.approx(flows.phi)


def test_weighted_product_is_a_weighted_geometric_mean():
    """Bridgman (1922) / Triantaphyllou (2000): with weights summing to 1 the score is
    prod x^w, and a cost criterion enters as x^-w."""
    r = rank(problem([[4.0, 2.0], [1.0, 1.0]], [1, -1], [0.5, 0.5]), "wpm")
    assert r.scores == pytest.approx([np.sqrt(4.0) / np.sqrt(2.0), 1.0])


def test_additive_model_on_fighter_aircraft_uses_min_max_values():
    """The additive model with linear value functions between the worst and best score
    (Belton & Stewart 2002, ch. 4): checked by hand for A1."""
    r = rank(problem(AIRCRAFT, AIRCRAFT_DIRECTIONS, AIRCRAFT_WEIGHTS), "wsm")
    a1 = (0.2 * (2.0 - 1.8) / 0.7 + 0.1 * 0 + 0.1 * (2000 / 3000) + 0.1 * (1.0 / 2.0)
          + 0.2 * 0.5 + 0.3 * 1.0)
    assert r.scores[0] == pytest.approx(a1)
    assert r.contributions.sum(axis=1) == pytest.approx(r.scores)
