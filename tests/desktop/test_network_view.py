"""The network map driven with the mouse on its viewport, as a facilitator would (issue 5):
add a stakeholder by double-clicking, add a tie by Shift+dragging, drag a node and undo it,
delete a stakeholder and get it back with its ties."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from desktop.main_window import MainWindow
from desktop.widgets.network_view import NetworkView
from desktop.workspaces.stakeholders import StakeholderWorkspace
from stakeholder_map.model import Category, TieType


def _workspace(window: MainWindow) -> StakeholderWorkspace:
    ws = window.workspace(StakeholderWorkspace)
    window.tabs.setCurrentWidget(ws)
    ws.views.setCurrentWidget(ws.map)
    for _ in range(50):
        QApplication.processEvents()
        if ws.map.viewport().width() > 500:
            break
    assert ws.map.viewport().width() > 500, ws.map.viewport().size()
    ws.map.fit()
    return ws  # type: ignore[return-value]


def _at(view: NetworkView, sid: str) -> QPoint:
    return view.mapFromScene(view.nodes[sid].pos())


def _empty_spot(view: NetworkView) -> QPoint:
    """A point of the viewport with no node, label or tie under it, right of the legend."""
    vp = view.viewport()
    for y in range(60, vp.height() - 60, 23):
        for x in range(view.legend.width() + 40, vp.width() - 40, 29):
            p = QPoint(x, y)
            if view.node_at(p.toPointF()) is None and view.tie_at(p.toPointF()) is None:
                return p
    raise AssertionError("no empty spot on the map")


def _drag(qtbot, widget, start: QPoint, end: QPoint, modifier=Qt.KeyboardModifier.NoModifier, steps: int = 6) -> None:
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, modifier, start)
    for i in range(1, steps + 1):
        qtbot.mouseMove(widget, start + (end - start) * i / steps)
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, modifier, end)


def test_double_click_on_empty_space_adds_a_stakeholder_there(window: MainWindow, qtbot) -> None:
    """Double-click, type a name, pick a category, Add: the stakeholder appears where clicked,
    selected; one undo removes it."""
    ws = _workspace(window)
    view = ws.map
    spot = _empty_spot(view)
    where = view.mapToScene(spot)
    before = set(window.controller.dialogue.stakeholders)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    dialog = view.add_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.name, "Ministry of Local Government")
    dialog.category.setCurrentIndex(dialog.category.findData(Category.OTHER_GOVERNMENT))
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    d = window.controller.dialogue
    (new,) = set(d.stakeholders) - before
    s = d.stakeholders[new]
    assert s.name == "Ministry of Local Government"
    assert abs(s.x - where.x()) < 1 and abs(s.y - where.y()) < 1
    assert ws.session.selection == [new]
    assert new in view.nodes and view.nodes[new].isSelected()
    assert window.controller.undo_stack.undoText() == "Add Ministry of Local Government"
    window.action_undo.trigger()
    assert new not in window.controller.dialogue.stakeholders and new not in view.nodes


def test_cancelled_dialog_adds_nothing(window: MainWindow, qtbot) -> None:
    """Cancel leaves the dialogue as it was."""
    ws = _workspace(window)
    qtbot.mouseDClick(ws.map.viewport(), Qt.MouseButton.LeftButton, pos=_empty_spot(ws.map))
    ws.map.add_dialog.reject()
    assert window.controller.undo_stack.count() == 0


def test_shift_drag_from_one_node_to_another_adds_a_tie_of_the_chosen_type(window: MainWindow, qtbot) -> None:
    """Shift+drag from the Ministry of Finance to the district teams, choose Funding in the menu:
    a directed funding tie is added, drawn at once, and undone in one step."""
    ws = _workspace(window)
    view = ws.map
    d = window.controller.dialogue
    ties_before = dict(d.ties)
    _drag(qtbot, view.viewport(), _at(view, "mof"), _at(view, "dhmt"), Qt.KeyboardModifier.ShiftModifier)
    assert view.tie_menu is not None
    assert window.controller.dialogue.ties == ties_before  # nothing until a type is chosen
    funding = next(a for a in view.tie_menu.actions() if a.data() == TieType.FUNDING.value)
    funding.trigger()
    (new,) = set(d.ties) - set(ties_before)
    tie = d.ties[new]
    assert (tie.source, tie.target, tie.type, tie.directed) == ("mof", "dhmt", TieType.FUNDING, True)
    assert new in view.edges.ids
    window.action_undo.trigger()
    assert dict(window.controller.dialogue.ties) == ties_before
    assert new not in view.edges.ids


def test_dragging_a_node_is_one_undo_step_back_to_its_place(window: MainWindow, qtbot) -> None:
    """Drag the Ministry of Health across the map in several moves: it follows the mouse, the
    whole drag is one undo step, and undo puts it back exactly."""
    ws = _workspace(window)
    view = ws.map
    d = window.controller.dialogue
    start = (d.stakeholders["moh"].x, d.stakeholders["moh"].y)
    a = _at(view, "moh")
    b = a + QPoint(120, -70)
    _drag(qtbot, view.viewport(), a, b, steps=8)
    moved = d.stakeholders["moh"]
    target = view.mapToScene(b)
    assert abs(moved.x - target.x()) < 2 * view.pixel() + 0.2 and abs(moved.y - target.y()) < 2 * view.pixel() + 0.2
    assert view.nodes["moh"].pos().x() == moved.x
    assert window.controller.undo_stack.count() == 1
    window.action_undo.trigger()
    assert (d.stakeholders["moh"].x, d.stakeholders["moh"].y) == start
    assert (view.nodes["moh"].x(), view.nodes["moh"].y()) == start
    # A second drag is a new step, not merged with the first.
    window.action_redo.trigger()
    _drag(qtbot, view.viewport(), _at(view, "moh"), _at(view, "moh") + QPoint(-40, 40))
    assert window.controller.undo_stack.count() == 2


def test_delete_removes_the_stakeholder_and_undo_brings_back_its_ties(window: MainWindow, qtbot) -> None:
    """Click the union, press Delete: it goes with its four ties; one undo restores all of it."""
    ws = _workspace(window)
    view = ws.map
    before = window.controller.dialogue.snapshot()
    union_ties = {t.id for t in window.controller.dialogue.ties_of("union")}
    assert len(union_ties) == 4
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=_at(view, "union"))
    assert ws.session.selection == ["union"]
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    d = window.controller.dialogue
    assert "union" not in d.stakeholders and not union_ties & set(d.ties)
    assert "union" not in view.nodes and not union_ties & set(view.edges.ids)
    window.action_undo.trigger()
    assert window.controller.dialogue.snapshot() == before
    assert union_ties <= set(view.edges.ids)


def test_clicking_a_node_selects_it_in_the_table_and_the_inspector(window: MainWindow, qtbot) -> None:
    """The map, the table and the inspector show the same stakeholder."""
    ws = _workspace(window)
    qtbot.mouseClick(ws.map.viewport(), Qt.MouseButton.LeftButton, pos=_at(ws.map, "midwives"))
    assert ws.selected_id() == "midwives"
    rows = ws.table.selectionModel().selectedRows()
    assert [ws.model.ids[ws.proxy.mapToSource(i).row()] for i in rows] == ["midwives"]
    assert ws.inspector.name.text() == "Order of Midwives"


def test_right_click_menu_sets_the_position_on_the_option_shown(window: MainWindow, qtbot) -> None:
    """Right-click a stakeholder, choose "strongly opposes" in the position submenu: its ring
    changes and the edit is undoable."""
    ws = _workspace(window)
    view = ws.map
    ws.session.set_option("compulsory_service")
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.RightButton, pos=_at(view, "midwives"))
    from PySide6.QtGui import QContextMenuEvent

    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, _at(view, "midwives"),
                              view.viewport().mapToGlobal(_at(view, "midwives")))
    QApplication.sendEvent(view.viewport(), event)
    menu = view.context_menu
    sub = next(a.menu() for a in menu.actions() if a.menu() is not None)
    strongly = next(a for a in sub.actions() if a.text() == "strongly opposes")
    strongly.trigger()
    d = window.controller.dialogue
    assert d.stakeholders["midwives"].stance_on("compulsory_service") == -2
    assert view.nodes["midwives"].mark.badge == "−−"
    window.action_undo.trigger()
    assert d.stakeholders["midwives"].stance_on("compulsory_service") == -1


def test_layouts_are_one_undo_step_each(window: MainWindow) -> None:
    """Each layout moves every stakeholder in one step; two layouts are two steps."""
    ws = _workspace(window)
    d = window.controller.dialogue
    before = {sid: (s.x, s.y) for sid, s in d.stakeholders.items()}
    ws.action_by_power.trigger()
    after_power = {sid: (s.x, s.y) for sid, s in d.stakeholders.items()}
    assert after_power != before
    ws.action_force.trigger()
    assert window.controller.undo_stack.count() == 2
    window.action_undo.trigger()
    assert {sid: (s.x, s.y) for sid, s in d.stakeholders.items()} == after_power
    window.action_undo.trigger()
    assert {sid: (s.x, s.y) for sid, s in d.stakeholders.items()} == before
    assert {sid: (n.x(), n.y()) for sid, n in ws.map.nodes.items()} == before


def test_filters_hide_ties_and_categories_and_the_legend_says_so(window: MainWindow) -> None:
    """Hiding conflict ties and the unions: their ties and node disappear; the legend greys them."""
    ws = _workspace(window)
    view = ws.map
    d = window.controller.dialogue
    ws.session.set_type_visible(TieType.CONFLICT, False)
    conflict = [i for i, t in enumerate(view.edges.ids) if d.ties[t].type is TieType.CONFLICT]
    assert conflict and not view.edges.visible[conflict].any()
    ws.session.set_category_visible(Category.UNION, False)
    assert not view.nodes["union"].isVisible()
    union_ties = [i for i, t in enumerate(view.edges.ids) if "union" in (d.ties[t].source, d.ties[t].target)]
    assert not view.edges.visible[union_ties].any()
    hidden = {(e.kind, e.key) for e in view.legend.entries if e.hidden}
    assert hidden == {("tie", TieType.CONFLICT), ("category", Category.UNION)}
    ws.session.show_everything()
    assert view.nodes["union"].isVisible() and view.edges.visible.all()


def test_legend_lists_only_what_the_map_holds(window: MainWindow) -> None:
    """Categories and tie types in the legend are exactly those present."""
    ws = _workspace(window)
    d = window.controller.dialogue
    entries = ws.map.legend.entries
    assert {e.key for e in entries if e.kind == "category"} == {s.category for s in d.stakeholders.values()}
    assert {e.key for e in entries if e.kind == "tie"} == {t.type for t in d.ties.values()}
    ws.controller.push(__import__("dialogue.edits", fromlist=["x"]).remove_ties(
        d, [t.id for t in d.ties.values() if t.type is TieType.CONFLICT]))
    assert TieType.CONFLICT not in {e.key for e in ws.map.legend.entries if e.kind == "tie"}


def test_shortest_chain_lights_the_chain_and_dims_the_rest(window: MainWindow) -> None:
    """The chain from the patients' association to the Ministry of Health runs through the
    district teams and the northern directorate; everyone else is dimmed."""
    ws = _workspace(window)
    view = ws.map
    view.highlight_chain("patients", "moh")
    h = ws.session.highlight
    assert h is not None and h.chain[0] == "patients" and h.chain[-1] == "moh"
    assert view.nodes["patients"].opacity() == 1.0
    assert view.nodes["union"].opacity() < 0.5
    assert view.banner.isVisible()
    qtbot_free_escape = view.keyPressEvent
    from PySide6.QtGui import QKeyEvent

    qtbot_free_escape(QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier))
    assert ws.session.highlight is None and view.nodes["union"].opacity() == 1.0
