"""The AHP dialog (issue 6): pairwise judgements on Saaty's scale, live weights and consistency
ratio, the most inconsistent judgement highlighted with the value that would fix it, and the
weights put into the active perspective in one undo step."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from desktop.main_window import MainWindow
from desktop.models.ahp_matrix import HIGHLIGHT, AHPMatrixModel, judgement_text
from desktop.workspaces.decision import RankingWorkspace
from mcda.weights import global_weights


@pytest.fixture(autouse=True)
def _never_ask_to_save(monkeypatch) -> None:
    """A failing test must not leave the window waiting for "Save the changes?"."""
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Discard)



@pytest.fixture
def dialog(window: MainWindow, qtbot):
    ws = window.workspace(RankingWorkspace)
    window.tabs.setCurrentWidget(ws)
    d = ws.weights.open_ahp()
    return d


def test_a_consistent_set_of_judgements_gives_exact_weights(window: MainWindow, dialog) -> None:
    """Judgements 2, 4, 2 between three... here five feasibility criteria with weights in ratio
    8:4:2:1:1 (every judgement a ratio of the weights) give those weights with CR = 0: for a
    consistent matrix the principal eigenvector is the weight vector and lambda_max = n
    (Saaty 1980, section 1.2). One undo step puts the old weights back."""
    target = {"cost": 8, "political": 4, "capacity": 2, "time": 1, "sustainability": 1}
    assert dialog.ids == list(target)
    for a in target:
        for b in target:
            if dialog.ids.index(a) < dialog.ids.index(b):
                assert dialog.set_judgement(a, b, target[a] / target[b])
    r = dialog.result
    assert r.consistency_ratio == pytest.approx(0.0, abs=1e-9)
    assert r.weights["cost"] == pytest.approx(8 / 16)
    assert "CR = 0.000: acceptable" in dialog.consistency.text()
    assert dialog.model.highlight is None
    dialog.accept()
    d = window.controller.dialogue
    ws = d.active_weight_set
    feas = {c: ws.weights[c] for c in target}
    assert feas["cost"] / sum(feas.values()) == pytest.approx(0.5, abs=1e-5)
    assert window.controller.undo_stack.undoText() == "AHP weights (CR 0.00)"
    window.action_undo.trigger()
    assert d.active_weight_set.weights["cost"] == 2


def test_an_inconsistent_judgement_is_highlighted_with_a_fix(dialog) -> None:
    """Cost 3x political, political 3x capacity, but capacity 5x cost: CR far above 0.10, that
    judgement is highlighted, and using the suggested value lowers CR (Saaty 2003)."""
    dialog.set_judgement("cost", "political", 3)
    dialog.set_judgement("political", "capacity", 3)
    dialog.set_judgement("capacity", "cost", 5)
    r = dialog.result
    assert r.consistency_ratio > 0.10
    assert "too inconsistent" in dialog.consistency.text()
    i, j = dialog.model.highlight
    assert {dialog.ids[i], dialog.ids[j]} <= {"cost", "political", "capacity"}
    assert dialog.model.data(dialog.model.index(i, j), Qt.ItemDataRole.BackgroundRole).color() == HIGHLIGHT
    assert "Most inconsistent judgement" in dialog.worst.text() and "Try" in dialog.worst.text()
    before = r.consistency_ratio
    dialog.apply_suggestion()
    assert dialog.result.consistency_ratio < before


def test_the_question_follows_the_selected_cell_and_the_choice_sets_it(dialog) -> None:
    """Selecting a cell asks its question; choosing in the list sets it and its mirror."""
    dialog.select(1, 3)
    assert "Political acceptability" in dialog.question.text() and "Time to effect" in dialog.question.text()
    dialog.choice.setCurrentIndex(dialog.choice.findData(1 / 5))
    dialog.choice.activated.emit(dialog.choice.currentIndex())
    assert dialog.model.matrix[1, 3] == pytest.approx(0.2) and dialog.model.matrix[3, 1] == pytest.approx(5)
    assert dialog.model.data(dialog.model.index(1, 3)) == "1/5"


def test_all_criteria_scope_sets_group_weights_too(window: MainWindow, dialog) -> None:
    """Comparing all ten criteria (equal judgements) gives equal global weights of 0.1."""
    dialog.scope.setCurrentIndex(dialog.scope.findData("all"))
    assert len(dialog.ids) == 10
    dialog.accept()
    d = window.controller.dialogue
    ws = d.active_weight_set
    got = global_weights(d.criteria.values(), ws.weights, ws.group_weights)
    assert np.allclose(list(got.values()), 0.1)


def test_values_off_saatys_scale_are_refused(dialog) -> None:
    """12 and 0 are not judgements on the 1/9 to 9 scale; fractions such as 1/7 are."""
    assert not dialog.set_judgement("cost", "time", "12")
    assert "1/9 to 9" in dialog.consistency.text()
    assert not dialog.set_judgement("cost", "time", "0")
    assert dialog.set_judgement("cost", "time", "1/7")
    assert judgement_text(dialog.model.matrix[0, 3]) == "1/7"


def test_ahp_matrix_model_passes_the_model_tester(qtmodeltester) -> None:
    """The judgement matrix is a well-behaved, editable Qt model."""
    model = AHPMatrixModel(["a", "b", "c"])
    qtmodeltester.check(model)
    model.setData(model.index(0, 2), "5")
    qtmodeltester.check(model)
