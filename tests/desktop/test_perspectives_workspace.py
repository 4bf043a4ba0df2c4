"""The Perspectives workspace (issue 6): rankings side by side per weight set, their agreement
(Kendall's W), the Borda consensus, where a perspective would block an option, and switching the
active perspective from here, undone in one step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.main_window import MainWindow
from desktop.models.perspectives_table import PerspectivesModel, block_rank
from desktop.workspaces.decision import RankingWorkspace
from desktop.workspaces.perspectives_workspace import PerspectivesWorkspace
from dialogue.decision import perspectives_of


@pytest.fixture(autouse=True)
def _never_ask_to_save(monkeypatch) -> None:
    """A failing test must not leave the window waiting for "Save the changes?"."""
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Discard)



@pytest.fixture
def ws(window: MainWindow) -> PerspectivesWorkspace:
    w = window.workspace(PerspectivesWorkspace)
    window.tabs.setCurrentWidget(w)
    return w  # type: ignore[return-value]


def test_rankings_side_by_side_with_agreement_and_consensus(window: MainWindow, ws: PerspectivesWorkspace) -> None:
    """Four perspectives: Kendall's W of the engine, Borda consensus order, one rank column each."""
    expected = perspectives_of(window.controller.dialogue)
    assert ws.model.columnCount() == 2 + 4 + 1
    assert f"Kendall's W = {expected.kendall_w:.2f}" in ws.agreement.text() and "strong" in ws.agreement.text()
    leader = min(range(12), key=lambda i: (expected.consensus_ranks[i], i))
    assert ws.model.data(ws.model.index(0, 1)) == expected.option_names[leader]
    assert "Accelerated career path for rural service</b> comes first" in ws.agreement.text()
    row = ws.model.order.index(expected.options.index("hardship_allowance"))
    ranks = [ws.model.data(ws.model.index(row, 2 + k)) for k in range(4)]
    assert ranks == [int(r) for r in expected.ranks[:, expected.options.index("hardship_allowance")]]


def test_blocking_is_the_bottom_quarter(ws: PerspectivesWorkspace) -> None:
    """With 12 options a perspective blocks ranks 10 to 12: the hardship allowance (rank 12 for the
    Ministry of Finance, 10 for the partners) is blocked by both."""
    assert block_rank(12) == 9 and block_rank(3) == 2
    i = ws.model.result.options.index("hardship_allowance")
    assert ws.model.blockers(i) == ["Ministry of Finance", "Development partners"]
    row = ws.model.order.index(i)
    assert ws.model.data(ws.model.index(row, ws.model.columnCount() - 1)) == \
        "Ministry of Finance, Development partners"
    assert "rank above 9 of 12" in ws.rule.text()


def test_switching_perspective_here_reranks_everywhere_and_undo_restores(window: MainWindow,
                                                                         ws: PerspectivesWorkspace) -> None:
    """Clicking the union's column heading makes it active (bold); the Weights tab re-ranks; undo."""
    weights = window.workspace(RankingWorkspace)
    col = 2 + ws.model.result.perspectives.index("union")
    ws.table.horizontalHeader().sectionClicked.emit(col)
    assert window.controller.dialogue.active_weight_set.id == "union"
    assert ws.model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.FontRole).bold()
    top = weights.ranking_model.data(weights.ranking_model.index(0, 1))
    assert top == "Accelerated career path for rural service"
    assert ws.bar.combo.currentData() == "union"
    window.action_undo.trigger()
    assert window.controller.dialogue.active_weight_set.id == "moh" and ws.bar.combo.currentData() == "moh"


def test_one_perspective_asks_for_another(window: MainWindow, ws: PerspectivesWorkspace) -> None:
    """With a single weight set there is nothing to compare, and the window says what to do."""
    bar = ws.bar
    for _ in range(3):
        assert bar.remove_perspective()
    assert "There is one perspective" in ws.agreement.text()
    assert not bar.buttons["remove"].isEnabled()


def test_perspectives_model_passes_the_model_tester(ws: PerspectivesWorkspace, qtmodeltester) -> None:
    """The side-by-side table is a well-behaved Qt model, empty and filled."""
    qtmodeltester.check(PerspectivesModel())
    qtmodeltester.check(ws.model)
