"""The stakeholder table: every attribute editable, the stance on the option shown, and the
map's measures (read only), each cell edit one undoable document edit.

Sort keys are under ``Qt.UserRole`` (numbers sort as numbers, blanks last). The model follows the
:class:`~desktop.models.stakeholder_session.MapSession`: a pure move of nodes changes nothing here,
so dragging on the map never refreshes the table.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from desktop.locale_format import core_message, language, number
from desktop.models.stakeholder_session import MapSession
from desktop.widgets.network_style import stance_names
from dialogue import edits
from exports.palette import STANCE_COLOURS, category_colour
from palabre.errors import PalabreError
from stakeholder_map.grid import Quadrant
from stakeholder_map.model import Category, Kind, Level, Position, Stakeholder, category_label

_Index = QModelIndex | QPersistentModelIndex
_ROLE = Qt.ItemDataRole

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "text")


@dataclass(frozen=True)
class Column:
    """One column: its title, the stakeholder field it edits (None: read only), its kind."""

    title: str
    field: str | None
    kind: str  # text, category, level, kind, rating, optional, flag, stance, measure


def columns() -> list[Column]:
    """The table's columns, in order."""
    return [
        Column(translate("StakeholderTable", "Name"), "name", "text"),
        Column(translate("StakeholderTable", "Category"), "category", "category"),
        Column(translate("StakeholderTable", "Level"), "level", "level"),
        Column(translate("StakeholderTable", "Kind"), "kind", "kind"),
        Column(translate("StakeholderTable", "Power"), "power", "rating"),
        Column(translate("StakeholderTable", "Interest"), "interest", "rating"),
        Column(translate("StakeholderTable", "Position"), None, "stance"),
        Column(translate("StakeholderTable", "Legitimacy"), "legitimacy", "flag"),
        Column(translate("StakeholderTable", "Urgency"), "urgency", "flag"),
        Column(translate("StakeholderTable", "Resources"), "resources", "optional"),
        Column(translate("StakeholderTable", "Leadership"), "leadership", "optional"),
        Column(translate("StakeholderTable", "Knowledge"), "knowledge", "optional"),
        Column(translate("StakeholderTable", "Quadrant"), None, "quadrant"),
        Column(translate("StakeholderTable", "Salience"), None, "salience"),
        Column(translate("StakeholderTable", "Coalition"), None, "coalition"),
        Column(translate("StakeholderTable", "Degree"), None, "degree"),
        Column(translate("StakeholderTable", "Betweenness"), None, "betweenness"),
    ]


STANCE_COLUMN = 6


def level_labels() -> dict[Level, str]:
    """Levels in words."""
    return {Level.NATIONAL: translate("StakeholderTable", "National"),
            Level.REGIONAL: translate("StakeholderTable", "Regional"),
            Level.DISTRICT: translate("StakeholderTable", "District")}


def kind_labels() -> dict[Kind, str]:
    """Organisation or person, in words."""
    return {Kind.ORGANISATION: translate("StakeholderTable", "Organisation"),
            Kind.PERSON: translate("StakeholderTable", "Person")}


def quadrant_labels() -> dict[str, str]:
    """Mendelow's quadrants in words (keys are Quadrant values)."""
    return {Quadrant.MANAGE_CLOSELY.value: translate("StakeholderTable", "Manage closely"),
            Quadrant.KEEP_SATISFIED.value: translate("StakeholderTable", "Keep satisfied"),
            Quadrant.KEEP_INFORMED.value: translate("StakeholderTable", "Keep informed"),
            Quadrant.MONITOR.value: translate("StakeholderTable", "Monitor")}


def salience_labels() -> dict[str, str]:
    """Salience classes in words (keys are Salience values)."""
    return {"none": translate("StakeholderTable", "None"),
            "dormant": translate("StakeholderTable", "Dormant"),
            "discretionary": translate("StakeholderTable", "Discretionary"),
            "demanding": translate("StakeholderTable", "Demanding"),
            "dominant": translate("StakeholderTable", "Dominant"),
            "dangerous": translate("StakeholderTable", "Dangerous"),
            "dependent": translate("StakeholderTable", "Dependent"),
            "definitive": translate("StakeholderTable", "Definitive")}


def stance_text(stance: int | None) -> str:
    """A stance in words ("supports"), or "position unknown"."""
    return dict(stance_names())[stance]


class StakeholderTableModel(QAbstractTableModel):
    """One row per stakeholder (see the module docstring)."""

    def __init__(self, session: MapSession) -> None:
        super().__init__()
        self.session = session
        self.controller = session.controller
        self.columns = columns()
        self.ids: list[str] = []
        self._reset()
        session.changed.connect(self._on_change)
        session.option_changed.connect(self._option_changed)

    # ------------------------------------------------------------------ following the document
    def _reset(self) -> None:
        self.beginResetModel()
        self.ids = list(self.controller.dialogue.stakeholders)
        self.endResetModel()

    def _on_change(self) -> None:
        if list(self.controller.dialogue.stakeholders) != self.ids:
            self._reset()
        elif self.ids:
            # Measures depend on every tie: refresh every row, cheaply.
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.ids) - 1, len(self.columns) - 1))

    def _option_changed(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, STANCE_COLUMN, STANCE_COLUMN)
        if self.ids:
            self.dataChanged.emit(self.index(0, STANCE_COLUMN), self.index(len(self.ids) - 1, STANCE_COLUMN))

    def row_of(self, stakeholder_id: str) -> int:
        """The row of a stakeholder (-1 if absent)."""
        try:
            return self.ids.index(stakeholder_id)
        except ValueError:
            return -1

    # ------------------------------------------------------------------ Qt model
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Number of stakeholders."""
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Attributes and measures shown."""
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _ROLE.DisplayRole) -> Any:  # noqa: N802
        """Column titles; the position column names the option."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        d = self.controller.dialogue
        option = d.options.get(self.session.option_id) if self.session.option_id else None
        if role == _ROLE.DisplayRole:
            return self.columns[section].title
        if role == _ROLE.ToolTipRole:
            if section == STANCE_COLUMN and option is not None:
                return translate("StakeholderTable", "Position on “{0}” (the option chosen above the map)").format(
                    option.name)
            if self.columns[section].field is None:
                return translate("StakeholderTable", "Computed from the map (read only)")
        return None

    def stakeholder(self, row: int) -> Stakeholder:
        """The stakeholder shown in a row."""
        return self.controller.dialogue.stakeholders[self.ids[row]]

    def data(self, index: _Index, role: int = _ROLE.DisplayRole) -> Any:
        """Display text, edit values, sort keys (UserRole), check boxes, colours."""
        if not index.isValid() or not 0 <= index.row() < len(self.ids):
            return None
        s = self.stakeholder(index.row())
        col = self.columns[index.column()]
        if col.kind == "flag":
            if role == _ROLE.CheckStateRole:
                return Qt.CheckState.Checked if getattr(s, col.field) else Qt.CheckState.Unchecked  # type: ignore[arg-type]
            if role == _ROLE.UserRole:
                return int(getattr(s, col.field))  # type: ignore[arg-type]
            return None
        if role == _ROLE.DisplayRole:
            return self._display(s, col)
        if role == _ROLE.EditRole:
            return self._edit_value(s, col)
        if role == _ROLE.UserRole:
            return self._sort_key(s, col)
        if role == _ROLE.ToolTipRole:
            return s.name if not s.notes else f"{s.name}\n\n{s.notes}"
        if role == _ROLE.DecorationRole and col.kind == "category":
            return QColor(category_colour(s.category.value))
        if role == _ROLE.DecorationRole and col.kind == "stance":
            stance = self._stance(s)
            return QColor(STANCE_COLOURS[stance]) if stance is not None else QColor("#D5DBDF")
        if role == _ROLE.TextAlignmentRole and col.kind in ("rating", "optional", "coalition", "degree",
                                                            "betweenness"):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == _ROLE.ForegroundRole and col.field is None and col.kind != "stance":
            return QColor("#5D6D7E")
        return None

    def _stance(self, s: Stakeholder) -> int | None:
        option = self.session.option_id
        return s.stance_on(option) if option else None

    def _measure(self, s: Stakeholder, name: str) -> Any:
        return self.session.measures().at[s.id, name]

    def _display(self, s: Stakeholder, col: Column) -> Any:
        kind = col.kind
        if kind == "category":
            return category_label(s.category, language())
        if kind == "level":
            return level_labels()[s.level]
        if kind == "kind":
            return kind_labels()[s.kind]
        if kind in ("rating", "optional", "text"):
            value = getattr(s, col.field)  # type: ignore[arg-type]
            return "" if value is None else value
        if kind == "stance":
            return stance_text(self._stance(s)) if self.session.option_id else ""
        if kind == "quadrant":
            q = self._measure(s, "quadrant")
            return quadrant_labels()[str(q)] if q else ""
        if kind == "salience":
            v = self._measure(s, "salience")
            return salience_labels()[str(v)] if v else ""
        if kind == "coalition":
            return int(self._measure(s, "coalition"))
        value = self._measure(s, kind)
        return "" if value is None else number(float(value))

    def _edit_value(self, s: Stakeholder, col: Column) -> Any:
        if col.kind == "category":
            return s.category.value
        if col.kind in ("level", "kind"):
            return getattr(s, col.field).value  # type: ignore[arg-type]
        if col.kind == "stance":
            return self._stance(s)
        if col.field:
            return getattr(s, col.field)
        return self._display(s, col)

    def _sort_key(self, s: Stakeholder, col: Column) -> Any:
        if col.kind in ("rating", "optional"):
            value = getattr(s, col.field)  # type: ignore[arg-type]
            return -1 if value is None else value
        if col.kind == "stance":
            stance = self._stance(s)
            return -9 if stance is None else stance
        if col.kind in ("degree", "betweenness"):
            value = self._measure(s, col.kind)
            return -1.0 if value is None else float(value)
        if col.kind == "coalition":
            return int(self._measure(s, "coalition"))
        if col.kind == "category":
            return list(Category).index(s.category)
        return str(self._display(s, col)).lower()

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Attributes and the stance are editable; measures are not."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        col = self.columns[index.column()]
        if col.kind == "flag":
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if col.field is not None or (col.kind == "stance" and self.session.option_id):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: _Index, value: Any, role: int = _ROLE.EditRole) -> bool:  # noqa: N802
        """Change one attribute (or the stance) through one undoable edit."""
        if not index.isValid() or not 0 <= index.row() < len(self.ids):
            return False
        col = self.columns[index.column()]
        s = self.stakeholder(index.row())
        d = self.controller.dialogue
        try:
            if col.kind == "flag" and role == _ROLE.CheckStateRole:
                checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
                edit = edits.update_stakeholder(d, s.replace(**{col.field: checked}), col.title.lower())  # type: ignore[arg-type]
            elif role != _ROLE.EditRole:
                return False
            elif col.kind == "stance":
                option = self.session.option_id
                if option is None:
                    return False
                stance = None if value in (None, "") else int(value)
                if stance == s.stance_on(option):
                    return True
                edit = edits.set_position(d, s.id, option, None if stance is None else Position(stance))
            elif col.field is None:
                return False
            else:
                new = self._parse(col, value)
                if getattr(s, col.field) == new:
                    return True
                edit = edits.update_stakeholder(d, s.replace(**{col.field: new}), col.title.lower())
        except (ValueError, TypeError):
            self.controller.refused.emit(
                translate("StakeholderTable", "{0} of {1} must be a whole number from 1 to 5").format(
                    col.title, s.name))
            return False
        except PalabreError as exc:
            self.controller.refused.emit(core_message(exc.message))
            return False
        return self.controller.push(edit)

    @staticmethod
    def _parse(col: Column, value: Any) -> Any:
        if col.kind == "text":
            return str(value).strip()
        if col.kind == "category":
            return Category(value)
        if col.kind == "level":
            return Level(value)
        if col.kind == "kind":
            return Kind(value)
        if col.kind == "optional" and value in (None, "", 0, "0", "—"):
            return None
        return int(value)
