"""A read-only table model whose columns are a list of translated headers.

The participants' tables and the collect preview all show a fixed list of columns; this base
answers ``columnCount`` and ``headerData`` from ``self.headers`` so each model only says what its
rows hold.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

_Index = QModelIndex | QPersistentModelIndex


class HeadedTableModel(QAbstractTableModel):
    """Columns from ``self.headers`` (set it in ``__init__``, translated)."""

    headers: list[str]

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        """One column per header."""
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles."""
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.headers)):
            return self.headers[section]
        return None
