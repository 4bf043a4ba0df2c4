"""Political feasibility of the dialogue's options, from the stakeholder map.

This is the bridge between the map and the decision (``stakeholder_map`` and ``mcda`` never
import each other): for each option, the power-weighted support and opposition of the
stakeholders (the data of a PolicyMaker position map, Reich & Cooper 1996) and a political
feasibility index in **[-1, 1]**:

    index = (support - opposition) / total_power
    support    = sum over supporters of power * confidence * stance / 2
    opposition = sum over opponents  of power * confidence * |stance| / 2
    total_power = sum of the power of every stakeholder in the map

A stance of -2..+2 is halved so that a strong position counts fully; a missing confidence counts
as 1; a stakeholder with no known position adds nothing for or against but its power stays in the
total, so unassessed power pulls the index towards 0. The index maps onto a criterion scale with
:func:`acceptability_score` (``low + (high - low) * (index + 1) / 2``) to feed the "Political
acceptability" criterion. Reasoning and limits: docs/design/political-feasibility.md.
"""

from __future__ import annotations

from collections.abc import Mapping

from dialogue.model import Dialogue
from palabre.errors import ValidationError
from stakeholder_map.errors import MapError
from stakeholder_map.feasibility import (
    OptionFeasibility,
    PositionChange,
    option_feasibility,
    with_positions,
)

__all__ = [
    "OptionFeasibility",
    "acceptability_score",
    "political_feasibility",
    "what_if",
    "what_if_index",
]


def political_feasibility(d: Dialogue) -> dict[str, OptionFeasibility]:
    """Support, opposition, index and position map of every option, in the dialogue's order.

    Returns
    -------
    dict
        Option id to :class:`~stakeholder_map.feasibility.OptionFeasibility` (``support``,
        ``opposition``, ``index`` in [-1, 1], ``supporters``, ``opponents``, ``neutral``,
        ``unknown``, ``known_power``, ``coverage``).
    """
    stakeholders = list(d.stakeholders.values())
    return {oid: option_feasibility(stakeholders, oid) for oid in d.options}


def what_if(
    d: Dialogue, changes: Mapping[tuple[str, str], PositionChange]
) -> dict[str, OptionFeasibility]:
    """Feasibility of every option if some positions were different; the dialogue is untouched.

    Parameters
    ----------
    d:
        The dialogue (read only).
    changes:
        ``{(stakeholder id, option id): new position}``, where a new position is a
        :class:`~stakeholder_map.model.Position`, a bare stance -2..2, or None for unknown.

    Returns
    -------
    dict
        Option id to the new :class:`~stakeholder_map.feasibility.OptionFeasibility`.

    Raises
    ------
    ValidationError
        If a stakeholder or option id is unknown or a stance out of range.
    """
    for sid, oid in changes:
        if sid not in d.stakeholders:
            raise ValidationError(f"what-if: there is no stakeholder with id {sid!r}")
        if oid not in d.options:
            raise ValidationError(f"what-if: there is no option with id {oid!r}")
    try:
        changed = with_positions(d.stakeholders.values(), changes)
    except MapError as exc:  # a bad stance: same message, as the document's error type
        raise ValidationError(f"what-if: {exc}") from None
    return {oid: option_feasibility(changed, oid) for oid in d.options}


def what_if_index(
    d: Dialogue, changes: Mapping[tuple[str, str], PositionChange]
) -> dict[str, float]:
    """Only the new index of each option under :func:`what_if`."""
    return {oid: f.index for oid, f in what_if(d, changes).items()}


def acceptability_score(index: float, low: float = 1.0, high: float = 5.0) -> float:
    """The index (-1 to 1) placed linearly on a criterion's scale, ``low`` to ``high``.

    Examples
    --------
    >>> acceptability_score(-1.0), acceptability_score(0.0), acceptability_score(0.5)
    (1.0, 3.0, 4.0)
    """
    if not -1.0 <= index <= 1.0:
        raise ValidationError(f"a feasibility index lies between -1 and 1, got {index!r}")
    return low + (high - low) * (index + 1.0) / 2.0
