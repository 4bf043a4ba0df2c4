"""Small dialogs of the stakeholder workspace: add a stakeholder, pick two for a shortest chain.

They are opened with ``open()`` (window-modal, not blocking), so the workshop keeps its pace and
tests can fill them in like a user.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.locale_format import language
from exports.palette import category_colour
from stakeholder_map.model import Category, category_label


def category_icon(category: Category) -> QIcon:
    """A dot in the category's colour."""
    pix = QPixmap(14, 14)
    pix.fill(Qt.GlobalColor.transparent)
    from PySide6.QtGui import QPainter

    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(category_colour(category.value)))
    p.drawEllipse(1, 1, 12, 12)
    p.end()
    return QIcon(pix)


def category_combo(parent: QWidget | None = None) -> QComboBox:
    """A combo of the stakeholder categories with their colours; data is the Category."""
    combo = QComboBox(parent)
    for c in Category:
        combo.addItem(category_icon(c), category_label(c, language()), c)
    return combo


class NewStakeholderDialog(QDialog):
    """Name and category of a stakeholder to add where the facilitator double-clicked."""

    def __init__(self, parent: QWidget | None, category: Category = Category.OTHER_GOVERNMENT) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a stakeholder"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("for example: Ministry of Local Government"))
        self.name.setMinimumWidth(320)
        self.category = category_combo()
        self.category.setCurrentIndex(self.category.findData(category))
        self.power = QSpinBox()
        self.power.setRange(1, 5)
        self.power.setValue(3)
        self.interest = QSpinBox()
        self.interest.setRange(1, 5)
        self.interest.setValue(3)
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Category"), self.category)
        form.addRow(self.tr("&Power (1–5)"), self.power)
        form.addRow(self.tr("&Interest (1–5)"), self.interest)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.name.textChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))
        note = QLabel(self.tr("Other attributes and positions can be set in the inspector."))
        note.setStyleSheet("color: #5d6d7e;")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)

    def chosen_category(self) -> Category:
        """The category picked."""
        return self.category.currentData()


class ChainDialog(QDialog):
    """Two stakeholders whose shortest chain of ties to highlight."""

    def __init__(self, parent: QWidget | None, names: dict[str, str], first: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Shortest chain"))
        self.source = QComboBox()
        self.target = QComboBox()
        for combo in (self.source, self.target):
            for sid, name in sorted(names.items(), key=lambda p: p[1].lower()):
                combo.addItem(name, sid)
            combo.setMinimumWidth(340)
        if first is not None:
            self.source.setCurrentIndex(self.source.findData(first))
        form = QFormLayout()
        form.addRow(self.tr("&From"), self.source)
        form.addRow(self.tr("&To"), self.target)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Highlight"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        note = QLabel(self.tr("The chain follows the direction of authority and funding ties."))
        note.setStyleSheet("color: #5d6d7e;")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def ends(self) -> tuple[str, str]:
        """The chosen source and target ids."""
        return self.source.currentData(), self.target.currentData()
