"""Edit builders of the decision workspaces (dialogue.edits_decision): each is one undo step that
restores exactly what it changed, cascades included, and bad input is refused with a message that
names the option, criterion or cell. (No Qt here; they live beside the window tests they serve.)"""

from __future__ import annotations

import pytest

from dialogue import edits_decision as ed
from dialogue.example import example_dialogue
from dialogue.model import Delete, Dialogue, Edit
from dialogue.native_file import dumps, loads_dialogue
from dialogue.values import Option, Score
from mcda.criteria import Scale, ScaleKind
from mcda.weights import global_weights
from palabre.errors import ValidationError


@pytest.fixture
def d() -> Dialogue:
    return example_dialogue()


def _round_trip(d: Dialogue, edit) -> None:
    """Apply, check it saves, undo, check nothing else moved."""
    before = d.snapshot()
    inverse = d.apply(edit)
    assert loads_dialogue(dumps(d)) == d
    d.apply(inverse)
    assert d.snapshot() == before


def test_removing_two_options_drops_their_scores_and_positions_and_undo_restores(d: Dialogue) -> None:
    """Both options go with their 20 scores and every stance on them; one undo brings all back."""
    edit = ed.remove_options(d, ["telehealth", "career_path"])
    before = d.snapshot()
    inverse = d.apply(edit)
    assert "telehealth" not in d.options and "career_path" not in d.options
    assert not [k for k in d.scores if k[0] in ("telehealth", "career_path")]
    assert all("telehealth" not in s.positions and "career_path" not in s.positions
               for s in d.stakeholders.values())
    d.apply(inverse)
    assert d.snapshot() == before
    assert list(d.options).index("telehealth") == 8


def test_bundles_group_and_rename(d: Dialogue) -> None:
    """Two options bundled, the bundle listed, renamed on both, and undone."""
    d.apply(ed.set_bundle(d, ["rural_admission", "rural_rotations"], "  Rural  pipeline "))
    # The example's own package keeps career_path; the two moved into the new bundle.
    assert ed.bundles(d) == {"First low-cost package": ["career_path"],
                             "Rural pipeline": ["rural_admission", "rural_rotations"]}
    _round_trip(d, ed.rename_bundle(d, "Rural pipeline", "Grow our own"))
    with pytest.raises(ValidationError, match="no bundle named 'Nope'"):
        ed.rename_bundle(d, "Nope", "x")


def test_adding_options_refuses_a_taken_id(d: Dialogue) -> None:
    """An id already in the dialogue is named."""
    with pytest.raises(ValidationError, match="'telehealth' already exists"):
        ed.add_options(d, [Option("telehealth", "Again")])
    _round_trip(d, ed.add_options(d, [Option("x1", "One"), Option("x2", "Two")], index=0))


def test_criteria_step_within_their_group(d: Dialogue) -> None:
    """Moving the first impact criterion up does nothing (it is first in its group); down swaps."""
    assert ed.step_criterion(d, "availability", -1).steps == ()
    d.apply(ed.step_criterion(d, "availability", +1))
    assert list(d.criteria)[5:7] == ["accessibility", "availability"]
    d.apply(ed.step_criterion(d, "sustainability", -1))
    assert list(d.criteria)[3:5] == ["sustainability", "time"]


def test_a_new_scale_that_excludes_scores_can_clear_them(d: Dialogue) -> None:
    """Narrowing cost to 0-5 would exclude three scores: counted, then cleared in one step."""
    # Participants' returned sheets also hold scores on the old scale; they are not ours to clear.
    answers = list(getattr(d, "answers", {}))
    if answers:
        d.apply(Edit("Forget the sheets", tuple(Delete("answers", p) for p in answers)))
    narrow = d.criteria["cost"].replace(scale=Scale(ScaleKind.NATURAL, 0.0, 5.0, "US$ million per year"))
    assert ed.scores_outside(d, narrow) == 3
    edit = ed.update_criterion_clearing(d, narrow)
    _round_trip(d, edit)
    d.apply(edit)
    assert d.score("hardship_allowance", "cost") is None


def test_weight_sets_copy_rename_and_new(d: Dialogue) -> None:
    """A copy has the same weights under a new id and becomes active; renaming keeps the id."""
    edit = ed.copy_weight_set(d, "mof", "Finance, revised")
    d.apply(edit)
    ws = d.active_weight_set
    assert ws.id == "finance_revised" and dict(ws.weights) == dict(d.weight_sets["mof"].weights)
    _round_trip(d, ed.rename_weight_set(d, "finance_revised", "Finance 2"))
    _round_trip(d, ed.new_weight_set(d, "Patients"))
    with pytest.raises(ValidationError, match="needs a name"):
        ed.rename_weight_set(d, "mof", "  ")


def test_global_weights_become_group_and_local_weights(d: Dialogue) -> None:
    """Weights over all criteria (from AHP, say) give back the same global weights."""
    wanted = {cid: float(k + 1) for k, cid in enumerate(d.criteria)}
    d.apply(ed.set_global_weights(d, "moh", wanted, "AHP weights"))
    ws = d.weight_sets["moh"]
    got = global_weights(d.criteria.values(), ws.weights, ws.group_weights)
    total = sum(wanted.values())
    for cid, w in wanted.items():
        assert got[cid] == pytest.approx(w / total)
    with pytest.raises(ValidationError, match="no weight given for 'Recurrent cost'"):
        ed.set_global_weights(d, "moh", {"political": 1.0})
    with pytest.raises(ValidationError, match="must not be negative"):
        ed.set_weights(d, "moh", {"cost": -1.0})


def test_uncertainty_ranges_are_checked_against_the_score_and_scale(d: Dialogue) -> None:
    """A range must include the score and lie on the scale; clearing it leaves the plain score."""
    _round_trip(d, ed.set_uncertainty(d, "telehealth", "retention", 2, 4))
    d.apply(ed.set_uncertainty(d, "telehealth", "retention", 2, 4))
    assert d.score("telehealth", "retention") == Score(3.0, 2.0, 4.0)
    d.apply(ed.set_uncertainty(d, "telehealth", "retention", None, None))
    assert d.score("telehealth", "retention") == Score(3.0)
    with pytest.raises(ValidationError, match="must include the score 3"):
        ed.set_uncertainty(d, "telehealth", "retention", 4, 5)
    with pytest.raises(ValidationError, match="high end 6 is outside the scale"):
        ed.set_uncertainty(d, "telehealth", "retention", 2, 6)


def test_a_pasted_block_is_one_step_and_keeps_ranges_that_still_fit(d: Dialogue) -> None:
    """Pasting 2 x 2 cells (decimal commas allowed, blanks unchanged) is one edit."""
    block = [["5", ""], ["4,5", "3"]]
    row = list(d.options).index("hardship_allowance")
    col = list(d.criteria).index("cost")
    edit = ed.paste_scores(d, row, col, block)
    assert edit.description == "Paste 4 scores"
    _round_trip(d, edit)
    d.apply(edit)
    assert d.score("hardship_allowance", "cost") == Score(5.0)  # 7.5-10 no longer surrounds 5
    assert d.score("staff_housing", "cost") == Score(4.5, 4.0, 7.5)
    assert d.score("staff_housing", "political").value == 3.0


def test_a_bad_cell_refuses_the_whole_paste_and_names_it(d: Dialogue) -> None:
    """One score off the scale, or a word, and nothing is pasted; the cell is named."""
    col = list(d.criteria).index("political")
    with pytest.raises(ValidationError, match=r"row 2, column 1 \('Nursing and midwifery school in the "
                       r"Northern Region' on 'Political acceptability'\): 7 is outside the scale \(1 to 5\)"):
        ed.paste_scores(d, 0, col, [["3"], ["7"]])
    with pytest.raises(ValidationError, match="'high' is not a number"):
        ed.paste_scores(d, 0, col, [["high"]])
    with pytest.raises(ValidationError, match="has 1 row and 3 columns, but from this cell"):
        ed.paste_scores(d, 0, len(d.criteria) - 1, [["1", "2", "3"]])


def test_clearing_scores_makes_them_missing(d: Dialogue) -> None:
    """Two scores cleared in one step; undo restores them."""
    _round_trip(d, ed.clear_scores(d, [("telehealth", "cost"), ("telehealth", "time")]))
