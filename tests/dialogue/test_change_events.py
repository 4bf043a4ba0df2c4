"""The document announces each applied edit once, naming the collections and keys it touched, so
that views can update exactly what changed (ARCHITECTURE.md, "How an edit flows", step 4)."""

from __future__ import annotations

import pytest

from dialogue import edits as ed
from dialogue.model import Change, Dialogue
from dialogue.values import Option
from palabre.errors import PalabreError
from stakeholder_map.model import Position, Tie


@pytest.fixture
def recorded(example: Dialogue) -> tuple[Dialogue, list[Change]]:
    """The example dialogue with a listener that records every change."""
    changes: list[Change] = []
    example.subscribe(changes.append)
    return example, changes


def test_one_change_per_edit_naming_keys(recorded: tuple[Dialogue, list[Change]]) -> None:
    """A score edit announces one change: the edit itself, the scores collection, the cell."""
    d, changes = recorded
    edit = ed.set_score(d, "telehealth", "political", 2)
    d.apply(edit)
    assert len(changes) == 1
    assert changes[0].edit is edit
    assert changes[0].collections == {"scores"}
    assert changes[0].keys == {"scores": {("telehealth", "political")}}


def test_cascade_names_every_touched_key(recorded: tuple[Dialogue, list[Change]]) -> None:
    """Removing an option announces, in one change, the option, each of its scores, every
    stakeholder whose position on it was dropped, and its workforce effects."""
    d, changes = recorded
    holders = {sid for sid, s in d.stakeholders.items() if "telehealth" in s.positions}
    d.apply(ed.remove_option(d, "telehealth"))
    (change,) = changes
    assert change.collections == {"options", "scores", "stakeholders", "effects"}
    assert change.keys["options"] == {"telehealth"}
    assert change.keys["effects"] == {"telehealth"}
    assert change.keys["scores"] == {("telehealth", cid) for cid in d.criteria}
    assert change.keys["stakeholders"] == holders


def test_removing_a_stakeholder_names_its_ties(recorded: tuple[Dialogue, list[Change]]) -> None:
    """Removing a stakeholder announces the stakeholder, each tie that went with it, and the
    participants who spoke for it (they keep its group)."""
    d, changes = recorded
    ties = {t.id for t in d.ties_of("union")}
    speakers = {p.id for p in d.participants.values() if p.stakeholder == "union"}
    d.apply(ed.remove_stakeholders(d, ["union"]))
    expected = {"stakeholders": {"union"}, "ties": ties}
    if speakers:
        expected["participants"] = speakers
    assert changes[0].keys == expected


def test_undo_is_announced_like_any_edit(recorded: tuple[Dialogue, list[Change]]) -> None:
    """Undoing announces the same collections and keys again, so views refresh back."""
    d, changes = recorded
    undo = d.apply(ed.add_tie(d, Tie("t99", "who", "union")))
    d.apply(undo)
    assert [c.keys for c in changes] == [{"ties": {"t99"}}, {"ties": {"t99"}}]


def test_invalid_edit_announces_nothing(recorded: tuple[Dialogue, list[Change]]) -> None:
    """A refused edit (here refused by the integrity check, after its steps were tried) neither
    announces anything nor moves the revision."""
    d, changes = recorded
    revision = d.revision
    with pytest.raises(PalabreError):
        d.apply(ed.update_tie(d, d.ties["t1"].replace(target="nobody")))
    with pytest.raises(PalabreError):
        d.apply(ed.set_position(d, "moh", "nope", Position(1)))
    assert changes == []
    assert d.revision == revision


def test_revision_counts_applied_edits(recorded: tuple[Dialogue, list[Change]]) -> None:
    """The revision moves by one per applied edit (undo included), never for a refused one."""
    d, changes = recorded
    assert d.revision == 0
    undo = d.apply(ed.add_option(d, Option("o99", "New")))
    assert d.revision == 1
    d.apply(ed.set_weight(d, "moh", "cost", 3))
    assert d.revision == 2
    d.apply(undo)
    assert d.revision == 3
    with pytest.raises(PalabreError):
        d.apply(ed.set_weight(d, "moh", "cost", -3))
    assert d.revision == 3
    assert len(changes) == 3


def test_listener_sees_the_new_state(recorded: tuple[Dialogue, list[Change]]) -> None:
    """When a listener is called the edit is already in place (views read the new values)."""
    d, _ = recorded
    seen = []
    d.subscribe(lambda change: seen.append(d.score("telehealth", "political").value))
    d.apply(ed.set_score(d, "telehealth", "political", 1))
    assert seen == [1.0]


def test_unsubscribed_listener_hears_nothing(recorded: tuple[Dialogue, list[Change]]) -> None:
    """After unsubscribe() a listener is no longer called."""
    d, changes = recorded
    d.unsubscribe(changes.append)
    d.apply(ed.set_score(d, "telehealth", "political", 1))
    assert changes == []
