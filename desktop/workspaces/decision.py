"""The decision workspaces: scores (with the live ranking beside them) and weights with the chart."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.controller import DocumentController
from desktop.models.ranking_table import RankingModel
from desktop.models.score_table import ScoreTableModel
from desktop.widgets.ranking_chart import RankingChart
from desktop.widgets.weights_panel import WeightsPanel


def _ranking_view(model: RankingModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().setVisible(False)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    return view


def _titled(title: str, widget: QWidget, note: QLabel | None = None) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    heading = QLabel(f"<b>{title}</b>")
    layout.addWidget(heading)
    if note is not None:
        layout.addWidget(note)
    layout.addWidget(widget, 1)
    return box


class ScoresWorkspace(QWidget):
    """The options-by-criteria score table, with the ranking that follows every edit."""

    title = "Scores"

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.model = ScoreTableModel(controller)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(60)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag.AlignVCenter)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ranking_model = RankingModel(controller)
        self.ranking = _ranking_view(self.ranking_model)
        note = QLabel("Anchored scores run from 1 (worst) to 5 (best); ↓ marks criteria where less is "
                      "better. Hover a cell for its meaning; type to change it (Ctrl+Z undoes). "
                      "Green is good, red is poor.")
        note.setWordWrap(True)
        note.setStyleSheet("color: #5d6d7e;")
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(_titled("Scores of each option on each criterion", self.table, note))
        splitter.addWidget(_titled("Ranking (additive value model)", self.ranking))
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([1040, 400])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)


class RankingWorkspace(QWidget):
    """Weights of the active perspective beside the ranking chart and table."""

    title = "Weights and ranking"

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.weights = WeightsPanel(controller)
        scroll = QScrollArea()
        scroll.setWidget(self.weights)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(360)
        self.chart = RankingChart(controller)
        self.ranking_model = RankingModel(controller)
        self.ranking = _ranking_view(self.ranking_model)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #c0392b;")
        self.problem.setWordWrap(True)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(_titled("Contribution of each criterion to the overall score", self.chart, self.problem))
        right.addWidget(self.ranking)
        right.setSizes([520, 300])
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(_titled("Weights", scroll))
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([400, 1000])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        controller.changed.connect(lambda _c: self._show_problem())
        controller.replaced.connect(self._show_problem)
        self._show_problem()

    def _show_problem(self) -> None:
        problem = self.ranking_model.problem
        self.problem.setText(f"No ranking: {problem}" if problem else "")
        self.problem.setVisible(bool(problem))
