"""What one option is and how it scores: shown when it is clicked on the feasibility-impact
matrix (and in the quadrant list beside it)."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from desktop.controller import DocumentController
from desktop.locale_format import general, number
from desktop.models.method_state import method_label, view_state
from desktop.models.options_table import family_label
from desktop.models.results_data import matrix_points, method_result
from desktop.widgets.results_style import MUTED, QUADRANT_COLOUR, quadrant_label
from mcda.criteria import Group
from palabre.errors import PalabreError


class OptionSummary(QTextBrowser):
    """Read-only HTML summary of one option."""

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.state = view_state(controller)
        self.option_id: str | None = None
        self.setOpenLinks(False)
        self.show_option(None)

    def show_option(self, option_id: str | None) -> None:
        """Describe an option (None: say how to choose one)."""
        d = self.controller.dialogue
        self.option_id = option_id if option_id in d.options else None
        if self.option_id is None:
            self.setHtml(f"<p style='color:{MUTED}'>"
                         + escape(self.tr("Click an option on the matrix or in the list to see what it is "
                                          "and how it scores."))
                         + "</p>")
            return
        o = d.options[self.option_id]
        parts = [f"<h3 style='margin-bottom:2px'>{escape(o.name)}</h3>"]
        meta = [family_label(o.family)]
        if o.code:
            meta.append(self.tr("WHO {0}").format(o.code))
        if o.bundle:
            meta.append(self.tr("bundle: {0}").format(o.bundle))
        parts.append(f"<p style='color:{MUTED}; margin-top:0'>{escape(' · '.join(meta))}</p>")
        try:
            point = next(p for p in matrix_points(self.controller) if p.option == o.id)
            result = method_result(self.controller, self.state.method)
            colour = QUADRANT_COLOUR[point.quadrant].name()
            parts.append(
                f"<p><b style='color:{colour}'>{escape(quadrant_label(point.quadrant))}</b> — "
                + escape(self.tr("feasibility {0}, impact {1}; rank {2} of {3} — {4}").format(
                    number(point.feasibility), number(point.impact), result.rank_of(o.id), len(result.options),
                    method_label(self.state.method)))
                + "</p>")
        except (PalabreError, StopIteration):
            pass
        if o.description:
            parts.append(f"<p>{escape(o.description)}</p>")
        if o.expected_cost:
            label = self.tr("Expected cost")
            parts.append(f"<p><b>{escape(label)}:</b> {escape(o.expected_cost)}</p>")
        rows = []
        for group in (Group.FEASIBILITY, Group.IMPACT):
            title = self.tr("Feasibility") if group is Group.FEASIBILITY else self.tr("Impact")
            rows.append(f"<tr><td colspan='2'><b>{escape(title)}</b></td></tr>")
            for c in d.criteria.values():
                if c.group is not group:
                    continue
                s = d.score(o.id, c.id)
                if s is None:
                    missing = self.tr("missing")
                    text = f"<i style='color:#c0392b'>{escape(missing)}</i>"
                else:
                    unit = f" {c.scale.unit}" if c.scale.unit else ""
                    words = c.scale.anchor(s.value)
                    text = escape(f"{general(s.value)}{unit}" + (f" — {words}" if words else ""))
                rows.append(f"<tr><td style='padding-right:10px'>{escape(c.name)}</td><td>{text}</td></tr>")
        parts.append("<table cellspacing='0' cellpadding='2'>" + "".join(rows) + "</table>")
        if o.notes:
            label = self.tr("Notes")
            parts.append(f"<p><b>{escape(label)}:</b> {escape(o.notes)}</p>")
        self.setHtml("".join(parts))
