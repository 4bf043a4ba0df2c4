"""Editing one narrative section of the brief: the user's text, with the draft as a start.

Typing goes to the document as edits (:func:`dialogue.edits.set_brief_text`), which merge into
one undo step per section while typing continues. The step ends (is sealed) when the editor
loses focus, when typing pauses for a while, and around "Start from the draft" and "Clear", so
that Ctrl+Z takes back one burst of writing rather than an afternoon's work. The text editor's own
undo history is switched off: the document's undo stack is the only one, and Ctrl+Z in the editor
reaches the window's Edit > Undo.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.controller import DocumentController
from desktop.undo import EditCommand
from dialogue import edits

SEAL_AFTER_PAUSE_MS = 2000  # a pause in typing ends the undo step (as word processors do)
MUTED = "color: #5d6d7e;"


class SectionEditor(QPlainTextEdit):
    """A plain-text editor that leaves undo and redo to the document.

    Signals
    -------
    focus_lost()
        The editor lost the keyboard focus (the typing step is over).
    """

    focus_lost = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)  # the brief has no use for tab characters

    def event(self, e: QEvent) -> bool:
        """Let Ctrl+Z and Ctrl+Shift+Z reach the window's Edit menu."""
        if e.type() == QEvent.Type.ShortcutOverride and isinstance(e, QKeyEvent) and (
                e.matches(QKeySequence.StandardKey.Undo) or e.matches(QKeySequence.StandardKey.Redo)):
            e.ignore()
            return False
        return super().event(e)

    def focusOutEvent(self, e: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        """Announce that typing is over."""
        super().focusOutEvent(e)
        self.focus_lost.emit()


class SectionPage(QWidget):
    """One narrative section: what to write, whether the draft or the user's text is used, the
    editor, and the buttons that start from the draft or clear the text."""

    def __init__(self, controller: DocumentController, section: str, can_draft: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.section = section
        self.can_draft = can_draft
        self.draft: str | None = None
        self._draft_problem = ""
        self.intro = QLabel(self._intro_text())
        self.intro.setWordWrap(True)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setStyleSheet(MUTED)
        self.editor = SectionEditor()
        self.editor.setAccessibleName(self._accessible_name())
        self.from_draft = QPushButton(self.tr("Start from the draft"))
        self.from_draft.setToolTip(self.tr("Copy the drafted text into the editor to change it "
                                           "(Ctrl+Z takes it back)"))
        self.from_draft.clicked.connect(self.start_from_draft)
        self.from_draft.setVisible(can_draft)
        self.clear = QPushButton(self.tr("Clear"))
        self.clear.clicked.connect(self.clear_text)
        buttons = QHBoxLayout()
        buttons.addWidget(self.from_draft)
        buttons.addWidget(self.clear)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.state)
        layout.addLayout(buttons)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(SEAL_AFTER_PAUSE_MS)
        self._pause.timeout.connect(self.seal)
        self.editor.textChanged.connect(self._typed)
        self.editor.focus_lost.connect(self.seal)
        controller.changed.connect(self._document_changed)
        controller.replaced.connect(self.refresh)
        self.refresh()
        self.set_draft(None)

    # ------------------------------------------------------------------ texts
    def _intro_text(self) -> str:
        texts = {
            "key_messages": self.tr("Three to five short messages for a busy reader, one a line. "
                                    "They open the brief in a box."),
            "executive_summary": self.tr("A few paragraphs: what was compared, what came out, "
                                         "who supports and opposes it, what follows. Leave a "
                                         "blank line between paragraphs."),
            "context": self.tr("The problem and why it matters now: figures, what has been "
                               "tried, who asked for this dialogue. Palabre does not draft it."),
            "implementation": self.tr("What it takes to carry out the leading options: whom to "
                                      "win over, whom to involve. Start a line with \"-\" for a "
                                      "bullet."),
            "recommendations": self.tr("What you recommend, in your own words. Palabre does "
                                       "not draft it."),
            "workforce": self.tr("The gap without change and what the leading options close. "
                                 "Printed above the section's table and chart when the dialogue "
                                 "has a workforce baseline."),
        }
        return texts.get(self.section, "")

    def _accessible_name(self) -> str:
        names = {
            "key_messages": self.tr("Key messages"),
            "executive_summary": self.tr("Executive summary"),
            "context": self.tr("The problem and its context"),
            "implementation": self.tr("Implementation considerations"),
            "recommendations": self.tr("Recommendations"),
            "workforce": self.tr("The workforce gap the options would close"),
        }
        return names.get(self.section, self.section)

    def _placeholder(self) -> str:
        if self.draft:
            return self.draft
        if self.can_draft and self._draft_problem:
            return self.tr("No draft: {reason}").format(reason=self._draft_problem)
        if self.can_draft:
            return self.tr("Drafting…")
        return self.tr("Not written yet: the brief will say so. Type here.")

    # ------------------------------------------------------------------ document -> view
    @property
    def document_text(self) -> str:
        """The section's text in the document ('' when the draft is used)."""
        return self.controller.dialogue.brief.get(self.section, "")

    def refresh(self) -> None:
        """Show the document's text (after an undo, a redo, another file) without echo."""
        shown = self.editor.toPlainText()
        if (shown if shown.strip() else "") != self.document_text:
            position = self.editor.textCursor().position()
            self.editor.blockSignals(True)
            self.editor.setPlainText(self.document_text)
            self.editor.blockSignals(False)
            cursor = self.editor.textCursor()
            cursor.setPosition(min(position, len(self.document_text)))
            self.editor.setTextCursor(cursor)
        self._update_state()

    def _document_changed(self, change: object) -> None:
        if "brief" in change.collections:  # type: ignore[attr-defined]
            self.refresh()

    def set_draft(self, draft: str | None, problem: str = "") -> None:
        """Show the drafted text (greyed while the section is empty), or why there is none."""
        self.draft = draft if self.can_draft else None
        self._draft_problem = problem
        self.editor.setPlaceholderText(self._placeholder())
        self._update_state()

    def _update_state(self) -> None:
        own = bool(self.document_text.strip())
        if own:
            state = self.tr("The brief prints your text. Clear it to go back to the draft."
                            ) if self.can_draft else self.tr("The brief prints your text.")
        elif self.can_draft:
            state = self.tr("The brief prints the draft shown in grey, written from the results. "
                            "Type to write your own, or start from the draft to change it.")
        else:
            state = self.tr("Nothing written: the brief will say that this section is not "
                            "written yet.")
        self.state.setText(state)
        self.from_draft.setText(self.tr("Replace with the draft") if own
                                else self.tr("Start from the draft"))
        self.from_draft.setEnabled(bool(self.draft))
        self.clear.setEnabled(bool(self.editor.toPlainText()))

    # ------------------------------------------------------------------ view -> document
    def _typed(self) -> None:
        text = self.editor.toPlainText()
        edit = edits.set_brief_text(self.controller.dialogue, self.section, text)
        if edit.steps and not self.controller.push(edit):
            self.refresh()  # refused (too long, say): show what the document holds
            return
        self._pause.start()
        self._update_state()

    def _last_is_mine(self) -> bool:
        stack = self.controller.undo_stack
        command = stack.command(stack.index() - 1) if stack.index() > 0 else None
        return isinstance(command, EditCommand) and command.merge_key == f"brief:{self.section}"

    def seal(self) -> None:
        """End the current typing step: the next keystroke starts a new undo step."""
        self._pause.stop()
        if self._last_is_mine():
            self.controller.seal_last_edit()

    def _replace(self, text: str) -> None:
        self.seal()
        self.controller.push(edits.set_brief_text(self.controller.dialogue, self.section, text))
        self.seal()  # one step of its own: typing afterwards does not merge into it
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        self.editor.moveCursor(QTextCursor.MoveOperation.End)

    def start_from_draft(self) -> None:
        """Put the drafted text into the section (one undo step)."""
        if self.draft:
            self._replace(self.draft)

    def clear_text(self) -> None:
        """Empty the section, so that the brief uses the draft again (one undo step)."""
        self._replace("")
        if self.editor.toPlainText():  # only blanks, which the document never held
            self.editor.blockSignals(True)
            self.editor.clear()
            self.editor.blockSignals(False)
            self._update_state()


def is_brief_change(collections: frozenset[str]) -> bool:
    """True when only the brief's text changed (the drafts do not depend on it)."""
    return collections <= {"brief"}


