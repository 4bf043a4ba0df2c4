"""Built-in labels of the engines in English and French (issue 10).

A facilitator running the workshop in French must see stakeholder categories, quadrants,
salience classes, option families and criteria groups in French, while the ids stored in files
stay the same in both languages.
"""

from __future__ import annotations

import pytest

from dialogue.example import example_dialogue
from dialogue.participants import group_label
from dialogue.redaction import redacted_copy
from dialogue.values import FAMILY_LABELS, Family, family_label
from exports.brief.phrases import Phrases
from mcda.criteria import Direction, Group, ScaleKind, direction_label, scale_kind_label
from mcda.criteria import group_label as criteria_group_label
from mcda.feasibility import Quadrant as FeasibilityQuadrant
from mcda.feasibility import quadrant_label as feasibility_quadrant_label
from mcda.ranking import METHOD_NAMES, METHODS, method_label
from palabre.i18n.labels import Labels
from stakeholder_map.grid import QUADRANT_LABELS, Quadrant, Salience, quadrant_label, salience_label
from stakeholder_map.model import (
    CATEGORY_LABELS,
    STANCE_LABELS,
    Category,
    Kind,
    Level,
    TieType,
    category_label,
    kind_label,
    level_label,
    stance_label,
    tie_type_label,
)

FAMILIES = [
    (Category, category_label),
    (Level, level_label),
    (Kind, kind_label),
    (TieType, tie_type_label),
    (Quadrant, quadrant_label),
    (Salience, salience_label),
    (Family, family_label),
    (Group, criteria_group_label),
    (Direction, direction_label),
    (ScaleKind, scale_kind_label),
    (FeasibilityQuadrant, feasibility_quadrant_label),
]


@pytest.mark.parametrize(("enum", "label"), FAMILIES, ids=[e.__name__ for e, _ in FAMILIES])
def test_every_value_has_a_french_label(enum, label) -> None:
    """Every value of every built-in family has a non-empty label in both languages, the
    French labels are distinct from each other (two categories never read the same), and the
    value itself works as well as the enumeration member (what a file stores)."""
    french = [label(v, "fr") for v in enum]
    assert all(text.strip() for text in french)
    assert len(set(french)) == len(french)
    for v in enum:
        assert label(v.value, "fr") == label(v, "fr")
        assert label(v, "en").strip()


def test_french_labels_are_french() -> None:
    """A few labels a facilitator sees first, in the vocabulary of the plan (partie prenante,
    faisabilité...), and typographic apostrophes as in the brief."""
    assert category_label(Category.UNION, "fr") == "Syndicat"
    assert category_label("development_partner", "fr") == "Partenaire technique et financier"
    assert category_label(Category.MINISTRY_OF_EDUCATION, "fr") == "Ministère de l’Éducation"
    assert quadrant_label(Quadrant.KEEP_INFORMED, "fr") == "Tenir informé"
    assert salience_label(Salience.DEFINITIVE, "fr") == "Définitive"
    assert family_label(Family.FINANCIAL, "fr") == "Incitations financières"
    assert criteria_group_label(Group.FEASIBILITY, "fr") == "Faisabilité"
    assert tie_type_label(TieType.FUNDING, "fr") == "Financement"
    assert stance_label(-2, "fr") == "s’oppose fortement"
    assert method_label("wsm", "fr").startswith("modèle additif")


def test_english_constants_keep_working() -> None:
    """The English tables many callers use are unchanged and agree with the functions."""
    assert CATEGORY_LABELS[Category.UNION] == "Labour union"
    assert CATEGORY_LABELS["union"] == "Labour union"  # a StrEnum key also answers to its value
    assert list(CATEGORY_LABELS) == list(Category)
    assert QUADRANT_LABELS[Quadrant.MANAGE_CLOSELY] == "Manage closely"
    assert FAMILY_LABELS[Family.SUPPORT] == "Personal and professional support"
    assert STANCE_LABELS[2] == "strongly supports"
    assert METHOD_NAMES["wpm"] == "weighted product model" and set(METHOD_NAMES) == set(METHODS)
    for c in Category:
        assert category_label(c) == CATEGORY_LABELS[c]


def test_language_codes_are_read_leniently_and_ids_are_refused_when_unknown() -> None:
    """A locale name (fr_FR.UTF-8) picks French, an unknown language English; an unknown value
    is an error, not a silent English word."""
    assert category_label("union", "fr_FR.UTF-8") == "Syndicat"
    assert category_label("union", "de") == "Labour union"
    with pytest.raises(ValueError):
        category_label("astrologers", "fr")
    with pytest.raises(KeyError):
        stance_label(3, "fr")


def test_a_labels_table_must_cover_the_same_values_in_every_language() -> None:
    """A value labelled in English but forgotten in French is caught when the table is built."""
    with pytest.raises(ValueError, match="not the same values"):
        Labels("size", {"en": {"s": "Small", "l": "Large"}, "fr": {"s": "Petit"}})


def test_the_brief_names_values_as_the_engines_do() -> None:
    """The brief takes its category, quadrant, family, group, tie and stance words from the
    engines: one translation, the same in the window, the command line and the brief."""
    fr, en = Phrases("fr"), Phrases("en")
    for c in Category:
        assert fr.label("category", c) == category_label(c, "fr")
        assert en.label("category", c.value) == category_label(c, "en")
    for q in Quadrant:
        assert fr.label("quadrant", q) == quadrant_label(q, "fr")
    for s in range(-2, 3):
        assert fr.label("stance", s) == stance_label(s, "fr")
    assert fr.label("family", "financial") == "Incitations financières"
    assert fr.label("group", "feasibility") == "Faisabilité"
    assert fr.label("level", "regional") == "Régional"
    assert fr.label("tie", "conflict") == "Conflit"


def test_a_french_dialogue_is_redacted_with_french_categories() -> None:
    """The redacted copy of a French dialogue names stakeholders "Syndicat 1"; the English one
    keeps "Labour union 1"; the ids and categories stored are the same in both."""
    d = example_dialogue()
    english = redacted_copy(d)
    d.apply(_set_language(d, "fr"))
    french = redacted_copy(d)
    assert english.stakeholders["union"].name == "Labour union 1"
    assert french.stakeholders["union"].name == "Syndicat 1"
    assert list(french.stakeholders) == list(english.stakeholders)
    assert french.stakeholders["union"].category == english.stakeholders["union"].category


def test_group_label_follows_the_language() -> None:
    """Whom a participant speaks for, in the language of the sheets."""
    assert group_label("union", "fr") == "Syndicat"
    assert group_label("", "fr") == "Au nom d’aucun groupe"
    assert group_label("") == "Speaks for no group"


def _set_language(d, lang: str):
    from dialogue.edits import set_info

    return set_info(d, language=lang)


def test_a_new_french_dialogue_starts_in_french() -> None:
    """File > New in French: title, criteria and the equal weight set in French, with the same
    ids as in English."""
    from dialogue.templates import blank_dialogue

    en, fr = blank_dialogue(), blank_dialogue(language="fr")
    assert (fr.info.title, fr.weight_sets["equal"].name) == ("Nouveau dialogue", "Poids égaux")
    assert en.info.title == "New dialogue"
    assert list(fr.criteria) == list(en.criteria)
    assert [c.name for c in fr.criteria.values()] != [c.name for c in en.criteria.values()]
    assert blank_dialogue("Atelier de Kara", "fr").info.title == "Atelier de Kara"
