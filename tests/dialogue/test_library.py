"""The built-in library: WHO's sixteen rural-retention interventions (WHO 2010; DOMAIN.md section 2),
in English and French, and how they become options of a dialogue."""

from __future__ import annotations

import pytest

from dialogue import edits_decision
from dialogue.library import (
    CODES,
    FAMILY_NAMES,
    INTERVENTIONS,
    by_family,
    codes_in,
    intervention,
    library_option,
)
from dialogue.model import Dialogue
from dialogue.native_file import dumps, loads_dialogue
from dialogue.values import LANGUAGES, Family
from palabre.errors import ValidationError


def test_the_sixteen_codes_of_who_2010_in_four_families() -> None:
    """WHO (2010) lists A1-A5 (education), B1-B4 (regulation), C1 (financial), D1-D6 (support)."""
    assert CODES == ("A1", "A2", "A3", "A4", "A5", "B1", "B2", "B3", "B4", "C1",
                     "D1", "D2", "D3", "D4", "D5", "D6")
    families = by_family()
    assert list(families) == [Family.EDUCATION, Family.REGULATION, Family.FINANCIAL, Family.SUPPORT]
    assert [len(v) for v in families.values()] == [5, 4, 1, 6]
    assert intervention("B3").family is Family.REGULATION
    assert intervention("d3").name("en") == "Outreach support and telehealth"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_intervention_has_a_name_and_a_short_description_in_each_language(lang: str) -> None:
    """A user sees a name and one or two sentences, in English and in French, for all sixteen."""
    names = set()
    for item in INTERVENTIONS:
        name, text = item.name(lang), item.description(lang)
        assert name.strip() and len(name) < 80, item.code
        assert text.endswith("."), item.code
        sentences = text.count(". ") + 1
        assert 1 <= sentences <= 2 and 60 < len(text) < 300, (item.code, text)
        names.add(name)
    assert len(names) == 16
    assert set(FAMILY_NAMES[lang]) == set(Family)


def test_french_texts_are_french_not_copies() -> None:
    """The French text differs from the English for every intervention."""
    for item in INTERVENTIONS:
        assert item.name("fr") != item.name("en")
        assert item.description("fr") != item.description("en")
    assert intervention("C1").name("fr") == "Incitations financières soutenables"


def test_an_unknown_code_names_the_known_ones() -> None:
    """Asking for E1 says which codes exist."""
    with pytest.raises(ValidationError, match=r"'E1'.*A1, A2"):
        intervention("E1")


def test_library_options_get_fresh_ids_and_the_dialogue_language(example: Dialogue) -> None:
    """Adding C1 twice gives two options with different ids; a French dialogue gets French text."""
    first = library_option(example, "C1")
    assert (first.id, first.code, first.family) == ("who_c1", "C1", Family.FINANCIAL)
    second = library_option(example, "C1", taken={first.id})
    assert second.id == "who_c1_2"
    french = library_option(example, "A3", lang="fr")
    assert french.name == "Stages cliniques en milieu rural"
    with pytest.raises(ValidationError, match="language"):
        library_option(example, "A3", lang="de")


def test_adding_the_whole_library_is_one_undoable_step_that_saves(example: Dialogue) -> None:
    """All sixteen in one edit; the file round-trips; undo removes all sixteen."""
    before = example.snapshot()
    taken: set[str] = set()
    options = []
    for code in CODES:
        o = library_option(example, code, taken=taken)
        taken.add(o.id)
        options.append(o)
    inverse = example.apply(edits_decision.add_options(example, options))
    assert len(example.options) == 12 + 16
    assert codes_in(example) >= set(CODES)
    assert loads_dialogue(dumps(example)) == example
    example.apply(inverse)
    assert example.snapshot() == before
