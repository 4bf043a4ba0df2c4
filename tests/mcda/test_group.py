"""Group aggregation (issue 8): answers combined per cell, dispersion, outliers, and weights
combined within a stakeholder group. Every expected value below is computed by hand in the test's
docstring or comment."""

from __future__ import annotations

import math

import numpy as np
import pytest

from mcda.ahp import ahp
from mcda.errors import MCDAError
from mcda.group import (
    AIJ,
    AIP,
    aggregate_cells,
    combine_weights,
    pairwise_matrix,
    quartiles,
    summarise,
    tukey_fences,
    weights_from_judgements,
    weights_from_points,
)


def test_quartiles_interpolate_between_order_statistics() -> None:
    """Hyndman & Fan (1996) definition 7: Q1 of 1, 2, 4, 5 sits at position 0.75 between the
    first two values, 1 + 0.75 x (2 - 1) = 1.75; Q3 at 2.25, 4 + 0.25 x (5 - 4) = 4.25."""
    assert quartiles([1, 2, 4, 5]) == (1.75, 4.25)
    assert quartiles([3]) == (3.0, 3.0)


def test_median_mean_range_and_iqr_of_one_cell() -> None:
    """Answers 2, 4, 4, 5, 1: sorted 1, 2, 4, 4, 5; median 4, mean 16/5 = 3.2, range 5 - 1 = 4,
    Q1 = 2 (position 1), Q3 = 4 (position 3), IQR 2; fences -1 and 7: no outlier."""
    s = summarise({"a": 2, "b": 4, "c": 4, "d": 5, "e": 1})
    assert (s.centre, s.median, s.mean) == (4.0, 4.0, 3.2)
    assert (s.low, s.high, s.range) == (1.0, 5.0, 4.0)
    assert (s.q1, s.q3, s.iqr) == (2.0, 4.0, 2.0)
    assert s.outliers == () and s.n == 5
    assert summarise({"a": 2, "b": 4, "c": 4, "d": 5, "e": 1}, "mean").centre == 3.2
    assert s.answer_of("d") == 5.0 and s.answer_of("z") is None


def test_tukey_fences_flag_the_lone_dissenter() -> None:
    """Four say 3, one says 5: Q1 = Q3 = 3, IQR 0, fences 3 and 3: 5 is an outlier (Tukey 1977).
    Natural units: 9.0, 9.5, 10, 8, 2 (US$ million): sorted 2, 8, 9, 9.5, 10; Q1 = 8, Q3 = 9.5,
    IQR 1.5, fences 8 - 2.25 = 5.75 and 9.5 + 2.25 = 11.75: only 2 is outside."""
    assert summarise({"a": 3, "b": 3, "c": 3, "d": 3, "e": 5}).outliers == ("e",)
    assert tukey_fences(8.0, 9.5) == (5.75, 11.75)
    s = summarise({"mof": 9.0, "mof2": 9.5, "union": 10.0, "dhmt": 8.0, "nurse": 2.0})
    assert s.outliers == ("nurse",)


def test_no_outliers_with_fewer_than_three_answers() -> None:
    """Two answers cannot say who is the odd one out."""
    assert summarise({"a": 1, "b": 5}).outliers == ()
    assert summarise({"a": 1, "b": 5}).range == 4.0


def test_aggregate_cells_uses_only_the_answers_given() -> None:
    """A blank is absent, not zero: cell x has answers 1, 3, 5 (median 3, mean 3), cell y only
    2 and 4 (median 3, mean 3), cell z only 4."""
    cells = aggregate_cells({
        "a": {"x": 1.0, "y": 2.0},
        "b": {"x": 3.0},
        "c": {"x": 5.0, "y": 4.0, "z": 4.0},
    })
    assert cells["x"].n == 3 and cells["x"].centre == 3.0 and cells["x"].range == 4.0
    assert cells["y"].who == ("a", "c") and cells["y"].centre == 3.0
    assert cells["z"].n == 1 and cells["z"].iqr == 0.0


def test_mean_and_median_differ_where_someone_is_extreme() -> None:
    """Answers 1, 1, 1, 5: median 1, mean 8/4 = 2."""
    cells = {"a": {"c": 1}, "b": {"c": 1}, "d": {"c": 1}, "e": {"c": 5}}
    assert aggregate_cells(cells, "median")["c"].centre == 1.0
    assert aggregate_cells(cells, "mean")["c"].centre == 2.0


def test_bad_input_is_refused_clearly() -> None:
    """An unknown way to combine, no answers, or NaN: MCDAError naming the problem."""
    with pytest.raises(MCDAError, match="median or mean"):
        summarise({"a": 1}, "mode")
    with pytest.raises(MCDAError, match="no answers"):
        summarise({})
    with pytest.raises(MCDAError, match="'b'"):
        summarise({"a": 1, "b": math.nan})


CRITERIA = {"feasibility": ["cost", "political"], "impact": ["availability", "retention", "quality"]}


def test_points_normalised_within_each_group() -> None:
    """Cost 40 and political 10 give 0.8 and 0.2; impact 20, 20, 60 give 0.2, 0.2, 0.6;
    feasibility 70 against impact 30 gives 0.7 and 0.3."""
    w = weights_from_points(CRITERIA, {"cost": 40, "political": 10, "availability": 20,
                                       "retention": 60, "quality": 20},
                            {"feasibility": 70, "impact": 30})
    assert dict(w.local["feasibility"]) == {"cost": 0.8, "political": 0.2}
    assert dict(w.local["impact"]) == pytest.approx({"availability": 0.2, "retention": 0.6, "quality": 0.2})
    assert dict(w.groups) == pytest.approx({"feasibility": 0.7, "impact": 0.3})
    assert w.complete and w.consistency == {} and w.inconsistent == ()


def test_a_group_left_blank_is_not_answered() -> None:
    """No points for impact and none for the groups: only feasibility is known."""
    w = weights_from_points(CRITERIA, {"cost": 1, "political": 3}, {})
    assert list(w.local) == ["feasibility"] and w.groups is None and not w.complete


def test_ahp_weights_and_consistency_per_group() -> None:
    """Two criteria, cost 3 times as important as political: 0.75 and 0.25, CR 0. Three impact
    criteria judged availability/retention 1/2, availability/quality 2, retention/quality 4:
    consistent (1/2 x 4 = 2), weights proportional to 2 : 4 : 1, that is 2/7, 4/7, 1/7, CR 0.
    Feasibility judged 1/3 against impact: 1/4 and 3/4."""
    w = weights_from_judgements(CRITERIA, {
        ("cost", "political"): 3.0,
        ("availability", "retention"): 0.5, ("availability", "quality"): 2.0,
        ("retention", "quality"): 4.0,
    }, 1 / 3)
    assert dict(w.local["feasibility"]) == pytest.approx({"cost": 0.75, "political": 0.25})
    assert dict(w.local["impact"]) == pytest.approx(
        {"availability": 2 / 7, "retention": 4 / 7, "quality": 1 / 7})
    assert dict(w.groups) == pytest.approx({"feasibility": 0.25, "impact": 0.75})
    assert w.consistency["impact"] == pytest.approx(0.0, abs=1e-9)
    assert w.inconsistent == ()


def test_circular_judgements_are_flagged() -> None:
    """a over b 3, b over c 3, c over a 3 (a circle): flagged, CR far above 0.10 (Saaty 1980)."""
    judgements = {("a", "b"): 3.0, ("b", "c"): 3.0, ("a", "c"): 1 / 3}
    w = weights_from_judgements({"impact": ["a", "b", "c"]}, judgements, None)
    # The cyclic matrix [[1,3,1/3],[1/3,1,3],[3,1/3,1]] has lambda_max = 1 + 3 + 1/3 = 13/3
    # (its eigenvector is (1, 1, 1)); CI = (13/3 - 3) / 2 = 2/3; CR = (2/3) / 0.58 = 1.149.
    assert w.consistency["impact"] == pytest.approx((2 / 3) / 0.58, rel=1e-6)
    assert w.inconsistent == ("impact",)
    assert dict(w.local["impact"]) == pytest.approx({"a": 1 / 3, "b": 1 / 3, "c": 1 / 3})


def test_incomplete_judgements_leave_the_group_out() -> None:
    """With one of three pairs missing, the group's matrix cannot be built."""
    assert pairwise_matrix(["a", "b", "c"], {("a", "b"): 2.0, ("a", "c"): 3.0}) is None
    w = weights_from_judgements({"impact": ["a", "b", "c"]}, {("a", "b"): 2.0}, None)
    assert dict(w.local) == {} and w.groups is None


def test_ahp_members_combined_by_geometric_mean_of_judgements() -> None:
    """Aczél & Saaty (1983): judgements 2 and 8 combine to sqrt(16) = 4, weights 0.8 and 0.2 (the
    mean of each member's weights, (2/3 + 8/9) / 2 = 0.778, would differ). Groups judged 3 and
    1/3 combine to 1: feasibility and impact 0.5 each."""
    a = weights_from_judgements({"impact": ["x", "y"]}, {("x", "y"): 2.0}, 3.0)
    b = weights_from_judgements({"impact": ["x", "y"]}, {("x", "y"): 8.0}, 1 / 3)
    group = combine_weights([a, b])
    assert dict(group.local["impact"]) == pytest.approx({"x": 0.8, "y": 0.2})
    assert dict(group.groups) == pytest.approx({"feasibility": 0.5, "impact": 0.5})
    assert group.method == AIJ and group.members == 2
    assert group.matrices["impact"][0, 1] == pytest.approx(4.0)


def test_points_members_averaged() -> None:
    """Two finance officers: cost 0.8/0.2 and 0.6/0.4 average to 0.7/0.3; groups 0.7 and 0.5
    average to 0.6 for feasibility."""
    a = weights_from_points({"feasibility": ["cost", "political"]}, {"cost": 80, "political": 20},
                            {"feasibility": 70, "impact": 30})
    b = weights_from_points({"feasibility": ["cost", "political"]}, {"cost": 60, "political": 40},
                            {"feasibility": 50, "impact": 50})
    group = combine_weights([a, b])
    assert dict(group.local["feasibility"]) == pytest.approx({"cost": 0.7, "political": 0.3})
    assert dict(group.groups) == pytest.approx({"feasibility": 0.6, "impact": 0.4})
    assert group.method == AIP


def test_mixed_points_and_ahp_average_the_weights() -> None:
    """Points 0.8/0.2 and AHP judgement 1 (0.5/0.5): the mean, 0.65/0.35. A member who left
    the part blank is left out of it."""
    a = weights_from_points({"impact": ["x", "y"]}, {"x": 8, "y": 2}, {})
    b = weights_from_judgements({"impact": ["x", "y"]}, {("x", "y"): 1.0}, None)
    blank = weights_from_points({"impact": ["x", "y"]}, {}, {})
    group = combine_weights([a, b, blank])
    assert dict(group.local["impact"]) == pytest.approx({"x": 0.65, "y": 0.35})
    assert group.groups is None and group.members == 3


def test_combined_matrix_matches_ahp_of_the_geometric_mean() -> None:
    """The group's weights are those of AHP on the cell-by-cell geometric mean, with its CR."""
    names = ["a", "b", "c"]
    j1 = {("a", "b"): 3.0, ("a", "c"): 5.0, ("b", "c"): 2.0}
    j2 = {("a", "b"): 1.0, ("a", "c"): 3.0, ("b", "c"): 4.0}
    m1, m2 = pairwise_matrix(names, j1), pairwise_matrix(names, j2)
    expected = ahp(np.sqrt(m1 * m2), names)
    group = combine_weights([weights_from_judgements({"impact": names}, j, None) for j in (j1, j2)])
    assert dict(group.local["impact"]) == pytest.approx(expected.weights)
    assert group.consistency["impact"] == pytest.approx(expected.consistency_ratio)


def test_no_members_is_an_error() -> None:
    with pytest.raises(MCDAError, match="no participants"):
        combine_weights([])
