"""Stakeholders, their positions on options, and the typed ties between them.

What is recorded follows Schmeer (1999), *Guidelines for Conducting a Stakeholder Analysis*
(PHR, Abt Associates) and Varvasovszky & Brugha (2000), *How to do (or not to do) a stakeholder
analysis*, Health Policy and Planning 15(3); tie types follow Net-Map (Schiffer & Hauck 2010).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from types import MappingProxyType

from palabre.i18n.labels import Labels
from stakeholder_map.errors import MapError


class Category(StrEnum):
    """Who a stakeholder is (DOMAIN.md section 1)."""

    MINISTRY_OF_HEALTH = "ministry_of_health"
    MINISTRY_OF_FINANCE = "ministry_of_finance"
    MINISTRY_OF_EDUCATION = "ministry_of_education"
    MINISTRY_OF_CIVIL_SERVICE = "ministry_of_civil_service"
    OTHER_GOVERNMENT = "other_government"
    UNION = "union"
    PROFESSIONAL_ASSOCIATION = "professional_association"
    TRAINING_INSTITUTION = "training_institution"
    PUBLIC_EMPLOYER = "public_employer"
    PRIVATE_EMPLOYER = "private_employer"
    REGULATOR = "regulator"
    DEVELOPMENT_PARTNER = "development_partner"
    HEALTH_WORKERS = "health_workers"
    CIVIL_SOCIETY = "civil_society"


_CATEGORY_WORDS: Labels[Category] = Labels("stakeholder category", {
    "en": {
        Category.MINISTRY_OF_HEALTH: "Ministry of Health",
        Category.MINISTRY_OF_FINANCE: "Ministry of Finance",
        Category.MINISTRY_OF_EDUCATION: "Ministry of Education",
        Category.MINISTRY_OF_CIVIL_SERVICE: "Ministry of Civil Service",
        Category.OTHER_GOVERNMENT: "Other government and local authorities",
        Category.UNION: "Labour union",
        Category.PROFESSIONAL_ASSOCIATION: "Professional association or council",
        Category.TRAINING_INSTITUTION: "Training institution",
        Category.PUBLIC_EMPLOYER: "Public employer",
        Category.PRIVATE_EMPLOYER: "Private or faith-based employer",
        Category.REGULATOR: "Regulator",
        Category.DEVELOPMENT_PARTNER: "Development partner or donor",
        Category.HEALTH_WORKERS: "Health workers",
        Category.CIVIL_SOCIETY: "Patients, users and civil society",
    },
    # The names used by francophone West African ministries of health ("partenaire technique et
    # financier" is the usual term for a donor there).
    "fr": {
        Category.MINISTRY_OF_HEALTH: "Ministère de la Santé",
        Category.MINISTRY_OF_FINANCE: "Ministère des Finances",
        Category.MINISTRY_OF_EDUCATION: "Ministère de l’Éducation",
        Category.MINISTRY_OF_CIVIL_SERVICE: "Ministère de la Fonction publique",
        Category.OTHER_GOVERNMENT: "Autres ministères et collectivités locales",
        Category.UNION: "Syndicat",
        Category.PROFESSIONAL_ASSOCIATION: "Association ou ordre professionnel",
        Category.TRAINING_INSTITUTION: "Établissement de formation",
        Category.PUBLIC_EMPLOYER: "Employeur public",
        Category.PRIVATE_EMPLOYER: "Employeur privé ou confessionnel",
        Category.REGULATOR: "Autorité de régulation",
        Category.DEVELOPMENT_PARTNER: "Partenaire technique et financier",
        Category.HEALTH_WORKERS: "Personnels de santé",
        Category.CIVIL_SOCIETY: "Patients, usagers et société civile",
    },
})

CATEGORY_LABELS: Mapping[Category, str] = _CATEGORY_WORDS.table("en")
"""The English names of the categories (use :func:`category_label` for another language)."""


def category_label(category: Category | str, lang: str = "en") -> str:
    """The name of a stakeholder category in ``lang`` (``"en"`` or ``"fr"``).

    Examples
    --------
    >>> category_label("union"), category_label(Category.UNION, "fr")
    ('Labour union', 'Syndicat')
    """
    return _CATEGORY_WORDS(Category(category), lang)


class Level(StrEnum):
    """Where a stakeholder acts."""

    NATIONAL = "national"
    REGIONAL = "regional"
    DISTRICT = "district"


class Kind(StrEnum):
    """An organisation or an individual person (persons are hidden in redacted outputs)."""

    ORGANISATION = "organisation"
    PERSON = "person"


class TieType(StrEnum):
    """Net-Map tie types."""

    AUTHORITY = "authority"
    FUNDING = "funding"
    INFORMATION = "information"
    COLLABORATION = "collaboration"
    CONFLICT = "conflict"


_LEVEL_WORDS: Labels[Level] = Labels("level", {
    "en": {Level.NATIONAL: "National", Level.REGIONAL: "Regional", Level.DISTRICT: "District"},
    "fr": {Level.NATIONAL: "National", Level.REGIONAL: "Régional", Level.DISTRICT: "District"},
})
_KIND_WORDS: Labels[Kind] = Labels("kind", {
    "en": {Kind.ORGANISATION: "Organisation", Kind.PERSON: "Person"},
    "fr": {Kind.ORGANISATION: "Organisation", Kind.PERSON: "Personne"},
})
_TIE_WORDS: Labels[TieType] = Labels("tie type", {
    "en": {TieType.AUTHORITY: "Authority", TieType.FUNDING: "Funding",
           TieType.INFORMATION: "Information", TieType.COLLABORATION: "Collaboration",
           TieType.CONFLICT: "Conflict"},
    "fr": {TieType.AUTHORITY: "Autorité", TieType.FUNDING: "Financement",
           TieType.INFORMATION: "Information", TieType.COLLABORATION: "Collaboration",
           TieType.CONFLICT: "Conflit"},
})
_STANCE_WORDS: Labels[int] = Labels("stance", {
    "en": {-2: "strongly opposes", -1: "opposes", 0: "neutral", 1: "supports",
           2: "strongly supports"},
    "fr": {-2: "s’oppose fortement", -1: "s’oppose", 0: "neutre", 1: "soutient",
           2: "soutient fortement"},
})

STANCE_LABELS: Mapping[int, str] = _STANCE_WORDS.table("en")
"""The English words for each stance (use :func:`stance_label` for another language)."""


def level_label(level: Level | str, lang: str = "en") -> str:
    """Where a stakeholder acts, in words (``"Régional"``)."""
    return _LEVEL_WORDS(Level(level), lang)


def kind_label(kind: Kind | str, lang: str = "en") -> str:
    """Organisation or person, in words."""
    return _KIND_WORDS(Kind(kind), lang)


def tie_type_label(tie_type: TieType | str, lang: str = "en") -> str:
    """The name of a Net-Map tie type (``"Financement"``).

    Examples
    --------
    >>> tie_type_label("funding"), tie_type_label(TieType.CONFLICT, "fr")
    ('Funding', 'Conflit')
    """
    return _TIE_WORDS(TieType(tie_type), lang)


def stance_label(stance: int, lang: str = "en") -> str:
    """A stance from -2 to +2 in words, lower case (``"soutient fortement"``).

    Raises
    ------
    KeyError
        For a stance outside -2 to 2.
    """
    return _STANCE_WORDS(stance, lang)


def _check_level(name: str, value: int | None, low: int, high: int, *, optional: bool) -> None:
    if value is None and optional:
        return
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise MapError(f"{name} must be a whole number from {low} to {high}, got {value!r}")


@dataclass(frozen=True)
class Position:
    """Where a stakeholder stands on one option: stance -2..+2, optional confidence 0..1."""

    stance: int
    confidence: float | None = None

    def __post_init__(self) -> None:
        _check_level("stance", self.stance, -2, 2, optional=False)
        if self.confidence is not None and not (
            isinstance(self.confidence, (int, float))
            and math.isfinite(self.confidence)
            and 0.0 <= self.confidence <= 1.0
        ):
            raise MapError(f"confidence must be between 0 and 1, got {self.confidence!r}")

    @property
    def label(self) -> str:
        """The stance in English words, for example ``"supports"`` (see :func:`stance_label`)."""
        return STANCE_LABELS[self.stance]


@dataclass(frozen=True)
class Stakeholder:
    """One stakeholder, its attributes and its positions on the options.

    Parameters
    ----------
    id:
        Stable identifier, independent of the name.
    name:
        Display name (any text; escaped wherever it is rendered).
    category, level, kind:
        Who it is and where it acts.
    power, interest:
        Influence and interest in the issue, 1 (low) to 5 (high).
    resources, leadership, knowledge:
        Optional 1 to 5 ratings (Schmeer 1999).
    legitimacy, urgency:
        For the salience classes of Mitchell, Agle & Wood (1997).
    positions:
        Option id to :class:`Position`; an option absent here is "unknown".
    x, y:
        Position on the map once placed (None until a layout or a drag sets it).
    """

    id: str
    name: str
    category: Category = Category.OTHER_GOVERNMENT
    level: Level = Level.NATIONAL
    kind: Kind = Kind.ORGANISATION
    power: int = 3
    interest: int = 3
    resources: int | None = None
    leadership: int | None = None
    knowledge: int | None = None
    legitimacy: bool = False
    urgency: bool = False
    notes: str = ""
    positions: Mapping[str, Position] = field(default_factory=dict)
    x: float | None = None
    y: float | None = None

    def __post_init__(self) -> None:
        if not self.id:
            raise MapError("a stakeholder needs an id")
        if not self.name.strip():
            raise MapError(f"stakeholder {self.id!r} needs a name")
        for attr, enum in (("category", Category), ("level", Level), ("kind", Kind)):
            value = getattr(self, attr)
            try:
                object.__setattr__(self, attr, enum(value))
            except ValueError:
                allowed = ", ".join(e.value for e in enum)
                raise MapError(
                    f"stakeholder {self.name!r}: unknown {attr} {value!r} "
                    f"(expected one of {allowed})"
                ) from None
        try:
            _check_level("power", self.power, 1, 5, optional=False)
            _check_level("interest", self.interest, 1, 5, optional=False)
            for attr in ("resources", "leadership", "knowledge"):
                _check_level(attr, getattr(self, attr), 1, 5, optional=True)
        except MapError as exc:
            raise MapError(f"stakeholder {self.name!r}: {exc}") from None
        for attr in ("x", "y"):
            v = getattr(self, attr)
            if v is not None and not math.isfinite(v):
                raise MapError(f"stakeholder {self.name!r}: {attr} must be a finite number")
        positions = {str(k): v for k, v in dict(self.positions).items()}
        for option_id, pos in positions.items():
            if not isinstance(pos, Position):
                raise MapError(f"stakeholder {self.name!r}: position on {option_id!r} is invalid")
        object.__setattr__(self, "positions", MappingProxyType(positions))

    def replace(self, **changes: object) -> Stakeholder:
        """A copy with some fields changed (validated again)."""
        return replace(self, **changes)

    def stance_on(self, option_id: str) -> int | None:
        """The stance on an option, or None when unknown."""
        pos = self.positions.get(option_id)
        return None if pos is None else pos.stance

    def with_position(self, option_id: str, position: Position | None) -> Stakeholder:
        """A copy with the position on one option set (None makes it unknown)."""
        positions = dict(self.positions)
        if position is None:
            positions.pop(option_id, None)
        else:
            positions[option_id] = position
        return self.replace(positions=positions)


@dataclass(frozen=True)
class Tie:
    """A typed tie between two stakeholders (Net-Map).

    ``directed`` ties run from ``source`` to ``target`` (authority: who commands whom; funding:
    where money flows). ``strength`` is 1 (weak) to 3 (strong). Several ties of different types may
    join the same pair.
    """

    id: str
    source: str
    target: str
    type: TieType = TieType.COLLABORATION
    strength: int = 2
    directed: bool = False
    notes: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            raise MapError("a tie needs an id")
        try:
            object.__setattr__(self, "type", TieType(self.type))
        except ValueError:
            allowed = ", ".join(t.value for t in TieType)
            raise MapError(
                f"tie {self.id!r}: unknown type {self.type!r} (expected {allowed})"
            ) from None
        if self.source == self.target:
            raise MapError(f"tie {self.id!r}: a stakeholder cannot be tied to itself")
        try:
            _check_level("strength", self.strength, 1, 3, optional=False)
        except MapError as exc:
            raise MapError(f"tie {self.id!r}: {exc}") from None

    def replace(self, **changes: object) -> Tie:
        """A copy with some fields changed (validated again)."""
        return replace(self, **changes)
