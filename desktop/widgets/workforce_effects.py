"""The Workforce tab's Effects page: what each option is expected to change in the workforce.

On the left, the options with the number of effects each carries; on the right, the chosen
option's effects as an editable table, the gap they close by the horizon (with its range), and a
chart of the selected effect's cadre with and without the option.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.controller import DocumentController
from desktop.models.workforce_data import WorkforceView
from desktop.models.workforce_effects import NOTE, EffectsTableModel
from desktop.models.workforce_format import count_text, percent_text, row_label
from desktop.widgets.results_style import heading, note
from desktop.widgets.workforce_charts import StockChart, scenario_colour
from desktop.widgets.workforce_delegates import ChoiceDelegate
from mcda.workforce import ScenarioKind


class EffectsPage(QWidget):
    """Options list | the chosen option's effects, its gap closed and a chart."""

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.view: WorkforceView | None = None
        self.options = QListWidget()
        # Long names (French runs ~20% longer) wrap inside the list instead of scrolling sideways.
        self.options.setWordWrap(True)
        self.options.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.options.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.options.setSpacing(2)
        self.options.currentItemChanged.connect(lambda _c, _p: self._option_chosen())
        self.model = EffectsTableModel(controller)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegate(ChoiceDelegate(self.table))
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)
        self.title = heading("")
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.RichText)
        self.add_button = QPushButton(self.tr("Add effect"))
        self.add_button.setToolTip(self.tr("Add an effect to this option: 10% less attrition to start "
                                           "with, on what the gap closed counts; then change it"))
        self.add_button.clicked.connect(lambda: self.add_effect())
        self.remove_button = QPushButton(self.tr("Remove effect"))
        self.remove_button.clicked.connect(lambda: self.model.remove_row(self.table.currentIndex().row()))
        self.chart = StockChart(legend_width=190)
        self.chart_title = QLabel()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(heading(self.tr("Options")))
        left_layout.addWidget(self.options, 1)

        buttons = QHBoxLayout()
        buttons.addWidget(self.title, 1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        editor = QWidget()
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addLayout(buttons)
        editor_layout.addWidget(note(self.tr(
            "Relative changes are percentages of the flow (−30% attrition: 30% fewer leave); absolute "
            "ones are workers a year. Low and high give the plausible range; blank years mean from the "
            "start, to the horizon. Hover over a row to read it as a sentence.")))
        editor_layout.addWidget(self.table, 1)
        editor_layout.addWidget(self.result)
        chart_box = QWidget()
        chart_layout = QVBoxLayout(chart_box)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.addWidget(self.chart_title)
        chart_layout.addWidget(self.chart, 1)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(editor)
        right.addWidget(chart_box)
        right.setSizes([330, 430])

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([330, 1090])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)
        self.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._draw())
        self.model.modelReset.connect(self._select_first_effect)

    @property
    def option_id(self) -> str | None:
        """The option whose effects are shown."""
        return self.model.option_id

    # ------------------------------------------------------------------ following the document
    def show_view(self, view: WorkforceView) -> None:
        """Refill the options list (keeping the choice), the result line and the chart."""
        self.view = view
        d = self.controller.dialogue
        chosen = self.option_id
        self.options.blockSignals(True)
        self.options.clear()
        for oid, option in d.options.items():
            n = view.effect_counts.get(oid, 0)
            text = self.tr("{name}\n%n effect(s)", "", n).format(name=option.name) if n else \
                self.tr("{name}\nno effect yet").format(name=option.name)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, oid)
            item.setToolTip(option.name)
            if not n:
                item.setForeground(Qt.GlobalColor.darkGray)
            self.options.addItem(item)
        ids = list(d.options)
        if chosen not in ids:
            chosen = next((o for o in ids if view.effect_counts.get(o)), ids[0] if ids else None)
        if chosen is not None:
            self.options.setCurrentRow(ids.index(chosen))
        self.options.blockSignals(False)
        if chosen != self.option_id:
            self.model.set_option(chosen)
        self._describe()
        self._draw()

    def select_option(self, option_id: str) -> None:
        """Show an option's effects."""
        for i in range(self.options.count()):
            if self.options.item(i).data(Qt.ItemDataRole.UserRole) == option_id:
                self.options.setCurrentRow(i)
                return

    def _option_chosen(self) -> None:
        item = self.options.currentItem()
        self.model.set_option(item.data(Qt.ItemDataRole.UserRole) if item is not None else None)
        self._describe()
        self._draw()

    def _select_first_effect(self) -> None:
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))

    def _describe(self) -> None:
        oid = self.option_id
        d = self.controller.dialogue
        has_baseline = self.view is not None and self.view.baseline is not None
        self.add_button.setEnabled(oid is not None and has_baseline)
        self.remove_button.setEnabled(oid is not None and self.model.rowCount() > 0)
        if oid is None:
            self.title.setText("")
            self.result.setText("")
            return
        self.title.setText(self.tr("<b>Effects of</b> {name}").format(name=escape(d.options[oid].name)))
        view = self.view
        gap = view.option_gap(oid) if view is not None else None
        if view is None or not self.model.rowCount():
            self.result.setText(escape(self.tr("This option has no workforce effects: it closes no gap in "
                                               "the projection. Add an effect to say what it changes.")))
            return
        if gap is None:
            self.result.setText(f"<span style='color:#c0392b'>{escape(view.problem)}</span>")
            return
        share = percent_text(gap.share, exact=False) if gap.share is not None else ""
        text = self.tr("By {year}, these effects close <b>{central}</b> of the {base} workers missing "
                       "({target}; {share}), from {low} to {high} between the pessimistic and the "
                       "optimistic runs.").format(
            year=gap.year, central=count_text(gap.central), base=count_text(gap.baseline_gap),
            target=escape(view.target_label), share=share, low=count_text(gap.low), high=count_text(gap.high))
        self.result.setText(text)

    def _draw(self) -> None:
        view = self.view
        oid = self.option_id
        row = self.table.currentIndex().row()
        if view is None or view.base is None or oid is None:
            self.chart.clear()
            self.chart_title.setText("")
            return
        effects = self.model.effects
        e = effects[row] if 0 <= row < len(effects) else (effects[0] if effects else None)
        b = view.baseline
        if e is not None and e.cadre:
            cadre, area = e.cadre, e.area
        else:
            target = [t for t in view.link.target if b is not None and t in b.cadre_ids]
            cadre = target[0] if target else (b.cadre_ids[0] if b is not None else "")
            area = view.link.area or ""
        key = f"{ScenarioKind.OPTION.value}:{oid}"
        keys = [key] if key in view.projections else []
        name = b.cadre_name(cadre) if b is not None else cadre
        self.chart_title.setText(self.tr("<b>Stock against need</b> — {row}, with and without this option").format(
            row=escape(row_label(name, area))))
        self.chart.show_row(view, cadre, area, keys, {key: scenario_colour(0)})

    def add_effect(self) -> bool:
        """Add an effect to the chosen option and select it."""
        done = self.model.add_effect()
        if done:
            self.table.setCurrentIndex(self.model.index(self.model.rowCount() - 1, 0))
        return done
