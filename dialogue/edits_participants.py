"""Builders of validated edits for participants and their answers.

Like :mod:`dialogue.edits`, each builder checks its arguments against the dialogue and returns
one :class:`~dialogue.model.Edit` (one undo step); the dialogue is never touched by a builder.

- Removing a participant removes their answers in the same edit.
- Merging returned sheets is ONE edit whatever the number of sheets. Answers are stored under
  the participant's id, so merging a participant's sheet again replaces their answers.
- Perspectives made from the stakeholder groups' weights, and the combined scores put into the
  score table, are one edit each.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from dialogue.model import Delete, Dialogue, Edit, Put, Step
from dialogue.participants import (
    Answers,
    Participant,
    criteria_by_group,
    group_label,
    group_weights,
    score_summary,
)
from dialogue.values import Score, WeightSet
from mcda.group import Centre
from palabre.errors import ValidationError

_HOW = {"points": "points distributed", "ahp": "AHP pairwise judgements",
        "geometric mean of judgements": "geometric mean of their AHP judgements",
        "mean of weights": "mean of their weights"}

PERSPECTIVE_PREFIX = "group_"
"""Weight sets made from a stakeholder group's answers have ids ``group_<category>``."""


def _need(d: Dialogue, participant_id: str) -> Participant:
    person = d.participants.get(participant_id)
    if person is None:
        raise ValidationError(f"there is no participant with id {participant_id!r}")
    return person


def _check_stakeholder(d: Dialogue, participant: Participant) -> None:
    if participant.stakeholder and participant.stakeholder not in d.stakeholders:
        raise ValidationError(
            f"participant {participant.name!r} speaks for unknown stakeholder {participant.stakeholder!r}"
        )


def add_participant(d: Dialogue, participant: Participant, index: int | None = None) -> Edit:
    """Add a participant (new id; their stakeholder, if any, must exist)."""
    if participant.id in d.participants:
        raise ValidationError(f"a participant with id {participant.id!r} already exists")
    if any(p.key == participant.key for p in d.participants.values()):
        raise ValidationError(f"participant {participant.name!r}: their sheet key is already used")
    _check_stakeholder(d, participant)
    return Edit(f"Add participant {participant.name}",
                (Put("participants", participant.id, participant, index),))


def update_participant(d: Dialogue, participant: Participant) -> Edit:
    """Replace a participant's name, group, role or what they are asked.

    Their key stays the one their sheets carry (a changed key would make their returned sheets
    unreadable), so it cannot be changed here.
    """
    old = _need(d, participant.id)
    if participant.key != old.key:
        raise ValidationError(
            f"participant {participant.name!r}: the key of their sheets cannot be changed"
        )
    _check_stakeholder(d, participant)
    return Edit(f"Edit participant {participant.name}", (Put("participants", participant.id, participant),))


def remove_participants(d: Dialogue, ids: Iterable[str]) -> Edit:
    """Remove participants with their answers (one undo step brings both back)."""
    ids = list(dict.fromkeys(ids))
    if not ids:
        raise ValidationError("no participant to remove")
    for pid in ids:
        _need(d, pid)
    steps: list[Step] = [Delete("answers", pid) for pid in ids if pid in d.answers]
    steps += [Delete("participants", pid) for pid in ids]
    what = d.participants[ids[0]].name if len(ids) == 1 else f"{len(ids)} participants"
    return Edit(f"Remove {what}", tuple(steps))


def merge_answers(d: Dialogue, answers: Sequence[Answers], description: str = "") -> Edit:
    """Store returned answers, replacing any earlier answers of the same participants.

    All of them in ONE edit (one undo step). A participant may appear only once.

    Raises
    ------
    ValidationError
        If a participant is unknown or appears twice, or nothing is given.
    """
    if not answers:
        raise ValidationError("no answers to merge")
    seen: set[str] = set()
    for a in answers:
        _need(d, a.participant)
        if a.participant in seen:
            raise ValidationError(
                f"two sets of answers for participant {d.participants[a.participant].name!r}"
            )
        seen.add(a.participant)
    if not description:
        description = ("Merge 1 returned sheet" if len(answers) == 1
                       else f"Merge {len(answers)} returned sheets")
    return Edit(description, tuple(Put("answers", a.participant, a) for a in answers))


def clear_answers(d: Dialogue, participant_id: str) -> Edit:
    """Forget what a participant returned (they count as not answered again)."""
    person = _need(d, participant_id)
    if participant_id not in d.answers:
        raise ValidationError(f"participant {person.name!r} has not answered")
    return Edit(f"Clear answers of {person.name}", (Delete("answers", participant_id),))


def perspectives_from_groups(
    d: Dialogue, name_of: Callable[[str], str] | None = None
) -> Edit:
    """One weight set (perspective) per stakeholder group, from its members' weights.

    Members' weights are combined as :func:`mcda.group.combine_weights` says (geometric mean of
    AHP judgements, else mean of weights). A part no member of the group answered (one criteria
    group, or the balance of feasibility against impact) gets equal weights, and the weight set's
    description says so. A group's weight set has the id ``group_<category>``: making the
    perspectives again updates them.

    Parameters
    ----------
    name_of:
        The name of the weight set of a group (a category value, ``""`` for participants who
        speak for no group); default ``"<group> (participants)"`` in English.

    Raises
    ------
    ValidationError
        If no participant has given weights.
    """
    groups = group_weights(d)
    if not groups:
        raise ValidationError("no participant has given weights yet: there is nothing to make "
                              "perspectives from")
    name_of = name_of or (lambda g: f"{group_label(g)} (participants)")
    criteria = criteria_by_group(d)
    steps: list[Step] = []
    for group, combined in groups.items():
        weights: dict[str, float] = {}
        missing = []
        for part, ids in criteria.items():
            local = combined.local.get(part)
            if local is None:
                missing.append(part)
                local = {cid: 1.0 / len(ids) for cid in ids} if ids else {}
            weights.update({cid: round(w, 6) for cid, w in local.items()})
        if combined.groups is None:
            missing.append("feasibility against impact")
            group_weights_ = {"feasibility": 0.5, "impact": 0.5}
        else:
            group_weights_ = {k: round(v, 6) for k, v in combined.groups.items()}
        people = "1 participant" if combined.members == 1 else f"{combined.members} participants"
        how = _HOW.get(combined.method, combined.method)
        description = f"Weights of {people} speaking for {group_label(group)}: {how}."
        if missing:
            description += f" Equal weights where none was given: {', '.join(missing)}."
        wid = PERSPECTIVE_PREFIX + (group or "none")
        steps.append(Put("weight_sets", wid, WeightSet(wid, name_of(group), weights, group_weights_,
                                                       description)))
    count = len(steps)
    return Edit("Make perspective from 1 group" if count == 1
                else f"Make perspectives from {count} groups", tuple(steps))


def use_combined_scores(d: Dialogue, centre: Centre | str = Centre.MEDIAN) -> Edit:
    """Put the participants' combined scores into the score table, as one edit.

    Each answered cell gets the median (or mean) of the answers as its score, and the range of
    the answers (lowest to highest) as its uncertainty range, which SMAA samples; cells nobody
    answered keep their score.

    Raises
    ------
    ValidationError
        If no participant has scored anything.
    """
    cells = score_summary(d, centre)
    if not cells:
        raise ValidationError("no participant has returned scores yet")
    steps: list[Step] = []
    for key, cell in cells.items():
        spread = cell.high > cell.low
        steps.append(Put("scores", key, Score(cell.centre, cell.low if spread else None,
                                              cell.high if spread else None)))
    how = "median" if Centre(centre) is Centre.MEDIAN else "mean"
    return Edit(f"Use the participants' {how} scores", tuple(steps))


__all__ = [
    "PERSPECTIVE_PREFIX",
    "add_participant",
    "clear_answers",
    "merge_answers",
    "perspectives_from_groups",
    "remove_participants",
    "update_participant",
    "use_combined_scores",
]
