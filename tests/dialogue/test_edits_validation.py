"""Invalid edits are refused with a message that names what is wrong, and change nothing.

Each case builds an edit with a builder of :mod:`dialogue.edits` (constructing the value objects it
needs) and applies it, so that a refusal by the builder, by a value object or by the document's
integrity check all count: the user sees one PalabreError either way.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import pytest

from dialogue import edits as ed
from dialogue import limits
from dialogue.model import Dialogue, Edit
from dialogue.values import Option, Score, WeightSet
from mcda.criteria import Criterion, Scale, ScaleKind
from palabre.errors import PalabreError
from stakeholder_map.model import Position, Stakeholder, Tie

Make = Callable[[Dialogue], Edit]


def _stakeholder(**changes: object) -> Stakeholder:
    base: dict[str, object] = {"id": "new_s", "name": "New stakeholder"}
    base.update(changes)
    return Stakeholder(**base)


def _one_weight_set(d: Dialogue) -> Dialogue:
    """Reduce the example to a single weight set (applying valid edits)."""
    for wid in list(d.weight_sets)[1:]:
        d.apply(ed.remove_weight_set(d, wid))
    assert len(d.weight_sets) == 1
    return d


# (case id, edit maker, fragments the message must contain)
CASES: list[tuple[str, Make, tuple[str, ...]]] = [
    # ------------------------------------------------------------ scores
    (
        "score above an anchored scale",
        lambda d: ed.set_score(d, "telehealth", "political", 6),
        ("6", "Political acceptability", "1 to 5"),
    ),
    (
        "score below an anchored scale",
        lambda d: ed.set_score(d, "telehealth", "political", 0.5),
        ("0.5", "Political acceptability"),
    ),
    (
        "score above a natural scale",
        lambda d: ed.set_score(d, "telehealth", "cost", 10.5),
        ("10.5", "Recurrent cost", "0 to 10"),
    ),
    (
        "score uncertainty outside the scale",
        lambda d: ed.set_score(d, "telehealth", "political", Score(3, low=0, high=4)),
        ("0", "Political"),
    ),
    (
        "score uncertainty not surrounding the score",
        lambda d: ed.set_score(d, "telehealth", "political", Score(3, low=4, high=5)),
        ("surround",),
    ),
    (
        "score that is not a number",
        lambda d: ed.set_score(d, "telehealth", "political", "high"),
        ("score", "'high'"),
    ),
    (
        "score that is NaN",
        lambda d: ed.set_score(d, "telehealth", "political", math.nan),
        ("score", "finite"),
    ),
    (
        "score for an unknown option",
        lambda d: ed.set_score(d, "nope", "political", 3),
        ("option", "'nope'"),
    ),
    (
        "score for an unknown criterion",
        lambda d: ed.set_score(d, "telehealth", "nope", 3),
        ("criterion", "'nope'"),
    ),
    (
        "pasted block with one bad cell",
        lambda d: ed.set_scores(
            d, {("telehealth", "political"): 4, ("telehealth", "quality"): 9}, "Paste"
        ),
        ("9", "Quality and competence"),
    ),
    (
        "new scale that excludes existing scores",
        lambda d: ed.update_criterion(
            d,
            d.criteria["cost"].replace(
                scale=Scale(ScaleKind.NATURAL, 0.0, 5.0, "US$ million per year")
            ),
        ),
        ("Recurrent cost", "0 to 5"),
    ),
    # ------------------------------------------------------------ options
    (
        "duplicate option id",
        lambda d: ed.add_option(d, Option("telehealth", "Another telehealth")),
        ("option", "'telehealth'", "already"),
    ),
    (
        "update of an unknown option",
        lambda d: ed.update_option(d, Option("nope", "Nothing")),
        ("option", "'nope'"),
    ),
    ("removal of an unknown option", lambda d: ed.remove_option(d, "nope"), ("option", "'nope'")),
    ("move of an unknown option", lambda d: ed.move_option(d, "nope", 0), ("option", "'nope'")),
    (
        "option without a name",
        lambda d: ed.add_option(d, Option("o99", "   ")),
        ("option", "'o99'", "name"),
    ),
    (
        "option of an unknown family",
        lambda d: ed.add_option(d, Option("o99", "X", "bribes")),
        ("family", "'bribes'"),
    ),
    (
        "option name longer than the limit",
        lambda d: ed.add_option(d, Option("o99", "n" * (limits.MAX_NAME_CHARS + 1))),
        ("name", f"{limits.MAX_NAME_CHARS}"),
    ),
    # ------------------------------------------------------------ criteria
    (
        "duplicate criterion id",
        lambda d: ed.add_criterion(d, Criterion("cost", "Cost again")),
        ("criterion", "'cost'", "already"),
    ),
    (
        "update of an unknown criterion",
        lambda d: ed.update_criterion(d, Criterion("nope", "Nothing")),
        ("criterion", "'nope'"),
    ),
    (
        "removal of an unknown criterion",
        lambda d: ed.remove_criterion(d, "nope"),
        ("criterion", "'nope'"),
    ),
    (
        "new criterion with a negative weight",
        lambda d: ed.add_criterion(d, Criterion("c99", "Equity"), weight=-1),
        ("'c99'", "negative"),
    ),
    (
        "new criterion with a NaN weight",
        lambda d: ed.add_criterion(d, Criterion("c99", "Equity"), weight=math.nan),
        ("'c99'", "finite"),
    ),
    # ------------------------------------------------------------ stakeholders
    (
        "duplicate stakeholder id",
        lambda d: ed.add_stakeholder(d, _stakeholder(id="moh")),
        ("stakeholder", "'moh'", "already"),
    ),
    ("power 0", lambda d: ed.add_stakeholder(d, _stakeholder(power=0)), ("power", "1 to 5", "0")),
    ("power 6", lambda d: ed.add_stakeholder(d, _stakeholder(power=6)), ("power", "1 to 5", "6")),
    (
        "power 'high'",
        lambda d: ed.add_stakeholder(d, _stakeholder(power="high")),
        ("power", "'high'"),
    ),
    ("power 2.5", lambda d: ed.add_stakeholder(d, _stakeholder(power=2.5)), ("power", "2.5")),
    (
        "interest 0",
        lambda d: ed.add_stakeholder(d, _stakeholder(interest=0)),
        ("interest", "1 to 5"),
    ),
    ("resources 9", lambda d: ed.add_stakeholder(d, _stakeholder(resources=9)), ("resources", "9")),
    (
        "unknown category",
        lambda d: ed.add_stakeholder(d, _stakeholder(category="astrologers")),
        ("category", "'astrologers'"),
    ),
    (
        "stakeholder without a name",
        lambda d: ed.add_stakeholder(d, _stakeholder(name="")),
        ("stakeholder", "'new_s'", "name"),
    ),
    (
        "power of an existing stakeholder set to 6",
        lambda d: ed.update_stakeholder(d, d.stakeholders["moh"].replace(power=6)),
        ("power", "6"),
    ),
    (
        "update of an unknown stakeholder",
        lambda d: ed.update_stakeholder(d, _stakeholder(id="nope")),
        ("stakeholder", "'nope'"),
    ),
    (
        "removal of an unknown stakeholder",
        lambda d: ed.remove_stakeholders(d, ["moh", "nope"]),
        ("stakeholder", "'nope'"),
    ),
    (
        "move of an unknown stakeholder",
        lambda d: ed.move_stakeholders(d, {"nope": (1.0, 2.0)}),
        ("stakeholder", "'nope'"),
    ),
    (
        "move to an infinite place",
        lambda d: ed.move_stakeholders(d, {"moh": (math.inf, 2.0)}),
        ("x", "finite"),
    ),
    (
        "move to a place that is not a number",
        lambda d: ed.move_stakeholders(d, {"moh": ("left", 2.0)}),
        ("moh", "'left'"),
    ),
    (
        "new stakeholder with a position on an unknown option",
        lambda d: ed.add_stakeholder(d, _stakeholder(positions={"nope": Position(1)})),
        ("position", "'nope'"),
    ),
    (
        "stance 3",
        lambda d: ed.set_position(d, "moh", "telehealth", Position(3)),
        ("stance", "-2 to 2"),
    ),
    (
        "confidence 1.5",
        lambda d: ed.set_position(d, "moh", "telehealth", Position(1, 1.5)),
        ("confidence", "1.5"),
    ),
    (
        "position of an unknown stakeholder",
        lambda d: ed.set_position(d, "nope", "telehealth", Position(1)),
        ("stakeholder", "'nope'"),
    ),
    (
        "position on an unknown option",
        lambda d: ed.set_position(d, "moh", "nope", Position(1)),
        ("option", "'nope'"),
    ),
    (
        "notes longer than the limit",
        lambda d: ed.update_stakeholder(
            d, d.stakeholders["moh"].replace(notes="n" * (limits.MAX_TEXT_CHARS + 1))
        ),
        ("notes", f"{limits.MAX_TEXT_CHARS:,}"),
    ),
    # ------------------------------------------------------------ ties
    ("tie to itself", lambda d: ed.add_tie(d, Tie("t99", "moh", "moh")), ("'t99'", "itself")),
    (
        "existing tie turned to itself",
        lambda d: ed.update_tie(d, d.ties["t1"].replace(target=d.ties["t1"].source)),
        ("'t1'", "itself"),
    ),
    (
        "duplicate tie id",
        lambda d: ed.add_tie(d, Tie("t1", "moh", "mof")),
        ("tie", "'t1'", "already"),
    ),
    (
        "tie from an unknown stakeholder",
        lambda d: ed.add_tie(d, Tie("t99", "nope", "moh")),
        ("stakeholder", "'nope'"),
    ),
    (
        "tie to an unknown stakeholder",
        lambda d: ed.add_tie(d, Tie("t99", "moh", "nope")),
        ("stakeholder", "'nope'"),
    ),
    (
        "tie moved to an unknown stakeholder",
        lambda d: ed.update_tie(d, d.ties["t1"].replace(target="nope")),
        ("'t1'", "'nope'"),
    ),
    (
        "tie strength 4",
        lambda d: ed.add_tie(d, Tie("t99", "moh", "mof", strength=4)),
        ("strength", "1 to 3"),
    ),
    (
        "tie strength 0",
        lambda d: ed.add_tie(d, Tie("t99", "moh", "mof", strength=0)),
        ("strength", "0"),
    ),
    (
        "unknown tie type",
        lambda d: ed.add_tie(d, Tie("t99", "moh", "mof", type="friendship")),
        ("type", "'friendship'"),
    ),
    (
        "update of an unknown tie",
        lambda d: ed.update_tie(d, Tie("nope", "moh", "mof")),
        ("tie", "'nope'"),
    ),
    ("removal of an unknown tie", lambda d: ed.remove_ties(d, ["t1", "nope"]), ("tie", "'nope'")),
    # ------------------------------------------------------------ weights
    ("negative weight", lambda d: ed.set_weight(d, "moh", "cost", -1), ("'cost'", "negative")),
    ("infinite weight", lambda d: ed.set_weight(d, "moh", "cost", math.inf), ("'cost'", "finite")),
    (
        "weight that is not a number",
        lambda d: ed.set_weight(d, "moh", "cost", "heavy"),
        ("'cost'", "'heavy'"),
    ),
    (
        "weight of an unknown criterion",
        lambda d: ed.set_weight(d, "moh", "nope", 1),
        ("criterion", "'nope'"),
    ),
    (
        "weight in an unknown weight set",
        lambda d: ed.set_weight(d, "nope", "cost", 1),
        ("weight set", "'nope'"),
    ),
    (
        "negative group weight",
        lambda d: ed.set_group_weight(d, "moh", "impact", -0.5),
        ("impact", "negative"),
    ),
    (
        "unknown group",
        lambda d: ed.set_group_weight(d, "moh", "politics", 1),
        ("group", "'politics'"),
    ),
    (
        "duplicate weight set id",
        lambda d: ed.add_weight_set(d, WeightSet("mof", "Finance again")),
        ("weight set", "'mof'", "already"),
    ),
    (
        "weight set weighing an unknown criterion",
        lambda d: ed.add_weight_set(d, WeightSet("w99", "New", {"nope": 1})),
        ("'nope'",),
    ),
    (
        "weight set without a name",
        lambda d: ed.add_weight_set(d, WeightSet("w99", " ")),
        ("weight set", "'w99'", "name"),
    ),
    (
        "update of an unknown weight set",
        lambda d: ed.update_weight_set(d, WeightSet("nope", "Nothing")),
        ("weight set", "'nope'"),
    ),
    (
        "removal of an unknown weight set",
        lambda d: ed.remove_weight_set(d, "nope"),
        ("weight set", "'nope'"),
    ),
    (
        "removal of the last weight set",
        lambda d: ed.remove_weight_set(d, next(iter(d.weight_sets))),
        ("at least one",),
    ),
    (
        "switch to an unknown weight set",
        lambda d: ed.set_active_weight_set(d, "nope"),
        ("weight set", "'nope'"),
    ),
    # ------------------------------------------------------------ information and brief
    (
        "unknown brief section",
        lambda d: ed.set_brief_text(d, "conclusion", "Text"),
        ("'conclusion'", "key_messages"),
    ),
    (
        "brief text longer than the limit",
        lambda d: ed.set_brief_text(d, "context", "x" * (limits.MAX_TEXT_CHARS + 1)),
        ("context", f"{limits.MAX_TEXT_CHARS:,}"),
    ),
    (
        "date in another format",
        lambda d: ed.set_info(d, date="29/11/2026"),
        ("date", "'29/11/2026'"),
    ),
    ("date with month 13", lambda d: ed.set_info(d, date="2026-13-01"), ("date", "'2026-13-01'")),
    (
        "date that does not exist",
        lambda d: ed.set_info(d, date="2026-02-30"),
        ("date", "'2026-02-30'"),
    ),
    ("unknown language", lambda d: ed.set_info(d, language="de"), ("language", "'de'", "en, fr")),
    ("empty title", lambda d: ed.set_info(d, title="  "), ("title",)),
    (
        "title longer than the limit",
        lambda d: ed.set_info(d, title="T" * (limits.MAX_NAME_CHARS + 1)),
        ("title", f"{limits.MAX_NAME_CHARS}"),
    ),
    ("unknown information field", lambda d: ed.set_info(d, colour="red"), ("'colour'",)),
]


PREPARE: dict[str, Callable[[Dialogue], object]] = {
    "removal of the last weight set": _one_weight_set,
}


@pytest.mark.parametrize(("case", "make", "fragments"), CASES, ids=[c[0] for c in CASES])
def test_invalid_edit_is_refused_and_changes_nothing(
    example: Dialogue, case: str, make: Make, fragments: tuple[str, ...]
) -> None:
    """A facilitator's invalid change is refused with a one-line message that names the thing
    (the id, field or value that is wrong), and the dialogue, its revision and its listeners see
    nothing change."""
    d = example
    if case in PREPARE:
        PREPARE[case](d)
    before, revision = d.snapshot(), d.revision
    received: list[object] = []
    d.subscribe(received.append)
    with pytest.raises(PalabreError) as info:
        d.apply(make(d))
    message = str(info.value)
    for fragment in fragments:
        assert fragment in message, f"{fragment!r} is not named in: {message}"
    assert "\n" not in message
    assert len(message) < 400, f"message too long to read: {message[:100]}..."
    assert d.snapshot() == before
    assert d.revision == revision
    assert received == []
