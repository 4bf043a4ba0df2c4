"""Cell editors of the stakeholder table: combos for category, level, kind and stance, spin
boxes for 1-to-5 ratings, a combo with a blank for optional ratings."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QSpinBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop.models.stakeholder_table import StakeholderTableModel, kind_labels, level_labels
from desktop.widgets.network_menus import stance_icon
from desktop.widgets.network_style import stance_names
from desktop.widgets.stakeholder_dialogs import category_combo

_Index = QModelIndex | QPersistentModelIndex


class StakeholderDelegate(QStyledItemDelegate):
    """Chooses the editor from the column's kind (see :func:`desktop.models.stakeholder_table.columns`)."""

    def __init__(self, model: StakeholderTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table_model = model

    def _kind(self, index: _Index) -> str:
        return self.table_model.columns[index.column()].kind

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:  # noqa: N802
        """A combo or spin box where a free text would invite mistakes."""
        kind = self._kind(index)
        if kind == "category":
            return category_combo(parent)
        if kind in ("level", "kind"):
            combo = QComboBox(parent)
            labels = level_labels() if kind == "level" else kind_labels()
            for value, text in labels.items():
                combo.addItem(text, value.value)
            return combo
        if kind == "stance":
            combo = QComboBox(parent)
            for stance, text in stance_names():
                combo.addItem(stance_icon(stance), text, stance)
            return combo
        if kind == "rating":
            spin = QSpinBox(parent)
            spin.setRange(1, 5)
            spin.setAlignment(Qt.AlignmentFlag.AlignCenter)
            return spin
        if kind == "optional":
            combo = QComboBox(parent)
            combo.addItem("—", None)
            for v in range(1, 6):
                combo.addItem(str(v), v)
            return combo
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: _Index) -> None:  # noqa: N802
        """Show the cell's value in the editor."""
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            found = editor.findData(value)
            editor.setCurrentIndex(max(0, found))
            if self._kind(index) == "stance" and value is None:
                editor.setCurrentIndex(editor.count() - 1)
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:  # noqa: N802
        """Write the editor's value back (one undoable edit in the model)."""
        if isinstance(editor, QComboBox):
            data = editor.currentData()
            model.setData(index, data.value if hasattr(data, "value") else data, Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QSpinBox):
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)
