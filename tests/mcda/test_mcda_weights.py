"""Weight elicitation: direct points, swing weighting, rank order centroid, hierarchy."""

from __future__ import annotations

import itertools
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mcda.criteria import Criterion, Group
from mcda.errors import MCDAError
from mcda.weights import (
    direct_points,
    global_weights,
    normalise,
    rank_order_centroid,
    swing_weights,
)

positive_weights = st.dictionaries(
    st.text(min_size=1, max_size=5),
    st.floats(min_value=0.0, max_value=1e6, allow_nan=False),
    min_size=1,
    max_size=12,
).filter(lambda d: sum(d.values()) > 1e-6)


def test_rank_order_centroid_barron_barrett_1996():
    """Barron & Barrett (1996), Management Science 42(11):1515-1523, table of ROC weights:
    for four attributes 0.5208, 0.2708, 0.1458, 0.0625 (four decimals as printed)."""
    w = rank_order_centroid(["a", "b", "c", "d"])
    assert [round(w[k], 4) for k in "abcd"] == [0.5208, 0.2708, 0.1458, 0.0625]


def test_rank_order_centroid_three_criteria():
    """Barron & Barrett (1996): for three attributes 0.6111, 0.2778, 0.1111."""
    w = rank_order_centroid(["x", "y", "z"])
    assert [round(w[k], 4) for k in "xyz"] == [0.6111, 0.2778, 0.1111]


@pytest.mark.parametrize("order", [[], ["a", "a"], ["a", " "]])
def test_rank_order_centroid_refuses_bad_orders(order):
    with pytest.raises(MCDAError):
        rank_order_centroid(order)


def test_swing_weights_normalise_ratings():
    assert swing_weights({"retention": 100, "cost": 60, "speed": 40}) == pytest.approx(
        {"retention": 0.5, "cost": 0.3, "speed": 0.2}
    )


@pytest.mark.parametrize("ratings", [{"a": 120, "b": 100}, {"a": 80, "b": 40}, {"a": -5, "b": 100}])
def test_swing_weights_refuse_ratings_off_the_scale(ratings):
    with pytest.raises(MCDAError):
        swing_weights(ratings)


def test_direct_points_refuse_negative_and_all_zero():
    with pytest.raises(MCDAError, match="negative"):
        direct_points({"a": -1, "b": 2})
    with pytest.raises(MCDAError, match="all weights are zero"):
        direct_points({"a": 0, "b": 0})


@given(positive_weights)
def test_normalised_weights_sum_to_one(weights):
    """Property: whatever positive points are given, the weights sum to 1."""
    assert math.isclose(sum(normalise(weights).values()), 1.0, rel_tol=1e-9)


@given(positive_weights, st.floats(min_value=1e-3, max_value=1e3))
def test_scaling_points_changes_nothing(weights, factor):
    """Property: multiplying every point by the same factor gives the same weights."""
    a = normalise(weights)
    b = normalise({k: v * factor for k, v in weights.items()})
    for k in a:
        assert a[k] == pytest.approx(b[k], rel=1e-9, abs=1e-12)


@given(st.integers(min_value=1, max_value=30))
def test_rank_order_centroid_sums_to_one_and_decreases(n):
    w = list(rank_order_centroid([f"c{i}" for i in range(n)]).values())
    assert math.isclose(sum(w), 1.0, rel_tol=1e-12)
    assert all(a > b for a, b in itertools.pairwise(w))


def test_hierarchical_weights_multiply():
    """Belton & Stewart (2002), ch. 5: global weight = group weight x local weight."""
    cs = [Criterion("a", "A", Group.FEASIBILITY), Criterion("b", "B", Group.IMPACT),
          Criterion("c", "C", Group.IMPACT)]
    w = global_weights(cs, {"a": 5, "b": 1, "c": 3}, {"feasibility": 30, "impact": 70})
    assert w == pytest.approx({"a": 0.3, "b": 0.175, "c": 0.525})
