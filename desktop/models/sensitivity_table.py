"""Weight thresholds as a table: for each criterion, its weight now and the weights at which the
leading option would lose first place (raising or lowering it), and to which option; the most
critical criterion (the smallest change needed) first. See :mod:`mcda.sensitivity`."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.locale_format import number
from mcda.sensitivity import Threshold

_Index = QModelIndex | QPersistentModelIndex
CRITERION, NOW, ABOVE, BELOW, MARGIN = range(5)
CRITICAL = QColor("#fdebd0")


class ThresholdModel(QAbstractTableModel):
    """Rows are criteria, most critical first; set with :meth:`set_thresholds`."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[Threshold] = []
        self.names: dict[str, str] = {}

    def set_thresholds(self, thresholds: list[Threshold], names: dict[str, str]) -> None:
        """Show new thresholds; ``names`` maps option ids to names."""
        self.beginResetModel()
        self.rows = sorted(thresholds, key=lambda t: (t.margin, t.criterion_name))
        self.names = names
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        """One row per criterion."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Criterion, weight now, above, below, smallest change."""
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        """Column titles and what they mean."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 5:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Criterion"), self.tr("Weight now"), self.tr("If raised above"),
                    self.tr("If lowered below"), self.tr("Change needed"))[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return (None, self.tr("The criterion's share of the overall score now (global weight)"),
                    self.tr("Raising this weight past this value (others keeping their proportions) puts "
                            "another option first"),
                    self.tr("Lowering this weight below this value puts another option first"),
                    self.tr("The smallest change of this weight that changes the leader"))[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Weights to two decimals; 'never' when the leader holds whatever the weight."""
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        t = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == CRITERION:
                return t.criterion_name
            if col == NOW:
                return number(t.weight)
            if col in (ABOVE, BELOW):
                change = t.increase if col == ABOVE else t.decrease
                if change is None:
                    return self.tr("never")
                return f"{number(change.weight)} → {self.names.get(change.new_leader, change.new_leader)}"
            return "–" if t.robust else number(t.margin)
        if role == Qt.ItemDataRole.UserRole:
            return t.criterion
        if role == Qt.ItemDataRole.ToolTipRole and col in (ABOVE, BELOW):
            change = t.increase if col == ABOVE else t.decrease
            if change is not None:
                who = self.names.get(change.new_leader, change.new_leader)
                verb = self.tr("rises above") if col == ABOVE else self.tr("falls below")
                return self.tr("If the weight of {0} {1} {2}, {3} comes first").format(
                    t.criterion_name, verb, number(change.weight, 3), who)
        if role == Qt.ItemDataRole.BackgroundRole and not t.robust and t.margin < 0.05:
            return QBrush(CRITICAL)
        if role == Qt.ItemDataRole.ToolTipRole and not t.robust and t.margin < 0.05:
            return self.tr("A change of less than 0.05 in this weight changes which option comes first")
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (NOW, MARGIN):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
