"""At start-up, offer back the work a crash or a power cut left in recovery files."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.locale_format import core_message, datetime_text
from dialogue.model import Dialogue
from dialogue.recovery import RecoveryEntry, RecoveryStore
from palabre.errors import PalabreError

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "text")


def describe(entry: RecoveryEntry) -> str:
    """One line for the user, in the window's language: what it is and when it was saved."""
    when = datetime_text(entry.saved_at)
    if entry.source:
        return translate("Recovery", "“{title}”, from {file}, recovered work saved at {when}").format(
            title=entry.title, file=entry.source.name, when=when)
    return translate("Recovery", "“{title}”, never saved to a file, recovered work saved at {when}").format(
        title=entry.title, when=when)


def ask_restore(entry: RecoveryEntry, parent: QWidget | None = None) -> str:
    """Ask about one recovery file: returns "restore", "discard" or "later"."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("Recovery", "Recover unsaved work?"))
    box.setText(translate("Recovery", "Palabre was closed before this work was saved:\n\n{what}\n\nRestore it?")
                .format(what=describe(entry)))
    restore = box.addButton(translate("Recovery", "Restore"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(translate("Recovery", "Discard"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(translate("Recovery", "Ask me later"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    box.exec()
    if box.clickedButton() is restore:
        return "restore"
    if box.clickedButton() is discard:
        return "discard"
    return "later"


def offer_recovery(
    store: RecoveryStore, ask: Callable[[RecoveryEntry], str] = ask_restore
) -> list[tuple[Dialogue, RecoveryEntry]]:
    """Ask about each pending recovery file; returns the dialogues the user chose to restore.

    A restored file is removed once its dialogue is open again (the new window autosaves it
    afresh); a discarded one is deleted; "later" leaves it for the next start.
    """
    restored = []
    for entry in store.pending():
        choice = ask(entry)
        if choice == "restore":
            try:
                restored.append((store.load(entry), entry))
            except PalabreError as exc:
                QMessageBox.warning(None, translate("Recovery", "Cannot restore"), core_message(exc.message))
        elif choice == "discard":
            store.discard(entry)
    return restored
