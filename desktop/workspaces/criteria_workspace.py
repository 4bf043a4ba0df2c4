"""The Criteria workspace: the criteria tree (Feasibility and Impact) and the chosen criterion's
details, with presets to start from. Every change is one undo step."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelectionModel, Qt
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QPushButton, QSplitter, QTreeView, QVBoxLayout, QWidget

from desktop.controller import DocumentController
from desktop.locale_format import core_message
from desktop.models.criteria_tree import GROUPS, CriteriaTreeModel
from desktop.widgets.criteria_details import CriterionDetails
from desktop.widgets.results_style import heading, note
from dialogue import edits, edits_decision
from dialogue.model import Edit
from mcda.criteria import Criterion, Group, Scale
from palabre.errors import PalabreError


class CriteriaWorkspace(QWidget):
    """Tree and toolbar on the left, details on the right."""

    title = QT_TRANSLATE_NOOP("CriteriaWorkspace", "Criteria")  # self.title, translated, in __init__

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = self.tr("Criteria")
        self.controller = controller
        self.model = CriteriaTreeModel(controller)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setStyleSheet("QTreeView::item { padding: 3px 0px; }")
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.details = CriterionDetails(controller)
        self.buttons: dict[str, QPushButton] = {}
        tools = QHBoxLayout()
        for key, text, tip, slot in (
            ("add", self.tr("Add criterion"), self.tr("A new criterion in the selected group"), self.add_criterion),
            ("remove", self.tr("Remove"), self.tr("Remove the criterion with its scores and weights (Ctrl+Z undoes)"),
             self.remove_selected),
            ("up", self.tr("Up"), self.tr("Move up within its group"), lambda: self.move_selected(-1)),
            ("down", self.tr("Down"), self.tr("Move down within its group"), lambda: self.move_selected(+1)),
            ("preset", self.tr("Start from a preset…"), self.tr("Palabre's default set, WHO 2010's questions, "
                                                                "or ISAT's scalability domains"), self.open_presets),
        ):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.clicked.connect(lambda _=False, slot=slot: slot())
            tools.addWidget(button)
            self.buttons[key] = button
        tools.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(heading(self.tr("Criteria tree")))
        left_layout.addWidget(note(self.tr(
            "Feasibility asks whether an option can be done; impact, what it achieves. Each criterion "
            "is scored on an anchored 1 to 5 scale described in words, or in natural units between "
            "bounds. Share is the criterion's part of the overall score in the current perspective "
            "(set on the Weights tab).")))
        left_layout.addLayout(tools)
        left_layout.addWidget(self.tree, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(heading(self.tr("Criterion")))
        right_layout.addWidget(self.details, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([760, 680])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._remembered: str | None = None
        self.model.modelAboutToBeReset.connect(self._remember)
        self.model.modelReset.connect(self._restore)
        self.tree.selectionModel().currentChanged.connect(lambda cur, _prev: self._current_changed(cur))
        self.tree.expandAll()
        first = next((ids[0] for ids in self.model.members.values() if ids), None)
        if first:
            self.select(first)
        self._current_changed(self.tree.currentIndex())

    # ------------------------------------------------------------------ selection
    def selected_id(self) -> str | None:
        """The criterion selected in the tree, if any."""
        c = self.model.criterion(self.tree.currentIndex())
        return c.id if c is not None else None

    def select(self, criterion_id: str) -> None:
        """Select a criterion in the tree."""
        index = self.model.index_of(criterion_id)
        if index.isValid():
            self.tree.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def _remember(self) -> None:
        self._remembered = self.selected_id()

    def _restore(self) -> None:
        self.tree.expandAll()
        if self._remembered:
            self.select(self._remembered)
        self._current_changed(self.tree.currentIndex())

    def _current_changed(self, index: object) -> None:
        cid = self.model.criterion(index)  # type: ignore[arg-type]
        self.details.show_criterion(cid.id if cid is not None else None)
        for key in ("remove", "up", "down"):
            self.buttons[key].setEnabled(cid is not None)

    # ------------------------------------------------------------------ actions
    def _push(self, build: Callable[[], Edit]) -> bool:
        try:
            edit = build()
        except PalabreError as exc:
            self.controller.refused.emit(core_message(exc.message))
            return False
        return self.controller.push(edit)

    def add_criterion(self, group: Group | None = None, name: str | None = None) -> str | None:
        """Add an anchored criterion to a group (the selected one by default); returns its id."""
        d = self.controller.dialogue
        group = group or self.model.group_of(self.tree.currentIndex()) or Group.IMPACT
        name = name or self.tr("New criterion")
        cid = edits_decision.new_criterion_id(d, name)
        criterion = Criterion(cid, name, group, scale=Scale())
        if not self._push(lambda: edits.add_criterion(d, criterion)):
            return None
        self.select(cid)
        self.details.name.setFocus()
        self.details.name.selectAll()
        return cid

    def remove_selected(self) -> bool:
        """Remove the selected criterion with its scores and weights (one undo step)."""
        cid = self.selected_id()
        if cid is None:
            return False
        d = self.controller.dialogue
        group = d.criteria[cid].group
        members = self.model.members[group]
        row = members.index(cid)
        if not self._push(lambda: edits.remove_criterion(d, cid)):
            return False
        remaining = self.model.members[group]
        if remaining:
            self.select(remaining[min(row, len(remaining) - 1)])
        else:
            self.tree.setCurrentIndex(self.model.index(GROUPS.index(group), 0))
        return True

    def move_selected(self, delta: int) -> bool:
        """Move the selected criterion up (-1) or down (+1) within its group."""
        cid = self.selected_id()
        if cid is None:
            return False
        d = self.controller.dialogue
        moved = self._push(lambda: edits_decision.step_criterion(d, cid, delta))
        self.select(cid)
        return moved

    def open_presets(self) -> QWidget:
        """Open the presets dialog (returned, already shown)."""
        from desktop.widgets.criteria_presets_dialog import PresetDialog

        dialog = PresetDialog(self.controller, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def screenshot_states(self) -> list:
        """The presets dialog, open on WHO 2010's questions."""

        def presets():
            dialog = self.open_presets()
            dialog.choose("who2010")  # type: ignore[attr-defined]
            return dialog.close

        return [("presets", presets)]
