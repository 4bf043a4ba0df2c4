"""Rankings side by side, one column per perspective, options in consensus order.

Blocking rule (stated in the window): a perspective would block an option when it ranks it in its
bottom quarter, that is at a rank above ``n - max(1, n // 4)`` of n options (for 12 options, ranks
10 to 12; for 3 options, the last). Such cells are marked, and the option's "blocked by" column
names those perspectives. Top-quarter ranks are tinted green.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from mcda.perspectives import PerspectivesResult

_Index = QModelIndex | QPersistentModelIndex
TOP, BLOCK = QColor("#d5efd0"), QColor("#f5c6c0")


def block_rank(n: int) -> int:
    """Ranks strictly above this one are in the bottom quarter (see the module docstring).

    Examples
    --------
    >>> block_rank(12), block_rank(3), block_rank(40)
    (9, 2, 30)
    """
    return n - max(1, n // 4)


def top_rank(n: int) -> int:
    """Ranks up to this one are in the top quarter (at least the first)."""
    return max(1, n // 4)


class PerspectivesModel(QAbstractTableModel):
    """Consensus rank, option, one rank per perspective, and who would block it."""

    def __init__(self) -> None:
        super().__init__()
        self.result: PerspectivesResult | None = None
        self.order: list[int] = []
        self.active = ""

    def set_result(self, result: PerspectivesResult | None, active: str = "") -> None:
        """Show a comparison (None: empty); ``active`` is the active perspective's id."""
        self.beginResetModel()
        self.result = result
        self.active = active
        self.order = [] if result is None else sorted(range(len(result.options)),
                                                      key=lambda i: (int(result.consensus_ranks[i]), i))
        self.endResetModel()

    @property
    def n_perspectives(self) -> int:
        """How many perspectives are compared."""
        return 0 if self.result is None else len(self.result.perspectives)

    def blockers(self, i: int) -> list[str]:
        """Names of the perspectives that would block option i."""
        r = self.result
        if r is None:
            return []
        limit = block_rank(len(r.options))
        return [name for k, name in enumerate(r.perspective_names) if int(r.ranks[k, i]) > limit]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        """One row per option."""
        return 0 if parent.isValid() else len(self.order)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Consensus, option, the perspectives, blocked by."""
        return 0 if parent.isValid() or self.result is None else 3 + self.n_perspectives

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        """Column titles; the active perspective's in bold."""
        r = self.result
        if r is None or orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        k = section - 2
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return self.tr("Consensus")
            if section == 1:
                return self.tr("Option")
            if section == self.columnCount() - 1:
                return self.tr("Blocked by")
            return r.perspective_names[k]
        if role == Qt.ItemDataRole.ToolTipRole:
            if section == 0:
                return self.tr("Rank by the Borda count over all perspectives (mean rank)")
            if section == self.columnCount() - 1:
                return self.tr("Perspectives that rank the option in their bottom quarter")
            if 2 <= section < self.columnCount() - 1:
                return self.tr("The option's rank with the weights of {0}").format(r.perspective_names[k])
        if role == Qt.ItemDataRole.FontRole and 2 <= section < self.columnCount() - 1 \
                and r.perspectives[k] == self.active:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Ranks, tinted green in the top quarter and red in the bottom quarter (blocking)."""
        r = self.result
        if r is None or not index.isValid() or not 0 <= index.row() < len(self.order):
            return None
        i = self.order[index.row()]
        col = index.column()
        last = self.columnCount() - 1
        n = len(r.options)
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return int(r.consensus_ranks[i])
            if col == 1:
                return r.option_names[i]
            if col == last:
                return ", ".join(self.blockers(i))
            return int(r.ranks[col - 2, i])
        if role == Qt.ItemDataRole.UserRole:
            return r.options[i]
        if role == Qt.ItemDataRole.TextAlignmentRole and col not in (1, last):
            return int(Qt.AlignmentFlag.AlignCenter)
        if 2 <= col < last:
            rank = int(r.ranks[col - 2, i])
            if role == Qt.ItemDataRole.BackgroundRole:
                if rank > block_rank(n):
                    return QBrush(BLOCK)
                if rank <= top_rank(n):
                    return QBrush(TOP)
            if role == Qt.ItemDataRole.ToolTipRole and rank > block_rank(n):
                return self.tr("{0} ranks it {1} of {2}: in its bottom quarter, it would likely block it").format(
                    r.perspective_names[col - 2], rank, n)
        if role == Qt.ItemDataRole.ToolTipRole and col == last and self.blockers(i):
            return self.tr("Ranked in the bottom quarter by: {0}").format(", ".join(self.blockers(i)))
        if role == Qt.ItemDataRole.ForegroundRole and col == last:
            return QBrush(QColor("#a93226"))
        return None
