"""The Workforce workspace (issue 11): the example's baseline in an editable table, each cell edit
one undoable step that moves the projection, rates refused above 100 % with a message naming the
field, effects per option that change the gap closed, the gap closed as an Impact criterion that
the ranking uses, and baselines in and out of Excel."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox

from desktop.i18n import locale_for
from desktop.main_window import MainWindow
from desktop.models.workforce_cadres import ATTRITION, NAME, STOCK, CadreTableModel
from desktop.models.workforce_effects import CENTRAL, EffectsTableModel
from desktop.models.workforce_gaps import GapTableModel
from desktop.models.workforce_needs import CombinedNeedModel
from desktop.models.workforce_population import PopulationTableModel
from desktop.workspaces.results_workspace import ResultsWorkspace
from desktop.workspaces.workforce_workspace import WorkforceWorkspace
from dialogue.decision import rank_dialogue
from dialogue.example_workforce import example_baseline
from dialogue.workforce import baseline_of, gaps_closed_of, link_of
from exports.workforce_tables import baseline_tables, write_baseline_xlsx


@pytest.fixture(autouse=True)
def _never_ask_to_save(monkeypatch) -> None:
    """A failing test must not leave the window waiting for "Save the changes?"."""
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Discard)


@pytest.fixture(autouse=True)
def _english_numbers() -> Iterator[None]:
    """Numbers as the English window shows them (5,200), whatever the machine's locale."""
    before = QLocale()
    QLocale.setDefault(locale_for("en"))
    yield
    QLocale.setDefault(before)


def _tab(window: MainWindow) -> WorkforceWorkspace:
    ws = window.workspace(WorkforceWorkspace)
    window.tabs.setCurrentWidget(ws)
    return ws


def _refusals(window: MainWindow) -> list[str]:
    seen: list[str] = []
    window.controller.refused.connect(seen.append)
    return seen


def test_the_tab_opens_on_the_example_with_its_cadres(window: MainWindow) -> None:
    """The example's eight cadre rows (four cadres, rural and urban) are in the table, rates shown
    as percentages, and the gap chart has a bar per option with effects and one for all of them."""
    ws = _tab(window)
    assert window.tabs.tabText(window.tabs.indexOf(ws)) == "Workforce"
    assert ws.stack.currentWidget() is ws.pages
    model = ws.baseline_page.cadres
    names = [model.data(model.index(r, NAME)) for r in range(model.rowCount())]
    assert names == ["Nurses", "Nurses", "Midwives", "Midwives", "Doctors", "Doctors",
                     "Community health workers", "Community health workers"]
    assert model.data(model.index(0, ATTRITION)) == "5.0%"
    assert model.data(model.index(0, STOCK)) == "5,200"
    bars = {key: central for key, central, _low, _high in ws.gap_page.chart.bars}
    # A bar for each of the 11 options with effects, each bundle, and all options together.
    kinds = [s.kind.value for s in ws.view.scenarios]
    assert kinds.count("option") == 11 and kinds.count("all") == 1
    assert set(bars) == {s.key for s in ws.view.scenarios[1:]}
    assert ws.gap_page.chart.bars[0][0] == "all:all"
    assert round(bars["option:hardship_allowance"]) == 851  # as `palabre project` prints it


def test_editing_a_stock_is_one_edit_that_moves_the_projection_and_undo_restores(window: MainWindow,
                                                                                  qtbot) -> None:
    """Type 6000 over the rural nurses' stock of 5,200: one undo step, the projection and the
    baseline chart start from 6,000; undo brings back 5,200 everywhere."""
    ws = _tab(window)
    page = ws.baseline_page
    table = page.cadre_table
    index = page.cadres.index(0, STOCK)
    table.setCurrentIndex(index)
    table.edit(index)
    editor = table.viewport().findChild(QLineEdit)
    assert editor is not None and editor.text() == "5200"
    editor.selectAll()
    qtbot.keyClicks(editor, "6000")
    delegate = table.itemDelegate()
    delegate.commitData.emit(editor)
    delegate.closeEditor.emit(editor)
    stack = window.controller.undo_stack
    assert stack.count() == 1
    assert baseline_of(window.controller.dialogue).cadres[0].stock == 6000
    assert ws.view.base.series("nurses", "rural")[0] == 6000
    assert page.chart.series["baseline"][0] == 6000
    assert page.cadres.data(index) == "6,000"
    window.action_undo.trigger()
    assert baseline_of(window.controller.dialogue).cadres[0].stock == 5200
    assert page.chart.series["baseline"][0] == 5200
    assert page.cadres.data(index) == "5,200"


def test_a_rate_above_100_percent_is_refused_and_nothing_changes(window: MainWindow) -> None:
    """Attrition typed as 120% is refused with a message naming the row and the field; the
    baseline and the undo history are as they were."""
    ws = _tab(window)
    refused = _refusals(window)
    model = ws.baseline_page.cadres
    before = baseline_of(window.controller.dialogue)
    assert model.setData(model.index(0, ATTRITION), "120 %") is False
    assert refused and "Nurses (rural), Attrition" in refused[-1] and "got 120.0%" in refused[-1]
    assert baseline_of(window.controller.dialogue) is before
    assert window.controller.undo_stack.count() == 0
    assert model.data(model.index(0, ATTRITION)) == "5.0%"
    # A negative stock is refused the same way.
    assert model.setData(model.index(0, STOCK), "-5") is False
    assert "Stock" in refused[-1] and "negative" in refused[-1]


def test_rates_are_typed_in_percent_and_stored_as_shares(window: MainWindow) -> None:
    """7.5 typed in the attrition column is stored as 0.075 (and "7,5 %" reads the same)."""
    model = _tab(window).baseline_page.cadres
    assert model.setData(model.index(0, ATTRITION), "7.5")
    assert baseline_of(window.controller.dialogue).cadres[0].attrition == pytest.approx(0.075)
    assert model.data(model.index(0, ATTRITION)) == "7.5%"
    assert model.setData(model.index(1, ATTRITION), "7,5 %")
    assert baseline_of(window.controller.dialogue).cadres[1].attrition == pytest.approx(0.075)


def test_adding_a_cadre_adds_a_row_per_area(window: MainWindow) -> None:
    """"Clinical officers" gets a rural and an urban row with zeros; undo removes them."""
    ws = _tab(window)
    assert ws.baseline_page.add_cadre("Clinical officers")
    b = baseline_of(window.controller.dialogue)
    assert [c.key for c in b.cadres[-2:]] == [("clinical_officers", "rural"), ("clinical_officers", "urban")]
    assert ws.baseline_page.cadres.rowCount() == 10
    window.action_undo.trigger()
    assert ws.baseline_page.cadres.rowCount() == 8


def test_an_effect_added_to_an_option_closes_a_gap(window: MainWindow) -> None:
    """The payroll clean-up has no effects and closes no gap; "Add effect" gives it 10 % less
    rural nurse attrition, which closes part of the rural gap; a stronger central value closes
    more; undo takes it away again."""
    ws = _tab(window)
    page = ws.effects_page
    page.select_option("payroll_cleanup")
    assert page.option_id == "payroll_cleanup"
    assert page.model.rowCount() == 0
    assert ws.view.option_gap("payroll_cleanup") is None
    assert page.add_effect()
    assert window.controller.undo_stack.count() == 1
    first = ws.view.option_gap("payroll_cleanup")
    assert first is not None and first.central > 0
    assert "close" in page.result.text()
    assert page.model.setData(page.model.index(0, CENTRAL), "-20")
    stronger = ws.view.option_gap("payroll_cleanup")
    assert stronger.central > first.central
    assert gaps_closed_of(window.controller.dialogue)["payroll_cleanup"].central == pytest.approx(stronger.central)
    window.action_undo.trigger()
    window.action_undo.trigger()
    assert ws.view.option_gap("payroll_cleanup") is None
    assert page.model.rowCount() == 0


def test_a_relative_change_out_of_range_is_refused(window: MainWindow) -> None:
    """-150 % of a flow is impossible: refused with the field named, nothing changes."""
    ws = _tab(window)
    refused = _refusals(window)
    ws.effects_page.select_option("hardship_allowance")
    model = ws.effects_page.model
    assert model.setData(model.index(0, CENTRAL), "-150") is False
    assert "Central" in refused[-1] and "from −100%" in refused[-1] and "got −150.0%" in refused[-1]
    assert window.controller.undo_stack.count() == 0


def test_the_gap_closed_becomes_an_impact_criterion_that_ranks(window: MainWindow) -> None:
    """"Use as Impact criterion" adds "Projected gap closed": each option's score is its central
    gap closed with the low and high runs as its range, it weighs 1 in every perspective, and the
    Results ranking uses it; one undo removes it all."""
    ws = _tab(window)
    d = window.controller.dialogue
    before = rank_dialogue(d).scores.copy()
    assert ws.gap_page.link()
    d = window.controller.dialogue
    assert "gap_closed" in d.criteria
    assert d.criteria["gap_closed"].name == "Projected gap closed"
    gaps = gaps_closed_of(d)
    for oid, gap in gaps.items():
        score = d.score(oid, "gap_closed")
        assert score.value == pytest.approx(round(gap.central, 1))
        assert score.low == pytest.approx(round(gap.low, 1))
        assert score.high == pytest.approx(round(gap.high, 1))
    assert all(ws_.weights["gap_closed"] == 1.0 for ws_ in d.weight_sets.values())
    assert link_of(d).criterion == "gap_closed"
    assert not ws.gap_page.unlink_button.isHidden() and ws.gap_page.link_button.isHidden()
    assert "Projected gap closed" in ws.gap_page.link_text.text()
    after = rank_dialogue(d).scores
    assert list(after) != list(before)
    results = window.workspace(ResultsWorkspace)
    window.tabs.setCurrentWidget(results)
    legend = [label.text() for label in results.chart.legend.findChildren(QLabel)]
    assert any("Projected gap closed" in text for text in legend)
    window.tabs.setCurrentWidget(ws)
    window.action_undo.trigger()
    d = window.controller.dialogue
    assert "gap_closed" not in d.criteria
    assert not link_of(d).criterion
    assert not ws.gap_page.link_button.isHidden()


def test_the_linked_criterion_follows_an_edit_of_the_effects(window: MainWindow) -> None:
    """Once linked, a stronger hardship allowance raises its score in the same undo step."""
    ws = _tab(window)
    ws.gap_page.link()
    d = window.controller.dialogue
    old = d.score("hardship_allowance", "gap_closed").value
    ws.effects_page.select_option("hardship_allowance")
    model = ws.effects_page.model
    assert model.setData(model.index(0, CENTRAL), "-35")
    assert window.controller.dialogue.score("hardship_allowance", "gap_closed").value > old
    window.action_undo.trigger()
    assert window.controller.dialogue.score("hardship_allowance", "gap_closed").value == old


def test_the_gap_target_is_one_edit_and_follows_undo(window: MainWindow) -> None:
    """Counting the SDG combined need nationally instead of rural nurses and midwives: one edit,
    the gap table follows; undo puts the ticks back without an edit of its own."""
    ws = _tab(window)
    page = ws.gap_page
    assert page.set_target(["sdg"], None, "shortage")
    assert link_of(window.controller.dialogue).target == ("sdg",)
    assert "SDG" in page.chart_title.text()
    window.action_undo.trigger()
    ticked = [page.targets.item(i).text() for i in range(page.targets.count())
              if page.targets.item(i).checkState().value == 2]
    assert ticked == ["Nurses", "Midwives"]
    assert window.controller.undo_stack.index() == 0


def test_the_horizon_is_one_edit_and_undo_does_not_echo(window: MainWindow) -> None:
    """Moving the horizon to 2040 projects five more years; undo sets the box back to 2035 and
    makes no edit of its own."""
    ws = _tab(window)
    page = ws.baseline_page
    page.horizon.setValue(2040)
    stack = window.controller.undo_stack
    assert stack.count() == 1
    assert ws.view.base.years[-1] == 2040
    window.action_undo.trigger()
    assert page.horizon.value() == 2035
    assert stack.count() == 1 and stack.index() == 0
    assert ws.view.base.years[-1] == 2035


def test_a_baseline_written_to_excel_imports_back_as_one_edit(window: MainWindow, tmp_path: Path) -> None:
    """write_baseline_xlsx, then Workforce > Import: the same baseline, in one undo step."""
    ws = _tab(window)
    b = example_baseline()
    changed = replace(b, cadres=(replace(b.cadres[0], stock=6100.0), *b.cadres[1:]))
    path = tmp_path / "baseline.xlsx"
    write_baseline_xlsx(changed, path)
    imported = ws.import_baseline([path])
    assert imported is not None
    got = baseline_of(window.controller.dialogue)
    assert baseline_tables(got) == baseline_tables(changed)
    assert window.controller.undo_stack.count() == 1
    assert ws.baseline_page.cadres.data(ws.baseline_page.cadres.index(0, STOCK)) == "6,100"
    window.action_undo.trigger()
    assert baseline_of(window.controller.dialogue).cadres[0].stock == 5200


def test_a_bad_file_names_the_cell_and_changes_nothing(window: MainWindow, tmp_path: Path,
                                                       monkeypatch) -> None:
    """A negative stock in the workbook: the message names the sheet, row and column, and the
    baseline stays as it was."""
    from openpyxl import load_workbook

    ws = _tab(window)
    path = tmp_path / "bad.xlsx"
    write_baseline_xlsx(example_baseline(), path)
    book = load_workbook(path)
    book["cadres"]["E3"] = -40  # the stock of row 3 (nurses, urban)
    book.save(path)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    before = baseline_of(window.controller.dialogue)
    assert ws.import_baseline([path]) is None
    assert shown and "row 3" in shown[0] and "stock" in shown[0] and "nothing changed" in shown[0]
    assert baseline_of(window.controller.dialogue) is before
    assert window.controller.undo_stack.count() == 0


def test_projection_tables_export_as_excel_and_csv(window: MainWindow, tmp_path: Path) -> None:
    """Export projection tables writes the workbook, or the CSV and its gap-closed companion."""
    ws = _tab(window)
    assert ws.export_projection(tmp_path / "p.xlsx") == [tmp_path / "p.xlsx"]
    written = ws.export_projection(tmp_path / "p.csv")
    assert written == [tmp_path / "p.csv", tmp_path / "p-gap_closed.csv"]
    assert "hardship_allowance" in (tmp_path / "p-gap_closed.csv").read_text(encoding="utf-8-sig")
    files = ws.export_baseline(tmp_path / "b.csv")
    assert [f.name for f in files] == ["b-cadres.csv", "b-population.csv", "b-combined_needs.csv"]
    # ... and the CSV pair reads back (choosing only the cadres file finds the others).
    window.action_undo.setEnabled(True)
    assert ws.import_baseline([files[0]]) is not None
    assert baseline_tables(baseline_of(window.controller.dialogue)) == baseline_tables(example_baseline())


def test_a_dialogue_without_a_baseline_offers_a_template(window: MainWindow) -> None:
    """New dialogue: the empty state; "Start from a template" gives four national cadres with the
    SDG threshold; undo goes back to the empty state."""
    from dialogue.templates import blank_dialogue

    ws = _tab(window)
    window.controller.replace(blank_dialogue(), None)
    assert ws.stack.currentWidget() is ws.empty
    assert ws.start_from_template()
    assert ws.stack.currentWidget() is ws.pages
    b = baseline_of(window.controller.dialogue)
    assert b.cadre_ids == ("doctors", "nurses", "midwives", "chw")
    assert [n.density for n in b.combined] == [4.45]
    window.action_undo.trigger()
    assert ws.stack.currentWidget() is ws.empty


def test_every_table_model_passes_the_model_tester(window: MainWindow, qtmodeltester) -> None:
    """Cadres, population, combined needs, effects and gaps closed follow Qt's model rules."""
    ws = _tab(window)
    ws.effects_page.select_option("hardship_allowance")
    for model in (ws.baseline_page.cadres, ws.baseline_page.population, ws.baseline_page.needs,
                  ws.effects_page.model, ws.gap_page.model):
        assert isinstance(model, (CadreTableModel, PopulationTableModel, CombinedNeedModel,
                                  EffectsTableModel, GapTableModel))
        assert model.rowCount() > 0
        qtmodeltester.check(model)
    # The editable tables say what each column means; the gap table is read-only.
    cadres = ws.baseline_page.cadres
    assert "leaving each year" in cadres.headerData(ATTRITION, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert cadres.flags(cadres.index(0, STOCK)) & Qt.ItemFlag.ItemIsEditable
    gaps = ws.gap_page.model
    assert not gaps.flags(gaps.index(0, 1)) & Qt.ItemFlag.ItemIsEditable
    assert gaps.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) is None
    assert "pessimistic" in gaps.headerData(2, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)


def test_renaming_an_area_carries_the_effects_and_the_gap_target_in_one_step(window: MainWindow) -> None:
    """Rural renamed "north" in the population table: the cadre rows, transfers, the effects on
    rural posts and what the gap closed counts follow, the gap closed is unchanged, and one undo
    brings "rural" back everywhere."""
    ws = _tab(window)
    before = ws.view.option_gap("hardship_allowance").central
    model = ws.baseline_page.population
    assert model.setData(model.index(0, 0), "north")
    d = window.controller.dialogue
    b = baseline_of(d)
    assert [p.area for p in b.population] == ["north", "urban"]
    assert {c.area for c in b.cadres} == {"north", "urban"}
    assert {e.area for e in d.get("effects", "hardship_allowance").effects} == {"north"}
    assert link_of(d).area == "north"
    assert ws.view.option_gap("hardship_allowance").central == pytest.approx(before)
    stack = window.controller.undo_stack
    assert stack.count() == 1
    window.action_undo.trigger()
    d = window.controller.dialogue
    assert [p.area for p in baseline_of(d).population] == ["rural", "urban"]
    assert link_of(d).area == "rural"
    assert len(d.get("effects", "hardship_allowance").effects) == 4
