"""The base of the Workforce tab's baseline tables: they follow the document's baseline, and
turn a cell edit into ONE undoable :func:`~dialogue.edits_workforce.set_baseline` edit.

A value the engine refuses (a negative stock, a rate above 100 %, a transfer to an area the cadre
lacks) is announced through the controller's ``refused`` signal, which the window shows in its
status bar, and nothing changes.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Signal

from desktop.controller import DocumentController
from desktop.models.headed_table import HeadedTableModel
from dialogue.edits_workforce import set_baseline
from dialogue.model import Change
from dialogue.workforce import baseline_of, effects_of
from mcda.workforce import WorkforceBaseline
from palabre.errors import PalabreError

_Index = QModelIndex | QPersistentModelIndex
FOLLOWED = frozenset({"workforce", "effects", "options", "criteria"})


class BaselineTableModel(HeadedTableModel):
    """A table over some part of the baseline; subclasses say which rows (:meth:`row_keys`).

    Signals
    -------
    notice(str)
        A neutral message for the status bar (an edit that also removed effects).
    """

    notice = Signal(str)
    editable = True

    def __init__(self, controller: DocumentController) -> None:
        super().__init__()
        self.controller = controller
        self.baseline: WorkforceBaseline | None = baseline_of(controller.dialogue)
        self.keys: list[Hashable] = self.row_keys(self.baseline)
        controller.changed.connect(self._on_change)
        controller.replaced.connect(self.reload)

    # ------------------------------------------------------------------ following the document
    def row_keys(self, baseline: WorkforceBaseline | None) -> list[Hashable]:
        """The keys of the rows shown for a baseline (override)."""
        raise NotImplementedError

    def _on_change(self, change: Change) -> None:
        if "workforce" in change.collections:
            self.reload()

    def reload(self) -> None:
        """Read the baseline again: a reset when rows come or go, else every cell changed."""
        baseline = baseline_of(self.controller.dialogue)
        keys = self.row_keys(baseline)
        if keys != self.keys:
            self.beginResetModel()
            self.baseline, self.keys = baseline, keys
            self.endResetModel()
            return
        self.baseline = baseline
        if self.keys:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.keys) - 1, len(self.headers) - 1))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        """One row per key."""
        return 0 if parent.isValid() else len(self.keys)

    # ------------------------------------------------------------------ editing
    def refuse(self, message: str) -> bool:
        """Say why a value is not taken; nothing changes."""
        self.controller.refused.emit(message)
        return False

    def push_baseline(self, build: Callable[[WorkforceBaseline], WorkforceBaseline | None],
                      description: str) -> bool:
        """Build the new baseline from the current one and push it as one undoable edit.

        ``build`` may raise a :class:`~palabre.errors.PalabreError` (the engine refusing a
        value): the refusal is shown and nothing changes. When it returns the same baseline, no
        edit is made.
        """
        d = self.controller.dialogue
        current = baseline_of(d)
        if current is None:
            return False
        try:
            new = build(current)
            if new is None or new == current:
                return new is not None
            before = sum(len(e) for e in effects_of(d).values())
            edit = set_baseline(d, new, description)
        except PalabreError as exc:
            return self.refuse(exc.message)
        if not self.controller.push(edit):
            return False
        dropped = before - sum(len(e) for e in effects_of(self.controller.dialogue).values())
        if dropped > 0:
            self.notice.emit(self.tr(
                "%n effect(s) on what the baseline no longer has were removed with this change "
                "(Undo brings them back).", "", dropped))
        return True
