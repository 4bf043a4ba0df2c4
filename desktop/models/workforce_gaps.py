"""The gap closed by each scenario by the horizon, as a read-only table: central value, the
pessimistic and optimistic runs, and the share of the baseline's gap it closes
(:func:`mcda.workforce.gap_closed`)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.models.headed_table import HeadedTableModel
from desktop.models.workforce_data import WorkforceView
from desktop.models.workforce_format import count_text, percent_text
from mcda.workforce import GapClosed, Scenario, ScenarioKind

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "text")

_Index = QModelIndex | QPersistentModelIndex
SCENARIO, CENTRAL, LOW, HIGH, SHARE = range(5)
KIND_TINT = {ScenarioKind.BUNDLE: QColor("#fdf2e9"), ScenarioKind.ALL: QColor("#eaf2f8")}


def scenario_name(s: Scenario) -> str:
    """A scenario's name in the window's language (options keep their own names)."""
    if s.kind is ScenarioKind.BASELINE:
        return translate("WorkforceScenario", "Baseline (no change)")
    if s.kind is ScenarioKind.ALL:
        return translate("WorkforceScenario", "All options together")
    if s.kind is ScenarioKind.BUNDLE:
        return translate("WorkforceScenario", "Bundle: {0}").format(s.id)
    return s.name


def ranked_gaps(view: WorkforceView) -> list[tuple[Scenario, GapClosed]]:
    """Every scenario with a gap closed, the largest central value first."""
    rows = [(s, view.gaps[s.key]) for s in view.scenarios if s.key in view.gaps]
    return sorted(rows, key=lambda sg: -sg[1].central)


class GapTableModel(HeadedTableModel):
    """One row per scenario with effects, the largest gap closed first; set with :meth:`set_view`."""

    def __init__(self) -> None:
        super().__init__()
        self.headers = [self.tr("Scenario"), self.tr("Gap closed"), self.tr("Low"), self.tr("High"),
                        self.tr("Share of the gap")]
        self.rows: list[tuple[Scenario, GapClosed]] = []

    def set_view(self, view: WorkforceView | None) -> None:
        """Show a revision's gaps closed."""
        self.beginResetModel()
        self.rows = ranked_gaps(view) if view is not None else []
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        """One row per scenario with a gap closed."""
        return 0 if parent.isValid() else len(self.rows)

    def header_tips(self) -> list[str]:
        """What the columns mean."""
        return ["",
                self.tr("Workers added against the need by the horizon, with the central value of "
                        "every effect"),
                self.tr("With every effect at its pessimistic end"),
                self.tr("With every effect at its optimistic end"),
                self.tr("The central gap closed as a share of the baseline's gap at the horizon")]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Whole workers; the share as a percentage; bundles and "all" tinted."""
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        s, g = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == SCENARIO:
                return scenario_name(s)
            if col == SHARE:
                return percent_text(g.share, exact=False) if g.share is not None else ""
            return count_text((g.central, g.low, g.high)[col - CENTRAL])
        if role == Qt.ItemDataRole.UserRole:
            return s.key
        if role == Qt.ItemDataRole.ToolTipRole and col == SCENARIO:
            return scenario_name(s)
        if role == Qt.ItemDataRole.TextAlignmentRole and col != SCENARIO:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and s.kind in KIND_TINT:
            return QBrush(KIND_TINT[s.kind])
        if role == Qt.ItemDataRole.FontRole and s.kind is ScenarioKind.ALL:
            font = QFont()
            font.setBold(True)
            return font
        return None
