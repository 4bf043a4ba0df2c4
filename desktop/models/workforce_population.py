"""The baseline's population (per area, or for the whole country) as an editable table.

Growth is shown and typed as a percentage a year (2.2 %); the engine stores 0.022. Renaming an
area renames it in the cadre rows too, so that the baseline stays whole; removing an area removes
its cadre rows in the same (undoable) edit.
"""

from __future__ import annotations

import logging
from collections.abc import Hashable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from desktop.models.workforce_base import BaselineTableModel
from desktop.models.workforce_format import (
    area_label,
    count_text,
    number_text,
    parse_number,
    percent_number,
    percent_text,
    plain,
)
from dialogue.edits_workforce import rename_area
from mcda.workforce import Population, WorkforceBaseline
from mcda.workforce.baseline import MAX_GROWTH
from palabre.errors import PalabreError

log = logging.getLogger(__name__)

_Index = QModelIndex | QPersistentModelIndex
AREA, SIZE, GROWTH = range(3)


class PopulationTableModel(BaselineTableModel):
    """One row per population area (one row, "national", when not split)."""

    def __init__(self, controller: Any) -> None:
        self.headers = [self.tr("Area"), self.tr("Population"), self.tr("Growth/yr")]
        super().__init__(controller)

    def row_keys(self, baseline: WorkforceBaseline | None) -> list[Hashable]:
        """The areas, in the baseline's order."""
        return [] if baseline is None else [p.area for p in baseline.population]

    def header_tips(self) -> list[str]:
        """What each column holds."""
        return [self.tr("The area; “national” when the population is given for the whole country"),
                self.tr("Population in the start year"),
                self.tr("Growth a year, as a percentage (used for the years that have no figure)")]

    def population_at(self, row: int) -> Population | None:
        """The population shown on ``row``."""
        if self.baseline is None or not 0 <= row < len(self.baseline.population):
            return None
        return self.baseline.population[row]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Area, population (whole people), growth (%)."""
        p = self.population_at(index.row()) if index.isValid() else None
        if p is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (area_label(p.area), count_text(p.size), percent_text(p.growth))[col]
        if role == Qt.ItemDataRole.EditRole:
            return (p.area, plain(p.size, 0), percent_number(p.growth))[col]
        if role == Qt.ItemDataRole.UserRole:
            return p.area
        if role == Qt.ItemDataRole.ToolTipRole:
            if p.figures:
                years = sorted(p.figures)
                return self.tr("Figures for {first}–{last} come from the imported table; the growth "
                               "applies after {last}.").format(first=years[0], last=years[-1])
            return self.header_tips()[col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col != AREA:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """One cell: one undoable edit; a renamed area is renamed in the cadre rows too."""
        p = self.population_at(index.row()) if index.isValid() else None
        if p is None or role != Qt.ItemDataRole.EditRole:
            return False
        col = index.column()
        where = self.tr("Population of {0}").format(area_label(p.area))
        field = self.headers[col]
        old = p.area
        try:
            if col == AREA:
                area = " ".join(str(value or "").split())
                changes: dict[str, Any] = {"area": area}
            elif col == SIZE:
                size = parse_number(value)
                if size <= 0:
                    raise ValueError(self.tr("must be above 0, got {0}").format(number_text(size, 0)))
                changes = {"size": size}
            else:
                pct = parse_number(value)
                if abs(pct) > MAX_GROWTH * 100:
                    raise ValueError(self.tr("must be from {low} to {high} a year, got {value}").format(
                        low=percent_text(-MAX_GROWTH, 0), high=percent_text(MAX_GROWTH, 0),
                        value=percent_text(pct / 100.0)))
                changes = {"growth": pct / 100.0}
        except ValueError as exc:
            return self.refuse(self.tr("{row}, {field}: {problem}").format(row=where, field=field, problem=exc))

        if col == AREA and old and changes["area"] and changes["area"] != old:
            return self.rename_area(old, changes["area"])

        def build(b: WorkforceBaseline) -> WorkforceBaseline:
            population = tuple(replace(x, **changes) if x.area == old else x for x in b.population)
            cadres = b.cadres
            if col == AREA and changes["area"] != old and old:
                new = changes["area"]
                cadres = tuple(replace(c, area=new if c.area == old else c.area,
                                       transfer_to=new if c.transfer_to == old else c.transfer_to)
                               for c in b.cadres)
            return replace(b, population=population, cadres=cadres)

        return self.push_baseline(build, self.tr("Edit {field} of {row}").format(field=field, row=where))

    def rename_area(self, old: str, new: str) -> bool:
        """Rename an area everywhere (population, cadre rows, transfers, the effects that target
        it and what the gap closed counts) as ONE undoable edit."""
        d = self.controller.dialogue
        try:
            edit = rename_area(d, old, new, self.tr("Rename area {0} to {1}").format(old, new))
        except PalabreError as exc:
            return self.refuse(exc.message)
        return self.controller.push(edit)

    def add_area(self, area: str, size: float) -> bool:
        """Add an area's population (one undoable edit)."""
        area = " ".join(area.split())
        if self.baseline is not None and self.baseline.areas == ("",):
            return self.refuse(self.tr(
                "The population is given for the whole country: first rename its area (double-click "
                "“national”) to one of your areas, then add the others."))
        if not area:
            return self.refuse(self.tr("A new area needs a name."))

        def build(b: WorkforceBaseline) -> WorkforceBaseline:
            return replace(b, population=(*b.population, Population(size, 0.0, area)))

        return self.push_baseline(build, self.tr("Add area {0}").format(area))

    def remove_row(self, row: int) -> bool:
        """Remove an area's population and the cadre rows in that area (one undoable edit)."""
        p = self.population_at(row)
        if p is None:
            return False
        area = p.area

        def build(b: WorkforceBaseline) -> WorkforceBaseline:
            cadres = tuple(replace(c, transfer=0.0, transfer_to="") if c.transfer_to == area else c
                           for c in b.cadres if not area or c.area != area)
            return replace(b, population=tuple(x for x in b.population if x.area != area), cadres=cadres)

        return self.push_baseline(build, self.tr("Remove area {0}").format(area_label(area)))
