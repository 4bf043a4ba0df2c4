"""One QUndoCommand per document edit.

The edit is applied (and validated) by the controller before the command is pushed, so a refused
edit never reaches the stack; the command only replays the edit and its inverse. Consecutive edits
with the same merge key (a slider drag, a node drag) merge into one undo step.

The Undo and Redo menu items show the edit's description in the window's language
(:func:`desktop.locale_format.core_message`); :func:`retranslate` renames the steps already on a
stack after the language changes.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand, QUndoStack

from desktop.locale_format import core_message
from dialogue.model import Dialogue, Edit

MERGEABLE_ID = 4242


class EditCommand(QUndoCommand):
    """Replays a document edit (redo) and its inverse (undo)."""

    def __init__(self, dialogue: Dialogue, edit: Edit, inverse: Edit) -> None:
        super().__init__(core_message(edit.description))
        self._dialogue = dialogue
        self._forward = edit
        self._inverse = inverse
        self._applied = True  # the controller applied it already
        self.sealed = False  # set when a drag ends: later edits start a new undo step

    @property
    def merge_key(self) -> str:
        """The edit's merge key ('' when it never merges)."""
        return self._forward.merge_key

    def id(self) -> int:
        """Qt asks this to decide whether two commands may merge."""
        return MERGEABLE_ID if self._forward.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        """Absorb a following edit with the same merge key into this undo step."""
        if self.sealed or not isinstance(other, EditCommand) or other.merge_key != self.merge_key:
            return False
        # Replaying both in sequence is always right, whatever keys they touch.
        self._forward = Edit(self._forward.description,
                             self._forward.steps + other._forward.steps, self.merge_key)
        self._inverse = Edit(self._inverse.description,
                             other._inverse.steps + self._inverse.steps, self.merge_key)
        return True

    def redo(self) -> None:
        """Apply the edit (skipped the first time: the controller applied it)."""
        if self._applied:
            self._applied = False
            return
        self._inverse = self._dialogue.apply(self._forward)

    def undo(self) -> None:
        """Apply the inverse edit."""
        self._forward = self._dialogue.apply(self._inverse)


def retranslate(stack: QUndoStack) -> None:
    """Give every step on the stack its text in the current language (after a language switch)."""
    for i in range(stack.count()):
        command = stack.command(i)
        if isinstance(command, EditCommand):
            command.setText(core_message(command._forward.description))
