"""Properties every method must have, and the numpy versions agreeing with scikit-criteria."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from mcda import skc
from mcda.criteria import Criterion, Direction, Scale, ScaleKind
from mcda.errors import MCDAError
from mcda.problem import DecisionProblem, PreferenceFunction
from mcda.ranking import METHODS, rank
from mcda.scoring import batch_scores
from mcda.topsis import closeness, prepared
from mcda.vikor import compromise, figures


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


def problems(min_n=2):
    return st.integers(min_n, 6).flatmap(lambda n: st.integers(1, 4).flatmap(lambda m: st.tuples(
        arrays(float, (n, m), elements=st.floats(0.5, 10, allow_nan=False)),
        st.lists(st.floats(0.01, 1.0), min_size=m, max_size=m),
        st.lists(st.sampled_from([1, -1]), min_size=m, max_size=m))))


@settings(max_examples=20, deadline=None)
@given(problems(), st.floats(0.01, 100.0))
def test_scaling_all_weights_changes_nothing(data, factor):
    """Property: multiplying every weight by the same factor gives the same ranking, whatever
    the method (weights are normalised)."""
    table, weights, directions = data
    a = make(table, weights, directions)
    b = make(table, np.asarray(weights) * factor, directions)
    assert a.weights.sum() == pytest.approx(1.0)
    for method in METHODS:
        assert rank(a, method).ranks.tolist() == rank(b, method).ranks.tolist(), method


@settings(max_examples=60, deadline=None)
@given(problems(), st.data())
def test_adding_a_dominated_option_keeps_the_order_of_the_others(data, draw):
    """Property (additive model with fixed value functions): a new option no better than an
    existing one on every criterion never changes how the others are ordered."""
    table, weights, directions = data
    p = make(table, weights, directions)
    base = rank(p, "wsm")
    donor = draw.draw(st.integers(0, len(table) - 1))
    worse = np.array([
        table[donor, j] - draw.draw(st.floats(0, 0.4)) * directions[j] for j in range(len(weights))
    ])
    bigger = make(np.vstack([table, np.clip(worse, 0, 10)]), weights, directions)
    after = rank(bigger, "wsm")
    n = len(table)
    before_order = np.argsort(base.scores, kind="stable")
    after_order = np.argsort(after.scores[:n], kind="stable")
    assert np.array_equal(before_order, after_order)
    assert after.scores[n] <= after.scores[donor] + 1e-12


@settings(max_examples=25, deadline=None)
@given(problems(min_n=2), st.sampled_from(["vector", "minmax", "sum"]))
def test_numpy_topsis_equals_scikit_criteria(data, normalization):
    table, weights, directions = data
    p = make(table, weights, directions)
    assume(np.ptp(p.table, axis=0).min() > 1e-6)
    r, s = prepared(p.table, p.signs, normalization)
    np.testing.assert_allclose(closeness(p.table, p.signs, p.weights, normalization),
                               skc.topsis(r, s, p.weights), atol=1e-9)


@settings(max_examples=25, deadline=None)
@given(problems(min_n=3))
def test_numpy_vikor_equals_scikit_criteria(data):
    table, weights, directions = data
    p = make(table, weights, directions)
    assume(np.ptp(p.table, axis=0).min() > 1e-6)
    s, r, q = figures(p.table, p.signs, p.weights)
    ref = skc.vikor(p.table, p.signs, p.weights, 0.5)
    assume(np.ptp(ref["S"]) > 1e-9 and np.ptp(ref["R"]) > 1e-9)
    np.testing.assert_allclose(s, ref["S"], atol=1e-9)
    np.testing.assert_allclose(r, ref["R"], atol=1e-9)
    np.testing.assert_allclose(q, ref["Q"], atol=1e-9)
    assert sorted(compromise(q, s, r)[0]) == sorted(ref["compromise"])


@settings(max_examples=25, deadline=None)
@given(problems())
def test_numpy_weighted_product_equals_scikit_criteria(data):
    table, weights, directions = data
    p = make(table, weights, directions)
    ours = batch_scores(p, p.weights[None], None, "wpm")[0]
    oriented = np.where(p.signs > 0, p.table, 1.0 / p.table)
    np.testing.assert_allclose(ours, skc.weighted_product(oriented, p.weights), atol=1e-9)


def test_batch_scores_rank_like_single_rankings():
    p = make([[3, 7, 1], [6, 2, 5], [5, 5, 5], [1, 9, 2]], [0.5, 0.3, 0.2], [1, 1, -1])
    for method in ("wsm", "wpm", "topsis", "vikor", "promethee2"):
        scores = batch_scores(p, p.weights[None], None, method)[0]
        single = rank(p, method)
        assert np.argsort(-scores, kind="stable").tolist() == single.order(), method


def test_ties_share_a_rank():
    r = rank(make([[5, 5], [5, 5], [1, 1]], [1, 1]), "wsm")
    assert r.ranks.tolist() == [1, 1, 3]


def test_weighted_product_refuses_zero_scores():
    with pytest.raises(MCDAError, match="greater than 0"):
        rank(make([[0, 1], [2, 3]], [1, 1]), "wpm")


def test_unknown_method_and_normalisation_are_refused():
    p = make([[1, 2], [2, 1]], [1, 1])
    with pytest.raises(MCDAError, match="unknown method"):
        rank(p, "ahp")
    with pytest.raises(MCDAError, match="unknown normalisation"):
        rank(p, "topsis", "zscore")


def test_normalisation_note_for_methods_without_one():
    r = rank(make([[1, 2], [2, 1]], [1, 1]), "vikor", "vector")
    assert "not used" in r.notes[0]


def test_promethee_preference_functions():
    """Brans & Mareschal (2005), fig. 5.2: the six shapes at a few advantages d."""
    from mcda.promethee import preference_degree as pd_

    d = np.array([-1.0, 0.0, 1.0, 2.0, 3.0, 5.0])
    assert pd_(d, PreferenceFunction("usual")).tolist() == [0, 0, 1, 1, 1, 1]
    assert pd_(d, PreferenceFunction("ushape", q=2)).tolist() == [0, 0, 0, 0, 1, 1]
    assert pd_(d, PreferenceFunction("vshape", p=4)).tolist() == [0, 0, 0.25, 0.5, 0.75, 1]
    assert pd_(d, PreferenceFunction("level", q=1, p=3)).tolist() == [0, 0, 0, 0.5, 0.5, 1]
    assert pd_(d, PreferenceFunction("linear", q=1, p=3)).tolist() == [0, 0, 0, 0.5, 1, 1]
    g = pd_(d, PreferenceFunction("gaussian", s=2))
    assert g[3] == pytest.approx(1 - np.exp(-0.5))


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"kind": "level", "q": 3, "p": 1}, "must not be below q"),
    ({"kind": "linear", "q": 1}, "needs a value for p"),
    ({"kind": "gaussian"}, "needs a value for s"),
    ({"kind": "sigmoid"}, "unknown preference function"),
    ({"kind": "vshape", "p": -1}, "0 or more"),
])
def test_bad_preference_functions(kwargs, message):
    with pytest.raises(MCDAError, match=message):
        PreferenceFunction(**kwargs)
