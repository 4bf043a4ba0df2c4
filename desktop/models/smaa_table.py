"""SMAA rank acceptability as a heat map: one row per option, one column per rank, each cell the
share of sampled weightings in which the option takes that rank (Lahdelma & Salminen 2001)."""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.locale_format import percent
from mcda.smaa import SMAAResult

_Index = QModelIndex | QPersistentModelIndex
# A sequential blue scale (ColorBrewer "Blues"), white for never.
RAMP = [QColor(c) for c in ("#ffffff", "#deebf7", "#9ecae1", "#4292c6", "#2171b5", "#08306b")]


def heat(t: float) -> QColor:
    """The colour of a share already scaled to 0..1 (0 white, 1 deep blue).

    Examples
    --------
    >>> heat(0.0).name(), heat(1.0).name()
    ('#ffffff', '#08306b')
    """
    t = min(1.0, max(0.0, t)) * (len(RAMP) - 1)
    k = min(int(t), len(RAMP) - 2)
    f = t - k
    a, b = RAMP[k], RAMP[k + 1]
    return QColor(round(a.red() + (b.red() - a.red()) * f), round(a.green() + (b.green() - a.green()) * f),
                  round(a.blue() + (b.blue() - a.blue()) * f))


class SMAATableModel(QAbstractTableModel):
    """Options sorted by how often they are first (then by expected rank); ranks across."""

    def __init__(self) -> None:
        super().__init__()
        self.result: SMAAResult | None = None
        self.order: list[int] = []
        self.top = 1.0  # the largest share, which gets the deepest colour

    def set_result(self, result: SMAAResult | None) -> None:
        """Show a result (None: empty)."""
        self.beginResetModel()
        self.result = result
        if result is None:
            self.order = []
        else:
            b = result.rank_acceptability
            expected = b @ np.arange(1, b.shape[1] + 1)
            self.order = [int(i) for i in np.lexsort((expected, -b[:, 0]))]
            self.top = float(b.max()) or 1.0
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        """One row per option."""
        return 0 if parent.isValid() else len(self.order)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        """The option, then one column per rank."""
        if parent.isValid() or self.result is None:
            return 0
        return 1 + self.result.rank_acceptability.shape[1]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        """'Option', then ranks 1st, 2nd, ..."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Option") if section == 0 else str(section)
        if role == Qt.ItemDataRole.ToolTipRole and section > 0:
            return self.tr("Share of the sampled weightings in which the option ranks {0}").format(section)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Percentages coloured from white to blue; blanks where the share rounds to zero."""
        r = self.result
        if r is None or not index.isValid() or not 0 <= index.row() < len(self.order):
            return None
        i = self.order[index.row()]
        col = index.column()
        if col == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return r.option_names[i]
            if role == Qt.ItemDataRole.UserRole:
                return r.options[i]
            return None
        share = float(r.rank_acceptability[i, col - 1])
        if role == Qt.ItemDataRole.DisplayRole:
            pct = round(100 * share)
            return f"{pct}" if pct >= 1 else ("·" if share > 0 else "")
        if role == Qt.ItemDataRole.UserRole:
            return share
        # Square root: small shares still show; scaled to the largest so the scale is used fully.
        t = float(np.sqrt(share / self.top))
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(heat(t))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#ffffff") if t > 0.62 else QColor("#1b2631"))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{0} ranks {1} in {2} of the samples").format(r.option_names[i], col, percent(share, 1))
        return None
