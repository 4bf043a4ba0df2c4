"""The Stakeholders workspace: the network map, the power-interest grid and the position map,
beside the stakeholder table and the inspector, with one toolbar and a Map menu.

All views share a :class:`~desktop.models.stakeholder_session.MapSession` (selection, option
shown, filters, highlight), so selecting in one selects in all. Presentation mode (F5) shows the
views full screen with larger nodes and text for a projector; Esc leaves it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QItemSelection,
    QItemSelectionModel,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QSizePolicy,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.controller import DocumentController
from desktop.locale_format import core_message, language
from desktop.models import stakeholder_highlights as highlights
from desktop.models.stakeholder_session import MapSession
from desktop.models.stakeholder_table import StakeholderTableModel
from desktop.widgets.grid_view import PowerInterestGrid
from desktop.widgets.network_export import has_svg, save_map
from desktop.widgets.network_menus import tie_icon
from desktop.widgets.network_style import tie_type_label
from desktop.widgets.network_view import NetworkView
from desktop.widgets.position_map import PositionMapPanel
from desktop.widgets.stakeholder_delegates import StakeholderDelegate
from desktop.widgets.stakeholder_dialogs import ChainDialog, category_icon
from desktop.widgets.stakeholder_inspector import StakeholderInspector
from dialogue import edits_map
from palabre.errors import PalabreError
from stakeholder_map.layout import circular_by_category, force_layout, shells_by_power
from stakeholder_map.model import Category, TieType, category_label
from stakeholder_map.network import build_graph

log = logging.getLogger(__name__)

MAP_TAB, GRID_TAB, POSITIONS_TAB = 0, 1, 2


class StakeholderFilter(QSortFilterProxyModel):
    """Sorts by the model's sort keys; the search box matches names and categories."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(Qt.ItemDataRole.UserRole)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.text = ""

    def set_text(self, text: str) -> None:
        """Show only rows whose name or category contains every word of ``text``."""
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and later; invalidateFilter is deprecated
            self.beginFilterChange()
            self.text = text.strip().lower()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.text = text.strip().lower()
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: object) -> bool:  # noqa: N802 - Qt's name
        """Every word must appear in the name or the category."""
        if not self.text:
            return True
        model = self.sourceModel()
        hay = " ".join(str(model.index(row, c, parent).data() or "") for c in (0, 1)).lower()  # type: ignore[arg-type]
        return all(word in hay for word in self.text.split())


class StakeholderWorkspace(QWidget):
    """Map, grid and position map beside the table and the inspector (see the module docstring)."""

    title = QT_TRANSLATE_NOOP("StakeholderWorkspace", "Stakeholders")  # self.title, translated, in __init__

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = self.tr("Stakeholders")
        self.controller = controller
        self.session = MapSession(controller, self)
        self._syncing = False
        self._presenting: dict[str, object] | None = None
        self.map = NetworkView(self.session)
        self.grid = PowerInterestGrid(self.session)
        self.positions = PositionMapPanel(self.session)
        self.views = QTabWidget()
        self.views.setDocumentMode(True)
        self.views.addTab(self.map, self.tr("Network map"))
        self.views.addTab(self.grid, self.tr("Power–interest grid"))
        self.views.addTab(self.positions, self.tr("Position map"))
        self._build_table()
        self.inspector = StakeholderInspector(self.session)
        self._build_actions()
        self.toolbar = self._build_toolbar()
        self.side = QSplitter(Qt.Orientation.Vertical)
        self.side.addWidget(self._table_panel)
        self.side.addWidget(self.inspector)
        self.side.setStretchFactor(0, 1)
        self.side.setStretchFactor(1, 1)
        self.side.setSizes([330, 470])
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.views)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([900, 520])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 4)
        layout.setSpacing(2)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter, 1)
        self.map.edit_requested.connect(self._edit)
        self.map.message.connect(self._message)
        self.session.selection_changed.connect(self._show_selection_in_table)
        self.session.option_changed.connect(self._fill_options)
        self.session.changed.connect(self._fill_options)
        self.session.changed.connect(self._fill_filter_menu)
        self.session.filters_changed.connect(self._fill_filter_menu)
        self._fill_options()
        self._fill_filter_menu()

    # ================================================================== table
    def _build_table(self) -> None:
        self.model = StakeholderTableModel(self.session)
        self.proxy = StakeholderFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setItemDelegate(StakeholderDelegate(self.model, self.table))
        self.table.setSortingEnabled(True)
        # Start in the document's order; clicking a header sorts.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.proxy.sort(-1)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        self.table.resizeColumnsToContents()
        header.resizeSection(0, 250)
        header.resizeSection(1, 170)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name or category…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_text)
        self.count = QLabel()
        self.count.setStyleSheet("color: #5d6d7e;")
        panel = QWidget()
        lay = QVBoxLayout(panel)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(3)
        lay.addWidget(self.search)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.count)
        self._table_panel = panel
        self.table.selectionModel().selectionChanged.connect(self._table_selected)
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset,
                       self.proxy.layoutChanged):
            signal.connect(self._update_count)
        self._update_count()

    def _update_count(self, *_args: object) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        text = self.tr("%n stakeholder(s)", "", total)
        if shown != total:
            text = self.tr("{0} shown of {1}").format(shown, total)
        self.count.setText(text + self.tr(" · double-click a cell to edit it"))

    def _table_selected(self, *_args: object) -> None:
        if self._syncing:
            return
        rows = self.table.selectionModel().selectedRows()
        ids = [self.model.ids[self.proxy.mapToSource(i).row()] for i in rows]
        current = self.proxy.mapToSource(self.table.currentIndex())
        if current.isValid() and self.model.ids[current.row()] in ids:
            cid = self.model.ids[current.row()]
            ids = [i for i in ids if i != cid] + [cid]
        self.session.select(ids)

    def _show_selection_in_table(self) -> None:
        chosen = self.session.selection
        self._syncing = True
        try:
            selection = QItemSelection()
            last = None
            for sid in chosen:
                row = self.model.row_of(sid)
                if row < 0:
                    continue
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                if index.isValid():
                    selection.select(index, index)
                    last = index
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.table.selectionModel().select(selection, flags)
            if last is not None:
                self.table.selectionModel().setCurrentIndex(last, QItemSelectionModel.SelectionFlag.NoUpdate)
                self.table.scrollTo(last)
        finally:
            self._syncing = False

    def select(self, stakeholder_id: str) -> None:
        """Select one stakeholder everywhere (table, map, grid, position map, inspector)."""
        self.session.select([stakeholder_id])

    def selected_id(self) -> str | None:
        """The stakeholder selected last, if any."""
        return self.session.current

    # ================================================================== actions and toolbar
    def _action(self, text: str, slot: Callable[[], object], shortcut: object = None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            keys = shortcut if isinstance(shortcut, list) else [shortcut]
            action.setShortcuts([k if isinstance(k, QKeySequence) else QKeySequence(k) for k in keys])
        if tip:
            action.setToolTip(tip)
        action.triggered.connect(lambda _=False: slot())
        return action

    def _build_actions(self) -> None:
        self.action_force = self._action(self.tr("Force-directed"), lambda: self.apply_layout("force"),
                                         tip=self.tr("Tied stakeholders close together (same map, same layout)"))
        self.action_by_category = self._action(self.tr("By category"), lambda: self.apply_layout("category"))
        self.action_by_power = self._action(self.tr("By power (most powerful in the centre)"),
                                            lambda: self.apply_layout("power"))
        self.action_zoom_in = self._action(self.tr("Zoom in"), lambda: self.map.zoom(1.25), "+")
        self.action_zoom_out = self._action(self.tr("Zoom out"), lambda: self.map.zoom(0.8), "-")
        self.action_fit = self._action(self.tr("Fit to window"), self.map.fit, "Home")
        self.action_larger = self._action(self.tr("Larger nodes and labels"), lambda: self.session.zoom_text(1.15),
                                          [QKeySequence(QKeySequence.StandardKey.ZoomIn), "Ctrl+="])
        self.action_smaller = self._action(self.tr("Smaller nodes and labels"),
                                           lambda: self.session.zoom_text(1 / 1.15),
                                           [QKeySequence(QKeySequence.StandardKey.ZoomOut)])
        self.action_default_size = self._action(self.tr("Default size of nodes and labels"),
                                                self.session.reset_text, "Ctrl+0")
        self.action_present = self._action(self.tr("Presentation mode"), self.toggle_presentation, "F5",
                                           self.tr("Full screen, larger text, panels hidden (Esc leaves)"))
        self.action_present.setCheckable(True)
        self.action_leave = self._action(self.tr("Leave presentation mode"), lambda: self.set_presentation(False),
                                         "Esc")
        self.action_leave.setEnabled(False)
        self.action_export = self._action(self.tr("Export the map as a picture…"), self.export_picture)
        self.action_delete = self._action(self.tr("Delete the selection"), self.map.delete_selection)
        for action in (self.action_zoom_in, self.action_zoom_out, self.action_fit):
            # Plain keys act on the map only, so that typing in the table or a form is not caught.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.map.addAction(action)
        self.addAction(self.action_leave)
        self.action_leave.setShortcutContext(Qt.ShortcutContext.WindowShortcut)

    def _build_toolbar(self) -> QToolBar:
        bar = QToolBar()
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.addWidget(QLabel(self.tr(" Positions on ")))
        self.option_combo = QComboBox()
        self.option_combo.setMinimumWidth(260)
        self.option_combo.setMaximumWidth(420)
        self.option_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.option_combo.setToolTip(self.tr("The option whose positions the map, the table and the position "
                                             "map show"))
        self.option_combo.activated.connect(lambda _i: self.session.set_option(self.option_combo.currentData()))
        bar.addWidget(self.option_combo)
        bar.addSeparator()
        self.layout_menu = QMenu(self.tr("Layout"), self)
        self.layout_menu.addActions([self.action_force, self.action_by_category, self.action_by_power])
        self._menu_button(bar, self.tr("Layout"), self.layout_menu)
        self.filter_menu = QMenu(self.tr("Show"), self)
        self._menu_button(bar, self.tr("Show"), self.filter_menu)
        self.highlight_menu = QMenu(self.tr("Highlight"), self)
        self.highlight_menu.aboutToShow.connect(self._fill_highlight_menu)
        self._menu_button(bar, self.tr("Highlight"), self.highlight_menu)
        bar.addSeparator()
        bar.addAction(self.action_zoom_out)
        bar.addAction(self.action_zoom_in)
        bar.addAction(self.action_fit)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        bar.addAction(self.action_export)
        bar.addAction(self.action_present)
        return bar

    @staticmethod
    def _menu_button(bar: QToolBar, text: str, menu: QMenu) -> QToolButton:
        button = QToolButton()
        button.setText(text + " ")
        button.setMenu(menu)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        bar.addWidget(button)
        return button

    def install_menus(self, window: QMainWindow) -> None:
        """Add the Map menu (layouts, zoom, sizes, presentation, export) to the window."""
        menu = window.menuBar().addMenu(self.tr("&Map"))
        menu.addMenu(self.layout_menu)
        menu.addMenu(self.highlight_menu)
        menu.addMenu(self.filter_menu)
        menu.addSeparator()
        menu.addActions([self.action_zoom_in, self.action_zoom_out, self.action_fit])
        menu.addSeparator()
        menu.addActions([self.action_larger, self.action_smaller, self.action_default_size])
        menu.addSeparator()
        menu.addAction(self.action_present)
        menu.addAction(self.action_export)
        self.map_menu = menu
        tabs = getattr(window, "tabs", None)
        if tabs is not None:
            def follow(_index: int) -> None:
                mine = tabs.currentWidget() is self
                for action in (self.action_larger, self.action_smaller, self.action_default_size,
                               self.action_present):
                    action.setEnabled(mine)
            tabs.currentChanged.connect(follow)
            follow(tabs.currentIndex())

    def _fill_options(self) -> None:
        d = self.controller.dialogue
        combo = self.option_combo
        combo.blockSignals(True)
        try:
            if [combo.itemData(i) for i in range(combo.count())] != list(d.options) or any(
                    combo.itemText(i) != o.name for i, o in enumerate(d.options.values())):
                combo.clear()
                for oid, option in d.options.items():
                    combo.addItem(option.name, oid)
            combo.setCurrentIndex(max(0, combo.findData(self.session.option_id)))
            combo.setEnabled(bool(d.options))
        finally:
            combo.blockSignals(False)

    def _fill_filter_menu(self) -> None:
        menu = self.filter_menu
        menu.clear()
        d = self.controller.dialogue
        head = menu.addAction(self.tr("Tie types"))
        head.setEnabled(False)
        present_types = {t.type for t in d.ties.values()}
        directed = {t.type for t in d.ties.values() if t.directed}
        for t in TieType:
            action = menu.addAction(tie_icon(t, t in directed), tie_type_label(t.value))
            action.setCheckable(True)
            action.setChecked(t not in self.session.hidden_types)
            action.setEnabled(t in present_types)
            action.toggled.connect(lambda on, t=t: self.session.set_type_visible(t, on))
        menu.addSeparator()
        head = menu.addAction(self.tr("Categories"))
        head.setEnabled(False)
        present = {s.category for s in d.stakeholders.values()}
        for c in Category:
            if c not in present:
                continue
            action = menu.addAction(category_icon(c), category_label(c, language()))
            action.setCheckable(True)
            action.setChecked(c not in self.session.hidden_categories)
            action.toggled.connect(lambda on, c=c: self.session.set_category_visible(c, on))
        menu.addSeparator()
        menu.addAction(self.tr("Show everything"), self.session.show_everything)

    def _fill_highlight_menu(self) -> None:
        menu = self.highlight_menu
        menu.clear()
        d = self.controller.dialogue
        sid = self.session.current
        name = d.stakeholders[sid].name if sid else ""
        short = name if len(name) < 30 else name[:29] + "…"
        neighbourhood = menu.addAction(self.tr("Neighbourhood of {0}").format(short) if sid
                                       else self.tr("Neighbourhood of the selection"))
        neighbourhood.setEnabled(sid is not None)
        neighbourhood.triggered.connect(lambda: self.map.highlight_neighbourhood(sid))
        coalition = menu.addAction(self.tr("Coalition of {0}").format(short) if sid
                                   else self.tr("Coalition of the selection"))
        coalition.setEnabled(sid is not None)
        coalition.triggered.connect(lambda: self.map.highlight_coalition(sid))
        sub = menu.addMenu(self.tr("Coalition"))
        graph = build_graph(d.stakeholders.values(), d.ties.values())
        from stakeholder_map.structure import coalitions

        for number, members in enumerate(coalitions(graph), start=1):
            if len(members) < 2:
                continue
            first = d.stakeholders[members[0]].name
            text = self.tr("{0}: {1} and %n other(s)", "", len(members) - 1).format(number, first[:28])
            sub.addAction(text, lambda n=number: self.session.set_highlight(highlights.coalition_number(d, n)))
        sub.setEnabled(not sub.isEmpty())
        menu.addAction(self.tr("Shortest chain between two stakeholders…"), self.ask_chain)
        menu.addSeparator()
        clear = menu.addAction(self.tr("Clear the highlight (Esc)"), lambda: self.session.set_highlight(None))
        clear.setEnabled(self.session.highlight is not None)

    def ask_chain(self) -> ChainDialog:
        """Ask for two stakeholders and highlight the shortest chain between them."""
        d = self.controller.dialogue
        dialog = ChainDialog(self, {sid: s.name for sid, s in d.stakeholders.items()}, self.session.current)
        dialog.accepted.connect(lambda: self.map.highlight_chain(*dialog.ends()))
        dialog.open()
        self.chain_dialog = dialog
        return dialog

    # ================================================================== layouts, export, editing
    def apply_layout(self, kind: str) -> bool:
        """Place every stakeholder by a layout, as one undoable step, and fit the view."""
        d = self.controller.dialogue
        people = list(d.stakeholders.values())
        if not people:
            return False
        if kind == "force":
            places = force_layout(build_graph(people, d.ties.values()), weight="strength")
            name = self.tr("force-directed")
        elif kind == "category":
            places = circular_by_category(people)
            name = self.tr("by category")
        else:
            places = shells_by_power(people)
            name = self.tr("by power")
        rounded = {sid: (round(x, 1), round(y, 1)) for sid, (x, y) in places.items()}
        try:
            ok = self.controller.push(edits_map.apply_layout(d, rounded, name))
        except PalabreError as exc:
            self.controller.refused.emit(core_message(exc.message))
            return False
        self.views.setCurrentIndex(MAP_TAB)
        self.map.fit()
        return ok

    def export_picture(self) -> None:
        """Ask where, then write the map as PNG (or SVG)."""
        title = self.controller.dialogue.info.title or "map"
        safe = "-".join("".join(c if c.isalnum() else " " for c in title.lower()).split())[:50] or "map"
        start = (self.controller.path.parent if self.controller.path else Path.home()) / f"{safe}-map.png"
        filters = self.tr("PNG picture (*.png)")
        if has_svg():
            filters += ";;" + self.tr("SVG drawing (*.svg)")
        name, chosen = QFileDialog.getSaveFileName(self, self.tr("Export the map"), str(start), filters)
        if not name:
            return
        path = Path(name)
        if "svg" in chosen and path.suffix.lower() != ".svg":
            path = path.with_suffix(".svg")
        try:
            written = save_map(self.map, path)
        except PalabreError as exc:
            self.controller.refused.emit(core_message(exc.message))
            return
        self._message(self.tr("Map saved to {0}").format(written))

    def _edit(self, sid: str) -> None:
        self.session.select([sid])
        if self._presenting is None:
            self.inspector.ensureVisible(0, 0)
            self.inspector.name.setFocus()
            self.inspector.name.selectAll()

    def _message(self, text: str) -> None:
        # The status bar's own timer clears the message, and dies with the window.
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 6000)

    # ================================================================== presentation
    def toggle_presentation(self) -> None:
        """Enter or leave presentation mode."""
        self.set_presentation(self._presenting is None)

    def set_presentation(self, on: bool, full_screen: bool = True) -> None:
        """Presentation mode: full screen, larger nodes and text, high contrast, panels hidden."""
        window = self.window()
        if on and self._presenting is None:
            state: dict[str, object] = {"full": window.isFullScreen(), "max": window.isMaximized(),
                                        "went_full": False}
            self.side.hide()
            self.map.hint.hide()
            for name in ("menuBar", "statusBar"):
                widget = getattr(window, name, None)
                if callable(widget):
                    widget().hide()
            tabs = getattr(window, "tabs", None)
            if tabs is not None:
                tabs.tabBar().hide()
            self.session.set_presentation(True)
            if full_screen and not window.isFullScreen():
                window.showFullScreen()
                state["went_full"] = True
            self._presenting = state
        elif not on and self._presenting is not None:
            state = self._presenting
            self._presenting = None
            self.side.show()
            for name in ("menuBar", "statusBar"):
                widget = getattr(window, name, None)
                if callable(widget):
                    widget().show()
            tabs = getattr(window, "tabs", None)
            if tabs is not None:
                tabs.tabBar().show()
            self.session.set_presentation(False)
            if state["went_full"]:
                window.showMaximized() if state["max"] else window.showNormal()
        self.action_present.setChecked(self._presenting is not None)
        self.action_leave.setEnabled(self._presenting is not None)
        self.map.fit()

    @property
    def presenting(self) -> bool:
        """Whether presentation mode is on."""
        return self._presenting is not None

    # ================================================================== window hooks
    def on_activated(self) -> None:
        """Fit the map the first time the tab is shown."""
        if not self.map._fitted:
            self.map.fit()

    def screenshot_states(self) -> list[tuple[str, Callable[[], Callable[[], None]]]]:
        """Presentation mode, the grid, the position map and a what-if, for ``palabre --screenshot``."""

        def presentation() -> Callable[[], None]:
            self.set_presentation(True, full_screen=False)
            return lambda: self.set_presentation(False)

        def tab(index: int) -> Callable[[], Callable[[], None]]:
            def set_up() -> Callable[[], None]:
                self.views.setCurrentIndex(index)
                return lambda: self.views.setCurrentIndex(MAP_TAB)
            return set_up

        def what_if() -> Callable[[], None]:
            d = self.controller.dialogue
            before = self.session.option_id
            option = "community_midwives" if "community_midwives" in d.options else before
            self.session.set_option(option)
            self.views.setCurrentIndex(POSITIONS_TAB)
            self.positions.set_what_if(True)
            opposed = [s.id for s in d.stakeholders.values() if option and (s.stance_on(option) or 0) < 0]
            for sid in opposed[:2]:
                self.positions.stage(sid, 0)

            def restore() -> None:
                self.positions.set_what_if(False)
                self.session.set_option(before)
                self.views.setCurrentIndex(MAP_TAB)
            return restore

        return [("presentation", presentation), ("grid", tab(GRID_TAB)),
                ("positions", tab(POSITIONS_TAB)), ("what-if", what_if)]
