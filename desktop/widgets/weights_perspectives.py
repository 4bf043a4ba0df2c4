"""The perspective bar: choose whose weights the ranking uses, and create, copy, rename or remove
a perspective (a weight set, typically one per stakeholder group). Each action is one undo step."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QInputDialog, QLineEdit, QToolButton, QVBoxLayout, QWidget

from desktop.controller import DocumentController
from desktop.locale_format import core_message
from dialogue import edits, edits_decision
from dialogue.model import Change, Edit
from palabre.errors import PalabreError


class PerspectiveBar(QWidget):
    """A combo box of the weight sets with New, Copy, Rename and Remove buttons."""

    def __init__(self, controller: DocumentController, parent: QWidget | None = None,
                 horizontal: bool = False) -> None:
        super().__init__(parent)
        self.controller = controller
        self.combo = QComboBox()
        self.combo.setToolTip(self.tr("Whose weights the ranking uses"))
        self.combo.setMinimumContentsLength(18)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.activated.connect(self._chosen)
        row = QHBoxLayout()
        if horizontal:
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(self.combo, 1)
            self.setLayout(row)
        else:
            layout = QVBoxLayout(self)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(self.combo)
            layout.addLayout(row)
        self.buttons = {}
        for key, text, tip, slot in (
            ("new", self.tr("New…"), self.tr("A new perspective with equal weights"), self.new_perspective),
            ("copy", self.tr("Copy…"), self.tr("A copy of this perspective, to adjust"), self.copy_perspective),
            ("rename", self.tr("Rename…"), self.tr("Rename this perspective"), self.rename_perspective),
            ("remove", self.tr("Remove"), self.tr("Remove this perspective (Ctrl+Z brings it back)"),
             self.remove_perspective),
        ):
            button = QToolButton()
            button.setText(text)
            button.setToolTip(tip)
            button.clicked.connect(lambda _=False, slot=slot: slot())
            row.addWidget(button)
            self.buttons[key] = button
        if not horizontal:
            row.addStretch(1)
        self.refresh()
        controller.changed.connect(self._on_change)
        controller.replaced.connect(self.refresh)

    def _on_change(self, change: Change) -> None:
        if change.collections & {"weight_sets", "settings"}:
            self.refresh()

    def refresh(self) -> None:
        """Show the document's weight sets and the active one (no echo back)."""
        d = self.controller.dialogue
        self.combo.blockSignals(True)
        self.combo.clear()
        for ws in d.weight_sets.values():
            self.combo.addItem(ws.name, ws.id)
            self.combo.setItemData(self.combo.count() - 1, ws.description or ws.name,
                                   Qt.ItemDataRole.ToolTipRole)
        if d.weight_sets:
            self.combo.setCurrentIndex(self.combo.findData(d.active_weight_set.id))
        self.combo.blockSignals(False)
        self.buttons["remove"].setEnabled(len(d.weight_sets) > 1)
        for key in ("copy", "rename"):
            self.buttons[key].setEnabled(bool(d.weight_sets))

    # ------------------------------------------------------------------ actions
    def _chosen(self, index: int) -> None:
        wid = self.combo.itemData(index)
        self.switch_to(wid)

    def switch_to(self, weight_set_id: str) -> bool:
        """Make a perspective the active one (one undo step)."""
        d = self.controller.dialogue
        if not weight_set_id or (d.weight_sets and weight_set_id == d.active_weight_set.id):
            return False
        return self._push(lambda: edits.set_active_weight_set(d, weight_set_id))

    def _ask(self, title: str, label: str, text: str) -> str | None:
        name, ok = QInputDialog.getText(self, title, label, QLineEdit.EchoMode.Normal, text)
        return name if ok and name.strip() else None

    def new_perspective(self, name: str | None = None) -> bool:
        """Add a perspective with equal weights and switch to it."""
        name = name or self._ask(self.tr("New perspective"),
                                 self.tr("Whose weights are these (for example a stakeholder group)?"), "")
        d = self.controller.dialogue
        return bool(name) and self._push(lambda: edits_decision.new_weight_set(d, name))

    def copy_perspective(self, name: str | None = None) -> bool:
        """Copy the active perspective under a new name and switch to it."""
        d = self.controller.dialogue
        source = d.active_weight_set
        name = name or self._ask(self.tr("Copy perspective"), self.tr("Name of the copy:"),
                                 self.tr("{0} (copy)").format(source.name))
        return bool(name) and self._push(lambda: edits_decision.copy_weight_set(d, source.id, name))

    def rename_perspective(self, name: str | None = None) -> bool:
        """Rename the active perspective."""
        d = self.controller.dialogue
        ws = d.active_weight_set
        name = name or self._ask(self.tr("Rename perspective"), self.tr("New name:"), ws.name)
        return bool(name) and self._push(lambda: edits_decision.rename_weight_set(d, ws.id, name))

    def remove_perspective(self) -> bool:
        """Remove the active perspective (another becomes active; the last one cannot go)."""
        d = self.controller.dialogue
        return self._push(lambda: edits.remove_weight_set(d, d.active_weight_set.id))

    def _push(self, build: Callable[[], Edit]) -> bool:
        try:
            edit = build()
        except PalabreError as exc:
            self.controller.refused.emit(core_message(exc.message))
            return False
        return self.controller.push(edit)
