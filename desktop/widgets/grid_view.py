"""The power-interest grid (Mendelow 1991): stakeholders by interest (across) and power (up),
the four quadrants named and tinted as in the brief. Dragging a stakeholder to another cell sets
its power and interest (whole numbers 1 to 5) in one undoable edit.

Quadrant boundaries follow :mod:`stakeholder_map.grid`: "high" is 4 or 5.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.locale_format import core_message, language
from desktop.models.stakeholder_session import MapSession
from desktop.models.stakeholder_table import quadrant_labels, stance_text
from desktop.widgets.grid_board import BoardSpec, BoardView, Chip, Region
from desktop.widgets.network_style import short_name
from dialogue import edits_map
from exports.palette import POWER_INTEREST_COLOURS, category_colour
from palabre.errors import PalabreError
from stakeholder_map.grid import HIGH_FROM, Quadrant
from stakeholder_map.model import category_label

LOW = list(range(1, HIGH_FROM))
HIGH = list(range(HIGH_FROM, 6))


class PowerInterestGrid(BoardView):
    """The grid, following the session (selection, changes) and editing through the controller."""

    def __init__(self, session: MapSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.on_drop = self._dropped
        self.chip_clicked.connect(lambda sid: session.select([sid]))
        session.changed.connect(self.refresh)
        session.selection_changed.connect(self.refresh)
        session.style_changed.connect(self.refresh)
        session.option_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Rebuild the board from the document."""
        d = self.session.dialogue
        labels = quadrant_labels()
        names = {1: self.tr("1 low"), 2: "2", 3: "3", 4: "4", 5: self.tr("5 high")}
        # Columns are interest, rows power: a region lists its columns, then its rows.
        regions = [
            Region(LOW, HIGH, POWER_INTEREST_COLOURS["keep_satisfied"],
                   labels[Quadrant.KEEP_SATISFIED.value], "top-left"),
            Region(HIGH, HIGH, POWER_INTEREST_COLOURS["manage_closely"],
                   labels[Quadrant.MANAGE_CLOSELY.value], "top-right"),
            Region(LOW, LOW, POWER_INTEREST_COLOURS["monitor"], labels[Quadrant.MONITOR.value], "top-left"),
            Region(HIGH, LOW, POWER_INTEREST_COLOURS["keep_informed"],
                   labels[Quadrant.KEEP_INFORMED.value], "top-right"),
        ]
        option = self.session.option_id
        option_name = d.options[option].name if option in d.options else ""
        chosen = set(self.session.selection)
        chips = []
        for s in d.stakeholders.values():
            if not self.session.visible(s):
                continue
            tip = self.tr("{0}\n{1} · power {2} · interest {3}").format(
                s.name, category_label(s.category, language()), s.power, s.interest)
            if option_name:
                tip += "\n" + self.tr("On “{0}”: {1}").format(option_name, stance_text(s.stance_on(option)))
            chips.append(Chip(s.id, s.interest, s.power, category_colour(s.category.value),
                              short_name(s.name, 40), tip, selected=s.id in chosen))
        self.scale_factor = self.session.scale
        self.show_spec(BoardSpec(
            columns=[(i, names[i]) for i in range(1, 6)],
            rows=[(p, names[p]) for p in range(5, 0, -1)],
            x_title=self.tr("Interest in the issue →"),
            y_title=self.tr("Power (influence) →"),
            regions=regions, chips=chips))

    def _dropped(self, sid: str, interest: object, power: object) -> None:
        d = self.session.dialogue
        try:
            edit = edits_map.set_power_interest(d, sid, int(power), int(interest))  # type: ignore[call-overload]
        except PalabreError as exc:
            self.session.controller.refused.emit(core_message(exc.message))
            self.refresh()
            return
        if not self.session.controller.push(edit):
            self.refresh()
        self.session.select([sid])
