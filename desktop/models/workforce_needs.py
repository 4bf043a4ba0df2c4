"""Combined needs as an editable table: a density per 1,000 population across several cadres,
such as WHO's SDG threshold of 4.45 doctors, nurses and midwives (WHO 2016, Global Strategy on
Human Resources for Health: Workforce 2030), compared with the sum of those cadres' stocks."""

from __future__ import annotations

import re
from collections.abc import Hashable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from desktop.models.workforce_base import BaselineTableModel
from desktop.models.workforce_format import number_text, parse_number, plain
from mcda.workforce import SDG_CADRES, SDG_DENSITY, CombinedNeed, WorkforceBaseline, sdg_threshold

_Index = QModelIndex | QPersistentModelIndex
NAME, DENSITY, CADRES = range(3)
SDG_ID = "sdg"


class CombinedNeedModel(BaselineTableModel):
    """One row per combined need of the baseline."""

    def __init__(self, controller: Any) -> None:
        self.headers = [self.tr("Combined need"), self.tr("Per 1,000"), self.tr("Cadres counted")]
        super().__init__(controller)

    def row_keys(self, baseline: WorkforceBaseline | None) -> list[Hashable]:
        """The combined needs' ids."""
        return [] if baseline is None else [n.id for n in baseline.combined]

    def header_tips(self) -> list[str]:
        """What each column holds."""
        return [self.tr("The need's name, as charts and the brief show it"),
                self.tr("Workers of the cadres counted, together, per 1,000 population"),
                self.tr("The cadres whose stocks are added up against this need, separated by + "
                        "(names or ids)")]

    def need_at(self, row: int) -> CombinedNeed | None:
        """The combined need shown on ``row``."""
        if self.baseline is None or not 0 <= row < len(self.baseline.combined):
            return None
        return self.baseline.combined[row]

    def _cadre_names(self, need: CombinedNeed) -> str:
        b = self.baseline
        names = [b.cadre_name(c) if b is not None else c for c in need.cadres]
        return " + ".join(names)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Name, density, the cadres' names joined by +."""
        n = self.need_at(index.row()) if index.isValid() else None
        if n is None:
            return None
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == NAME:
                return n.name
            if col == DENSITY:
                return number_text(n.density, 2) if role == Qt.ItemDataRole.DisplayRole else plain(n.density, 4)
            return self._cadre_names(n)
        if role == Qt.ItemDataRole.UserRole:
            return n.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return n.source or self.header_tips()[col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col == DENSITY:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _cadre_ids(self, text: str) -> tuple[str, ...]:
        """Cadre ids from names or ids separated by + or commas (raises ValueError)."""
        b = self.baseline
        if b is None:
            return ()
        known = {c.cadre.lower(): c.cadre for c in b.cadres}
        known.update({c.name.lower(): c.cadre for c in b.cadres})
        out: list[str] = []
        for part in re.split(r"[+,;]", text):
            word = " ".join(part.split()).lower()
            if not word:
                continue
            if word not in known:
                names = ", ".join(dict.fromkeys(c.name for c in b.cadres))
                raise ValueError(self.tr("no cadre called “{0}” (the cadres: {1})").format(part.strip(), names))
            if known[word] not in out:
                out.append(known[word])
        if not out:
            raise ValueError(self.tr("name at least one cadre"))
        return tuple(out)

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """One cell: one undoable edit of the baseline."""
        n = self.need_at(index.row()) if index.isValid() else None
        if n is None or role != Qt.ItemDataRole.EditRole:
            return False
        col = index.column()
        try:
            if col == NAME:
                changes: dict[str, Any] = {"name": " ".join(str(value or "").split()) or n.id}
            elif col == DENSITY:
                density = parse_number(value)
                if density < 0:
                    raise ValueError(self.tr("must not be negative, got {0}").format(number_text(density, 2)))
                changes = {"density": density}
            else:
                changes = {"cadres": self._cadre_ids(str(value or ""))}
        except ValueError as exc:
            return self.refuse(self.tr("{row}, {field}: {problem}").format(
                row=n.name, field=self.headers[col], problem=exc))
        ident = n.id

        def build(b: WorkforceBaseline) -> WorkforceBaseline:
            return replace(b, combined=tuple(replace(x, **changes) if x.id == ident else x for x in b.combined))

        return self.push_baseline(build, self.tr("Edit {field} of {row}").format(field=self.headers[col], row=n.name))

    def add_sdg_threshold(self) -> bool:
        """Add (or reset) WHO's SDG threshold: 4.45 doctors, nurses and midwives per 1,000,
        counting the baseline's cadres with these ids (one undoable edit)."""
        b = self.baseline
        if b is None:
            return False
        cadres = tuple(c for c in SDG_CADRES if c in b.cadre_ids)
        if not cadres:
            return self.refuse(self.tr(
                "The SDG threshold counts doctors, nurses and midwives: the baseline has no cadre with "
                "the id doctors, nurses or midwives. Add one, or type the cadres into a combined need."))
        preset = replace(sdg_threshold(cadres, SDG_ID),
                         name=self.tr("Doctors, nurses and midwives (SDG threshold)"))

        def build(base: WorkforceBaseline) -> WorkforceBaseline:
            others = tuple(x for x in base.combined if x.id != SDG_ID)
            return replace(base, combined=(*others, preset))

        text = self.tr("Use the WHO SDG threshold ({0} per 1,000)").format(number_text(SDG_DENSITY, 2))
        return self.push_baseline(build, text)

    def remove_row(self, row: int) -> bool:
        """Remove a combined need (one undoable edit)."""
        n = self.need_at(row)
        if n is None:
            return False
        ident = n.id

        def build(b: WorkforceBaseline) -> WorkforceBaseline:
            return replace(b, combined=tuple(x for x in b.combined if x.id != ident))

        return self.push_baseline(build, self.tr("Remove combined need {0}").format(n.name))
