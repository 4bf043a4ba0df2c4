"""The Perspectives workspace: each stakeholder group's weights give a ranking; here they are side
by side, with how far they agree (Kendall's W), the consensus (Borda count) and where a perspective
would block an option. The perspective bar switches, creates, copies, renames and removes them."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.controller import DocumentController
from desktop.locale_format import core_message, number
from desktop.models.method_state import view_state
from desktop.models.perspectives_table import PerspectivesModel, block_rank
from desktop.models.results_data import perspectives
from desktop.widgets.method_picker import MethodPicker
from desktop.widgets.perspectives_chart import PerspectivesChart
from desktop.widgets.results_refresh import RefreshOnShow
from desktop.widgets.results_style import heading, note
from desktop.widgets.weights_perspectives import PerspectiveBar
from mcda.perspectives import agreement_words
from palabre.errors import PalabreError


class PerspectivesWorkspace(QWidget):
    """Agreement sentence, the rankings table and the bump chart."""

    title = QT_TRANSLATE_NOOP("PerspectivesWorkspace", "Perspectives")  # self.title, translated, in __init__

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = self.tr("Perspectives")
        self.controller = controller
        self.state = view_state(controller)
        self.bar = PerspectiveBar(controller, horizontal=True)
        self.picker = MethodPicker(controller, compact=True)
        self.agreement = note()
        self.agreement.setTextFormat(Qt.TextFormat.RichText)
        self.agreement.setStyleSheet("color: #1b2631; font-size: 11pt;")
        self.rule = note()
        self.model = PerspectivesModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.table.verticalHeader().setDefaultSectionSize(25)
        self.table.horizontalHeader().sectionClicked.connect(self._header_clicked)
        self.chart = PerspectivesChart()
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(heading(self.tr("Rankings side by side")))
        top_layout.addWidget(self.rule)
        top_layout.addWidget(self.table, 1)
        chart_box = QWidget()
        chart_layout = QVBoxLayout(chart_box)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.addWidget(heading(self.tr("How the ranks move between perspectives")))
        chart_layout.addWidget(self.chart, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(chart_box)
        splitter.setSizes([480, 320])
        head = QWidget()
        head_layout = QVBoxLayout(head)
        head_layout.setContentsMargins(0, 0, 0, 0)
        bar_row = QHBoxLayout()
        bar_row.addWidget(QLabel(self.tr("Active perspective")))
        bar_row.addWidget(self.bar, 2)
        bar_row.addSpacing(24)
        bar_row.addWidget(self.picker, 1)
        head_layout.addLayout(bar_row)
        head_layout.addWidget(self.agreement)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(splitter, 1)
        self.refresher = RefreshOnShow(self, self.refresh)
        controller.changed.connect(lambda _c: self.refresher.request())
        controller.replaced.connect(self.refresher.request)
        self.state.method_changed.connect(lambda _m: self.refresher.request())

    def refresh(self) -> None:
        """Compare the perspectives again."""
        d = self.controller.dialogue
        method = self.state.method
        try:
            result = perspectives(self.controller, method)
            active = d.active_weight_set.id
        except PalabreError as exc:
            self.model.set_result(None)
            self.chart.show_result(None)
            self.agreement.setText(escape(self.tr("No comparison: {0}").format(core_message(exc.message))))
            return
        self.model.set_result(result, active)
        self.chart.show_result(result)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        metrics = header.fontMetrics()
        header.resizeSection(0, metrics.horizontalAdvance(self.tr("Consensus")) + 26)
        longest = max((metrics.horizontalAdvance(n) for n in result.option_names), default=200)
        header.resizeSection(1, min(360, longest + 20))
        for k, name in enumerate(result.perspective_names):
            header.resizeSection(2 + k, max(90, min(260, metrics.horizontalAdvance(name) + 28)))
        header.setSectionResizeMode(2 + len(result.perspectives), QHeaderView.ResizeMode.Stretch)
        p, n = len(result.perspectives), len(result.options)
        lead = self.model.order[0] if self.model.order else None
        if p < 2:
            text = self.tr("There is one perspective: add another (for example a copy with another "
                           "group's weights) to compare them.")
        else:
            w = result.kendall_w
            words = agreement_words(w, "en") if w is not None else ""
            text = self.tr("Agreement between the {0} perspectives: <b>{1}</b> (Kendall's W = {2}). "
                           "Consensus by the Borda count: <b>{3}</b> comes first.").format(
                p, escape(self._words(words)), "–" if w is None else number(w),
                escape(result.option_names[lead]) if lead is not None else "–")
        self.agreement.setText(text)
        limit = block_rank(n)
        self.rule.setText(self.tr(
            "Green: in a perspective's top quarter. Red: in its bottom quarter (rank above {0} of {1}); "
            "we read that as a perspective that would block the option. Click a perspective's heading "
            "to make it the active one.").format(limit, n))

    def _words(self, english: str) -> str:
        words = {"very weak": self.tr("very weak"), "weak": self.tr("weak"), "moderate": self.tr("moderate"),
                 "strong": self.tr("strong"), "unusually strong": self.tr("unusually strong"),
                 "undefined": self.tr("undefined")}
        return words.get(english, english)

    def _header_clicked(self, section: int) -> None:
        r = self.model.result
        if r is not None and 2 <= section < 2 + len(r.perspectives):
            self.bar.switch_to(r.perspectives[section - 2])
