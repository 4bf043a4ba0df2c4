"""The stakeholder table, the inspector, presentation mode and the map picture (issue 5)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QComboBox

from desktop.main_window import MainWindow
from desktop.models.stakeholder_session import MapSession
from desktop.models.stakeholder_table import STANCE_COLUMN, StakeholderTableModel, columns
from desktop.widgets.network_export import has_svg, render_png, save_map
from desktop.workspaces.stakeholders import StakeholderWorkspace
from stakeholder_map.model import Category


def _ws(window: MainWindow) -> StakeholderWorkspace:
    ws = window.workspace(StakeholderWorkspace)
    window.tabs.setCurrentWidget(ws)
    for _ in range(20):
        QApplication.processEvents()
    return ws  # type: ignore[return-value]


def _col(title: str) -> int:
    return [c.title for c in columns()].index(title)


def test_the_table_model_passes_qtmodeltester(window: MainWindow, qtmodeltester) -> None:
    """The table model, and its sorting and filtering proxy, follow Qt's model rules."""
    ws = _ws(window)
    qtmodeltester.check(ws.model, force_py=True)
    qtmodeltester.check(ws.proxy, force_py=True)


def test_an_empty_dialogue_gives_an_empty_valid_table(qtmodeltester) -> None:
    """No stakeholders, no options: zero rows, still a valid model."""
    from desktop.controller import DocumentController
    from dialogue.model import Dialogue

    controller = DocumentController(Dialogue())
    model = StakeholderTableModel(MapSession(controller))
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 0


def test_selecting_in_the_table_selects_on_the_map(window: MainWindow) -> None:
    """A row chosen in the table is the node selected on the map and the inspector's subject."""
    ws = _ws(window)
    row = ws.model.row_of("union")
    index = ws.proxy.mapFromSource(ws.model.index(row, 0))
    ws.table.selectionModel().setCurrentIndex(
        index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    assert ws.map.current == "union"
    assert ws.map.nodes["union"].isSelected()
    assert not ws.map.nodes["moh"].isSelected()
    assert ws.grid.chips["union"].chip.selected
    assert "Nurses and Midwives" in ws.inspector.name.text()


def test_category_edited_in_the_table_with_its_combo_is_undoable(window: MainWindow, qtbot) -> None:
    """Double-click the category cell, pick Regulator in the combo, commit: the node's colour
    follows; Ctrl+Z brings the category back."""
    ws = _ws(window)
    row = ws.model.row_of("midwives")
    index = ws.proxy.mapFromSource(ws.model.index(row, _col("Category")))
    ws.table.setCurrentIndex(index)
    ws.table.edit(index)
    editor = ws.table.viewport().findChild(QComboBox)
    assert editor is not None
    editor.setCurrentIndex(editor.findData(Category.REGULATOR))
    delegate = ws.table.itemDelegate()
    delegate.commitData.emit(editor)
    delegate.closeEditor.emit(editor)
    d = window.controller.dialogue
    assert d.stakeholders["midwives"].category is Category.REGULATOR
    assert ws.map.nodes["midwives"].fill.name() == "#8e6c8a"
    window.action_undo.trigger()
    assert d.stakeholders["midwives"].category is Category.PROFESSIONAL_ASSOCIATION


def test_power_out_of_range_is_refused_with_a_message(window: MainWindow) -> None:
    """Typing 9 as a power changes nothing and the status bar says why."""
    ws = _ws(window)
    index = ws.model.index(ws.model.row_of("moh"), _col("Power"))
    assert not ws.model.setData(index, 9)
    assert window.controller.dialogue.stakeholders["moh"].power == 5
    assert "power" in window.message.text().lower()


def test_stance_column_follows_the_option_and_edits_it(window: MainWindow) -> None:
    """The position column shows the stance on the option chosen above the map."""
    ws = _ws(window)
    ws.session.set_option("hardship_allowance")
    index = ws.model.index(ws.model.row_of("mof"), STANCE_COLUMN)
    assert ws.model.data(index) == "strongly opposes"
    assert ws.model.setData(index, 0)
    assert window.controller.dialogue.stakeholders["mof"].stance_on("hardship_allowance") == 0


def test_search_filters_by_name_and_category(window: MainWindow) -> None:
    """Typing 'ministry' keeps the ministries; 'development partner' keeps the donors and WHO."""
    ws = _ws(window)
    ws.search.setText("development partner")
    shown = {ws.model.ids[ws.proxy.mapToSource(ws.proxy.index(r, 0)).row()] for r in range(ws.proxy.rowCount())}
    assert shown == {"donors", "who"}
    ws.search.setText("")
    assert ws.proxy.rowCount() == ws.model.rowCount()


def test_sorting_by_power_puts_the_most_powerful_first(window: MainWindow) -> None:
    """Sorting is by value, not by text."""
    ws = _ws(window)
    ws.table.sortByColumn(_col("Power"), Qt.SortOrder.DescendingOrder)
    powers = [ws.proxy.index(r, _col("Power")).data() for r in range(ws.proxy.rowCount())]
    assert powers == sorted(powers, reverse=True)


def test_inspector_edits_are_undoable_and_show_measures(window: MainWindow) -> None:
    """The inspector shows the coalition and quadrant, and an edit of interest is one step."""
    ws = _ws(window)
    ws.select("who")
    text = ws.inspector.measures.text()
    assert "Coalition" in text and "Keep informed" in text
    ws.inspector.ratings["interest"].setValue(2)
    assert window.controller.dialogue.stakeholders["who"].interest == 2
    assert "Monitor" in ws.inspector.measures.text()
    window.action_undo.trigger()
    assert ws.inspector.ratings["interest"].value() == 4


def test_presentation_mode_enlarges_hides_panels_and_esc_leaves(window: MainWindow) -> None:
    """F5 hides the side panel, the menu and the tabs and enlarges nodes; Esc leaves."""
    ws = _ws(window)
    radius = ws.map.nodes["moh"].radius
    ws.set_presentation(True, full_screen=False)
    assert ws.presenting and not ws.side.isVisible() and not window.menuBar().isVisible()
    assert ws.map.nodes["moh"].radius > radius * 1.4
    ws.action_larger.trigger()
    assert ws.session.scale > 1.6
    assert ws.action_leave.isEnabled()
    ws.action_leave.trigger()
    assert not ws.presenting and ws.side.isVisible() and window.menuBar().isVisible()
    assert ws.map.nodes["moh"].radius == pytest.approx(radius * ws.session.scale)


def test_the_map_picture_is_large_and_not_blank(window: MainWindow, tmp_path: Path) -> None:
    """PNG at presentation resolution (3200 x 2000) with the map drawn; SVG when Qt has it."""
    ws = _ws(window)
    image = render_png(ws.map)
    assert (image.width(), image.height()) == (3200, 2000)
    colours = {image.pixelColor(x, y).name() for x in range(0, 3200, 37) for y in range(0, 2000, 41)}
    assert len(colours) > 20
    path = save_map(ws.map, tmp_path / "map.png")
    assert QImage(str(path)).width() == 3200
    assert ws.map.nodes["moh"].radius < 30  # the view's own sizes are back
    if has_svg():
        svg = save_map(ws.map, tmp_path / "map.svg")
        text = svg.read_text(encoding="utf-8")
        assert "<svg" in text and "Ministry of Health" in text
