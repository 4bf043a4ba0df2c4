"""The ranking as a read-only table: rank, option, how the rank moved against the additive
model, the method's own score, feasibility and impact scores, and the quadrant.

It follows the method chosen in the window (:mod:`desktop.models.method_state`) and the document,
and is rebuilt after every change (the ranking itself is cached per document revision).
"""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.controller import DocumentController
from desktop.locale_format import core_message, number
from desktop.models.method_state import score_label, view_state
from desktop.models.results_data import method_result
from desktop.widgets.results_style import quadrant_label
from mcda.feasibility import quadrant
from mcda.ranking import MethodResult
from palabre.errors import PalabreError

_Index = QModelIndex | QPersistentModelIndex
RANK, OPTION, CHANGE, SCORE, FEASIBILITY, IMPACT, QUADRANT = range(7)
UP, DOWN = QColor("#1e8449"), QColor("#c0392b")


class RankingModel(QAbstractTableModel):
    """Options in rank order under the chosen method (``method`` fixes one instead)."""

    def __init__(self, controller: DocumentController, method: str | None = None) -> None:
        super().__init__()
        self.controller = controller
        self.state = view_state(controller)
        self.fixed_method = method
        self.result: MethodResult | None = None
        self.baseline: dict[str, int] = {}
        self.order: list[int] = []
        self.problem = ""
        self.refresh()
        controller.changed.connect(lambda _change: self.refresh())
        controller.replaced.connect(self.refresh)
        if method is None:
            self.state.method_changed.connect(lambda _m: self.refresh())

    @property
    def method(self) -> str:
        """The method whose ranking this table shows."""
        return self.fixed_method or self.state.method

    @property
    def option_ids(self) -> list[str]:
        """Option ids in rank order."""
        if self.result is None:
            return []
        return [self.result.options[i] for i in self.order]

    def refresh(self) -> None:
        """Recompute the ranking (a problem such as 'no options' is kept in ``problem``)."""
        self.beginResetModel()
        try:
            self.result = method_result(self.controller, self.method)
            self.order = self.result.order()
            additive = self.result if self.method == "wsm" else method_result(self.controller, "wsm")
            self.baseline = {o: int(r) for o, r in zip(additive.options, additive.ranks, strict=True)}
            self.problem = ""
        except PalabreError as exc:
            self.result, self.order, self.baseline = None, [], {}
            self.problem = core_message(exc.message)
        self.endResetModel()

    # ------------------------------------------------------------------ Qt API
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Number of ranked options."""
        return 0 if parent.isValid() else len(self.order)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Rank, option, change, score, feasibility, impact, quadrant."""
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        """Column titles; the score column is named after the method."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 7:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Rank"), self.tr("Option"), self.tr("vs additive"), score_label(self.method),
                    self.tr("Feasibility"), self.tr("Impact"), self.tr("Quadrant"))[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return (self.tr("1 is best; options with equal scores share a rank"), None,
                    self.tr("How many places the option moved compared with the additive value model"),
                    self.tr("The figure the method ranks by"),
                    self.tr("Weighted value of the feasibility criteria (0 to 1)"),
                    self.tr("Weighted value of the impact criteria (0 to 1)"),
                    self.tr("Place on the feasibility-impact matrix"))[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text, alignment, colours of rank changes and tooltips."""
        r = self.result
        if r is None or not index.isValid() or not 0 <= index.row() < len(self.order):
            return None
        i = self.order[index.row()]
        col = index.column()
        oid = r.options[i]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, i, oid, col)
        if role == Qt.ItemDataRole.UserRole:
            return oid
        if role == Qt.ItemDataRole.TextAlignmentRole:
            align = Qt.AlignmentFlag.AlignLeft if col in (OPTION, QUADRANT) else Qt.AlignmentFlag.AlignCenter
            return int(align | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and col == CHANGE:
            moved = self.baseline.get(oid, int(r.ranks[i])) - int(r.ranks[i])
            return QBrush(UP if moved > 0 else DOWN) if moved else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == OPTION:
                o = self.controller.dialogue.options.get(oid)
                tip = o.description if o is not None and o.description else r.option_names[i]
                if r.incomplete is not None and r.incomplete[i]:
                    tip += "\n" + self.tr("Some scores are missing; they count as the worst level.")
                return tip
            if col == CHANGE:
                base = self.baseline.get(oid)
                return self.tr("Rank {0} in the additive value model").format(base) if base else None
        return None

    def _text(self, r: MethodResult, i: int, oid: str, col: int) -> Any:
        if col == RANK:
            return int(r.ranks[i])
        if col == OPTION:
            incomplete = r.incomplete is not None and bool(r.incomplete[i])
            return r.option_names[i] + (self.tr(" (incomplete)") if incomplete else "")
        if col == CHANGE:
            moved = self.baseline.get(oid, int(r.ranks[i])) - int(r.ranks[i])
            return "=" if moved == 0 else (f"▲ {moved}" if moved > 0 else f"▼ {-moved}")
        if col == SCORE:
            if self.method == "electre1":
                return self.tr("yes") if r.scores[i] > 0 else self.tr("no")
            return number(float(r.scores[i]), 3 if self.method != "wsm" else 2)
        if r.feasibility is None or r.impact is None:
            return ""
        f, m = float(r.feasibility[i]), float(r.impact[i])
        if col == FEASIBILITY:
            return number(f)
        if col == IMPACT:
            return number(m)
        return quadrant_label(quadrant(f, m)) if np.isfinite(f + m) else ""
