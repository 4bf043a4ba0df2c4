"""The details of one option: name, family, WHO code, bundle, expected cost, description, notes.

Each field is written to the document when the user leaves it (one undo step per change), and the
form follows the document (undo, edits elsewhere) without echo. Below the fields, where the option
stands: its rank under the chosen method and its place on the feasibility-impact matrix.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.controller import DocumentController
from desktop.locale_format import core_message, number
from desktop.models.method_state import method_label, view_state
from desktop.models.options_table import family_label
from desktop.models.results_data import matrix_points, method_result
from desktop.widgets.results_refresh import RefreshOnShow
from desktop.widgets.results_style import MUTED, quadrant_label
from dialogue import edits
from dialogue.limits import MAX_CODE_CHARS
from dialogue.model import Change
from dialogue.values import Family
from palabre.errors import PalabreError


class CommitTextEdit(QPlainTextEdit):
    """A plain text field that says when the user leaves it."""

    left = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        """Leaving the field commits it."""
        super().focusOutEvent(event)
        self.left.emit()


class OptionDetails(QWidget):
    """A form bound to one option (or empty when none is chosen)."""

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.state = view_state(controller)
        self.option_id: str | None = None
        self.name = QLineEdit()
        self.family = QComboBox()
        for f in Family:
            self.family.addItem(family_label(f), f.value)
        self.code = QLineEdit()
        self.code.setMaxLength(MAX_CODE_CHARS)
        self.code.setPlaceholderText(self.tr("for example C1; empty for your own options"))
        self.bundle = QComboBox()
        self.bundle.setEditable(True)
        self.bundle.lineEdit().setPlaceholderText(self.tr("none"))
        self.cost = QLineEdit()
        self.cost.setPlaceholderText(self.tr("for example US$ 1.2 million a year"))
        self.description = CommitTextEdit()
        self.description.setPlaceholderText(self.tr("What the option is, in a sentence or two"))
        self.notes = CommitTextEdit()
        self.notes.setPlaceholderText(self.tr("Evidence, conditions, who raised it…"))
        for edit in (self.description, self.notes):
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(120)
            edit.left.connect(self.commit)
        for line in (self.name, self.code, self.cost):
            line.editingFinished.connect(self.commit)
        self.family.activated.connect(lambda _i: self.commit())
        self.bundle.activated.connect(lambda _i: self.commit())
        self.bundle.lineEdit().editingFinished.connect(self.commit)
        self.standing = QLabel()
        self.standing.setWordWrap(True)
        self.standing.setStyleSheet(f"color: {MUTED};")
        self.empty = QLabel(self.tr("Choose an option in the list to see and edit its details."))
        self.empty.setStyleSheet(f"color: {MUTED};")
        self.form = QWidget()
        form = QFormLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Family"), self.family)
        form.addRow(self.tr("WHO code"), self.code)
        form.addRow(self.tr("Bundle"), self.bundle)
        form.addRow(self.tr("Expected cost"), self.cost)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("Notes"), self.notes)
        form.addRow(self.standing)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.form)
        layout.addStretch(1)
        self.refresher = RefreshOnShow(self, self._load)
        controller.changed.connect(self._on_change)
        controller.replaced.connect(lambda: self.show_option(None))
        self.state.method_changed.connect(lambda _m: self.refresher.request())
        self.show_option(None)

    def show_option(self, option_id: str | None) -> None:
        """Bind the form to an option (committing the previous one's pending text first)."""
        if self.option_id is not None and option_id != self.option_id:
            self.commit()
        d = self.controller.dialogue
        self.option_id = option_id if option_id in d.options else None
        self.empty.setVisible(self.option_id is None)
        self.form.setVisible(self.option_id is not None)
        self._load()

    def _load(self) -> None:
        d = self.controller.dialogue
        if self.option_id is None:
            return
        o = d.options[self.option_id]
        widgets = (self.name, self.family, self.code, self.bundle, self.cost, self.description, self.notes)
        for w in widgets:
            w.blockSignals(True)
        if self.name.text() != o.name:
            self.name.setText(o.name)
        self.family.setCurrentIndex(self.family.findData(o.family.value))
        if self.code.text() != o.code:
            self.code.setText(o.code)
        self.bundle.clear()
        self.bundle.addItem("")
        for b in dict.fromkeys(x.bundle for x in d.options.values() if x.bundle):
            self.bundle.addItem(b)
        self.bundle.setCurrentText(o.bundle)
        if self.cost.text() != o.expected_cost:
            self.cost.setText(o.expected_cost)
        for edit, text in ((self.description, o.description), (self.notes, o.notes)):
            if edit.toPlainText() != text:
                edit.setPlainText(text)
        for w in widgets:
            w.blockSignals(False)
        self._loaded = self._values()
        self._show_standing()

    def _values(self) -> tuple:
        """What the fields say now, to tell a user's change from a field merely left."""
        return (self.name.text(), self.family.currentData(), self.code.text(), self.bundle.currentText(),
                self.cost.text(), self.description.toPlainText(), self.notes.toPlainText())

    def _show_standing(self) -> None:
        if self.option_id is None:
            return
        try:
            result = method_result(self.controller, self.state.method)
            point = next(p for p in matrix_points(self.controller) if p.option == self.option_id)
        except (PalabreError, StopIteration):
            self.standing.setText("")
            return
        rank = result.rank_of(self.option_id)
        self.standing.setText(self.tr(
            "Rank <b>{0}</b> of {1} — {2}.<br>Feasibility {3}, impact {4}: <b>{5}</b>.").format(
            rank, len(result.options), escape(method_label(self.state.method)), number(point.feasibility),
            number(point.impact), escape(quadrant_label(point.quadrant))))

    def _on_change(self, change: Change) -> None:
        if self.option_id is not None and self.option_id not in self.controller.dialogue.options:
            self.show_option(None)
            return
        if "options" in change.collections:
            self._load()  # the fields themselves: at once, so that undo shows in the form
        elif change.collections & {"scores", "criteria", "weight_sets", "settings"}:
            self.refresher.request()  # only the standing line depends on these

    def commit(self) -> bool:
        """Write the form into the document if anything changed (one undo step)."""
        d = self.controller.dialogue
        if self.option_id is None or self.option_id not in d.options:
            return False
        o = d.options[self.option_id]
        if self._values() == getattr(self, "_loaded", None):
            return False  # nothing typed since the form was filled: nothing to write
        try:
            new = o.replace(
                name=" ".join(self.name.text().split()),
                family=Family(self.family.currentData()),
                code=self.code.text().strip().upper(),
                bundle=" ".join(self.bundle.currentText().split()),
                expected_cost=self.cost.text().strip(),
                description=self.description.toPlainText().strip(),
                notes=self.notes.toPlainText().strip(),
            )
        except PalabreError as exc:
            self.controller.refused.emit(core_message(exc.message))
            self._load()
            return False
        if new == o:
            return False
        return self.controller.push(edits.update_option(d, new))
