"""The readable results of the command line in French (issue 10).

A facilitator in Lomé runs ``palabre rank``, ``map``, ``sensitivity``, ``feasibility`` or
``weights`` with ``--lang fr`` (or a French locale) and reads French headings, notes and summary
lines, with decimal commas (0,676) and the dialogue's own names and ids untouched. Scripts read
``--json``: it is the same, byte for byte, whatever the language of the messages.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.cli_commands.words_fr import note
from dialogue.example import example_dialogue
from dialogue.model import Delete, Edit
from dialogue.native_file import save
from palabre.i18n import untranslated_parts

# Words of the English readable output that French never uses (beyond palabre.i18n's list).
_ENGLISH = re.compile(
    r"\b(rank|score|feasibility|closeness|compromise|kernel|yes|lower scores|incomplete|Note:|"
    r"Leading option|loses first|never|samples|seed|uniform within|confidence|degree|betweenness|"
    r"eigenvector|salience|stakeholders|links|directed|Brokers|No ties|support|index|known|"
    r"criterion|weight|consistency|revisit|Judgements|Most inconsistent|manage_closely|"
    r"keep_informed|definitive|discretionary)\b"
)
_DECIMAL_COMMA = re.compile(r"\b\d,\d{3}\b")
_DECIMAL_POINT = re.compile(r"\b\d\.\d{3}\b")


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The French example, the same with one score missing, two pairwise tables and a
    decision table without weights."""
    root = tmp_path_factory.mktemp("fr")
    out = {"fr": save(example_dialogue("fr"), root / "exemple.palabre")}
    d = example_dialogue("fr")
    d.apply(Edit("Oublier une note", (Delete("scores", ("rural_admission", "cost")),)))
    out["incomplete"] = save(d, root / "incomplet.palabre")
    out["ahp1"] = root / "ahp1.csv"
    out["ahp1"].write_text(",Coût,Effet,Délai\nCoût,1,3,5\nEffet,,1,3\nDélai,,,1\n", encoding="utf-8")
    out["ahp2"] = root / "ahp2.csv"
    out["ahp2"].write_text(",Coût,Effet,Délai\nCoût,1,3,1/5\nEffet,,1,3\nDélai,,,1\n", encoding="utf-8")
    out["table"] = root / "tableau.csv"
    out["table"].write_text("option,Coût,Effet\ndirection,min,max\nA,3,4\nB,2,2\nC,5,5\n", encoding="utf-8")
    return {k: Path(v) for k, v in out.items()}


@pytest.fixture(scope="module")
def keep() -> list[str]:
    """What the dialogue's user typed (names) and its ids: never translated, so set aside."""
    d = example_dialogue("fr")
    return [*(o.name for o in d.options.values()), *(c.name for c in d.criteria.values()),
            *(s.name for s in d.stakeholders.values()), *(w.name for w in d.weight_sets.values()),
            *d.stakeholders, *d.options]


def _run(capsys: pytest.CaptureFixture[str], *args: object) -> str:
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    assert code == 0, out.err
    assert "Traceback" not in out.err
    return out.out


def _assert_french(text: str, keep: list[str]) -> None:
    """No English heading, note or summary left: only names and ids may be English."""
    stripped = text
    for piece in sorted(keep, key=len, reverse=True):
        stripped = stripped.replace(piece, " ")
    assert _ENGLISH.findall(stripped) == [], text
    for line in text.splitlines():
        assert untranslated_parts(line, keep) == [], line
    assert not _DECIMAL_POINT.search(stripped), "a decimal point in French output:\n" + text


@pytest.mark.parametrize("method", ["wsm", "vikor", "electre1", "promethee2", "topsis"])
def test_rank_in_french(method: str, files: dict[str, Path], keep: list[str],
                        capsys: pytest.CaptureFixture[str]) -> None:
    """`palabre rank --lang fr`: the method's French name, French headings (rang, note,
    faisabilité...), yes as « oui », notes as « Remarque : » in French, decimal commas; the
    example's French scores are those of the window (0,676 for the leader, additive model)."""
    out = _run(capsys, "rank", files["fr"], "--method", method, "--lang", "fr")
    _assert_french(out, keep)
    lines = out.splitlines()
    assert lines[1].split()[:3] == ["rang", "option", "note"]
    assert "faisabilité" in lines[1]
    assert _DECIMAL_COMMA.search(out)
    if method == "wsm":
        assert lines[0] == "modèle additif de valeur (somme pondérée) — Ministère de la Santé"
        assert "Admettre des étudiants d’origine rurale" in lines[3] and "0,676" in lines[3]
    if method == "vikor":
        assert "compromis" in lines[1] and " oui" in out
        assert "(plus la note est basse, mieux c’est)" in out
    if method == "electre1":
        assert "noyau" in lines[1]
        assert "Remarque : ELECTRE I trouve le noyau" in out
    if method == "promethee2":
        assert "flux+" in lines[1] and "flux net" in lines[1]


def test_rank_notes_and_incomplete_options_in_french(files: dict[str, Path], keep: list[str],
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    """A table without weights, a normalisation a method does not use, an option with a score
    missing: each said in French."""
    out = _run(capsys, "rank", files["table"], "--method", "wpm", "--normalization", "sum", "--lang", "fr")
    _assert_french(out, keep)
    assert out.splitlines()[0] == "modèle du produit pondéré — tableau.csv"
    assert "Remarque : poids égaux (le tableau n’a pas de ligne de poids)" in out
    assert "Remarque : le produit pondéré ne change pas quand un critère change d’échelle" in out
    out = _run(capsys, "rank", files["incomplete"], "--lang", "fr")
    _assert_french(out, keep)
    assert "Admettre des étudiants d’origine rurale (incomplète)" in out


def test_engine_notes_have_french_twins() -> None:
    """Every note mcda.ranking can add to a result has a French twin (none left in English)."""
    from mcda.ranking import _NO_NORMALIZATION

    for text in _NO_NORMALIZATION.values():
        assert note(text, "fr") != text and untranslated_parts(note(text, "fr")) == []
    assert note("every option has the same score on 'Coût': it cannot separate the options", "fr") == (
        "toutes les options ont la même note sur le critère 'Coût' : il ne peut pas les départager")
    assert note("equal weights (the table has no weight row)", "en") == "equal weights (the table has no weight row)"


def test_map_in_french(files: dict[str, Path], keep: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    """`palabre map --lang fr`: French headings, quadrant and salience names as the window shows
    them (Associer étroitement, Définitive), ids kept, brokers as « Intermédiaires », tie types
    in French."""
    out = _run(capsys, "map", files["fr"], "--lang", "fr")
    _assert_french(out, keep)
    lines = out.splitlines()
    assert lines[0].split()[:5] == ["id", "nom", "degré", "intermédiarité", "proximité"]
    assert "vecteur propre" in lines[0] and "saillance" in lines[0]
    moh = next(line for line in lines if line.startswith("moh "))
    assert "Associer étroitement" in moh and "Définitive" in moh and "1,059" in moh
    assert "18 parties prenantes, 53 liens (orientés ; liens : tous les types)." in out
    assert "Intermédiaires (plus forte intermédiarité) : moh (0,554), union (0,216)" in out
    assert "Sans lien : aucune" in out
    out = _run(capsys, "map", files["fr"], "--ties", "funding,conflict", "--lang", "fr")
    _assert_french(out, keep)
    assert "(orientés ; liens : financement, conflit)" in out
    assert "Sans lien : nursing_council, who, patients, parliament" in out


def test_feasibility_in_french(files: dict[str, Path], keep: list[str],
                               capsys: pytest.CaptureFixture[str]) -> None:
    """`palabre feasibility --lang fr`: soutien, opposition, indice, connu; « 100 % »; the
    note under the table in French with the total power."""
    out = _run(capsys, "feasibility", files["fr"], "--lang", "fr")
    _assert_french(out, keep)
    lines = out.splitlines()
    assert lines[0].split() == ["id", "option", "soutien", "opposition", "indice", "connu"]
    first = next(line for line in lines if line.startswith("rural_admission "))
    assert "31,500" in first and "0,583" in first and first.endswith("100 %")
    assert "points de pouvoir sur 54. « connu » : part du pouvoir dont la position est renseignée." in out


def test_sensitivity_in_french(files: dict[str, Path], keep: list[str],
                               capsys: pytest.CaptureFixture[str]) -> None:
    """`palabre sensitivity --lang fr`: leading option, threshold table (« jamais »), SMAA
    settings (« 200 tirages, graine 3 »), acceptability table and the robustness sentences,
    all French."""
    out = _run(capsys, "sensitivity", files["fr"], "--samples", "200", "--seed", "3", "--lang", "fr")
    _assert_french(out, keep)
    lines = out.splitlines()
    assert lines[0] == ("Option en tête : Admettre des étudiants d’origine rurale — "
                        "modèle additif de valeur (somme pondérée)")
    assert lines[1].split()[:2] == ["critère", "poids"] and "si relevé au-delà de" in lines[1]
    assert "jamais" in out
    assert ("SMAA-2 : 200 tirages, graine 3, poids uniformes sur le simplexe, incertitude des notes : "
            "uniforme dans la plage de chaque cellule") in out
    assert "rang 1" in out and "confiance" in out
    assert "- Admettre des étudiants d’origine rurale reste en tête" in out


def test_sensitivity_follows_a_french_locale(files: dict[str, Path], keep: list[str],
                                             capsys: pytest.CaptureFixture[str],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """Without --lang, a French locale gives French readable output, statements included; its
    JSON stays as without the locale (statements follow --lang alone, default English)."""
    args = ["sensitivity", files["fr"], "--samples", "200", "--seed", "3"]
    english_json = _run(capsys, *args, "--json")
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.setenv(name, "fr_FR.UTF-8")
    out = _run(capsys, *args)
    _assert_french(out, keep)
    assert "- Admettre des étudiants d’origine rurale reste en tête" in out
    assert _run(capsys, *args, "--json") == english_json


def test_weights_in_french(files: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    """`palabre weights --lang fr`: critère, poids; Saaty's consistency figures in French with
    decimal commas, the judgement to revisit named as in the table."""
    out = _run(capsys, "weights", "--ahp", files["ahp1"], files["ahp2"], "--lang", "fr")
    _assert_french(out, [])
    assert out.startswith("Jugements de 2 participants combinés par moyenne géométrique.\n")
    assert out.splitlines()[1].split() == ["critère", "poids"]
    assert "ratio de cohérence   0,483 (> 0,10 : revoyez les jugements)" in out
    assert "Jugement le plus incohérent : Délai contre Coût = 1 ; les autres jugements suggèrent environ 0,481." in out
    out = _run(capsys, "weights", "--ahp", files["ahp1"], "--lang", "fr")
    _assert_french(out, [])
    assert "(<= 0,10 : acceptable)" in out and "indice de cohérence" in out
    for option, value, first in (("--roc", "Coût,Effet", "0,750"), ("--points", "Coût=100,Effet=50", "0,667"),
                                 ("--swing", "Coût=100,Effet=50", "0,667")):
        out = _run(capsys, "weights", option, value, "--lang", "fr")
        _assert_french(out, [])
        assert out.splitlines()[0].split() == ["critère", "poids"] and f"Coût     {first}" in out


_JSON_RUNS = [
    ("rank", "fr", "--method", "vikor"),
    ("rank", "fr", "--method", "electre1"),
    ("rank", "table", "--method", "wpm", "--normalization", "sum"),
    ("map", "fr"),
    ("feasibility", "fr"),
    ("weights", "--ahp", "ahp1", "ahp2"),
    ("weights", "--swing", "Coût=100,Effet=50"),
]


@pytest.mark.parametrize("run", _JSON_RUNS, ids=[" ".join(r) for r in _JSON_RUNS])
def test_json_is_the_same_in_both_languages(run: tuple[str, ...], files: dict[str, Path],
                                            capsys: pytest.CaptureFixture[str]) -> None:
    """--json prints the same bytes with --lang en and --lang fr (scripts depend on it)."""
    args = [str(files.get(a, a)) for a in run]
    english = _run(capsys, *args, "--json", "--lang", "en")
    french = _run(capsys, *args, "--json", "--lang", "fr")
    assert french == english
    json.loads(french)


def test_sensitivity_json_differs_only_by_its_statements(files: dict[str, Path],
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    """sensitivity's --lang is also the language of the statements it returns (its documented
    purpose): with --lang fr only ``statements`` and each threshold's ``statement`` change."""
    args = ["sensitivity", files["fr"], "--samples", "200", "--seed", "3", "--json"]
    english = json.loads(_run(capsys, *args, "--lang", "en"))
    french = json.loads(_run(capsys, *args, "--lang", "fr"))
    assert french["statements"] != english["statements"]
    for data in (english, french):
        del data["statements"]
        for t in data["thresholds"]:
            del t["statement"]
    assert french == english


def test_files_written_print_their_paths_only(files: dict[str, Path], tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    """example, redact, brief and sheets print the path of each file written and nothing else,
    in either language (scripts read these lines)."""
    for lang in ("en", "fr"):
        out = tmp_path / lang
        out.mkdir()
        assert _run(capsys, "example", "-o", out / "exemple.palabre", "--lang", lang).strip() == \
            str(out / "exemple.palabre")
        assert _run(capsys, "redact", files["fr"], "-o", out / "anonyme.palabre", "--lang", lang).strip() == \
            str(out / "anonyme.palabre")
        printed = _run(capsys, "sheets", files["fr"], "-o", out / "fiches", "--lang", lang).splitlines()
        assert printed and all(Path(p).parent == out / "fiches" and Path(p).is_file() for p in printed)
    out = tmp_path / "note.pdf"
    assert _run(capsys, "brief", files["fr"], "-o", out, "--lang", "fr").strip() == str(out)
