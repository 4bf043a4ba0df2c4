"""The Criteria workspace (issue 6): the criteria tree, adding and editing a criterion (group,
direction, anchored or natural scale), presets; the scores, weights and ranking follow."""

from __future__ import annotations

import pytest

from desktop.main_window import MainWindow
from desktop.models.criteria_tree import CriteriaTreeModel
from desktop.workspaces.criteria_workspace import CriteriaWorkspace
from desktop.workspaces.decision import RankingWorkspace, ScoresWorkspace
from mcda.criteria import Group, ScaleKind


@pytest.fixture(autouse=True)
def _never_ask_to_save(monkeypatch) -> None:
    """A failing test must not leave the window waiting for "Save the changes?"."""
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Discard)




@pytest.fixture
def ws(window: MainWindow) -> CriteriaWorkspace:
    w = window.workspace(CriteriaWorkspace)
    window.tabs.setCurrentWidget(w)
    return w  # type: ignore[return-value]


def test_adding_a_criterion_reaches_scores_and_weights_and_undo_removes_it(window: MainWindow,
                                                                           ws: CriteriaWorkspace) -> None:
    """A new impact criterion gets a column in the score table (all missing) and a slider; undo."""
    ws.select("retention")
    cid = ws.add_criterion(name="Equity")
    d = window.controller.dialogue
    assert cid == "equity" and d.criteria[cid].group is Group.IMPACT
    assert ws.selected_id() == cid and ws.details.name.text() == "Equity"
    scores = window.workspace(ScoresWorkspace)
    assert scores.model.columnCount() == 11 and "Missing scores: 12" in scores.missing.text()
    assert cid in window.workspace(RankingWorkspace).weights.sliders
    assert all(ws_.weights[cid] == 1.0 for ws_ in d.weight_sets.values())
    window.action_undo.trigger()
    assert cid not in d.criteria and scores.model.columnCount() == 10
    assert cid not in window.workspace(RankingWorkspace).weights.sliders


def test_editing_a_criterion_in_the_form(window: MainWindow, ws: CriteriaWorkspace) -> None:
    """Rename, change direction and the words of a level: each commit is one undo step."""
    d = window.controller.dialogue
    ws.select("political")
    form = ws.details
    form.name.setText("Political support")
    form.anchors[2].setText("Divided opinions")
    assert form.commit()
    c = d.criteria["political"]
    assert c.name == "Political support" and c.scale.anchors[2] == "Divided opinions"
    assert ws.model.data(ws.model.index_of("political")) == "Political support"
    window.action_undo.trigger()
    assert d.criteria["political"].name == "Political acceptability"
    assert form.name.text() == "Political acceptability"  # the form follows undo


def test_a_narrower_scale_asks_before_clearing_scores(window: MainWindow, ws: CriteriaWorkspace,
                                                      monkeypatch) -> None:
    """Cost bounds 0 to 5 would leave three scores outside: declining keeps everything; accepting
    clears them in the same step as the scale, and undo restores both."""
    d = window.controller.dialogue
    answers = list(getattr(d, "answers", {}))
    if answers:  # returned participant sheets hold cost scores too; not what this test is about
        from dialogue.model import Delete, Edit

        d.apply(Edit("Forget sheets", tuple(Delete("answers", p) for p in answers)))
    ws.select("cost")
    form = ws.details
    assert form.kind.currentData() == ScaleKind.NATURAL.value
    asked: list[int] = []
    monkeypatch.setattr(form, "confirm_clear", lambda n, _name: asked.append(n) or False)
    form.high.setValue(5.0)
    assert not form.commit()
    assert asked == [3] and d.criteria["cost"].scale.high == 10.0 and form.high.value() == 10.0
    monkeypatch.setattr(form, "confirm_clear", lambda n, _name: True)
    form.high.setValue(5.0)
    assert form.commit()
    assert d.criteria["cost"].scale.high == 5.0 and d.score("hardship_allowance", "cost") is None
    window.action_undo.trigger()
    assert d.criteria["cost"].scale.high == 10.0 and d.score("hardship_allowance", "cost").value == 9.0


def test_moving_and_removing_criteria(window: MainWindow, ws: CriteriaWorkspace) -> None:
    """Down moves within the group; removing takes the scores and weights; undo restores."""
    d = window.controller.dialogue
    before = d.snapshot()
    ws.select("availability")
    assert ws.move_selected(+1)
    assert ws.model.members[Group.IMPACT][:2] == ["accessibility", "availability"]
    assert ws.remove_selected()
    assert "availability" not in d.criteria and not [k for k in d.scores if k[1] == "availability"]
    window.action_undo.trigger()
    window.action_undo.trigger()
    assert d.snapshot() == before


def test_starting_from_a_preset(window: MainWindow, ws: CriteriaWorkspace, qtbot) -> None:
    """The WHO 2010 questions replace the criteria (scores cleared) in one step; undo."""
    d = window.controller.dialogue
    before = d.snapshot()
    dialog = ws.open_presets()
    dialog.choose("who2010")
    assert dialog.preview.topLevelItem(1).childCount() == 3  # relevance, complementarities, effectiveness
    dialog.accept()
    assert [c.name for c in d.criteria.values()][:2] == ["Acceptability", "Affordability"]
    assert ws.model.rowCount(ws.model.index(0, 0)) == 2
    assert window.workspace(ScoresWorkspace).model.columnCount() == 5
    window.action_undo.trigger()
    assert d.snapshot() == before


def test_criteria_tree_model_passes_the_model_tester(window: MainWindow, ws: CriteriaWorkspace,
                                                     qtmodeltester) -> None:
    """The tree is a well-behaved Qt model before and after adding a criterion."""
    model = CriteriaTreeModel(window.controller)
    qtmodeltester.check(model)
    ws.add_criterion()
    qtmodeltester.check(model)
