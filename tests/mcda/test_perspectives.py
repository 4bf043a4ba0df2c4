"""Perspectives: Kendall's W with ties, Borda consensus, the perspective ranking each option
worst."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.stats import friedmanchisquare

from mcda.criteria import Criterion, Scale, ScaleKind
from mcda.perspectives import agreement_words, compare_perspectives, kendall_w
from mcda.problem import DecisionProblem


def test_kendall_w_extremes():
    """Kendall & Babington Smith (1939): W = 1 for identical rankings; two opposite rankings
    give W = 0."""
    assert kendall_w(np.array([[1, 2, 3, 4]] * 3)) == pytest.approx(1.0)
    assert kendall_w(np.array([[1, 2, 3, 4], [4, 3, 2, 1]])) == pytest.approx(0.0)
    assert kendall_w(np.array([[1, 2, 3]])) is None


def test_kendall_w_by_hand():
    """Three judges, three objects: rank sums 4, 5, 9 (mean 6), S = 4 + 1 + 9 = 14,
    W = 12 * 14 / (9 * (27 - 3)) = 0.7778 (Kendall's formula without ties)."""
    w = kendall_w(np.array([[1, 2, 3], [2, 1, 3], [1, 2, 3]]))
    assert w == pytest.approx(12 * 14 / (9 * 24))


@settings(max_examples=60, deadline=None)
@given(st.integers(2, 6), st.integers(3, 7), st.data())
def test_kendall_w_with_ties_matches_friedman(p, n, data):
    """Legendre (2005), eq. 4: W = chi2_F / (p (n - 1)), with Friedman's tie-corrected
    statistic (as computed by scipy) - checked here with ties in the ranks."""
    ranks = np.array([data.draw(st.lists(st.integers(1, n), min_size=n, max_size=n))
                      for _ in range(p)])
    w = kendall_w(ranks)
    if w is None:
        return
    assert 0.0 - 1e-12 <= w <= 1.0 + 1e-12
    try:
        chi2 = friedmanchisquare(*ranks.T.astype(float)).statistic
    except ValueError:
        return
    if np.isfinite(chi2):
        assert w == pytest.approx(chi2 / (p * (n - 1)), abs=1e-9)


def test_agreement_words():
    assert agreement_words(0.95) == "unusually strong"
    assert agreement_words(0.5) == "moderate"
    assert agreement_words(0.05, "fr") == "très faible"


def _problem(weights):
    table = np.array([[9.0, 1.0, 5.0], [1.0, 9.0, 5.0], [5.0, 5.0, 9.0], [2.0, 2.0, 2.0]])
    cs = tuple(Criterion(f"c{j}", f"C{j}", scale=Scale(ScaleKind.NATURAL, 0, 10)) for j in range(3))
    return DecisionProblem(("a", "b", "c", "d"), cs, table, np.asarray(weights, float),
                           has_groups=False)


def test_borda_consensus_and_worst_perspective():
    problems = {"x": _problem([0.8, 0.1, 0.1]), "y": _problem([0.1, 0.8, 0.1]),
                "z": _problem([0.1, 0.1, 0.8])}
    r = compare_perspectives(problems, {"x": "Finance", "y": "Union", "z": "Health"})
    # Scores: x gives a 7.8, c 5.4, b 1.8; y gives b 7.8, c 5.4, a 1.8; z gives c 8.2 and
    # a, b 5.0 each; d is last everywhere.
    assert r.ranks.tolist() == [[1, 3, 2, 4], [3, 1, 2, 4], [2, 2, 1, 4]]
    assert r.options[int(np.argmin(r.consensus_ranks))] == "c"
    assert r.worst[0] == ("y",)  # Union ranks a third
    assert r.worst[3] == ("x", "y", "z")
    data = r.to_json()
    assert data["consensus"][0]["option"] == "c"
    assert data["consensus"][0]["worst_perspective"] == ["Finance", "Union"]
