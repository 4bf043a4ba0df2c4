"""The command line's messages for bad input in French (issue 10).

A facilitator in Lomé or Conakry runs ``palabre check`` on a damaged file, or imports a table
with a mistake, and must read what is wrong in French, with the same field, row or cell named
as in English, exit code 1 and no traceback. The language comes from ``--lang`` or the locale.
The damaged-file corpus (tests/dialogue/make_damaged_corpus.py) drives the coverage: every one
of its messages must come out with no English left.
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from desktop.cli import main, requested_lang
from dialogue.example import example_dialogue
from dialogue.model import Delete, Edit
from dialogue.native_file import save
from palabre.i18n import untranslated_parts

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("make_damaged_corpus",
                                               ROOT / "tests" / "dialogue" / "make_damaged_corpus.py")
corpus = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(corpus)  # type: ignore[union-attr]
DAMAGED = sorted(corpus.CORPUS.glob("*.palabre"))

# What a message names: field paths (stakeholders[0].power, info.title, file.macro), quoted
# values ('ghost'), cell references (Scores!C14) and numbers.
_NAMED = re.compile(r"\w+\[\d+\](?:\.[\w-]+)*|\b[a-z_]+\.[a-z_][\w.]*|'[^']*'|\S+![A-Z]+\d+|-?\d+(?:\.\d+)?")


def _check(capsys: pytest.CaptureFixture[str], path: Path, lang: str) -> list[str]:
    code = main(["check", str(path), "--lang", lang])
    err = capsys.readouterr().err
    assert code == 1, f"{path.name}: exit {code}"
    assert "Traceback" not in err
    return err.strip().splitlines()


def _assert_french_twin(english: str, french: str, keep: tuple[str, ...]) -> None:
    """French, with no English left, naming the same fields, values and numbers as English."""
    assert untranslated_parts(french, keep) == [], f"English left in: {french}\n(English: {english})"
    assert french != english
    for named in _NAMED.findall(english):
        if named.strip("'") in keep or re.fullmatch(r"'\W*'", named):
            continue  # the file's name, or punctuation quoted by a parser ("Expecting ','")
        assert named in french, f"{named!r} is not named in: {french}\n(English: {english})"


@pytest.mark.parametrize("path", DAMAGED, ids=[p.name for p in DAMAGED])
def test_check_explains_every_damaged_file_in_french(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`palabre check FILE --lang fr` on each damaged file of the corpus: exit 1, no traceback,
    one line per problem as in English, each starting with the file's name, each fully French
    and naming the same field, values and numbers."""
    english = _check(capsys, path, "en")
    french = _check(capsys, path, "fr")
    assert len(french) == len(english)
    for en, fr in zip(english, french, strict=True):
        assert fr.startswith(path.name)
        _assert_french_twin(en, fr, keep=(path.name,))


@pytest.mark.parametrize("name", ["string-10mb.palabre", "too-many-options.palabre", "positions-100k.palabre",
                                  "unknown-fields-100k.palabre", "brackets-1mb.palabre"])
def test_check_explains_large_hostile_files_in_french(name: str, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    """The hostile files too large for git: counts written the French way (100 000)."""
    make, _ = corpus.LARGE_CASES[name]
    path = tmp_path / name
    path.write_bytes(make())
    english = _check(capsys, path, "en")
    french = _check(capsys, path, "fr")
    for en, fr in zip(english, french, strict=True):
        assert untranslated_parts(fr, (path.name,)) == [], fr
        for path_named in re.findall(r"\w+\[\d+\](?:\.[\w-]+)*", en):
            assert path_named in fr
    if name == "positions-100k.palabre":
        assert "100\u00a0000 entrées" in french[0]


def test_the_summary_of_a_damaged_file_is_french(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Commands other than check show the first problem and how many more: "(et 2 autres
    problèmes)", on one line after "palabre: "."""
    text = corpus.changed("info.title", 42).decode().replace('"power": 5', '"power": 9')
    path = tmp_path / "bad.palabre"
    path.write_text(text.replace('"strength": 2', '"strength": "2"'), encoding="utf-8")
    assert main(["rank", str(path), "--lang", "fr"]) == 1
    err = capsys.readouterr().err.strip()
    assert err == "palabre: bad.palabre: info.title: du texte est attendu, pas le nombre 42 " \
                  "(et 2 autres problèmes)"


def _run(args: list[str], **env: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANG")}
    environment.update(env)
    return subprocess.run([sys.executable, "-m", "desktop.cli", *args], capture_output=True, text=True,
                          check=False, env=environment, cwd=ROOT, timeout=120)


def test_a_french_locale_gives_french_messages_and_lang_en_overrides_it(tmp_path: Path) -> None:
    """LANG=fr_FR.UTF-8 alone gives French; --lang en, given before or after the subcommand,
    gives English; LC_ALL=en_GB overrides LANG=fr; exit 1 and no traceback in every case."""
    missing = str(tmp_path / "absent.palabre")
    french = _run(["check", missing], LANG="fr_FR.UTF-8")
    assert french.returncode == 1 and "Traceback" not in french.stderr
    assert french.stderr.strip() == "absent.palabre: fichier introuvable"
    for args in (["check", missing, "--lang", "en"], ["--lang", "en", "check", missing]):
        english = _run(args, LANG="fr_FR.UTF-8")
        assert english.returncode == 1
        assert english.stderr.strip() == "absent.palabre: no such file"
    assert _run(["check", missing], LANG="fr_FR.UTF-8", LC_ALL="en_GB.UTF-8").stderr.strip() == \
        "absent.palabre: no such file"
    assert _run(["rank", missing], LC_MESSAGES="fr_SN.UTF-8").stderr.strip() == \
        "palabre: absent.palabre: fichier introuvable"


def test_lang_is_read_before_or_after_the_subcommand(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`palabre --lang fr check F`, `palabre check F --lang=fr` and the brief's own --lang all
    set the messages' language."""
    missing = str(tmp_path / "absent.palabre")
    for args in (["--lang", "fr", "check", missing], ["--lang=fr", "check", missing],
                 ["check", missing, "--lang=fr"]):
        assert main(args) == 1
        assert capsys.readouterr().err.strip() == "absent.palabre: fichier introuvable"
    assert main(["brief", missing, "-o", str(tmp_path / "b.pdf"), "--lang", "fr"]) == 1
    assert capsys.readouterr().err.strip() == "palabre: absent.palabre: fichier introuvable"
    assert requested_lang(["check", "f", "--lang", "de"]) is None


@pytest.mark.parametrize(("args", "french"), [
    (["rank"], "les arguments suivants sont obligatoires: INPUT"),
    (["rank", "x.palabre", "--method", "borda"], "argument --method: choix invalide: 'borda'"),
    (["check", "x.palabre", "--verbose"], "arguments non reconnus: --verbose"),
    (["rank", "x.palabre", "--perspective"], "argument --perspective: un argument est attendu"),
    (["weights"], "l’un des arguments --ahp --roc --points --swing est obligatoire"),
    (["sensitivity", "x.palabre", "--samples", "many"], "argument --samples: valeur entière invalide: 'many'"),
])
def test_argparse_errors_in_french(args: list[str], french: str, capsys: pytest.CaptureFixture[str]) -> None:
    """argparse's own refusals keep their form and exit code 2, with the usage heading, the
    word "error" and the message in French."""
    with pytest.raises(SystemExit) as exc:
        main([*args, "--lang", "fr"])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("utilisation: palabre")
    last = err.strip().splitlines()[-1]
    assert ": erreur: " in last and french in last, last
    assert untranslated_parts(last.split(": erreur: ", 1)[1]) == []


def test_help_headings_in_french(capsys: pytest.CaptureFixture[str]) -> None:
    """`palabre check --help --lang fr`: argparse's headings and the -h help are French."""
    with pytest.raises(SystemExit) as exc:
        main(["check", "--lang", "fr", "--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("utilisation: palabre check")
    assert "arguments positionnels:" in out and "afficher cette aide et quitter" in out


def test_map_import_errors_in_french(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A ties table with a tie to itself and a strength out of range, a workbook with a bad
    power and a misspelt column, a CSV saved by old Excel (not UTF-8): each refusal in French,
    naming the rows, columns and values as the English does."""
    ties = tmp_path / "ties.csv"
    ties.write_text("source,target,type,strength\na,a,funding,2\na,b,conflict,5\n", encoding="utf-8")
    book = tmp_path / "map.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "stakeholders"
    ws.append(["id", "name", "power", "intrest"])
    ws.append(["moh", "Ministry of Health", 9, 3])
    wb.create_sheet("ties").append(["source", "target"])
    wb.save(book)
    legacy = tmp_path / "legacy.csv"
    legacy.write_bytes("source,target\nMinistère,Syndicat\n".encode("cp1252"))
    for path in (ties, book, legacy):
        assert main(["map", str(path), "--lang", "en"]) == 1
        english = capsys.readouterr().err.strip()
        assert main(["map", str(path), "--lang", "fr"]) == 1
        french = capsys.readouterr().err.strip()
        assert french.startswith("palabre: ")
        _assert_french_twin(english, french, keep=(path.name, "Ministry of Health"))
    assert "ties.csv: 2 problèmes, rien n’a été importé: ties.csv, ligne 2: une partie prenante ne " \
           "peut pas être liée à elle-même ('a'); ties.csv, ligne 3, colonne 'strength': un nombre " \
           "entier de 1 à 3 est attendu, pas 5" in _french(capsys, ["map", str(ties)])
    assert "colonne inconnue 'intrest' (vouliez-vous dire 'interest'?)" in _french(capsys, ["map", str(book)])


def _french(capsys: pytest.CaptureFixture[str], args: list[str]) -> str:
    assert main([*args, "--lang", "fr"]) == 1
    return capsys.readouterr().err


def test_weights_and_decision_table_errors_in_french(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An AHP table that is not reciprocal and a decision table with a missing score: French,
    with the row and column named."""
    ahp = tmp_path / "pairwise.csv"
    ahp.write_text(",Cost,Effect\nCost,1,3\nEffect,3,1\n", encoding="utf-8")
    table = tmp_path / "decision.csv"
    table.write_text("option,Cost,Effect\ndirection,min,max\nA,1,2\nB,,3\n", encoding="utf-8")
    for args in (["weights", "--ahp", str(ahp)], ["rank", str(table)]):
        assert main([*args, "--lang", "en"]) == 1
        english = capsys.readouterr().err.strip()
        french = _french(capsys, args).strip()
        _assert_french_twin(english, french, keep=("pairwise.csv", "decision.csv", "Cost", "Effect"))
    assert "ligne 3, colonne 2 (Effect vs Cost): le tableau n’est pas réciproque" in \
        _french(capsys, ["weights", "--ahp", str(ahp)])
    assert "decision.csv, ligne 4, colonne 2 (Cost): note manquante pour l’option 'B'" in \
        _french(capsys, ["rank", str(table)])


def test_unknown_ids_on_the_command_line_in_french(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown weight set (--perspective) and an unknown tie type (--ties): French, the ids
    the user could have meant listed unchanged."""
    path = save(example_dialogue(), tmp_path / "ex.palabre")
    err = _french(capsys, ["rank", str(path), "--perspective", "ghost"])
    assert err.startswith("palabre: il n’y a pas de jeu de poids d’identifiant 'ghost' (connus: ")
    assert untranslated_parts(err, ("palabre",)) == []
    err = _french(capsys, ["map", str(path), "--ties", "fundng"])
    assert "type de lien inconnu 'fundng'" in err and "vouliez-vous dire 'funding'?" in err
    assert untranslated_parts(err) == []


def test_collect_reports_refused_sheets_in_french(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A workbook that is not a scoring sheet, among the returned sheets: its refusal and the
    summary in French."""
    d = example_dialogue()
    d.apply(Edit("Forget answers", tuple(Delete("answers", pid) for pid in list(d.answers))))
    path = save(d, tmp_path / "ex.palabre")
    folder = tmp_path / "returned"
    folder.mkdir()
    openpyxl.Workbook().save(folder / "budget.xlsx")
    assert main(["collect", str(path), str(folder), "--lang", "fr"]) == 1
    captured = capsys.readouterr()
    assert "budget.xlsx: REFUSÉE" in captured.out
    problem = next(line for line in captured.out.splitlines() if line.startswith("  problème: "))
    assert untranslated_parts(problem, ("budget.xlsx",)) == [], problem
    assert "1 grille(s): 0 fusionnée(s), 1 refusée(s), 0 ignorée(s)" in captured.out
    assert captured.err.strip() == "palabre: aucune grille n’a pu être fusionnée (1 refusée(s)); " \
                                   "rien n’a été enregistré"


def test_every_option_of_every_command_has_french_help() -> None:
    """`palabre COMMAND --help --lang fr` shows no English help: each subcommand's summary,
    description and option help has a French text (a new option without one fails here)."""
    from desktop.cli import _command_parser
    from desktop.cli_commands import SUBCOMMANDS
    from desktop.cli_commands.help_fr import HELP_FR

    missing = []
    for name in SUBCOMMANDS:
        parser = _command_parser(name, "fr")
        sub = next(a for a in parser._actions if a.dest == "command")
        command = sub.choices[name]
        texts = [c.help for c in sub._choices_actions] + [command.description]
        texts += [a.help for a in command._actions if a.dest != "help"]
        missing += [f"{name}: {t}" for t in texts if t and t not in HELP_FR]
    assert missing == []


def test_check_summarises_a_valid_file_in_french(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A valid file: the one-line summary in French, with French plurals."""
    path = save(example_dialogue(), tmp_path / "ex.palabre")
    assert main(["check", str(path), "--lang", "fr"]) == 0
    line = capsys.readouterr().out.strip()
    assert line.startswith("ex.palabre: valide (")
    assert "18 parties prenantes" in line and "10 critères" in line and "toutes les notes présentes" in line
