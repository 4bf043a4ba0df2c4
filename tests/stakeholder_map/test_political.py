"""dialogue.political: the feasibility of a dialogue's options, and what-ifs that change nothing."""

from __future__ import annotations

import pytest

from dialogue.example import example_dialogue
from dialogue.political import (
    acceptability_score,
    political_feasibility,
    what_if,
    what_if_index,
)
from palabre.errors import ValidationError


def test_every_option_has_an_index_in_range():
    d = example_dialogue()
    results = political_feasibility(d)
    assert list(results) == list(d.options)
    for f in results.values():
        assert -1.0 <= f.index <= 1.0
        assert f.total_power == sum(s.power for s in d.stakeholders.values())


def test_index_recomputed_by_hand_on_the_example():
    """The formula of the docstring, summed directly over the example's stakeholders."""
    d = example_dialogue()
    oid = "hardship_allowance"
    total = sum(s.power for s in d.stakeholders.values())
    net = 0.0
    for s in d.stakeholders.values():
        p = s.positions.get(oid)
        if p is not None:
            net += s.power * (1.0 if p.confidence is None else p.confidence) * p.stance / 2
    assert political_feasibility(d)[oid].index == pytest.approx(net / total)


def test_what_if_changes_the_index_but_not_the_dialogue():
    """If the Ministry of Finance (power 5) moved to strong support of the hardship allowance,
    the index would rise by exactly (2 - old stance) * 5 / 2 / total power."""
    d = example_dialogue()
    before = d.snapshot()
    revision = d.revision
    oid = "hardship_allowance"
    mof = d.stakeholders["mof"]
    old_stance = mof.stance_on(oid)
    assert old_stance is not None
    total = sum(s.power for s in d.stakeholders.values())
    old = political_feasibility(d)[oid].index
    new = what_if_index(d, {("mof", oid): 2})
    assert new[oid] == pytest.approx(old + (2 - old_stance) * mof.power / 2 / total)
    others = political_feasibility(d)
    assert all(new[o] == pytest.approx(others[o].index) for o in d.options if o != oid)
    assert d.snapshot() == before and d.revision == revision
    assert "mof" in [s.id for s in what_if(d, {("mof", oid): 2})[oid].supporters]


def test_what_if_refuses_unknown_ids_and_bad_stances():
    d = example_dialogue()
    with pytest.raises(ValidationError, match="no stakeholder with id 'nobody'"):
        what_if(d, {("nobody", "telehealth"): 1})
    with pytest.raises(ValidationError, match="no option with id 'nothing'"):
        what_if(d, {("mof", "nothing"): 1})
    with pytest.raises(ValidationError, match="stance"):
        what_if(d, {("mof", "telehealth"): 5})


def test_acceptability_score_maps_onto_a_criterion_scale():
    assert acceptability_score(-1.0) == 1.0
    assert acceptability_score(1.0) == 5.0
    assert acceptability_score(0.25, 0, 10) == pytest.approx(6.25)
    with pytest.raises(ValidationError):
        acceptability_score(1.5)
