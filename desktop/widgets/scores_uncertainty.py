"""A small dialog for one score's uncertainty range (low and high), used by SMAA."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.controller import DocumentController
from desktop.locale_format import core_message, general
from dialogue import edits_decision
from mcda.criteria import ScaleKind
from palabre.errors import PalabreError


class UncertaintyDialog(QDialog):
    """Low and high ends of one score's range; "no range" clears it."""

    def __init__(self, controller: DocumentController, option_id: str, criterion_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.option_id, self.criterion_id = option_id, criterion_id
        d = controller.dialogue
        option, c = d.options[option_id], d.criteria[criterion_id]
        score = d.score(option_id, criterion_id)
        self.setWindowTitle(self.tr("Uncertainty of a score"))
        intro = QLabel(self.tr(
            "<b>{0}</b> on <b>{1}</b> scores <b>{2}</b>. How low or high could it plausibly be? "
            "SMAA draws scores evenly within this range.").format(
            escape(option.name), escape(c.name), "–" if score is None else general(score.value)))
        intro.setWordWrap(True)
        step = 0.5 if c.scale.kind is ScaleKind.ANCHORED else max((c.scale.high - c.scale.low) / 100, 0.01)
        decimals = 1 if c.scale.kind is ScaleKind.ANCHORED else 2
        self.low, self.high = QDoubleSpinBox(), QDoubleSpinBox()
        for box in (self.low, self.high):
            box.setRange(c.scale.low, c.scale.high)
            box.setSingleStep(step)
            box.setDecimals(decimals)
            box.setSuffix(f" {c.scale.unit}" if c.scale.unit else "")
        value = score.value if score is not None else c.scale.low
        self.low.setValue(score.low if score is not None and score.low is not None else value)
        self.high.setValue(score.high if score is not None and score.high is not None else value)
        self.none = QCheckBox(self.tr("No range: the score is certain"))
        has_range = score is not None and (score.low is not None or score.high is not None)
        self.none.setChecked(not has_range)
        self.none.toggled.connect(self._toggle)
        self.words = QLabel()
        self.words.setWordWrap(True)
        self.low.valueChanged.connect(lambda _v: self._explain())
        self.high.valueChanged.connect(lambda _v: self._explain())
        form = QFormLayout()
        form.addRow(self.tr("Low"), self.low)
        form.addRow(self.tr("High"), self.high)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.none)
        layout.addLayout(form)
        layout.addWidget(self.words)
        layout.addWidget(buttons)
        self._criterion = c
        self._toggle(self.none.isChecked())
        self.setMinimumWidth(460)

    def _toggle(self, certain: bool) -> None:
        self.low.setEnabled(not certain)
        self.high.setEnabled(not certain)
        self._explain()

    def _explain(self) -> None:
        c = self._criterion
        if self.none.isChecked() or c.scale.kind is not ScaleKind.ANCHORED:
            self.words.setText("")
            return
        self.words.setText(self.tr("From “{0}” to “{1}”.").format(
            c.scale.anchor(self.low.value()), c.scale.anchor(self.high.value())))

    def set_range(self, low: float | None, high: float | None) -> None:
        """Fill the dialog (None, None: no range)."""
        self.none.setChecked(low is None and high is None)
        if low is not None:
            self.low.setValue(low)
        if high is not None:
            self.high.setValue(high)

    def accept(self) -> None:
        """Set the range as one undo step; a refused range keeps the dialog open and says why."""
        d = self.controller.dialogue
        low, high = (None, None) if self.none.isChecked() else (self.low.value(), self.high.value())
        try:
            edit = edits_decision.set_uncertainty(d, self.option_id, self.criterion_id, low, high)
        except PalabreError as exc:
            self.words.setText(f"<span style='color:#c0392b'>{escape(core_message(exc.message))}</span>")
            return
        if self.controller.push(edit):
            super().accept()
