"""The Weights workspace: the active perspective's weights beside the ranking they produce.

Moving a slider re-ranks at once; the chart shows each criterion's contribution, so one sees why
the leading option leads.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QScrollArea, QSplitter, QVBoxLayout, QWidget

from desktop.controller import DocumentController
from desktop.models.method_state import method_label, view_state
from desktop.models.ranking_table import CHANGE, QUADRANT, RankingModel
from desktop.widgets.ranking_chart import RankingChart
from desktop.widgets.results_style import WARN, heading, note
from desktop.widgets.weights_panel import WeightsPanel
from desktop.workspaces.scores_workspace import ranking_view


class RankingWorkspace(QWidget):
    """Weights of the active perspective beside the ranking chart and table."""

    title = QT_TRANSLATE_NOOP("RankingWorkspace", "Weights")  # self.title, translated, in __init__

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = self.tr("Weights")
        self.controller = controller
        self.state = view_state(controller)
        self.weights = WeightsPanel(controller)
        scroll = QScrollArea()
        scroll.setWidget(self.weights)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(470)
        self.chart = RankingChart(controller)
        self.ranking_model = RankingModel(controller)
        self.ranking = ranking_view(self.ranking_model, (CHANGE, QUADRANT))
        self.problem = note("", WARN)
        self.chart_title = heading("")
        chart_box = QWidget()
        chart_layout = QVBoxLayout(chart_box)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.addWidget(self.chart_title)
        chart_layout.addWidget(self.problem)
        chart_layout.addWidget(self.chart, 1)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(chart_box)
        right.addWidget(self.ranking)
        right.setSizes([540, 300])
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(scroll)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([480, 960])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        controller.changed.connect(lambda _c: self._show_problem())
        controller.replaced.connect(self._show_problem)
        self.state.method_changed.connect(lambda _m: self._show_problem())
        self._show_problem()

    def _show_problem(self) -> None:
        problem = self.ranking_model.problem
        self.problem.setText(self.tr("No ranking: {0}").format(problem) if problem else "")
        self.problem.setVisible(bool(problem))
        method = self.state.method
        what = self.tr("Contribution of each criterion to the overall score") if method == "wsm" \
            else self.tr("Ranking")
        self.chart_title.setText(f"<b>{what}</b> — {method_label(method)}")

    def screenshot_states(self) -> list:
        """The three elicitation dialogs, open."""

        def opener(open_dialog):
            def set_up():
                dialog = open_dialog()
                return dialog.close
            return set_up

        def ahp_inconsistent():
            dialog = self.weights.open_ahp()
            ids = dialog.ids
            # A few judgements a facilitator might hear, one of them out of line with the others.
            for (a, b), v in zip(((0, 1), (0, 2), (1, 2), (0, 3), (2, 3), (1, 4)), (3, 5, 3, 1 / 3, 1 / 5, 7),
                                 strict=False):
                if max(a, b) < len(ids):
                    dialog.set_judgement(ids[a], ids[b], v)
            return dialog.close

        return [("ahp", ahp_inconsistent), ("swing", opener(self.weights.open_swing)),
                ("rank-order", opener(self.weights.open_roc))]
