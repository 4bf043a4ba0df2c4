"""A table model whose columns are a list of translated headers.

The participants' tables and the collect preview all show a fixed list of columns; this base
answers ``columnCount`` and ``headerData`` from ``self.headers`` so each model only says what its
rows hold.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

_Index = QModelIndex | QPersistentModelIndex


class HeadedTableModel(QAbstractTableModel):
    """Columns from ``self.headers`` (set it in ``__init__``, translated); a column's tooltip
    from :meth:`header_tips`, and every cell editable when ``editable`` is True."""

    headers: list[str]
    editable = False

    def header_tips(self) -> list[str]:
        """What each column means, shown as the header's tooltip (none by default)."""
        return []

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Enabled and selectable cells; editable too in an ``editable`` model."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if self.editable else flags

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        """One column per header."""
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles, and their meaning as a tooltip."""
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.headers):
            return self.headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            tips = self.header_tips()
            return (tips[section] or None) if 0 <= section < len(tips) else None
        return None
