"""Scoring sheets out (issue 8): one workbook and one printable PDF per participant, in the
dialogue's language, with validation on every answer cell, locked structure, a hidden record of
the participant and the dialogue's version, and text that a spreadsheet never runs."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from dialogue import edits as ed
from dialogue import edits_participants as ep
from dialogue.example import example_dialogue
from dialogue.model import Dialogue
from dialogue.participants import Participant
from exports.safe_xlsx import read_sheet_rows
from exports.scoring_sheets import (
    build_workbook,
    render_sheet_pdf,
    sheet_file_name,
    structure_fingerprint,
    write_sheets,
)
from exports.sheets.layout import HIDDEN_SHEET
from exports.sheets.phrases import Phrases, table_pairs
from exports.sheets.workbook import SAATY_VALUES
from palabre.errors import PalabreError


@pytest.fixture(scope="module")
def sheets(tmp_path_factory: pytest.TempPathFactory) -> tuple[Dialogue, list[Path]]:
    d = example_dialogue()
    return d, write_sheets(d, tmp_path_factory.mktemp("sheets"), pdf=True, made="2026-11-20")


def _validations(ws: object) -> list[tuple[object, set[str]]]:
    """Each data validation of a sheet with the cells it covers."""
    out = []
    for dv in ws.data_validations.dataValidation:  # type: ignore[attr-defined]
        cells = set()
        for rng in dv.sqref.ranges:
            for row in ws.iter_rows(min_row=rng.min_row, max_row=rng.max_row,  # type: ignore[attr-defined]
                                    min_col=rng.min_col, max_col=rng.max_col):
                cells.update(c.coordinate for c in row)
        out.append((dv, cells))
    return out


def test_one_workbook_and_one_pdf_per_participant(sheets: tuple[Dialogue, list[Path]]) -> None:
    """Six participants: six workbooks and six PDFs, named by id and name, in order."""
    d, paths = sheets
    assert [p.name for p in paths[:2]] == ["p1-aicha-traore.xlsx", "p1-aicha-traore.pdf"]
    assert len([p for p in paths if p.suffix == ".xlsx"]) == len(d.participants) == 6
    assert all(p.exists() and p.stat().st_size > 5_000 for p in paths)
    assert sheet_file_name(d, "p5") == "p5-rn-03.xlsx"


def test_sheets_hold_what_the_participant_is_asked(sheets: tuple[Dialogue, list[Path]]) -> None:
    """Scores and weights for those asked both; the adviser asked for weights has no scores
    sheet; the hidden record is very hidden."""
    d, paths = sheets
    both = openpyxl.load_workbook(paths[0])
    assert both.sheetnames == ["Instructions", "Options", "Criteria", "Scores", "Weights", HIDDEN_SHEET]
    assert both[HIDDEN_SHEET].sheet_state == "veryHidden"
    weights_only = openpyxl.load_workbook(next(p for p in paths if p.name.startswith("p6-")))
    assert "Scores" not in weights_only.sheetnames and "Weights" in weights_only.sheetnames
    options = both["Options"]
    assert [options.cell(r, 2).value for r in range(2, 2 + len(d.options))] == \
        [o.name for o in d.options.values()]
    criteria = both["Criteria"]
    assert criteria.cell(3, 4).value == "Strong opposition from key actors"  # political, level 1
    assert criteria.cell(2, 3).value == "0 to 10 US$ million per year; less is better"


def test_every_answer_cell_is_unlocked_validated_and_the_rest_locked(sheets: tuple[Dialogue, list[Path]]) -> None:
    """Sheet protection on, answer cells unlocked, everything else locked, and each answer cell
    has a validation: a 1-5 drop-down on anchored criteria, a decimal within the bounds on
    natural ones, 0-100 points."""
    d, paths = sheets
    wb = openpyxl.load_workbook(paths[0])
    assert wb.security.lockStructure
    scores = wb["Scores"]
    assert scores.protection.sheet
    rules = _validations(scores)
    answer_cells = {c.coordinate for row in scores.iter_rows(min_row=6, max_row=5 + len(d.options),
                                                           min_col=2, max_col=1 + len(d.criteria))
                    for c in row}
    covered = set().union(*(cells for _, cells in rules))
    assert answer_cells <= covered
    for row in scores.iter_rows():
        for c in row:
            assert c.protection.locked == (c.coordinate not in answer_cells), c.coordinate
    cost = next(dv for dv, cells in rules if "B6" in cells)
    assert (cost.type, cost.operator, float(cost.formula1), float(cost.formula2)) == ("decimal", "between", 0, 10)
    political = next(dv for dv, cells in rules if "C6" in cells)
    assert (political.type, political.formula1) == ("list", '"1,2,3,4,5"')
    assert political.showErrorMessage and "1 to 5" in political.error
    weights = wb["Weights"]
    (points, cells), = _validations(weights)
    assert (points.type, float(points.formula1), float(points.formula2)) == ("decimal", 0, 100)
    assert len(cells) == 2 + len(d.criteria)
    assert all(not weights[c].protection.locked for c in cells)


def test_ahp_weights_are_a_saaty_drop_down_kept_as_text(sheets: tuple[Dialogue, list[Path]]) -> None:
    """The union delegate answers by AHP: one row per pair (1 for the groups, 10 + 10 within
    them), each a drop-down of Saaty's 17 values 9 ... 1 ... 1/9, formatted as text so that 1/3
    does not become a date."""
    _, paths = sheets
    wb = openpyxl.load_workbook(next(p for p in paths if p.name.startswith("p3-")))
    ws = wb["Weights"]
    (dv, cells), = _validations(ws)
    assert dv.type == "list" and dv.formula1 == '"' + ",".join(SAATY_VALUES) + '"'
    assert len(SAATY_VALUES) == 17 and len(cells) == 21
    assert all(ws[c].number_format == "@" for c in cells)
    row = int(min(cells, key=lambda c: int(c[1:]))[1:])
    assert (ws.cell(row, 1).value, ws.cell(row, 3).value) == ("Feasibility", "Impact")


def test_hidden_record_names_participant_key_and_version(sheets: tuple[Dialogue, list[Path]]) -> None:
    """The very hidden sheet records the participant's id and key, and the dialogue's version."""
    d, paths = sheets
    rows = read_sheet_rows(paths[0], HIDDEN_SHEET)
    meta = {r[1]: r[2] for r in rows if r and r[0] == "meta"}
    assert meta["participant"] == "p1" and meta["key"] == d.participants["p1"].key
    assert meta["fingerprint"] == structure_fingerprint(d) and meta["made"] == "2026-11-20"
    answers = [r for r in rows if r and r[0] == "answer"]
    assert len(answers) == len(d.options) * len(d.criteria) + 2 + len(d.criteria)


def test_fingerprint_follows_what_the_sheet_shows() -> None:
    """Renaming an option or changing a scale changes the version; a score does not."""
    d = example_dialogue()
    before = structure_fingerprint(d)
    d.apply(ed.set_score(d, "telehealth", "political", 1))
    assert structure_fingerprint(d) == before
    d.apply(ed.update_option(d, d.options["telehealth"].replace(name="Telemedicine")))
    assert structure_fingerprint(d) != before


def test_french_dialogue_gives_french_sheets(tmp_path: Path) -> None:
    """Sheet names, headings and validation messages in French; user text untouched."""
    d = example_dialogue()
    d.apply(ed.set_info(d, language="fr"))
    path, = write_sheets(d, tmp_path, ["p1"])
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames[:5] == ["Consignes", "Options", "Critères", "Notes", "Pondérations"]
    assert wb["Consignes"]["A1"].value == "Fiche de notation"
    assert wb["Critères"].cell(2, 3).value.startswith("0 à 10 US$ million per year")
    dv = _validations(wb["Notes"])[1][0]
    assert dv.error == "Choisissez une note de 1 à 5 dans la liste."
    assert wb["Options"]["B2"].value == "Admit students from rural backgrounds"


def test_phrases_are_complete_in_both_languages() -> None:
    """Every phrase has an English and a French text, with the same fields, and sheet names are
    valid in Excel (at most 31 characters, none of []:*?/\\)."""
    import string

    for key, (en, fr) in table_pairs().items():
        assert en and fr, key
        fields = {f for _, f, _, _ in string.Formatter().parse(en) if f}
        assert fields == {f for _, f, _, _ in string.Formatter().parse(fr) if f}, key
        if key.startswith("sheet_"):
            for name in (en, fr):
                assert len(name) <= 31 and not set(name) & set("[]:*?/\\")
    assert Phrases("fr")("saaty_title") == "Échelle de Saaty"
    with pytest.raises(PalabreError, match="en, fr"):
        Phrases("de")


DANGEROUS = ["=HYPERLINK(\"http://x\",\"click\")", "+1-555", "-2 cost", "@SUM(A1)", "\tTabbed"]


def test_dangerous_text_is_written_as_text_never_as_a_formula(tmp_path: Path) -> None:
    """Names that begin with = + - @ or a tab are stored as text: the workbook holds no formula
    (reading it back with the strict reader raises nothing) and the texts come back exactly."""
    d = example_dialogue()
    ids = list(d.options)
    for oid, name in zip(ids, DANGEROUS, strict=False):
        d.apply(ed.update_option(d, d.options[oid].replace(name=name, description=name)))
    d.apply(ed.update_criterion(d, d.criteria["cost"].replace(name="=1+1")))
    d.apply(ep.update_participant(d, d.participants["p1"].replace(name="=cmd|' /C calc'!A0",
                                                                  role="@role")))
    path, = write_sheets(d, tmp_path, ["p1"])
    rows = read_sheet_rows(path, "Scores")  # raises on any formula
    assert [r[0] for r in rows[5:5 + len(DANGEROUS)]] == DANGEROUS
    assert rows[3][1] == "=1+1"
    wb = openpyxl.load_workbook(path)
    cell = wb["Scores"]["A6"]
    assert cell.data_type == "s" and cell.quotePrefix
    for name in wb.sheetnames:
        for row in wb[name].iter_rows():
            assert all(c.data_type != "f" for c in row), name
    assert wb["Instructions"]["B4"].value == "=cmd|' /C calc'!A0"


def test_pdf_holds_the_same_sheet_with_user_text_escaped() -> None:
    """The printable sheet names the participant and the version, lists every option and
    criterion with its anchors, has a grid of boxes and, for AHP, the pairs to circle; markup in
    user text prints literally."""
    d = example_dialogue()
    d.apply(ed.update_option(d, d.options["telehealth"].replace(name="Tele<b>health</b> & <outreach>")))
    data = render_sheet_pdf(d, "p3", made="2026-11-20")
    reader = PdfReader(io.BytesIO(data))
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert "Joseph Banda" in text and structure_fingerprint(d) in text
    assert "Tele<b>health</b> & <outreach>" in text
    assert "Strong opposition from key actors" in text
    assert "Recurrent cost" in text and "Effect on retention" in text
    assert "Saaty" in text and "Feasibility criteria, two by two" in text
    assert len(reader.pages) >= 5


def test_pdf_in_french_and_for_points() -> None:
    """A French dialogue's paper sheet is in French; a points participant gets point boxes."""
    d = example_dialogue()
    d.apply(ed.set_info(d, language="fr"))
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(render_sheet_pdf(d, "p1"))).pages)
    assert "Fiche de notation (papier)" in text and "répartir 100 points" in text


def test_no_participants_or_unknown_participant_is_a_clear_error(tmp_path: Path) -> None:
    """Without participants there is nothing to write; an unknown id is named."""
    d = example_dialogue()
    d.apply(ep.remove_participants(d, list(d.participants)))
    with pytest.raises(PalabreError, match="no participants"):
        write_sheets(d, tmp_path)
    with pytest.raises(PalabreError, match="'p9'"):
        build_workbook(example_dialogue(), "p9")


def test_many_criteria_split_the_paper_grid() -> None:
    """Fifteen criteria print as two grids of at most ten columns (legible boxes)."""
    from mcda.criteria import Criterion

    d = example_dialogue()
    for i in range(5):
        d.apply(ed.add_criterion(d, Criterion(f"extra{i}", f"Extra criterion {i}")))
    d.apply(ep.add_participant(d, Participant("p9", "Scorer", parts="scores")))
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(render_sheet_pdf(d, "p9"))).pages)
    assert text.count("Score of each option on each criterion") == 1
    assert "Extra criterion 4" in text


def test_prefilled_sheets_carry_the_answers_back_out(tmp_path: Path) -> None:
    """A sheet sent back for revision holds the participant's answers: collected unchanged, it
    gives the same answers (judgements as the drop-down writes them, 1/3 as text)."""
    from exports.collect_sheets import collect_folder

    d = example_dialogue()
    write_sheets(d, tmp_path, ["p1", "p3"], prefill=True)
    wb = openpyxl.load_workbook(tmp_path / "p3-joseph-banda.xlsx")
    assert "1/3" in [c.value for row in wb["Weights"].iter_rows() for c in row]
    preview = collect_folder(d, tmp_path)
    for report in preview.merged:
        expected = d.answers[report.participant]
        assert dict(report.answers.scores) == dict(expected.scores)
        assert dict(report.answers.points) == dict(expected.points)
        assert report.answers.judgements == pytest.approx(dict(expected.judgements))
    assert len(preview.merged) == 2
