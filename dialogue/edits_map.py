"""Edit builders for the map workspace that :mod:`dialogue.edits` does not offer.

Like :mod:`dialogue.edits`, every builder checks its arguments against the dialogue, never touches
it, and returns one :class:`~dialogue.model.Edit` (so one undo step in the window).
"""

from __future__ import annotations

from collections.abc import Mapping

from dialogue.edits import move_stakeholders
from dialogue.model import Dialogue, Edit, Put, Step
from palabre.errors import PalabreError, ValidationError
from stakeholder_map.model import Category, Position, Stakeholder, Tie, TieType

# Ties that have a direction by nature (Net-Map: who commands whom, where money flows).
DIRECTED_BY_DEFAULT = frozenset({TieType.AUTHORITY, TieType.FUNDING})


def new_stakeholder(d: Dialogue, name: str, category: Category | str = Category.OTHER_GOVERNMENT,
                    place: tuple[float, float] | None = None, **attributes: object) -> Edit:
    """Add a stakeholder with a fresh id, optionally placed on the map.

    Parameters
    ----------
    d:
        The dialogue (read only).
    name:
        Display name; surrounding spaces are removed.
    category:
        A :class:`~stakeholder_map.model.Category` or its value.
    place:
        ``(x, y)`` in map units, or None to leave it unplaced.
    attributes:
        Other :class:`~stakeholder_map.model.Stakeholder` fields (power, interest, level, ...).

    Raises
    ------
    ValidationError
        If the name is empty or an attribute is invalid (the message names it).
    """
    name = name.strip()
    if not name:
        raise ValidationError("a new stakeholder needs a name")
    x, y = (None, None) if place is None else (float(place[0]), float(place[1]))
    try:
        s = Stakeholder(d.new_id("stakeholders", "s"), name, category, x=x, y=y, **attributes)  # type: ignore[arg-type]
    except PalabreError as exc:
        raise ValidationError(exc.message) from None
    except TypeError as exc:  # an unknown attribute name
        raise ValidationError(f"new stakeholder: {exc}") from None
    return Edit(f"Add {name}", (Put("stakeholders", s.id, s),))


def new_tie(d: Dialogue, source: str, target: str, tie_type: TieType | str,
            strength: int = 2, directed: bool | None = None) -> Edit:
    """Add a tie with a fresh id between two existing stakeholders.

    ``directed`` defaults to True for authority and funding ties (they run from who commands or
    pays to who obeys or receives) and False for the others.

    Raises
    ------
    ValidationError
        If a stakeholder is unknown, the two ends are the same, or the type or strength is invalid.
    """
    for end in (source, target):
        if end not in d.stakeholders:
            raise ValidationError(f"there is no stakeholder with id {end!r}")
    try:
        kind = TieType(tie_type)
        tie = Tie(d.new_id("ties", "t"), source, target, kind, strength,
                  kind in DIRECTED_BY_DEFAULT if directed is None else bool(directed))
    except ValueError:
        allowed = ", ".join(t.value for t in TieType)
        raise ValidationError(f"unknown tie type {tie_type!r} (expected one of {allowed})") from None
    except PalabreError as exc:
        raise ValidationError(exc.message) from None
    src, dst = d.stakeholders[source].name, d.stakeholders[target].name
    return Edit(f"Add {kind.value} tie {src} – {dst}", (Put("ties", tie.id, tie),))


def apply_layout(d: Dialogue, places: Mapping[str, tuple[float, float]], name: str) -> Edit:
    """Move many stakeholders as one step that never merges with a drag or another layout.

    ``name`` is shown in the Undo menu ("Layout: by category").
    """
    if not places:
        return Edit(f"Layout: {name}", ())
    moved = move_stakeholders(d, places)
    return Edit(f"Layout: {name}", moved.steps)


def set_positions(d: Dialogue, changes: Mapping[tuple[str, str], Position | int | None],
                  description: str = "Keep what-if positions") -> Edit:
    """Set many positions at once, ``{(stakeholder id, option id): position}``, as one edit.

    A position may be a :class:`~stakeholder_map.model.Position`, a bare stance -2..2, or None
    (unknown). Several changes to the same stakeholder become one step.

    Raises
    ------
    ValidationError
        Naming the unknown stakeholder or option, or the stance out of range.
    """
    updated: dict[str, Stakeholder] = {}
    for (sid, oid), new in changes.items():
        if sid not in d.stakeholders:
            raise ValidationError(f"there is no stakeholder with id {sid!r}")
        if oid not in d.options:
            raise ValidationError(f"there is no option with id {oid!r}")
        if new is not None and not isinstance(new, Position):
            try:
                new = Position(new)
            except PalabreError as exc:
                raise ValidationError(f"position of {d.stakeholders[sid].name!r}: {exc.message}") from None
        updated[sid] = updated.get(sid, d.stakeholders[sid]).with_position(oid, new)
    steps: tuple[Step, ...] = tuple(Put("stakeholders", sid, s) for sid, s in updated.items())
    return Edit(description, steps)


def set_power_interest(d: Dialogue, stakeholder_id: str, power: int, interest: int) -> Edit:
    """Set a stakeholder's power and interest together (a move on the power-interest grid).

    Raises
    ------
    ValidationError
        If the stakeholder is unknown or a value is not a whole number from 1 to 5.
    """
    if stakeholder_id not in d.stakeholders:
        raise ValidationError(f"there is no stakeholder with id {stakeholder_id!r}")
    s = d.stakeholders[stakeholder_id]
    try:
        new = s.replace(power=power, interest=interest)
    except PalabreError as exc:
        raise ValidationError(exc.message) from None
    return Edit(f"Move {s.name} on the grid", (Put("stakeholders", s.id, new),))
