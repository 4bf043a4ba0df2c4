"""The Participants workspace (issue 8), driven through its real widgets: participants added,
edited and removed (one undo step each), a folder of returned sheets imported through the
preview (Cancel changes nothing; Merge is one step that Undo takes back), the heat map and the
answers behind a cell, the aggregation choice, perspectives from groups and combined scores."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from desktop.main_window import MainWindow
from desktop.models.participants_answers import CellAnswersModel, GroupWeightsModel
from desktop.models.participants_heatmap import DisagreementModel, disagreement_colour
from desktop.models.participants_table import ParticipantTableModel
from desktop.widgets.collect_preview import PreviewModel
from desktop.workspaces.participants import ParticipantsWorkspace
from dialogue.example import example_dialogue
from dialogue.model import Delete, Dialogue, Edit
from dialogue.values import Score
from exports.scoring_sheets import write_sheets

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "exports"))
from sheet_filling import fill, values_of


def _without_answers() -> Dialogue:
    d = example_dialogue()
    d.apply(Edit("Forget answers", tuple(Delete("answers", pid) for pid in list(d.answers))))
    d.revision = 0
    return d


def _workspace(window: MainWindow) -> ParticipantsWorkspace:
    ws = window.workspace(ParticipantsWorkspace)
    window.tabs.setCurrentWidget(ws)
    return ws  # type: ignore[return-value]


@pytest.fixture
def returned(tmp_path: Path) -> Path:
    """The example's sheets, filled as its five participants answered, Grace Phiri's with a word
    where a score belongs."""
    example = example_dialogue()
    folder = tmp_path / "returned"
    for path in write_sheets(example, folder):
        pid = path.name.split("-")[0]
        if pid in example.answers:
            fill(path, values_of(example.answers[pid]))
    fill(folder / "p4-grace-phiri.xlsx", {("score", "telehealth", "political"): "high"})
    return folder


def test_models_pass_the_model_tester(window: MainWindow, qtmodeltester, returned: Path) -> None:
    """Every table model of the workspace and of the preview is a well-behaved Qt model."""
    ws = _workspace(window)
    for model in (ws.model, ws.heat_model, ws.groups_model):
        qtmodeltester.check(model)
    ws.answers_model.show_cell(("telehealth", "quality"))
    qtmodeltester.check(ws.answers_model)
    dialog = ws.import_sheets(returned)
    qtmodeltester.check(dialog.model)
    dialog.reject()
    assert isinstance(dialog.model, PreviewModel) and isinstance(ws.model, ParticipantTableModel)
    assert isinstance(ws.heat_model, DisagreementModel) and isinstance(ws.answers_model, CellAnswersModel)
    assert isinstance(ws.groups_model, GroupWeightsModel)


def test_who_has_answered_and_the_consistency_flags(window: MainWindow) -> None:
    """Five of six have answered; the adviser has not; RN-03's circular judgements are flagged."""
    ws = _workspace(window)
    assert "5 of 6 have answered" in ws.status.text() and "Dr Helen Achieng" in ws.status.text()
    rows = {ws.model.index(r, 0).data(): r for r in range(ws.model.rowCount())}
    assert ws.model.index(rows["Dr Helen Achieng"], 4).data() == "Not yet"
    assert ws.model.index(rows["Aïcha Traoré"], 4).data() == "✓ 120 score(s), weights"
    assert ws.model.index(rows["RN-03"], 5).data() == "0.43 ⚠"
    assert "revisit" in ws.model.index(rows["RN-03"], 5).data(0x03)  # tooltip
    assert ws.model.index(rows["Joseph Banda"], 5).data() == "0.02"


def test_add_edit_remove_participants_each_one_undo_step(window: MainWindow) -> None:
    """Add through the dialog, edit the role, remove with answers: each one step; undo all three."""
    ws = _workspace(window)
    stack = window.controller.undo_stack
    before = window.controller.dialogue.snapshot()
    dialog = ws.open_participant_dialog()
    dialog.name.setText("CHW-11")
    dialog.anonymous.setChecked(True)
    dialog.speaks_for.setCurrentIndex(dialog.speaks_for.findData("s:chw"))
    dialog.parts.setCurrentIndex(dialog.parts.findData("scores"))
    assert not dialog.weighting.isEnabled()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    d = window.controller.dialogue
    added = next(p for p in d.participants.values() if p.name == "CHW-11")
    assert added.anonymous and added.stakeholder == "chw" and added.parts.value == "scores"
    assert stack.count() == 1 and stack.undoText() == "Add participant CHW-11"
    assert ws.selected_ids() == [added.id]
    dialog = ws.open_participant_dialog(added.id)
    assert dialog.name.text() == "CHW-11" and dialog.speaks_for.currentData() == "s:chw"
    dialog.role.setText("Community health worker, Lowa")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert d.participants[added.id].role == "Community health worker, Lowa"
    assert d.participants[added.id].key == added.key
    ws.table.selectRow(ws.model.row_of("p3"))
    ws.remove_selected()
    assert "p3" not in d.participants and "p3" not in d.answers
    assert stack.count() == 3
    for _ in range(3):
        window.action_undo.trigger()
    assert window.controller.dialogue.snapshot() == before
    assert ws.model.rowCount() == 6


def test_an_empty_name_is_refused_in_the_dialog(window: MainWindow) -> None:
    """OK with no name keeps the dialog open with the reason; nothing changes."""
    ws = _workspace(window)
    dialog = ws.open_participant_dialog()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and "name or a code" in dialog.error.text()
    assert window.controller.undo_stack.count() == 0
    dialog.reject()


def test_import_preview_cancel_changes_nothing(window: MainWindow, returned: Path) -> None:
    """The preview lists each sheet (Grace Phiri's refused, naming the cell); Cancel: no change."""
    window.controller.replace(_without_answers(), None)
    ws = _workspace(window)
    before = window.controller.dialogue.snapshot()
    dialog = ws.import_sheets(returned)
    assert dialog is not None and dialog.isVisible()
    model = dialog.model
    results = {model.index(r, 0).data(): model.index(r, 2).data() for r in range(model.rowCount())}
    assert results["p4-grace-phiri.xlsx"] == "Refused"
    assert results["p1-aicha-traore.xlsx"] == "Will merge"
    assert results["p6-dr-helen-achieng.xlsx"] == "Skipped"
    assert "Scores!C14" in dialog.details.toPlainText()  # opens on the refused sheet
    assert dialog.merge_button.text() == "Merge 4 sheet(s)"
    dialog.cancel_button.click()
    assert window.controller.dialogue.snapshot() == before
    assert window.controller.undo_stack.count() == 0


def test_import_merge_is_one_undoable_step(window: MainWindow, returned: Path) -> None:
    """Merge: four participants' answers in, the heat map fills, one undo step; Undo: gone."""
    window.controller.replace(_without_answers(), None)
    ws = _workspace(window)
    assert ws.heat_model.index(0, 0).data() == "—"
    dialog = ws.import_sheets(returned)
    dialog.merge_button.click()
    d = window.controller.dialogue
    assert set(d.answers) == {"p1", "p2", "p3", "p5"}
    assert window.controller.undo_stack.count() == 1
    assert window.controller.undo_stack.undoText() == "Merge 4 returned sheets"
    assert "4 of 6 have answered" in ws.status.text()
    row = ws.heat_model.option_ids.index("hardship_allowance")
    col = ws.heat_model.criterion_ids.index("retention")
    assert ws.heat_model.index(row, col).data() == "4.5"  # 4, 3, 5, 5 without Grace Phiri's 4
    window.action_undo.trigger()
    assert not window.controller.dialogue.answers
    assert ws.heat_model.index(row, col).data() == "—"


def test_heat_map_drill_down_and_aggregation_choice(window: MainWindow) -> None:
    """Clicking a cell lists every answer behind it (RN-03's 3 on telehealth quality is the
    outlier); mean instead of median changes the cell; range instead of IQR its colour."""
    ws = _workspace(window)
    m = ws.heat_model
    tele = m.index(m.option_ids.index("telehealth"), m.criterion_ids.index("quality"))
    assert tele.data() == "5 •"
    ws.heatmap.setCurrentIndex(tele)
    answers = ws.answers_model
    rows = {answers.index(r, 0).data(): (answers.index(r, 2).data(), answers.index(r, 3).data())
            for r in range(answers.rowCount())}
    assert rows["RN-03"] == ("3", "outlier")
    assert rows["Daniel Mwale"] == ("—", "left blank")
    assert "Telehealth and outreach support — Quality and competence" in ws.cell_title.text()
    assert "Median 5, mean 4.5" in ws.cell_stats.text()
    retention = m.index(m.option_ids.index("hardship_allowance"), m.criterion_ids.index("retention"))
    assert retention.data() == "4"
    ws.centre.setCurrentIndex(ws.centre.findData("mean"))
    assert retention.data() == "4.2"
    iqr_colour = retention.data(0x08).color()  # BackgroundRole
    assert iqr_colour == disagreement_colour(1 / 4)
    ws.measure.setCurrentIndex(ws.measure.findData("range"))
    assert m.index(retention.row(), retention.column()).data(0x08).color() == disagreement_colour(2 / 4)


def test_perspectives_from_groups_and_combined_scores_undo(window: MainWindow) -> None:
    """Each button is one undoable step: four group perspectives; the combined scores."""
    ws = _workspace(window)
    d = window.controller.dialogue
    count = len(d.weight_sets)
    original = d.score("rural_admission", "political")
    ws.perspectives_button.click()
    assert len(d.weight_sets) == count + 4
    assert "Ministry of Finance (participants)" in [w.name for w in d.weight_sets.values()]
    ws.use_button.click()
    # Retention of the allowance: 4, 3, 5, 4, 5 (median 4, range 3 to 5); cost of the northern
    # school: 8, 7, 6.5, 6.5 and a blank (median 6.75, range 6.5 to 8).
    assert d.score("hardship_allowance", "retention") == Score(4.0, 3.0, 5.0)
    assert d.score("north_school", "cost") == Score(6.75, 6.5, 8.0)
    assert window.controller.undo_stack.count() == 2
    window.action_undo.trigger()
    window.action_undo.trigger()
    assert len(d.weight_sets) == count and d.score("hardship_allowance", "retention") == Score(5.0, 3.0, 5.0)
    assert d.score("rural_admission", "political") == original


def test_groups_table_shows_each_groups_weights(window: MainWindow) -> None:
    """Ministry of Finance: two members, 65 % feasibility, mean of weights."""
    ws = _workspace(window)
    g = ws.groups_model
    rows = {g.index(r, 0).data(): [g.index(r, c).data() for c in range(g.columnCount())]
            for r in range(g.rowCount())}
    assert rows["Ministry of Finance"][1:5] == ["2 of 2", "65%", "35%", "mean of weights"]
    assert rows["Health workers"][5] == "CR 0.43 ⚠"


def test_export_sheets_writes_the_folder(window: MainWindow, tmp_path: Path) -> None:
    """Export writes six workbooks and six PDFs (the box is ticked) and changes nothing."""
    ws = _workspace(window)
    written = ws.export_sheets(tmp_path / "out")
    assert len(written) == 12 and window.controller.undo_stack.count() == 0


def test_screenshot_states_open_and_close(window: MainWindow) -> None:
    """The picture states (a selected cell, the import preview) set up and put back cleanly."""
    ws = _workspace(window)
    for _slug, set_up in ws.screenshot_states():
        restore = set_up()
        restore()
    assert window.controller.undo_stack.count() == 0
    assert ws.dialog is None or not ws.dialog.isVisible()
