"""Collecting returned scoring sheets (issue 8).

Sheets are written for the example dialogue and filled in programmatically as its five
answering participants would (the answers stored in the example), into a copy of the example
whose answers were cleared. Then: the merge gives back exactly what they typed; the combined
scores, dispersion and perspectives match values computed by hand; each kind of bad sheet is
refused with a message naming the sheet and the cell while the others still merge; blanks are
listed; a re-imported sheet replaces, never doubles; a sheet for an older version of the dialogue
is matched by ids with its differences listed.
"""

from __future__ import annotations

import datetime
import os
import shutil
from pathlib import Path

import openpyxl
import pytest
from sheet_filling import cell_of, fill, layout_of, values_of

from dialogue import edits as ed
from dialogue import edits_participants as ep
from dialogue.example import example_dialogue
from dialogue.model import Delete, Dialogue, Edit
from dialogue.participants import Participant, group_weights, score_summary
from dialogue.templates import blank_dialogue
from dialogue.values import Option, Score
from exports.collect_sheets import MERGE, REFUSED, SKIPPED, collect_folder
from exports.scoring_sheets import write_sheets
from exports.sheets.layout import HIDDEN_SHEET
from mcda.ahp import ahp
from mcda.criteria import Scale, ScaleKind
from mcda.group import pairwise_matrix

ANSWERING = ("p1", "p2", "p3", "p4", "p5")


def _without_answers() -> Dialogue:
    d = example_dialogue()
    d.apply(Edit("Forget answers", tuple(Delete("answers", pid) for pid in list(d.answers))))
    return d


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of the example's six sheets, five filled in as the example's participants did."""
    example = example_dialogue()
    folder = tmp_path_factory.mktemp("returned")
    for path in write_sheets(example, folder, made="2026-11-20"):
        pid = path.name.split("-")[0]
        if pid in example.answers:
            fill(path, values_of(example.answers[pid]))
    return folder


@pytest.fixture
def folder(filled: Path, tmp_path: Path) -> Path:
    """A private copy of the filled folder, free to spoil."""
    target = tmp_path / "returned"
    shutil.copytree(filled, target)
    return target


def _report(preview: object, prefix: str) -> object:
    return next(r for r in preview.reports if r.file.startswith(prefix))  # type: ignore[attr-defined]


def test_merging_gives_back_what_participants_typed(folder: Path) -> None:
    """Five filled sheets merge, the blank one is skipped; nothing changes until the edit is
    applied; the edit is one step, and its inverse restores the dialogue exactly."""
    d = _without_answers()
    before = d.snapshot()
    preview = collect_folder(d, folder)
    assert d.snapshot() == before, "collecting changed the dialogue before it was accepted"
    assert [r.participant for r in preview.merged] == list(ANSWERING)
    assert [r.file for r in preview.skipped] == ["p6-dr-helen-achieng.xlsx"]
    assert preview.refused == [] and preview.edit is not None
    assert preview.edit.description == "Merge 5 returned sheets"
    inverse = d.apply(preview.edit)
    example = example_dialogue()
    for pid in ANSWERING:
        got, expected = d.answers[pid], example.answers[pid]
        assert dict(got.scores) == dict(expected.scores), pid
        assert dict(got.points) == dict(expected.points), pid
        assert dict(got.group_points) == dict(expected.group_points), pid
        assert got.judgements.keys() == expected.judgements.keys(), pid
        for k, v in expected.judgements.items():
            assert got.judgements[k] == pytest.approx(v), (pid, k)
        assert got.source == _report(preview, pid + "-").file
    d.apply(inverse)
    assert d.snapshot() == before


def test_merged_scores_and_their_dispersion(folder: Path) -> None:
    """Hand-computed from the answers typed (Hyndman & Fan definition 7 quartiles, Tukey fences):

    - hardship allowance, retention: 4, 3, 5, 4, 5; sorted 3 4 4 5 5; median 4, mean 4.2,
      range 2, Q1 4, Q3 5, IQR 1, fences 2.5 and 6.5: no outlier.
    - telehealth, quality: 5, (blank), 5, 5, 3; sorted 3 5 5 5; median 5, Q1 = 3 + 0.75 x 2 =
      4.5, Q3 5, IQR 0.5, fences 3.75 and 5.75: RN-03's 3 is an outlier.
    - hardship allowance, cost (US$ million): 10, 9.5, 8, 9, (blank); sorted 8 9 9.5 10; median
      9.25, Q1 = 8 + 0.75 = 8.75, Q3 = 9.5 + 0.25 x 0.5 = 9.625, IQR 0.875, mean 9.125.
    """
    d = _without_answers()
    d.apply(collect_folder(d, folder).edit)
    cells = score_summary(d)
    retention = cells[("hardship_allowance", "retention")]
    assert (retention.centre, retention.mean, retention.range, retention.q1, retention.q3) == (4, 4.2, 2, 4, 5)
    assert retention.outliers == ()
    quality = cells[("telehealth", "quality")]
    assert quality.who == ("p1", "p3", "p4", "p5")
    assert (quality.centre, quality.q1, quality.iqr, quality.outliers) == (5, 4.5, 0.5, ("p5",))
    cost = cells[("hardship_allowance", "cost")]
    assert (cost.centre, cost.q1, cost.q3, cost.iqr) == (9.25, 8.75, 9.625, 0.875)
    assert score_summary(d, "mean")[("hardship_allowance", "cost")].centre == 9.125
    d.apply(ep.use_combined_scores(d))
    assert d.score("hardship_allowance", "retention") == Score(4.0, 3.0, 5.0)


def test_perspectives_from_the_groups(folder: Path) -> None:
    """The two finance officers' points are averaged: feasibility (70 + 60)/2 = 65 %, cost
    (40 + 35)/2 = 37.5 % of feasibility, retention (35 + 20)/2 = 27.5 % of impact. The union
    delegate and the rural nurse answer alone by AHP: their perspectives are their own
    eigenvector weights; feasibility judged 1/3 against impact gives 1/4."""
    d = _without_answers()
    d.apply(collect_folder(d, folder).edit)
    d.apply(ep.perspectives_from_groups(d))
    mof = d.weight_sets["group_ministry_of_finance"]
    assert mof.name == "Ministry of Finance (participants)"
    assert dict(mof.group_weights) == pytest.approx({"feasibility": 0.65, "impact": 0.35})
    assert mof.weights["cost"] == pytest.approx(0.375) and mof.weights["retention"] == pytest.approx(0.275)
    assert "2 participants" in mof.description
    union = d.weight_sets["group_union"]
    assert dict(union.group_weights) == pytest.approx({"feasibility": 0.25, "impact": 0.75})
    ids = [c for c in d.criteria if d.criteria[c].group.value == "impact"]
    expected = ahp(pairwise_matrix(ids, d.answers["p3"].judgements), ids).weights
    assert {c: union.weights[c] for c in ids} == pytest.approx(expected, abs=1e-6)
    assert set(group_weights(d)) == {"ministry_of_finance", "union", "public_employer", "health_workers"}


def _spoil(folder: Path) -> dict[str, str]:
    """Make one bad sheet of each kind; return file -> what its refusal must mention."""
    wb_path = folder / "p1-aicha-traore.xlsx"
    sheet, ref = cell_of(wb_path, ("score", "telehealth", "political"))
    fill(wb_path, {("score", "telehealth", "political"): "four"})
    expected = {wb_path.name: f"{sheet}!{ref}"}

    wb_path = folder / "p2-daniel-mwale.xlsx"
    sheet, ref = cell_of(wb_path, ("score", "staff_housing", "capacity"))
    fill(wb_path, {("score", "staff_housing", "capacity"): "=2+2"})
    expected[wb_path.name] = f"{sheet}!{ref}"

    wb_path = folder / "p4-grace-phiri.xlsx"
    wb = openpyxl.load_workbook(wb_path)
    wb["Scores"].delete_rows(8)  # the third option's row
    wb.save(wb_path)
    expected[wb_path.name] = "Scores!A8"

    other = blank_dialogue("Another dialogue")
    other.apply(ep.add_participant(other, Participant("p3", "Joseph Banda", parts="weights")))
    made, = write_sheets(other, folder / "elsewhere", ["p3"])
    shutil.move(made, folder / "p3-from-another-dialogue.xlsx")
    (folder / "elsewhere").rmdir()
    expected["p3-from-another-dialogue.xlsx"] = "another dialogue"

    (folder / "notes.xlsx").write_text("These are my answers: 4, 5, 3", encoding="utf-8")
    expected["notes.xlsx"] = "not an Excel workbook"

    with open(folder / "huge.xlsx", "wb") as handle:
        handle.truncate(21 * 2**20)  # sparse: far too large, yet costs no disk
    expected["huge.xlsx"] = "21.0 MB"
    return expected


def test_each_bad_sheet_is_refused_naming_the_cell_and_the_others_merge(folder: Path) -> None:
    """Text where a number belongs, a formula, a deleted row, a sheet of another dialogue, a
    file that is not a workbook, a file far too large: each refused with a message naming the
    sheet and cell (or the file); the good sheets (the union delegate's and RN-03's) merge."""
    expected = _spoil(folder)
    d = _without_answers()
    preview = collect_folder(d, folder)
    refused = {r.file: r for r in preview.refused}
    assert set(refused) == set(expected)
    for name, fragment in expected.items():
        assert any(fragment in p for p in refused[name].problems), (name, refused[name].problems)
        assert refused[name].answers is None
    assert "is text" in refused["p1-aicha-traore.xlsx"].problems[0]
    assert "'four'" in refused["p1-aicha-traore.xlsx"].problems[0]
    assert "formula" in refused["p2-daniel-mwale.xlsx"].problems[0]
    assert "moved, inserted or deleted" in refused["p4-grace-phiri.xlsx"].problems[0]
    assert [r.participant for r in preview.merged] == ["p3", "p5"]
    d.apply(preview.edit)
    assert set(d.answers) == {"p3", "p5"}


def test_out_of_range_and_wrong_kinds_of_value(folder: Path) -> None:
    """7 on a 1-to-5 scale, 11 on a 0-to-10 scale, TRUE, a date where a judgement belongs
    (1/3 typed into a cell Excel formats as a date), a judgement beyond 1/9: each named."""
    score_book = folder / "p1-aicha-traore.xlsx"
    fill(score_book, {("score", "telehealth", "political"): 7, ("score", "north_school", "cost"): 11,
                      ("score", "career_path", "quality"): True})
    ahp_book = folder / "p3-joseph-banda.xlsx"
    fill(ahp_book, {("judgement", "cost", "political"): datetime.datetime(2026, 3, 1),
                    ("judgement", "availability", "retention"): "1/10"})
    preview = collect_folder(_without_answers(), folder)
    problems = " | ".join(_report(preview, "p1-").problems)
    assert "7 is out of range; expected a number from 1 to 5" in problems
    assert "11 is out of range; expected a number from 0 to 10 US$ million per year" in problems
    assert "TRUE" in problems
    ahp_problems = " | ".join(_report(preview, "p3-").problems)
    assert "a date or time" in ahp_problems
    assert "'1/10'" in ahp_problems or "0.1 is out of range" in ahp_problems
    for report in (_report(preview, "p1-"), _report(preview, "p3-")):
        assert report.status == REFUSED
        assert all("!" in p for p in report.problems)


def test_numbers_typed_as_text_are_read(folder: Path) -> None:
    """A decimal comma typed as text (6,5) and a judgement typed as 0.2 are accepted."""
    fill(folder / "p1-aicha-traore.xlsx", {("score", "staff_housing", "cost"): "6,5"})
    fill(folder / "p3-joseph-banda.xlsx", {("group_judgement", "feasibility", "impact"): 0.2})
    d = _without_answers()
    d.apply(collect_folder(d, folder).edit)
    assert d.answers["p1"].scores[("staff_housing", "cost")] == 6.5
    assert d.answers["p3"].group_judgement == 0.2


def test_blanks_are_listed_not_refused(folder: Path) -> None:
    """RN-03 left every cost and time blank (24 cells): listed as Sheet!Cell with what each
    answers, and the sheet still merges."""
    report = _report(collect_folder(_without_answers(), folder), "p5-")
    assert report.status == MERGE and len(report.blanks) == 24
    sheet, ref = cell_of(folder / "p5-rn-03.xlsx", ("score", "rural_admission", "cost"))
    assert f"{sheet}!{ref} (Admit students from rural backgrounds on Recurrent cost)" in report.blanks
    assert report.asked == len(layout_of(folder / "p5-rn-03.xlsx").answers)


def test_reimporting_replaces_never_doubles(folder: Path) -> None:
    """Collect, merge; change one answer in a sheet; collect again: the participant's answers are
    replaced (the new value), nothing is added, and the preview says it replaces."""
    d = _without_answers()
    d.apply(collect_folder(d, folder).edit)
    first = {pid: len(a.scores) for pid, a in d.answers.items()}
    fill(folder / "p1-aicha-traore.xlsx", {("score", "telehealth", "political"): 1})
    again = collect_folder(d, folder)
    assert all(r.replaces for r in again.merged)
    assert any("replaces the answers merged earlier" in n for n in _report(again, "p1-").notes)
    d.apply(again.edit)
    assert {pid: len(a.scores) for pid, a in d.answers.items()} == first
    assert len(d.answers) == 5
    assert d.answers["p1"].scores[("telehealth", "political")] == 1.0


def test_a_sheet_for_an_older_version_is_matched_by_ids(folder: Path) -> None:
    """After the sheets went out, an option was renamed, one removed, one added, the cost scale
    widened: the sheets still merge, their answers on the removed option are left out, and the
    differences are listed."""
    d = _without_answers()
    d.apply(ed.update_option(d, d.options["telehealth"].replace(name="Telemedicine")))
    d.apply(ed.remove_option(d, "payroll_cleanup"))
    d.apply(ed.add_option(d, Option("night_shifts", "Paid night shifts")))
    d.apply(ed.update_criterion(d, d.criteria["cost"].replace(
        scale=Scale(ScaleKind.NATURAL, 0.0, 12.0, "US$ million per year"))))
    preview = collect_folder(d, folder)
    report = _report(preview, "p1-")
    assert report.status == MERGE
    notes = " | ".join(report.notes)
    assert "made for an earlier version of the dialogue" in notes
    assert "option 'Telehealth and outreach support' is now called 'Telemedicine'" in notes
    assert "option 'Payroll clean-up to free fiscal space' has been removed since" in notes
    assert "option 'Paid night shifts' was added since" in notes
    assert "the scale of 'Recurrent cost' was 0 to 10; it is now 0 to 12" in notes
    assert "10 answer(s) on options or criteria no longer in the dialogue are left out" in notes
    d.apply(preview.edit)
    assert all(k[0] != "payroll_cleanup" for k in d.answers["p1"].scores)
    assert d.answers["p1"].scores[("telehealth", "cost")] == 1.8


def test_two_sheets_of_one_participant_the_newer_is_used(folder: Path) -> None:
    """A participant sent a corrected copy: the more recently modified file is used, the
    other listed as skipped, so their answers are not doubled."""
    copy = folder / "p1-corrected.xlsx"
    shutil.copy(folder / "p1-aicha-traore.xlsx", copy)
    fill(copy, {("score", "telehealth", "political"): 2})
    old = (folder / "p1-aicha-traore.xlsx").stat().st_mtime
    os.utime(copy, (old + 60, old + 60))
    preview = collect_folder(_without_answers(), folder)
    assert _report(preview, "p1-aicha").status == SKIPPED
    assert "p1-corrected.xlsx" in _report(preview, "p1-aicha").notes[0]
    merged = _report(preview, "p1-corrected")
    assert merged.status == MERGE and merged.answers.scores[("telehealth", "political")] == 2.0
    assert len(preview.edit.steps) == 5


def test_a_deleted_sheet_or_an_edited_record_is_refused(folder: Path) -> None:
    """The Weights sheet deleted: refused, naming it. The hidden record edited to claim another
    participant: the key no longer matches, refused."""
    path = folder / "p4-grace-phiri.xlsx"
    wb = openpyxl.load_workbook(path)
    del wb["Weights"]
    wb.save(path)
    path = folder / "p2-daniel-mwale.xlsx"
    wb = openpyxl.load_workbook(path)
    wb[HIDDEN_SHEET]["C2"] = "p3"
    wb.save(path)
    preview = collect_folder(_without_answers(), folder)
    assert _report(preview, "p4-").problems == ["sheet 'Weights' is missing: it was deleted or renamed"]
    assert "key does not match" in _report(preview, "p2-").problems[0]
    assert "_palabre!C3" in _report(preview, "p2-").problems[0]


def test_weights_notes_points_and_consistency(folder: Path) -> None:
    """Points that do not add up to 100 are scaled, and said so; RN-03's circular feasibility
    judgements are flagged with their consistency ratio and the judgement to revisit."""
    fill(folder / "p1-aicha-traore.xlsx", {("group_points", "impact", ""): 20})
    preview = collect_folder(_without_answers(), folder)
    assert "feasibility and impact points add up to 90, not 100: they are scaled" in _report(preview, "p1-").notes
    rn = " ".join(_report(preview, "p5-").notes)
    assert "the feasibility judgements are inconsistent: consistency ratio 0.43, above 0.10" in rn
    assert "the judgement furthest from the others is" in rn


def test_preview_as_json(folder: Path) -> None:
    """The JSON preview lists every sheet with its status, counts, blanks and messages."""
    data = collect_folder(_without_answers(), folder).to_json()
    assert (data["merged"], data["refused"], data["skipped"]) == (5, 0, 1)
    first = data["sheets"][0]
    assert first["file"] == "p1-aicha-traore.xlsx" and first["status"] == "merged"
    assert first["scores"] == 120 and first["weights"] is True and first["blanks"] == []


def test_an_empty_or_missing_folder(tmp_path: Path) -> None:
    """A folder without sheets gives an empty preview and no edit; a missing one an error."""
    from palabre.errors import PalabreError

    (tmp_path / "sheets.pdf").write_bytes(b"%PDF-1.4")
    preview = collect_folder(example_dialogue(), tmp_path)
    assert preview.reports == [] and preview.edit is None and preview.ignored == ["sheets.pdf"]
    with pytest.raises(PalabreError, match="is not a folder"):
        collect_folder(example_dialogue(), tmp_path / "missing")


def test_a_damaged_hidden_record_is_refused(folder: Path) -> None:
    """A hidden record whose version is not a fingerprint (a ten-thousand-character text) is
    refused as damaged; the other sheets merge."""
    path = folder / "p1-aicha-traore.xlsx"
    wb = openpyxl.load_workbook(path)
    ws = wb[HIDDEN_SHEET]
    row = next(r for r in range(1, 12) if ws.cell(r, 2).value == "fingerprint")
    ws.cell(row, 3).value = "x" * 10_000
    wb.save(path)
    preview = collect_folder(_without_answers(), folder)
    assert "the hidden record is damaged" in _report(preview, "p1-").problems[0]
    assert len(preview.merged) == 4
