"""The Results, Feasibility–impact and Sensitivity workspaces (issue 6): the ranking by any method
with its changes against the additive model and a plain explanation, the matrix that moves with
the scores and shows an option's details on click, and one-way plots with switch points."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.main_window import MainWindow
from desktop.models.ranking_table import CHANGE
from desktop.models.sensitivity_table import ThresholdModel
from desktop.workspaces.decision import ScoresWorkspace
from desktop.workspaces.matrix_workspace import MatrixWorkspace
from desktop.workspaces.results_workspace import ResultsWorkspace
from desktop.workspaces.sensitivity_workspace import SensitivityWorkspace
from dialogue.decision import rank_dialogue
from mcda.feasibility import Quadrant
from mcda.ranking import METHODS


@pytest.fixture(autouse=True)
def _never_ask_to_save(monkeypatch) -> None:
    """A failing test must not leave the window waiting for "Save the changes?"."""
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Discard)



def _show(window: MainWindow, cls: type):
    ws = window.workspace(cls)
    window.tabs.setCurrentWidget(ws)
    return ws


def test_every_method_ranks_and_explains_itself(window: MainWindow) -> None:
    """Each of the seven methods gives the engine's ranking, a one-sentence explanation, and
    (other than the additive model) arrows for the rank changes against it."""
    ws = _show(window, ResultsWorkspace)
    d = window.controller.dialogue
    additive = rank_dialogue(d, "wsm")
    base = dict(zip(additive.options, additive.ranks, strict=True))
    for method in METHODS:
        ws.picker.choose(method)
        assert ws.state.method == method
        expected = rank_dialogue(d, method)
        model = ws.ranking_model
        got = {model.data(model.index(r, 0), Qt.ItemDataRole.UserRole): model.data(model.index(r, 0))
               for r in range(model.rowCount())}
        assert got == {o: int(r) for o, r in zip(expected.options, expected.ranks, strict=True)}
        assert ws.picker.explanation.text().endswith(".")
        assert ws.ranking.isColumnHidden(CHANGE) == (method == "wsm")
        if method != "wsm":
            moved = sum(1 for o, r in zip(expected.options, expected.ranks, strict=True) if base[o] != r)
            assert f"{moved} of 12 options change place" in ws.changes.text()
            row = next(r for r in range(model.rowCount())
                       if model.data(model.index(r, 0), Qt.ItemDataRole.UserRole) == "compulsory_service")
            shift = int(base["compulsory_service"]) - int(expected.ranks[expected.options.index("compulsory_service")])
            arrow = model.data(model.index(row, CHANGE))
            assert arrow == ("=" if shift == 0 else (f"▲ {shift}" if shift > 0 else f"▼ {-shift}"))
    assert "ELECTRE I finds the kernel" in "".join(rank_dialogue(d, "electre1").notes)


def test_topsis_says_what_changes(window: MainWindow) -> None:
    """Under TOPSIS the community midwives come first instead of the rural admissions."""
    ws = _show(window, ResultsWorkspace)
    ws.picker.choose("topsis")
    assert "Community midwives: a new cadre</b> comes first instead of <b>Admit students" in ws.changes.text()
    assert ws.chart.names[0] == "Community midwives: a new cadre"
    ws.picker.choose("wsm")
    assert "contribution" in ws.chart_title.text().lower()


def test_changing_a_score_moves_the_option_on_the_matrix(window: MainWindow) -> None:
    """Political acceptability of the northern school from 4 to 1: its feasibility drops on the
    matrix and its details say so; undo puts it back."""
    scores = window.workspace(ScoresWorkspace)
    ws = _show(window, MatrixWorkspace)
    ws.select("north_school")
    before = next(p for p in ws.matrix.points if p.option == "north_school")
    assert before.quadrant is Quadrant.MAJOR_REFORM
    row = scores.model.option_ids.index("north_school")
    scores.model.setData(scores.model.index(row, scores.model.criterion_ids.index("political")), "1")
    after = next(p for p in ws.matrix.points if p.option == "north_school")
    assert after.feasibility < before.feasibility
    assert f"feasibility {after.feasibility:.2f}" in ws.summary.toPlainText()
    assert "1 — Strong opposition from key actors" in ws.summary.toPlainText()
    window.action_undo.trigger()
    assert next(p for p in ws.matrix.points if p.option == "north_school") == before


def test_clicking_a_dot_shows_the_options_details(window: MainWindow) -> None:
    """A click on a dot (its spot) rings it and fills the details and the quadrant list."""
    ws = _show(window, MatrixWorkspace)
    spot = next(s for s in ws.matrix.scatter.points() if s.data() == "telehealth")
    ws.matrix._clicked(ws.matrix.scatter, [spot])
    assert ws.summary.option_id == "telehealth"
    assert "Telehealth and outreach support" in ws.summary.toPlainText()
    assert ws.list.currentItem().data(0, Qt.ItemDataRole.UserRole) == "telehealth"
    assert len(ws.matrix.ring.points()) == 1
    labels = [t.toPlainText() for t in ws.matrix.labels]
    assert any("Telehealth" in t for t in labels)


def test_sensitivity_lists_switch_points_and_plots_them(window: MainWindow) -> None:
    """The most critical criterion comes first; its plot marks the switch point and the sentences
    say the same thing in words."""
    ws = _show(window, SensitivityWorkspace)
    first = ws.model.rows[0]
    assert first.criterion == "time" and first.increase.new_leader == "career_path"
    assert ws.selected_criterion() == "time"
    assert ws.plot.switches == [(pytest.approx(first.increase.weight), "career_path")]
    assert "0.09 → Accelerated career path" in ws.model.data(ws.model.index(0, 2))
    text = ws.sentences.toPlainText()
    assert "stays first unless the weight on Time to effect exceeds 0.09" in text
    ws.select_criterion("capacity")
    assert ws.plot.switches == []
    ws.picker.choose("electre2")
    assert "additive value model is used here" in ws.intro.text()


def test_threshold_model_passes_the_model_tester(window: MainWindow, qtmodeltester) -> None:
    """The thresholds table is a well-behaved Qt model."""
    ws = _show(window, SensitivityWorkspace)
    qtmodeltester.check(ws.model)
    qtmodeltester.check(ThresholdModel())
