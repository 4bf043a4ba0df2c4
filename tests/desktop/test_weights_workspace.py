"""The Weights workspace (issue 6): sliders and spin boxes per criterion and the group balance
re-rank live (one undo step per drag), perspectives are created, copied, renamed, switched and
removed, and the swing and rank order dialogs set the weights in one step."""

from __future__ import annotations

import pytest

from desktop.main_window import MainWindow
from desktop.models.ranking_table import RankingModel
from desktop.workspaces.decision import RankingWorkspace
from desktop.workspaces.matrix_workspace import MatrixWorkspace
from mcda.weights import global_weights, rank_order_centroid


@pytest.fixture(autouse=True)
def _never_ask_to_save(monkeypatch) -> None:
    """A failing test must not leave the window waiting for "Save the changes?"."""
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Discard)



@pytest.fixture
def ws(window: MainWindow) -> RankingWorkspace:
    w = window.workspace(RankingWorkspace)
    window.tabs.setCurrentWidget(w)
    return w  # type: ignore[return-value]


def _names(model: RankingModel) -> list[str]:
    return [model.data(model.index(r, 1)) for r in range(model.rowCount())]


def test_a_weight_drag_moves_the_ranking_the_chart_and_the_matrix(window: MainWindow, ws: RankingWorkspace) -> None:
    """Drag Recurrent cost's slider down to 0 and Political acceptability's up: the ranking, the
    chart and the feasibility-impact matrix move; each drag is one undo step."""
    matrix = window.workspace(MatrixWorkspace)
    matrix.matrix.refresher.now()
    before_points = {p.option: p.feasibility for p in matrix.matrix.points}
    before = _names(ws.ranking_model)
    slider = ws.weights.sliders["political"]
    slider.setSliderDown(True)
    for value in range(slider.value(), 101, 10):
        slider.setValue(value)
    slider.setSliderDown(False)  # releasing ends the undo step
    assert window.controller.undo_stack.count() == 1
    assert _names(ws.ranking_model) != before
    assert ws.chart.names == [n.replace(" (incomplete)", "") for n in _names(ws.ranking_model)][:len(ws.chart.names)]
    window.tabs.setCurrentWidget(matrix)
    after_points = {p.option: p.feasibility for p in matrix.matrix.points}
    assert after_points != before_points
    window.action_undo.trigger()
    assert _names(ws.ranking_model) == before
    assert {p.option: p.feasibility for p in matrix.matrix.points} == before_points


def test_sliders_do_not_jump_while_the_top_criterion_is_dragged_down(window: MainWindow, ws: RankingWorkspace) -> None:
    """Dragging the most important criterion down leaves the other sliders where they are; the
    scale is set again after release."""
    others = {cid: s.value() for cid, s in ws.weights.sliders.items() if cid != "retention"}
    slider = ws.weights.sliders["retention"]
    slider.setSliderDown(True)
    for value in (90, 70, 50):
        slider.setValue(value)
        assert {cid: s.value() for cid, s in ws.weights.sliders.items() if cid != "retention"} == others
    slider.setSliderDown(False)
    slider.sliderReleased.emit()
    assert window.controller.dialogue.active_weight_set.weights["retention"] == pytest.approx(2.5)
    assert max(s.value() for s in ws.weights.sliders.values()) == 100


def test_spin_box_and_group_balance(window: MainWindow, ws: RankingWorkspace) -> None:
    """A typed value is one step; the feasibility-impact balance sets the group weights."""
    d = window.controller.dialogue
    ws.weights.spins["cost"].setValue(100)
    assert ws.weights.sliders["cost"].value() == 100
    ws.weights.balance.setValue(80)
    ws.weights.balance.sliderReleased.emit()
    ws_ = d.active_weight_set
    assert dict(ws_.group_weights) == {"feasibility": 0.2, "impact": 0.8}
    assert "Impact 80%" in ws.weights.balance_label.text()
    assert window.controller.undo_stack.count() == 2
    window.action_undo.trigger()
    window.action_undo.trigger()
    assert dict(d.active_weight_set.group_weights) == {"feasibility": 40, "impact": 60}


def test_perspectives_create_copy_rename_switch_and_remove(window: MainWindow, ws: RankingWorkspace) -> None:
    """Each action on the perspective bar is one undo step, and the ranking follows the switch."""
    d = window.controller.dialogue
    bar = ws.weights.perspectives
    before = _names(ws.ranking_model)
    assert bar.switch_to("union")
    assert _names(ws.ranking_model)[0] == "Accelerated career path for rural service"
    assert bar.copy_perspective("Union, after the strike")
    assert d.active_weight_set.name == "Union, after the strike"
    assert dict(d.active_weight_set.weights) == dict(d.weight_sets["union"].weights)
    assert bar.rename_perspective("Union 2027")
    assert bar.combo.currentText() == "Union 2027"
    assert bar.new_perspective("Patients")
    assert set(d.active_weight_set.weights.values()) == {1.0}
    assert bar.remove_perspective()
    assert "patients" not in d.weight_sets
    for _ in range(5):
        window.action_undo.trigger()
    assert list(d.weight_sets) == ["moh", "mof", "union", "partners"]
    assert d.active_weight_set.id == "moh" and _names(ws.ranking_model) == before


def test_swing_dialog_sets_weights_within_a_group(window: MainWindow, ws: RankingWorkspace, qtbot) -> None:
    """Rate the feasibility swings: without a 100 the dialog refuses; with one the weights are the
    ratings normalised (von Winterfeldt & Edwards 1986), in one undo step."""
    d = window.controller.dialogue
    dialog = ws.weights.open_swing()
    assert dialog.scope_key == "feasibility"
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    for cid, rating in {"cost": 80, "political": 40, "capacity": 40, "time": 20, "sustainability": 20}.items():
        dialog.set_rating(cid, rating)
    assert not ok.isEnabled() and "100" in dialog.status.text()
    dialog.set_rating("cost", 100)
    assert ok.isEnabled()
    assert dialog.weights["cost"] == pytest.approx(100 / 220)
    dialog.accept()
    ws_ = d.active_weight_set
    feas = {c: ws_.weights[c] for c in ("cost", "political", "capacity", "time", "sustainability")}
    assert feas["cost"] / sum(feas.values()) == pytest.approx(100 / 220, abs=1e-4)
    assert ws_.weights["retention"] == 5  # the impact weights are untouched
    window.action_undo.trigger()
    assert d.active_weight_set.weights["cost"] == 2


def test_rank_order_dialog_gives_centroid_weights_over_all_criteria(window: MainWindow, ws: RankingWorkspace,
                                                                    qtbot) -> None:
    """Order all ten criteria: the global weights become the rank order centroid weights
    (Barron & Barrett 1996), group weights included."""
    d = window.controller.dialogue
    dialog = ws.weights.open_roc()
    dialog.scope.setCurrentIndex(dialog.scope.findData("all"))
    order = list(reversed(list(d.criteria)))
    dialog.set_order(order)
    dialog.list.setCurrentRow(0)
    dialog.move_current(+1)
    order[0], order[1] = order[1], order[0]
    assert dialog.order() == order
    dialog.accept()
    ws_ = d.active_weight_set
    got = global_weights(d.criteria.values(), ws_.weights, ws_.group_weights)
    for cid, w in rank_order_centroid(order).items():
        assert got[cid] == pytest.approx(w, abs=1e-5)
    window.action_undo.trigger()
    assert dict(d.active_weight_set.group_weights) == {"feasibility": 40, "impact": 60}


def test_ranking_model_passes_the_model_tester(window: MainWindow, ws: RankingWorkspace, qtmodeltester) -> None:
    """The ranking table is a well-behaved Qt model under the additive model and TOPSIS."""
    model = RankingModel(window.controller)
    qtmodeltester.check(model)
    ws.state.set_method("topsis")
    qtmodeltester.check(model)
