"""Options by criteria: the score table, editable, coloured by value, missing scores marked."""

from __future__ import annotations

import textwrap
from typing import Any

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.controller import DocumentController
from dialogue import edits
from dialogue.model import Change
from mcda.criteria import ScaleKind
from mcda.value_functions import values

_Index = QModelIndex | QPersistentModelIndex
MISSING = QColor("#f3d6d6")


def value_colour(v: float) -> QColor:
    """A light red (worst) to yellow to green (best) background for a 0..1 value."""
    v = min(1.0, max(0.0, v))
    if v < 0.5:
        a, b, t = QColor("#f4b9a8"), QColor("#fbeaa5"), v / 0.5
    else:
        a, b, t = QColor("#fbeaa5"), QColor("#b9dfb0"), (v - 0.5) / 0.5
    return QColor(
        round(a.red() + (b.red() - a.red()) * t),
        round(a.green() + (b.green() - a.green()) * t),
        round(a.blue() + (b.blue() - a.blue()) * t),
    )


class ScoreTableModel(QAbstractTableModel):
    """Rows are options, columns criteria; editing a cell pushes one undoable edit."""

    def __init__(self, controller: DocumentController) -> None:
        super().__init__()
        self.controller = controller
        self._reload()
        controller.changed.connect(self._on_change)
        controller.replaced.connect(self._reset)

    def _reload(self) -> None:
        d = self.controller.dialogue
        self.option_ids = list(d.options)
        self.criterion_ids = list(d.criteria)

    def _reset(self) -> None:
        self.beginResetModel()
        self._reload()
        self.endResetModel()

    def _on_change(self, change: Change) -> None:
        if change.collections & {"options", "criteria"}:
            self._reset()
            return
        if "scores" in change.collections:
            rows = {o: i for i, o in enumerate(self.option_ids)}
            cols = {c: j for j, c in enumerate(self.criterion_ids)}
            for oid, cid in change.keys["scores"]:
                if oid in rows and cid in cols:
                    idx = self.index(rows[oid], cols[cid])
                    self.dataChanged.emit(idx, idx)

    # ------------------------------------------------------------------ Qt API
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Number of options."""
        return 0 if parent.isValid() else len(self.option_ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Number of criteria."""
        return 0 if parent.isValid() else len(self.criterion_ids)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        """Option names down the side, criterion names (with units and direction) across."""
        d = self.controller.dialogue
        if orientation == Qt.Orientation.Vertical:
            if not 0 <= section < len(self.option_ids):
                return None
            option = d.options[self.option_ids[section]]
            if role == Qt.ItemDataRole.DisplayRole:
                return option.name
            if role == Qt.ItemDataRole.ToolTipRole:
                return option.description or option.name
            return None
        if not 0 <= section < len(self.criterion_ids):
            return None
        c = d.criteria[self.criterion_ids[section]]
        if role == Qt.ItemDataRole.DisplayRole:
            # Headers do not wrap by themselves: break long names over lines.
            arrow = " ↓" if c.direction.value == "cost" else ""
            lines = textwrap.wrap(c.name + arrow, 14)
            if c.scale.unit:
                lines += textwrap.wrap(f"({c.scale.unit})", 16)
            return "\n".join(lines[:4])
        if role == Qt.ItemDataRole.ToolTipRole:
            direction = "less is better" if c.direction.value == "cost" else "more is better"
            scale = (f"{c.scale.low:g} to {c.scale.high:g} {c.scale.unit}"
                     if c.scale.kind is ScaleKind.NATURAL else "1 to 5")
            return f"{c.name} ({c.group.value}; {direction}; {scale})\n{c.description}"
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The score, its anchor text as a tooltip, and a colour by value."""
        if not index.isValid():
            return None
        d = self.controller.dialogue
        oid, cid = self.option_ids[index.row()], self.criterion_ids[index.column()]
        score = d.score(oid, cid)
        c = d.criteria[cid]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if score is None:
                return "—" if role == Qt.ItemDataRole.DisplayRole else None
            # Edited as text (a line edit), so that "6,5" and blanks work and bad input gets a message.
            return f"{score.value:g}"
        if role == Qt.ItemDataRole.BackgroundRole:
            if score is None:
                return QBrush(MISSING)
            return QBrush(value_colour(float(values(np.array([score.value]), c)[0])))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#1a1a1a"))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if score is None:
                return f"Missing score: {d.options[oid].name} on {c.name}"
            anchor = c.scale.anchor(score.value)
            rng = ""
            if score.low is not None or score.high is not None:
                rng = f"\nUncertainty: {score.low if score.low is not None else score.value:g} to " \
                      f"{score.high if score.high is not None else score.value:g}"
            return f"{score.value:g}" + (f": {anchor}" if anchor else "") + rng
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Every cell is editable."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """Set a score through an undoable edit; refused values leave the cell unchanged."""
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        oid, cid = self.option_ids[index.row()], self.criterion_ids[index.column()]
        d = self.controller.dialogue
        if value is None or (isinstance(value, str) and not value.strip()):
            new = None
        else:
            try:
                new = float(str(value).replace(",", ".")) if isinstance(value, str) else float(value)
            except ValueError:
                self.controller.refused.emit(f"{value!r} is not a number")
                return False
        current = d.score(oid, cid)
        if current is not None and new is not None and current.value == new:
            return True
        from palabre.errors import PalabreError

        try:
            score = None
            if new is not None:
                from dialogue.values import Score
                low = current.low if current is not None else None
                high = current.high if current is not None else None
                # Keep the uncertainty range only while it still surrounds the new score.
                if (low is not None and low > new) or (high is not None and high < new):
                    low = high = None
                score = Score(new, low, high)
            edit = edits.set_score(d, oid, cid, score)
        except PalabreError as exc:
            self.controller.refused.emit(exc.message)
            return False
        return self.controller.push(edit)
