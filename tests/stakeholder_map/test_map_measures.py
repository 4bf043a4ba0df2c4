"""The table of measures: quadrant and salience only where the source gave their attributes."""

from __future__ import annotations

import pytest

from stakeholder_map.errors import MapError
from stakeholder_map.measures import map_table, parse_tie_types
from stakeholder_map.model import Stakeholder, Tie, TieType


def test_quadrant_and_salience_need_their_attributes():
    people = [Stakeholder("a", "A", power=5, interest=5, legitimacy=True, urgency=True),
              Stakeholder("b", "B"), Stakeholder("c", "C", power=4, interest=2)]
    ties = [Tie("1", "a", "b")]
    table = map_table(people, ties, missing={"b": {"power", "interest", "legitimacy",
                                                   "urgency"},
                                             "c": {"urgency"}})
    assert table.loc["a", "quadrant"] == "manage_closely"
    assert table.loc["a", "salience"] == "definitive"
    assert table.loc["b", "quadrant"] is None and table.loc["b", "salience"] is None
    assert table.loc["c", "quadrant"] == "keep_satisfied" and table.loc["c", "salience"] is None
    assert list(table.index) == ["a", "b", "c"]
    assert table.loc["c", "coalition"] != table.loc["a", "coalition"]


def test_parse_tie_types():
    assert parse_tie_types(None) is None
    assert parse_tie_types(" ") is None
    assert parse_tie_types("Information, collaboration,information") == [
        TieType.INFORMATION, TieType.COLLABORATION]
    with pytest.raises(MapError, match="did you mean 'funding'"):
        parse_tie_types("fundng")
