"""Options by criteria: the score table, editable, coloured by value, missing scores marked."""

from __future__ import annotations

import textwrap
from typing import Any

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.controller import DocumentController
from desktop.locale_format import core_message, general, parse_number, range_text
from dialogue import edits
from dialogue.model import Change
from mcda.criteria import Criterion, Direction, ScaleKind
from mcda.value_functions import values

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "text")


_Index = QModelIndex | QPersistentModelIndex
MISSING = QColor("#f3d6d6")
NAME_CHARS = 38


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


def criterion_tooltip(c: Criterion) -> str:
    """A criterion's group, direction, scale and, on an anchored scale, the words of each level."""
    if c.direction is Direction.COST:
        direction = translate("Scores", "less is better")
    else:
        direction = translate("Scores", "more is better")
    group = translate("Scores", "feasibility") if c.group.value == "feasibility" else translate("Scores", "impact")
    if c.scale.kind is ScaleKind.NATURAL:
        scale = range_text(c.scale.low, c.scale.high, c.scale.unit)
    else:
        scale = translate("Scores", "1 to 5")
    lines = [f"{c.name} ({group}; {direction}; {scale})"]
    if c.description:
        lines.append(c.description)
    if c.scale.kind is ScaleKind.ANCHORED and c.scale.anchors:
        lines += [f"{k}: {a}" for k, a in enumerate(c.scale.anchors, start=1)]
    return "\n".join(lines)


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
                # Long names would push the scores off screen; the tooltip has the full name.
                return option.name if len(option.name) <= NAME_CHARS else option.name[: NAME_CHARS - 1] + "…"
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{option.name}\n{option.description}" if option.description else option.name
            return None
        if not 0 <= section < len(self.criterion_ids):
            return None
        c = d.criteria[self.criterion_ids[section]]
        if role == Qt.ItemDataRole.DisplayRole:
            # Headers do not wrap by themselves: break long names over lines.
            arrow = " ↓" if c.direction.value == "cost" else ""
            lines = textwrap.wrap(c.name + arrow, 11, break_long_words=False)
            if c.scale.unit:
                lines += textwrap.wrap(f"({c.scale.unit})", 12, break_long_words=False)
            return "\n".join(lines[:4])
        if role == Qt.ItemDataRole.ToolTipRole:
            return criterion_tooltip(c)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The score, its anchor text as a tooltip, and a colour by value."""
        if not index.isValid():
            return None
        d = self.controller.dialogue
        oid, cid = self.option_ids[index.row()], self.criterion_ids[index.column()]
        score = d.score(oid, cid)
        c = d.criteria[cid]
        if role == Qt.ItemDataRole.DisplayRole:
            if score is None:
                return "—"
            if score.low is not None or score.high is not None:
                lo = score.value if score.low is None else score.low
                hi = score.value if score.high is None else score.high
                return f"{general(score.value)}  [{general(lo)}–{general(hi)}]"
            return general(score.value)
        if role == Qt.ItemDataRole.EditRole:
            # A number; the delegate writes it the language's way in a line edit, so that "6,5",
            # "6.5" and blanks work and bad input gets a message.
            return None if score is None else score.value
        if role == Qt.ItemDataRole.UserRole:
            return (oid, cid)
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
                return self.tr("Missing score: {0} on {1}. It counts as the worst level until scored.").format(
                    d.options[oid].name, c.name)
            anchor = c.scale.anchor(score.value)
            unit = f" {c.scale.unit}" if c.scale.unit else ""
            tip = f"{general(score.value)}{unit}" + (f": {anchor}" if anchor else "")
            if score.low is not None or score.high is not None:
                tip += "\n" + self.tr("Uncertainty range for SMAA: {0} to {1}").format(
                    general(score.value if score.low is None else score.low),
                    general(score.value if score.high is None else score.high))
            return tip
        if role == Qt.ItemDataRole.FontRole and score is None:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def criterion_at(self, column: int) -> Criterion:
        """The criterion of a column."""
        return self.controller.dialogue.criteria[self.criterion_ids[column]]

    def cell_ids(self, index: _Index) -> tuple[str, str]:
        """(option id, criterion id) of a cell."""
        return self.option_ids[index.row()], self.criterion_ids[index.column()]

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
                new = parse_number(value) if isinstance(value, str) else float(value)
            except ValueError:
                self.controller.refused.emit(self.tr("{0!r} is not a number").format(value))
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
            self.controller.refused.emit(core_message(exc.message))
            return False
        return self.controller.push(edit)
