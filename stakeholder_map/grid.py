"""The power-interest grid (Mendelow 1991) and stakeholder salience (Mitchell, Agle & Wood 1997).

On Palabre's 1 to 5 ratings a level is "high" from 4 up: strictly above the scale's midpoint of 3,
so that a stakeholder rated 3 ("moderate") is not treated as a key player.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

from palabre.i18n.labels import Labels

HIGH_FROM = 4


class Quadrant(StrEnum):
    """Mendelow's four strategies."""

    MANAGE_CLOSELY = "manage_closely"  # high power, high interest
    KEEP_SATISFIED = "keep_satisfied"  # high power, low interest
    KEEP_INFORMED = "keep_informed"  # low power, high interest
    MONITOR = "monitor"  # low power, low interest


_QUADRANT_WORDS: Labels[Quadrant] = Labels("quadrant", {
    "en": {
        Quadrant.MANAGE_CLOSELY: "Manage closely",
        Quadrant.KEEP_SATISFIED: "Keep satisfied",
        Quadrant.KEEP_INFORMED: "Keep informed",
        Quadrant.MONITOR: "Monitor",
    },
    "fr": {
        Quadrant.MANAGE_CLOSELY: "Associer étroitement",
        Quadrant.KEEP_SATISFIED: "Maintenir satisfait",
        Quadrant.KEEP_INFORMED: "Tenir informé",
        Quadrant.MONITOR: "Surveiller",
    },
})

QUADRANT_LABELS: Mapping[Quadrant, str] = _QUADRANT_WORDS.table("en")
"""Mendelow's strategies in English (use :func:`quadrant_label` for another language)."""


def quadrant_label(q: Quadrant | str, lang: str = "en") -> str:
    """The strategy of a power-interest quadrant in words.

    Examples
    --------
    >>> quadrant_label("keep_informed"), quadrant_label(Quadrant.MANAGE_CLOSELY, "fr")
    ('Keep informed', 'Associer étroitement')
    """
    return _QUADRANT_WORDS(Quadrant(q), lang)


class Salience(StrEnum):
    """Mitchell, Agle & Wood's stakeholder classes from power, legitimacy and urgency."""

    NONE = "none"
    DORMANT = "dormant"  # power only
    DISCRETIONARY = "discretionary"  # legitimacy only
    DEMANDING = "demanding"  # urgency only
    DOMINANT = "dominant"  # power and legitimacy
    DANGEROUS = "dangerous"  # power and urgency
    DEPENDENT = "dependent"  # legitimacy and urgency
    DEFINITIVE = "definitive"  # all three


# French names of Mitchell, Agle & Wood's classes as French management writing gives them,
# feminine to agree with "partie prenante" (une partie prenante dormante, exigeante...).
_SALIENCE_WORDS: Labels[Salience] = Labels("salience class", {
    "en": {
        Salience.NONE: "None",
        Salience.DORMANT: "Dormant",
        Salience.DISCRETIONARY: "Discretionary",
        Salience.DEMANDING: "Demanding",
        Salience.DOMINANT: "Dominant",
        Salience.DANGEROUS: "Dangerous",
        Salience.DEPENDENT: "Dependent",
        Salience.DEFINITIVE: "Definitive",
    },
    "fr": {
        Salience.NONE: "Aucune",
        Salience.DORMANT: "Dormante",
        Salience.DISCRETIONARY: "Discrétionnaire",
        Salience.DEMANDING: "Exigeante",
        Salience.DOMINANT: "Dominante",
        Salience.DANGEROUS: "Dangereuse",
        Salience.DEPENDENT: "Dépendante",
        Salience.DEFINITIVE: "Définitive",
    },
})

SALIENCE_LABELS: Mapping[Salience, str] = _SALIENCE_WORDS.table("en")
"""The salience classes in English (use :func:`salience_label` for another language)."""


def salience_label(s: Salience | str, lang: str = "en") -> str:
    """The name of a salience class.

    Examples
    --------
    >>> salience_label("definitive"), salience_label(Salience.DORMANT, "fr")
    ('Definitive', 'Dormante')
    """
    return _SALIENCE_WORDS(Salience(s), lang)


def quadrant(power: int, interest: int) -> Quadrant:
    """The power-interest quadrant; high means 4 or 5 on the 1 to 5 scale.

    Examples
    --------
    >>> quadrant(4, 4).value, quadrant(3, 5).value, quadrant(5, 3).value, quadrant(3, 3).value
    ('manage_closely', 'keep_informed', 'keep_satisfied', 'monitor')
    """
    high_power = power >= HIGH_FROM
    high_interest = interest >= HIGH_FROM
    if high_power:
        return Quadrant.MANAGE_CLOSELY if high_interest else Quadrant.KEEP_SATISFIED
    return Quadrant.KEEP_INFORMED if high_interest else Quadrant.MONITOR


_SALIENCE = {
    (False, False, False): Salience.NONE,
    (True, False, False): Salience.DORMANT,
    (False, True, False): Salience.DISCRETIONARY,
    (False, False, True): Salience.DEMANDING,
    (True, True, False): Salience.DOMINANT,
    (True, False, True): Salience.DANGEROUS,
    (False, True, True): Salience.DEPENDENT,
    (True, True, True): Salience.DEFINITIVE,
}


def salience(power: int, legitimacy: bool, urgency: bool) -> Salience:
    """The salience class; a stakeholder "has power" when rated 4 or 5.

    Examples
    --------
    >>> salience(5, True, True).value, salience(4, False, True).value
    ('definitive', 'dangerous')
    >>> salience(3, True, False).value
    'discretionary'
    """
    return _SALIENCE[(power >= HIGH_FROM, bool(legitimacy), bool(urgency))]
