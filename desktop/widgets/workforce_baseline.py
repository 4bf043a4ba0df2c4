"""The Workforce tab's Baseline page: start year and horizon, the cadre table, the population and
the combined needs, with a chart of the chosen cadre row's stock against its need.

Every change is one undoable edit of the baseline (the models in ``desktop/models/workforce_*``);
the spin boxes are refreshed from the document with their signals blocked, so that following an
undo never makes an edit of its own.
"""

from __future__ import annotations

from dataclasses import replace
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.controller import DocumentController
from desktop.models.workforce_cadres import AREA, NAME, CadreTableModel
from desktop.models.workforce_data import WorkforceView
from desktop.models.workforce_format import area_label, row_label
from desktop.models.workforce_needs import CombinedNeedModel
from desktop.models.workforce_population import PopulationTableModel
from desktop.widgets.results_style import heading, note
from desktop.widgets.workforce_charts import StockChart
from desktop.widgets.workforce_delegates import ChoiceDelegate
from dialogue.workforce import baseline_of
from mcda.workforce import WorkforceBaseline
from mcda.workforce.baseline import MAX_HORIZON_YEARS, MAX_YEAR, MIN_YEAR


def _table(model, stretch: int | None = None) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setItemDelegate(ChoiceDelegate(table))
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(24)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                          | QAbstractItemView.EditTrigger.EditKeyPressed
                          | QAbstractItemView.EditTrigger.AnyKeyPressed)
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


class BaselinePage(QWidget):
    """Years, cadres, population and combined needs, editable; a chart of the chosen row."""

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.view: WorkforceView | None = None
        self.start_year = QSpinBox()
        self.start_year.setRange(MIN_YEAR, MAX_YEAR)
        self.start_year.setKeyboardTracking(False)
        self.start_year.setToolTip(self.tr("The year of the stock counts; stocks are at its start"))
        self.horizon = QSpinBox()
        self.horizon.setRange(MIN_YEAR, MAX_YEAR)
        self.horizon.setKeyboardTracking(False)
        self.horizon.setToolTip(self.tr("The last year projected; the gap closed is counted in this year"))
        self.start_year.valueChanged.connect(self._years_changed)
        self.horizon.valueChanged.connect(self._years_changed)

        self.cadres = CadreTableModel(controller)
        self.cadre_table = _table(self.cadres)
        # The numbers take the width their headers need; the names take the rest.
        header = self.cadre_table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(64)
        self.add_cadre_button = QPushButton(self.tr("Add cadre…"))
        self.add_cadre_button.setToolTip(self.tr("Add a cadre (for example clinical officers), with zeros to fill in"))
        self.add_cadre_button.clicked.connect(lambda: self.add_cadre())
        self.remove_cadre_button = QPushButton(self.tr("Remove row"))
        self.remove_cadre_button.setToolTip(self.tr("Remove the selected cadre row"))
        self.remove_cadre_button.clicked.connect(
            lambda: self.cadres.remove_row(self.cadre_table.currentIndex().row()))

        self.population = PopulationTableModel(controller)
        self.population_table = _table(self.population, 0)
        self.add_area_button = QPushButton(self.tr("Add area…"))
        self.add_area_button.clicked.connect(lambda: self.add_area())
        self.remove_area_button = QPushButton(self.tr("Remove area"))
        self.remove_area_button.setToolTip(self.tr("Remove the selected area and its cadre rows"))
        self.remove_area_button.clicked.connect(
            lambda: self.population.remove_row(self.population_table.currentIndex().row()))

        self.needs = CombinedNeedModel(controller)
        self.needs_table = _table(self.needs, 2)
        self.sdg_button = QPushButton(self.tr("WHO SDG threshold (4.45 per 1,000)"))
        self.sdg_button.setToolTip(self.tr(
            "Add WHO's SDG index threshold: 4.45 doctors, nurses and midwives per 1,000 population, "
            "compared with the sum of the three cadres (WHO 2016, Workforce 2030)"))
        self.sdg_button.clicked.connect(lambda: self.needs.add_sdg_threshold())
        self.remove_need_button = QPushButton(self.tr("Remove need"))
        self.remove_need_button.clicked.connect(
            lambda: self.needs.remove_row(self.needs_table.currentIndex().row()))

        self.chart = StockChart(legend_width=170)
        self.chart_title = heading("")

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Start year")))
        bar.addWidget(self.start_year)
        bar.addSpacing(12)
        bar.addWidget(QLabel(self.tr("Horizon")))
        bar.addWidget(self.horizon)
        bar.addSpacing(12)
        self.summary = note()
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.add_cadre_button)
        bar.addWidget(self.remove_cadre_button)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(bar)
        top_layout.addWidget(note(self.tr(
            "Double-click a cell to change it; rates are percentages of the stock a year. Give the need "
            "either per 1,000 population or as a number of posts. Every change can be undone.")))
        top_layout.addWidget(self.cadre_table, 1)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        pop_head = QHBoxLayout()
        pop_head.addWidget(heading(self.tr("Population")))
        pop_head.addStretch(1)
        pop_head.addWidget(self.add_area_button)
        pop_head.addWidget(self.remove_area_button)
        left_layout.addLayout(pop_head)
        left_layout.addWidget(self.population_table, 1)
        need_head = QHBoxLayout()
        need_head.addWidget(heading(self.tr("Combined needs")))
        need_head.addStretch(1)
        need_head.addWidget(self.sdg_button)
        need_head.addWidget(self.remove_need_button)
        left_layout.addLayout(need_head)
        left_layout.addWidget(self.needs_table, 1)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.chart_title)
        right_layout.addWidget(self.chart, 1)

        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(left)
        bottom.addWidget(right)
        bottom.setSizes([560, 820])
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setSizes([340, 420])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)
        self.cadre_table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._draw())
        self.cadres.modelReset.connect(self._keep_selection)

    # ------------------------------------------------------------------ following the document
    def show_view(self, view: WorkforceView) -> None:
        """Show a revision: years, summary and the chart (the tables follow the document)."""
        self.view = view
        b = view.baseline
        if b is None:
            return
        for box in (self.start_year, self.horizon):
            box.blockSignals(True)
        # Bounds first, then values, all with signals blocked: following the document never edits it.
        self.horizon.setRange(b.start_year + 1, min(MAX_YEAR, b.start_year + MAX_HORIZON_YEARS))
        self.start_year.setValue(b.start_year)
        self.horizon.setValue(int(b.horizon))  # type: ignore[arg-type]
        for box in (self.start_year, self.horizon):
            box.blockSignals(False)
        cadres = len(b.cadre_ids)
        areas = [a for a in b.areas if a]
        if areas:
            text = self.tr("%n cadre(s) in {areas}", "", cadres).format(areas=", ".join(area_label(a) for a in areas))
        else:
            text = self.tr("%n cadre(s), whole country", "", cadres)
        self.summary.setText(text)
        self.sdg_button.setEnabled(not any(n.id == "sdg" for n in b.combined))
        self._keep_selection()
        self._draw()

    def _keep_selection(self) -> None:
        if self.cadres.rowCount() and not self.cadre_table.currentIndex().isValid():
            self.cadre_table.setCurrentIndex(self.cadres.index(0, AREA))

    def _draw(self) -> None:
        view = self.view
        row = self.cadre_table.currentIndex().row()
        c = self.cadres.cadre_at(row)
        if view is None or c is None or view.baseline is None:
            self.chart.clear()
            self.chart_title.setText("")
            return
        self.chart_title.setText(self.tr("<b>Baseline projection</b> — {row}").format(
            row=escape(row_label(c.name, c.area))))
        self.chart.show_row(view, c.cadre, c.area, [], {})

    # ------------------------------------------------------------------ editing
    def _years_changed(self) -> None:
        start, horizon = self.start_year.value(), self.horizon.value()

        def build(b: WorkforceBaseline) -> WorkforceBaseline:
            if start != b.start_year:
                # The horizon moves with the start year, so that the span projected stays the same.
                span = (b.horizon or b.start_year + 10) - b.start_year
                return replace(b, start_year=start, horizon=start + span)
            return replace(b, horizon=horizon)

        if not self.cadres.push_baseline(build, self.tr("Change the projection years")):
            b = baseline_of(self.controller.dialogue)
            if b is not None and self.view is not None:
                self.show_view(replace(self.view, baseline=b))

    def add_cadre(self, name: str | None = None) -> bool:
        """Add a cadre (asks its name unless given)."""
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("Add cadre"), self.tr("Name of the new cadre:"),
                                            text=self.tr("Clinical officers"))
            if not ok:
                return False
        done = self.cadres.add_cadre(name)
        if done:
            last = self.cadres.rowCount() - 1
            self.cadre_table.setCurrentIndex(self.cadres.index(last, NAME))
            self.cadre_table.scrollToBottom()
        return done

    def add_area(self, area: str | None = None, size: float | None = None) -> bool:
        """Add an area's population (asks the name and population unless given)."""
        if area is None:
            area, ok = QInputDialog.getText(self, self.tr("Add area"), self.tr("Name of the area:"))
            if not ok:
                return False
        if size is None:
            size, ok = QInputDialog.getDouble(self, self.tr("Add area"),
                                              self.tr("Population of {0} in the start year:").format(area),
                                              100_000, 1, 1e9, 0)
            if not ok:
                return False
        return self.population.add_area(area, size)
