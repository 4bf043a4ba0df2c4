"""One option's expected workforce effects as an editable table (issue 11).

Each row is an :class:`~mcda.workforce.Effect`: which cadre and area, which flow, a relative
change (typed in %, stored as a fraction) or an absolute one (workers a year), its low, central
and high values, and the years it applies. Every cell edit replaces the option's effects with
ONE undoable :func:`~dialogue.edits_workforce.set_option_effects` edit, which also rescores an
Impact criterion fed by the gap closed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from desktop.controller import DocumentController
from desktop.models.headed_table import HeadedTableModel
from desktop.models.workforce_cadres import CHOICES_ROLE, MUTED
from desktop.models.workforce_format import (
    area_label,
    change_label,
    describe_effect,
    effect_value,
    every_area,
    every_cadre,
    flow_label,
    parse_number,
    parse_year,
    percent_number,
    percent_text,
    plain,
)
from dialogue.edits_workforce import set_option_effects
from dialogue.model import Change as DocumentChange
from dialogue.workforce import baseline_of, effects_of, link_of
from mcda.workforce import Change, Effect, Flow, WorkforceBaseline
from mcda.workforce.effects import MAX_RELATIVE
from palabre.errors import PalabreError

_Index = QModelIndex | QPersistentModelIndex
CADRE, AREA, FLOW, CHANGE, LOW, CENTRAL, HIGH, START, END, NOTE = range(10)
VALUE_COLUMNS = {LOW: "low", CENTRAL: "central", HIGH: "high"}


class EffectsTableModel(HeadedTableModel):
    """The effects of the option chosen with :meth:`set_option`; follows the document."""

    editable = True

    def __init__(self, controller: DocumentController) -> None:
        super().__init__()
        self.headers = [self.tr("Cadre"), self.tr("Area"), self.tr("Flow"), self.tr("Change"),
                        self.tr("Low"), self.tr("Central"), self.tr("High"), self.tr("From"),
                        self.tr("Until"), self.tr("Note")]
        self.controller = controller
        self.option_id: str | None = None
        self.effects: tuple[Effect, ...] = ()
        controller.changed.connect(self._on_change)
        controller.replaced.connect(lambda: self.set_option(None))

    # ------------------------------------------------------------------ following the document
    def set_option(self, option_id: str | None) -> None:
        """Show another option's effects (None: none)."""
        self.beginResetModel()
        self.option_id = option_id if option_id in self.controller.dialogue.options else None
        self.effects = self._stored()
        self.endResetModel()

    def _stored(self) -> tuple[Effect, ...]:
        if self.option_id is None:
            return ()
        return effects_of(self.controller.dialogue).get(self.option_id, ())

    def _on_change(self, change: DocumentChange) -> None:
        if not change.collections & {"effects", "workforce", "options"}:
            return
        if self.option_id is not None and self.option_id not in self.controller.dialogue.options:
            self.set_option(None)
            return
        effects = self._stored()
        if len(effects) != len(self.effects):
            self.set_option(self.option_id)
            return
        self.effects = effects
        if effects:
            self.dataChanged.emit(self.index(0, 0), self.index(len(effects) - 1, NOTE))

    @property
    def baseline(self) -> WorkforceBaseline | None:
        """The dialogue's baseline (the cadre names and areas effects can target)."""
        return baseline_of(self.controller.dialogue)

    def cadre_name(self, cadre: str) -> str:
        """A cadre's display name ("every cadre" for ``""``)."""
        b = self.baseline
        if not cadre:
            return every_cadre()
        try:
            return b.cadre_name(cadre) if b is not None else cadre
        except PalabreError:
            return cadre

    # ------------------------------------------------------------------ Qt API
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        """One row per effect."""
        return 0 if parent.isValid() else len(self.effects)

    def header_tips(self) -> list[str]:
        """What each column holds."""
        return [
            self.tr("The cadre the effect changes, or every cadre"),
            self.tr("The area, or every area of the cadre"),
            self.tr("The flow that changes"),
            self.tr("Relative: a percentage of the flow (−30% is 30% fewer leaving). Absolute: "
                    "workers a year (+40 graduates a year), shared among the rows in proportion "
                    "to their flow"),
            self.tr("The value that is most pessimistic or optimistic at one end of the plausible range"),
            self.tr("The expected value: it gives the option's central projection and its score"),
            self.tr("The other end of the plausible range"),
            self.tr("First year whose flows change (blank: from the start year)"),
            self.tr("Last year whose flows change (blank: to the horizon)"),
            self.tr("Where the figures come from"),
        ]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Each field; the whole effect in one sentence as the tooltip."""
        if not index.isValid() or not 0 <= index.row() < len(self.effects):
            return None
        e = self.effects[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(e, col)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_text(e, col)
        if role == CHOICES_ROLE:
            return self._choices(e, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return describe_effect(e, self.cadre_name(e.cadre) if e.cadre else "") + (
                "\n\n" + e.note if e.note and col == NOTE else "")
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (LOW, CENTRAL, HIGH, START, END):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and (
                (col == CADRE and not e.cadre) or (col == AREA and not e.area)
                or (col in (LOW, HIGH) and getattr(e, VALUE_COLUMNS[col]) == e.central)):
            return MUTED
        return None

    def _display(self, e: Effect, col: int) -> str:
        if col == CADRE:
            return self.cadre_name(e.cadre)
        if col == AREA:
            return area_label(e.area) if e.area else every_area()
        if col == FLOW:
            return flow_label(e.flow)
        if col == CHANGE:
            return change_label(e.change)
        if col in VALUE_COLUMNS:
            return effect_value(e, getattr(e, VALUE_COLUMNS[col]))
        if col == START:
            return "" if e.start is None else str(e.start)
        if col == END:
            return "" if e.end is None else str(e.end)
        return e.note

    def _edit_text(self, e: Effect, col: int) -> Any:
        if col == CADRE:
            return e.cadre
        if col == AREA:
            return e.area
        if col == FLOW:
            return e.flow.value
        if col == CHANGE:
            return e.change.value
        if col in VALUE_COLUMNS:
            v = getattr(e, VALUE_COLUMNS[col])
            return percent_number(v, 0) if e.change is Change.RELATIVE else plain(v, 2)
        return self._display(e, col)

    def _choices(self, e: Effect, col: int) -> list[tuple[str, str]] | None:
        b = self.baseline
        if col == CADRE:
            ids = b.cadre_ids if b is not None else ()
            return [(every_cadre(), ""), *[(self.cadre_name(c), c) for c in ids]]
        if col == AREA:
            rows = [] if b is None else [c for c in b.cadres if not e.cadre or c.cadre == e.cadre]
            areas = list(dict.fromkeys(c.area for c in rows if c.area))
            return [(every_area(), ""), *[(area_label(a), a) for a in areas]]
        if col == FLOW:
            return [(flow_label(f), f.value) for f in Flow]
        if col == CHANGE:
            return [(change_label(c), c.value) for c in Change]
        return None

    # ------------------------------------------------------------------ editing
    def _push(self, effects: tuple[Effect, ...], option_id: str) -> bool:
        d = self.controller.dialogue
        try:
            edit = set_option_effects(d, option_id, effects)
        except PalabreError as exc:
            self.controller.refused.emit(exc.message)
            return False
        return self.controller.push(edit)

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """One cell: the option's effects replaced in one undoable edit, or a refusal naming the field."""
        if (not index.isValid() or role != Qt.ItemDataRole.EditRole or self.option_id is None
                or not 0 <= index.row() < len(self.effects)):
            return False
        row, col = index.row(), index.column()
        e = self.effects[row]
        try:
            new = self._changed(e, col, value)
        except (ValueError, PalabreError) as exc:
            message = exc.message if isinstance(exc, PalabreError) else str(exc)
            self.controller.refused.emit(self.tr("Effect {row}, {field}: {problem}").format(
                row=row + 1, field=self.headers[col], problem=message))
            return False
        if new == e:
            return True
        effects = (*self.effects[:row], new, *self.effects[row + 1:])
        return self._push(effects, self.option_id)

    def _changed(self, e: Effect, col: int, value: Any) -> Effect:
        """The effect with one field changed (raises ValueError or PalabreError)."""
        text = "" if value is None else str(value).strip()
        if col == CADRE:
            b = self.baseline
            areas = [] if b is None else [c.area for c in b.cadres if not text or c.cadre == text]
            return e.replace(cadre=text, area=e.area if e.area in areas else "")
        if col == AREA:
            return e.replace(area=text)
        if col == FLOW:
            return e.replace(flow=Flow(text))
        if col == CHANGE:
            if Change(text) is e.change:
                return e
            # The numbers mean something else now (a fraction, or workers a year): start from zero.
            return e.replace(change=Change(text), low=0.0, central=0.0, high=0.0)
        if col in VALUE_COLUMNS:
            v = self._value(e, value)
            name = VALUE_COLUMNS[col]
            if name == "central":
                return e.replace(central=v, low=min(e.low, v), high=max(e.high, v))  # type: ignore[type-var]
            if name == "low" and v > e.central:
                raise ValueError(self.tr("the low value must not be above the central one ({0})").format(
                    effect_value(e, e.central)))
            if name == "high" and v < e.central:
                raise ValueError(self.tr("the high value must not be below the central one ({0})").format(
                    effect_value(e, e.central)))
            return e.replace(**{name: v})
        if col in (START, END):
            year = parse_year(value)
            return e.replace(**{"start" if col == START else "end": year})
        return e.replace(note=text)

    def _value(self, e: Effect, value: Any) -> float:
        x = parse_number(value)
        if e.change is Change.ABSOLUTE:
            return x
        if not -100.0 <= x <= MAX_RELATIVE * 100:
            raise ValueError(self.tr("a relative change is from {low} (the flow stops) to {high}, got {value}").format(
                low=percent_text(-1.0, 0).replace("-", "−"), high=percent_text(MAX_RELATIVE, 0, signed=True),
                value=percent_text(x / 100.0).replace("-", "−")))
        return x / 100.0

    def default_effect(self) -> Effect:
        """What "Add effect" adds: 10% less attrition (range 5% to 15%) on what the gap closed
        counts (its first cadre and its area), or on every cadre."""
        d = self.controller.dialogue
        b = self.baseline
        link = link_of(d)
        cadre, area = "", ""
        if b is not None:
            target = [t for t in (link.target if link else ()) if t in b.cadre_ids]
            cadre = target[0] if target else b.cadre_ids[0]
            areas = {c.area for c in b.rows_of(cadre)}
            area = link.area if link and link.area in areas else ""
        return Effect(cadre, Flow.ATTRITION, -0.10, Change.RELATIVE, low=-0.15, high=-0.05, area=area)

    def add_effect(self, effect: Effect | None = None) -> bool:
        """Add an effect to the option (one undoable edit)."""
        if self.option_id is None:
            return False
        return self._push((*self.effects, effect or self.default_effect()), self.option_id)

    def remove_row(self, row: int) -> bool:
        """Remove one effect (one undoable edit)."""
        if self.option_id is None or not 0 <= row < len(self.effects):
            return False
        return self._push((*self.effects[:row], *self.effects[row + 1:]), self.option_id)
