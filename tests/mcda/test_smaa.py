"""SMAA-2 (Lahdelma & Salminen 2001): acceptabilities, central weights, confidence, sampling."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from mcda.criteria import Criterion, Direction, Scale, ScaleKind
from mcda.errors import MCDAError
from mcda.problem import DecisionProblem
from mcda.ranking import rank
from mcda.smaa import sample_tables, sample_weights, shared_min_ranks, smaa


def make(table, directions=None, weights=None, low=None, high=None):
    table = np.asarray(table, dtype=float)
    n, m = table.shape
    directions = directions or [1] * m
    criteria = tuple(
        Criterion(f"c{j}", f"C{j}", direction=Direction.BENEFIT if d > 0 else Direction.COST,
                  scale=Scale(ScaleKind.NATURAL, 0.0, 10.0))
        for j, d in enumerate(directions))
    return DecisionProblem(tuple(f"o{i}" for i in range(n)), criteria, table,
                           np.ones(m) if weights is None else weights, low=low, high=high,
                           has_groups=False)


tables = st.integers(2, 6).flatmap(lambda n: st.integers(1, 5).flatmap(
    lambda m: arrays(float, (n, m), elements=st.floats(0, 10, allow_nan=False))))


@settings(max_examples=40, deadline=None)
@given(tables, st.integers(0, 2**31 - 1))
def test_acceptabilities_of_each_option_sum_to_one(table, seed):
    """Property: every option gets exactly one rank per sample, so its b_i^r sum to 1; and the
    shares of each rank over options sum to at least 1 (ties share a rank)."""
    r = smaa(make(table), samples=300, seed=seed)
    assert r.rank_acceptability.sum(axis=1) == pytest.approx(np.ones(len(table)))
    assert np.all(r.rank_acceptability >= 0)
    assert r.rank_acceptability[:, 0].sum() >= 1 - 1e-12


def test_dominating_option_is_always_first():
    r = smaa(make([[9, 9, 9], [5, 1, 7], [4, 6, 2]]), samples=2000, seed=3)
    assert r.rank_acceptability[0].tolist() == [1.0, 0.0, 0.0]
    assert r.confidence[0] == 1.0
    assert np.isnan(r.confidence[1]) and np.isnan(r.central_weights[1]).all()


def test_seeded_runs_repeat_and_report_their_seed():
    p = make([[9, 1], [1, 9], [5, 5]], low=[[8, 0], [0, 8], [4, 4]],
             high=[[10, 2], [2, 10], [6, 6]])
    a, b = smaa(p, 500, seed=42), smaa(p, 500, seed=42)
    assert np.array_equal(a.rank_acceptability, b.rank_acceptability)
    assert np.array_equal(a.confidence, b.confidence, equal_nan=True)
    fresh = smaa(p, 10)
    assert isinstance(fresh.seed, int)
    assert np.array_equal(smaa(p, 10, seed=fresh.seed).rank_acceptability, fresh.rank_acceptability)


def test_two_symmetric_options_share_first_place_evenly():
    """With two criteria the weight w1 is uniform on [0, 1]; options scoring (10, 0) and (0, 10)
    are each first half the time, and the central weight vector of the first is the mean of w1
    over [1/2, 1], i.e. (3/4, 1/4) (worked by hand from the definition in Lahdelma & Salminen
    2001)."""
    r = smaa(make([[10, 0], [0, 10]]), samples=40_000, seed=7)
    assert r.rank_acceptability[:, 0] == pytest.approx([0.5, 0.5], abs=0.01)
    assert r.central_weights[0] == pytest.approx([3 / 4, 1 / 4], abs=0.01)
    assert r.central_weights[1] == pytest.approx([1 / 4, 3 / 4], abs=0.01)


def test_vectorised_smaa_equals_ranking_each_sample_one_by_one():
    """The numpy computation gives the same acceptabilities as ranking every sampled weight
    vector and table separately with :func:`mcda.ranking.rank` (the slow, obvious way)."""
    p = make([[3, 7, 1], [6, 2, 5], [5, 5, 5], [1, 9, 2]], directions=[1, 1, -1],
             low=[[2, 6, 1], [6, 1, 4], [5, 5, 5], [0, 8, 1]],
             high=[[4, 8, 2], [7, 3, 6], [5, 5, 5], [2, 10, 3]])
    k = 300
    fast = smaa(p, k, seed=11, memory_mb=1000)
    rng = np.random.default_rng(11)
    w = sample_weights(rng, k, 3)
    t = sample_tables(rng, k, p)
    counts = np.zeros((4, 4))
    for i in range(k):
        sample = DecisionProblem(p.options, p.criteria, t[i], w[i], has_groups=False)
        for o, r_ in enumerate(rank(sample, "wsm").ranks):
            counts[o, r_ - 1] += 1
    np.testing.assert_allclose(fast.rank_acceptability, counts / k)


@pytest.mark.parametrize("method", ["wsm", "wpm", "topsis", "vikor", "promethee2"])
def test_every_scoring_method_runs_and_sums_to_one(method):
    p = make([[3, 7, 1], [6, 2, 5], [5, 5, 5], [1, 9, 2]], directions=[1, 1, -1],
             low=[[2, 6, 1], [6, 1, 4], [5, 5, 5], [1, 8, 1]],
             high=[[4, 8, 2], [7, 3, 6], [5, 5, 5], [2, 10, 3]])
    r = smaa(p, 400, seed=1, method=method)
    assert r.rank_acceptability.sum(axis=1) == pytest.approx(np.ones(4))
    seen = ~np.isnan(r.confidence)
    assert np.all((r.confidence[seen] >= 0) & (r.confidence[seen] <= 1))
    assert r.central_weights[seen].sum(axis=1) == pytest.approx(np.ones(seen.sum()))


def test_small_memory_budget_gives_the_same_picture():
    """Chunking only changes how samples are grouped: with a tiny budget (many chunks) the
    acceptabilities agree with one big chunk within sampling error."""
    rng = np.random.default_rng(5)
    p = make(rng.uniform(0, 10, (30, 6)))
    big, small = smaa(p, 4000, seed=2), smaa(p, 4000, seed=2, memory_mb=0.05)
    np.testing.assert_allclose(big.rank_acceptability, small.rank_acceptability, atol=0.04)


def test_weights_around_the_elicited_ones_stay_close():
    rng = np.random.default_rng(0)
    w = sample_weights(rng, 20_000, 3, "around", np.array([0.6, 0.4, 0.0]), concentration=50)
    assert w.mean(axis=0) == pytest.approx([0.6, 0.4, 0.0], abs=0.01)
    assert np.all(w[:, 2] == 0)
    assert w.sum(axis=1) == pytest.approx(np.ones(20_000))


def test_uniform_weights_are_uniform_on_the_simplex():
    """Dirichlet(1, 1, 1): each weight has mean 1/3 and variance (1/3)(2/3)/4 = 1/18."""
    w = sample_weights(np.random.default_rng(1), 50_000, 3)
    assert w.mean(axis=0) == pytest.approx([1 / 3] * 3, abs=0.01)
    assert w.var(axis=0) == pytest.approx([1 / 18] * 3, abs=0.003)


def test_shared_min_ranks():
    assert shared_min_ranks(np.array([[0.2, 0.9, 0.2, 0.5], [1, 1, 1, 1]])).tolist() == [
        [3, 1, 3, 2], [1, 1, 1, 1]]


def test_refusals():
    p = make([[1, 2], [2, 1]])
    with pytest.raises(MCDAError, match="at least one sample"):
        smaa(p, 0)
    with pytest.raises(MCDAError, match="not a score per option"):
        smaa(p, 10, method="electre1")
    with pytest.raises(MCDAError, match="unknown weight sampling"):
        smaa(p, 10, weights="normal")
