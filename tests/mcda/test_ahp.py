"""AHP: Saaty's published matrices, consistency, group judgements, bad tables."""

from __future__ import annotations

from fractions import Fraction

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from mcda.ahp import ahp, combine_judgements, parse_judgement
from mcda.errors import MCDAError


def _matrix(text: str) -> np.ndarray:
    rows = text.strip().splitlines()
    return np.array([[float(Fraction(x)) for x in row.split()] for row in rows])


HOUSE = _matrix("""
1 5 3 7 6 6 1/3 1/4
1/5 1 1/3 5 3 3 1/5 1/7
1/3 3 1 6 3 4 6 1/5
1/7 1/5 1/6 1 1/3 1/4 1/7 1/8
1/6 1/3 1/3 3 1 1/2 1/5 1/6
1/6 1/3 1/4 4 2 1 1/5 1/6
3 5 1/6 7 5 5 1 1/2
4 7 5 8 6 6 2 1
""")
HOUSE_NAMES = ["size", "transportation", "neighbourhood", "age", "yard", "modern facilities",
               "general condition", "financing"]


def test_saaty_1990_house_criteria():
    """Saaty (1990), 'How to make a decision: the analytic hierarchy process', EJOR 48:9-26,
    table 2 (criteria of the house example): priorities 0.173, 0.054, 0.188, 0.018, 0.031, 0.036,
    0.167, 0.333; lambda_max = 9.669, C.I. = 0.238, C.R. = 0.169 (three decimals as printed)."""
    r = ahp(HOUSE, HOUSE_NAMES)
    assert [round(r.weights[n], 3) for n in HOUSE_NAMES] == [
        0.173, 0.054, 0.188, 0.018, 0.031, 0.036, 0.167, 0.333]
    assert round(r.lambda_max, 3) == 9.669
    assert round(r.consistency_index, 3) == 0.238
    assert round(r.consistency_ratio, 3) == 0.169
    assert not r.consistent  # above Saaty's 0.10


DRINKS = ["coffee", "wine", "tea", "beer", "soda", "milk", "water"]
DRINK_JUDGEMENTS = {
    ("coffee", "wine"): 9, ("coffee", "tea"): 5, ("coffee", "beer"): 2, ("coffee", "soda"): 1,
    ("coffee", "milk"): 1, ("coffee", "water"): 1 / 2, ("wine", "tea"): 1 / 3,
    ("wine", "beer"): 1 / 9, ("wine", "soda"): 1 / 9, ("wine", "milk"): 1 / 9,
    ("wine", "water"): 1 / 9, ("tea", "beer"): 1 / 3, ("tea", "soda"): 1 / 4,
    ("tea", "milk"): 1 / 3, ("tea", "water"): 1 / 9, ("beer", "soda"): 1 / 2,
    ("beer", "milk"): 1, ("beer", "water"): 1 / 3, ("soda", "milk"): 2, ("soda", "water"): 1 / 2,
    ("milk", "water"): 1 / 3,
}


def test_saaty_2008_drink_consumption():
    """Saaty (2008), 'Decision making with the analytic hierarchy process', Int. J. Services
    Sciences 1(1):83-98, table 2 (relative consumption of drinks in the US): derived priorities
    0.177, 0.019, 0.042, 0.116, 0.190, 0.129, 0.327 and C.R. = 0.022."""
    a = np.ones((7, 7))
    for (x, y), v in DRINK_JUDGEMENTS.items():
        i, j = DRINKS.index(x), DRINKS.index(y)
        a[i, j], a[j, i] = v, 1 / v
    r = ahp(a, DRINKS)
    assert [round(r.weights[d], 3) for d in DRINKS] == [
        0.177, 0.019, 0.042, 0.116, 0.190, 0.129, 0.327]
    assert round(r.consistency_ratio, 3) == 0.022
    assert r.consistent


def test_consistent_matrix_has_lambda_n_and_no_inconsistent_judgement():
    w = np.array([0.5, 0.3, 0.2])
    r = ahp(np.outer(w, 1 / w), ["a", "b", "c"])
    assert r.lambda_max == pytest.approx(3.0)
    assert r.consistency_ratio == pytest.approx(0.0, abs=1e-9)
    assert r.most_inconsistent is None
    assert list(r.weights.values()) == pytest.approx(list(w))


def test_most_inconsistent_judgement_is_the_perturbed_one():
    """Perturbing one judgement of a consistent matrix makes it the one flagged."""
    w = np.array([0.4, 0.3, 0.2, 0.1])
    a = np.outer(w, 1 / w)
    a[0, 3], a[3, 0] = 9.0, 1 / 9.0  # consistent value is 4
    r = ahp(a, ["a", "b", "c", "d"])
    assert {r.most_inconsistent.row, r.most_inconsistent.column} == {"a", "d"}


def test_group_judgements_by_geometric_mean():
    """Aczél & Saaty (1983): the geometric mean of 3 and 1/3 is 1; the result stays reciprocal."""
    a = np.array([[1, 3], [1 / 3, 1]])
    b = np.array([[1, 1 / 3], [3, 1]])
    g = combine_judgements([a, b])
    assert g == pytest.approx(np.ones((2, 2)))
    c = combine_judgements([HOUSE, HOUSE.T ** 0.5])
    assert c * c.T == pytest.approx(np.ones_like(c))


@given(st.lists(st.floats(min_value=0.05, max_value=1.0), min_size=2, max_size=9),
       st.floats(min_value=1e-2, max_value=1e2))
def test_ahp_weights_sum_to_one_and_recover_consistent_weights(raw, factor):
    """Property: a consistent matrix built from any weights gives back those weights."""
    w = np.array(raw) / np.sum(raw)
    r = ahp(np.outer(w, 1 / w), [f"c{i}" for i in range(len(w))])
    assert sum(r.weights.values()) == pytest.approx(1.0)
    assert list(r.weights.values()) == pytest.approx(list(w), rel=1e-6)


@pytest.mark.parametrize(
    ("matrix", "message"),
    [
        ([[1, 2, 3], [0.5, 1, 2]], "square"),
        ([[1, 0], [1, 1]], "positive"),
        ([[1, -3], [-1 / 3, 1]], "positive"),
        ([[1, 3], [3, 1]], "not reciprocal"),
        ([[2, 3], [1 / 3, 1]], "itself must be 1"),
    ],
)
def test_bad_tables_are_refused_with_row_and_column(matrix, message):
    with pytest.raises(MCDAError, match=message):
        ahp(np.array(matrix, dtype=float) if message != "square" else matrix, ["a", "b"])


def test_rounded_reciprocals_are_accepted():
    r = ahp([[1, 3, 7], [0.33, 1, 3], [0.14, 0.33, 1]], ["a", "b", "c"])
    assert r.weights["a"] > r.weights["b"] > r.weights["c"]


@pytest.mark.parametrize(
    ("text", "value"), [("1/3", 1 / 3), ("5", 5.0), (" 0.25 ", 0.25), (7, 7.0)]
)
def test_parse_judgement(text, value):
    assert parse_judgement(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["abc", "1/0", "0", "-2", "", True])
def test_parse_judgement_refuses(text):
    with pytest.raises(MCDAError):
        parse_judgement(text, "row 2, column 3")
