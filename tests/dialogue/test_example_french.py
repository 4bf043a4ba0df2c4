"""The example dialogue in French (issue 10): same ids and numbers, every text in French.

"Ids are never language-dependent, so a dialogue made in French opens correctly in English and
the reverse": these tests compare the French example with the English one value by value, with
every text put aside, and then check that every text was translated.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from enum import Enum
from pathlib import Path
from typing import Any

import pytest

from dialogue import example_fr
from dialogue.analysis import map_measures, rank
from dialogue.decision import ranking_json
from dialogue.example import default_criteria, example_dialogue
from dialogue.model import COLLECTIONS, Dialogue
from dialogue.native_file import dumps, load, save
from palabre.errors import PalabreError, ValidationError

# Fields that hold ids, codes or settings, never words a reader sees: kept verbatim, so they
# must be equal in both languages. (A tie's ``source`` is a stakeholder id; an answer's
# ``source`` is the name of the sheet file, which is a text.)
ID_FIELDS = frozenset({
    "id", "target", "stakeholder", "participant", "category", "code", "date",
    "currency", "parts", "weighting", "key", "fingerprint", "cadre", "area", "transfer_to",
    "option", "criterion", "measure",
})
ID_FIELDS_OF = {"Tie": {"source"}, "CombinedNeed": {"cadres"}}
# Texts that are the same in both languages: people's names, and the code of an anonymous one.
PROPER_NAMES = frozenset({"Aïcha Traoré", "Daniel Mwale", "Joseph Banda", "Grace Phiri", "RN-03",
                          "Dr Helen Achieng"})
# English words that have no business in a French text (whole words, any case).
ENGLISH_WORDS = re.compile(r"\b(the|and|of|with|for|from|per|year|years|is|are|its|this|"
                           r"health|nurses|midwives|ministry|workers?)\b", re.I)


def _walk(value: Any, path: str, texts: list[tuple[str, str]]) -> Any:
    """``value`` with every text replaced by a marker (its skeleton); texts go to ``texts``."""
    if isinstance(value, Enum):
        return value
    if isinstance(value, str):
        texts.append((path, value))
        return "<text>"
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        kind = type(value).__name__
        ids = ID_FIELDS | ID_FIELDS_OF.get(kind, set())
        return (kind, {f.name: getattr(value, f.name) if f.name in ids
                       else _walk(getattr(value, f.name), f"{path}.{f.name}", texts)
                       for f in dataclasses.fields(value)})
    if isinstance(value, Mapping):  # keys are ids: kept as they are
        return {k: _walk(v, f"{path}[{k!r}]", texts) for k, v in value.items()}
    if isinstance(value, (tuple, list)):
        return tuple(_walk(v, f"{path}[{i}]", texts) for i, v in enumerate(value))
    return value


def _parts(d: Dialogue) -> tuple[dict[str, Any], list[tuple[str, str]]]:
    """The dialogue's skeleton by collection (keys in order) and all its texts, in order."""
    texts: list[tuple[str, str]] = []
    skeleton: dict[str, Any] = {}
    for collection in COLLECTIONS:
        keys = d.keys(collection)
        if collection == "settings":  # the active weight set's id
            skeleton[collection] = [(k, d.get(collection, k)) for k in keys]
            continue
        skeleton[collection] = [(k, _walk(d.get(collection, k), f"{collection}[{k!r}]", texts))
                                for k in keys]
    return skeleton, texts


@pytest.fixture(scope="module")
def en() -> Dialogue:
    return example_dialogue("en")


@pytest.fixture(scope="module")
def fr() -> Dialogue:
    return example_dialogue("fr")


def test_the_call_without_argument_is_the_english_example(en: Dialogue) -> None:
    """Existing callers (window, benchmarks, tests) keep getting exactly the English example."""
    assert dumps(example_dialogue()) == dumps(en)
    assert en.info.language == "en"


def test_same_ids_numbers_and_order_in_both_languages(en: Dialogue, fr: Dialogue) -> None:
    """Every collection has the same keys in the same order, and every value is the same once
    its texts are put aside: scores, ranges, weights, positions, ties, places, answers,
    workforce figures and effects."""
    skeleton_en, texts_en = _parts(en)
    skeleton_fr, texts_fr = _parts(fr)
    for collection in COLLECTIONS:
        assert skeleton_fr[collection] == skeleton_en[collection], collection
    assert [p for p, _ in texts_fr] == [p for p, _ in texts_en]
    assert fr.info.language == "fr"
    assert len(en.stakeholders) == 18 and len(en.options) == 12  # the walk saw the example


def test_every_text_of_the_french_example_is_french(en: Dialogue, fr: Dialogue) -> None:
    """No text is left in English: each differs from its English counterpart (unless it is a
    person's name) and none holds an English word. A text added to the English example without
    its French in dialogue/example_fr.py fails here, naming where it is."""
    _, texts_en = _parts(en)
    _, texts_fr = _parts(fr)
    english_left = [path for (path, e), (_, f) in zip(texts_en, texts_fr, strict=True)
                    if e.strip() and e == f and e not in PROPER_NAMES]
    assert english_left == []
    words = [(path, m.group()) for path, f in texts_fr if f not in PROPER_NAMES
             for m in [ENGLISH_WORDS.search(f)] if m]
    assert words == []
    # The walk reached every kind of text the example has.
    paths = " ".join(p for p, _ in texts_fr)
    for part in ("info", "stakeholders", "options", "criteria", "scale.anchors", "scale.unit",
                 "weight_sets", "participants", "answers", "brief", "workforce", "effects"):
        assert part in paths, part


def test_french_typography(fr: Dialogue) -> None:
    """A narrow no-break space before ; : ! ? % and in 1 000, and the typographic apostrophe,
    as in the brief's own French phrases (Lexique des règles typographiques)."""
    _, texts = _parts(fr)
    bad = [(path, t) for path, t in texts
           if re.search(r"[ \u00a0][;:!?%]|\d \d{3}\b|'|\s{2}", t)]
    assert bad == []
    assert "1\u202f000 habitants" in fr.brief["context"]
    assert "41\u202f%" in fr.stakeholders["north_rhd"].notes


def test_french_texts_reuse_the_built_in_content(fr: Dialogue) -> None:
    """Criteria from the presets and the option from the WHO library say what the presets and
    the library say in French (apostrophes aside), so the example and the built-in content agree."""
    from dialogue.criteria_presets import preset
    from dialogue.library import intervention

    presets = {c.id: c for c in preset("palabre").criteria("fr")}
    plain = lambda s: s.replace("\u2019", "'").replace("\u202f", " ")  # noqa: E731
    for cid in ("political", "capacity", "sustainability", "availability", "accessibility",
                "acceptability", "quality", "retention"):
        assert [plain(a) for a in fr.criteria[cid].scale.anchors] == list(presets[cid].scale.anchors)
    assert plain(fr.options["rural_admission"].name) == intervention("A1").name("fr")


def test_default_criteria_in_french_keep_ids_and_scales() -> None:
    """The example's criteria in French: same ids, groups, directions and scale bounds."""
    en, fr = default_criteria(), default_criteria("fr")
    assert [(c.id, c.group, c.direction, c.scale.kind, c.scale.low, c.scale.high) for c in fr] == \
        [(c.id, c.group, c.direction, c.scale.kind, c.scale.low, c.scale.high) for c in en]
    assert all(f.name != e.name for f, e in zip(fr, en, strict=True))
    assert fr[0].scale.unit == "millions US$ par an"


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(ValidationError, match="language must be one of en, fr, got 'de'"):
        example_dialogue("de")
    with pytest.raises(ValidationError, match="'es'"):
        default_criteria("es")


def test_a_missing_french_text_fails_loudly(monkeypatch: pytest.MonkeyPatch) -> None:
    """A stakeholder of the English example without French is an error that names it, not a
    French example with English left in it."""
    stakeholders = dict(example_fr.STAKEHOLDERS)
    del stakeholders["union"]
    monkeypatch.setattr(example_fr, "STAKEHOLDERS", stakeholders)
    with pytest.raises(PalabreError, match="no text for stakeholder 'union'"):
        example_dialogue("fr")


def test_the_french_example_saves_and_loads(fr: Dialogue, tmp_path: Path) -> None:
    """Round trip through the native file: the same document comes back, texts included."""
    path = save(fr, tmp_path / "exemple.palabre")
    again = load(path)
    assert dumps(again) == dumps(fr)
    assert again.options["community_midwives"].name == \
        "Sages-femmes communautaires\u202f: une nouvelle catégorie"


def _ids_for_names(value: Any, ids: Mapping[str, str]) -> Any:
    """``palabre rank --json`` output with option names (as values or keys) turned into ids."""
    if isinstance(value, dict):
        return {ids.get(k, k): _ids_for_names(v, ids) for k, v in value.items()
                if k != "perspective_name"}
    if isinstance(value, list):
        return [_ids_for_names(v, ids) for v in value]
    return ids.get(value, value) if isinstance(value, str) else value


def _ids_of_names(d: Dialogue) -> dict[str, str]:
    # The JSON of `palabre rank` keys options and criteria by their names: map them back to ids.
    return {x.name: x.id for x in (*d.options.values(), *d.criteria.values())}


@pytest.mark.parametrize("method", ["wsm", "topsis", "promethee2"])
def test_ranking_is_the_same_in_both_languages(en: Dialogue, fr: Dialogue, method: str) -> None:
    """Every perspective ranks the options in the same order with the same scores."""
    for wid in en.weight_sets:
        a = _ids_for_names(ranking_json(en, method, wid), _ids_of_names(en))
        b = _ids_for_names(ranking_json(fr, method, wid), _ids_of_names(fr))
        assert b == a
        assert [r["id"] for r in b["ranking"]] == [r["id"] for r in a["ranking"]]
    names = [fr.options[r.option].name for r in rank(fr).ranking[:2]]
    assert names == ["Admettre des étudiants d\u2019origine rurale",
                     "Carrière accélérée pour le service rural"]


def test_map_measures_are_the_same_in_both_languages(en: Dialogue, fr: Dialogue) -> None:
    """Network measures, quadrants and salience depend on numbers and ties, not on names."""
    a, b = map_measures(en), map_measures(fr)
    assert list(b.index) == list(a.index)
    assert b.drop(columns="name").equals(a.drop(columns="name"))


def test_a_french_dialogue_opens_and_ranks_the_same_in_english(tmp_path: Path) -> None:
    """A dialogue made in French, saved and opened by someone working in English (the CLI and
    the brief in English), ranks exactly as the English one: nothing but texts depends on the
    language. The brief in English prints the French texts as written (user text is never
    translated)."""
    from desktop.cli import main
    from exports.brief import render_brief

    paths = {}
    for lang in ("en", "fr"):
        paths[lang] = tmp_path / f"{lang}.palabre"
        args = ["example", "-o", str(paths[lang])] + (["--lang", "fr"] if lang == "fr" else [])
        assert main(args) == 0
    opened = load(paths["fr"])
    assert opened.info.language == "fr"
    assert dumps(opened) == dumps(example_dialogue("fr"))
    english = load(paths["en"])
    assert [r.option for r in rank(opened).ranking] == [r.option for r in rank(english).ranking]
    pdf = render_brief(opened, lang="en", sections=["key_messages", "results"])
    assert pdf.startswith(b"%PDF")


def test_the_command_line_refuses_an_unknown_language(tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    from desktop.cli import main

    with pytest.raises(SystemExit) as stop:
        main(["example", "-o", str(tmp_path / "x.palabre"), "--lang", "de"])
    assert stop.value.code == 2
    assert "--lang" in capsys.readouterr().err
    assert not (tmp_path / "x.palabre").exists()


def test_the_french_brief_has_no_english_left(fr: Dialogue, tmp_path: Path) -> None:
    """The French brief of the French example: a PDF whose text holds none of the example's
    English texts (names of stakeholders, options, criteria, perspectives) and none of its
    French texts are missing. The references keep their original (English) titles."""
    from exports.brief import build_brief

    path = build_brief(fr, tmp_path / "note.pdf", lang="fr")
    text = _pdf_text(path)
    en = example_dialogue()
    english = [s.name for s in en.stakeholders.values()] + [o.name for o in en.options.values()]
    english += [c.name for c in en.criteria.values()] + [w.name for w in en.weight_sets.values()]
    found = [e for e in english if _squash(e) in text]
    assert found == []
    for name in ("Prime de pénibilité en zone rurale", "Coût récurrent",
                 "Partenaires techniques et financiers", "Équipes cadres de district"):
        assert _squash(name) in text, name


def _squash(s: str) -> str:
    return " ".join(s.replace("\u2019", "'").replace("\u202f", " ").replace("\u00a0", " ").split())


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    return _squash(" ".join(page.extract_text() or "" for page in reader.pages))


def test_the_public_french_brief_hides_people(fr: Dialogue, tmp_path: Path) -> None:
    """The public (redacted) French brief builds and shows neither the member of parliament
    (a person on the map) nor the participants' names."""
    from exports.brief import build_brief

    text = _pdf_text(build_brief(fr, tmp_path / "note-publique.pdf", lang="fr", redact=True))
    assert "Mensah" not in text and "Traoré" not in text
    assert _squash("Prime de pénibilité en zone rurale") in text
