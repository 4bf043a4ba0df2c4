"""The open document as the window sees it: the Dialogue, its undo stack, its file.

Views never change the Dialogue directly: they build an edit with :mod:`dialogue.edits` and call
:meth:`DocumentController.push`. The controller turns document changes into a Qt signal that
models and views listen to, and tracks "modified" as "undo stack not clean".
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from desktop.locale_format import core_message
from desktop.undo import EditCommand
from dialogue.analysis import Analysis
from dialogue.encrypted_file import load_encrypted, save_encrypted
from dialogue.model import Change, Dialogue, Edit
from dialogue.native_file import load, save
from palabre.errors import PalabreError

log = logging.getLogger(__name__)


class DocumentController(QObject):
    """Owns the open dialogue, its undo stack and its path.

    Signals
    -------
    changed(Change)
        After every edit, undo and redo.
    replaced()
        After a different dialogue was opened or created (views rebuild everything).
    refused(str)
        An edit was refused; the message says why (the document is unchanged).
    """

    changed = Signal(object)
    replaced = Signal()
    refused = Signal(str)

    def __init__(self, dialogue: Dialogue, path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.dialogue = dialogue
        self.path = path
        # Set when the file is encrypted: Save encrypts again with it. Kept in memory only.
        self.passphrase: str | None = None
        self.analysis = Analysis(dialogue)
        dialogue.subscribe(self._on_change)

    # ------------------------------------------------------------- editing
    def push(self, edit: Edit) -> bool:
        """Apply an edit as one undoable step; returns False (and emits refused) if invalid."""
        if not edit.steps:
            return True
        try:
            inverse = self.dialogue.apply(edit)
        except PalabreError as exc:
            log.info("edit refused: %s", exc.message)
            self.refused.emit(core_message(exc.message))
            return False
        self.undo_stack.push(EditCommand(self.dialogue, edit, inverse))
        return True

    def seal_last_edit(self) -> None:
        """End merging: the next edit starts a new undo step even with the same merge key.

        Called when a slider or a node drag is released, so that one drag is one step.
        """
        index = self.undo_stack.index() - 1
        command = self.undo_stack.command(index) if index >= 0 else None
        if isinstance(command, EditCommand):
            command.sealed = True

    def _on_change(self, change: Change) -> None:
        self.changed.emit(change)

    # ------------------------------------------------------------- files
    @property
    def modified(self) -> bool:
        """True when there are changes since the last save (or since opening)."""
        return not self.undo_stack.isClean()

    def replace(self, dialogue: Dialogue, path: Path | None, passphrase: str | None = None) -> None:
        """Switch to another dialogue (after New or Open); the undo history starts afresh."""
        self.dialogue.unsubscribe(self._on_change)
        self.undo_stack.clear()
        self.dialogue = dialogue
        self.path = path
        self.passphrase = passphrase
        self.analysis = Analysis(dialogue)
        dialogue.subscribe(self._on_change)
        self.undo_stack.setClean()
        self.replaced.emit()

    def open(self, path: Path, passphrase: str | None = None) -> None:
        """Load a file, encrypted when a passphrase is given (raises PalabreError; the current
        dialogue is kept on failure)."""
        dialogue = load_encrypted(path, passphrase) if passphrase is not None else load(path)
        self.replace(dialogue, path, passphrase)

    def save(self, path: Path | None = None, passphrase: str | None = None) -> Path:
        """Save to ``path`` (or the current path); marks the document clean.

        With a passphrase (or when the open file was encrypted) the file is saved encrypted.
        """
        target = path or self.path
        if target is None:
            raise PalabreError(self.tr("choose where to save the dialogue first"))
        secret = passphrase if passphrase is not None else self.passphrase
        written = save_encrypted(self.dialogue, target, secret) if secret else save(self.dialogue, target)
        self.path = written
        self.passphrase = secret
        self.undo_stack.setClean()
        return written
