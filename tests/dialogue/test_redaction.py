"""The redacted copy of a dialogue (issue 9): categories kept, names and notes gone."""

from __future__ import annotations

from dialogue.example import example_dialogue
from dialogue.native_file import dumps
from dialogue.redaction import redacted_copy


def test_no_name_or_note_survives_in_the_saved_copy() -> None:
    """Nothing that names a stakeholder, a participant or the facilitator is in the file text."""
    d = example_dialogue()
    text = dumps(redacted_copy(d))
    names = [s.name for s in d.stakeholders.values()] + [p.name for p in d.participants.values()]
    notes = [s.notes for s in d.stakeholders.values() if s.notes]
    for needle in [*names, *notes, d.info.facilitator]:
        assert needle not in text, needle


def test_structure_and_analysis_are_kept() -> None:
    """Categories, powers, positions, ties, scores and weights are unchanged: same ranking."""
    from dialogue.analysis import rank

    d = example_dialogue()
    r = redacted_copy(d)
    assert [s.category for s in r.stakeholders.values()] == [s.category for s in d.stakeholders.values()]
    assert [s.positions for s in r.stakeholders.values()] == [s.positions for s in d.stakeholders.values()]
    assert list(r.ties) == list(d.ties) and r.scores == d.scores
    assert [x.option for x in rank(r).ranking] == [x.option for x in rank(d).ranking]
    assert all(p.anonymous and p.role == "" for p in r.participants.values())


def test_names_in_the_brief_text_are_replaced_and_the_original_is_untouched() -> None:
    """A stakeholder named in the context paragraph is replaced by its label; the source dialogue
    keeps everything."""
    from dialogue import edits

    d = example_dialogue()
    person = d.stakeholders["parliament"].name
    d.apply(edits.set_brief_text(d, "recommendations", f"Brief {person} before the budget vote."))
    r = redacted_copy(d)
    label = "Other government and local authorities 2"  # the local councils come first
    assert r.stakeholders["parliament"].name == label
    assert r.brief["recommendations"] == f"Brief {label} before the budget vote."
    assert d.brief["recommendations"] == f"Brief {person} before the budget vote."


def test_command_line_writes_the_redacted_copy(tmp_path) -> None:
    """`palabre redact` writes a loadable copy and refuses to overwrite the original."""
    from desktop.cli import main
    from dialogue.native_file import load, save

    source = tmp_path / "ex.palabre"
    save(example_dialogue(), source)
    assert main(["redact", str(source), "-o", str(tmp_path / "public.palabre")]) == 0
    assert load(tmp_path / "public.palabre").stakeholders["union"].name == "Labour union 1"
    assert main(["redact", str(source), "-o", str(source)]) == 1
    assert load(source) == example_dialogue()


def test_names_in_workforce_effect_notes_are_replaced() -> None:
    """An effect's note that names a stakeholder is redacted like the brief; figures are kept."""
    from dialogue import edits_workforce as ew
    from dialogue.workforce import effects_of

    d = example_dialogue()
    effect = effects_of(d)["hardship_allowance"][0]
    noted = effect.replace(note=f"Figures from {d.stakeholders['union'].name}, 2025.")
    d.apply(ew.set_option_effects(d, "hardship_allowance", [noted, *effects_of(d)["hardship_allowance"][1:]]))
    r = redacted_copy(d)
    kept = effects_of(r)["hardship_allowance"][0]
    assert d.stakeholders["union"].name not in kept.note and "Labour union 1" in kept.note
    assert kept.central == effect.central and kept.low == effect.low
