"""Presets of criteria (DOMAIN.md section 3): Palabre's default feasibility and AAAQ impact set,
WHO 2010's selection questions and ISAT's scalability domains, in English and French, each level
of each anchored scale described in words."""

from __future__ import annotations

import pytest

from dialogue import edits_decision
from dialogue.criteria_presets import PRESETS, preset
from dialogue.model import Dialogue
from dialogue.native_file import dumps, loads_dialogue
from dialogue.values import LANGUAGES
from mcda.criteria import Group, ScaleKind
from palabre.errors import ValidationError


def _names(pid: str, lang: str = "en") -> list[str]:
    return [c.name for c in preset(pid).criteria(lang)]


def test_palabre_default_has_five_feasibility_and_aaaq_impact_criteria() -> None:
    """DOMAIN.md section 3: affordability, political acceptability, implementation capacity, time to
    effect, sustainability; availability, accessibility, acceptability, quality, equity, retention."""
    criteria = preset("palabre").criteria("en")
    feasibility = [c.id for c in criteria if c.group is Group.FEASIBILITY]
    impact = [c.id for c in criteria if c.group is Group.IMPACT]
    assert feasibility == ["affordability", "political", "capacity", "time", "sustainability"]
    assert impact == ["availability", "accessibility", "acceptability", "quality", "equity", "retention"]


def test_who_2010_questions_and_isat_domains() -> None:
    """WHO (2010) asks about relevance, acceptability, affordability, complementarities and
    effectiveness; ISAT (Milat et al. 2020) has ten domains."""
    assert sorted(_names("who2010")) == ["Acceptability", "Affordability", "Complementarities",
                                        "Effectiveness", "Relevance"]
    isat = preset("isat").criteria("en")
    assert len(isat) == 10
    assert {c.id for c in isat} == {"problem", "intervention", "context", "evidence", "costs",
                                    "fidelity", "reach", "setting", "infrastructure", "sustainability"}


@pytest.mark.parametrize("pid", list(PRESETS))
@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_level_of_every_scale_is_worded(pid: str, lang: str) -> None:
    """Each criterion is anchored 1-5 with five distinct descriptions, a name and a description."""
    p = preset(pid)
    assert p.name(lang) and p.description(lang) and p.source
    for c in p.criteria(lang):
        assert c.scale.kind is ScaleKind.ANCHORED
        assert len(c.scale.anchors) == 5 and len(set(c.scale.anchors)) == 5, c.id
        assert all(a.strip() for a in c.scale.anchors)
        assert c.name.strip() and c.description.strip()
        # Feasibility first, then impact: the order of the criteria tree.
    groups = [c.group for c in p.criteria(lang)]
    assert groups == sorted(groups, key=lambda g: g is not Group.FEASIBILITY)


def test_french_wording_differs_from_english() -> None:
    """The French preset is translated, level by level."""
    en, fr = preset("palabre").criteria("en"), preset("palabre").criteria("fr")
    assert [c.id for c in en] == [c.id for c in fr]
    for a, b in zip(en, fr, strict=True):
        assert a.name != b.name
        assert a.scale.anchors != b.scale.anchors
    assert fr[0].name == "Coût abordable et marge budgétaire"


def test_unknown_preset_or_language_is_refused() -> None:
    """The message lists what exists."""
    with pytest.raises(ValidationError, match="palabre, who2010, isat"):
        preset("nice")
    with pytest.raises(ValidationError, match="language"):
        preset("isat").criteria("de")


def test_applying_a_preset_replaces_criteria_in_one_undoable_step(example: Dialogue) -> None:
    """Replacing the example's criteria clears their scores, weighs the new ones 1 in every
    perspective, saves and loads, and one undo restores everything."""
    before = example.snapshot()
    inverse = example.apply(edits_decision.apply_preset(example, "who2010"))
    assert [c.id for c in example.criteria.values()] == [
        "acceptability", "affordability", "relevance", "complementarities", "effectiveness"]
    assert not example.scores
    for ws in example.weight_sets.values():
        assert dict(ws.weights) == dict.fromkeys(example.criteria, 1.0)
    assert loads_dialogue(dumps(example)) == example
    example.apply(inverse)
    assert example.snapshot() == before


def test_adding_a_preset_keeps_current_criteria_and_makes_ids_unique(example: Dialogue) -> None:
    """'add' mode keeps the example's ten criteria and scores; clashing ids get a suffix."""
    n_scores = len(example.scores)
    example.apply(edits_decision.apply_preset(example, "palabre", mode="add"))
    assert len(example.criteria) == 10 + 11
    assert len(example.scores) == n_scores
    assert "political_2" in example.criteria and "equity" in example.criteria
