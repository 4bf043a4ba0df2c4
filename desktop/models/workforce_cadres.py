"""The baseline's cadre rows as an editable table: stock, flows, transfers and need per cadre and area.

Rates are shown as percentages (5.0 %) and typed as percentages (5 or 5 %); the engine stores
shares (0.05). Every cell edit is one undoable edit; a value out of range is refused with a
message that names the row and the field, before the engine is even asked.
"""

from __future__ import annotations

import re
from collections.abc import Hashable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.models.workforce_base import BaselineTableModel
from desktop.models.workforce_format import (
    area_label,
    count_text,
    fixed,
    number_text,
    parse_number,
    parse_optional,
    percent_number,
    percent_text,
    plain,
    row_label,
)
from mcda.workforce import CadreBaseline, WorkforceBaseline
from mcda.workforce.baseline import RESERVED_IDS

_Index = QModelIndex | QPersistentModelIndex
(NAME, AREA, STOCK, GRADUATES, ATTRITION, RETIREMENT, EMIGRATION, IMMIGRATION, TRANSFER,
 TRANSFER_TO, NEED_DENSITY, NEED_NUMBER) = range(12)
RATE_COLUMNS = {ATTRITION: "attrition", RETIREMENT: "retirement", EMIGRATION: "emigration",
                TRANSFER: "transfer"}
COUNT_COLUMNS = {STOCK: "stock", GRADUATES: "graduates", IMMIGRATION: "immigration",
                 NEED_NUMBER: "need_number"}
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 1
"""Role of a cell's choices, ``[(label, value), ...]``, for the combo-box delegate."""
MUTED = QColor("#7b8a97")


def slug(name: str, taken: set[str]) -> str:
    """A stable id from a display name, unused so far (``Clinical officers`` -> ``clinical_officers``)."""
    base = re.sub(r"[^0-9a-z]+", "_", name.strip().lower()).strip("_")[:40] or "cadre"
    if base in RESERVED_IDS:
        base = f"{base}_cadre"
    ident, n = base, 2
    while ident in taken:
        ident, n = f"{base}_{n}", n + 1
    return ident


class CadreTableModel(BaselineTableModel):
    """One row per cadre and area of the baseline, in the baseline's order."""

    def __init__(self, controller: Any) -> None:
        self.headers = [
            self.tr("Cadre"), self.tr("Area"), self.tr("Stock"), self.tr("Graduates/yr"),
            self.tr("Attrition"), self.tr("Retirement"), self.tr("Emigration"),
            self.tr("Immigration/yr"), self.tr("Transfer"), self.tr("Transfer to"),
            self.tr("Need per 1,000"), self.tr("Need (posts)"),
        ]
        super().__init__(controller)

    def row_keys(self, baseline: WorkforceBaseline | None) -> list[Hashable]:
        """``(cadre, area)`` of every row."""
        return [] if baseline is None else [c.key for c in baseline.cadres]

    def header_tips(self) -> list[str]:
        """What each column holds."""
        return [
            self.tr("The cadre's name (its id stays the same when you rename it)"),
            self.tr("The area of this row; “national” for the whole country"),
            self.tr("Workers in post at the start of the start year"),
            self.tr("Newly trained workers taking up posts in this area each year (a number)"),
            self.tr("Percentage of the stock leaving each year for other reasons than retirement, "
                    "emigration or transfer (resignation, death, another sector)"),
            self.tr("Percentage of the stock retiring each year"),
            self.tr("Percentage of the stock emigrating each year"),
            self.tr("Workers trained abroad taking up posts each year (a number)"),
            self.tr("Percentage of the stock moving each year to posts of the same cadre in another "
                    "area"),
            self.tr("The area transferred workers move to"),
            self.tr("Workers needed per 1,000 population of the area (blank: none, or a number "
                    "of posts instead)"),
            self.tr("Workers needed as a number of posts, constant over the horizon (blank: "
                    "none, or a density instead)"),
        ]

    def cadre_at(self, row: int) -> CadreBaseline | None:
        """The cadre row shown on ``row``."""
        if self.baseline is None or not 0 <= row < len(self.baseline.cadres):
            return None
        return self.baseline.cadres[row]

    def row_name(self, c: CadreBaseline) -> str:
        """How messages name a row: ``Nurses (rural)``."""
        return row_label(c.name, c.area)

    # ------------------------------------------------------------------ reading
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Counts as whole workers, rates as percentages, blank where no need is set."""
        c = self.cadre_at(index.row()) if index.isValid() else None
        if c is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(c, col)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_text(c, col)
        if role == Qt.ItemDataRole.UserRole:
            return c.key
        if role == CHOICES_ROLE:
            return self._choices(c, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            tips = self.header_tips()
            return tips[col] if col < len(tips) else None
        if role == Qt.ItemDataRole.TextAlignmentRole and col not in (NAME, AREA, TRANSFER_TO):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and (
                (col == AREA and not c.area) or (col == TRANSFER_TO and not c.transfer_to)):
            return QBrush(MUTED)
        return None

    def _display(self, c: CadreBaseline, col: int) -> str:
        if col == NAME:
            return c.name
        if col == AREA:
            return area_label(c.area)
        if col in RATE_COLUMNS:
            return percent_text(getattr(c, RATE_COLUMNS[col]))
        if col == TRANSFER_TO:
            return area_label(c.transfer_to) if c.transfer_to else (self.tr("none") if c.area else "")
        if col == NEED_DENSITY:
            return fixed(c.need_density, 2) if c.need_density is not None else ""
        if col == STOCK:
            return count_text(c.stock)
        return number_text(getattr(c, COUNT_COLUMNS[col]), 1)

    def _edit_text(self, c: CadreBaseline, col: int) -> Any:
        if col == NAME:
            return c.name
        if col == AREA:
            return c.area
        if col == TRANSFER_TO:
            return c.transfer_to
        if col in RATE_COLUMNS:
            return percent_number(getattr(c, RATE_COLUMNS[col]))
        if col == NEED_DENSITY:
            return "" if c.need_density is None else plain(c.need_density, 4)
        value = getattr(c, COUNT_COLUMNS[col])
        return "" if value is None else plain(value, 2)

    def _choices(self, c: CadreBaseline, col: int) -> list[tuple[str, str]] | None:
        if self.baseline is None:
            return None
        if col == AREA:
            areas = [a for a in self.baseline.areas if a]
            areas += [x.area for x in self.baseline.cadres if x.area and x.area not in areas]
            return [(area_label(""), ""), *[(area_label(a), a) for a in areas]]
        if col == TRANSFER_TO:
            others = [x.area for x in self.baseline.rows_of(c.cadre) if x.area and x.area != c.area]
            return [(self.tr("none"), ""), *[(area_label(a), a) for a in others]]
        return None

    # ------------------------------------------------------------------ editing
    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """One cell: one undoable edit of the baseline, or a refusal that names the field."""
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        c = self.cadre_at(index.row())
        if c is None:
            return False
        col = index.column()
        field = self.headers[col]
        where = self.row_name(c)
        try:
            changes = self._changes(c, col, value)
        except ValueError as exc:
            return self.refuse(self.tr("{row}, {field}: {problem}").format(row=where, field=field, problem=exc))
        if changes is None:
            return False
        key = c.key

        def build(b: WorkforceBaseline) -> WorkforceBaseline:
            rows = []
            for x in b.cadres:
                if x.key == key:
                    x = replace(x, **changes)
                elif col == NAME and x.cadre == key[0]:
                    x = replace(x, name=changes["name"])
                elif col == AREA and x.cadre == key[0] and x.transfer_to == key[1]:
                    x = replace(x, transfer_to=changes["area"])  # follow the renamed area
                rows.append(x)
            return replace(b, cadres=tuple(rows))

        return self.push_baseline(build, self.tr("Edit {field} of {row}").format(field=field, row=where))

    def _changes(self, c: CadreBaseline, col: int, value: Any) -> dict[str, Any] | None:
        """The fields that change, checked in the user's terms (raises ValueError)."""
        text = "" if value is None else str(value).strip()
        if col == NAME:
            if not text:
                raise ValueError(self.tr("a cadre needs a name"))
            return {"name": " ".join(text.split())}
        if col == AREA:
            return {"area": text}
        if col == TRANSFER_TO:
            return {"transfer_to": text}
        if col in RATE_COLUMNS:
            pct = parse_number(value)
            if not 0.0 <= pct <= 100.0:
                raise ValueError(self.tr("must be from {low} to {high} of the stock a year, got {value}").format(
                    low=percent_text(0.0, 0), high=percent_text(1.0, 0), value=percent_text(pct / 100.0)))
            share = pct / 100.0
            name = RATE_COLUMNS[col]
            others = sum(getattr(c, f) for f in RATE_COLUMNS.values() if f != name)
            if share + others > 1.0 + 1e-12:
                raise ValueError(self.tr(
                    "attrition, retirement, emigration and transfers would add up to {0} of the "
                    "stock a year; no more than the whole stock can leave").format(
                    percent_text(share + others)))
            return {name: share}
        if col == NEED_DENSITY:
            density = parse_optional(value)
            if density is not None and density < 0:
                raise ValueError(self.tr("must not be negative, got {0}").format(number_text(density, 2)))
            return {"need_density": density, "need_number": None if density is not None else c.need_number}
        x = parse_optional(value)
        if x is None:
            if col == NEED_NUMBER:
                return {"need_number": None}
            raise ValueError(self.tr("type a number (0 if there are none)"))
        if x < 0:
            raise ValueError(self.tr("must not be negative, got {0}").format(number_text(x, 2)))
        if col == NEED_NUMBER:
            return {"need_number": x, "need_density": None}
        return {COUNT_COLUMNS[col]: x}

    # ------------------------------------------------------------------ rows
    def add_cadre(self, name: str) -> bool:
        """Add a cadre with zero stock and flows: one row per area when the other cadres are
        split by area, else one national row (one undoable edit)."""
        name = " ".join(name.split())
        if not name:
            return self.refuse(self.tr("A new cadre needs a name."))

        def build(b: WorkforceBaseline) -> WorkforceBaseline:
            taken = set(b.cadre_ids) | {n.id for n in b.combined}
            ident = slug(name, taken)
            # Like the other cadres: split by area when any of them is, else national.
            areas = list(dict.fromkeys(c.area for c in b.cadres if c.area))
            if areas and b.areas != ("",):
                areas = list(b.areas)
            new = tuple(CadreBaseline(ident, 0.0, area=a, name=name) for a in areas or [""])
            return replace(b, cadres=(*b.cadres, *new))

        return self.push_baseline(build, self.tr("Add cadre {0}").format(name))

    def remove_row(self, row: int) -> bool:
        """Remove one cadre row (one undoable edit). Transfers to the area it held and, when
        the cadre is gone, its place in combined needs go with it; effects on it are removed
        by the edit and come back on undo."""
        c = self.cadre_at(row)
        if c is None:
            return False
        key = c.key

        def build(b: WorkforceBaseline) -> WorkforceBaseline:
            rows = []
            for x in b.cadres:
                if x.key == key:
                    continue
                if x.cadre == key[0] and x.transfer_to and x.transfer_to == key[1]:
                    x = replace(x, transfer=0.0, transfer_to="")
                rows.append(x)
            combined = b.combined
            if not any(x.cadre == key[0] for x in rows):
                combined = tuple(
                    replace(n, cadres=tuple(k for k in n.cadres if k != key[0]))
                    for n in b.combined if [k for k in n.cadres if k != key[0]])
            return replace(b, cadres=tuple(rows), combined=combined)

        return self.push_baseline(build, self.tr("Remove cadre row {0}").format(self.row_name(c)))
