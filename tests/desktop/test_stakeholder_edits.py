"""Edit builders of the map workspace (dialogue.edits_map): validated, one edit each, undone
exactly, with messages that name what is wrong."""

from __future__ import annotations

import pytest

from dialogue import edits_map
from dialogue.example import example_dialogue
from palabre.errors import ValidationError
from stakeholder_map.model import Category, TieType


def test_new_stakeholder_gets_a_fresh_id_and_its_place() -> None:
    """A new stakeholder is placed where asked; undo removes it."""
    d = example_dialogue()
    before = d.snapshot()
    inverse = d.apply(edits_map.new_stakeholder(d, "  Ministry of Local Government ", Category.OTHER_GOVERNMENT,
                                                (12.5, -40.0), power=4))
    (new,) = set(d.stakeholders) - {k for k, _ in before["stakeholders"]}
    s = d.stakeholders[new]
    assert (s.name, s.x, s.y, s.power) == ("Ministry of Local Government", 12.5, -40.0, 4)
    d.apply(inverse)
    assert d.snapshot() == before


def test_new_stakeholder_refuses_an_empty_name_or_a_bad_power() -> None:
    """Clear messages, nothing built."""
    d = example_dialogue()
    with pytest.raises(ValidationError, match="needs a name"):
        edits_map.new_stakeholder(d, "   ")
    with pytest.raises(ValidationError, match="power must be a whole number from 1 to 5"):
        edits_map.new_stakeholder(d, "X", power=7)


def test_new_tie_is_directed_for_authority_and_funding_only() -> None:
    """Net-Map: who commands or pays points to who obeys or receives."""
    d = example_dialogue()
    funding = d.apply(edits_map.new_tie(d, "mof", "dhmt", "funding"))
    assert funding.steps
    tie = next(t for t in d.ties.values() if (t.source, t.target, t.type) == ("mof", "dhmt", TieType.FUNDING))
    assert tie.directed and tie.strength == 2
    d.apply(edits_map.new_tie(d, "mof", "dhmt", TieType.INFORMATION))
    info = next(t for t in d.ties.values() if (t.source, t.target, t.type) == ("mof", "dhmt", TieType.INFORMATION))
    assert not info.directed
    with pytest.raises(ValidationError, match="unknown tie type 'gossip'"):
        edits_map.new_tie(d, "mof", "dhmt", "gossip")
    with pytest.raises(ValidationError, match="tied to itself"):
        edits_map.new_tie(d, "mof", "mof", "funding")


def test_set_positions_is_one_edit_even_for_several_options_of_one_stakeholder() -> None:
    """Two changes to the midwives and one to the union: two steps, one edit, undone together."""
    d = example_dialogue()
    before = d.snapshot()
    edit = edits_map.set_positions(d, {("midwives", "community_midwives"): 0, ("midwives", "task_sharing"): None,
                                       ("union", "community_midwives"): 1})
    assert len(edit.steps) == 2
    inverse = d.apply(edit)
    assert d.stakeholders["midwives"].stance_on("community_midwives") == 0
    assert d.stakeholders["midwives"].stance_on("task_sharing") is None
    d.apply(inverse)
    assert d.snapshot() == before
    with pytest.raises(ValidationError, match="stance must be a whole number from -2 to 2"):
        edits_map.set_positions(d, {("midwives", "community_midwives"): 3})


def test_a_layout_never_merges_with_a_drag() -> None:
    """A layout has no merge key, so it is always its own undo step."""
    d = example_dialogue()
    edit = edits_map.apply_layout(d, {"moh": (0.0, 0.0), "mof": (10.0, 0.0)}, "by power")
    assert edit.merge_key == "" and edit.description == "Layout: by power"


def test_set_power_interest_checks_the_scale() -> None:
    """Power and interest are whole numbers from 1 to 5."""
    d = example_dialogue()
    d.apply(edits_map.set_power_interest(d, "mof", 2, 5))
    assert (d.stakeholders["mof"].power, d.stakeholders["mof"].interest) == (2, 5)
    with pytest.raises(ValidationError, match="interest must be a whole number from 1 to 5"):
        edits_map.set_power_interest(d, "mof", 2, 6)
