"""Participants and their answers in the document (issue 8): value objects, integrity rules, the
edit builders (one undo step each, removal takes the answers along, a re-merge replaces), and the
file (round trip, clear messages for bad fields)."""

from __future__ import annotations

import json

import pytest

from dialogue import edits as ed
from dialogue import edits_participants as ep
from dialogue.model import Dialogue, Put
from dialogue.native_file import dumps, loads_dialogue
from dialogue.participants import (
    Answers,
    Participant,
    Parts,
    Weighting,
    group_of,
    participant_weights,
    speaks_for,
    status_of,
)
from palabre.errors import FileFormatError, PalabreError, ValidationError


def test_the_example_has_participants_from_different_groups(example: Dialogue) -> None:
    """At least three participants, from different stakeholder groups, one anonymous; five have
    answered, one has not."""
    groups = {group_of(example, p) for p in example.participants.values()}
    assert len(example.participants) >= 3 and len(groups) >= 3
    assert any(p.anonymous for p in example.participants.values())
    assert set(example.answers) == {"p1", "p2", "p3", "p4", "p5"}
    assert speaks_for(example, example.participants["p1"]) == "Ministry of Finance – Budget Directorate"
    assert not status_of(example, "p6").answered


def test_participant_values_are_checked() -> None:
    """A name or code, a known group, known parts and weighting, a hexadecimal key."""
    with pytest.raises(ValidationError, match="needs a name or a code"):
        Participant("p1", " ")
    with pytest.raises(ValidationError, match="unknown stakeholder group 'aliens'"):
        Participant("p1", "A", category="aliens")
    with pytest.raises(ValidationError, match="parts must be one of weights, scores, both"):
        Participant("p1", "A", parts="everything")
    with pytest.raises(ValidationError, match="key must be"):
        Participant("p1", "A", key="not-hex")
    p = Participant("p1", "A", parts="scores", weighting="ahp")
    assert p.parts is Parts.SCORES and p.weighting is Weighting.AHP and len(p.key) == 16
    assert Participant("p2", "B").key != p.key


def test_answers_values_are_checked() -> None:
    """Scores finite, points not negative, judgements on Saaty's scale, no pair judged twice."""
    with pytest.raises(ValidationError, match="finite number"):
        Answers("p1", scores={("o", "c"): float("nan")})
    with pytest.raises(ValidationError, match="must not be negative"):
        Answers("p1", points={"c": -1})
    with pytest.raises(ValidationError, match="judgements run from 1/9 to 9"):
        Answers("p1", judgements={("a", "b"): 10})
    with pytest.raises(ValidationError, match="judged twice"):
        Answers("p1", judgements={("a", "b"): 3, ("b", "a"): 1 / 3})
    with pytest.raises(ValidationError, match="compared with itself"):
        Answers("p1", judgements={("a", "a"): 1})
    with pytest.raises(ValidationError, match="unknown group"):
        Answers("p1", group_points={"equity": 5})


def test_answers_must_belong_to_a_participant_and_lie_within_the_scale(example: Dialogue) -> None:
    """The document refuses answers of an unknown participant and scores outside a criterion's
    scale, naming who and where; nothing changes."""
    before = example.snapshot()
    with pytest.raises(ValidationError, match="unknown participant 'p9'"):
        example.apply(_put_answers(Answers("p9", scores={("telehealth", "political"): 3})))
    with pytest.raises(ValidationError, match="'Joseph Banda' scored option 'telehealth' 7 on "
                                              "'Political acceptability'; the scale runs from 1 to 5"):
        example.apply(_put_answers(Answers("p3", scores={("telehealth", "political"): 7})))
    assert example.snapshot() == before


def _put_answers(a: Answers):
    from dialogue.model import Edit

    return Edit("answers", (Put("answers", a.participant, a),))


def test_a_narrower_scale_is_refused_while_answers_lie_outside(example: Dialogue) -> None:
    """As for scores: a criterion's new scale must hold the answers already given."""
    from mcda.criteria import Scale, ScaleKind

    narrow = example.criteria["cost"].replace(scale=Scale(ScaleKind.NATURAL, 0.0, 9.0, "US$ million"))
    with pytest.raises(PalabreError):
        example.apply(ed.update_criterion(example, narrow))


def test_removing_an_option_or_stakeholder_keeps_the_answers_aside(example: Dialogue) -> None:
    """Answers on a removed option are kept (undo brings them back into use) and ignored;
    a participant whose stakeholder is removed keeps speaking for that stakeholder's group."""
    example.apply(ed.remove_option(example, "telehealth"))
    assert ("telehealth", "quality") in example.answers["p1"].scores
    assert status_of(example, "p1").scores_given == 110
    example.apply(ed.remove_stakeholders(example, ["dhmt"]))
    assert example.participants["p4"].stakeholder == ""
    assert group_of(example, example.participants["p4"]) == "public_employer"


def test_add_edit_remove_participants_each_one_undo_step(example: Dialogue) -> None:
    """Adding, editing and removing are one edit each; removing takes the answers along; undoing
    the three gives back the dialogue as it was."""
    before = example.snapshot()
    add = ep.add_participant(example, Participant("p7", "CHW-11", True, "chw", role="Community health worker"))
    assert add.description == "Add participant CHW-11"
    undo_add = example.apply(add)
    undo_update = example.apply(ep.update_participant(example, example.participants["p7"].replace(parts="scores")))
    assert example.participants["p7"].parts is Parts.SCORES
    removal = ep.remove_participants(example, ["p3"])
    assert [(type(s).__name__, s.collection) for s in removal.steps] == [
        ("Delete", "answers"), ("Delete", "participants")]
    undo_remove = example.apply(removal)
    assert "p3" not in example.answers and "p3" not in example.participants
    for undo in (undo_remove, undo_update, undo_add):
        example.apply(undo)
    assert example.snapshot() == before
    assert example.answers["p3"].group_judgement == pytest.approx(1 / 3)


def test_builders_refuse_what_would_break_the_sheets(example: Dialogue) -> None:
    """A duplicate id, an unknown stakeholder, a changed key, an unknown participant."""
    with pytest.raises(ValidationError, match="already exists"):
        ep.add_participant(example, Participant("p1", "Someone"))
    with pytest.raises(ValidationError, match="unknown stakeholder 'nobody'"):
        ep.add_participant(example, Participant("p9", "Someone", stakeholder="nobody"))
    with pytest.raises(ValidationError, match="key of their sheets cannot be changed"):
        ep.update_participant(example, example.participants["p1"].replace(key="0" * 16))
    with pytest.raises(ValidationError, match="no participant with id 'p9'"):
        ep.remove_participants(example, ["p9"])
    with pytest.raises(ValidationError, match="has not answered"):
        ep.clear_answers(example, "p6")


def test_merging_twice_replaces(example: Dialogue) -> None:
    """Merging a participant's answers again replaces them: one set per participant, always."""
    new = Answers("p1", scores={("telehealth", "political"): 1.0}, source="again.xlsx")
    edit = ep.merge_answers(example, [new])
    assert edit.description == "Merge 1 returned sheet" and len(edit.steps) == 1
    example.apply(edit)
    example.apply(ep.merge_answers(example, [new]))
    assert len(example.answers) == 5 and dict(example.answers["p1"].scores) == {("telehealth", "political"): 1.0}
    with pytest.raises(ValidationError, match="two sets of answers"):
        ep.merge_answers(example, [new, new])


def test_perspectives_and_combined_scores_are_one_edit_each(example: Dialogue) -> None:
    """Making perspectives adds one weight set per group (four groups answered), and making
    them again updates the same ones; using the combined scores is one undoable edit."""
    edit = ep.perspectives_from_groups(example)
    assert edit.description == "Make perspectives from 4 groups"
    example.apply(edit)
    count = len(example.weight_sets)
    assert count == 8
    example.apply(ep.perspectives_from_groups(example))
    assert len(example.weight_sets) == count
    before = example.snapshot()
    undo = example.apply(ep.use_combined_scores(example, "mean"))
    assert example.score("hardship_allowance", "retention").value == pytest.approx(4.2)
    example.apply(undo)
    assert example.snapshot() == before


def test_participant_weights_from_points_and_judgements(example: Dialogue) -> None:
    """The budget officer's points (70/30; cost 40 of 100) and RN-03's judgements (flagged)."""
    w = participant_weights(example, "p1")
    assert dict(w.groups) == pytest.approx({"feasibility": 0.7, "impact": 0.3})
    assert w.local["feasibility"]["cost"] == pytest.approx(0.4)
    assert participant_weights(example, "p5").inconsistent == ("feasibility",)
    assert status_of(example, "p5").inconsistent == ("feasibility",)
    assert participant_weights(example, "p6") is None


def test_participants_survive_the_file(example: Dialogue) -> None:
    """Saved and loaded, the dialogue with participants and answers is unchanged."""
    assert loads_dialogue(dumps(example)) == example


def _file_with(example: Dialogue, **changes: object) -> str:
    data = json.loads(dumps(example))
    for path, value in changes.items():
        kind, index, field = path.split("__")
        data[kind][int(index)][field] = value
    return json.dumps(data)


@pytest.mark.parametrize(("path", "value", "fragment"), [
    ("participants__0__category", "aliens", "participants[0]: participant 'Aïcha Traoré': unknown stakeholder group"),
    ("participants__1__key", "xyz", "participants[1]: participant 'Daniel Mwale': key must be"),
    ("participants__2__anonymous", "no", "participants[2].anonymous: expected true or false"),
    ("answers__0__participant", "p99", "answers refer to unknown participant 'p99'"),
    ("answers__0__group_judgement", 12, "judgements run from 1/9 to 9"),
    ("answers__1__scores", [{"option": "telehealth", "criterion": "cost", "value": "high"}],
     "answers[1].scores[0].value: expected a number"),
    ("answers__1__points", {"cost": -4}, "must not be negative"),
])
def test_bad_participant_fields_are_named(example: Dialogue, path: str, value: object, fragment: str) -> None:
    """Each bad field of a participant or answers in a file gives a message naming it."""
    with pytest.raises(FileFormatError) as info:
        loads_dialogue(_file_with(example, **{path: value}), "bad.palabre")
    assert any(fragment in p for p in info.value.problems), info.value.problems


def test_duplicate_participant_ids_in_a_file(example: Dialogue) -> None:
    data = json.loads(dumps(example))
    data["participants"].append(dict(data["participants"][0]))
    with pytest.raises(FileFormatError, match=r"participants\[6\]\.id: 'p1' is used twice"):
        loads_dialogue(json.dumps(data))
