"""Behind one cell of the heat map: every participant's answer, and the weights per group.

:class:`CellAnswersModel` lists, for one (option, criterion), each participant asked to score:
their answer, or that they left it blank or have not answered yet, and whether their answer is an
outlier. :class:`GroupWeightsModel` lists each stakeholder group's combined weights (what a
perspective made from the group would hold) and how they were combined.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.controller import DocumentController
from desktop.locale_format import language, number, percent
from desktop.models.headed_table import HeadedTableModel
from desktop.models.participants_heatmap import fmt
from dialogue.model import Change
from dialogue.participants import current_scores, group_label, group_of, group_weights, speaks_for
from mcda.group import AIJ, AIP, GroupWeights, summarise

_Index = QModelIndex | QPersistentModelIndex
_ROLE = Qt.ItemDataRole
WARN = QColor("#c0392b")
MUTED = QColor("#7f8c8d")
WATCHED = frozenset({"participants", "answers", "options", "criteria", "stakeholders"})


class CellAnswersModel(HeadedTableModel):
    """Participant | Speaks for | Answer | Note, for one cell."""

    def __init__(self, controller: DocumentController) -> None:
        super().__init__()
        self.controller = controller
        self.cell: tuple[str, str] | None = None
        self.rows: list[tuple[str, str, str, str, bool]] = []
        self.headers = [self.tr("Participant"), self.tr("Speaks for"), self.tr("Answer"), self.tr("Note")]
        controller.changed.connect(self._on_change)
        controller.replaced.connect(lambda: self.show_cell(None))

    def show_cell(self, cell: tuple[str, str] | None) -> None:
        """Show the answers behind ``(option id, criterion id)`` (None: nothing)."""
        self.beginResetModel()
        d = self.controller.dialogue
        self.cell = cell if cell and cell[0] in d.options and cell[1] in d.criteria else None
        self.rows = self._rows()
        self.endResetModel()

    def _on_change(self, change: Change) -> None:
        if change.collections & WATCHED:
            self.show_cell(self.cell)

    def _rows(self) -> list[tuple[str, str, str, str, bool]]:
        if self.cell is None:
            return []
        d = self.controller.dialogue
        given = {}
        for pid, answers in d.answers.items():
            value = current_scores(d, answers).get(self.cell)
            if value is not None and pid in d.participants:
                given[pid] = value
        outliers = set(summarise(given).outliers) if given else set()
        rows = []
        for pid, person in d.participants.items():
            if not person.parts.scores and pid not in given:
                continue
            if pid in given:
                note = self.tr("outlier") if pid in outliers else ""
                rows.append((person.name, speaks_for(d, person, language()), fmt(given[pid]), note, pid in outliers))
            elif pid in d.answers:
                rows.append((person.name, speaks_for(d, person, language()), "—", self.tr("left blank"), False))
            else:
                rows.append((person.name, speaks_for(d, person, language()), "—", self.tr("not answered yet"), False))
        return rows

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Participants asked to score."""
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: _Index, role: int = _ROLE.DisplayRole) -> Any:
        """The answer; outliers in red, blanks muted."""
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == _ROLE.DisplayRole:
            return row[index.column()]
        if role == _ROLE.ForegroundRole:
            if row[4]:
                return QBrush(WARN)
            if row[2] == "—":
                return QBrush(MUTED)
        if role == _ROLE.FontRole and row[4]:
            font = QFont()
            font.setBold(True)
            return font
        if role == _ROLE.TextAlignmentRole and index.column() == 2:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class GroupWeightsModel(HeadedTableModel):
    """Group | Members | Feasibility | Impact | Combined by | Consistency."""

    def __init__(self, controller: DocumentController) -> None:
        super().__init__()
        self.controller = controller
        self.groups: list[tuple[str, GroupWeights, int]] = []
        self.headers = [self.tr("Stakeholder group"), self.tr("Gave weights"), self.tr("Feasibility"),
                        self.tr("Impact"), self.tr("Combined by"), self.tr("Consistency")]
        self._reload()
        controller.changed.connect(self._on_change)
        controller.replaced.connect(self.refresh)

    def _reload(self) -> None:
        d = self.controller.dialogue
        members: dict[str, int] = {}
        for person in d.participants.values():
            g = group_of(d, person)
            members[g] = members.get(g, 0) + 1
        self.groups = [(g, w, members.get(g, 0)) for g, w in group_weights(d).items()]

    def refresh(self) -> None:
        """Recompute from the document."""
        self.beginResetModel()
        self._reload()
        self.endResetModel()

    def _on_change(self, change: Change) -> None:
        if change.collections & WATCHED:
            self.refresh()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Groups with weights."""
        return 0 if parent.isValid() else len(self.groups)

    def data(self, index: _Index, role: int = _ROLE.DisplayRole) -> Any:
        """The group's combined weights."""
        if not index.isValid() or not 0 <= index.row() < len(self.groups):
            return None
        group, w, members = self.groups[index.row()]
        col = index.column()
        if role == _ROLE.DisplayRole:
            if col == 0:
                return group_label(group, language())
            if col == 1:
                return self.tr("{given} of {members}").format(given=w.members, members=members)
            if col in (2, 3):
                if w.groups is None:
                    return "—"
                return percent(w.groups["feasibility" if col == 2 else "impact"])
            if col == 4:
                return {AIJ: self.tr("geometric mean of judgements"), AIP: self.tr("mean of weights"),
                        "points": self.tr("points"), "ahp": self.tr("AHP")}.get(w.method, w.method)
            if not w.consistency:
                return "—"
            return self.tr("CR {value}").format(value=number(max(w.consistency.values()))) + \
                (" ⚠" if w.inconsistent else "")
        if role == _ROLE.ForegroundRole and col == 5 and w.inconsistent:
            return QBrush(WARN)
        if role == _ROLE.TextAlignmentRole and col in (1, 2, 3, 5):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
