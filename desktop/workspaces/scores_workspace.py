"""The Scores workspace: the options-by-criteria table beside the live ranking.

Anchored cells open a list of the five levels with their words; natural units say their bounds.
Ctrl+V pastes a block copied from a spreadsheet as one undo step (refused whole, with the cell
named, if any value is wrong); Ctrl+C copies; Delete clears; a cell's uncertainty range (for
SMAA) is set from the context menu or the button.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.controller import DocumentController
from desktop.locale_format import core_message, general
from desktop.models.method_state import method_label, view_state
from desktop.models.ranking_table import CHANGE, FEASIBILITY, IMPACT, QUADRANT, RankingModel
from desktop.models.score_table import ScoreTableModel
from desktop.widgets.results_style import WARN, heading, note, quadrant_label
from desktop.widgets.scores_delegate import ScoreDelegate
from dialogue import edits_decision
from dialogue.model import Change
from mcda.feasibility import Quadrant
from palabre.errors import PalabreError


def ranking_view(model: RankingModel, hide: tuple[int, ...] = ()) -> QTableView:
    """A read-only table view of a ranking model, option names stretched."""
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().setVisible(False)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setDefaultSectionSize(24)
    header = view.horizontalHeader()
    # Widths from the headings, not the contents: measuring every cell at every re-rank would
    # cost more than the ranking itself while a slider moves.
    header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

    def fit() -> None:
        metrics = header.fontMetrics()
        quadrants = max(metrics.horizontalAdvance(quadrant_label(q)) for q in Quadrant)
        for col in range(model.columnCount()):
            if col != 1:
                text = str(model.headerData(col, Qt.Orientation.Horizontal) or "")
                width = metrics.horizontalAdvance(text)
                if col == QUADRANT:
                    width = max(width, quadrants)
                header.resizeSection(col, max(52, width + 26))

    fit()
    model.state.method_changed.connect(lambda _m: fit())
    for col in hide:
        view.setColumnHidden(col, True)
    return view


class ScoresWorkspace(QWidget):
    """The score table, editable, with the ranking that follows every edit."""

    title = QT_TRANSLATE_NOOP("ScoresWorkspace", "Scores")  # self.title, translated, in __init__

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = self.tr("Scores")
        self.controller = controller
        self.state = view_state(controller)
        self.model = ScoreTableModel(controller)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegate(ScoreDelegate(self.table))
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(60)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag.AlignVCenter)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setMinimumSectionSize(26)
        self.ranking_model = RankingModel(controller)
        self.ranking = ranking_view(self.ranking_model, (CHANGE, FEASIBILITY, IMPACT, QUADRANT))
        self.ranking_title = heading("")

        guide = note(self.tr(
            "Anchored scores run from 1 (worst) to 5 (best); ↓ marks criteria where less is better. "
            "Hover a cell for its meaning; double-click or type to change it. Ctrl+V pastes a block "
            "copied from a spreadsheet; Delete clears; [low–high] is a score's uncertainty range. "
            "Green is good, red is poor; pink cells are missing."))
        self.missing = QLabel()
        self.missing.setStyleSheet(f"color: {WARN};")
        self.range_button = QPushButton(self.tr("Uncertainty range…"))
        self.range_button.setToolTip(self.tr("How low or high the selected score could plausibly be (used by SMAA)"))
        self.range_button.clicked.connect(lambda: self.edit_uncertainty())
        tools = QHBoxLayout()
        tools.addWidget(self.range_button)
        tools.addWidget(self.missing, 1)

        self._add_action(self.tr("Copy"), QKeySequence.StandardKey.Copy, self.copy_selection)
        self._add_action(self.tr("Paste"), QKeySequence.StandardKey.Paste, self.paste_clipboard)
        self._add_action(self.tr("Clear"), QKeySequence.StandardKey.Delete, self.clear_selection)
        self._add_action(self.tr("Uncertainty range…"), None, lambda: self.edit_uncertainty())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(heading(self.tr("Scores of each option on each criterion")))
        left_layout.addWidget(guide)
        left_layout.addLayout(tools)
        left_layout.addWidget(self.table, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.ranking_title)
        right_layout.addWidget(self.ranking, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([1110, 330])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        controller.changed.connect(self._on_change)
        controller.replaced.connect(self._summarise)
        self.state.method_changed.connect(lambda _m: self._summarise())
        self._summarise()

    def _add_action(self, text: str, shortcut: object, slot: object) -> QAction:
        action = QAction(text, self.table)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.table.addAction(action)
        return action

    def _on_change(self, change: Change) -> None:
        if change.collections & {"scores", "options", "criteria"}:
            self._summarise()

    def _summarise(self) -> None:
        d = self.controller.dialogue
        heading = self.tr("Ranking")
        self.ranking_title.setText(f"<b>{heading}</b> — {method_label(self.state.method)}")
        missing = len(d.options) * len(d.criteria) - sum(
            1 for (o, c) in d.scores if o in d.options and c in d.criteria)
        self.missing.setText(self.tr("Missing scores: {0} (pink; they count as the worst level)").format(missing)
                             if missing else "")

    # ------------------------------------------------------------------ cells
    def _block(self) -> tuple[int, int, int, int] | None:
        """Top row, left column, bottom row, right column of the selection (or current cell)."""
        indexes = self.table.selectionModel().selectedIndexes() or [self.table.currentIndex()]
        indexes = [i for i in indexes if i.isValid()]
        if not indexes:
            return None
        rows = [i.row() for i in indexes]
        cols = [i.column() for i in indexes]
        return min(rows), min(cols), max(rows), max(cols)

    def select_block(self, top: int, left: int, bottom: int | None = None, right: int | None = None) -> None:
        """Select cells (what dragging over them does); the top-left becomes current."""
        bottom = top if bottom is None else bottom
        right = left if right is None else right
        sel = self.table.selectionModel()
        sel.clearSelection()
        self.table.setCurrentIndex(self.model.index(top, left))
        for r in range(top, bottom + 1):
            for c in range(left, right + 1):
                sel.select(self.model.index(r, c), QItemSelectionModel.SelectionFlag.Select)

    def paste_text(self, text: str) -> bool:
        """Paste tab-separated text at the selection's top-left cell, as one undo step."""
        block = self._block()
        if block is None:
            self.controller.refused.emit(self.tr("select the cell where the pasted block should start"))
            return False
        rows = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        while rows and not rows[-1].strip():
            rows.pop()  # spreadsheets end a copied block with a line break
        cells = [r.split("\t") for r in rows]
        top, left = block[0], block[1]
        d = self.controller.dialogue
        try:
            edit = edits_decision.paste_scores(d, top, left, cells)
        except PalabreError as exc:
            self.controller.refused.emit(self.tr("paste refused: {0}").format(core_message(exc.message)))
            return False
        if self.controller.push(edit):
            self.select_block(top, left, top + len(cells) - 1, left + max(len(r) for r in cells) - 1)
            return True
        return False

    def paste_clipboard(self) -> bool:
        """Paste the clipboard's text (Ctrl+V)."""
        return self.paste_text(QGuiApplication.clipboard().text())

    def copy_selection(self) -> str:
        """Copy the selected block as tab-separated text (Ctrl+C); returns it.

        Numbers are written the window language's way (``6,5`` in French), as a spreadsheet set to
        that language reads them; pasting accepts both ways.
        """
        block = self._block()
        if block is None:
            return ""
        top, left, bottom, right = block
        lines = []
        for r in range(top, bottom + 1):
            values = [self.model.data(self.model.index(r, c), Qt.ItemDataRole.EditRole)
                      for c in range(left, right + 1)]
            lines.append("\t".join("" if v is None else general(v, group=False) for v in values))
        text = "\n".join(lines)
        QGuiApplication.clipboard().setText(text)
        return text

    def clear_selection(self) -> bool:
        """Clear the selected scores (Delete), as one undo step."""
        block = self._block()
        if block is None:
            return False
        top, left, bottom, right = block
        cells = [self.model.cell_ids(self.model.index(r, c))
                 for r in range(top, bottom + 1) for c in range(left, right + 1)]
        edit = edits_decision.clear_scores(self.controller.dialogue, cells)
        return self.controller.push(edit)

    def edit_uncertainty(self, option_id: str | None = None, criterion_id: str | None = None) -> QWidget | None:
        """Open the uncertainty dialog for a cell (the current one by default); returned, shown."""
        from desktop.widgets.scores_uncertainty import UncertaintyDialog

        if option_id is None or criterion_id is None:
            index = self.table.currentIndex()
            if not index.isValid():
                self.controller.refused.emit(self.tr("select the score whose range you want to set"))
                return None
            option_id, criterion_id = self.model.cell_ids(index)
        if self.controller.dialogue.score(option_id, criterion_id) is None:
            self.controller.refused.emit(self.tr("score this cell before giving it a range"))
            return None
        dialog = UncertaintyDialog(self.controller, option_id, criterion_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def screenshot_states(self) -> list:
        """The levels list of an anchored cell, and the uncertainty dialog."""

        def levels():
            col = next((j for j, c in enumerate(self.model.criterion_ids)
                        if self.model.criterion_at(j).scale.anchors), None)
            if col is None:
                return lambda: None
            index = self.model.index(2, col)
            self.table.setCurrentIndex(index)
            self.table.edit(index)
            return lambda: self.table.closePersistentEditor(index) or self.table.setFocus()

        def uncertainty():
            d = self.controller.dialogue
            cell = next((k for k, s in d.scores.items() if s.low is not None), None)
            dialog = self.edit_uncertainty(*cell) if cell else None
            return (lambda: dialog.close()) if dialog else (lambda: None)

        return [("uncertainty", uncertainty)]
