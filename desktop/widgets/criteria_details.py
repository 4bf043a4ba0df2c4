"""The details of one criterion: name, group, direction, description and scale (anchored 1 to 5
with words for each level, or natural units between bounds).

A change is written when the user leaves a field (one undo step). A new scale that would leave
existing scores outside it asks first, then clears those scores in the same step (undo restores
them).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.controller import DocumentController
from desktop.locale_format import core_message
from desktop.widgets.options_details import CommitTextEdit
from desktop.widgets.results_style import MUTED
from dialogue import edits, edits_decision
from dialogue.limits import MAX_UNIT_CHARS
from dialogue.model import Change
from mcda.criteria import ANCHORED_HIGH, ANCHORED_LOW, Criterion, Direction, Group, Scale, ScaleKind
from palabre.errors import PalabreError


class CriterionDetails(QWidget):
    """A form bound to one criterion (or empty when none is chosen)."""

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.criterion_id: str | None = None
        self.name = QLineEdit()
        self.group = QComboBox()
        self.group.addItem(self.tr("Feasibility"), Group.FEASIBILITY.value)
        self.group.addItem(self.tr("Impact"), Group.IMPACT.value)
        self.direction = QComboBox()
        self.direction.addItem(self.tr("More is better"), Direction.BENEFIT.value)
        self.direction.addItem(self.tr("Less is better (a cost, a delay)"), Direction.COST.value)
        self.description = CommitTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(80)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Anchored 1 to 5, each level described in words"), ScaleKind.ANCHORED.value)
        self.kind.addItem(self.tr("Natural units between bounds (money, months…)"), ScaleKind.NATURAL.value)
        self.anchors = [QLineEdit() for _ in range(5)]
        for k, line in enumerate(self.anchors, start=1):
            line.setPlaceholderText(self.tr("What a score of {0} means").format(k))
        self.low, self.high = QDoubleSpinBox(), QDoubleSpinBox()
        for box in (self.low, self.high):
            box.setRange(-1e9, 1e9)
            box.setDecimals(2)
            box.setKeyboardTracking(False)
        self.unit = QLineEdit()
        self.unit.setMaxLength(MAX_UNIT_CHARS)
        self.unit.setPlaceholderText(self.tr("for example US$ million per year"))

        anchored = QWidget()
        anchored_form = QFormLayout(anchored)
        anchored_form.setContentsMargins(0, 0, 0, 0)
        labels = (self.tr("1 (worst)"), "2", "3", "4", self.tr("5 (best)"))
        for label, line in zip(labels, self.anchors, strict=True):
            anchored_form.addRow(label, line)
        natural = QWidget()
        natural_form = QFormLayout(natural)
        natural_form.setContentsMargins(0, 0, 0, 0)
        natural_form.addRow(self.tr("Lowest plausible"), self.low)
        natural_form.addRow(self.tr("Highest plausible"), self.high)
        natural_form.addRow(self.tr("Unit"), self.unit)
        natural_form.addRow(QLabel(self.tr("Values run linearly between the bounds; with “less is "
                                           "better” the lowest is best.")))
        self.pages = QStackedWidget()
        self.pages.addWidget(anchored)
        self.pages.addWidget(natural)
        scale_box = QGroupBox(self.tr("Scale"))
        scale_layout = QVBoxLayout(scale_box)
        scale_layout.addWidget(self.kind)
        scale_layout.addWidget(self.pages)

        for line in (self.name, self.unit, *self.anchors):
            line.editingFinished.connect(self.commit)
        for box in (self.low, self.high):
            box.editingFinished.connect(self.commit)
        for combo in (self.group, self.direction):
            combo.activated.connect(lambda _i: self.commit())
        self.kind.activated.connect(self._kind_chosen)
        self.description.left.connect(self.commit)

        self.empty = QLabel(self.tr("Choose a criterion in the tree to see and edit it."))
        self.empty.setStyleSheet(f"color: {MUTED};")
        self.form = QWidget()
        form = QFormLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Group"), self.group)
        form.addRow(self.tr("Direction"), self.direction)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(scale_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.form)
        layout.addStretch(1)
        controller.changed.connect(self._on_change)
        controller.replaced.connect(lambda: self.show_criterion(None))
        self.show_criterion(None)

    def show_criterion(self, criterion_id: str | None) -> None:
        """Bind the form to a criterion (committing pending text of the previous one first)."""
        if self.criterion_id is not None and criterion_id != self.criterion_id:
            self.commit()
        self.criterion_id = criterion_id if criterion_id in self.controller.dialogue.criteria else None
        self.empty.setVisible(self.criterion_id is None)
        self.form.setVisible(self.criterion_id is not None)
        self._load()

    def _load(self) -> None:
        if self.criterion_id is None:
            return
        c = self.controller.dialogue.criteria[self.criterion_id]
        widgets = (self.name, self.group, self.direction, self.description, self.kind, self.low, self.high,
                   self.unit, *self.anchors)
        for w in widgets:
            w.blockSignals(True)
        self.name.setText(c.name)
        self.group.setCurrentIndex(self.group.findData(c.group.value))
        self.direction.setCurrentIndex(self.direction.findData(c.direction.value))
        if self.description.toPlainText() != c.description:
            self.description.setPlainText(c.description)
        self.kind.setCurrentIndex(self.kind.findData(c.scale.kind.value))
        self.pages.setCurrentIndex(0 if c.scale.kind is ScaleKind.ANCHORED else 1)
        anchors = c.scale.anchors or ("",) * 5
        for line, text in zip(self.anchors, anchors, strict=True):
            line.setText(text)
        self.low.setValue(c.scale.low)
        self.high.setValue(c.scale.high)
        self.unit.setText(c.scale.unit)
        for w in widgets:
            w.blockSignals(False)
        self._loaded = self._values()

    def _values(self) -> tuple:
        """What the fields say now, to tell a user's change from a field merely left."""
        return (self.name.text(), self.group.currentData(), self.direction.currentData(),
                self.description.toPlainText(), self.kind.currentData(), self.low.value(), self.high.value(),
                self.unit.text(), *(line.text() for line in self.anchors))

    def _on_change(self, change: Change) -> None:
        if self.criterion_id is not None and self.criterion_id not in self.controller.dialogue.criteria:
            self.show_criterion(None)
        elif "criteria" in change.collections:
            self._load()

    def _kind_chosen(self, _index: int) -> None:
        natural = self.kind.currentData() == ScaleKind.NATURAL.value
        self.pages.setCurrentIndex(1 if natural else 0)
        if natural and (self.low.value(), self.high.value()) == (ANCHORED_LOW, ANCHORED_HIGH):
            # A fresh natural scale: 0 to 100 is a better start than 1 to 5.
            self.low.setValue(0.0)
            self.high.setValue(100.0)
        self.commit()

    def built(self) -> Criterion:
        """The criterion the form describes now (raises PalabreError when it is not valid)."""
        c = self.controller.dialogue.criteria[self.criterion_id or ""]
        if self.kind.currentData() == ScaleKind.ANCHORED.value:
            words = tuple(" ".join(line.text().split()) for line in self.anchors)
            scale = Scale(ScaleKind.ANCHORED, ANCHORED_LOW, ANCHORED_HIGH, "",
                          words if any(words) else (), c.scale.points if c.scale.kind is ScaleKind.ANCHORED else ())
        else:
            scale = Scale(ScaleKind.NATURAL, self.low.value(), self.high.value(), self.unit.text().strip())
        return c.replace(
            name=" ".join(self.name.text().split()),
            group=Group(self.group.currentData()),
            direction=Direction(self.direction.currentData()),
            description=self.description.toPlainText().strip(),
            scale=scale,
        )

    def confirm_clear(self, count: int, name: str) -> bool:
        """Ask whether to clear the scores the new scale leaves out (True: go ahead)."""
        answer = QMessageBox.question(
            self, self.tr("Scores outside the new scale"),
            self.tr("Scores on “{0}” outside the new scale: {1}. They will be cleared; Ctrl+Z brings "
                    "them back. Continue?").format(name, count))
        return answer == QMessageBox.StandardButton.Yes

    def commit(self) -> bool:
        """Write the form into the document if anything changed (one undo step)."""
        d = self.controller.dialogue
        if self.criterion_id is None or self.criterion_id not in d.criteria:
            return False
        old = d.criteria[self.criterion_id]
        if self._values() == getattr(self, "_loaded", None):
            return False  # nothing changed since the form was filled
        try:
            new = self.built()
        except PalabreError as exc:
            self.controller.refused.emit(core_message(exc.message))
            self._load()
            return False
        if new == old:
            return False
        outside = edits_decision.scores_outside(d, new)
        if outside:
            if not self.confirm_clear(outside, new.name):
                self._load()
                return False
            edit = edits_decision.update_criterion_clearing(d, new)
        else:
            edit = edits.update_criterion(d, new)
        if not self.controller.push(edit):
            self._load()
            return False
        return True
