"""The disagreement heat map: options by criteria, each cell the participants' combined score,
coloured by how much they disagree.

Disagreement is the interquartile range or the range of the answers (the user's choice), as a
share of the criterion's scale, so that a 1 to 5 scale and a cost in millions share one colour
scale: white is agreement, orange a spread of a quarter of the scale, red half of it or more.
A dot marks a cell where someone's answer is an outlier (Tukey's fences, see :mod:`mcda.group`).
``Qt.UserRole`` gives the cell's ``(option id, criterion id)``.
"""

from __future__ import annotations

import itertools
import textwrap
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.controller import DocumentController
from desktop.locale_format import general
from dialogue.model import Change
from dialogue.participants import score_summary
from mcda.group import CellSummary, Centre

_Index = QModelIndex | QPersistentModelIndex
_ROLE = Qt.ItemDataRole
NONE = QColor("#eef1f4")
STOPS = ((0.0, QColor("#ffffff")), (0.25, QColor("#f9c98b")), (0.5, QColor("#e0625a")))
WATCHED = frozenset({"participants", "answers", "options", "criteria"})
MEASURES = ("iqr", "range")


def fmt(value: float) -> str:
    """A score as people read it: 4, 4.2, 9.25, 1234.5 (4,2 in French)."""
    return general(round(value, 2))


def disagreement_colour(share: float) -> QColor:
    """White (agreement) to orange (a quarter of the scale) to red (half or more)."""
    share = max(0.0, share)
    for (x0, c0), (x1, c1) in itertools.pairwise(STOPS):
        if share <= x1:
            t = (share - x0) / (x1 - x0)
            return QColor(round(c0.red() + (c1.red() - c0.red()) * t),
                          round(c0.green() + (c1.green() - c0.green()) * t),
                          round(c0.blue() + (c1.blue() - c0.blue()) * t))
    return QColor(STOPS[-1][1])


class DisagreementModel(QAbstractTableModel):
    """Rows are options, columns criteria; read only."""

    def __init__(self, controller: DocumentController) -> None:
        super().__init__()
        self.controller = controller
        self.centre = Centre.MEDIAN
        self.measure = "iqr"
        self.option_ids: list[str] = []
        self.criterion_ids: list[str] = []
        self.cells: dict[tuple[str, str], CellSummary] = {}
        self._reload()
        controller.changed.connect(self._on_change)
        controller.replaced.connect(self.refresh)

    def _reload(self) -> None:
        d = self.controller.dialogue
        self.option_ids = list(d.options)
        self.criterion_ids = list(d.criteria)
        self.cells = score_summary(d, self.centre)

    def refresh(self) -> None:
        """Recompute from the document."""
        self.beginResetModel()
        self._reload()
        self.endResetModel()

    def _on_change(self, change: Change) -> None:
        if change.collections & WATCHED:
            self.refresh()

    def set_centre(self, centre: str) -> None:
        """Combine answers by ``"median"`` or ``"mean"``."""
        self.centre = Centre(centre)
        self.refresh()

    def set_measure(self, measure: str) -> None:
        """Colour by ``"iqr"`` or ``"range"``."""
        if measure not in MEASURES:
            raise ValueError(measure)
        self.measure = measure
        self.refresh()

    def share(self, key: tuple[str, str]) -> float | None:
        """A cell's disagreement as a share of its criterion's scale (None when unanswered)."""
        cell = self.cells.get(key)
        if cell is None:
            return None
        scale = self.controller.dialogue.criteria[key[1]].scale
        spread = cell.iqr if self.measure == "iqr" else cell.range
        return spread / (scale.high - scale.low)

    def key(self, index: _Index) -> tuple[str, str] | None:
        """``(option id, criterion id)`` of a cell."""
        if not index.isValid():
            return None
        return self.option_ids[index.row()], self.criterion_ids[index.column()]

    # ------------------------------------------------------------------ Qt API
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Number of options."""
        return 0 if parent.isValid() else len(self.option_ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Number of criteria."""
        return 0 if parent.isValid() else len(self.criterion_ids)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _ROLE.DisplayRole) -> Any:  # noqa: N802
        """Option names down the side, criterion names (wrapped) across."""
        d = self.controller.dialogue
        if orientation == Qt.Orientation.Vertical:
            if 0 <= section < len(self.option_ids) and role in (_ROLE.DisplayRole, _ROLE.ToolTipRole):
                return d.options[self.option_ids[section]].name
            return None
        if not 0 <= section < len(self.criterion_ids):
            return None
        c = d.criteria[self.criterion_ids[section]]
        if role == _ROLE.DisplayRole:
            return "\n".join(textwrap.wrap(c.name, 13)[:3])
        if role == _ROLE.ToolTipRole:
            return c.name
        return None

    def data(self, index: _Index, role: int = _ROLE.DisplayRole) -> Any:
        """The combined score (a dot when someone is an outlier), coloured by disagreement."""
        key = self.key(index)
        if key is None:
            return None
        cell = self.cells.get(key)
        if role == _ROLE.UserRole:
            return key
        if role == _ROLE.DisplayRole:
            if cell is None:
                return "—"
            return fmt(cell.centre) + (" •" if cell.outliers else "")
        if role == _ROLE.BackgroundRole:
            share = self.share(key)
            return QBrush(NONE if share is None else disagreement_colour(share))
        if role == _ROLE.ForegroundRole:
            return QBrush(QColor("#1a1a1a"))
        if role == _ROLE.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == _ROLE.ToolTipRole:
            return self._tooltip(key, cell)
        return None

    def _tooltip(self, key: tuple[str, str], cell: CellSummary | None) -> str:
        d = self.controller.dialogue
        head = f"{d.options[key[0]].name} — {d.criteria[key[1]].name}"
        if cell is None:
            return head + "\n" + self.tr("Nobody has scored this cell yet.")
        lines = [head, self.tr("%n answer(s)", "", cell.n),
                 self.tr("Median {median}, mean {mean}").format(median=fmt(cell.median), mean=fmt(cell.mean)),
                 self.tr("Range {low} to {high}; interquartile range {iqr}").format(
                     low=fmt(cell.low), high=fmt(cell.high), iqr=fmt(cell.iqr))]
        if cell.outliers:
            names = ", ".join(d.participants[p].name for p in cell.outliers if p in d.participants)
            lines.append(self.tr("Outlier: {names}").format(names=names))
        lines.append(self.tr("Click to see every answer."))
        return "\n".join(lines)
