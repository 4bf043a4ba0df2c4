"""Editing a score in the table: on an anchored scale, a drop-down of the five levels with their
words; in natural units, a text field that says the scale's bounds.

The editor is a line edit in both cases, so that typing a number and pressing Return works the
same everywhere (decimal commas and blanks too); on an anchored scale it opens a list of the levels
("3 — Mixed or unclear support") and choosing one commits it at once.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop.locale_format import general, range_text
from mcda.criteria import Criterion, ScaleKind


class AnchoredScoreEditor(QLineEdit):
    """A line edit with a drop-down list of the five levels of an anchored scale."""

    def __init__(self, criterion: Criterion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.criterion = criterion
        levels = QStandardItemModel(self)
        anchors = criterion.scale.anchors or ("",) * 5
        for level, words in enumerate(anchors, start=1):
            item = QStandardItem(f"{level}  —  {words}" if words else str(level))
            item.setData(str(level), Qt.ItemDataRole.UserRole)
            item.setToolTip(words)
            levels.appendRow(item)
        # The completer matches and inserts the bare number but shows the words in its list.
        self.levels = levels
        completer = QCompleter(levels, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCompletionRole(Qt.ItemDataRole.UserRole)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.popup().setMinimumWidth(380)
        self.setCompleter(completer)
        self.setPlaceholderText(self.tr("1 to 5"))
        self.setToolTip(self.tr("Type 1 to 5, or choose a level from the list"))
        show = QAction(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowDown), self.tr("Levels"), self)
        show.triggered.connect(self.show_levels)
        self.addAction(show, QLineEdit.ActionPosition.TrailingPosition)

    def show_levels(self) -> None:
        """Open the list of levels."""
        self.completer().setCompletionPrefix("")
        self.completer().complete()


class ScoreDelegate(QStyledItemDelegate):
    """Creates the right editor for each cell from the score table model's criterion."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:  # noqa: N802
        """A levels editor on anchored scales, a plain field in natural units."""
        model = index.model()
        criterion: Criterion = model.criterion_at(index.column())  # type: ignore[attr-defined]
        if criterion.scale.kind is ScaleKind.ANCHORED:
            editor = AnchoredScoreEditor(criterion, parent)
            editor.completer().activated.connect(lambda _text, e=editor: self._commit(e))
            QTimer.singleShot(0, editor.show_levels)
            return editor
        editor = QLineEdit(parent)
        scale = criterion.scale
        editor.setPlaceholderText(range_text(scale.low, scale.high, scale.unit))
        editor.setToolTip(editor.placeholderText())
        return editor

    def _commit(self, editor: QWidget) -> None:
        # A level chosen from the list: write it and close, as Return does.
        self.commitData.emit(editor)
        self.closeEditor.emit(editor)

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        """Start from the cell's current score, written the language's way (``6,5`` in French)."""
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setText("" if value is None else general(value, group=False))  # type: ignore[attr-defined]
        editor.selectAll()  # type: ignore[attr-defined]

    def setModelData(self, editor: QWidget, model: object, index: QModelIndex) -> None:  # noqa: N802
        """Hand the text to the model, which validates it and pushes one edit."""
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)  # type: ignore[attr-defined]
