"""The ranking as a read-only table: rank, option, overall, feasibility and impact scores."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.controller import DocumentController
from mcda.additive import RankedOption
from palabre.errors import PalabreError

_Index = QModelIndex | QPersistentModelIndex
HEADERS = ("Rank", "Option", "Overall", "Feasibility", "Impact")


class RankingModel(QAbstractTableModel):
    """Recomputed from the document after every change (cached by the controller's analysis)."""

    def __init__(self, controller: DocumentController) -> None:
        super().__init__()
        self.controller = controller
        self.rows: list[RankedOption] = []
        self.problem = ""
        self.refresh()
        controller.changed.connect(lambda _change: self.refresh())
        controller.replaced.connect(self.refresh)

    def refresh(self) -> None:
        """Recompute the ranking (a problem such as 'no options' is kept in ``problem``)."""
        self.beginResetModel()
        try:
            self.rows = list(self.controller.analysis.ranking().ranking)
            self.problem = ""
        except PalabreError as exc:
            self.rows = []
            self.problem = exc.message
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Number of ranked options."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Rank, option, overall, feasibility, impact."""
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        """Column titles."""
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(HEADERS):
            return HEADERS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Scores shown with two decimals; incomplete options flagged."""
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            name = self.controller.dialogue.options[r.option].name
            return (r.rank, name + (" (incomplete)" if r.incomplete else ""),
                    f"{r.score:.2f}", f"{r.feasibility:.2f}", f"{r.impact:.2f}")[col]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            align = Qt.AlignmentFlag.AlignLeft if col == 1 else Qt.AlignmentFlag.AlignCenter
            return int(align | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and r.incomplete:
            return "Some scores are missing; they count as the worst level."
        return None
