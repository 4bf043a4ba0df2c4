"""The Results workspace: the ranking by the chosen method, what changes against the additive
model, and each criterion's contribution (additive model) or the method's own score.

Switching the method is not an edit (it changes how one looks at the dialogue, not the dialogue),
so it is not undone; the ranking follows every edit of the document.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from desktop.controller import DocumentController
from desktop.locale_format import core_message
from desktop.models.method_state import method_label, view_state
from desktop.models.ranking_table import RankingModel
from desktop.models.results_data import method_result
from desktop.widgets.method_picker import MethodPicker
from desktop.widgets.ranking_chart import RankingChart
from desktop.widgets.results_refresh import RefreshOnShow
from desktop.widgets.results_style import WARN, heading, note
from desktop.workspaces.scores_workspace import ranking_view
from palabre.errors import PalabreError


class ResultsWorkspace(QWidget):
    """Method picker, a sentence on what changed, the chart and the ranking table."""

    title = QT_TRANSLATE_NOOP("ResultsWorkspace", "Results")  # self.title, translated, in __init__

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = self.tr("Results")
        self.controller = controller
        self.state = view_state(controller)
        self.picker = MethodPicker(controller)
        self.changes = note()
        self.changes.setTextFormat(Qt.TextFormat.RichText)
        self.notes = note("", WARN)
        self.chart = RankingChart(controller)
        self.chart_title = heading("")
        self.ranking_model = RankingModel(controller)
        self.ranking = ranking_view(self.ranking_model)
        chart_box = QWidget()
        chart_layout = QVBoxLayout(chart_box)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.addWidget(self.chart_title)
        chart_layout.addWidget(self.chart, 1)
        table_box = QWidget()
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(heading(self.tr("Ranking")))
        table_layout.addWidget(self.ranking, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(chart_box)
        splitter.addWidget(table_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([680, 760])
        layout = QVBoxLayout(self)
        layout.addWidget(self.picker)
        layout.addWidget(self.changes)
        layout.addWidget(self.notes)
        layout.addWidget(splitter, 1)
        self.refresher = RefreshOnShow(self, self.refresh)
        controller.changed.connect(lambda _c: self.refresher.request())
        controller.replaced.connect(self.refresher.request)
        self.state.method_changed.connect(lambda _m: self.refresher.request())

    def refresh(self) -> None:
        """Say what changed against the additive model; show the method's notes."""
        method = self.state.method
        self.ranking.setColumnHidden(2, method == "wsm")
        what = self.tr("Contribution of each criterion") if method == "wsm" else self.tr("Score by the method")
        self.chart_title.setText(f"<b>{escape(what)}</b> — {escape(method_label(method))}")
        try:
            result = method_result(self.controller, method)
            additive = method_result(self.controller, "wsm")
        except PalabreError as exc:
            self.changes.setText(escape(self.tr("No ranking: {0}").format(core_message(exc.message))))
            self.notes.setText("")
            return
        self.notes.setText(" ".join(result.notes))
        self.notes.setVisible(bool(result.notes))
        names = dict(zip(result.options, result.option_names, strict=True))
        lead, base_lead = result.leader(), additive.leader()
        if method == "wsm":
            text = self.tr("<b>{0}</b> comes first. Each bar shows how much every criterion adds to an "
                           "option's overall value: longer segments are where it is strong on criteria "
                           "that weigh a lot.").format(escape(names[lead]))
        else:
            base = {o: int(r) for o, r in zip(additive.options, additive.ranks, strict=True)}
            moved = sum(1 for o, r in zip(result.options, result.ranks, strict=True) if base[o] != int(r))
            if lead == base_lead:
                first = self.tr("<b>{0}</b> still comes first").format(escape(names[lead]))
            else:
                first = self.tr("<b>{0}</b> comes first instead of <b>{1}</b>").format(
                    escape(names[lead]), escape(names[base_lead]))
            text = self.tr("Compared with the additive value model: {0}; {1} of {2} options change "
                           "place (▲ up, ▼ down).").format(first, moved, len(result.options))
        self.changes.setText(text)

    def copy_ranking(self) -> str:
        """The ranking as tab-separated text on the clipboard (for a report)."""
        m = self.ranking_model
        lines = ["\t".join(str(m.headerData(c, Qt.Orientation.Horizontal)) for c in range(m.columnCount()))]
        for r in range(m.rowCount()):
            lines.append("\t".join(str(m.data(m.index(r, c)) or "") for c in range(m.columnCount())))
        text = "\n".join(lines)
        QGuiApplication.clipboard().setText(text)
        return text

    def screenshot_states(self) -> list:
        """TOPSIS chosen: the rank changes against the additive model."""

        def topsis():
            self.state.set_method("topsis")
            return lambda: self.state.set_method("wsm")

        return [("topsis", topsis)]
