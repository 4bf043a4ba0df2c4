"""Participants of a dialogue and the answers they returned on their scoring sheets.

A :class:`Participant` is one person asked to score the options, weigh the criteria, or both,
offline on a scoring sheet (see :mod:`exports.sheets`). They speak for a stakeholder of the map or
for a stakeholder group (a category); the group is what their weights become a perspective of.
An anonymous participant is known by a code only (``"RN-03"``).

An :class:`Answers` holds everything one participant returned: scores per (option, criterion),
points per criterion, and AHP pairwise judgements. There is at most one per participant, stored
under the participant's id, so that re-importing a sheet replaces the answers, never doubles them.

Each participant has a random ``key`` written, hidden, into their sheets: a returned sheet is
accepted only if its participant id and key match, so a sheet made for another dialogue (which
has its own keys) is refused even when the ids look alike.
"""

from __future__ import annotations

import math
import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from types import MappingProxyType
from typing import TYPE_CHECKING

from mcda.criteria import Group
from mcda.group import (
    CellSummary,
    Centre,
    GroupWeights,
    aggregate_cells,
    combine_weights,
    weights_from_judgements,
    weights_from_points,
)
from palabre.errors import ValidationError
from palabre.i18n.language import normalise_lang
from stakeholder_map.model import Category, category_label

if TYPE_CHECKING:  # the document imports these value objects: no import cycle at run time
    from dialogue.model import Dialogue

SAATY_LOW, SAATY_HIGH = 1.0 / 9.0, 9.0
"""Bounds of Saaty's 1 to 9 scale and its reciprocals (Saaty 1980, table 1.1)."""
_SAATY_TOLERANCE = 1e-6
_KEY = re.compile(r"^[0-9a-f]{16,64}$")


class Parts(StrEnum):
    """What a participant is asked to fill in."""

    WEIGHTS = "weights"
    SCORES = "scores"
    BOTH = "both"

    @property
    def weights(self) -> bool:
        """True when the participant weighs the criteria."""
        return self in (Parts.WEIGHTS, Parts.BOTH)

    @property
    def scores(self) -> bool:
        """True when the participant scores the options."""
        return self in (Parts.SCORES, Parts.BOTH)


class Weighting(StrEnum):
    """How a participant gives weights: points to distribute, or AHP pairwise judgements."""

    POINTS = "points"
    AHP = "ahp"


def new_key() -> str:
    """A fresh random participant key (16 hexadecimal digits, 64 bits)."""
    return secrets.token_hex(8)


@dataclass(frozen=True)
class Participant:
    """One person asked to fill in a scoring sheet.

    Parameters
    ----------
    id:
        Stable identifier.
    name:
        The person's name, or their code when ``anonymous``.
    anonymous:
        True when ``name`` is a code, so that outputs never show a name.
    stakeholder:
        Id of the stakeholder of the map they speak for, or ``""``.
    category:
        The stakeholder group (category) they speak for, or ``""``; when empty, the group is
        the category of their stakeholder.
    role:
        Their position, for example ``"Budget officer"``.
    parts:
        Whether they are asked for weights, scores or both.
    weighting:
        Points to distribute, or AHP pairwise judgements.
    key:
        Random hexadecimal token written into their sheets (see the module's docstring).
    """

    id: str
    name: str
    anonymous: bool = False
    stakeholder: str = ""
    category: str = ""
    role: str = ""
    parts: Parts = Parts.BOTH
    weighting: Weighting = Weighting.POINTS
    key: str = field(default_factory=new_key)

    def __post_init__(self) -> None:
        if not self.id:
            raise ValidationError("a participant needs an id")
        if not self.name.strip():
            raise ValidationError(f"participant {self.id!r} needs a name or a code")
        if not isinstance(self.anonymous, bool):
            raise ValidationError(f"participant {self.name!r}: anonymous must be true or false")
        if self.category:
            try:
                object.__setattr__(self, "category", Category(self.category).value)
            except ValueError:
                allowed = ", ".join(c.value for c in Category)
                raise ValidationError(
                    f"participant {self.name!r}: unknown stakeholder group {self.category!r} "
                    f"(expected one of {allowed})"
                ) from None
        for attr, enum in (("parts", Parts), ("weighting", Weighting)):
            try:
                object.__setattr__(self, attr, enum(getattr(self, attr)))
            except ValueError:
                allowed = ", ".join(e.value for e in enum)
                raise ValidationError(
                    f"participant {self.name!r}: {attr} must be one of {allowed}, "
                    f"got {getattr(self, attr)!r}"
                ) from None
        if not isinstance(self.key, str) or not _KEY.match(self.key):
            raise ValidationError(
                f"participant {self.name!r}: key must be 16 to 64 lower-case hexadecimal digits"
            )

    def replace(self, **changes: object) -> Participant:
        """A copy with some fields changed (validated again)."""
        return replace(self, **changes)


def _finite(label: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise ValidationError(f"{label} must be a finite number, got {value!r}")
    return float(value)


def _judgement(label: str, value: object) -> float:
    v = _finite(label, value)
    if not SAATY_LOW - _SAATY_TOLERANCE <= v <= SAATY_HIGH + _SAATY_TOLERANCE:
        raise ValidationError(f"{label} is {v:g}; judgements run from 1/9 to 9 (Saaty's scale)")
    return v


def _pair(label: str, key: object) -> tuple[str, str]:
    if not (isinstance(key, tuple) and len(key) == 2 and all(isinstance(k, str) and k for k in key)):
        raise ValidationError(f"{label}: expected a pair of ids, got {key!r}")
    return key  # type: ignore[return-value]


@dataclass(frozen=True)
class Answers:
    """Everything one participant returned.

    Parameters
    ----------
    participant:
        The participant's id (the answers are stored under it).
    scores:
        ``(option id, criterion id) -> score`` on the criterion's own scale.
    points:
        ``criterion id -> points``: the share of importance given to a criterion within its
        group (normalised when used, so any positive total works).
    group_points:
        ``"feasibility"`` and ``"impact"`` -> points: how feasibility weighs against impact.
    judgements:
        ``(a, b) -> how many times more important criterion a is than b`` on Saaty's scale
        (1/9 to 9), for pairs within the same group.
    group_judgement:
        How many times more important feasibility is than impact, or None.
    source:
        The file name of the sheet these came from.
    fingerprint:
        The version of the dialogue the sheet was made for (see :func:`structure_fingerprint`
        in :mod:`exports.sheets`).
    """

    participant: str
    scores: Mapping[tuple[str, str], float] = field(default_factory=dict)
    points: Mapping[str, float] = field(default_factory=dict)
    group_points: Mapping[str, float] = field(default_factory=dict)
    judgements: Mapping[tuple[str, str], float] = field(default_factory=dict)
    group_judgement: float | None = None
    source: str = ""
    fingerprint: str = ""

    def __post_init__(self) -> None:
        if not self.participant:
            raise ValidationError("answers need the id of their participant")
        who = f"answers of {self.participant!r}"
        scores = {}
        for key, value in dict(self.scores).items():
            scores[_pair(f"{who}: score", key)] = _finite(f"{who}: score of {key!r}", value)
        points = {}
        for key, value in dict(self.points).items():
            v = _finite(f"{who}: points of {key!r}", value)
            if v < 0:
                raise ValidationError(f"{who}: points of {key!r} must not be negative, got {v:g}")
            points[str(key)] = v
        group_points = {}
        for key, value in dict(self.group_points).items():
            if key not in (Group.FEASIBILITY.value, Group.IMPACT.value):
                raise ValidationError(f"{who}: unknown group {key!r} (expected feasibility or impact)")
            v = _finite(f"{who}: points of {key}", value)
            if v < 0:
                raise ValidationError(f"{who}: points of {key} must not be negative, got {v:g}")
            group_points[str(key)] = v
        judgements = {}
        for key, value in dict(self.judgements).items():
            a, b = _pair(f"{who}: judgement", key)
            if a == b:
                raise ValidationError(f"{who}: a criterion ({a!r}) is compared with itself")
            if (b, a) in judgements:
                raise ValidationError(f"{who}: the pair {a!r}, {b!r} is judged twice")
            judgements[(a, b)] = _judgement(f"{who}: judgement of {a!r} against {b!r}", value)
        if self.group_judgement is not None:
            object.__setattr__(self, "group_judgement",
                               _judgement(f"{who}: feasibility against impact", self.group_judgement))
        object.__setattr__(self, "scores", MappingProxyType(scores))
        object.__setattr__(self, "points", MappingProxyType(points))
        object.__setattr__(self, "group_points", MappingProxyType(group_points))
        object.__setattr__(self, "judgements", MappingProxyType(judgements))

    @property
    def has_scores(self) -> bool:
        """True when at least one score was given."""
        return bool(self.scores)

    @property
    def has_weights(self) -> bool:
        """True when any points or judgements were given."""
        return bool(self.points or self.group_points or self.judgements
                    or self.group_judgement is not None)

    def replace(self, **changes: object) -> Answers:
        """A copy with some fields changed (validated again)."""
        return replace(self, **changes)


# ---------------------------------------------------------------- reading the answers
UNGROUPED = ""
"""The group of a participant who speaks for no stakeholder and no category."""


def group_of(d: Dialogue, participant: Participant) -> str:
    """The stakeholder group (category value) a participant speaks for, or ``UNGROUPED``.

    Their own ``category`` when set, else the category of their stakeholder; a stakeholder
    removed from the map leaves them ungrouped.
    """
    if participant.category:
        return participant.category
    stakeholder = d.stakeholders.get(participant.stakeholder) if participant.stakeholder else None
    return stakeholder.category.value if stakeholder is not None else UNGROUPED


def group_label(group: str, lang: str = "en") -> str:
    """The name of a group in ``lang``: a stakeholder category's label, or "no group".

    Examples
    --------
    >>> group_label("union"), group_label("union", "fr"), group_label("", "fr")
    ('Labour union', 'Syndicat', 'Au nom d’aucun groupe')
    """
    if not group:
        return "Au nom d’aucun groupe" if normalise_lang(lang) == "fr" else "Speaks for no group"
    try:
        return category_label(group, lang)
    except ValueError:
        return group


def speaks_for(d: Dialogue, participant: Participant, lang: str | None = None) -> str:
    """Whom a participant speaks for, in words: the stakeholder's name, else the group's (in
    ``lang``; by default the dialogue's language, as the scoring sheets are)."""
    stakeholder = d.stakeholders.get(participant.stakeholder) if participant.stakeholder else None
    if stakeholder is not None:
        return stakeholder.name
    return group_label(group_of(d, participant), lang or d.info.language)


def criteria_by_group(d: Dialogue) -> dict[str, list[str]]:
    """The dialogue's criterion ids per group, feasibility first, in display order."""
    out: dict[str, list[str]] = {g.value: [] for g in Group}
    for c in d.criteria.values():
        out[c.group.value].append(c.id)
    return out


def current_scores(d: Dialogue, answers: Answers) -> dict[tuple[str, str], float]:
    """A participant's scores on the options and criteria still in the dialogue."""
    return {k: v for k, v in answers.scores.items() if k[0] in d.options and k[1] in d.criteria}


def participant_weights(d: Dialogue, participant_id: str) -> GroupWeights | None:
    """A participant's weights from their points or judgements (None when they gave none).

    Criteria removed since the sheet was made are left out; see :mod:`mcda.group`.
    """
    answers = d.answers.get(participant_id)
    person = d.participants.get(participant_id)
    if answers is None or person is None or not answers.has_weights:
        return None
    criteria = criteria_by_group(d)
    if answers.judgements or answers.group_judgement is not None:
        return weights_from_judgements(criteria, answers.judgements, answers.group_judgement)
    return weights_from_points(criteria, answers.points, answers.group_points)


def score_summary(d: Dialogue, centre: Centre | str = Centre.MEDIAN) -> dict[tuple[str, str], CellSummary]:
    """Every answered cell (option, criterion) of the dialogue combined over participants.

    Keyed by ``(option id, criterion id)`` in the dialogue's order; ``who`` holds participant ids.
    """
    by_participant = {pid: current_scores(d, a) for pid, a in d.answers.items() if pid in d.participants}
    cells = aggregate_cells(by_participant, centre)
    return {(o, c): cells[(o, c)] for o in d.options for c in d.criteria if (o, c) in cells}


def group_weights(d: Dialogue) -> dict[str, GroupWeights]:
    """Each stakeholder group's combined weights, from the members who gave weights."""
    members: dict[str, list[GroupWeights]] = {}
    for pid, person in d.participants.items():
        w = participant_weights(d, pid)
        if (w is not None and w.local) or (w is not None and w.groups is not None):
            members.setdefault(group_of(d, person), []).append(w)
    return {g: combine_weights(ws) for g, ws in members.items()}


@dataclass(frozen=True)
class Status:
    """Where one participant stands: what was asked, what came back."""

    participant: Participant
    answered: bool
    scores_given: int
    scores_expected: int
    weights_given: bool
    inconsistent: tuple[str, ...]
    consistency: Mapping[str, float]

    @property
    def blank_scores(self) -> int:
        """Cells asked for and left blank."""
        return max(0, self.scores_expected - self.scores_given) if self.answered else 0


def status_of(d: Dialogue, participant_id: str) -> Status:
    """Whether a participant has answered, how completely, and their AHP consistency."""
    person = d.participants[participant_id]
    answers = d.answers.get(participant_id)
    expected = len(d.options) * len(d.criteria) if person.parts.scores else 0
    given = len(current_scores(d, answers)) if answers is not None else 0
    weights = participant_weights(d, participant_id)
    consistency = dict(weights.consistency) if weights is not None else {}
    return Status(person, answers is not None, given, expected,
                  answers is not None and answers.has_weights,
                  weights.inconsistent if weights is not None else (), consistency)


__all__ = [
    "SAATY_HIGH",
    "SAATY_LOW",
    "UNGROUPED",
    "Answers",
    "Participant",
    "Parts",
    "Status",
    "Weighting",
    "criteria_by_group",
    "current_scores",
    "group_label",
    "group_of",
    "group_weights",
    "new_key",
    "participant_weights",
    "score_summary",
    "speaks_for",
    "status_of",
]
