"""The stakeholder table: attributes and network measures, name, power and interest editable."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.controller import DocumentController
from dialogue import edits
from dialogue.model import Change
from palabre.errors import PalabreError
from stakeholder_map.grid import QUADRANT_LABELS, Quadrant
from stakeholder_map.model import CATEGORY_LABELS

_Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("Name", "Category", "Level", "Power", "Interest", "Quadrant", "Degree", "Betweenness")
EDITABLE = {0: "name", 3: "power", 4: "interest"}


class StakeholderTableModel(QAbstractTableModel):
    """One row per stakeholder; edits go through undoable document edits."""

    def __init__(self, controller: DocumentController) -> None:
        super().__init__()
        self.controller = controller
        self.ids: list[str] = []
        self._reset()
        controller.changed.connect(self._on_change)
        controller.replaced.connect(self._reset)

    def _reset(self) -> None:
        self.beginResetModel()
        self.ids = list(self.controller.dialogue.stakeholders)
        self.endResetModel()

    def _on_change(self, change: Change) -> None:
        if not change.collections & {"stakeholders", "ties"}:
            return
        if list(self.controller.dialogue.stakeholders) != self.ids:
            self._reset()
        elif self.ids:
            # Measures depend on every tie: refresh all rows, cheaply.
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.ids) - 1, len(COLUMNS) - 1))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Number of stakeholders."""
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Attributes and measures shown."""
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        """Column titles."""
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return COLUMNS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Attribute values; measures with two decimals; sort keys under UserRole."""
        if not index.isValid() or not 0 <= index.row() < len(self.ids):
            return None
        d = self.controller.dialogue
        s = d.stakeholders[self.ids[index.row()]]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.UserRole):
            if col == 0:
                return s.name
            if col == 1:
                return CATEGORY_LABELS[s.category]
            if col == 2:
                return s.level.value.capitalize()
            if col == 3:
                return s.power
            if col == 4:
                return s.interest
            measures = self.controller.analysis.measures()
            if col == 5:
                return QUADRANT_LABELS[Quadrant(measures.at[s.id, "quadrant"])]
            value = float(measures.at[s.id, "degree" if col == 6 else "betweenness"])
            return value if role == Qt.ItemDataRole.UserRole else f"{value:.2f}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return s.notes or s.name
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= 3 and col != 5:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Name, power and interest are editable."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() in EDITABLE else base

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """Change an attribute through one undoable edit."""
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or index.column() not in EDITABLE:
            return False
        d = self.controller.dialogue
        s = d.stakeholders[self.ids[index.row()]]
        field = EDITABLE[index.column()]
        try:
            new_value: Any = str(value).strip() if field == "name" else int(value)
            if getattr(s, field) == new_value:
                return True
            edit = edits.update_stakeholder(d, s.replace(**{field: new_value}), field)
        except (ValueError, TypeError):
            self.controller.refused.emit(f"{field} must be a whole number from 1 to 5")
            return False
        except PalabreError as exc:
            self.controller.refused.emit(exc.message)
            return False
        return self.controller.push(edit)
