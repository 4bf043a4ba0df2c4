"""The options as a table: name, WHO code, family, bundle and expected cost, in the dialogue's order.

Names can be edited in place (one undo step each); the other fields are edited in the details
panel beside the table.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.controller import DocumentController
from desktop.locale_format import core_message
from dialogue import edits
from dialogue.model import Change
from dialogue.values import Family
from palabre.errors import PalabreError

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "text")


_Index = QModelIndex | QPersistentModelIndex
NAME, CODE, FAMILY, BUNDLE, COST = range(5)
BUNDLE_COLOURS = ("#d6eaf8", "#d5f5e3", "#fcf3cf", "#fadbd8", "#e8daef", "#d0ece7", "#fae5d3")


def family_label(family: Family, short: bool = False) -> str:
    """A family's name as the window shows it (``short`` for narrow table columns)."""
    if short:
        return {
            Family.EDUCATION: translate("Family", "Education"),
            Family.REGULATION: translate("Family", "Regulation"),
            Family.FINANCIAL: translate("Family", "Financial"),
            Family.SUPPORT: translate("Family", "Support"),
            Family.OTHER: translate("Family", "Other"),
        }[family]
    return {
        Family.EDUCATION: translate("Family", "Education"),
        Family.REGULATION: translate("Family", "Regulation"),
        Family.FINANCIAL: translate("Family", "Financial incentives"),
        Family.SUPPORT: translate("Family", "Personal and professional support"),
        Family.OTHER: translate("Family", "Other"),
    }[family]


class OptionsTableModel(QAbstractTableModel):
    """One row per option; follows the document, including undo."""

    def __init__(self, controller: DocumentController) -> None:
        super().__init__()
        self.controller = controller
        self.ids: list[str] = list(controller.dialogue.options)
        controller.changed.connect(self._on_change)
        controller.replaced.connect(self.reset)

    def reset(self) -> None:
        """Reload every row."""
        self.beginResetModel()
        self.ids = list(self.controller.dialogue.options)
        self.endResetModel()

    def _on_change(self, change: Change) -> None:
        if "options" not in change.collections:
            return
        if list(self.controller.dialogue.options) != self.ids:
            self.reset()
            return
        rows = [self.ids.index(k) for k in change.keys["options"] if k in self.ids]
        if rows:
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), COST))

    def _bundle_colour(self, bundle: str) -> QColor:
        names = list(dict.fromkeys(o.bundle for o in self.controller.dialogue.options.values() if o.bundle))
        return QColor(BUNDLE_COLOURS[names.index(bundle) % len(BUNDLE_COLOURS)])

    # ------------------------------------------------------------------ Qt API
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Number of options."""
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Name, code, family, bundle, cost."""
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        """Column titles."""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return section + 1 if 0 <= section < len(self.ids) else None
        if 0 <= section < 5:
            return (self.tr("Option"), self.tr("WHO"), self.tr("Family"), self.tr("Bundle"),
                    self.tr("Expected cost"))[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Each field; the description as the tooltip; bundles tinted."""
        if not index.isValid() or not 0 <= index.row() < len(self.ids):
            return None
        o = self.controller.dialogue.options.get(self.ids[index.row()])
        if o is None:
            return None
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return (o.name, o.code, family_label(o.family, short=True), o.bundle, o.expected_cost)[col]
        if role == Qt.ItemDataRole.UserRole:
            return o.id
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == FAMILY:
                return family_label(o.family)
            return o.description or o.name
        if role == Qt.ItemDataRole.BackgroundRole and col == BUNDLE and o.bundle:
            return QBrush(self._bundle_colour(o.bundle))
        if role == Qt.ItemDataRole.TextAlignmentRole and col == CODE:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Names are editable in place."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == NAME else base

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """Rename an option (one undo step); an empty name is refused with a message."""
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or index.column() != NAME:
            return False
        d = self.controller.dialogue
        o = d.options[self.ids[index.row()]]
        name = " ".join(str(value).split())
        if name == o.name:
            return True
        try:
            edit = edits.update_option(d, o.replace(name=name))
        except PalabreError as exc:
            self.controller.refused.emit(core_message(exc.message))
            return False
        return self.controller.push(edit)
