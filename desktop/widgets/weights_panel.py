"""Weights of the active perspective: the feasibility-impact balance, and one slider with a spin
box per criterion, grouped under Feasibility and Impact, each with its share of the score.

Moving a slider re-ranks live; a whole drag is one undo step (edits merge until the slider is
released). Sliders show each criterion's points relative to the most important one (100); the
scale is kept while the user works with the panel, so a slider never jumps under the mouse, and
is set again when the weights change from elsewhere (undo, a dialog, another perspective).
The panel follows the document without echo: while it updates itself its widgets' signals are
blocked. The buttons open the elicitation dialogs (swing, rank order, AHP).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.controller import DocumentController
from desktop.locale_format import percent
from desktop.widgets.results_style import MUTED
from desktop.widgets.weights_perspectives import PerspectiveBar
from dialogue import edits, edits_decision
from dialogue.model import Change, Edit
from mcda.criteria import Group
from mcda.errors import MCDAError
from mcda.weights import global_weights

SLIDER_MAX = 100


class WeightsPanel(QWidget):
    """Perspective bar, group balance, criterion sliders and elicitation buttons."""

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.perspectives = PerspectiveBar(controller)
        self.perspective = self.perspectives.combo
        self.balance = QSlider(Qt.Orientation.Horizontal)
        self.balance.setRange(0, SLIDER_MAX)
        self.balance.setToolTip(self.tr("Weight of impact against feasibility"))
        self.balance.valueChanged.connect(self._on_balance)
        self.balance.sliderReleased.connect(controller.seal_last_edit)
        self.balance_label = QLabel()
        self.sliders: dict[str, QSlider] = {}
        self.spins: dict[str, QSpinBox] = {}
        self.labels: dict[str, QLabel] = {}
        self._grids: dict[Group, QGridLayout] = {}
        self._boxes: dict[Group, QGroupBox] = {}
        self._scale = 1.0
        self._own = False  # True while the panel pushes its own edit

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<b>Perspective</b> — whose weights")))
        layout.addWidget(self.perspectives)
        balance_box = QGroupBox(self.tr("Feasibility against impact"))
        row = QHBoxLayout(balance_box)
        row.addWidget(QLabel(self.tr("Feasibility")))
        row.addWidget(self.balance, 1)
        row.addWidget(QLabel(self.tr("Impact")))
        layout.addWidget(balance_box)
        layout.addWidget(self.balance_label)
        for group in (Group.FEASIBILITY, Group.IMPACT):
            box = QGroupBox()
            grid = QGridLayout(box)
            grid.setColumnStretch(1, 1)
            grid.setHorizontalSpacing(8)
            grid.setVerticalSpacing(2)
            self._grids[group] = grid
            self._boxes[group] = box
            layout.addWidget(box)
        hint = QLabel(self.tr("Sliders give points against the most important criterion (100); "
                              "the percentage is each criterion's share of the overall score."))
        hint.setWordWrap(True)
        hint.setStyleSheet(f"color: {MUTED};")
        layout.addWidget(hint)
        elicit = QGroupBox(self.tr("Elicit the weights with a method"))
        buttons = QGridLayout(elicit)
        self.swing_button = QPushButton(self.tr("Swing weighting…"))
        self.swing_button.setToolTip(self.tr("Rate how much each criterion's swing from worst to best matters"))
        self.roc_button = QPushButton(self.tr("Rank order…"))
        self.roc_button.setToolTip(self.tr("Put the criteria in order of importance (rank order centroid)"))
        self.ahp_button = QPushButton(self.tr("Pairwise (AHP)…"))
        self.ahp_button.setToolTip(self.tr("Compare the criteria two by two on Saaty's 1 to 9 scale"))
        self.equal_button = QPushButton(self.tr("Equal weights"))
        self.equal_button.setToolTip(self.tr("Every criterion and both groups weigh the same"))
        self.swing_button.clicked.connect(lambda: self.open_swing())
        self.roc_button.clicked.connect(lambda: self.open_roc())
        self.ahp_button.clicked.connect(lambda: self.open_ahp())
        self.equal_button.clicked.connect(self.set_equal)
        buttons.addWidget(self.swing_button, 0, 0)
        buttons.addWidget(self.roc_button, 0, 1)
        buttons.addWidget(self.ahp_button, 1, 0)
        buttons.addWidget(self.equal_button, 1, 1)
        layout.addWidget(elicit)
        layout.addStretch(1)
        self._rebuild()
        controller.changed.connect(self._on_change)
        controller.replaced.connect(self._rebuild)

    # ------------------------------------------------------------------ building
    def _rebuild(self) -> None:
        for grid in self._grids.values():
            while grid.count():
                item = grid.takeAt(0)
                if item.widget() is not None:
                    item.widget().deleteLater()
        self.sliders.clear()
        self.spins.clear()
        self.labels.clear()
        d = self.controller.dialogue
        rows = {Group.FEASIBILITY: 0, Group.IMPACT: 0}
        for c in d.criteria.values():
            grid = self._grids[c.group]
            r = rows[c.group]
            rows[c.group] += 1
            name = QLabel(c.name)
            name.setToolTip(c.description or c.name)
            name.setWordWrap(True)
            name.setMinimumWidth(120)
            name.setMaximumWidth(170)
            slider = QSlider(Qt.Orientation.Horizontal)
            slider.setRange(0, SLIDER_MAX)
            slider.setMinimumWidth(90)
            slider.setToolTip(self.tr("Points for {0}, against the most important criterion (100)").format(c.name))
            slider.valueChanged.connect(lambda v, cid=c.id: self._on_weight(cid, v))
            slider.sliderReleased.connect(self._released)
            spin = QSpinBox()
            spin.setRange(0, SLIDER_MAX)
            spin.setToolTip(slider.toolTip())
            spin.setKeyboardTracking(False)
            spin.valueChanged.connect(lambda v, cid=c.id: self._on_spin(cid, v))
            label = QLabel()
            label.setMinimumWidth(36)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            label.setToolTip(self.tr("Share of the overall score (global weight)"))
            grid.addWidget(name, r, 0)
            grid.addWidget(slider, r, 1)
            grid.addWidget(spin, r, 2)
            grid.addWidget(label, r, 3)
            self.sliders[c.id] = slider
            self.spins[c.id] = spin
            self.labels[c.id] = label
        for group, box in self._boxes.items():
            box.setVisible(rows[group] > 0)
        self._rescale()
        self._refresh()

    def _rescale(self) -> None:
        d = self.controller.dialogue
        if not d.weight_sets:
            self._scale = 1.0
            return
        top = max([*d.active_weight_set.weights.values(), 0.0])
        self._scale = SLIDER_MAX / top if top > 0 else 1.0

    def _refresh(self) -> None:
        """Show the document's weights (signals blocked: no echo back into the document)."""
        d = self.controller.dialogue
        if not d.weight_sets:
            return
        ws = d.active_weight_set
        for cid, slider in self.sliders.items():
            points = min(SLIDER_MAX, round(ws.weights.get(cid, 0.0) * self._scale))
            for widget in (slider, self.spins[cid]):
                if widget.value() != points:
                    widget.blockSignals(True)
                    widget.setValue(points)
                    widget.blockSignals(False)
        f, i = ws.group_weights.get("feasibility", 0.0), ws.group_weights.get("impact", 0.0)
        share = 0.5 if f + i <= 0 else f / (f + i)
        self.balance.blockSignals(True)
        self.balance.setValue(round(SLIDER_MAX * (1 - share)))
        self.balance.blockSignals(False)
        try:
            gw = global_weights(d.criteria.values(), ws.weights, ws.group_weights)
        except MCDAError:
            gw = {}
        totals = {g: sum(gw.get(c.id, 0.0) for c in d.criteria.values() if c.group is g) for g in Group}
        self.balance_label.setText(self.tr("Feasibility {0} · Impact {1} of the overall score").format(
            percent(totals[Group.FEASIBILITY]), percent(totals[Group.IMPACT])))
        self._boxes[Group.FEASIBILITY].setTitle(
            self.tr("Feasibility criteria — {0}").format(percent(totals[Group.FEASIBILITY])))
        self._boxes[Group.IMPACT].setTitle(self.tr("Impact criteria — {0}").format(percent(totals[Group.IMPACT])))
        for cid, label in self.labels.items():
            label.setText(percent(gw[cid]) if cid in gw else "–")

    def _on_change(self, change: Change) -> None:
        if change.collections & {"criteria"}:
            self._rebuild()
        elif change.collections & {"weight_sets", "settings"}:
            if not self._own:
                self._rescale()
            self._refresh()

    # ------------------------------------------------------------------ user input
    def _push(self, edit: Edit) -> bool:
        self._own = True
        try:
            return self.controller.push(edit)
        finally:
            self._own = False

    def _on_weight(self, criterion_id: str, value: int) -> None:
        d = self.controller.dialogue
        ws = d.active_weight_set
        self._push(edits.set_weight(d, ws.id, criterion_id, round(value / self._scale, 6)))

    def _on_spin(self, criterion_id: str, value: int) -> None:
        self._on_weight(criterion_id, value)
        self.controller.seal_last_edit()  # each typed value is its own step

    def _released(self) -> None:
        self.controller.seal_last_edit()
        # The drag is over: the most important criterion may have changed.
        self._rescale()
        self._refresh()

    def _on_balance(self, value: int) -> None:
        d = self.controller.dialogue
        ws = d.active_weight_set
        impact = value / SLIDER_MAX
        edit = edits_decision.set_weights(
            d, ws.id, {}, {"feasibility": round(1 - impact, 4), "impact": round(impact, 4)},
            self.tr("Balance of feasibility and impact"), f"groups:{ws.id}")
        self._push(edit)

    def set_equal(self) -> bool:
        """Every criterion 1 point, feasibility and impact half each (one undo step)."""
        d = self.controller.dialogue
        edit = edits_decision.set_weights(d, d.active_weight_set.id, dict.fromkeys(d.criteria, 1.0),
                                          {"feasibility": 0.5, "impact": 0.5}, self.tr("Equal weights"))
        return self.controller.push(edit)

    # ------------------------------------------------------------------ elicitation dialogs
    def open_swing(self) -> QWidget:
        """Open the swing weighting dialog (returned, already shown)."""
        from desktop.widgets.swing_dialog import SwingDialog

        return self._show(SwingDialog(self.controller, self))

    def open_roc(self) -> QWidget:
        """Open the rank order dialog (returned, already shown)."""
        from desktop.widgets.roc_dialog import RankOrderDialog

        return self._show(RankOrderDialog(self.controller, self))

    def open_ahp(self) -> QWidget:
        """Open the AHP pairwise comparison dialog (returned, already shown)."""
        from desktop.widgets.ahp_dialog import AHPDialog

        return self._show(AHPDialog(self.controller, self))

    def _show(self, dialog: QWidget) -> QWidget:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog
