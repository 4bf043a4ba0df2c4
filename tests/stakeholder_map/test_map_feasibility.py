"""Power-weighted support and opposition and the feasibility index, on hand-computed cases."""

from __future__ import annotations

import pytest

from stakeholder_map.errors import MapError
from stakeholder_map.feasibility import option_feasibility, with_positions
from stakeholder_map.model import Position, Stakeholder


def _s(sid, power, stance=None, confidence=None, option="o"):
    positions = {} if stance is None else {option: Position(stance, confidence)}
    return Stakeholder(sid, sid.upper(), power=power, positions=positions)


def test_unanimous_strong_support_and_opposition_are_the_bounds():
    assert option_feasibility([_s("a", 5, 2), _s("b", 1, 2)], "o").index == 1.0
    assert option_feasibility([_s("a", 5, -2), _s("b", 1, -2)], "o").index == -1.0


def test_hand_computed_case():
    """Power 5 strongly supports, power 3 opposes (confidence 0.5), power 2 neutral, power 4
    unknown. support = 5*2/2 = 5; opposition = 3*0.5*1/2 = 0.75; total power 14;
    index = (5 - 0.75) / 14 = 0.30357; known power 10 of 14."""
    people = [_s("a", 5, 2), _s("b", 3, -1, 0.5), _s("c", 2, 0), _s("d", 4)]
    f = option_feasibility(people, "o")
    assert f.support == pytest.approx(5.0)
    assert f.opposition == pytest.approx(0.75)
    assert f.index == pytest.approx(4.25 / 14)
    assert f.total_power == 14 and f.known_power == 10
    assert f.coverage == pytest.approx(10 / 14)
    assert f.acceptability == pytest.approx((4.25 / 14 + 1) / 2)
    assert [s.id for s in f.supporters] == ["a"]
    assert [s.id for s in f.opponents] == ["b"]
    assert [s.id for s in f.neutral] == ["c"]
    assert [s.id for s in f.unknown] == ["d"]
    assert f.opponents[0].contribution == pytest.approx(-0.75)


def test_unknown_power_pulls_towards_zero():
    """The same supporter with a powerful stakeholder unassessed: the index halves."""
    alone = option_feasibility([_s("a", 5, 2)], "o").index
    with_unknown = option_feasibility([_s("a", 5, 2), _s("b", 5)], "o").index
    assert alone == 1.0 and with_unknown == pytest.approx(0.5)


def test_supporters_ordered_by_weight():
    people = [_s("weak", 1, 2), _s("strong", 5, 1), _s("mid", 3, 2)]
    f = option_feasibility(people, "o")
    # contributions: weak 1, strong 2.5, mid 3
    assert [s.id for s in f.supporters] == ["mid", "strong", "weak"]


def test_nobody_gives_a_neutral_index():
    f = option_feasibility([], "o")
    assert f.index == 0.0 and f.coverage == 0.0


def test_with_positions_leaves_the_originals():
    people = [_s("a", 5, 2), _s("b", 3)]
    changed = with_positions(people, {("a", "o"): -2, ("b", "o"): Position(1, 0.5)})
    assert people[0].stance_on("o") == 2 and people[1].stance_on("o") is None
    assert changed[0].stance_on("o") == -2 and changed[1].positions["o"].confidence == 0.5
    cleared = with_positions(people, {("a", "o"): None})
    assert cleared[0].stance_on("o") is None


def test_with_positions_refuses_bad_changes():
    with pytest.raises(MapError, match="no stakeholder with id 'zz'"):
        with_positions([_s("a", 5)], {("zz", "o"): 1})
    with pytest.raises(MapError, match="stance must be a whole number from -2 to 2"):
        with_positions([_s("a", 5)], {("a", "o"): 3})
