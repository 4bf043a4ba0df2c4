"""The pairwise comparison matrix of the AHP dialog, as an editable Qt table model.

Cell (i, j) says how much more important criterion i is than criterion j on Saaty's 1 to 9 scale
(Saaty 1980, table 1.1); its mirror (j, i) always holds the reciprocal, and the diagonal is 1.
Either triangle may be edited. The cell holding the most inconsistent judgement (Saaty 2003,
see :func:`mcda.ahp.ahp`) is highlighted, with its mirror.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.locale_format import core_message, general
from mcda.ahp import parse_judgement
from mcda.errors import MCDAError

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "text")


_Index = QModelIndex | QPersistentModelIndex
SAATY = tuple([float(k) for k in range(9, 1, -1)] + [1.0] + [1.0 / k for k in range(2, 10)])
DIAGONAL = QColor("#eceff1")
MIRROR = QColor("#f7f9fa")
HIGHLIGHT = QColor("#f8c471")


def judgement_text(v: float) -> str:
    """A judgement as people write it: ``3``, ``1/3``, ``1``, or a decimal when it is neither
    (``2,5`` in French: :func:`mcda.ahp.parse_judgement` reads decimal commas back).

    Examples
    --------
    >>> judgement_text(3.0), judgement_text(1 / 5), judgement_text(2.5)  # in English
    ('3', '1/5', '2.5')
    """
    if v >= 1:
        return f"{round(v)}" if abs(v - round(v)) < 1e-6 else general(v, 2)
    inv = 1.0 / v
    return f"1/{round(inv)}" if abs(inv - round(inv)) < 1e-6 else general(v, 2)


def judgement_words(v: float) -> str:
    """Saaty's verbal scale for a judgement of the row against the column."""
    level = round(v if v >= 1 else 1.0 / v)
    words = {1: translate("AHP", "equally important"), 2: translate("AHP", "equally to moderately"),
             3: translate("AHP", "moderately"), 4: translate("AHP", "moderately to strongly"),
             5: translate("AHP", "strongly"), 6: translate("AHP", "strongly to very strongly"),
             7: translate("AHP", "very strongly"),
             8: translate("AHP", "very to extremely"), 9: translate("AHP", "extremely")}.get(level, "")
    if level == 1:
        return words
    more = translate("AHP", "more important") if v >= 1 else translate("AHP", "less important")
    return f"{words} {more}"


def nearest_saaty(v: float) -> float:
    """The value of Saaty's scale nearest to ``v`` on a log scale."""
    return min(SAATY, key=lambda s: abs(math.log(s) - math.log(v)))


class AHPMatrixModel(QAbstractTableModel):
    """An n x n reciprocal matrix of judgements, editable cell by cell.

    Signals
    -------
    judgements_changed()
        After any cell changed.
    refused(str)
        A value was refused (not a positive number, or off Saaty's 1/9 to 9).
    """

    judgements_changed = Signal()
    refused = Signal(str)

    def __init__(self, names: list[str]) -> None:
        super().__init__()
        self.names = list(names)
        self.matrix = np.ones((len(names), len(names)))
        self.highlight: tuple[int, int] | None = None

    def reset(self, names: list[str], matrix: np.ndarray | None = None) -> None:
        """New criteria (and optionally judgements); all 1 by default."""
        self.beginResetModel()
        self.names = list(names)
        n = len(names)
        self.matrix = np.ones((n, n)) if matrix is None else np.array(matrix, dtype=float)
        self.highlight = None
        self.endResetModel()
        self.judgements_changed.emit()

    def set_highlight(self, cell: tuple[int, int] | None) -> None:
        """Highlight a judgement and its mirror (None: none)."""
        old = self.highlight
        self.highlight = cell
        for c in (old, cell):
            if c is not None:
                for i, j in (c, c[::-1]):
                    idx = self.index(i, j)
                    self.dataChanged.emit(idx, idx, [Qt.ItemDataRole.BackgroundRole])

    # ------------------------------------------------------------------ Qt API
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        """One row per criterion."""
        return 0 if parent.isValid() else len(self.names)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        """One column per criterion."""
        return 0 if parent.isValid() else len(self.names)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        """Criterion names on both sides (numbered across, to keep columns narrow)."""
        if not 0 <= section < len(self.names):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            name = self.names[section]
            if orientation == Qt.Orientation.Horizontal:
                return f"{section + 1}"
            return f"{section + 1}. {name}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.names[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The judgement as text, grey on the diagonal and mirror, orange when highlighted."""
        if not index.isValid():
            return None
        i, j = index.row(), index.column()
        v = float(self.matrix[i, j])
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return judgement_text(v)
        if role == Qt.ItemDataRole.UserRole:
            return v
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            if self.highlight is not None and (i, j) in (self.highlight, self.highlight[::-1]):
                return QBrush(HIGHLIGHT)
            if i == j:
                return QBrush(DIAGONAL)
            if i > j:
                return QBrush(MIRROR)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and (i == j or i > j):
            return QBrush(QColor("#7b8a97"))
        if role == Qt.ItemDataRole.FontRole and self.highlight is not None and (i, j) == self.highlight:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and i != j:
            return self.tr("{0} is {1} than {2}").format(self.names[i], judgement_words(v), self.names[j]) \
                if v != 1 else self.tr("{0} and {1} are equally important").format(self.names[i], self.names[j])
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Every cell off the diagonal is editable."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base if index.row() == index.column() else base | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """Set a judgement (a number or a fraction such as ``1/3``) and its reciprocal."""
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or index.row() == index.column():
            return False
        i, j = index.row(), index.column()
        try:
            v = parse_judgement(value, self.tr("{0} against {1}").format(self.names[i], self.names[j]))
        except MCDAError as exc:
            self.refused.emit(core_message(exc.message))
            return False
        if not 1 / 9 - 1e-9 <= v <= 9 + 1e-9:
            self.refused.emit(self.tr("{0}: Saaty's scale runs from 1/9 to 9").format(judgement_text(v)))
            return False
        self.matrix[i, j] = v
        self.matrix[j, i] = 1.0 / v
        for a, b in ((i, j), (j, i)):
            idx = self.index(a, b)
            self.dataChanged.emit(idx, idx)
        self.judgements_changed.emit()
        return True
