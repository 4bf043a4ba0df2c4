"""The workforce part of a dialogue: stored, saved, undone, and fed into the decision (issue 11).

The projection itself is checked against hand-computed cases in tests/mcda/test_workforce_*.py;
here: the baseline and effects live in the document like everything else (one undoable edit,
round trip through the file, cascades), and the gap closed becomes an Impact criterion whose
low-high range is the uncertainty SMAA samples.
"""

from __future__ import annotations

import dataclasses
import json

import numpy as np
import pytest

from dialogue import edits as ed
from dialogue import edits_workforce as ew
from dialogue.decision import decision_problem, rank_dialogue, smaa_of
from dialogue.example import example_dialogue
from dialogue.model import Dialogue, Edit, Put
from dialogue.native_file import dumps, load, loads_dialogue, save
from dialogue.values import Option, Score
from dialogue.workforce import (
    WorkforceLink,
    baseline_of,
    effects_of,
    gaps_closed_of,
    link_of,
    projections_of,
)
from mcda.criteria import Direction, Group
from mcda.workforce import CadreBaseline, Effect, Population, WorkforceBaseline, project
from palabre.errors import FileFormatError, PalabreError, ValidationError


def _small() -> Dialogue:
    """Two options, one cadre needing 2,000 posts, 1,000 in post, 100 graduates, 5% leaving."""
    d = Dialogue()
    d.apply(Edit("setup", (Put("options", "a", Option("a", "More graduates")),
                           Put("options", "b", Option("b", "Keep them")))))
    base = WorkforceBaseline(2026, (CadreBaseline("nurses", 1000.0, 100.0, 0.05, need_number=2000.0,
                                                  name="Nurses & midwives <rural>"),),
                             (Population(1_000_000.0),), horizon=2028)
    d.apply(ew.set_baseline(d, base))
    return d


def test_baseline_and_effects_are_one_undoable_edit_each() -> None:
    d = _small()
    effect = Effect("nurses", "graduates", 40.0, "absolute", low=20.0, high=60.0)
    inverse = d.apply(ew.set_option_effects(d, "a", [effect]))
    assert effects_of(d)["a"] == (effect,)
    d.apply(inverse)
    assert effects_of(d)["a"] == ()
    assert d.keys("effects") == []


def test_hand_computed_gap_closed_of_an_option() -> None:
    """+40 graduates a year from the start: 2027 stock 1,000*0.95+140 = 1,090 (baseline
    1,050); 2028: 1,090*0.95+140 = 1,175.5 (baseline 1,097.5), so 78 workers closed by 2028;
    the low (+20) and high (+60) runs close 39 and 117."""
    d = _small()
    d.apply(ew.set_option_effects(d, "a", [Effect("nurses", "graduates", 40.0, "absolute",
                                                  low=20.0, high=60.0)]))
    gaps = gaps_closed_of(d)
    assert gaps["a"].central == pytest.approx(78.0)
    assert (gaps["a"].low, gaps["a"].high) == (pytest.approx(39.0), pytest.approx(117.0))
    assert gaps["b"].central == 0.0  # no effects: closes nothing, but is scored


def test_effects_on_a_cadre_the_baseline_lacks_are_refused() -> None:
    d = _small()
    with pytest.raises(PalabreError, match="doctors"):
        ew.set_option_effects(d, "a", [Effect("doctors", "attrition", -0.2)])
    bare = Dialogue()
    bare.apply(Edit("setup", (Put("options", "x", Option("x", "X")),)))
    with pytest.raises(ValidationError, match="add a workforce baseline"):
        ew.set_option_effects(bare, "x", [Effect("nurses", "attrition", -0.2)])


def test_gap_closed_becomes_an_impact_criterion_with_its_range_for_smaa() -> None:
    """The link adds a benefit Impact criterion, weighted in every weight set, whose score is
    the central gap closed and whose low-high range is the uncertainty SMAA samples from."""
    d = example_dialogue()
    gaps = gaps_closed_of(d)
    d.apply(ew.link_gap_closed(d))
    link = link_of(d)
    assert link is not None and link.criterion == "gap_closed"
    crit = d.criteria["gap_closed"]
    assert crit.group is Group.IMPACT and crit.direction is Direction.BENEFIT
    assert crit.scale.low == 0 and crit.scale.high >= max(g.high for g in gaps.values())
    assert all("gap_closed" in ws.weights for ws in d.weight_sets.values())
    hardship = d.score("hardship_allowance", "gap_closed")
    assert hardship.value == pytest.approx(gaps["hardship_allowance"].central, abs=0.05)
    assert hardship.low == pytest.approx(gaps["hardship_allowance"].low, abs=0.05)
    assert hardship.high == pytest.approx(gaps["hardship_allowance"].high, abs=0.05)
    problem = decision_problem(d)
    j = list(problem.criteria).index(crit)
    i = list(problem.options).index("hardship_allowance")
    assert problem.low[i, j] < problem.table[i, j] < problem.high[i, j]
    # SMAA draws the gap closed within its range: without the range, the same seed gives
    # other rank acceptabilities.
    with_range = smaa_of(d, samples=2_000, seed=7).rank_acceptability
    steps = tuple(Put("scores", k, Score(v.value)) for k, v in d.scores.items() if k[1] == "gap_closed")
    d.apply(Edit("no range", steps))
    without = smaa_of(d, samples=2_000, seed=7).rank_acceptability
    assert not np.allclose(with_range, without)
    assert set(rank_dialogue(d).options) == set(d.options)


def test_linked_scores_follow_effects_and_undo_restores_both() -> None:
    d = example_dialogue()
    d.apply(ew.link_gap_closed(d))
    before = d.score("telehealth", "gap_closed")
    stronger = [Effect("nurses", "attrition", -0.4, low=-0.5, high=-0.3, area="rural")]
    inverse = d.apply(ew.set_option_effects(d, "telehealth", stronger))
    after = d.score("telehealth", "gap_closed")
    assert after.value > before.value
    assert after.value == pytest.approx(gaps_closed_of(d)["telehealth"].central, abs=0.05)
    d.apply(inverse)
    assert d.score("telehealth", "gap_closed") == before


def test_unlinking_keeps_the_scores_and_removing_the_criterion_keeps_the_target() -> None:
    d = example_dialogue()
    d.apply(ew.link_gap_closed(d))
    scores = {k: v for k, v in d.scores.items() if k[1] == "gap_closed"}
    d.apply(ew.unlink_gap_closed(d))
    assert link_of(d).criterion == "" and link_of(d).target == ("nurses", "midwives")
    assert {k: v for k, v in d.scores.items() if k[1] == "gap_closed"} == scores
    d.apply(ew.link_gap_closed(d, "gap_closed"))
    d.apply(ed.remove_criterion(d, "gap_closed"))
    assert link_of(d) == WorkforceLink("", ("nurses", "midwives"), "rural")


def test_removing_an_option_takes_its_effects_and_undo_brings_them_back() -> None:
    d = example_dialogue()
    effects = effects_of(d)["hardship_allowance"]
    inverse = d.apply(ed.remove_option(d, "hardship_allowance"))
    assert "hardship_allowance" not in d.keys("effects")
    d.apply(inverse)
    assert effects_of(d)["hardship_allowance"] == effects


def test_a_baseline_without_a_cadre_drops_the_effects_on_it_and_says_so() -> None:
    d = example_dialogue()
    base = baseline_of(d)
    no_chw = dataclasses.replace(base, cadres=tuple(c for c in base.cadres if c.cadre != "chw"))
    edit = ew.set_baseline(d, no_chw)
    assert "1 effect" in edit.description
    inverse = d.apply(edit)
    assert "task_sharing" not in d.keys("effects")
    d.apply(inverse)
    assert effects_of(d)["task_sharing"]


def test_target_choice_is_checked_against_the_baseline() -> None:
    d = example_dialogue()
    with pytest.raises(ValidationError, match="baseline does not have"):
        ew.set_gap_target(d, ("pharmacists",))
    d.apply(ew.set_gap_target(d, ("sdg",), None))
    assert gaps_closed_of(d)["hardship_allowance"].target.startswith("Doctors, nurses and midwives")


def test_example_round_trips_through_the_file(tmp_path) -> None:
    d = example_dialogue()
    d.apply(ew.link_gap_closed(d))
    path = save(d, tmp_path / "wf.palabre")
    assert load(path) == d


def test_damaged_workforce_part_names_the_field() -> None:
    data = json.loads(dumps(example_dialogue()))
    data["workforce"]["baseline"]["cadres"][1]["stock"] = -5
    with pytest.raises(FileFormatError, match=r"workforce\.baseline\.cadres\[1\]: .*stock must not be negative"):
        loads_dialogue(json.dumps(data))
    data = json.loads(dumps(example_dialogue()))
    data["workforce"]["baseline"]["cadres"][0]["attrition"] = 12
    with pytest.raises(FileFormatError, match=r"cadres\[0\].*attrition.*between 0 and 1.*write 0.12"):
        loads_dialogue(json.dumps(data))
    data = json.loads(dumps(example_dialogue()))
    data["effects"][0]["effects"][0]["flow"] = "retirment"
    with pytest.raises(FileFormatError, match=r"effects\[0\]\.effects\[0\]: .*retirement"):
        loads_dialogue(json.dumps(data))
    data = json.loads(dumps(example_dialogue()))
    data["effects"][0]["option"] = "no_such_option"
    with pytest.raises(FileFormatError, match="unknown option 'no_such_option'"):
        loads_dialogue(json.dumps(data))


def test_projection_of_the_example_matches_the_engine_run_directly() -> None:
    """The dialogue's scenarios are the engine's: the baseline run equals project(baseline)."""
    d = example_dialogue()
    scenarios, runs = projections_of(d)
    direct = project(baseline_of(d))
    assert np.allclose(runs[scenarios[0].key].stock, direct.stock)
    kinds = [s.kind.value for s in scenarios]
    assert kinds[0] == "baseline" and kinds[-1] == "all"
    assert sum(k == "option" for k in kinds) == 11  # payroll clean-up has no workforce effect


def test_renaming_an_area_carries_effects_and_target_in_one_undo_step() -> None:
    d = example_dialogue()
    d.apply(ew.link_gap_closed(d))
    before = d.snapshot()
    gap = gaps_closed_of(d)["hardship_allowance"].central
    inverse = d.apply(ew.rename_area(d, "rural", "districts"))
    base = baseline_of(d)
    assert "districts" in base.areas and "rural" not in base.areas
    assert {c.transfer_to for c in base.cadres} == {"urban", ""}
    assert all(e.area == "districts" for e in effects_of(d)["hardship_allowance"])
    assert link_of(d).area == "districts"
    assert gaps_closed_of(d)["hardship_allowance"].central == pytest.approx(gap)
    assert "districts" in d.criteria["gap_closed"].scale.unit
    with pytest.raises(ValidationError, match="already an area 'urban'"):
        ew.rename_area(d, "districts", "urban")
    d.apply(inverse)
    assert d.snapshot() == before
