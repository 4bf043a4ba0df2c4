"""`palabre collect FILE DIR [-o OUT.palabre] [--json]` (issue 8, exact form)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from desktop.cli import main
from dialogue.example import example_dialogue
from dialogue.model import Delete, Edit
from dialogue.native_file import load, save

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "exports"))
from sheet_filling import fill, values_of


@pytest.fixture()
def returned(tmp_path: Path) -> tuple[Path, Path]:
    """The example without answers saved as ex.palabre, and a folder of its returned sheets,
    filled as the example's participants answered, with one mistake in Grace Phiri's."""
    example = example_dialogue()
    d = example_dialogue()
    d.apply(Edit("Forget answers", tuple(Delete("answers", pid) for pid in list(d.answers))))
    path = save(d, tmp_path / "ex.palabre")
    folder = tmp_path / "returned"
    assert main(["sheets", str(path), "-o", str(folder)]) == 0
    for sheet in folder.glob("*.xlsx"):
        pid = sheet.name.split("-")[0]
        if pid in example.answers:
            fill(sheet, values_of(example.answers[pid]))
    fill(folder / "p4-grace-phiri.xlsx", {("score", "telehealth", "political"): "high"})
    return path, folder


def test_collect_prints_each_sheet_and_saves_the_merged_dialogue(
        returned: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Four sheets merge, Grace Phiri's is refused naming the cell, the blank one is skipped;
    OUT holds the four participants' answers; FILE is untouched; exit 0, refusals counted on
    stderr."""
    path, folder = returned
    before = path.read_bytes()
    out = tmp_path / "merged.palabre"
    assert main(["collect", str(path), str(folder), "-o", str(out)]) == 0
    captured = capsys.readouterr()
    assert "p1-aicha-traore.xlsx: merged - Aïcha Traoré (p1) - 120 scores, weights" in captured.out
    assert "p4-grace-phiri.xlsx: REFUSED" in captured.out
    assert "problem: Scores!C14 (Telehealth and outreach support on Political acceptability): " \
           "'high' is text, where a number from 1 to 5 belongs" in captured.out
    assert "p6-dr-helen-achieng.xlsx: skipped" in captured.out
    assert "blank: 24 cell(s) left empty" in captured.out
    assert "6 sheet(s): 4 merged, 1 refused, 1 skipped" in captured.out
    assert captured.err.strip() == "palabre: 1 sheet(s) refused (reasons listed in the output); " \
                                   "the others were merged"
    assert set(load(out).answers) == {"p1", "p2", "p3", "p5"}
    assert path.read_bytes() == before


def test_collect_json(returned: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--json prints every sheet with its status, problems, notes and blanks, and the output."""
    path, folder = returned
    out = tmp_path / "merged.palabre"
    assert main(["collect", str(path), str(folder), "-o", str(out), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["merged"], data["refused"], data["skipped"]) == (4, 1, 1)
    assert data["output"] == str(out)
    status = {s["file"]: s["status"] for s in data["sheets"]}
    assert status["p4-grace-phiri.xlsx"] == "refused" and status["p3-joseph-banda.xlsx"] == "merged"
    refused = next(s for s in data["sheets"] if s["status"] == "refused")
    assert refused["problems"][0].startswith("Scores!C14")


def test_without_output_the_file_itself_is_updated_with_a_backup(
        returned: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    """No -o: FILE gets the merged answers, its previous version kept as FILE.bak; collecting
    again replaces the answers, never doubles them."""
    path, folder = returned
    assert main(["collect", str(path), str(folder)]) == 0
    assert set(load(path).answers) == {"p1", "p2", "p3", "p5"}
    assert not load(path.with_name(path.name + ".bak")).answers
    assert main(["collect", str(path), str(folder)]) == 0
    again = load(path)
    assert set(again.answers) == {"p1", "p2", "p3", "p5"}
    assert len(again.answers["p1"].scores) == 120


def test_nothing_mergeable_exits_1_and_writes_nothing(returned: tuple[Path, Path], tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    """A folder whose only sheet is refused: the report, then exit 1 and nothing saved."""
    path, folder = returned
    only = tmp_path / "only"
    only.mkdir()
    (folder / "p4-grace-phiri.xlsx").rename(only / "p4-grace-phiri.xlsx")
    out = tmp_path / "merged.palabre"
    assert main(["collect", str(path), str(only), "-o", str(out)]) == 1
    captured = capsys.readouterr()
    assert "REFUSED" in captured.out
    assert captured.err.strip().startswith("palabre: no sheet could be merged (1 refused)")
    assert not out.exists()


def test_empty_or_missing_folder(returned: tuple[Path, Path], tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    """No workbook in DIR, or no DIR: exit 1 with one line."""
    path, _ = returned
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["collect", str(path), str(empty)]) == 1
    assert capsys.readouterr().err.strip() == f"palabre: no scoring sheets (.xlsx) in {empty}"
    assert main(["collect", str(path), str(tmp_path / "missing")]) == 1
    assert "is not a folder" in capsys.readouterr().err
