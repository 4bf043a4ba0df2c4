"""What the stakeholder workspace's views share: the selection, the option whose positions are
shown, the filters and the highlight, and the map's measures.

It also sorts document changes into two kinds, so that views stay fast while a node is dragged:
``moved(ids)`` when only map places changed (views move items, nothing else), ``changed()`` for
everything else (views refresh what they show). Measures are cached until a ``changed``.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd
from PySide6.QtCore import QObject, Signal

from desktop.controller import DocumentController
from dialogue.model import Change, Dialogue
from stakeholder_map.measures import map_table
from stakeholder_map.model import Category, Stakeholder, TieType

log = logging.getLogger(__name__)

_PLACE_FIELDS = frozenset({"x", "y"})
_OTHER_FIELDS = tuple(f.name for f in dataclasses.fields(Stakeholder) if f.name not in _PLACE_FIELDS)


def only_moved(old: Stakeholder | None, new: Stakeholder | None) -> bool:
    """True when two versions of a stakeholder differ in their map place at most."""
    if old is None or new is None:
        return False
    return all(getattr(old, f) == getattr(new, f) for f in _OTHER_FIELDS)


@dataclass(frozen=True)
class Highlight:
    """Stakeholders (and ties between consecutive ones, for a chain) to show while the rest dims.

    ``kind`` is ``"neighbourhood"``, ``"coalition"`` or ``"chain"``; ``chain`` keeps the order of
    a shortest chain so that only its own ties light up.
    """

    kind: str
    ids: frozenset[str]
    description: str
    chain: tuple[str, ...] = ()

    def lights_tie(self, source: str, target: str) -> bool:
        """Whether a tie between two stakeholders stays lit."""
        if self.kind == "chain":
            pairs = set(zip(self.chain, self.chain[1:], strict=False))
            return (source, target) in pairs or (target, source) in pairs
        if self.kind == "neighbourhood":
            centre = self.chain[0] if self.chain else None
            return centre in (source, target) and source in self.ids and target in self.ids
        return source in self.ids and target in self.ids


class MapSession(QObject):
    """Shared state of the stakeholder workspace (see the module docstring)."""

    moved = Signal(object)  # frozenset of stakeholder ids whose place changed
    changed = Signal()  # anything else about stakeholders, ties or options
    selection_changed = Signal()
    option_changed = Signal()
    filters_changed = Signal()
    highlight_changed = Signal()
    style_changed = Signal()  # presentation mode or size of nodes and labels

    def __init__(self, controller: DocumentController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.selection: list[str] = []
        self.option_id: str | None = None
        self.hidden_types: set[TieType] = set()
        self.hidden_categories: set[Category] = set()
        self.highlight: Highlight | None = None
        self.presentation = False
        self.scale = 1.0  # size of nodes and labels (Ctrl+Plus, Ctrl+Minus)
        self.revision = 0  # bumped on every change other than a move
        self._seen: dict[str, Stakeholder] = {}
        self._measures: tuple[int, pd.DataFrame] | None = None
        self._reset()
        controller.changed.connect(self._on_change)
        controller.replaced.connect(self._on_replaced)

    # ------------------------------------------------------------------ document
    @property
    def dialogue(self) -> Dialogue:
        """The open dialogue."""
        return self.controller.dialogue

    def _reset(self) -> None:
        d = self.controller.dialogue
        self._seen = dict(d.stakeholders)
        if self.option_id not in d.options:
            self.option_id = next(iter(d.options), None)
        self.selection = [s for s in self.selection if s in d.stakeholders]
        if self.highlight and not self.highlight.ids <= set(d.stakeholders):
            self.highlight = None

    def _on_replaced(self) -> None:
        self.selection = []
        self.highlight = None
        self.option_id = None
        self.revision += 1
        self._reset()
        self.changed.emit()
        self.option_changed.emit()
        self.selection_changed.emit()
        self.highlight_changed.emit()

    def _on_change(self, change: Change) -> None:
        touched = change.collections
        if not touched & {"stakeholders", "ties", "options"}:
            return
        d = self.controller.dialogue
        if touched == {"stakeholders"}:
            ids = change.keys["stakeholders"]
            if all(only_moved(self._seen.get(str(i)), d.stakeholders.get(str(i))) for i in ids):
                for i in ids:
                    self._seen[str(i)] = d.stakeholders[str(i)]
                self.moved.emit(frozenset(str(i) for i in ids))
                return
        self.revision += 1
        before = (list(self.selection), self.option_id, self.highlight)
        self._reset()
        self.changed.emit()
        if before[1] != self.option_id:
            self.option_changed.emit()
        if before[0] != self.selection:
            self.selection_changed.emit()
        if before[2] != self.highlight:
            self.highlight_changed.emit()

    def measures(self) -> pd.DataFrame:
        """Centralities, coalition, quadrant and salience of every stakeholder (all tie types).

        From :func:`stakeholder_map.measures.map_table`, cached until something other than a map
        place changes, so that dragging a node never recomputes them.
        """
        if self._measures is None or self._measures[0] != self.revision:
            d = self.controller.dialogue
            table = map_table(d.stakeholders.values(), d.ties.values())
            self._measures = (self.revision, table)
        return self._measures[1]

    # ------------------------------------------------------------------ shared choices
    @property
    def current(self) -> str | None:
        """The stakeholder selected last (the one the inspector shows), or None."""
        return self.selection[-1] if self.selection else None

    def select(self, ids: Iterable[str]) -> None:
        """Select stakeholders (every view follows); unknown ids are ignored."""
        known = self.controller.dialogue.stakeholders
        chosen = [i for i in dict.fromkeys(ids) if i in known]
        if chosen != self.selection:
            self.selection = chosen
            self.selection_changed.emit()

    def set_option(self, option_id: str | None) -> None:
        """Show positions on another option."""
        if option_id != self.option_id and (option_id is None or option_id in self.controller.dialogue.options):
            self.option_id = option_id
            self.option_changed.emit()

    def set_type_visible(self, tie_type: TieType, visible: bool) -> None:
        """Show or hide ties of one type."""
        (self.hidden_types.discard if visible else self.hidden_types.add)(tie_type)
        self.filters_changed.emit()

    def set_category_visible(self, category: Category, visible: bool) -> None:
        """Show or hide stakeholders of one category."""
        (self.hidden_categories.discard if visible else self.hidden_categories.add)(category)
        self.filters_changed.emit()

    def show_everything(self) -> None:
        """Clear every filter."""
        if self.hidden_types or self.hidden_categories:
            self.hidden_types.clear()
            self.hidden_categories.clear()
            self.filters_changed.emit()

    def set_highlight(self, highlight: Highlight | None) -> None:
        """Light some stakeholders and dim the rest (None: light everything)."""
        if highlight != self.highlight:
            self.highlight = highlight
            self.highlight_changed.emit()

    def set_presentation(self, on: bool) -> None:
        """Presentation mode: larger nodes and labels, higher contrast."""
        if on != self.presentation:
            self.presentation = on
            self.scale = 1.6 if on else 1.0
            self.style_changed.emit()

    def zoom_text(self, factor: float) -> None:
        """Make nodes and labels larger or smaller (kept between 0.6 and 3)."""
        new = min(3.0, max(0.6, self.scale * factor))
        if abs(new - self.scale) > 1e-9:
            self.scale = new
            self.style_changed.emit()

    def reset_text(self) -> None:
        """Back to the default size of nodes and labels for the current mode."""
        self.scale = 1.6 if self.presentation else 1.0
        self.style_changed.emit()

    def visible(self, s: Stakeholder) -> bool:
        """Whether a stakeholder passes the category filter."""
        return s.category not in self.hidden_categories
