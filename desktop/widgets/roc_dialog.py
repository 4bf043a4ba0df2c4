"""Rank order centroid: drag the criteria into order of importance and take the centroid weights
``w_i = (1/n) sum_{k=i..n} 1/k`` (Barron & Barrett 1996; :func:`mcda.weights.rank_order_centroid`)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.controller import DocumentController
from desktop.locale_format import percent
from desktop.widgets.weights_elicitation import apply_weights, current_weights, scope_combo, scope_criteria
from mcda.weights import rank_order_centroid


class RankOrderDialog(QDialog):
    """A list to drag into order, most important at the top, with the weights it gives."""

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Rank order — {0}").format(controller.dialogue.active_weight_set.name))
        self.resize(640, 520)
        self.scope = scope_combo(controller)
        self.scope.currentIndexChanged.connect(lambda _i: self._fill())
        intro = QLabel(self.tr(
            "Drag the criteria into order of importance, the most important at the top (or use the "
            "buttons). Only the order counts: the weights are the rank order centroid (Barron and "
            "Barrett 1996), the average of all weights consistent with that order."))
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setAlternatingRowColors(True)
        self.list.setStyleSheet("QListWidget::item { padding: 7px; }")
        self.list.model().rowsMoved.connect(lambda *_a: self._update())
        up, down = QPushButton(self.tr("Up")), QPushButton(self.tr("Down"))
        up.clicked.connect(lambda: self.move_current(-1))
        down.clicked.connect(lambda: self.move_current(+1))
        side = QVBoxLayout()
        side.addWidget(up)
        side.addWidget(down)
        side.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.list, 1)
        middle.addLayout(side)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Use these weights"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scope)
        layout.addWidget(intro)
        layout.addLayout(middle, 1)
        layout.addWidget(buttons)
        self.weights: dict[str, float] = {}
        self._fill()

    @property
    def scope_key(self) -> str:
        """The chosen scope (feasibility, impact or all)."""
        return self.scope.currentData() or "all"

    def _fill(self) -> None:
        criteria = scope_criteria(self.controller, self.scope_key)
        start = current_weights(self.controller, self.scope_key)
        # Start from the current weights' order: the user adjusts rather than starts over.
        criteria.sort(key=lambda c: -start.get(c.id, 0.0))
        self.list.clear()
        for c in criteria:
            item = QListWidgetItem(c.name)
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            item.setToolTip(c.description)
            self.list.addItem(item)
        self._update()

    def order(self) -> list[str]:
        """Criterion ids from the most to the least important."""
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def set_order(self, ids: list[str]) -> None:
        """Put the criteria in this order (what dragging does)."""
        if sorted(ids) != sorted(self.order()):
            raise ValueError("the order must list the same criteria")
        self.list.clear()
        for cid in ids:
            item = QListWidgetItem(cid)
            item.setData(Qt.ItemDataRole.UserRole, cid)
            self.list.addItem(item)
        self._update()

    def move_current(self, delta: int) -> None:
        """Move the selected criterion up (-1) or down (+1)."""
        row = self.list.currentRow()
        target = row + delta
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self._update()

    def _update(self) -> None:
        ids = self.order()
        self.weights = rank_order_centroid(ids) if ids else {}
        names = {c.id: c.name for c in self.controller.dialogue.criteria.values()}
        for i, cid in enumerate(ids):
            self.list.item(i).setText(f"{i + 1}.  {percent(self.weights[cid])}  —  {names.get(cid, cid)}")

    def accept(self) -> None:
        """Put the weights into the active perspective (one undo step) and close."""
        if self.weights and apply_weights(self.controller, self.scope_key, self.weights,
                                          self.tr("Rank order weights")):
            super().accept()
