"""The preview of collected sheets: per sheet, what will be merged or why it is refused, with every
problem, note and blank; Merge applies everything in one undoable step, Cancel changes nothing.

The dialog only shows an :class:`~exports.collect_sheets.CollectPreview`; the workspace pushes
the preview's edit when the dialog is accepted.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.locale_format import core_message
from desktop.models.headed_table import HeadedTableModel
from exports.collect_sheets import MERGE, REFUSED, CollectPreview, SheetReport

_Index = QModelIndex | QPersistentModelIndex
_ROLE = Qt.ItemDataRole
COLOURS = {MERGE: QColor("#1e8449"), REFUSED: QColor("#c0392b")}
MUTED = QColor("#7f8c8d")
BLANKS_SHOWN = 40


class PreviewModel(HeadedTableModel):
    """File | Participant | Result | What | First problem or note."""

    def __init__(self, preview: CollectPreview) -> None:
        super().__init__()
        self.reports = preview.reports
        self.headers = [self.tr("File"), self.tr("Participant"), self.tr("Result"),
                        self.tr("What"), self.tr("Why, or what to know")]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        """One row per sheet."""
        return 0 if parent.isValid() else len(self.reports)

    def status_text(self, report: SheetReport) -> str:
        """Will merge / Refused / Skipped."""
        if report.status == MERGE:
            return self.tr("Will merge") if not report.replaces else self.tr("Will replace earlier answers")
        if report.status == REFUSED:
            return self.tr("Refused")
        return self.tr("Skipped")

    def what(self, report: SheetReport) -> str:
        """``120 scores, weights`` for a sheet that merges."""
        if report.status != MERGE:
            return ""
        parts = [self.tr("%n score(s)", "", report.scores)] if report.scores else []
        if report.weights:
            parts.append(self.tr("weights"))
        if report.blanks:
            parts.append(self.tr("%n blank", "", len(report.blanks)))
        return ", ".join(parts)

    def data(self, index: _Index, role: int = _ROLE.DisplayRole) -> Any:
        """Texts, with the result coloured."""
        if not index.isValid() or not 0 <= index.row() < len(self.reports):
            return None
        r = self.reports[index.row()]
        col = index.column()
        if role == _ROLE.DisplayRole:
            if col == 0:
                return r.file
            if col == 1:
                return r.participant_name or r.participant or "—"
            if col == 2:
                return self.status_text(r)
            if col == 3:
                return self.what(r)
            first = core_message((r.problems or r.notes or [""])[0])
            more = len(r.problems or r.notes) - 1
            return first + (" " + self.tr("(+%n more)", "", more) if more > 0 else "")
        if role == _ROLE.ForegroundRole and col == 2:
            return QBrush(COLOURS.get(r.status, MUTED))
        if role == _ROLE.ToolTipRole and col == 4:
            return "\n".join(core_message(m) for m in r.problems or r.notes) or None
        return None


class CollectPreviewDialog(QDialog):
    """Shows the preview; Merge accepts (the workspace then pushes the one edit)."""

    def __init__(self, preview: CollectPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(self.tr("Import returned sheets"))
        merged, refused, skipped = len(preview.merged), len(preview.refused), len(preview.skipped)
        self.summary = QLabel(self.tr("{total} sheet(s) in “{folder}”: <b>{merged} will merge</b>, "
                                      "{refused} refused, {skipped} skipped. Nothing changes until you "
                                      "merge; the merge is one step that Undo takes back.").format(
            total=len(preview.reports), folder=escape(str(preview.folder.name or preview.folder)),
            merged=merged, refused=refused, skipped=skipped))
        self.summary.setWordWrap(True)
        self.model = PreviewModel(preview)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for col in range(4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.details = QTextBrowser()
        self.details.setOpenLinks(False)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setSizes([260, 300])
        self.buttons = QDialogButtonBox()
        self.merge_button = self.buttons.addButton(
            self.tr("Merge %n sheet(s)", "", merged), QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setEnabled(preview.edit is not None)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        if preview.ignored:
            ignored = QLabel(self.tr("Other files in the folder, not read: {names}").format(
                names=", ".join(preview.ignored[:8]) + (" …" if len(preview.ignored) > 8 else "")))
            ignored.setStyleSheet("color: #7f8c8d;")
            ignored.setWordWrap(True)
            layout.addWidget(ignored)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self.show_details(cur.row()))
        if preview.reports:
            # Open on the first refused sheet: what needs the facilitator's attention.
            first = next((i for i, r in enumerate(preview.reports) if r.status == REFUSED), 0)
            self.table.selectRow(first)
            self.show_details(first)
        self.resize(1040, 640)

    def show_details(self, row: int) -> None:
        """Every problem, note and blank of one sheet."""
        if not 0 <= row < len(self.preview.reports):
            self.details.clear()
            return
        r = self.preview.reports[row]
        html = [f"<h3>{escape(r.file)} — {escape(self.model.status_text(r))}</h3>"]
        if r.participant_name:
            who = self.tr("Participant: {name}").format(name=r.participant_name)
            html.append(f"<p>{escape(who)}</p>")

        def block(title: str, items: list[str], colour: str) -> None:
            if items:
                html.append(f"<p><b style='color:{colour}'>{escape(title)}</b></p><ul>")
                html.extend(f"<li>{escape(core_message(item))}</li>" for item in items)
                html.append("</ul>")

        block(self.tr("Why it is refused"), r.problems, "#c0392b")
        block(self.tr("To know"), r.notes, "#1b2631")
        shown = r.blanks[:BLANKS_SHOWN]
        if len(r.blanks) > BLANKS_SHOWN:
            shown.append(self.tr("and %n more", "", len(r.blanks) - BLANKS_SHOWN))
        block(self.tr("Left blank (%n)", "", len(r.blanks)), shown, "#5d6d7e")
        self.details.setHtml("".join(html))
