"""dialogue.decision: from a dialogue to the methods, and the answers the CLI, brief and window
use. (Kept with the decision-engine tests: it is the engine's entry point for a dialogue.)"""

from __future__ import annotations

import numpy as np
import pytest

from dialogue import decision as dd
from dialogue.analysis import rank as window_rank
from dialogue.edits import set_score
from dialogue.example import example_dialogue
from mcda.feasibility import Quadrant
from palabre.errors import ValidationError


@pytest.fixture
def d():
    return example_dialogue()


def test_problem_from_the_example(d):
    p = dd.decision_problem(d)
    assert p.options == tuple(d.options)
    assert p.option_names[0] == "Admit students from rural backgrounds"
    assert p.weights.sum() == pytest.approx(1.0)
    # Ministry of Health: 40 feasibility / 60 impact, weights multiply down the tree.
    feas = [c.id for c in p.criteria if c.group.value == "feasibility"]
    assert sum(p.weight_map()[c] for c in feas) == pytest.approx(0.4)
    i, j = p.options.index("hardship_allowance"), p.criterion_index("cost")
    assert (p.low[i, j], p.table[i, j], p.high[i, j]) == (7.5, 9.0, 10.0)
    assert p.uncertain


def test_missing_score_counts_as_worst_and_marks_incomplete(d):
    d.apply(set_score(d, "telehealth", "cost", None))
    p = dd.decision_problem(d)
    i = p.options.index("telehealth")
    assert p.table[i, p.criterion_index("cost")] == 10.0  # cost: the worst is the highest
    assert p.incomplete[i]
    r = dd.rank_dialogue(d)
    assert r.to_json()["ranking"][r.order().index(i)]["incomplete"] is True


def test_additive_ranking_matches_the_window(d):
    ours = dd.rank_dialogue(d, "wsm", "union")
    theirs = {r.option: r for r in window_rank(d, "union").ranking}
    for oid, score, f, imp in zip(ours.options, ours.scores, ours.feasibility, ours.impact,
                                  strict=True):
        assert score == pytest.approx(theirs[oid].score)
        assert f == pytest.approx(theirs[oid].feasibility)
        assert imp == pytest.approx(theirs[oid].impact)
    assert ours.settings["perspective"] == "union"


def test_unknown_weight_set(d):
    with pytest.raises(ValidationError, match="known: moh, mof, union, partners"):
        dd.decision_problem(d, "ngo")


def test_feasibility_impact_quadrants(d):
    points = {p.option: p for p in dd.feasibility_impact(d)}
    payroll = points["payroll_cleanup"]
    assert payroll.feasibility > 0.5 > payroll.impact
    assert payroll.quadrant is Quadrant.EASY_MINOR
    school = points["north_school"]
    assert school.quadrant is Quadrant.MAJOR_REFORM


def test_thresholds_and_one_way(d):
    ts = dd.thresholds_of(d)
    assert len(ts) == len(d.criteria)
    assert {t.leader for t in ts} == {"rural_admission"}
    ow = dd.one_way_of(d, "retention")
    assert ow.scores.shape == (101, 12)
    k = int(np.argmin(abs(ow.weights - ow.current)))
    assert ow.scores[k].max() == pytest.approx(dd.rank_dialogue(d).scores.max(), abs=0.01)


def test_smaa_and_perspectives(d):
    s = dd.smaa_of(d, 1000, seed=4)
    assert s.rank_acceptability.sum(axis=1) == pytest.approx(np.ones(12))
    p = dd.perspectives_of(d)
    assert p.perspectives == ("moh", "mof", "union", "partners")
    assert 0 < p.kendall_w <= 1
    assert p.ranks.shape == (4, 12)


def test_robustness_statements_in_both_languages(d):
    en = dd.robustness_statements(d, smaa_samples=500)
    assert en[0].startswith("Admit students from rural backgrounds stays first unless the weight")
    assert any("Kendall's W" in s for s in en)
    assert any("random weightings" in s for s in en)
    fr = dd.robustness_statements(d, lang="fr")
    assert "reste en tête sauf si le poids du critère" in fr[0]
    assert any("," in s and "W de Kendall" in s for s in fr)


def test_ranking_json_for_the_brief(d):
    data = dd.ranking_json(d, "vikor")
    assert data["method"] == "vikor" and data["settings"]["better"] == "lower"
    assert set(data["Q"]) == {o.name for o in d.options.values()}
