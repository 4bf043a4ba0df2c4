"""One-way weight sensitivity: thresholds where the leader changes, and one-way plot data."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from mcda.criteria import Criterion, Direction, Scale, ScaleKind
from mcda.problem import DecisionProblem
from mcda.ranking import rank
from mcda.sensitivity import one_way, varied_weights, weight_thresholds


def make(table, weights, directions=None):
    table = np.asarray(table, dtype=float)
    m = table.shape[1]
    directions = directions or [1] * m
    criteria = tuple(
        Criterion(f"c{j}", f"C{j}", direction=Direction.BENEFIT if d > 0 else Direction.COST,
                  scale=Scale(ScaleKind.NATURAL, 0.0, 10.0))
        for j, d in enumerate(directions))
    return DecisionProblem(tuple(f"o{i}" for i in range(len(table))), criteria, table,
                           np.asarray(weights, float), has_groups=False)


def leader_at(problem, j, t, method="wsm"):
    t = min(max(t, 0.0), 1.0)
    r = rank(problem.with_weights(varied_weights(problem.weights, j, [t])[0]), method)
    return problem.options[int(np.argmin(r.ranks))], r


def test_two_options_cross_where_the_lines_meet():
    """By hand: scores 10t + 2(1 - t) and 4t + 8(1 - t) meet at t = 0.5."""
    p = make([[10, 2], [4, 8]], [0.7, 0.3])
    t = weight_thresholds(p)[0]
    assert t.leader == "o0"
    assert t.decrease.weight == pytest.approx(0.5)
    assert t.decrease.new_leader == "o1"
    assert t.increase is None


def test_varied_weights_keep_the_others_in_proportion():
    w = varied_weights(np.array([0.2, 0.5, 0.3]), 0, [0.6])[0]
    assert w == pytest.approx([0.6, 0.4 * 0.5 / 0.8, 0.4 * 0.3 / 0.8])
    assert w.sum() == pytest.approx(1.0)


@settings(max_examples=40, deadline=None)
@given(st.integers(2, 5).flatmap(lambda n: arrays(
           float, (n, 3), elements=st.integers(0, 1000).map(lambda x: x / 100))),
       st.lists(st.floats(0.05, 1.0), min_size=3, max_size=3))
def test_thresholds_are_where_first_place_really_changes(table, weights):
    """Property: just inside a threshold the leader is unchanged; just beyond it, the option
    named takes first place; where no threshold is given, the leader is still first at the end
    of the range. (Scores on a 0.01 grid, so that ties are real ties, not rounding noise.)"""
    p = make(table, weights)
    base = rank(p, "wsm")
    if (base.ranks == 1).sum() > 1:
        return  # a tie for first place: any change decides it
    for j, t in enumerate(weight_thresholds(p)):
        for change, sign in ((t.increase, 1), (t.decrease, -1)):
            if change is None:
                end = (1.0 - 1e-5) if sign > 0 else 1e-5
                assert leader_at(p, j, end)[1].rank_of(t.leader) == 1
                continue
            inside = change.weight - sign * 1e-5
            beyond = change.weight + sign * 1e-5
            assert leader_at(p, j, inside)[1].rank_of(t.leader) == 1
            assert leader_at(p, j, beyond)[1].rank_of(change.new_leader) == 1


@pytest.mark.parametrize("method", ["topsis", "vikor", "promethee2", "wpm"])
def test_other_methods_thresholds_hold(method):
    p = make([[8, 2, 5], [3, 9, 4], [5, 5, 9], [6, 6, 1]], [0.4, 0.35, 0.25])
    for j, t in enumerate(weight_thresholds(p, method)):
        for change, sign in ((t.increase, 1), (t.decrease, -1)):
            if change is None:
                continue
            assert leader_at(p, j, change.weight - sign * 1e-4, method)[0] == t.leader
            assert leader_at(p, j, change.weight + sign * 1e-4, method)[0] == change.new_leader


def test_one_way_plot_data():
    p = make([[10, 2], [4, 8]], [0.7, 0.3])
    ow = one_way(p, "C0", points=11)
    assert ow.weights.tolist() == pytest.approx(np.linspace(0, 1, 11).tolist())
    assert ow.scores[:, 0] == pytest.approx([0.2 + 0.8 * t for t in ow.weights])
    assert ow.current == pytest.approx(0.7)
