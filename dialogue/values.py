"""Value objects of the document that belong to neither engine: information, options, scores,
weight sets. (Stakeholders and ties come from :mod:`stakeholder_map.model`, criteria from
:mod:`mcda.criteria`.)
"""

from __future__ import annotations

import datetime
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from types import MappingProxyType

from palabre.errors import ValidationError
from palabre.i18n.labels import Labels

LANGUAGES = ("en", "fr")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class DialogueInfo:
    """What the dialogue is about and who runs it.

    ``date`` is an ISO date (``2026-11-29``) or empty. ``illustrative`` and ``draft`` put marks on
    the brief's title page.
    """

    title: str = "Untitled dialogue"
    country: str = ""
    topic: str = ""
    date: str = ""
    facilitator: str = ""
    organisation: str = ""
    language: str = "en"
    illustrative: bool = False
    draft: bool = False
    currency: str = "US$"

    def __post_init__(self) -> None:
        if not self.title.strip():
            raise ValidationError("the dialogue needs a title")
        if self.language not in LANGUAGES:
            raise ValidationError(
                f"language must be one of {', '.join(LANGUAGES)}, got {self.language!r}"
            )
        if self.date and not _ISO_DATE.match(self.date):
            raise ValidationError(f"date must be written YYYY-MM-DD, got {self.date!r}")
        if self.date:
            # The pattern alone lets through days that do not exist (2026-02-30, 2026-13-01).
            try:
                datetime.date.fromisoformat(self.date)
            except ValueError:
                raise ValidationError(f"date {self.date!r} is not a day of the calendar") from None

    def replace(self, **changes: object) -> DialogueInfo:
        """A copy with some fields changed (validated again)."""
        return replace(self, **changes)


class Family(StrEnum):
    """The four families of WHO's rural-retention recommendations (WHO 2010, 2021), and others."""

    EDUCATION = "education"
    REGULATION = "regulation"
    FINANCIAL = "financial"
    SUPPORT = "support"
    OTHER = "other"


_FAMILY_WORDS: Labels[Family] = Labels("option family", {
    "en": {
        Family.EDUCATION: "Education",
        Family.REGULATION: "Regulation",
        Family.FINANCIAL: "Financial incentives",
        Family.SUPPORT: "Personal and professional support",
        Family.OTHER: "Other",
    },
    # As in the French edition of WHO (2010), "Accroître l'accès aux personnels de santé...".
    "fr": {
        Family.EDUCATION: "Éducation",
        Family.REGULATION: "Réglementation",
        Family.FINANCIAL: "Incitations financières",
        Family.SUPPORT: "Soutien personnel et professionnel",
        Family.OTHER: "Autre",
    },
})

FAMILY_LABELS = _FAMILY_WORDS.table("en")
"""The option families in English (use :func:`family_label` for another language)."""


def family_label(family: Family | str, lang: str = "en") -> str:
    """The name of an option family (without the WHO letter; see ``dialogue.library``).

    Examples
    --------
    >>> family_label("financial"), family_label(Family.FINANCIAL, "fr")
    ('Financial incentives', 'Incitations financières')
    """
    return _FAMILY_WORDS(Family(family), lang)


@dataclass(frozen=True)
class Option:
    """An intervention on the table.

    ``code`` is the WHO recommendation it comes from (``"C1"``) or empty; ``bundle`` groups
    options that would be adopted together.
    """

    id: str
    name: str
    family: Family = Family.OTHER
    code: str = ""
    description: str = ""
    expected_cost: str = ""
    notes: str = ""
    bundle: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            raise ValidationError("an option needs an id")
        if not self.name.strip():
            raise ValidationError(f"option {self.id!r} needs a name")
        try:
            object.__setattr__(self, "family", Family(self.family))
        except ValueError:
            allowed = ", ".join(f.value for f in Family)
            raise ValidationError(
                f"option {self.name!r}: unknown family {self.family!r} (expected {allowed})"
            ) from None

    def replace(self, **changes: object) -> Option:
        """A copy with some fields changed (validated again)."""
        return replace(self, **changes)


def _finite(name: str, v: object) -> float:
    if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v):
        raise ValidationError(f"{name} must be a finite number, got {v!r}")
    return float(v)


@dataclass(frozen=True)
class Score:
    """An option's performance on a criterion, with an optional uncertainty range for SMAA."""

    value: float
    low: float | None = None
    high: float | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "value", _finite("score", self.value))
        for attr in ("low", "high"):
            v = getattr(self, attr)
            if v is not None:
                object.__setattr__(self, attr, _finite(f"score {attr}", v))
        lo = self.value if self.low is None else self.low
        hi = self.value if self.high is None else self.high
        if not lo <= self.value <= hi:
            raise ValidationError(
                f"score uncertainty must surround the score: {lo:g} <= {self.value:g} <= {hi:g}"
            )


@dataclass(frozen=True)
class WeightSet:
    """The weights of one perspective (for example the Ministry of Finance's).

    ``weights`` are local, within each criterion's group; ``group_weights`` weigh feasibility
    against impact. Both are normalised when used, so any positive scale works (points, percent).
    """

    id: str
    name: str
    weights: Mapping[str, float] = field(default_factory=dict)
    group_weights: Mapping[str, float] = field(
        default_factory=lambda: {"feasibility": 0.5, "impact": 0.5}
    )
    description: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            raise ValidationError("a weight set needs an id")
        if not self.name.strip():
            raise ValidationError(f"weight set {self.id!r} needs a name")
        weights = {}
        for key, w in dict(self.weights).items():
            w = _finite(f"weight of {key!r} in {self.name!r}", w)
            if w < 0:
                raise ValidationError(f"weight of {key!r} in {self.name!r} must not be negative")
            weights[str(key)] = w
        groups = {}
        for key, w in dict(self.group_weights).items():
            if key not in ("feasibility", "impact"):
                raise ValidationError(f"weight set {self.name!r}: unknown group {key!r}")
            w = _finite(f"{key} weight in {self.name!r}", w)
            if w < 0:
                raise ValidationError(f"{key} weight in {self.name!r} must not be negative")
            groups[key] = w
        object.__setattr__(self, "weights", MappingProxyType(weights))
        object.__setattr__(self, "group_weights", MappingProxyType(groups))

    def replace(self, **changes: object) -> WeightSet:
        """A copy with some fields changed (validated again)."""
        return replace(self, **changes)


BRIEF_SECTIONS = (
    "key_messages",
    "executive_summary",
    "context",
    "workforce",  # the paragraph of the workforce section (printed when there is a baseline)
    "implementation",
    "recommendations",
)
