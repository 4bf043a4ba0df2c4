"""The dialog that adds or edits a participant: name or code, whom they speak for, role, and what
they are asked to fill in. It builds the :class:`~dialogue.participants.Participant`; the
workspace turns it into one undoable edit."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.locale_format import core_message, language
from dialogue.model import Dialogue
from dialogue.participants import Participant, Parts, Weighting
from palabre.errors import PalabreError
from stakeholder_map.model import Category, category_label


class ParticipantDialog(QDialog):
    """Add (``participant`` None) or edit a participant."""

    def __init__(self, dialogue: Dialogue, participant: Participant | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dialogue = dialogue
        self.original = participant
        self.setWindowTitle(self.tr("Edit participant") if participant else self.tr("Add participant"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("A name, or a code such as RN-03"))
        self.anonymous = QCheckBox(self.tr("This is a code: never show a name"))
        self.speaks_for = QComboBox()
        # Item data: "s:<stakeholder id>", "c:<category>", or "" for no group.
        self.speaks_for.addItem(self.tr("No particular group"), "")
        for sid, s in dialogue.stakeholders.items():
            self.speaks_for.addItem(s.name, f"s:{sid}")
        self.speaks_for.insertSeparator(self.speaks_for.count())
        for category in Category:
            label = category_label(category, language())
            self.speaks_for.addItem(self.tr("Group: {label}").format(label=label), f"c:{category.value}")
        self.role = QLineEdit()
        self.role.setPlaceholderText(self.tr("For example: budget officer, union delegate"))
        self.parts = QComboBox()
        for part, text in ((Parts.BOTH, self.tr("Scores and weights")), (Parts.SCORES, self.tr("Scores only")),
                           (Parts.WEIGHTS, self.tr("Weights only"))):
            self.parts.addItem(text, part.value)
        self.weighting = QComboBox()
        self.weighting.addItem(self.tr("Points to share out"), Weighting.POINTS.value)
        self.weighting.addItem(self.tr("Pairwise comparisons (AHP)"), Weighting.AHP.value)
        self.error = QLabel()
        self.error.setStyleSheet("color: #c0392b;")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Name or code"), self.name)
        form.addRow("", self.anonymous)
        form.addRow(self.tr("Speaks for"), self.speaks_for)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Asked to fill in"), self.parts)
        form.addRow(self.tr("Weights by"), self.weighting)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.parts.currentIndexChanged.connect(self._parts_changed)
        self.result_participant: Participant | None = None
        if participant is not None:
            self._show(participant)
        self._parts_changed()
        self.resize(520, self.sizeHint().height())

    def _show(self, p: Participant) -> None:
        self.name.setText(p.name)
        self.anonymous.setChecked(p.anonymous)
        key = f"s:{p.stakeholder}" if p.stakeholder else (f"c:{p.category}" if p.category else "")
        index = self.speaks_for.findData(key)
        self.speaks_for.setCurrentIndex(max(0, index))
        self.role.setText(p.role)
        self.parts.setCurrentIndex(max(0, self.parts.findData(p.parts.value)))
        self.weighting.setCurrentIndex(max(0, self.weighting.findData(p.weighting.value)))

    def _parts_changed(self) -> None:
        self.weighting.setEnabled(self.parts.currentData() != Parts.SCORES.value)

    def participant(self) -> Participant:
        """The participant as filled in (raises PalabreError when a field is wrong)."""
        data = self.speaks_for.currentData() or ""
        stakeholder = data[2:] if data.startswith("s:") else ""
        category = data[2:] if data.startswith("c:") else ""
        fields = {"name": self.name.text().strip(), "anonymous": self.anonymous.isChecked(),
                  "stakeholder": stakeholder, "category": category, "role": self.role.text().strip(),
                  "parts": self.parts.currentData(), "weighting": self.weighting.currentData()}
        if self.original is not None:
            return self.original.replace(**fields)
        return Participant(self.dialogue.new_id("participants", "p"), **fields)

    def _accept(self) -> None:
        try:
            self.result_participant = self.participant()
        except PalabreError as exc:
            self.error.setText(core_message(exc.message))
            return
        self.accept()
