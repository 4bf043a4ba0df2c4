"""The participants table: who they are, whom they speak for, what they were asked, whether they
have answered, and their AHP consistency. Read only: editing goes through the participant dialog,
one undoable edit each. ``Qt.UserRole`` holds the participant's id."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.controller import DocumentController
from desktop.locale_format import language, number
from desktop.models.headed_table import HeadedTableModel
from dialogue.model import Change
from dialogue.participants import Parts, Status, Weighting, speaks_for, status_of
from mcda.ahp import CR_THRESHOLD

_Index = QModelIndex | QPersistentModelIndex
_ROLE = Qt.ItemDataRole
WARN = QColor("#c0392b")
GOOD = QColor("#1e8449")
MUTED = QColor("#7f8c8d")
WATCHED = frozenset({"participants", "answers", "stakeholders", "options", "criteria"})


class ParticipantTableModel(HeadedTableModel):
    """One row per participant, in the dialogue's order."""

    def __init__(self, controller: DocumentController) -> None:
        super().__init__()
        self.controller = controller
        self.ids: list[str] = []
        self.statuses: dict[str, Status] = {}
        self.headers = [self.tr("Participant"), self.tr("Speaks for"), self.tr("Role"),
                        self.tr("Asked for"), self.tr("Answered"), self.tr("AHP CR")]
        self._reload()
        controller.changed.connect(self._on_change)
        controller.replaced.connect(self.refresh)

    def _reload(self) -> None:
        d = self.controller.dialogue
        self.ids = list(d.participants)
        self.statuses = {pid: status_of(d, pid) for pid in self.ids}

    def refresh(self) -> None:
        """Rebuild from the document."""
        self.beginResetModel()
        self._reload()
        self.endResetModel()

    def _on_change(self, change: Change) -> None:
        if change.collections & WATCHED:
            self.refresh()

    # ------------------------------------------------------------------ Qt API
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Number of participants."""
        return 0 if parent.isValid() else len(self.ids)

    def data(self, index: _Index, role: int = _ROLE.DisplayRole) -> Any:
        """Texts, colours for answered / not yet and for inconsistent judgements."""
        if not index.isValid() or not 0 <= index.row() < len(self.ids):
            return None
        pid = self.ids[index.row()]
        status = self.statuses[pid]
        person = status.participant
        col = index.column()
        if role == _ROLE.UserRole:
            return pid
        if role == _ROLE.DisplayRole:
            return self._text(status, col)
        if role == _ROLE.ToolTipRole:
            return self._tooltip(status, col)
        if role == _ROLE.ForegroundRole:
            if col == 4:
                return QBrush(GOOD if status.answered else WARN)
            if col == 5 and status.inconsistent:
                return QBrush(WARN)
            if col == 5:
                return QBrush(MUTED)
        if role == _ROLE.FontRole and col == 0 and person.anonymous:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _text(self, status: Status, col: int) -> str:
        person = status.participant
        d = self.controller.dialogue
        if col == 0:
            return person.name
        if col == 1:
            return speaks_for(d, person, language())
        if col == 2:
            return person.role
        if col == 3:
            ahp = person.weighting is Weighting.AHP
            if person.parts is Parts.SCORES:
                return self.tr("Scores")
            if person.parts is Parts.WEIGHTS:
                return self.tr("AHP pairs") if ahp else self.tr("Points")
            return self.tr("Scores + AHP pairs") if ahp else self.tr("Scores + points")
        if col == 4:
            return self._answered(status)
        if not status.consistency:
            return "—"
        worst = max(status.consistency.values())
        return number(worst) + (" ⚠" if status.inconsistent else "")

    def _answered(self, status: Status) -> str:
        if not status.answered:
            return self.tr("Not yet")
        parts = []
        if status.scores_given:
            parts.append(self.tr("%n score(s)", "", status.scores_given))
        if status.weights_given:
            parts.append(self.tr("weights"))
        return "✓ " + (", ".join(parts) or self.tr("nothing usable"))

    def _tooltip(self, status: Status, col: int) -> str | None:
        person = status.participant
        if col == 0:
            lines = [person.role] if person.role else []
            if person.anonymous:
                lines.append(self.tr("Anonymous: known by this code only"))
            return "\n".join(lines) or None
        if col == 1:
            return speaks_for(self.controller.dialogue, person, language())
        if col == 3:
            return self.tr("Asked to score the options and to weigh the criteria by points (shared "
                           "out) or by AHP pairwise comparisons")
        if col == 4 and status.answered:
            lines = []
            if status.blank_scores:
                lines.append(self.tr("%n score(s) left blank", "", status.blank_scores))
            source = self.controller.dialogue.answers[person.id].source
            if source:
                lines.append(self.tr("From {file}").format(file=source))
            return "\n".join(lines) or None
        if col == 5 and status.consistency:
            lines = [self.tr("{group}: consistency ratio {value}").format(
                group=self.tr("Feasibility") if g == "feasibility" else (
                    self.tr("Impact") if g == "impact" else g), value=number(cr))
                for g, cr in status.consistency.items()]
            lines.append(self.tr("Above {limit} the judgements contradict each other (Saaty): "
                                 "worth asking the participant to revisit them.").format(
                limit=number(CR_THRESHOLD)))
            return "\n".join(lines)
        return None

    def row_of(self, participant_id: str) -> int:
        """The row of a participant (-1 when absent)."""
        return self.ids.index(participant_id) if participant_id in self.ids else -1
