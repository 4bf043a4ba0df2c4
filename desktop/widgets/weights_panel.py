"""Weights of the active perspective: a feasibility/impact balance and one slider per criterion.

Moving a slider re-ranks live; a whole drag is one undo step (edits merge until the slider is
released). The panel follows the document without echo: while it updates itself from the
document, its sliders' signals are blocked.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from desktop.controller import DocumentController
from dialogue import edits
from dialogue.model import Change, Edit
from mcda.criteria import Group
from mcda.weights import global_weights

SLIDER_MAX = 100


class WeightsPanel(QWidget):
    """Perspective chooser and weight sliders for the active weight set."""

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.perspective = QComboBox()
        self.perspective.setToolTip("Whose weights the ranking uses")
        self.perspective.activated.connect(self._on_perspective)
        self.balance = QSlider(Qt.Orientation.Horizontal)
        self.balance.setRange(0, SLIDER_MAX)
        self.balance.setToolTip("Weight of feasibility against impact")
        self.balance.valueChanged.connect(self._on_balance)
        self.balance.sliderReleased.connect(controller.seal_last_edit)
        self.balance_label = QLabel()
        self.sliders: dict[str, QSlider] = {}
        self.labels: dict[str, QLabel] = {}
        self._groups: dict[Group, QFormLayout] = {}

        layout = QVBoxLayout(self)
        top = QFormLayout()
        top.addRow("Perspective", self.perspective)
        row = QHBoxLayout()
        row.addWidget(QLabel("Feasibility"))
        row.addWidget(self.balance, 1)
        row.addWidget(QLabel("Impact"))
        top.addRow(row)
        top.addRow(self.balance_label)
        layout.addLayout(top)
        for group, title in ((Group.FEASIBILITY, "Feasibility criteria"), (Group.IMPACT, "Impact criteria")):
            box = QGroupBox(title)
            form = QFormLayout(box)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
            self._groups[group] = form
            layout.addWidget(box)
        layout.addStretch(1)
        self._rebuild()
        controller.changed.connect(self._on_change)
        controller.replaced.connect(self._rebuild)

    # ------------------------------------------------------------------ building
    def _rebuild(self) -> None:
        for form in self._groups.values():
            while form.rowCount():
                form.removeRow(0)
        self.sliders.clear()
        self.labels.clear()
        d = self.controller.dialogue
        for c in d.criteria.values():
            slider = QSlider(Qt.Orientation.Horizontal)
            slider.setRange(0, SLIDER_MAX)
            slider.setMinimumWidth(120)
            slider.setToolTip(c.description or c.name)
            slider.valueChanged.connect(lambda v, cid=c.id: self._on_weight(cid, v))
            slider.sliderReleased.connect(self.controller.seal_last_edit)
            label = QLabel()
            label.setMinimumWidth(44)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            row = QHBoxLayout()
            row.addWidget(slider, 1)
            row.addWidget(label)
            name = QLabel(c.name)
            name.setToolTip(c.description)
            self._groups[c.group].addRow(name, row)
            self.sliders[c.id] = slider
            self.labels[c.id] = label
        self._refresh()

    def _refresh(self) -> None:
        """Show the document's weights (signals blocked: no echo back into the document)."""
        d = self.controller.dialogue
        self.perspective.blockSignals(True)
        self.perspective.clear()
        for ws in d.weight_sets.values():
            self.perspective.addItem(ws.name, ws.id)
        if not d.weight_sets:
            self.perspective.blockSignals(False)
            return
        ws = d.active_weight_set
        self.perspective.setCurrentIndex(self.perspective.findData(ws.id))
        self.perspective.blockSignals(False)
        top = max([*ws.weights.values(), 1e-12])
        for cid, slider in self.sliders.items():
            slider.blockSignals(True)
            slider.setValue(round(SLIDER_MAX * ws.weights.get(cid, 0.0) / top))
            slider.blockSignals(False)
        f, i = ws.group_weights.get("feasibility", 0.0), ws.group_weights.get("impact", 0.0)
        share = 0.5 if f + i <= 0 else f / (f + i)
        self.balance.blockSignals(True)
        self.balance.setValue(round(SLIDER_MAX * (1 - share)))
        self.balance.blockSignals(False)
        self.balance_label.setText(f"Feasibility {share:.0%} · Impact {1 - share:.0%}")
        try:
            gw = global_weights(d.criteria.values(), ws.weights, ws.group_weights)
        except Exception:
            gw = {}
        for cid, label in self.labels.items():
            label.setText(f"{gw[cid]:.0%}" if cid in gw else "–")
            label.setToolTip("Share of the overall score (global weight)")

    def _on_change(self, change: Change) -> None:
        if change.collections & {"criteria"}:
            self._rebuild()
        elif change.collections & {"weight_sets", "settings"}:
            self._refresh()

    # ------------------------------------------------------------------ user input
    def _on_perspective(self, index: int) -> None:
        wid = self.perspective.itemData(index)
        if wid and wid != self.controller.dialogue.active_weight_set.id:
            self.controller.push(edits.set_active_weight_set(self.controller.dialogue, wid))

    def _on_weight(self, criterion_id: str, value: int) -> None:
        d = self.controller.dialogue
        ws = d.active_weight_set
        top = max([*ws.weights.values(), 1e-12])
        # Sliders show weights relative to the largest; keep the set's own scale.
        weight = value / SLIDER_MAX * top
        self.controller.push(edits.set_weight(d, ws.id, criterion_id, round(weight, 6)))

    def _on_balance(self, value: int) -> None:
        d = self.controller.dialogue
        ws = d.active_weight_set
        impact = value / SLIDER_MAX
        new = ws.replace(group_weights={"feasibility": round(1 - impact, 4), "impact": round(impact, 4)})
        edit = edits.update_weight_set(d, new)
        self.controller.push(Edit("Balance of feasibility and impact", edit.steps, f"groups:{ws.id}"))
