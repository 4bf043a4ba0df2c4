"""Cell editors of the Workforce tables: a drop-down where the model offers choices (an area, a
flow, a cadre), a plain text field elsewhere.

The model says what to choose from through :data:`~desktop.models.workforce_cadres.CHOICES_ROLE`
(``[(label, value), ...]``); choosing an entry commits it at once, as one edit.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop.models.workforce_cadres import CHOICES_ROLE

_Index = QModelIndex | QPersistentModelIndex


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box on cells with choices; the default editor on the others."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:  # noqa: N802
        """The drop-down of the cell's choices, or a text field."""
        choices = index.data(CHOICES_ROLE)
        if not choices:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        for label, value in choices:
            combo.addItem(label, value)
        # Choosing commits at once, as Return would.
        combo.activated.connect(lambda _i, c=combo: (self.commitData.emit(c), self.closeEditor.emit(c)))
        return combo

    def setEditorData(self, editor: QWidget, index: _Index) -> None:  # noqa: N802
        """Select the cell's current value."""
        if isinstance(editor, QComboBox):
            at = editor.findData(index.data(Qt.ItemDataRole.EditRole))
            editor.setCurrentIndex(max(at, 0))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:  # noqa: N802
        """The chosen value (not its label) goes to the model."""
        if isinstance(editor, QComboBox):
            value = editor.currentData()
            if value != index.data(Qt.ItemDataRole.EditRole):
                model.setData(index, value, Qt.ItemDataRole.EditRole)
            return
        text = editor.property("text") if editor is not None else None
        if text is not None and str(text) == str(index.data(Qt.ItemDataRole.EditRole) or ""):
            return  # unchanged: no edit, no refusal
        super().setModelData(editor, model, index)
