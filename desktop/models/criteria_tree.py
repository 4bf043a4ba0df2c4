"""The criteria tree: the Feasibility and Impact groups, each with its criteria in order.

Columns: name, direction, scale, and the criterion's share of the overall score in the active
perspective. Read-only (criteria are edited in the details form beside the tree).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from desktop.controller import DocumentController
from desktop.locale_format import percent, range_text
from dialogue.model import Change
from mcda.criteria import Criterion, Direction, Group, ScaleKind
from mcda.weights import global_weights
from palabre.errors import PalabreError

_Index = QModelIndex | QPersistentModelIndex
GROUPS = (Group.FEASIBILITY, Group.IMPACT)
COLUMNS = 4


class CriteriaTreeModel(QAbstractItemModel):
    """Two group rows at the top level; criteria below them (internal id = group number + 1)."""

    def __init__(self, controller: DocumentController) -> None:
        super().__init__()
        self.controller = controller
        self.members: dict[Group, list[str]] = {}
        self.shares: dict[str, float] = {}
        self._load()
        controller.changed.connect(self._on_change)
        controller.replaced.connect(self.reset)

    def _load(self) -> None:
        d = self.controller.dialogue
        self.members = {g: [c.id for c in d.criteria.values() if c.group is g] for g in GROUPS}
        try:
            ws = d.active_weight_set
            self.shares = global_weights(d.criteria.values(), ws.weights, ws.group_weights)
        except PalabreError:  # no weight set, no criteria, all zero: no shares to show
            self.shares = {}

    def reset(self) -> None:
        """Reload from the document."""
        self.beginResetModel()
        self._load()
        self.endResetModel()

    def _on_change(self, change: Change) -> None:
        if "criteria" in change.collections:
            self.reset()
        elif change.collections & {"weight_sets", "settings"}:
            # Only the shares moved: repaint that column rather than rebuild the tree.
            self._load()
            for g in range(len(GROUPS)):
                group = self.index(g, 0)
                self.dataChanged.emit(self.index(g, COLUMNS - 1), self.index(g, COLUMNS - 1))
                rows = self.rowCount(group)
                if rows:
                    self.dataChanged.emit(self.index(0, COLUMNS - 1, group), self.index(rows - 1, COLUMNS - 1, group))

    # ------------------------------------------------------------------ helpers
    def criterion(self, index: _Index) -> Criterion | None:
        """The criterion of a row (None for a group row)."""
        if not index.isValid() or index.internalId() == 0:
            return None
        group = GROUPS[index.internalId() - 1]
        return self.controller.dialogue.criteria.get(self.members[group][index.row()])

    def group_of(self, index: _Index) -> Group | None:
        """The group of a row (a group row or a criterion row)."""
        if not index.isValid():
            return None
        return GROUPS[index.row()] if index.internalId() == 0 else GROUPS[index.internalId() - 1]

    def index_of(self, criterion_id: str) -> QModelIndex:
        """The index of a criterion's row."""
        for g, ids in self.members.items():
            if criterion_id in ids:
                return self.index(ids.index(criterion_id), 0, self.index(GROUPS.index(g), 0))
        return QModelIndex()

    # ------------------------------------------------------------------ Qt API
    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        """Group rows at the top, criteria below."""
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        if parent.internalId() != 0:
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: _Index) -> QModelIndex:  # type: ignore[override]
        """A criterion's parent is its group; groups have none."""
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, 0)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Two groups; a group's criteria."""
        if not parent.isValid():
            return len(GROUPS)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self.members[GROUPS[parent.row()]])
        return 0

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Name, direction, scale, share."""
        return COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < COLUMNS:
            return (self.tr("Criterion"), self.tr("Direction"), self.tr("Scale"), self.tr("Share"))[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Names, directions, scales and shares; groups in bold with their total share."""
        if not index.isValid():
            return None
        col = index.column()
        c = self.criterion(index)
        if c is None:
            group = self.group_of(index)
            if group is None:
                return None
            if role == Qt.ItemDataRole.DisplayRole:
                if col == 0:
                    return self.tr("Feasibility") if group is Group.FEASIBILITY else self.tr("Impact")
                if col == 3 and self.shares:
                    total = sum(self.shares.get(cid, 0.0) for cid in self.members[group])
                    return percent(total)
                return None
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.TextAlignmentRole and col == 3:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if role == Qt.ItemDataRole.ToolTipRole and col == 0:
                return (self.tr("Can it be done: cost, politics, capacity, time, sustainability")
                        if group is Group.FEASIBILITY else
                        self.tr("What it achieves: availability, accessibility, acceptability, quality"))
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return c.name
            if col == 1:
                return self.tr("less is better") if c.direction is Direction.COST else self.tr("more is better")
            if col == 2:
                if c.scale.kind is ScaleKind.ANCHORED:
                    return self.tr("1 to 5, words") if c.scale.anchors else self.tr("1 to 5")
                return range_text(c.scale.low, c.scale.high, c.scale.unit)
            if col == 3:
                return percent(self.shares[c.id]) if c.id in self.shares else "–"
        if role == Qt.ItemDataRole.UserRole:
            return c.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return c.description or c.name
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Everything selectable; nothing edited in place."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
