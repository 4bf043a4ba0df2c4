"""The first window (issue 2): edit a score, see the ranking move, undo, and the file menu's state."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLineEdit

from desktop.main_window import MainWindow
from desktop.workspaces.decision import RankingWorkspace, ScoresWorkspace
from dialogue.native_file import load


def _ranking_names(model) -> list[str]:
    return [model.data(model.index(r, 1)) for r in range(model.rowCount())]


def _scores_tab(window: MainWindow) -> ScoresWorkspace:
    tab = next(w for w in window.workspaces if isinstance(w, ScoresWorkspace))
    window.tabs.setCurrentWidget(tab)
    return tab


def test_typing_a_score_reranks_and_undo_restores(window: MainWindow, qtbot) -> None:
    """Type a new score into the table: the ranking changes at once; Ctrl+Z brings it back."""
    tab = _scores_tab(window)
    before = _ranking_names(tab.ranking_model)
    assert before[0] == "Admit students from rural backgrounds"
    row = tab.model.option_ids.index("payroll_cleanup")
    col = tab.model.criterion_ids.index("retention")
    index = tab.model.index(row, col)
    tab.table.setCurrentIndex(index)
    tab.table.edit(index)
    editor = tab.table.viewport().findChild(QLineEdit)
    assert editor is not None and editor.text() == "1"
    editor.selectAll()
    qtbot.keyClicks(editor, "5")
    # What the delegate does on Return (offscreen windows do not always get key focus).
    delegate = tab.table.itemDelegate()
    delegate.commitData.emit(editor)
    delegate.closeEditor.emit(editor)
    assert window.controller.dialogue.score("payroll_cleanup", "retention").value == 5.0
    after = _ranking_names(tab.ranking_model)
    assert after != before
    assert after.index("Payroll clean-up to free fiscal space") < before.index("Payroll clean-up to free fiscal space")
    assert window.isWindowModified()
    assert window.controller.undo_stack.undoText().startswith("Score Payroll clean-up")
    window.action_undo.trigger()
    assert _ranking_names(tab.ranking_model) == before
    assert window.controller.dialogue.score("payroll_cleanup", "retention").value == 1.0
    assert not window.isWindowModified()


def test_a_score_outside_the_scale_is_refused_with_a_message(window: MainWindow) -> None:
    """Typing 7 on a 1-to-5 scale changes nothing and the status bar says why."""
    tab = _scores_tab(window)
    index = tab.model.index(0, tab.model.criterion_ids.index("political"))
    assert not tab.model.setData(index, "7")
    assert window.controller.dialogue.score(tab.model.option_ids[0], "political").value == 4.0
    assert "outside the scale" in window.message.text()
    assert window.controller.undo_stack.count() == 0


def test_a_slider_drag_is_one_undo_step_and_reranks(window: MainWindow) -> None:
    """Dragging a weight slider re-ranks live; the whole drag is undone in one step."""
    tab = next(w for w in window.workspaces if isinstance(w, RankingWorkspace))
    window.tabs.setCurrentWidget(tab)
    before = _ranking_names(tab.ranking_model)
    slider = tab.weights.sliders["cost"]
    for value in range(slider.value(), 101, 5):
        slider.setValue(value)
    tab.weights.controller.seal_last_edit()
    assert window.controller.undo_stack.count() == 1
    assert _ranking_names(tab.ranking_model) != before
    window.action_undo.trigger()
    assert _ranking_names(tab.ranking_model) == before
    assert window.controller.undo_stack.count() == 1 and window.controller.undo_stack.index() == 0


def test_switching_perspective_changes_the_ranking(window: MainWindow) -> None:
    """Choosing the Ministry of Finance's weights puts its priorities first; undo returns."""
    tab = next(w for w in window.workspaces if isinstance(w, RankingWorkspace))
    combo = tab.weights.perspective
    before = _ranking_names(tab.ranking_model)
    combo.setCurrentIndex(combo.findData("union"))
    combo.activated.emit(combo.currentIndex())
    assert window.controller.dialogue.active_weight_set.id == "union"
    assert _ranking_names(tab.ranking_model)[0] == "Accelerated career path for rural service"
    window.action_undo.trigger()
    assert _ranking_names(tab.ranking_model) == before
    assert combo.currentData() == "moh"


def test_save_writes_the_file_and_clears_the_modified_mark(window: MainWindow, tmp_path: Path) -> None:
    """After an edit the title shows the modified mark; saving writes the edit and clears it."""
    tab = _scores_tab(window)
    tab.model.setData(tab.model.index(0, 1), "2")
    assert window.isWindowModified()
    target = tmp_path / "mine.palabre"
    assert window._save_to(target)
    assert not window.isWindowModified()
    assert window.windowTitle().startswith("mine.palabre")
    assert load(target) == window.controller.dialogue
    assert str(target) in window.settings.value("recent_files", [], list)


def test_opening_a_damaged_file_keeps_the_current_dialogue(window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    """A damaged file is reported and the open dialogue is untouched."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    bad = tmp_path / "bad.palabre"
    bad.write_text("{broken", encoding="utf-8")
    before = window.controller.dialogue.snapshot()
    assert not window.open_path(bad, confirmed=True)
    assert shown and "bad.palabre" in shown[0]
    assert window.controller.dialogue.snapshot() == before


def test_stakeholder_table_selection_selects_on_the_map(window: MainWindow) -> None:
    """Selecting a row in the stakeholder table highlights the same stakeholder on the map."""
    ws = window.workspaces[0]
    ws.select("union")
    assert ws.map.current == "union"
    assert ws.selected_id() == "union"


def test_signal_emission_keeps_bool_refcounts() -> None:
    """Guards the PySide6 pin: emitting a signal must not drop references to True (6.12.0 does)."""

    class Emitter(QObject):
        fired = Signal(object)

    e = Emitter()
    before = sys.getrefcount(True)
    for _ in range(200):
        e.fired.emit(1)
    assert sys.getrefcount(True) - before > -50
