"""Swing weighting: imagine every criterion at its worst, give 100 to the swing from worst to best
that matters most, and rate the others against it (von Winterfeldt & Edwards 1986, ch. 8;
Belton & Stewart 2002, section 5.4.2; the weights come from :func:`mcda.weights.swing_weights`)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.controller import DocumentController
from desktop.locale_format import core_message, general, percent
from desktop.widgets.results_style import GOOD, MUTED, WARN
from desktop.widgets.weights_elicitation import apply_weights, current_weights, scope_combo, scope_criteria
from mcda.criteria import Criterion, Direction, ScaleKind
from mcda.errors import MCDAError
from mcda.weights import swing_weights


def swing_text(c: Criterion) -> str:
    """From the worst to the best level of a criterion, in words or units."""
    scale = c.scale
    if scale.kind is ScaleKind.ANCHORED and scale.anchors:
        return f"“{scale.anchors[0]}” → “{scale.anchors[-1]}”"
    worst, best = (scale.low, scale.high) if c.direction is Direction.BENEFIT else (scale.high, scale.low)
    unit = f" {scale.unit}" if scale.unit else ""
    return f"{general(worst)}{unit} → {general(best)}{unit}"


class SwingDialog(QDialog):
    """A table of swings with a rating each and the resulting weights, live."""

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Swing weighting — {0}").format(controller.dialogue.active_weight_set.name))
        self.resize(900, 560)
        self.scope = scope_combo(controller)
        self.scope.currentIndexChanged.connect(lambda _i: self._fill())
        intro = QLabel(self.tr(
            "Imagine every option at the <b>worst</b> level of every criterion. Which single change "
            "from worst to best would matter most? Give it <b>100</b>, then rate every other change "
            "against it (50 = half as important). Weights follow from the ratings."))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Criterion"), self.tr("Swing from worst to best"), self.tr("Rating"), self.tr("Weight")])
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.status = QLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Use these weights"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scope)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.spins: dict[str, QSpinBox] = {}
        self.weights: dict[str, float] = {}
        self._fill()

    @property
    def scope_key(self) -> str:
        """The chosen scope (feasibility, impact or all)."""
        return self.scope.currentData() or "all"

    def _fill(self) -> None:
        criteria = scope_criteria(self.controller, self.scope_key)
        start = current_weights(self.controller, self.scope_key)
        top = max(start.values(), default=1.0) or 1.0
        self.table.setRowCount(len(criteria))
        self.spins = {}
        for r, c in enumerate(criteria):
            name = QTableWidgetItem(c.name)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            name.setToolTip(c.description)
            swing = QTableWidgetItem(swing_text(c))
            swing.setFlags(Qt.ItemFlag.ItemIsEnabled)
            spin = QSpinBox()
            spin.setRange(0, 100)
            spin.setValue(round(100 * start.get(c.id, 0.0) / top))
            spin.valueChanged.connect(lambda _v: self._update())
            weight = QTableWidgetItem()
            weight.setFlags(Qt.ItemFlag.ItemIsEnabled)
            weight.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.table.setItem(r, 0, name)
            self.table.setItem(r, 1, swing)
            self.table.setCellWidget(r, 2, spin)
            self.table.setItem(r, 3, weight)
            self.spins[c.id] = spin
        self.table.resizeRowsToContents()
        self._update()

    def set_rating(self, criterion_id: str, rating: int) -> None:
        """Rate one swing (what typing in its spin box does)."""
        self.spins[criterion_id].setValue(rating)

    def _update(self) -> None:
        ratings = {cid: float(s.value()) for cid, s in self.spins.items()}
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        try:
            self.weights = swing_weights(ratings)
        except MCDAError as exc:
            self.weights = {}
            self.status.setText(f"<span style='color:{WARN}'>{core_message(exc.message)}</span>")
            ok.setEnabled(False)
        else:
            self.status.setText(f"<span style='color:{GOOD}'>"
                                + self.tr("Weights are the ratings divided by their total.") + "</span>")
            ok.setEnabled(True)
        for r, cid in enumerate(self.spins):
            item = self.table.item(r, 3)
            item.setText(percent(self.weights[cid]) if cid in self.weights else "–")
            item.setForeground(Qt.GlobalColor.black if cid in self.weights else Qt.GlobalColor.gray)
        self.status.setStyleSheet(f"color: {MUTED};")

    def accept(self) -> None:
        """Put the weights into the active perspective (one undo step) and close."""
        if self.weights and apply_weights(self.controller, self.scope_key, self.weights,
                                          self.tr("Swing weights")):
            super().accept()
