"""The Workforce tab's Projection page: stock against need over the years for a chosen cadre (or
combined need) and area, the baseline always drawn, the scenarios ticked in the list beside it.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models.workforce_data import WorkforceView
from desktop.models.workforce_format import count_text, row_label
from desktop.models.workforce_gaps import ranked_gaps, scenario_name
from desktop.widgets.results_style import heading, note
from desktop.widgets.workforce_charts import StockChart, scenario_colour
from mcda.workforce import ScenarioKind
from mcda.workforce.projection import ROW_COMBINED, ROW_TOTAL

UNSHOWN = "#e3e7eb"
DEFAULT_SHOWN = 2
"""Scenarios ticked at first: "all options together" and the option closing the largest gap."""


def _icon(colour: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class ProjectionPage(QWidget):
    """Row chooser and scenario list on the left, the chart on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view: WorkforceView | None = None
        self.chosen: set[str] | None = None  # None until the user (or a default) chooses
        self.rows = QComboBox()
        self.rows.setMinimumContentsLength(24)
        self.rows.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.rows.currentIndexChanged.connect(lambda _i: self._draw())
        self.scenarios = QListWidget()
        self.scenarios.setWordWrap(True)
        self.scenarios.itemChanged.connect(self._ticked)
        self.none_button = QPushButton(self.tr("Baseline only"))
        self.none_button.clicked.connect(lambda: self.show_scenarios([]))
        self.chart = StockChart(legend_width=230)
        self.title = QLabel()
        self.numbers = note()

        side = QWidget()
        side.setFixedWidth(340)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(heading(self.tr("Cadre and area")))
        side_layout.addWidget(self.rows)
        head = QHBoxLayout()
        head.addWidget(heading(self.tr("Scenarios")))
        head.addStretch(1)
        head.addWidget(self.none_button)
        side_layout.addLayout(head)
        side_layout.addWidget(note(self.tr("The baseline is always drawn; tick the scenarios to compare "
                                           "with it.")))
        side_layout.addWidget(self.scenarios, 1)
        main = QWidget()
        main_layout = QVBoxLayout(main)
        main_layout.setContentsMargins(0, 0, 0, 0)
        main_layout.addWidget(self.title)
        main_layout.addWidget(self.chart, 1)
        main_layout.addWidget(self.numbers)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(side)
        layout.addWidget(main, 1)

    # ------------------------------------------------------------------ following the document
    def show_view(self, view: WorkforceView) -> None:
        """Refill the row chooser and the scenario list (keeping the choices), redraw."""
        self.view = view
        base = view.base
        current = self.rows.currentData()
        self.rows.blockSignals(True)
        self.rows.clear()
        if base is not None:
            b = base.layout.baseline
            for spec in base.layout.rows:
                name = b.cadre_name(spec.cadre)
                if spec.kind == ROW_TOTAL:
                    text = self.tr("{name} (all areas)").format(name=name)
                elif spec.kind == ROW_COMBINED and not spec.area:
                    text = self.tr("{name} (national)").format(name=name)
                else:
                    text = row_label(name, spec.area)
                self.rows.addItem(text, (spec.cadre, spec.area))
            keys = [self.rows.itemData(i) for i in range(self.rows.count())]
            wanted = current if current in keys else self._default_row(view, keys)
            self.rows.setCurrentIndex(keys.index(wanted) if wanted in keys else 0)
        self.rows.blockSignals(False)
        self.scenarios.blockSignals(True)
        self.scenarios.clear()
        keys = [s.key for s in view.scenarios[1:]]
        if self.chosen is None and view.gaps:
            self.chosen = self._default_scenarios(view)
        chosen = self.chosen or set()
        for s in view.scenarios[1:]:
            item = QListWidgetItem(_icon(UNSHOWN), scenario_name(s))
            item.setData(Qt.ItemDataRole.UserRole, s.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if s.key in chosen else Qt.CheckState.Unchecked)
            item.setToolTip(self.tr("{name}: %n effect(s)", "", len(s.effects)).format(name=scenario_name(s)))
            self.scenarios.addItem(item)
        self.chosen = {k for k in chosen if k in keys} if self.chosen is not None else None
        self.scenarios.blockSignals(False)
        self._draw()

    @staticmethod
    def _default_row(view: WorkforceView, keys: list) -> tuple[str, str] | None:
        """What the gap closed counts (its first cadre, in its area), else the first row."""
        link = view.link
        for cadre in link.target:
            key = (cadre, link.area or "")
            if key in keys:
                return key
        return keys[0] if keys else None

    @staticmethod
    def _default_scenarios(view: WorkforceView) -> set[str]:
        ranked = [s.key for s, _ in ranked_gaps(view) if s.kind is ScenarioKind.OPTION][:DEFAULT_SHOWN - 1]
        every = [s.key for s in view.scenarios if s.kind is ScenarioKind.ALL]
        return set(ranked + every)

    def _ticked(self, _item: QListWidgetItem) -> None:
        self.chosen = {self.scenarios.item(i).data(Qt.ItemDataRole.UserRole)
                       for i in range(self.scenarios.count())
                       if self.scenarios.item(i).checkState() == Qt.CheckState.Checked}
        self._draw()

    def show_scenarios(self, keys: list[str]) -> None:
        """Tick exactly these scenarios (and redraw)."""
        self.chosen = set(keys)
        self.scenarios.blockSignals(True)
        for i in range(self.scenarios.count()):
            item = self.scenarios.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in self.chosen
                               else Qt.CheckState.Unchecked)
        self.scenarios.blockSignals(False)
        self._draw()

    def choose_row(self, cadre: str, area: str = "") -> None:
        """Draw this cadre (or combined need) in this area."""
        at = self.rows.findData((cadre, area))
        if at >= 0:
            self.rows.setCurrentIndex(at)

    def _draw(self) -> None:
        view = self.view
        key = self.rows.currentData()
        if view is None or view.base is None or key is None:
            self.chart.clear(view.problem if view is not None else "")
            self.title.setText("")
            self.numbers.setText("")
            return
        cadre, area = key
        order = [s.key for s in view.scenarios[1:]]
        shown = [k for k in order if k in (self.chosen or set())]
        # Colours go to the scenarios shown, in list order, so that the few compared stay distinct.
        colours = {k: scenario_colour(i) for i, k in enumerate(shown)}
        self.scenarios.blockSignals(True)
        for i in range(self.scenarios.count()):
            item = self.scenarios.item(i)
            item.setIcon(_icon(colours.get(item.data(Qt.ItemDataRole.UserRole), UNSHOWN)))
        self.scenarios.blockSignals(False)
        self.title.setText(self.tr("<b>Stock against need</b> — {row}, {first} to {last}").format(
            row=escape(self.rows.currentText()), first=view.base.years[0], last=view.base.years[-1]))
        self.chart.show_row(view, cadre, area, shown, colours)
        last = view.base.years[-1]
        at = view.base.at(cadre, last, area)
        if at.need is None:
            self.numbers.setText(self.tr("In {year} the baseline has {stock} workers; no need is set.").format(
                year=last, stock=count_text(at.stock)))
        else:
            self.numbers.setText(self.tr("In {year} the baseline has {stock} workers for a need of {need}: "
                                         "a gap of {gap}.").format(year=last, stock=count_text(at.stock),
                                                                   need=count_text(at.need),
                                                                   gap=count_text(at.gap)))
