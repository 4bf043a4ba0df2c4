"""The Options workspace (issue 6): add WHO interventions from the library, create, bundle, reorder,
rename and remove options; every change is one undo step and the other workspaces follow."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.main_window import MainWindow
from desktop.models.options_table import NAME, OptionsTableModel
from desktop.workspaces.decision import ScoresWorkspace
from desktop.workspaces.options_workspace import OptionsWorkspace


@pytest.fixture(autouse=True)
def _never_ask_to_save(monkeypatch) -> None:
    """A failing test must not leave the window waiting for "Save the changes?"."""
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Discard)




def _options(window: MainWindow) -> OptionsWorkspace:
    ws = window.workspace(OptionsWorkspace)
    window.tabs.setCurrentWidget(ws)
    return ws  # type: ignore[return-value]


def test_adding_who_interventions_from_the_library_is_one_undo_step(window: MainWindow, qtbot) -> None:
    """Tick A4 and D2 in the library dialog: two options appear, with WHO codes, families and
    descriptions, in the options, score table and ranking; one undo removes both."""
    ws = _options(window)
    before = list(window.controller.dialogue.options)
    dialog = ws.open_library()
    # Interventions already on the table are marked; A1 is one of them.
    assert "already on the table" in dialog.items["A1"].text(0)
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    dialog.items["A4"].setCheckState(0, Qt.CheckState.Checked)
    dialog.items["D2"].setCheckState(0, Qt.CheckState.Checked)
    assert dialog.checked() == ["A4", "D2"]
    dialog.accept()
    d = window.controller.dialogue
    added = [o for o in d.options.values() if o.id not in before]
    assert [(o.code, o.family.value) for o in added] == [("A4", "education"), ("D2", "support")]
    assert added[0].name == "Curricula that reflect rural health needs" and added[0].description
    assert ws.selected_ids() == [o.id for o in added]
    scores = window.workspace(ScoresWorkspace)
    assert scores.model.rowCount() == len(before) + 2
    ranking = scores.ranking_model
    names = [ranking.data(ranking.index(r, 1)) for r in range(ranking.rowCount())]
    assert "Curricula that reflect rural health needs (incomplete)" in names
    assert window.controller.undo_stack.undoText() == "Add 2 options"
    window.action_undo.trigger()
    assert list(window.controller.dialogue.options) == before
    assert scores.model.rowCount() == len(before)


def test_new_option_details_and_undo(window: MainWindow) -> None:
    """A new option is selected for editing; its details are written when a field is left."""
    ws = _options(window)
    ws.select(["telehealth"])
    assert ws.new_option("Payroll audit of ghost workers")
    d = window.controller.dialogue
    oid = ws.selected_ids()[0]
    assert list(d.options).index(oid) == list(d.options).index("telehealth") + 1
    ws.details.cost.setText("US$ 0.2 million once")
    ws.details.description.setPlainText("Audit, then reinvest the savings.")
    assert ws.details.commit()
    assert d.options[oid].expected_cost == "US$ 0.2 million once"
    assert d.options[oid].description == "Audit, then reinvest the savings."
    window.action_undo.trigger()
    assert d.options[oid].expected_cost == ""
    window.action_undo.trigger()
    assert oid not in d.options


def test_bundle_reorder_and_rename_in_place(window: MainWindow) -> None:
    """Bundle two options, move one up, rename one in the table; each is one undo step."""
    ws = _options(window)
    d = window.controller.dialogue
    ws.select(["rural_admission", "rural_rotations"])
    assert ws.bundle_selected("Grow our own")
    assert d.options["rural_admission"].bundle == d.options["rural_rotations"].bundle == "Grow our own"
    assert "bundles: Grow our own (2)" in ws.summary.text()
    ws.select(["rural_rotations"])
    assert ws.move_selected(-1)
    assert list(d.options)[1] == "rural_rotations" and ws.selected_ids() == ["rural_rotations"]
    index = ws.model.index(ws.model.ids.index("telehealth"), NAME)
    assert ws.model.setData(index, "  Telehealth   support ")
    assert d.options["telehealth"].name == "Telehealth support"
    assert not ws.model.setData(index, "   ")  # an option needs a name
    assert "needs a name" in window.message.text()
    for _ in range(3):
        window.action_undo.trigger()
    assert d.options["rural_admission"].bundle == "First low-cost package"  # the example's own
    assert list(d.options)[1] == "north_school"
    assert d.options["telehealth"].name == "Telehealth and outreach support"


def test_removing_options_takes_scores_and_positions_and_undo_restores_them(window: MainWindow) -> None:
    """Removing two options removes their scores and the stakeholders' stances on them; undo
    restores all of it, in place."""
    ws = _options(window)
    d = window.controller.dialogue
    before = d.snapshot()
    ws.select(["hardship_allowance", "staff_housing"])
    assert ws.remove_selected()
    assert "hardship_allowance" not in d.options and ("staff_housing", "cost") not in d.scores
    assert all("hardship_allowance" not in s.positions for s in d.stakeholders.values())
    assert "Ctrl+Z" in window.message.text()
    window.action_undo.trigger()
    assert d.snapshot() == before
    assert ws.model.rowCount() == len(d.options)


def test_options_table_model_passes_the_model_tester(window: MainWindow, qtmodeltester) -> None:
    """The options table is a well-behaved Qt model, also after edits."""
    model = OptionsTableModel(window.controller)
    qtmodeltester.check(model)
    _options(window).new_option()
    qtmodeltester.check(model)


def test_leaving_a_field_without_typing_changes_nothing(window: MainWindow) -> None:
    """Tabbing through the details of an option whose stored text is not normalised (extra
    spaces from a file) must not create an undo step."""
    from dialogue import edits

    d = window.controller.dialogue
    d.apply(edits.update_option(d, d.options["telehealth"].replace(description="Phone support.  \n")))
    ws = _options(window)
    ws.select(["telehealth"])
    ws.details.name.editingFinished.emit()
    ws.details.description.left.emit()
    assert window.controller.undo_stack.count() == 0
    ws.details.description.setPlainText("Phone and video support.")
    ws.details.description.left.emit()
    assert d.options["telehealth"].description == "Phone and video support."
