"""The Scores workspace (issue 6): a level list with words on anchored scales, natural units with
their bounds, colours and missing marks, a pasted spreadsheet block as one undo step (refused
whole, naming the cell, when a value is wrong), and per-cell uncertainty ranges."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit

from desktop.main_window import MainWindow
from desktop.models.score_table import ScoreTableModel
from desktop.widgets.scores_delegate import AnchoredScoreEditor
from desktop.workspaces.decision import ScoresWorkspace
from dialogue.values import Score


@pytest.fixture(autouse=True)
def _never_ask_to_save(monkeypatch) -> None:
    """A failing test must not leave the window waiting for "Save the changes?"."""
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Discard)



@pytest.fixture
def ws(window: MainWindow) -> ScoresWorkspace:
    w = window.workspace(ScoresWorkspace)
    window.tabs.setCurrentWidget(w)
    return w  # type: ignore[return-value]


def _cell(ws: ScoresWorkspace, option: str, criterion: str):
    return ws.model.index(ws.model.option_ids.index(option), ws.model.criterion_ids.index(criterion))


def test_an_anchored_cell_offers_the_levels_with_their_words(window: MainWindow, ws: ScoresWorkspace,
                                                             qtbot) -> None:
    """Editing Political acceptability lists levels 1 to 5 with their words; choosing level 2 from
    the list writes it at once; undo restores 4."""
    index = _cell(ws, "rural_admission", "political")
    ws.table.setCurrentIndex(index)
    ws.table.edit(index)
    editor = ws.table.viewport().findChild(AnchoredScoreEditor)
    assert editor is not None and editor.text() == "4"
    levels = editor.completer().model()
    assert [levels.index(r, 0).data() for r in range(5)][1] == "2  —  Opposed by some key actors"
    editor.show_levels()
    popup = editor.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    popup.setCurrentIndex(editor.completer().completionModel().index(1, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert window.controller.dialogue.score("rural_admission", "political").value == 2.0
    window.action_undo.trigger()
    assert window.controller.dialogue.score("rural_admission", "political").value == 4.0


def test_natural_units_use_a_plain_field_that_states_the_bounds(ws: ScoresWorkspace) -> None:
    """Recurrent cost is edited in a field whose hint gives the scale; tooltips give the unit."""
    index = _cell(ws, "telehealth", "cost")
    ws.table.edit(index)
    editor = ws.table.viewport().findChild(QLineEdit)
    assert not isinstance(editor, AnchoredScoreEditor)
    assert editor.placeholderText() == "0 to 10 US$ million per year"
    assert ws.model.data(index, Qt.ItemDataRole.ToolTipRole) == "1.8 US$ million per year"
    header = ws.model.headerData(ws.model.criterion_ids.index("political"), Qt.Orientation.Horizontal,
                                 Qt.ItemDataRole.ToolTipRole)
    assert "5: Consensus among key actors" in header


def test_missing_scores_are_marked_and_counted(window: MainWindow, ws: ScoresWorkspace) -> None:
    """Clearing two cells (Delete) marks them and counts them; one undo brings both back."""
    ws.select_block(0, 1, 0, 2)
    assert ws.clear_selection()
    index = ws.model.index(0, 1)
    assert ws.model.data(index) == "—"
    assert "Missing score" in ws.model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert "Missing scores: 2" in ws.missing.text()
    window.action_undo.trigger()
    assert ws.model.data(index) == "4" and ws.missing.text() == ""


def test_a_pasted_block_is_one_undo_step_and_reranks(window: MainWindow, ws: ScoresWorkspace) -> None:
    """Paste 2 x 3 cells copied from a spreadsheet (tabs, a trailing line break, a decimal comma):
    one undo step; the ranking moves; undo restores every cell."""
    d = window.controller.dialogue
    before = d.snapshot()
    leader = ws.ranking_model.option_ids[0]
    row = ws.model.option_ids.index("payroll_cleanup")
    ws.select_block(row - 1, ws.model.criterion_ids.index("availability"))
    assert ws.paste_text("5\t5\t5\n4,5\t5\t5\n")
    assert window.controller.undo_stack.count() == 1
    assert window.controller.undo_stack.undoText() == "Paste 6 scores"
    assert d.score("payroll_cleanup", "availability") == Score(4.5)
    assert ws.ranking_model.option_ids[0] != leader
    window.action_undo.trigger()
    assert d.snapshot() == before


def test_a_wrong_cell_refuses_the_whole_paste_and_names_it(window: MainWindow, ws: ScoresWorkspace) -> None:
    """One value off the scale: nothing is pasted and the status bar names the cell."""
    d = window.controller.dialogue
    before = d.snapshot()
    ws.select_block(0, ws.model.criterion_ids.index("political"))
    QGuiApplication.clipboard().setText("3\t3\n3\t9\n")
    assert not ws.paste_clipboard()
    assert d.snapshot() == before and window.controller.undo_stack.count() == 0
    message = window.message.text()
    assert "row 2, column 2" in message and "Implementation capacity" in message and "9 is outside" in message


def test_copy_gives_tab_separated_scores(ws: ScoresWorkspace) -> None:
    """Ctrl+C copies the block as a spreadsheet reads it."""
    ws.select_block(0, 0, 1, 1)
    assert ws.copy_selection() == "0.4\t4\n6.5\t4"


def test_an_uncertainty_range_is_set_in_its_dialog(window: MainWindow, ws: ScoresWorkspace, qtbot) -> None:
    """Give Telehealth's retention score a 2-4 range: the cell shows it, SMAA will use it; a range
    that excludes the score is refused in the dialog; undo clears the range."""
    d = window.controller.dialogue
    dialog = ws.edit_uncertainty("telehealth", "retention")
    dialog.set_range(4, 5)
    dialog.accept()
    assert dialog.isVisible() and "must include the score 3" in dialog.words.text()
    dialog.set_range(2, 4)
    assert "“Small increase”" not in dialog.words.text() and "to “Clear effect on retention”" in dialog.words.text()
    dialog.accept()
    assert d.score("telehealth", "retention") == Score(3.0, 2.0, 4.0)
    assert ws.model.data(_cell(ws, "telehealth", "retention")) == "3  [2–4]"
    window.action_undo.trigger()
    assert d.score("telehealth", "retention") == Score(3.0)


def test_score_table_model_passes_the_model_tester(window: MainWindow, ws: ScoresWorkspace, qtmodeltester) -> None:
    """The score table is a well-behaved Qt model, also after a paste."""
    model = ScoreTableModel(window.controller)
    qtmodeltester.check(model)
    ws.select_block(0, 1)
    ws.paste_text("2")
    qtmodeltester.check(model)
