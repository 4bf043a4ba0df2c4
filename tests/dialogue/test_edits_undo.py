"""Undo is structural: applying an edit's inverse gives back exactly the dialogue before it.

Every builder of :mod:`dialogue.edits` is exercised with a valid change of the example dialogue;
removals carry their cascade (ties of a stakeholder, scores and positions of an option, scores and
weights of a criterion) and one undo restores all of it, in the original order.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable

import pytest

from dialogue import edits as ed
from dialogue.model import Dialogue, Edit
from dialogue.values import Family, Option, Score, WeightSet
from mcda.criteria import Criterion, Direction, Group, Scale, ScaleKind
from palabre.errors import PalabreError
from stakeholder_map.model import Category, Position, Stakeholder, Tie, TieType

Make = Callable[[Dialogue], Edit]

VALID: dict[str, Make] = {
    "set_info": lambda d: ed.set_info(
        d, title="Rural retention, second round", date="2027-01-15", language="fr"
    ),
    "set_brief_text (new section)": lambda d: ed.set_brief_text(d, "key_messages", "Act now."),
    "set_brief_text (cleared)": lambda d: ed.set_brief_text(d, "context", ""),
    "add_stakeholder": lambda d: ed.add_stakeholder(
        d,
        Stakeholder(
            "nurses_assoc",
            "Nurses' Association",
            Category.PROFESSIONAL_ASSOCIATION,
            power=2,
            interest=4,
            positions={"telehealth": Position(1)},
        ),
    ),
    "add_stakeholder (at a place)": lambda d: ed.add_stakeholder(
        d, Stakeholder("first", "Placed first"), index=0
    ),
    "update_stakeholder": lambda d: ed.update_stakeholder(
        d, d.stakeholders["mof"].replace(power=4, notes="Softer after the budget review."), "power"
    ),
    "remove_stakeholders": lambda d: ed.remove_stakeholders(d, ["moh", "union"]),
    "move_stakeholders": lambda d: ed.move_stakeholders(d, {"moh": (1.5, -2.0), "who": (3, 4)}),
    "set_position": lambda d: ed.set_position(d, "parliament", "telehealth", Position(-1, 0.4)),
    "set_position (cleared)": lambda d: ed.set_position(d, "moh", "telehealth", None),
    "add_tie": lambda d: ed.add_tie(d, Tie("t99", "who", "union", TieType.INFORMATION, 1)),
    "update_tie": lambda d: ed.update_tie(d, d.ties["t1"].replace(strength=1, notes="Weaker.")),
    "remove_ties": lambda d: ed.remove_ties(d, ["t3", "t1"]),
    "add_option": lambda d: ed.add_option(d, Option("mentoring", "Mentoring", Family.SUPPORT)),
    "add_option (at a place)": lambda d: ed.add_option(d, Option("o0", "First option"), index=0),
    "update_option": lambda d: ed.update_option(
        d, d.options["telehealth"].replace(name="Telehealth for all districts")
    ),
    "remove_option": lambda d: ed.remove_option(d, "telehealth"),
    "move_option": lambda d: ed.move_option(d, "payroll_cleanup", 0),
    "add_criterion": lambda d: ed.add_criterion(
        d, Criterion("equity", "Equity", Group.IMPACT, Direction.BENEFIT), weight=2.0
    ),
    "update_criterion": lambda d: ed.update_criterion(
        d, d.criteria["cost"].replace(scale=Scale(ScaleKind.NATURAL, 0.0, 20.0, "US$ million"))
    ),
    "remove_criterion": lambda d: ed.remove_criterion(d, "political"),
    "set_score": lambda d: ed.set_score(d, "telehealth", "political", Score(2.0, 1.0, 3.0)),
    "set_score (cleared)": lambda d: ed.set_score(d, "telehealth", "political", None),
    "set_scores": lambda d: ed.set_scores(
        d,
        {
            ("telehealth", "political"): 1,
            ("career_path", "cost"): 2.5,
            ("north_school", "time"): None,
        },
        "Paste",
    ),
    "set_weight": lambda d: ed.set_weight(d, "mof", "cost", 9),
    "set_group_weight": lambda d: ed.set_group_weight(d, "union", "impact", 80),
    "add_weight_set": lambda d: ed.add_weight_set(d, WeightSet("chw", "Community", {"cost": 1})),
    "add_weight_set (activated)": lambda d: ed.add_weight_set(
        d, WeightSet("chw", "Community", {"cost": 1}), activate=True
    ),
    "update_weight_set": lambda d: ed.update_weight_set(
        d, d.weight_sets["mof"].replace(name="Finance", weights={"cost": 1.0})
    ),
    "remove_weight_set (active)": lambda d: ed.remove_weight_set(d, "moh"),
    "remove_weight_set": lambda d: ed.remove_weight_set(d, "union"),
    "set_active_weight_set": lambda d: ed.set_active_weight_set(d, "union"),
}


def test_every_builder_is_exercised() -> None:
    """Each public edit builder appears in the table above, so a new builder cannot escape the
    undo test."""
    builders = {
        name
        for name, fn in inspect.getmembers(ed, inspect.isfunction)
        if fn.__module__ == ed.__name__ and not name.startswith("_")
    }
    covered = {case.split(" ")[0] for case in VALID}
    assert builders - covered == set()


@pytest.mark.parametrize("make", VALID.values(), ids=list(VALID))
def test_undo_gives_back_the_dialogue_and_redo_the_change(example: Dialogue, make: Make) -> None:
    """Apply an edit, apply its inverse: the dialogue equals the one before (content and order).
    Apply the inverse's inverse (redo): the dialogue equals the edited one."""
    d = example
    before = d.snapshot()
    undo = d.apply(make(d))
    after = d.snapshot()
    assert after != before, "the edit changed nothing"
    redo = d.apply(undo)
    assert d.snapshot() == before
    d.apply(redo)
    assert d.snapshot() == after


def test_removing_stakeholders_removes_their_ties_and_undo_restores_them_in_order(
    example: Dialogue,
) -> None:
    """Removing the Ministry of Health removes every tie that starts or ends there; one undo
    brings back the stakeholder at its place and the ties in their original order."""
    d = example
    stakeholders, ties = list(d.stakeholders), list(d.ties)
    touching = [t.id for t in d.ties_of("moh")]
    assert len(touching) >= 10
    undo = d.apply(ed.remove_stakeholders(d, ["moh"]))
    assert "moh" not in d.stakeholders
    assert d.ties_of("moh") == []
    assert not set(touching) & set(d.ties)
    assert len(d.ties) == len(ties) - len(touching)
    d.apply(undo)
    assert list(d.stakeholders) == stakeholders
    assert list(d.ties) == ties


def test_removing_an_option_removes_its_scores_and_positions_and_undo_restores_them(
    example: Dialogue,
) -> None:
    """Removing an option removes its ten scores and every stakeholder's position on it; undo
    restores the option at its place, the scores in their order and the positions."""
    d = example
    before = d.snapshot()
    scores = list(d.scores)
    positions = {sid: list(s.positions) for sid, s in d.stakeholders.items()}
    undo = d.apply(ed.remove_option(d, "hardship_allowance"))
    assert not [k for k in d.scores if k[0] == "hardship_allowance"]
    assert len(d.scores) == len(scores) - len(d.criteria)
    assert all("hardship_allowance" not in s.positions for s in d.stakeholders.values())
    d.apply(undo)
    assert list(d.scores) == scores
    assert {sid: list(s.positions) for sid, s in d.stakeholders.items()} == positions
    assert d.snapshot() == before


def test_removing_a_criterion_removes_its_scores_and_weights_and_undo_restores_them(
    example: Dialogue,
) -> None:
    """Removing a criterion removes its score for every option and its weight in every weight
    set; undo restores both, with the weights in their original order."""
    d = example
    before = d.snapshot()
    undo = d.apply(ed.remove_criterion(d, "capacity"))
    assert not [k for k in d.scores if k[1] == "capacity"]
    assert all("capacity" not in ws.weights for ws in d.weight_sets.values())
    d.apply(undo)
    assert d.snapshot() == before
    assert all(list(ws.weights)[2] == "capacity" for ws in d.weight_sets.values())


def test_removing_the_active_weight_set_hands_over_and_undo_gives_it_back(
    example: Dialogue,
) -> None:
    """The active perspective can be removed: another becomes active, and undo makes the removed
    one active again."""
    d = example
    assert d.active_weight_set.id == "moh"
    undo = d.apply(ed.remove_weight_set(d, "moh"))
    assert d.active_weight_set.id != "moh"
    d.apply(undo)
    assert d.active_weight_set.id == "moh"
    assert next(iter(d.weight_sets)) == "moh"


def test_moving_an_option_changes_only_the_order(example: Dialogue) -> None:
    """Moving an option to the top keeps every option and score; undo restores the order."""
    d = example
    order = list(d.options)
    undo = d.apply(ed.move_option(d, order[-1], 0))
    assert list(d.options) == [order[-1], *order[:-1]]
    d.apply(undo)
    assert list(d.options) == order


def test_a_long_history_undoes_in_reverse(example: Dialogue) -> None:
    """Many different edits, then all their inverses in reverse order, give back the example."""
    d = example
    before = d.snapshot()
    undos = []
    for make in VALID.values():
        try:  # later edits may name what earlier ones removed; those are skipped
            undos.append(d.apply(make(d)))
        except (PalabreError, KeyError):
            continue
    assert len(undos) >= 20
    for undo in reversed(undos):
        d.apply(undo)
    assert d.snapshot() == before
