"""Choose the ranking method: a combo box of the seven methods and a plain sentence on the chosen
one. Every picker of a window shows and sets the same choice (:mod:`desktop.models.method_state`)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.controller import DocumentController
from desktop.models.method_state import method_explanation, method_label, view_state
from desktop.widgets.results_style import MUTED
from mcda.ranking import METHODS


class MethodPicker(QWidget):
    """Combo box and explanation; ``compact`` leaves the explanation as the tooltip."""

    def __init__(self, controller: DocumentController, parent: QWidget | None = None, compact: bool = False) -> None:
        super().__init__(parent)
        self.state = view_state(controller)
        self.combo = QComboBox()
        for m in METHODS:
            self.combo.addItem(method_label(m), m)
            self.combo.setItemData(self.combo.count() - 1, method_explanation(m), Qt.ItemDataRole.ToolTipRole)
        self.combo.activated.connect(lambda i: self.state.set_method(self.combo.itemData(i)))
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setStyleSheet(f"color: {MUTED};")
        self.explanation.setVisible(not compact)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Method")))
        row.addWidget(self.combo)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.explanation)
        self.state.method_changed.connect(self._show)
        self._show(self.state.method)

    def _show(self, method: str) -> None:
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(self.combo.findData(method))
        self.combo.blockSignals(False)
        self.explanation.setText(method_explanation(method))
        self.combo.setToolTip(method_explanation(method))

    def choose(self, method: str) -> None:
        """Choose a method (what picking it in the combo box does)."""
        self.combo.setCurrentIndex(self.combo.findData(method))
        self.combo.activated.emit(self.combo.currentIndex())
