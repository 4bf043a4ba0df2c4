"""The Workforce tab's Gap closed page: what the gap closed counts (cadres, area, measure), the
link into the decision (an Impact criterion scored by the central gap closed, with the low and
high runs as the uncertainty SMAA samples), and the gap each scenario closes, as a chart and a table.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
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
from desktop.models.workforce_format import area_label, count_text, every_area
from desktop.models.workforce_gaps import SCENARIO, GapTableModel
from desktop.widgets.results_style import WARN, heading, note
from desktop.widgets.workforce_charts import GapChart
from dialogue.edits_workforce import link_gap_closed, set_gap_target, unlink_gap_closed
from mcda.workforce.impact import MEASURES
from palabre.errors import PalabreError


class GapPage(QWidget):
    """Target and link on the left; the chart and the table on the right."""

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.view: WorkforceView | None = None
        self.targets = QListWidget()
        self.targets.setToolTip(self.tr("The cadres (or combined needs) whose gap is counted; none "
                                        "ticked: every cadre with a need"))
        self.targets.itemChanged.connect(lambda _i: self._target_changed())
        self.area = QComboBox()
        self.area.currentIndexChanged.connect(lambda _i: self._target_changed())
        self.measure = QComboBox()
        self.measure.addItem(self.tr("Shortage (workers missing)"), "shortage")
        self.measure.addItem(self.tr("Signed gap (counts workers beyond the need)"), "gap")
        self.measure.setToolTip(self.tr(
            "Shortage: workers beyond the need close no gap, and a surplus in one area does not hide a "
            "shortage in another. Signed gap: every extra worker counts."))
        self.measure.currentIndexChanged.connect(lambda _i: self._target_changed())
        self.counting = note()
        self.link_text = QLabel()
        self.link_text.setWordWrap(True)
        self.link_text.setTextFormat(Qt.TextFormat.RichText)
        self.link_button = QPushButton(self.tr("Use as Impact criterion"))
        self.link_button.setToolTip(self.tr(
            "Add the Impact criterion “Projected gap closed”, weighted 1 in every perspective: each "
            "option's score is the central gap closed, and the low and high runs are its uncertainty "
            "range (used by SMAA). The scores follow every change of the baseline or the effects."))
        self.link_button.clicked.connect(lambda: self.link())
        self.unlink_button = QPushButton(self.tr("Stop feeding"))
        self.unlink_button.setToolTip(self.tr("The criterion keeps its scores, which you can then edit by hand"))
        self.unlink_button.clicked.connect(lambda: self.unlink())
        self.chart = GapChart()
        self.model = GapTableModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SCENARIO, QHeaderView.ResizeMode.Stretch)
        self.without = note()
        self.chart_title = QLabel()

        side = QWidget()
        side.setMaximumWidth(400)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(heading(self.tr("What the gap closed counts")))
        side_layout.addWidget(self.targets)
        form = QFormLayout()
        form.addRow(self.tr("Area"), self.area)
        form.addRow(self.tr("Measure"), self.measure)
        side_layout.addLayout(form)
        side_layout.addWidget(self.counting)
        side_layout.addSpacing(8)
        side_layout.addWidget(heading(self.tr("Into the decision")))
        side_layout.addWidget(self.link_text)
        buttons = QHBoxLayout()
        buttons.addWidget(self.link_button)
        buttons.addWidget(self.unlink_button)
        buttons.addStretch(1)
        side_layout.addLayout(buttons)
        side_layout.addStretch(1)

        chart_box = QWidget()
        chart_layout = QVBoxLayout(chart_box)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.addWidget(self.chart_title)
        chart_layout.addWidget(self.chart, 1)
        table_box = QWidget()
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.table, 1)
        table_layout.addWidget(self.without)
        main = QSplitter(Qt.Orientation.Vertical)
        main.addWidget(chart_box)
        main.addWidget(table_box)
        main.setSizes([470, 260])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(side)
        layout.addWidget(main, 1)

    # ------------------------------------------------------------------ following the document
    def show_view(self, view: WorkforceView) -> None:
        """Show a revision: target choices, link state, chart and table."""
        self.view = view
        b = view.baseline
        link = view.link
        for w in (self.targets, self.area, self.measure):
            w.blockSignals(True)
        self.targets.clear()
        self.area.clear()
        if b is not None:
            ids = [*b.cadre_ids, *(n.id for n in b.combined)]
            for ident in ids:
                item = QListWidgetItem(b.cadre_name(ident))
                item.setData(Qt.ItemDataRole.UserRole, ident)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if ident in link.target else Qt.CheckState.Unchecked)
                self.targets.addItem(item)
            self.area.addItem(every_area(), "")
            for area in dict.fromkeys(c.area for c in b.cadres if c.area):
                self.area.addItem(area_label(area), area)
            self.area.setCurrentIndex(max(0, self.area.findData(link.area or "")))
        self.measure.setCurrentIndex(max(0, self.measure.findData(link.measure)))
        for w in (self.targets, self.area, self.measure):
            w.blockSignals(False)
        rows = max(self.targets.count(), 3)
        self.targets.setFixedHeight(rows * max(self.targets.sizeHintForRow(0), 18) + 2 * self.targets.frameWidth() + 4)
        self._show_counting(view)
        self._show_link(view)
        self.model.set_view(view)
        if view.gaps:
            first = next(iter(view.gaps.values()))
            self.chart_title.setText(self.tr("<b>Gap closed by {year}</b> — {target}").format(
                year=first.year, target=escape(view.target_label)))
        else:
            self.chart_title.setText("")
        self.chart.show_view(view)
        d = self.controller.dialogue
        idle = [d.options[o].name for o, n in view.effect_counts.items() if not n and o in d.options]
        self.without.setText(self.tr("No effects, so no gap closed: {names}.").format(names=", ".join(idle))
                             if idle else "")

    def _show_counting(self, view: WorkforceView) -> None:
        if view.problem:
            self.counting.setText(f"<span style='color:{WARN}'>{escape(view.problem)}</span>")
            return
        if not view.gaps:
            self.counting.setText(self.tr("No option has workforce effects yet."))
            return
        g = next(iter(view.gaps.values()))
        self.counting.setText(self.tr("Counting {target} in {year}: the baseline leaves {gap} workers "
                                      "missing.").format(target=escape(view.target_label), year=g.year,
                                                         gap=count_text(g.baseline_gap)))

    def _show_link(self, view: WorkforceView) -> None:
        d = self.controller.dialogue
        criterion = d.criteria.get(view.link.criterion) if view.link.criterion else None
        if criterion is not None:
            self.link_text.setText(self.tr(
                "The gap closed scores the Impact criterion <b>{name}</b>: each option's score is its "
                "central gap closed, with the low and high runs as the range SMAA samples. It follows "
                "every change here.").format(name=escape(criterion.name)))
        else:
            self.link_text.setText(escape(self.tr(
                "The gap closed feeds no criterion yet. Use it as an Impact criterion to rank the options "
                "by the workers they add against the need.")))
        self.link_button.setVisible(criterion is None)
        self.unlink_button.setVisible(criterion is not None)
        self.link_button.setEnabled(bool(view.gaps))

    # ------------------------------------------------------------------ editing
    def _target_changed(self) -> None:
        target = [self.targets.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.targets.count())
                  if self.targets.item(i).checkState() == Qt.CheckState.Checked]
        area = self.area.currentData() or None
        measure = self.measure.currentData() or MEASURES[0]
        self.set_target(target, area, measure)

    def set_target(self, target: list[str], area: str | None, measure: str = "shortage") -> bool:
        """Count the gap on these cadres, area and measure (one undoable edit)."""
        try:
            edit = set_gap_target(self.controller.dialogue, target, area, measure)
        except PalabreError as exc:
            self.controller.refused.emit(exc.message)
            done = False
        else:
            done = self.controller.push(edit)
        if not done and self.view is not None:
            self.show_view(self.view)  # the choices go back to what the document says
        return done

    def link(self) -> bool:
        """Let the gap closed score a new Impact criterion (one undoable edit)."""
        try:
            edit = link_gap_closed(self.controller.dialogue, name=self.tr("Projected gap closed"))
        except PalabreError as exc:
            self.controller.refused.emit(exc.message)
            return False
        return self.controller.push(edit)

    def unlink(self) -> bool:
        """Stop scoring the criterion by the gap closed (its scores stay)."""
        try:
            edit = unlink_gap_closed(self.controller.dialogue)
        except PalabreError as exc:
            self.controller.refused.emit(exc.message)
            return False
        return self.controller.push(edit)
