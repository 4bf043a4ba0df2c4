"""The Sensitivity workspace: how far each criterion's weight can move before another option comes
first, a one-way plot per criterion with the switch points marked, and the same in plain sentences.

Convention (:mod:`mcda.sensitivity`): one criterion's share of the overall score varies from 0 to
1 while the others keep their proportions.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.controller import DocumentController
from desktop.locale_format import core_message
from desktop.models.method_state import method_label, view_state
from desktop.models.results_data import one_way, statements, thresholds
from desktop.models.sensitivity_table import ThresholdModel
from desktop.widgets.method_picker import MethodPicker
from desktop.widgets.results_refresh import RefreshOnShow
from desktop.widgets.results_style import heading, note
from desktop.widgets.sensitivity_plot import SensitivityPlot
from palabre.errors import PalabreError


class SensitivityWorkspace(QWidget):
    """Thresholds table, one-way plot of the chosen criterion, robustness sentences."""

    title = QT_TRANSLATE_NOOP("SensitivityWorkspace", "Sensitivity")  # self.title, translated, in __init__

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = self.tr("Sensitivity")
        self.controller = controller
        self.state = view_state(controller)
        self.picker = MethodPicker(controller, compact=True)
        self.intro = note()
        self.model = ThresholdModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.plot = SensitivityPlot()
        self.plot_title = heading("")
        self.sentences = QTextBrowser()
        self.sentences.setOpenLinks(False)
        top = QSplitter(Qt.Orientation.Horizontal)
        table_box = QWidget()
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(heading(self.tr("Where the leader changes")))
        table_layout.addWidget(self.table, 1)
        plot_box = QWidget()
        plot_layout = QVBoxLayout(plot_box)
        plot_layout.setContentsMargins(0, 0, 0, 0)
        plot_layout.addWidget(self.plot_title)
        plot_layout.addWidget(self.plot, 1)
        top.addWidget(table_box)
        top.addWidget(plot_box)
        top.setSizes([720, 720])
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(heading(self.tr("In plain words")))
        bottom_layout.addWidget(self.sentences, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setSizes([560, 240])
        layout = QVBoxLayout(self)
        layout.addWidget(self.picker)
        layout.addWidget(self.intro)
        layout.addWidget(splitter, 1)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._plot(cur.row()))
        self.refresher = RefreshOnShow(self, self.refresh)
        controller.changed.connect(lambda _c: self.refresher.request())
        controller.replaced.connect(self.refresher.request)
        self.state.method_changed.connect(lambda _m: self.refresher.request())

    @property
    def method(self) -> str:
        """The method the analysis uses (the additive model stands in for ELECTRE)."""
        return self.state.batch_method

    def refresh(self) -> None:
        """Recompute thresholds, the plot of the chosen criterion and the sentences."""
        chosen = self.selected_criterion()
        method = self.method
        intro = self.tr("How far can each weight move before another option comes first? One criterion's "
                        "share of the score goes from 0 to 1 while the others keep their proportions.")
        if method != self.state.method:
            intro += " " + self.tr("{0} gives no score per option to vary, so the additive value model is "
                                   "used here.").format(method_label(self.state.method))
        self.intro.setText(intro)
        try:
            found = thresholds(self.controller, method)
            names = {o.id: o.name for o in self.controller.dialogue.options.values()}
            sentences = statements(self.controller, method)
        except PalabreError as exc:
            self.model.set_thresholds([], {})
            self.plot.clear()
            problem = self.tr("No analysis: {0}").format(core_message(exc.message))
            self.sentences.setHtml(f"<p>{escape(problem)}</p>")
            return
        self.model.set_thresholds(found, names)
        self.sentences.setHtml("<ul style='margin-left:-20px'>" + "".join(
            f"<li style='margin-bottom:4px'>{escape(s)}</li>" for s in sentences) + "</ul>")
        ids = [t.criterion for t in self.model.rows]
        self.select_criterion(chosen if chosen in ids else (ids[0] if ids else None))

    def selected_criterion(self) -> str | None:
        """The criterion whose plot is shown."""
        row = self.table.currentIndex().row()
        return self.model.rows[row].criterion if 0 <= row < len(self.model.rows) else None

    def select_criterion(self, criterion_id: str | None) -> None:
        """Show a criterion's one-way plot (and select its row)."""
        ids = [t.criterion for t in self.model.rows]
        if criterion_id not in ids:
            self.plot.clear()
            return
        row = ids.index(criterion_id)
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self._plot(row)

    def _plot(self, row: int) -> None:
        if not 0 <= row < len(self.model.rows):
            return
        t = self.model.rows[row]
        method = self.method
        try:
            data = one_way(self.controller, t.criterion, method)
        except PalabreError:
            self.plot.clear()
            return
        label = self.tr("Q, reversed (higher is better)") if method == "vikor" else self.tr("Score")
        self.plot.show_data(data, t, self.model.names, label)
        heading = self.tr("One-way sensitivity")
        self.plot_title.setText(f"<b>{escape(heading)}</b> — {escape(t.criterion_name)}")
