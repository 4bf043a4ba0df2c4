"""The Stakeholders workspace: the stakeholder table beside the network map, selection shared."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSplitter, QTableView, QVBoxLayout, QWidget

from desktop.controller import DocumentController
from desktop.models.stakeholder_table import StakeholderTableModel
from desktop.widgets.network_view import NetworkView


class StakeholderWorkspace(QWidget):
    """Table and map of the stakeholders; selecting in one selects in the other."""

    title = "Stakeholders"

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.model = StakeholderTableModel(controller)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        # Start in the document's order; clicking a header sorts.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.proxy.sort(-1)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setWordWrap(False)
        self.table.resizeColumnsToContents()
        header.resizeSection(0, 300)
        header.resizeSection(1, 200)
        self.map = NetworkView(controller)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.map)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 6)
        splitter.setSizes([700, 740])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.table.selectionModel().currentRowChanged.connect(self._table_selected)
        self.map.selected.connect(self.select)

    def _table_selected(self, current: object, _previous: object) -> None:
        index = self.proxy.mapToSource(current)  # type: ignore[arg-type]
        if index.isValid():
            self.map.select(self.model.ids[index.row()])

    def select(self, stakeholder_id: str) -> None:
        """Select a stakeholder in the table and on the map."""
        if stakeholder_id not in self.model.ids:
            return
        source = self.model.index(self.model.ids.index(stakeholder_id), 0)
        index = self.proxy.mapFromSource(source)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        self.map.select(stakeholder_id)

    def selected_id(self) -> str | None:
        """The stakeholder selected in the table, if any."""
        index = self.proxy.mapToSource(self.table.currentIndex())
        return self.model.ids[index.row()] if index.isValid() else None
