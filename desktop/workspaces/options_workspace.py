"""The Options workspace: the interventions on the table, their details, bundles and order.

Add from the WHO library or create your own; select several to bundle, move or remove them.
Every change is one undo step; removing an option also removes its scores and the stakeholders'
positions on it, and undo brings them all back.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.controller import DocumentController
from desktop.locale_format import core_message
from desktop.models.options_table import BUNDLE, CODE, COST, FAMILY, NAME, OptionsTableModel
from desktop.widgets.options_details import OptionDetails
from desktop.widgets.results_style import heading, note
from dialogue import edits, edits_decision
from dialogue.model import Change, Edit
from dialogue.values import Family, Option
from palabre.errors import PalabreError


class OptionsWorkspace(QWidget):
    """Options list with a toolbar on the left, the chosen option's details on the right."""

    title = QT_TRANSLATE_NOOP("OptionsWorkspace", "Options")  # self.title, translated, in __init__

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = self.tr("Options")
        self.controller = controller
        self.model = OptionsTableModel(controller)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for col, width in ((CODE, 52), (FAMILY, 120), (BUNDLE, 130), (COST, 210)):
            header.resizeSection(col, width)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.details = OptionDetails(controller)
        self.buttons: dict[str, QPushButton] = {}
        tools = QHBoxLayout()
        for key, text, tip, slot in (
            ("library", self.tr("Add from WHO library…"), self.tr("WHO's sixteen rural-retention interventions"),
             self.open_library),
            ("new", self.tr("New option"), self.tr("An option of your own"), self.new_option),
            ("bundle", self.tr("Bundle…"), self.tr("Group the selected options into a bundle adopted together"),
             self.bundle_selected),
            ("unbundle", self.tr("Unbundle"), self.tr("Take the selected options out of their bundle"),
             self.unbundle_selected),
            ("up", self.tr("Up"), self.tr("Move the selected option up (Ctrl+Up)"), lambda: self.move_selected(-1)),
            ("down", self.tr("Down"), self.tr("Move the selected option down (Ctrl+Down)"),
             lambda: self.move_selected(+1)),
            ("remove", self.tr("Remove"), self.tr("Remove the selected options with their scores (Ctrl+Z undoes)"),
             self.remove_selected),
        ):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.clicked.connect(lambda _=False, slot=slot: slot())
            tools.addWidget(button)
            self.buttons[key] = button
        tools.addStretch(1)
        for text, key, slot in ((self.tr("Move up"), "Ctrl+Up", lambda: self.move_selected(-1)),
                                (self.tr("Move down"), "Ctrl+Down", lambda: self.move_selected(+1)),
                                (self.tr("Remove"), QKeySequence.StandardKey.Delete, self.remove_selected)):
            action = QAction(text, self.table)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.table.addAction(action)
        self.summary = note()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(heading(self.tr("Options on the table")))
        left_layout.addWidget(note(self.tr(
            "The interventions being compared. Start from WHO's rural-retention recommendations or "
            "add your own (task sharing, a new school, payroll clean-up…). Select several to bundle "
            "them: a bundle is a set of options meant to be adopted together.")))
        left_layout.addLayout(tools)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.summary)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(heading(self.tr("Details")))
        right_layout.addWidget(self.details, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([960, 480])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._selection_changed())
        self.model.modelReset.connect(self._restore_selection)
        controller.changed.connect(self._on_change)
        controller.replaced.connect(self._summarise)
        self._remembered: list[str] = []
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self._summarise()
        self._selection_changed()
        if self.model.ids:
            self.select([self.model.ids[0]])

    # ------------------------------------------------------------------ selection
    def selected_ids(self) -> list[str]:
        """Ids of the selected options, in the list's order."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.ids[r] for r in rows if r < len(self.model.ids)]

    def select(self, ids: list[str]) -> None:
        """Select options by id (the first becomes current)."""
        sel = self.table.selectionModel()
        sel.clearSelection()
        first = True
        for oid in ids:
            if oid not in self.model.ids:
                continue
            index = self.model.index(self.model.ids.index(oid), 0)
            flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
            if first:
                sel.setCurrentIndex(index, flags)
                self.table.scrollTo(index)
                first = False
            else:
                sel.select(index, flags)

    def _remember_selection(self) -> None:
        self._remembered = self.selected_ids()

    def _restore_selection(self) -> None:
        if self._remembered:
            self.select(self._remembered)

    def _selection_changed(self) -> None:
        ids = self.selected_ids()
        self.details.show_option(ids[0] if len(ids) == 1 else None)
        for key in ("remove", "up", "down", "bundle"):
            self.buttons[key].setEnabled(bool(ids))
        d = self.controller.dialogue
        self.buttons["unbundle"].setEnabled(any(d.options[o].bundle for o in ids if o in d.options))

    def _on_change(self, change: Change) -> None:
        if "options" in change.collections:
            self._summarise()
            self._selection_changed()

    def _summarise(self) -> None:
        d = self.controller.dialogue
        groups = edits_decision.bundles(d)
        parts = [self.tr("{0} ({1})").format(name, len(ids)) for name, ids in groups.items()]
        who = sum(1 for o in d.options.values() if o.code)
        text = self.tr("Options: {0} · from the WHO library: {1}").format(len(d.options), who)
        if parts:
            text += " · " + self.tr("bundles: {0}").format(", ".join(parts))
        self.summary.setText(text)

    # ------------------------------------------------------------------ actions
    def _push(self, build: Callable[[], Edit]) -> bool:
        try:
            edit = build()
        except PalabreError as exc:
            self.controller.refused.emit(core_message(exc.message))
            return False
        return self.controller.push(edit)

    def open_library(self) -> QWidget:
        """Open the library dialog (returned, already shown); added options get selected."""
        from desktop.widgets.options_library import LibraryDialog

        dialog = LibraryDialog(self.controller, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.select(getattr(dialog, "added", [])))
        dialog.show()
        return dialog

    def new_option(self, name: str | None = None) -> bool:
        """Add an option of one's own after the selection (or at the end) and select it."""
        d = self.controller.dialogue
        name = name or self.tr("New option")
        oid = edits_decision.new_option_id(d, name)
        ids = self.selected_ids()
        index = self.model.ids.index(ids[-1]) + 1 if ids else None
        if not self._push(lambda: edits.add_option(d, Option(oid, name, Family.OTHER), index)):
            return False
        self.select([oid])
        self.details.name.setFocus()
        self.details.name.selectAll()
        return True

    def remove_selected(self) -> bool:
        """Remove the selected options with their scores and positions (one undo step)."""
        ids = self.selected_ids()
        if not ids:
            return False
        d = self.controller.dialogue
        row = self.model.ids.index(ids[0])
        names = [d.options[o].name for o in ids]
        if not self._push(lambda: edits_decision.remove_options(d, ids)):
            return False
        if self.model.ids:
            self.select([self.model.ids[min(row, len(self.model.ids) - 1)]])
        window = self.window()
        if hasattr(window, "show_info"):
            window.show_info(self.tr("Removed with their scores: {0}. Ctrl+Z brings them back.").format(
                ", ".join(names)))
        return True

    def move_selected(self, delta: int) -> bool:
        """Move the selected option one place up (-1) or down (+1)."""
        ids = self.selected_ids()
        if len(ids) != 1:
            return False
        d = self.controller.dialogue
        row = self.model.ids.index(ids[0])
        target = row + delta
        if not 0 <= target < len(self.model.ids):
            return False
        if not self._push(lambda: edits.move_option(d, ids[0], target)):
            return False
        self.select(ids)
        return True

    def bundle_selected(self, name: str | None = None) -> bool:
        """Put the selected options into a bundle (asks for its name unless given)."""
        ids = self.selected_ids()
        if not ids:
            return False
        d = self.controller.dialogue
        if name is None:
            existing = list(edits_decision.bundles(d))
            name, ok = QInputDialog.getItem(self, self.tr("Bundle"), self.tr(
                "Name of the bundle (a new name or an existing one):"), existing or [""], 0, True)
            if not ok or not name.strip():
                return False
        return self._push(lambda: edits_decision.set_bundle(d, ids, name))

    def unbundle_selected(self) -> bool:
        """Take the selected options out of their bundle."""
        ids = self.selected_ids()
        d = self.controller.dialogue
        return bool(ids) and self._push(lambda: edits_decision.set_bundle(d, ids, ""))

    def screenshot_states(self) -> list:
        """The library dialog, open."""

        def library():
            dialog = self.open_library()
            dialog.check(["A4", "D2"])  # type: ignore[attr-defined]
            return dialog.close

        return [("library", library)]
