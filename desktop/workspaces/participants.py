"""The Participants workspace (issue 8): who takes part and who has answered, scoring sheets out
and back in, and where the participants disagree.

Left: the participants (add, edit, remove, each one undoable step) with whether they have
answered and their AHP consistency, and the weights of each stakeholder group, which become
perspectives in one undoable step. Right: the disagreement heat map over options and criteria
(the combined score in each cell, coloured by interquartile range or range) and, below it, every
answer behind the selected cell. Importing a folder of returned sheets opens a preview; Merge is
one undoable step, Cancel changes nothing.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from collections.abc import Callable
from html import escape
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.controller import DocumentController
from desktop.locale_format import core_message, general, language
from desktop.models.participants_answers import CellAnswersModel, GroupWeightsModel
from desktop.models.participants_heatmap import DisagreementModel
from desktop.models.participants_table import ParticipantTableModel
from desktop.widgets.collect_preview import CollectPreviewDialog
from desktop.widgets.participants_dialog import ParticipantDialog
from desktop.widgets.participants_header import RotatedHeader
from dialogue import edits_participants as ep
from dialogue.model import Change
from dialogue.participants import group_label
from palabre.errors import PalabreError

log = logging.getLogger(__name__)


def _heading(text: str) -> QLabel:
    label = QLabel(f"<b>{escape(text)}</b>")
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


def _note(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: #5d6d7e;")
    return label


def _table(model: object, *, stretch: int | None = None) -> QTableView:
    view = QTableView()
    view.setModel(model)  # type: ignore[arg-type]
    view.verticalHeader().setVisible(False)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    view.verticalHeader().setDefaultSectionSize(24)
    return view


class ParticipantsWorkspace(QWidget):
    """Participants, their sheets, and their disagreement (see the module docstring)."""

    title = QT_TRANSLATE_NOOP("ParticipantsWorkspace", "Participants")  # self.title, translated, in __init__

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = self.tr("Participants")
        self.controller = controller
        self.dialog: QWidget | None = None
        self.model = ParticipantTableModel(controller)
        self.table = _table(self.model, stretch=1)
        self.table.setColumnHidden(2, True)  # the role shows in the name's tooltip and the dialog
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_selection_buttons())
        self.groups_model = GroupWeightsModel(controller)
        self.groups = _table(self.groups_model, stretch=0)
        self.groups.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.heat_model = DisagreementModel(controller)
        self.heatmap = self._build_heatmap()
        self.answers_model = CellAnswersModel(controller)
        self.answers = _table(self.answers_model, stretch=1)
        self.answers.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.status = _note()
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.cell_title = _heading(self.tr("Answers behind a cell"))
        self.cell_stats = _note(self.tr("Click a cell of the map to see who answered what."))
        self._build_buttons()
        self._layout()
        controller.changed.connect(self._on_change)
        controller.replaced.connect(self._refresh)
        self._refresh()

    # ------------------------------------------------------------------ building
    def _build_heatmap(self) -> QTableView:
        view = QTableView()
        view.setHorizontalHeader(RotatedHeader(view))
        view.setModel(self.heat_model)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setWordWrap(False)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(44)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.verticalHeader().setDefaultSectionSize(25)
        view.verticalHeader().setMaximumWidth(270)
        view.verticalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        view.selectionModel().currentChanged.connect(lambda cur, _prev: self.show_cell(cur))
        return view

    def _build_buttons(self) -> None:
        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.clicked.connect(lambda: self.open_participant_dialog())
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.export_button = QPushButton(self.tr("Export scoring sheets…"))
        self.export_button.setToolTip(self.tr("One Excel workbook per participant, to fill in offline"))
        self.export_button.clicked.connect(lambda: self.export_sheets())
        self.pdf_box = QCheckBox(self.tr("with printable PDFs"))
        self.pdf_box.setChecked(True)
        self.import_button = QPushButton(self.tr("Import returned sheets…"))
        self.import_button.setToolTip(self.tr("Read a folder of returned workbooks; you see what "
                                              "will merge before anything changes"))
        self.import_button.clicked.connect(lambda: self.import_sheets())
        self.perspectives_button = QPushButton(self.tr("Make perspectives from groups"))
        self.perspectives_button.setToolTip(self.tr("One weight set per stakeholder group, from its "
                                                    "members' weights (Ctrl+Z undoes)"))
        self.perspectives_button.clicked.connect(self.make_perspectives)
        self.centre = QComboBox()
        self.centre.addItem(self.tr("median"), "median")
        self.centre.addItem(self.tr("mean"), "mean")
        self.centre.currentIndexChanged.connect(lambda _i: self.heat_model.set_centre(self.centre.currentData()))
        self.measure = QComboBox()
        self.measure.addItem(self.tr("interquartile range"), "iqr")
        self.measure.addItem(self.tr("range"), "range")
        self.measure.currentIndexChanged.connect(lambda _i: self.heat_model.set_measure(self.measure.currentData()))
        self.use_button = QPushButton(self.tr("Use combined scores"))
        self.use_button.setToolTip(self.tr("Put the combined scores into the score table; the spread "
                                           "of the answers becomes each score's uncertainty range "
                                           "(Ctrl+Z undoes)"))
        self.use_button.clicked.connect(self.use_combined_scores)

    def _layout(self) -> None:
        bar = QHBoxLayout()
        for w in (self.add_button, self.edit_button, self.remove_button):
            bar.addWidget(w)
        bar.addSpacing(18)
        bar.addWidget(self.export_button)
        bar.addWidget(self.pdf_box)
        bar.addSpacing(18)
        bar.addWidget(self.import_button)
        bar.addStretch(1)

        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(_heading(self.tr("Participants")))
        lv.addWidget(self.status)
        lv.addWidget(self.table, 3)
        group_row = QHBoxLayout()
        group_row.addWidget(_heading(self.tr("Weights by stakeholder group")))
        group_row.addStretch(1)
        group_row.addWidget(self.perspectives_button)
        lv.addLayout(group_row)
        lv.addWidget(_note(self.tr("Members' AHP judgements are combined by their geometric mean "
                                   "(Aczél & Saaty 1983); points by the mean of the weights.")))
        lv.addWidget(self.groups, 2)

        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(_heading(self.tr("Where participants disagree")))
        head.addStretch(1)
        head.addWidget(QLabel(self.tr("Combine by")))
        head.addWidget(self.centre)
        head.addWidget(QLabel(self.tr("Colour by")))
        head.addWidget(self.measure)
        head.addWidget(self.use_button)
        rv.addLayout(head)
        rv.addWidget(_note(self.tr("Each cell shows the participants' combined score; white means they "
                                   "agree, orange that their answers spread over a quarter of the "
                                   "scale, red half of it or more. • marks an outlier (beyond 1.5 "
                                   "interquartile ranges, Tukey).")))
        rv.addWidget(self.heatmap, 6)
        rv.addWidget(self.cell_title)
        rv.addWidget(self.cell_stats)
        rv.addWidget(self.answers, 2)
        self.answers.setMinimumHeight(100)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([600, 820])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

    def install_menus(self, window: QMainWindow) -> None:
        """A Participants menu with the workspace's main actions."""
        menu = window.menuBar().addMenu(self.tr("&Participants"))
        for text, slot in ((self.tr("&Add participant…"), lambda: self.open_participant_dialog()),
                           (self.tr("&Export scoring sheets…"), lambda: self.export_sheets()),
                           (self.tr("&Import returned sheets…"), lambda: self.import_sheets()),
                           (self.tr("Make &perspectives from groups"), self.make_perspectives),
                           (self.tr("&Use combined scores"), self.use_combined_scores)):
            action = QAction(text, window)
            action.triggered.connect(slot)
            menu.addAction(action)

    # ------------------------------------------------------------------ following the document
    def _on_change(self, change: Change) -> None:
        if change.collections & {"participants", "answers", "options", "criteria", "stakeholders"}:
            self._refresh()

    def _refresh(self) -> None:
        d = self.controller.dialogue
        waiting = [p.name for pid, p in d.participants.items() if pid not in d.answers]
        total = len(d.participants)
        if not total:
            text = self.tr("No participants yet: add the people who will score the options or weigh "
                           "the criteria, then export their sheets.")
        else:
            text = self.tr("{answered} of {total} have answered.").format(answered=total - len(waiting), total=total)
            if waiting:
                text += " " + self.tr("Not yet: {names}.").format(names=escape(", ".join(waiting[:6])))
        self.status.setText(text)
        has_answers = bool(d.answers)
        self.perspectives_button.setEnabled(has_answers)
        self.use_button.setEnabled(has_answers)
        self.export_button.setEnabled(bool(d.participants))
        self._update_selection_buttons()
        key = self.answers_model.cell
        self.show_cell(self._index_of(key) if key else QModelIndex())

    def _index_of(self, key: tuple[str, str]) -> QModelIndex:
        m = self.heat_model
        if key[0] in m.option_ids and key[1] in m.criterion_ids:
            return m.index(m.option_ids.index(key[0]), m.criterion_ids.index(key[1]))
        return QModelIndex()

    def _update_selection_buttons(self) -> None:
        selected = bool(self.selected_ids())
        self.edit_button.setEnabled(len(self.selected_ids()) == 1)
        self.remove_button.setEnabled(selected)

    # ------------------------------------------------------------------ the heat map
    def show_cell(self, index: QModelIndex) -> None:
        """Show every answer behind a cell of the heat map."""
        key = self.heat_model.key(index) if index.isValid() else None
        self.answers_model.show_cell(key)
        if key is None:
            heading = self.tr("Answers behind a cell")
            self.cell_title.setText(f"<b>{escape(heading)}</b>")
            self.cell_stats.setText(self.tr("Click a cell of the map to see who answered what."))
            return
        d = self.controller.dialogue
        self.cell_title.setText("<b>" + escape(self.tr("Answers: {option} — {criterion}").format(
            option=d.options[key[0]].name, criterion=d.criteria[key[1]].name)) + "</b>")
        cell = self.heat_model.cells.get(key)
        if cell is None:
            self.cell_stats.setText(self.tr("Nobody has scored this cell yet."))
            return
        self.cell_stats.setText(self.tr(
            "Median {median}, mean {mean}; range {low} to {high}; interquartile range {iqr}.").format(
            median=general(cell.median), mean=general(round(cell.mean, 2)), low=general(cell.low),
            high=general(cell.high), iqr=general(round(cell.iqr, 3))))

    # ------------------------------------------------------------------ participants
    def selected_ids(self) -> list[str]:
        """Ids of the selected participants, in table order."""
        selection = self.table.selectionModel()
        if selection is None:
            return []
        rows = sorted({i.row() for i in selection.selectedRows()})
        return [self.model.ids[r] for r in rows if 0 <= r < len(self.model.ids)]

    def open_participant_dialog(self, participant_id: str | None = None) -> ParticipantDialog:
        """Open the dialog to add a participant (or edit one); OK pushes one undoable edit."""
        d = self.controller.dialogue
        dialog = ParticipantDialog(d, d.participants.get(participant_id) if participant_id else None, self)
        dialog.accepted.connect(lambda: self._save_participant(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _save_participant(self, dialog: ParticipantDialog) -> None:
        person = dialog.result_participant
        if person is None:
            return
        d = self.controller.dialogue
        try:
            edit = ep.update_participant(d, person) if dialog.original else ep.add_participant(d, person)
        except PalabreError as exc:
            self.controller.refused.emit(core_message(exc.message))
            return
        if self.controller.push(edit):
            row = self.model.row_of(person.id)
            if row >= 0:
                self.table.selectRow(row)

    def edit_selected(self) -> None:
        """Edit the selected participant."""
        ids = self.selected_ids()
        if len(ids) == 1:
            self.open_participant_dialog(ids[0])

    def remove_selected(self) -> None:
        """Remove the selected participants with their answers (one undoable step)."""
        ids = self.selected_ids()
        if not ids:
            return
        try:
            edit = ep.remove_participants(self.controller.dialogue, ids)
        except PalabreError as exc:
            self.controller.refused.emit(core_message(exc.message))
            return
        self.controller.push(edit)

    # ------------------------------------------------------------------ sheets out and in
    def _window_message(self, text: str) -> None:
        window = self.window()
        if hasattr(window, "show_info"):
            window.show_info(text)

    def export_sheets(self, folder: Path | None = None) -> list[Path]:
        """Write every participant's scoring workbook (and PDF) into a folder (asked if None)."""
        from exports.scoring_sheets import write_sheets

        if folder is None:
            start = str(self.controller.path.parent) if self.controller.path else str(Path.home())
            name = QFileDialog.getExistingDirectory(self, self.tr("Folder for the scoring sheets"), start)
            if not name:
                return []
            folder = Path(name)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            written = write_sheets(self.controller.dialogue, folder, pdf=self.pdf_box.isChecked())
        except PalabreError as exc:
            QGuiApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.tr("Sheets not written"), core_message(exc.message))
            return []
        QGuiApplication.restoreOverrideCursor()
        self._window_message(self.tr("%n file(s) written to {folder}", "", len(written)).format(folder=folder))
        return written

    def import_sheets(self, folder: Path | None = None) -> CollectPreviewDialog | None:
        """Check a folder of returned sheets and open the preview (nothing changes before Merge)."""
        from exports.collect_sheets import collect_folder

        if folder is None:
            start = str(self.controller.path.parent) if self.controller.path else str(Path.home())
            name = QFileDialog.getExistingDirectory(self, self.tr("Folder of returned sheets"), start)
            if not name:
                return None
            folder = Path(name)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            preview = collect_folder(self.controller.dialogue, folder)
        except PalabreError as exc:
            QGuiApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.tr("Sheets not read"), core_message(exc.message))
            return None
        QGuiApplication.restoreOverrideCursor()
        if not preview.reports:
            QMessageBox.information(self, self.tr("No sheets"),
                                    self.tr("There is no workbook (.xlsx) in {folder}.").format(folder=folder))
            return None
        dialog = CollectPreviewDialog(preview, self)
        dialog.accepted.connect(lambda: self._merge(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _merge(self, dialog: CollectPreviewDialog) -> None:
        edit = dialog.preview.edit
        if edit is None:
            return
        if self.controller.push(edit):
            self._window_message(self.tr("Merged %n sheet(s); Ctrl+Z undoes the merge", "",
                                         len(dialog.preview.merged)))

    # ------------------------------------------------------------------ aggregation
    def make_perspectives(self) -> None:
        """One weight set per stakeholder group, from its members' weights (one undoable step)."""
        try:
            edit = ep.perspectives_from_groups(
                self.controller.dialogue,
                lambda g: self.tr("{group} (participants)").format(group=group_label(g, language())))
        except PalabreError as exc:
            self.controller.refused.emit(core_message(exc.message))
            return
        if self.controller.push(edit):
            self._window_message(self.tr("%n perspective(s) made from the groups' weights; see the "
                                         "Perspectives tab", "", len(edit.steps)))

    def use_combined_scores(self) -> None:
        """Put the combined scores into the score table (one undoable step)."""
        try:
            edit = ep.use_combined_scores(self.controller.dialogue, self.centre.currentData())
        except PalabreError as exc:
            self.controller.refused.emit(core_message(exc.message))
            return
        if self.controller.push(edit):
            self._window_message(self.tr("The score table now holds the participants' combined "
                                         "scores; Ctrl+Z undoes"))

    # ------------------------------------------------------------------ pictures
    def screenshot_states(self) -> list[tuple[str, Callable[[], Callable[[], None]]]]:
        """The heat map with a cell selected, and the import preview on a folder of sheets."""
        return [("cell", self._shot_cell), ("import-preview", self._shot_preview)]

    def _shot_cell(self) -> Callable[[], None]:
        index = self._index_of(("hardship_allowance", "retention"))
        if not index.isValid() and self.heat_model.rowCount():
            index = self.heat_model.index(0, 0)
        self.heatmap.setCurrentIndex(index)
        return lambda: self.heatmap.setCurrentIndex(QModelIndex())

    def _shot_preview(self) -> Callable[[], None]:
        folder = Path(tempfile.mkdtemp(prefix="palabre-sheets-"))
        demo_returned_sheets(self.controller.dialogue, folder)
        dialog = self.import_sheets(folder)

        def restore() -> None:
            if dialog is not None:
                dialog.reject()
            shutil.rmtree(folder, ignore_errors=True)

        return restore


def demo_returned_sheets(d: object, folder: Path) -> None:
    """A folder of returned sheets for pictures: each answering participant's sheet filled with
    their answers, one with a word typed where a score belongs, and a file that is no workbook."""
    from exports.scoring_sheets import build_workbook, sheet_file_name

    answered = [pid for pid in d.participants if pid in d.answers]  # type: ignore[attr-defined]
    for n, pid in enumerate(d.participants):  # type: ignore[attr-defined]
        wb, layout = build_workbook(d, pid, prefill=pid in answered)  # type: ignore[arg-type]
        if n == 3 and layout.answers:
            spoiled = next((a for a in layout.answers if a.kind == "score"), layout.answers[0])
            wb[spoiled.sheet][spoiled.cell].value = "high"
        wb.save(folder / sheet_file_name(d, pid))  # type: ignore[arg-type]
    (folder / "answers-sent-by-email.xlsx").write_text("4, 5, 3, 2", encoding="utf-8")
