"""Builders of validated edits: each checks its arguments against the dialogue and returns an
:class:`~dialogue.model.Edit` ready for ``dialogue.apply`` (or for the window's undo stack).

A builder raises a :class:`~palabre.errors.PalabreError` with a clear message when the change is
not allowed; the dialogue is never touched by a builder. Removals carry their cascade (a removed
stakeholder takes its ties, a removed option its scores and the positions on it), so that one undo
brings everything back.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping

from dialogue.edits_workforce import workforce_cascade
from dialogue.model import Delete, Dialogue, Edit, Put, Step
from dialogue.values import BRIEF_SECTIONS, DialogueInfo, Option, Score, WeightSet
from mcda.criteria import Criterion
from palabre.errors import ValidationError
from stakeholder_map.model import Position, Stakeholder, Tie


def _need(d: Dialogue, collection: str, key: str, what: str) -> None:
    if d.get(collection, key) is None:
        raise ValidationError(f"there is no {what} with id {key!r}")


# ---------------------------------------------------------------- information and text
def set_info(d: Dialogue, **changes: object) -> Edit:
    """Change the dialogue's information (title, country, date, language, ...)."""
    allowed = [f.name for f in dataclasses.fields(DialogueInfo)]
    for name in changes:
        if name not in allowed:
            raise ValidationError(
                f"unknown information field {name!r} (expected one of {', '.join(allowed)})"
            )
    info: DialogueInfo = d.info.replace(**changes)
    return Edit("Edit dialogue information", (Put("info", "info", info),))


def set_brief_text(d: Dialogue, section: str, text: str) -> Edit:
    """Set a narrative section of the brief; empty text returns to the drafted text."""
    if section not in BRIEF_SECTIONS:
        raise ValidationError(
            f"unknown brief section {section!r} (expected one of {', '.join(BRIEF_SECTIONS)})"
        )
    step: Step
    if text.strip():
        step = Put("brief", section, text)
    elif section in d.brief:
        step = Delete("brief", section)
    else:
        return Edit(f"Edit {section.replace('_', ' ')}", ())
    return Edit(f"Edit {section.replace('_', ' ')}", (step,), merge_key=f"brief:{section}")


# ---------------------------------------------------------------- stakeholders and ties
def add_stakeholder(d: Dialogue, stakeholder: Stakeholder, index: int | None = None) -> Edit:
    """Add a stakeholder (its id must be new)."""
    if stakeholder.id in d.stakeholders:
        raise ValidationError(f"a stakeholder with id {stakeholder.id!r} already exists")
    return Edit(f"Add {stakeholder.name}", (Put("stakeholders", stakeholder.id, stakeholder, index),))


def update_stakeholder(d: Dialogue, stakeholder: Stakeholder, what: str = "") -> Edit:
    """Replace a stakeholder's attributes."""
    _need(d, "stakeholders", stakeholder.id, "stakeholder")
    label = f"Edit {stakeholder.name}" + (f" ({what})" if what else "")
    return Edit(label, (Put("stakeholders", stakeholder.id, stakeholder),))


def remove_stakeholders(d: Dialogue, ids: Iterable[str]) -> Edit:
    """Remove stakeholders and every tie that touches them.

    A participant who spoke for a removed stakeholder keeps speaking for its group: the link to the
    stakeholder is replaced by the stakeholder's category, in the same edit (undo restores both).
    """
    ids = list(dict.fromkeys(ids))
    for sid in ids:
        _need(d, "stakeholders", sid, "stakeholder")
    gone = set(ids)
    steps: list[Step] = [Delete("ties", t.id) for t in d.ties.values() if {t.source, t.target} & gone]
    for p in d.participants.values():
        if p.stakeholder in gone:
            category = p.category or d.stakeholders[p.stakeholder].category.value
            steps.append(Put("participants", p.id, p.replace(stakeholder="", category=category)))
    steps += [Delete("stakeholders", sid) for sid in ids]
    name = d.stakeholders[ids[0]].name if len(ids) == 1 else f"{len(ids)} stakeholders"
    return Edit(f"Remove {name}", tuple(steps))


def move_stakeholders(d: Dialogue, places: Mapping[str, tuple[float, float]]) -> Edit:
    """Place stakeholders on the map; successive moves of the same nodes merge into one step."""
    steps = []
    for sid, place in places.items():
        _need(d, "stakeholders", sid, "stakeholder")
        try:
            x, y = (float(v) for v in place)
        except (TypeError, ValueError):
            raise ValidationError(
                f"the place of stakeholder {sid!r} must be two numbers (x, y), got {place!r}"
            ) from None
        steps.append(Put("stakeholders", sid, d.stakeholders[sid].replace(x=x, y=y)))
    key = "move:" + ",".join(sorted(places))
    what = d.stakeholders[next(iter(places))].name if len(places) == 1 else f"{len(places)} stakeholders"
    return Edit(f"Move {what}", tuple(steps), merge_key=key)


def set_position(d: Dialogue, stakeholder_id: str, option_id: str, position: Position | None) -> Edit:
    """Set (or clear, with None) where a stakeholder stands on an option."""
    _need(d, "stakeholders", stakeholder_id, "stakeholder")
    _need(d, "options", option_id, "option")
    s = d.stakeholders[stakeholder_id]
    return Edit(
        f"Set position of {s.name} on {d.options[option_id].name}",
        (Put("stakeholders", s.id, s.with_position(option_id, position)),),
    )


def add_tie(d: Dialogue, tie: Tie) -> Edit:
    """Add a tie between two existing stakeholders."""
    if tie.id in d.ties:
        raise ValidationError(f"a tie with id {tie.id!r} already exists")
    for end in (tie.source, tie.target):
        _need(d, "stakeholders", end, "stakeholder")
    src, dst = d.stakeholders[tie.source].name, d.stakeholders[tie.target].name
    return Edit(f"Add {tie.type.value} tie {src} – {dst}", (Put("ties", tie.id, tie),))


def update_tie(d: Dialogue, tie: Tie) -> Edit:
    """Replace a tie's type, strength, direction or notes."""
    _need(d, "ties", tie.id, "tie")
    return Edit("Edit tie", (Put("ties", tie.id, tie),))


def remove_ties(d: Dialogue, ids: Iterable[str]) -> Edit:
    """Remove ties."""
    ids = list(dict.fromkeys(ids))
    for tid in ids:
        _need(d, "ties", tid, "tie")
    return Edit("Remove tie" if len(ids) == 1 else f"Remove {len(ids)} ties",
                tuple(Delete("ties", t) for t in ids))


# ---------------------------------------------------------------- options
def add_option(d: Dialogue, option: Option, index: int | None = None) -> Edit:
    """Add an option (its id must be new)."""
    if option.id in d.options:
        raise ValidationError(f"an option with id {option.id!r} already exists")
    return Edit(f"Add {option.name}", (Put("options", option.id, option, index),))


def update_option(d: Dialogue, option: Option) -> Edit:
    """Replace an option's name, family, description, cost, notes or bundle."""
    _need(d, "options", option.id, "option")
    return Edit(f"Edit {option.name}", (Put("options", option.id, option),))


def remove_option(d: Dialogue, option_id: str) -> Edit:
    """Remove an option with its scores and every stakeholder's position on it."""
    _need(d, "options", option_id, "option")
    steps: list[Step] = [Delete("scores", k) for k in d.scores if k[0] == option_id]
    for s in d.stakeholders.values():
        if option_id in s.positions:
            steps.append(Put("stakeholders", s.id, s.with_position(option_id, None)))
    steps += workforce_cascade(d, option_ids=(option_id,))
    steps.append(Delete("options", option_id))
    return Edit(f"Remove {d.options[option_id].name}", tuple(steps))


def move_option(d: Dialogue, option_id: str, index: int) -> Edit:
    """Move an option to another place in the list."""
    _need(d, "options", option_id, "option")
    option = d.options[option_id]
    return Edit(f"Move {option.name}", (Delete("options", option_id), Put("options", option_id, option, index)))


# ---------------------------------------------------------------- criteria and scores
def add_criterion(d: Dialogue, criterion: Criterion, weight: float = 1.0) -> Edit:
    """Add a criterion, weighted ``weight`` in every weight set."""
    if criterion.id in d.criteria:
        raise ValidationError(f"a criterion with id {criterion.id!r} already exists")
    steps: list[Step] = [Put("criteria", criterion.id, criterion)]
    for ws in d.weight_sets.values():
        steps.append(Put("weight_sets", ws.id, ws.replace(weights={**ws.weights, criterion.id: weight})))
    return Edit(f"Add {criterion.name}", tuple(steps))


def update_criterion(d: Dialogue, criterion: Criterion) -> Edit:
    """Replace a criterion; refused if existing scores fall outside a new scale."""
    _need(d, "criteria", criterion.id, "criterion")
    return Edit(f"Edit {criterion.name}", (Put("criteria", criterion.id, criterion),))


def remove_criterion(d: Dialogue, criterion_id: str) -> Edit:
    """Remove a criterion with its scores and its weight in every weight set."""
    _need(d, "criteria", criterion_id, "criterion")
    steps: list[Step] = [Delete("scores", k) for k in d.scores if k[1] == criterion_id]
    for ws in d.weight_sets.values():
        if criterion_id in ws.weights:
            weights = {k: v for k, v in ws.weights.items() if k != criterion_id}
            steps.append(Put("weight_sets", ws.id, ws.replace(weights=weights)))
    steps += workforce_cascade(d, criterion_ids=(criterion_id,))
    steps.append(Delete("criteria", criterion_id))
    return Edit(f"Remove {d.criteria[criterion_id].name}", tuple(steps))


def set_score(d: Dialogue, option_id: str, criterion_id: str, score: Score | float | None) -> Edit:
    """Set an option's score on a criterion (None clears it); checked against the scale."""
    _need(d, "options", option_id, "option")
    _need(d, "criteria", criterion_id, "criterion")
    crit = d.criteria[criterion_id]
    option = d.options[option_id]
    label = f"Score {option.name} on {crit.name}"
    key = (option_id, criterion_id)
    if score is None:
        return Edit(label, (Delete("scores", key),) if key in d.scores else ())
    if not isinstance(score, Score):
        score = Score(score)
    for v in (score.value, score.low, score.high):
        if v is not None and not crit.scale.contains(v):
            raise ValidationError(
                f"{v:g} is outside the scale of {crit.name!r} "
                f"({crit.scale.low:g} to {crit.scale.high:g})"
            )
    return Edit(label, (Put("scores", key, score),))


def set_scores(d: Dialogue, cells: Mapping[tuple[str, str], float | Score | None], label: str) -> Edit:
    """Set many scores at once (a pasted block) as one edit."""
    steps: list[Step] = []
    for (oid, cid), value in cells.items():
        steps += set_score(d, oid, cid, value).steps
    return Edit(label, tuple(steps))


# ---------------------------------------------------------------- weights
def set_weight(d: Dialogue, weight_set_id: str, criterion_id: str, weight: float) -> Edit:
    """Set a criterion's local weight in a weight set; a slider drag merges into one step."""
    _need(d, "weight_sets", weight_set_id, "weight set")
    _need(d, "criteria", criterion_id, "criterion")
    ws = d.weight_sets[weight_set_id]
    new = ws.replace(weights={**ws.weights, criterion_id: weight})
    return Edit(
        f"Weight of {d.criteria[criterion_id].name}",
        (Put("weight_sets", ws.id, new),),
        merge_key=f"weight:{ws.id}:{criterion_id}",
    )


def set_group_weight(d: Dialogue, weight_set_id: str, group: str, weight: float) -> Edit:
    """Set the weight of the feasibility or impact group in a weight set."""
    _need(d, "weight_sets", weight_set_id, "weight set")
    ws = d.weight_sets[weight_set_id]
    new = ws.replace(group_weights={**ws.group_weights, group: weight})
    return Edit(f"Weight of {group}", (Put("weight_sets", ws.id, new),),
                merge_key=f"group:{ws.id}:{group}")


def add_weight_set(d: Dialogue, weight_set: WeightSet, activate: bool = False) -> Edit:
    """Add a weight set (a perspective), optionally making it the active one."""
    if weight_set.id in d.weight_sets:
        raise ValidationError(f"a weight set with id {weight_set.id!r} already exists")
    steps: list[Step] = [Put("weight_sets", weight_set.id, weight_set)]
    if activate:
        steps.append(Put("settings", "active_weight_set", weight_set.id))
    return Edit(f"Add perspective {weight_set.name}", tuple(steps))


def update_weight_set(d: Dialogue, weight_set: WeightSet) -> Edit:
    """Replace a weight set (rename, new weights)."""
    _need(d, "weight_sets", weight_set.id, "weight set")
    return Edit(f"Edit perspective {weight_set.name}", (Put("weight_sets", weight_set.id, weight_set),))


def remove_weight_set(d: Dialogue, weight_set_id: str) -> Edit:
    """Remove a weight set; the last one cannot go, and the active one hands over to another."""
    _need(d, "weight_sets", weight_set_id, "weight set")
    if len(d.weight_sets) == 1:
        raise ValidationError("a dialogue keeps at least one weight set")
    steps: list[Step] = []
    if d.active_weight_set.id == weight_set_id:
        other = next(k for k in d.weight_sets if k != weight_set_id)
        steps.append(Put("settings", "active_weight_set", other))
    steps.append(Delete("weight_sets", weight_set_id))
    return Edit(f"Remove perspective {d.weight_sets[weight_set_id].name}", tuple(steps))


def set_active_weight_set(d: Dialogue, weight_set_id: str) -> Edit:
    """Switch the perspective the ranking uses."""
    _need(d, "weight_sets", weight_set_id, "weight set")
    return Edit(f"Switch to {d.weight_sets[weight_set_id].name}",
                (Put("settings", "active_weight_set", weight_set_id),))
