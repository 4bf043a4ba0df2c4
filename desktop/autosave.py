"""Autosave: the open dialogue goes to a recovery file shortly after the user stops editing and
at a fixed interval while changes are unsaved, so that at most about a minute of work is lost.
"""

from __future__ import annotations

import logging
import uuid

from PySide6.QtCore import QObject, QTimer

from desktop.controller import DocumentController
from desktop.locale_format import core_message
from dialogue.recovery import RecoveryStore
from palabre.errors import PalabreError

log = logging.getLogger(__name__)
IDLE_MS = 2_000  # after the last edit
INTERVAL_MS = 30_000  # at the latest, while editing goes on


class Autosaver(QObject):
    """Keeps one window's recovery file up to date, and removes it once the work is saved."""

    def __init__(self, controller: DocumentController, store: RecoveryStore,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.store = store
        self.session_id = uuid.uuid4().hex
        self.last_error = ""
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(IDLE_MS)
        self._idle.timeout.connect(self.save_now)
        self._interval = QTimer(self)
        self._interval.setInterval(INTERVAL_MS)
        self._interval.timeout.connect(self.save_now)
        self._interval.start()
        controller.changed.connect(lambda _change: self._idle.start())
        controller.undo_stack.cleanChanged.connect(self._on_clean_changed)
        controller.replaced.connect(self.forget)

    def save_now(self) -> bool:
        """Write the recovery file if there are unsaved changes; False if the disk refused."""
        if not self.controller.modified:
            return True
        try:
            self.store.write(self.session_id, self.controller.dialogue, self.controller.path)
        except PalabreError as exc:
            # Never interrupt the user for this; the message is logged and kept for the status bar.
            self.last_error = core_message(exc.message)
            log.warning("autosave failed: %s", exc.message)
            return False
        self.last_error = ""
        return True

    def _on_clean_changed(self, clean: bool) -> None:
        if clean:
            self.forget()

    def forget(self) -> None:
        """Remove the recovery file (the work is saved or was deliberately discarded)."""
        self._idle.stop()
        self.store.remove(self.session_id)
