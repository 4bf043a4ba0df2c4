"""Power-interest quadrant (Mendelow 1991) and salience (Mitchell, Agle & Wood 1997) at the
boundary between 3 (moderate) and 4 (high) on the 1 to 5 scale."""

from __future__ import annotations

import pytest

from stakeholder_map.grid import Quadrant, Salience, quadrant, salience


@pytest.mark.parametrize(
    ("power", "interest", "expected"),
    [
        (4, 4, Quadrant.MANAGE_CLOSELY), (5, 5, Quadrant.MANAGE_CLOSELY),
        (4, 3, Quadrant.KEEP_SATISFIED), (5, 1, Quadrant.KEEP_SATISFIED),
        (3, 4, Quadrant.KEEP_INFORMED), (1, 5, Quadrant.KEEP_INFORMED),
        (3, 3, Quadrant.MONITOR), (1, 1, Quadrant.MONITOR),
    ],
)
def test_quadrant_boundaries(power, interest, expected):
    assert quadrant(power, interest) is expected


@pytest.mark.parametrize(
    ("power", "legitimacy", "urgency", "expected"),
    [
        (3, False, False, Salience.NONE), (4, False, False, Salience.DORMANT),
        (3, True, False, Salience.DISCRETIONARY), (3, False, True, Salience.DEMANDING),
        (4, True, False, Salience.DOMINANT), (4, False, True, Salience.DANGEROUS),
        (3, True, True, Salience.DEPENDENT), (4, True, True, Salience.DEFINITIVE),
        (5, True, True, Salience.DEFINITIVE), (1, True, True, Salience.DEPENDENT),
    ],
)
def test_salience_classes(power, legitimacy, urgency, expected):
    """The seven classes of Mitchell, Agle & Wood plus none; power counts from 4."""
    assert salience(power, legitimacy, urgency) is expected
