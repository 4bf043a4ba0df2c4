"""Who supports and who opposes an option, weighted by power, and a political feasibility index.

The position map follows PolicyMaker (Reich & Cooper 1996; Reich 2002): each stakeholder is placed
by its position on the option and by its power, and a policy is politically feasible when the
power behind it outweighs the power against it. The index condenses that map into one number:

    contribution_i = power_i * confidence_i * stance_i / 2
    support        = sum of the contributions of stakeholders with stance > 0
    opposition     = - sum of the contributions of stakeholders with stance < 0
    index          = (support - opposition) / total_power,      total_power = sum of power_i

over *every* stakeholder in the map, so the index lies in **[-1, 1]**: +1 when every stakeholder
strongly supports with full confidence, -1 when every one strongly opposes, 0 when the power for
and against balances (or nobody has a position).

- **Power** is the 1 to 5 rating (Schmeer 1999), used as a weight as in PolicyMaker's position map.
- **Stance** -2..+2 is halved, so that a strong position counts fully and a plain one half.
- **Confidence** (0 to 1, how sure the facilitator is of the stance) shrinks the stance towards
  neutral: an uncertain supporter adds less support. A stance without confidence counts as sure.
- **Unknown positions** add nothing to support or opposition but their power stays in
  ``total_power``: power whose position nobody has assessed keeps the index towards 0 rather
  than being ignored. ``known_power`` says how much of the power has a position, so a reader can
  tell "balanced" from "unassessed".

See docs/design/political-feasibility.md for the reasoning and its limits.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from stakeholder_map.errors import MapError
from stakeholder_map.model import Position, Stakeholder


@dataclass(frozen=True)
class Stand:
    """One stakeholder's place on one option's position map."""

    id: str
    name: str
    power: int
    stance: int | None
    confidence: float | None
    contribution: float
    """``power * confidence * stance / 2``: positive for support, negative for opposition."""


@dataclass(frozen=True)
class OptionFeasibility:
    """The position map of one option and its political feasibility index.

    ``supporters`` and ``opponents`` are ordered by the size of their contribution (strongest
    first), ``neutral`` and ``unknown`` by power then map order.
    """

    option_id: str
    support: float
    opposition: float
    index: float
    total_power: float
    known_power: float
    supporters: tuple[Stand, ...]
    opponents: tuple[Stand, ...]
    neutral: tuple[Stand, ...]
    unknown: tuple[Stand, ...]

    @property
    def coverage(self) -> float:
        """Share of the power whose position on the option is known (0 to 1)."""
        return self.known_power / self.total_power if self.total_power else 0.0

    @property
    def acceptability(self) -> float:
        """The index mapped linearly from [-1, 1] onto [0, 1], ``(index + 1) / 2``."""
        return (self.index + 1.0) / 2.0


def stand(s: Stakeholder, option_id: str) -> Stand:
    """A stakeholder's stand on an option (stance None when unknown)."""
    pos = s.positions.get(option_id)
    if pos is None:
        return Stand(s.id, s.name, s.power, None, None, 0.0)
    confidence = 1.0 if pos.confidence is None else float(pos.confidence)
    return Stand(s.id, s.name, s.power, pos.stance, pos.confidence,
                 s.power * confidence * pos.stance / 2.0)


def option_feasibility(stakeholders: Iterable[Stakeholder], option_id: str) -> OptionFeasibility:
    """The position map and feasibility index of one option (formula in the module docstring).

    Examples
    --------
    Two stakeholders of power 5 and 2; the first strongly supports, the second opposes with
    confidence 0.5: support = 5 * 2 / 2 = 5, opposition = 2 * 0.5 * 1 / 2 = 0.5,
    index = (5 - 0.5) / 7.

    >>> a = Stakeholder("a", "A", power=5, positions={"o": Position(2)})
    >>> b = Stakeholder("b", "B", power=2, positions={"o": Position(-1, 0.5)})
    >>> f = option_feasibility([a, b], "o")
    >>> f.support, f.opposition, round(f.index, 4), [s.id for s in f.supporters]
    (5.0, 0.5, 0.6429, ['a'])
    """
    stands = [stand(s, option_id) for s in stakeholders]
    order = {st.id: i for i, st in enumerate(stands)}
    total = float(sum(st.power for st in stands))
    known = float(sum(st.power for st in stands if st.stance is not None))
    support = sum(st.contribution for st in stands if st.contribution > 0)
    opposition = -sum(st.contribution for st in stands if st.contribution < 0)
    index = (support - opposition) / total if total else 0.0

    def by_weight(st: Stand) -> tuple[float, int]:
        return (-abs(st.contribution), order[st.id])

    def by_power(st: Stand) -> tuple[int, int]:
        return (-st.power, order[st.id])

    return OptionFeasibility(
        option_id=option_id,
        support=float(support),
        opposition=float(opposition),
        index=float(max(-1.0, min(1.0, index))),
        total_power=total,
        known_power=known,
        supporters=tuple(sorted((s for s in stands if s.contribution > 0), key=by_weight)),
        opponents=tuple(sorted((s for s in stands if s.contribution < 0), key=by_weight)),
        neutral=tuple(sorted((s for s in stands if s.stance is not None and s.contribution == 0),
                             key=by_power)),
        unknown=tuple(sorted((s for s in stands if s.stance is None), key=by_power)),
    )


PositionChange = Position | int | None
"""A new position: a :class:`Position`, a bare stance -2..2, or None for unknown."""


def with_positions(
    stakeholders: Iterable[Stakeholder],
    changes: Mapping[tuple[str, str], PositionChange],
) -> list[Stakeholder]:
    """Copies of the stakeholders with some positions changed; the originals are untouched.

    Parameters
    ----------
    changes:
        ``{(stakeholder id, option id): new position}``.

    Raises
    ------
    MapError
        If a stakeholder id is unknown or a stance is out of range.
    """
    items = list(stakeholders)
    by_id = {s.id: i for i, s in enumerate(items)}
    for (sid, oid), new in changes.items():
        if sid not in by_id:
            raise MapError(f"what-if: there is no stakeholder with id {sid!r}")
        if new is not None and not isinstance(new, Position):
            new = Position(new)  # validates the stance
        i = by_id[sid]
        items[i] = items[i].with_position(oid, new)
    return items
