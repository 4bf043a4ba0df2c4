"""The Feasibility–impact workspace: the matrix of options by feasibility and impact, the options
listed by quadrant, and the details of the one clicked."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import QSplitter, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from desktop.controller import DocumentController
from desktop.locale_format import core_message, number
from desktop.models.results_data import matrix_points
from desktop.widgets.matrix_details import OptionSummary
from desktop.widgets.matrix_plot import MatrixPlot
from desktop.widgets.results_refresh import RefreshOnShow
from desktop.widgets.results_style import QUADRANT_COLOUR, heading, note, quadrant_label
from mcda.feasibility import Quadrant
from palabre.errors import PalabreError

ORDER = (Quadrant.QUICK_WIN, Quadrant.MAJOR_REFORM, Quadrant.EASY_MINOR, Quadrant.AVOID)


class MatrixWorkspace(QWidget):
    """The matrix on the left; quadrant list and option details on the right."""

    title = QT_TRANSLATE_NOOP("MatrixWorkspace", "Feasibility–impact")  # self.title, translated, in __init__

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = self.tr("Feasibility–impact")
        self.controller = controller
        self.matrix = MatrixPlot(controller)
        self.list = QTreeWidget()
        self.list.setHeaderLabels([self.tr("Option"), self.tr("Feasibility"), self.tr("Impact")])
        self.list.setColumnWidth(0, 360)
        self.list.setColumnWidth(1, 80)
        self.list.setRootIsDecorated(False)
        self.summary = OptionSummary(controller)
        self.perspective = note()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(heading(self.tr("Feasibility–impact matrix")))
        left_layout.addWidget(self.perspective)
        left_layout.addWidget(self.matrix, 1)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.list)
        right.addWidget(self.summary)
        right.setSizes([380, 420])
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([860, 580])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.matrix.selected.connect(self._selected)
        self.list.currentItemChanged.connect(self._list_chosen)
        self.refresher = RefreshOnShow(self, self.refresh)
        controller.changed.connect(lambda _c: self.refresher.request())
        controller.replaced.connect(self.refresher.request)

    def refresh(self) -> None:
        """Rebuild the quadrant list and the details of the chosen option."""
        d = self.controller.dialogue
        try:
            points = matrix_points(self.controller)
            ws = d.active_weight_set.name
        except PalabreError as exc:
            points, ws = [], ""
            self.perspective.setText(self.tr("No matrix: {0}").format(core_message(exc.message)))
        if ws:
            self.perspective.setText(self.tr(
                "Feasibility and impact scores are the weighted values of the criteria in each group, "
                "with the weights of {0}. The lines cut each score at 0.5.").format(ws))
        self.list.blockSignals(True)
        self.list.clear()
        bold = QFont()
        bold.setBold(True)
        self.items: dict[str, QTreeWidgetItem] = {}
        for q in ORDER:
            members = sorted((p for p in points if p.quadrant is q), key=lambda p: -(p.feasibility + p.impact))
            top = QTreeWidgetItem([f"{quadrant_label(q)} ({len(members)})", "", ""])
            top.setFont(0, bold)
            top.setForeground(0, QBrush(QUADRANT_COLOUR[q]))
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.list.addTopLevelItem(top)
            for p in members:
                item = QTreeWidgetItem([p.name, number(p.feasibility), number(p.impact)])
                item.setData(0, Qt.ItemDataRole.UserRole, p.option)
                item.setToolTip(0, p.name)
                for col in (1, 2):
                    item.setTextAlignment(col, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                top.addChild(item)
                self.items[p.option] = item
            top.setExpanded(True)
        current = self.summary.option_id
        if current is None and points:
            # Start on the best-placed option (highest feasibility + impact), not an empty panel.
            current = max(points, key=lambda p: p.feasibility + p.impact).option
            self.matrix.current = current
            self.matrix._show_current()
        if current in self.items:
            self.list.setCurrentItem(self.items[current])
        self.list.blockSignals(False)
        self.summary.show_option(current if current in d.options else None)

    def _selected(self, option_id: str) -> None:
        self.summary.show_option(option_id)
        item = self.items.get(option_id) if hasattr(self, "items") else None
        if item is not None and self.list.currentItem() is not item:
            self.list.blockSignals(True)
            self.list.setCurrentItem(item)
            self.list.blockSignals(False)

    def _list_chosen(self, item: QTreeWidgetItem | None, _previous: object) -> None:
        oid = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        if oid:
            self.matrix.select(oid)

    def select(self, option_id: str) -> None:
        """Choose an option, as clicking its dot does."""
        self.refresher.now()
        self.matrix.select(option_id)

    def screenshot_states(self) -> list:
        """An option clicked: its details beside the matrix."""

        def clicked():
            first = next(iter(self.controller.dialogue.options), None)
            if first:
                self.select(first)
            return lambda: None

        return [("details", clicked)]
