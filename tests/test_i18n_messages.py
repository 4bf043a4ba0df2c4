"""palabre.i18n: French for the engines' English messages, at the command line and in dialogs.

What a user would notice: a message in French with their own names, file names and values
exactly as they wrote them; a message the catalogue does not know still shown (in English),
never lost and never a crash; English left alone.
"""

from __future__ import annotations

import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from palabre.i18n import choose_lang, lang_from_environment, translate_message, untranslated_parts
from palabre.i18n import messages as engine


def fr(message: str) -> str:
    return translate_message(message, "fr")


def test_english_and_unknown_languages_are_left_alone() -> None:
    """Only French is translated; English, an unknown language and an empty message pass."""
    message = "bad.palabre: stakeholders[0].power: missing"
    assert translate_message(message, "en") == message
    assert translate_message(message, "de") == message
    assert translate_message("", "fr") == ""
    assert translate_message(message, "fr_FR.UTF-8") == "bad.palabre: stakeholders[0].power: manquant"


def test_user_content_is_kept_exactly() -> None:
    """Names in quotes (even English words, colons and semicolons), file names with spaces,
    field paths and values are copied as written."""
    message = ("Plan of the union; final.palabre: stakeholders[3]: stakeholder 'Union: the missing "
               "nurses; and more': power must be a whole number from 1 to 5, got 6")
    assert fr(message) == ("Plan of the union; final.palabre: stakeholders[3]: partie prenante 'Union: "
                           "the missing nurses; and more': power doit être un nombre entier de 1 à 5, pas 6")
    assert fr("the key \"it's\" appears twice in the same object") == \
        "la clé \"it's\" apparaît deux fois dans le même objet"


def test_a_message_the_catalogue_does_not_know_stays_readable() -> None:
    """Unknown parts stay in English, known parts are translated, nothing is lost; the finder
    of English reports the unknown part."""
    message = "m.palabre: the moon is not aligned; stakeholders[0].power: missing"
    out = fr(message)
    assert out == "m.palabre: the moon is not aligned; stakeholders[0].power: manquant"
    assert untranslated_parts(out) == ["the moon is not aligned"]
    assert not engine.is_translated(message)
    assert engine.is_translated("m.palabre: stakeholders[0].power: missing")


def test_counts_and_plurals_are_french() -> None:
    """French plurals (singular for 1) and thousands written 10 000 with a no-break space."""
    assert fr("a.palabre: info.title: missing (and 1 more)") == \
        "a.palabre: info.title: manquant (et 1 autre problème)"
    assert fr("a.palabre: info.title: missing (and 12 more)").endswith("(et 12 autres problèmes)")
    assert fr("t.csv: 1 problem, nothing was imported: t.csv row 2, column 'id': the id is empty") == \
        "t.csv: 1 problème, rien n’a été importé: t.csv, ligne 2, colonne 'id': l’identifiant est vide"
    assert fr("stakeholders[0].notes: text of 10,000,000 characters is longer than the 100,000 allowed") == \
        "stakeholders[0].notes: texte de 10\u00a0000\u00a0000 caractères, plus long que les 100\u00a0000 permis"


def test_encrypted_dialogues_in_french() -> None:
    """The passphrase and encryption messages the window shows when opening a protected file."""
    assert fr("secret.palabre could not be opened: the passphrase is wrong, or the file was changed or "
              "damaged") == ("secret.palabre n’a pas pu être ouvert: la phrase secrète est fausse, ou le "
                             "fichier a été modifié ou endommagé")
    assert fr("choose a passphrase of at least 8 characters") == \
        "choisissez une phrase secrète d’au moins 8 caractères"
    assert fr("notes.txt is not an encrypted Palabre dialogue") == \
        "notes.txt n’est pas un dialogue Palabre chiffré"


def test_terminal_typography_is_plain() -> None:
    """No narrow no-break space before punctuation in terminal messages ("palabre: ...")."""
    for message in ("x.palabre is not valid JSON (line 1, column 1: Expecting value)",
                    "unknown value 'x': did you mean 'y'?", "bad.csv is a zip archive (an Excel workbook?), "
                    "not a CSV file"):
        out = fr(message)
        assert "\u202f" not in out and " :" not in out and " ?" not in out, out


def test_templates_only_use_the_groups_of_their_pattern() -> None:
    """Every French template names only groups its English pattern captures (a typo would
    raise when the message is shown)."""
    rules, locations = engine._catalogue()
    for r in (*rules, *locations):
        if callable(r.template):
            continue
        fields = {f for _, f, _, _ in string.Formatter().parse(r.template) if f}
        assert fields <= set(r.pattern.groupindex), (r.pattern.pattern, r.template)


def test_a_faulty_rule_never_hides_the_message(monkeypatch: pytest.MonkeyPatch) -> None:
    """If a rule breaks, the English message is shown rather than nothing or a traceback."""
    from palabre.i18n.rules import Rule, rule

    def broken(groups: object) -> str:
        raise KeyError("typo")

    rules, locations = engine._catalogue()
    bad: Rule = rule(r"(?P<f>.+) is empty", broken)
    monkeypatch.setattr(engine, "_catalogue", lambda: ((bad, *rules), locations))
    assert fr("a.palabre is empty") == "a.palabre is empty"


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([*"ab ':;()[]\".,-0123456789", " is ", "missing", " row ", ": ", "; "]),
                max_size=40).map("".join))
def test_any_text_gives_a_string_back(text: str) -> None:
    """Whatever the message (quotes left open, brackets, colons), translation returns text."""
    out = fr(text)
    assert isinstance(out, str)


def test_language_of_the_environment() -> None:
    """LC_ALL, then LC_MESSAGES, then LANG decide; French when the first set one starts with
    fr; an explicit --lang wins."""
    assert lang_from_environment({"LANG": "fr_FR.UTF-8"}) == "fr"
    assert lang_from_environment({"LC_ALL": "en_US.UTF-8", "LANG": "fr_FR.UTF-8"}) == "en"
    assert lang_from_environment({"LC_MESSAGES": "fr_BF", "LANG": "en_GB"}) == "fr"
    assert lang_from_environment({"LANG": "C.UTF-8"}) == "en"
    assert lang_from_environment({}) == "en"
    assert choose_lang("en", {"LANG": "fr_FR.UTF-8"}) == "en"


def test_undo_labels_in_french() -> None:
    """The labels of edits, as the Undo menu shows them, with the user's names unchanged."""
    assert fr("Add Ministry of Health") == "Ajouter Ministry of Health"
    assert fr("Remove 3 ties") == "Retirer 3 liens"
    assert fr("Add funding tie MoH – Union of Nurses") == "Ajouter un lien de financement MoH – Union of Nurses"
    assert fr("Edit key messages") == "Modifier les messages clés"
    assert fr("Paste 1 score") == "Coller 1 note"
