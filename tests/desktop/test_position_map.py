"""The position map and its what-if mode (issue 5): what-if changes nothing in the dialogue
until kept, and keeping is one undo step; the index is the engine's (dialogue.political)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.main_window import MainWindow
from desktop.workspaces.stakeholders import POSITIONS_TAB, StakeholderWorkspace
from dialogue.political import political_feasibility, what_if_index

OPTION = "community_midwives"


def _panel(window: MainWindow):
    ws = window.workspace(StakeholderWorkspace)
    window.tabs.setCurrentWidget(ws)
    ws.session.set_option(OPTION)
    ws.views.setCurrentIndex(POSITIONS_TAB)
    for _ in range(50):
        QApplication.processEvents()
        if ws.positions.board.viewport().width() > 400:
            break
    ws.positions.board.layout_board()
    return ws, ws.positions


def _drag_chip(qtbot, board, sid: str, column: object) -> None:
    start = board.mapFromScene(board.chips[sid].sceneBoundingRect().center())
    row = board.chips[sid].chip.row
    end = board.mapFromScene(board.cells[(column, row)].center())
    vp = board.viewport()
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=start)
    for i in range(1, 7):
        qtbot.mouseMove(vp, start + (end - start) * i / 6)
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=end)


def test_the_index_shown_is_the_engines(window: MainWindow) -> None:
    """The panel shows dialogue.political's index for the option."""
    _, panel = _panel(window)
    expected = political_feasibility(window.controller.dialogue)[OPTION].index
    assert f"{expected:+.2f}" in panel.index_label.text()


def test_what_if_changes_nothing_until_kept_and_keep_is_one_undo_step(window: MainWindow, qtbot) -> None:
    """In what-if mode, dragging the midwives (strongly opposed) and the union (opposed) to
    neutral shows the new index but leaves the dialogue and the undo stack untouched; Keep applies
    both as one step, which one undo takes back."""
    _ws, panel = _panel(window)
    d = window.controller.dialogue
    before = d.snapshot()
    panel.what_if_button.click()
    assert panel.what_if_on
    _drag_chip(qtbot, panel.board, "midwives", 0)
    _drag_chip(qtbot, panel.board, "union", 0)
    assert panel.staged == {("midwives", OPTION): 0, ("union", OPTION): 0}
    assert d.snapshot() == before and window.controller.undo_stack.count() == 0
    trial = what_if_index(d, panel.staged)[OPTION]
    now = political_feasibility(d)[OPTION].index
    assert trial > now
    assert f"{now:+.2f}" in panel.index_label.text() and f"{trial:+.2f}" in panel.index_label.text()
    assert panel.board.chips["midwives"].chip.dashed
    panel.keep_button.click()
    assert d.stakeholders["midwives"].stance_on(OPTION) == 0
    assert d.stakeholders["union"].stance_on(OPTION) == 0
    assert window.controller.undo_stack.count() == 1
    assert not panel.staged
    window.action_undo.trigger()
    assert window.controller.dialogue.snapshot() == before


def test_discard_and_leaving_what_if_forget_the_changes(window: MainWindow, qtbot) -> None:
    """Discard empties the trial; leaving what-if mode too; the dialogue never changed."""
    _, panel = _panel(window)
    before = window.controller.dialogue.snapshot()
    panel.what_if_button.click()
    _drag_chip(qtbot, panel.board, "midwives", 2)
    assert panel.staged
    panel.discard_button.click()
    assert not panel.staged
    _drag_chip(qtbot, panel.board, "midwives", 2)
    panel.what_if_button.click()
    assert not panel.what_if_on and not panel.staged
    assert window.controller.dialogue.snapshot() == before


def test_outside_what_if_a_drag_sets_the_stance_at_once(window: MainWindow, qtbot) -> None:
    """Without what-if, a drag is an ordinary undoable edit."""
    _, panel = _panel(window)
    _drag_chip(qtbot, panel.board, "mof", 2)
    assert window.controller.dialogue.stakeholders["mof"].stance_on(OPTION) == 2
    window.action_undo.trigger()
    assert window.controller.dialogue.stakeholders["mof"].stance_on(OPTION) == 0
