"""The power-interest grid driven with the mouse (issue 5): quadrants named, stakeholders
placed by power and interest without hiding each other, a drag changes power and interest."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from desktop.main_window import MainWindow
from desktop.widgets.grid_view import PowerInterestGrid
from desktop.workspaces.stakeholders import GRID_TAB, StakeholderWorkspace


def _grid(window: MainWindow) -> tuple[StakeholderWorkspace, PowerInterestGrid]:
    ws = window.workspace(StakeholderWorkspace)
    window.tabs.setCurrentWidget(ws)
    ws.views.setCurrentIndex(GRID_TAB)
    for _ in range(50):
        QApplication.processEvents()
        if ws.grid.viewport().width() > 500:
            break
    ws.grid.layout_board()
    return ws, ws.grid  # type: ignore[return-value]


def _centre(grid: PowerInterestGrid, rect) -> QPoint:
    return grid.mapFromScene(rect.center())


def test_the_four_quadrants_are_named(window: MainWindow) -> None:
    """Mendelow's four strategies are written on the grid."""
    _, grid = _grid(window)
    texts = {item.text() for item in grid.scene().items() if hasattr(item, "text")}
    assert {"Manage closely", "Keep satisfied", "Keep informed", "Monitor"} <= texts


def test_stakeholders_sharing_a_cell_do_not_overlap(window: MainWindow) -> None:
    """Every stakeholder has a chip in its (interest, power) cell, and no two chips overlap."""
    _, grid = _grid(window)
    d = window.controller.dialogue
    assert set(grid.chips) == set(d.stakeholders)
    for sid, chip in grid.chips.items():
        s = d.stakeholders[sid]
        assert grid.cells[(s.interest, s.power)].contains(chip.sceneBoundingRect().center())
    rects = [c.sceneBoundingRect().adjusted(2, 2, -2, -2) for c in grid.chips.values()]
    assert not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1:])


def test_dragging_a_chip_sets_power_and_interest_in_one_undoable_edit(window: MainWindow, qtbot) -> None:
    """Drag the Ministry of Finance (power 5, interest 3) to interest 5, power 2."""
    ws, grid = _grid(window)
    d = window.controller.dialogue
    chip = grid.chips["mof"]
    start = grid.mapFromScene(chip.sceneBoundingRect().center())
    end = _centre(grid, grid.cells[(5, 2)])
    vp = grid.viewport()
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=start)
    for i in range(1, 7):
        qtbot.mouseMove(vp, start + (end - start) * i / 6)
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=end)
    s = d.stakeholders["mof"]
    assert (s.power, s.interest) == (2, 5)
    assert grid.cells[(5, 2)].contains(grid.chips["mof"].sceneBoundingRect().center())
    assert ws.session.selection == ["mof"]
    assert window.controller.undo_stack.count() == 1
    window.action_undo.trigger()
    s = window.controller.dialogue.stakeholders["mof"]
    assert (s.power, s.interest) == (5, 3)


def test_a_drop_outside_the_grid_changes_nothing(window: MainWindow, qtbot) -> None:
    """Dropping on the axis labels puts the chip back."""
    _, grid = _grid(window)
    start = grid.mapFromScene(grid.chips["moh"].sceneBoundingRect().center())
    vp = grid.viewport()
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(vp, QPoint(5, start.y()))
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=QPoint(5, start.y()))
    assert window.controller.undo_stack.count() == 0
    assert "moh" in grid.chips


def test_clicking_a_chip_selects_the_stakeholder(window: MainWindow, qtbot) -> None:
    """A click on a chip selects it everywhere."""
    ws, grid = _grid(window)
    pos = grid.mapFromScene(grid.chips["who"].sceneBoundingRect().center())
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert ws.selected_id() == "who"
    assert grid.chips["who"].chip.selected
