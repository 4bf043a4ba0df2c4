"""The inspector: everything about the selected stakeholder, editable where it is an attribute.

Measures (from :func:`stakeholder_map.measures.map_table` through the session), attributes, the
position on every option, and the ties. Each change is one undoable edit; the panel refreshes from
the document with its widgets' signals blocked, so refreshing never echoes an edit.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.locale_format import core_message, language, number
from desktop.models.stakeholder_session import MapSession
from desktop.models.stakeholder_table import kind_labels, level_labels, quadrant_labels, salience_labels
from desktop.widgets.network_menus import stance_icon
from desktop.widgets.network_style import stance_names, tie_type_label
from desktop.widgets.stakeholder_dialogs import category_combo
from dialogue import edits
from dialogue.model import Dialogue, Edit
from exports.palette import category_colour
from palabre.errors import PalabreError
from stakeholder_map.model import Category, Kind, Level, Position, Stakeholder, category_label


class _NotesEdit(QPlainTextEdit):
    """Notes, committed when the field loses focus."""

    finished = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        """Commit on leaving the field."""
        super().focusOutEvent(event)
        self.finished.emit()


class StakeholderInspector(QScrollArea):
    """The selected stakeholder in detail (see the module docstring)."""

    select_requested = Signal(str)

    def __init__(self, session: MapSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.controller = session.controller
        self.setWidgetResizable(True)
        self.setMinimumWidth(300)
        body = QWidget()
        self.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(8, 6, 8, 6)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.title)
        self.placeholder = QLabel(self.tr("Select a stakeholder on the map or in the table to see and "
                                          "edit everything about it here."))
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet("color: #5d6d7e;")
        layout.addWidget(self.placeholder)
        self.measures = QLabel()
        self.measures.setWordWrap(True)
        self.measures.setTextFormat(Qt.TextFormat.RichText)
        self.measures_box = self._box(self.tr("Measures"), self.measures)
        layout.addWidget(self.measures_box)
        self._build_attributes(layout)
        self.positions_form = QFormLayout()
        self.positions_form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        positions = QWidget()
        positions.setLayout(self.positions_form)
        self.positions_box = self._box(self.tr("Position on each option"), positions)
        layout.addWidget(self.positions_box)
        self.ties = QListWidget()
        self.ties.setMinimumHeight(120)
        self.ties.itemDoubleClicked.connect(self._tie_clicked)
        self.remove_tie = QPushButton(self.tr("Remove the selected tie"))
        self.remove_tie.clicked.connect(self._remove_tie)
        ties = QWidget()
        tl = QVBoxLayout(ties)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(self.ties)
        tl.addWidget(self.remove_tie)
        self.ties_box = self._box(self.tr("Ties (double-click to go to the other end)"), ties)
        layout.addWidget(self.ties_box)
        layout.addStretch(1)
        self.position_combos: dict[str, QComboBox] = {}
        session.selection_changed.connect(self.refresh)
        session.changed.connect(self.refresh)
        self.refresh()

    @staticmethod
    def _box(title: str, widget: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        lay = QVBoxLayout(box)
        lay.setContentsMargins(6, 4, 6, 6)
        lay.addWidget(widget)
        return box

    def _build_attributes(self, layout: QVBoxLayout) -> None:
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.editingFinished.connect(lambda: self._set("name", self.name.text().strip()))
        self.category = category_combo()
        self.category.activated.connect(lambda _i: self._set("category", self.category.currentData()))
        self.level = QComboBox()
        for value, text in level_labels().items():
            self.level.addItem(text, value)
        self.level.activated.connect(lambda _i: self._set("level", self.level.currentData()))
        self.kind = QComboBox()
        for value, text in kind_labels().items():
            self.kind.addItem(text, value)
        self.kind.activated.connect(lambda _i: self._set("kind", self.kind.currentData()))
        self.ratings: dict[str, QSpinBox | QComboBox] = {}
        for field in ("power", "interest"):
            spin = QSpinBox()
            spin.setRange(1, 5)
            spin.valueChanged.connect(lambda v, f=field: self._set(f, v))
            self.ratings[field] = spin
        for field in ("resources", "leadership", "knowledge"):
            combo = QComboBox()
            combo.addItem("—", None)
            for v in range(1, 6):
                combo.addItem(str(v), v)
            combo.activated.connect(lambda _i, f=field, c=combo: self._set(f, c.currentData()))
            self.ratings[field] = combo
        self.legitimacy = QCheckBox(self.tr("Legitimacy"))
        self.legitimacy.toggled.connect(lambda on: self._set("legitimacy", on))
        self.urgency = QCheckBox(self.tr("Urgency"))
        self.urgency.toggled.connect(lambda on: self._set("urgency", on))
        flags = QHBoxLayout()
        flags.addWidget(self.legitimacy)
        flags.addWidget(self.urgency)
        flags.addStretch(1)
        self.notes = _NotesEdit()
        self.notes.setFixedHeight(64)
        self.notes.finished.connect(lambda: self._set("notes", self.notes.toPlainText()))
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Level"), self.level)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Power"), self.ratings["power"])
        form.addRow(self.tr("Interest"), self.ratings["interest"])
        form.addRow(self.tr("Resources"), self.ratings["resources"])
        form.addRow(self.tr("Leadership"), self.ratings["leadership"])
        form.addRow(self.tr("Knowledge"), self.ratings["knowledge"])
        form.addRow(self.tr("Salience"), flags)
        form.addRow(self.tr("Notes"), self.notes)
        box = QWidget()
        box.setLayout(form)
        self.attributes_box = self._box(self.tr("Attributes"), box)
        layout.addWidget(self.attributes_box)

    # ------------------------------------------------------------------ showing
    def stakeholder(self) -> Stakeholder | None:
        """The stakeholder shown, if any."""
        sid = self.session.current
        return self.session.dialogue.stakeholders.get(sid) if sid else None

    def refresh(self) -> None:
        """Show the current stakeholder from the document."""
        s = self.stakeholder()
        for box in (self.measures_box, self.attributes_box, self.positions_box, self.ties_box):
            box.setVisible(s is not None)
        self.placeholder.setVisible(s is None)
        if s is None:
            self.title.setText("")
            return
        many = len(self.session.selection)
        extra = self.tr("  (one of %n selected)", "", many) if many > 1 else ""
        colour = category_colour(s.category.value)
        self.title.setText(
            f"<div style='font-size:15px; font-weight:600'>{escape(s.name)}</div>"
            f"<div><span style='color:{colour}; font-size:15px'>●</span> "
            f"{escape(category_label(s.category, language()))}{escape(extra)}</div>")
        self._show_measures(s)
        self._show_attributes(s)
        self._show_positions(s)
        self._show_ties(s)

    def _show_measures(self, s: Stakeholder) -> None:
        m = self.session.measures()
        if s.id not in m.index:
            self.measures.setText("")
            return
        row = m.loc[s.id]

        def num(name: str) -> str:
            v = row.get(name)
            return "—" if v is None or v != v else number(float(v))

        q = quadrant_labels().get(str(row["quadrant"]), "—") if row["quadrant"] else "—"
        sal = salience_labels().get(str(row["salience"]), "—") if row["salience"] else "—"
        cells = [
            (self.tr("Grid quadrant"), q), (self.tr("Salience"), sal),
            (self.tr("Coalition"), str(int(row["coalition"]))),
            (self.tr("Degree"), num("degree")), (self.tr("Betweenness"), num("betweenness")),
            (self.tr("Closeness"), num("closeness")), (self.tr("Eigenvector"), num("eigenvector")),
            (self.tr("PageRank"), num("pagerank")),
        ]
        rows = "".join(f"<tr><td style='color:#5d6d7e; padding-right:10px'>{escape(a)}</td>"
                       f"<td><b>{escape(b)}</b></td></tr>" for a, b in cells)
        self.measures.setText(f"<table>{rows}</table>")

    def _show_attributes(self, s: Stakeholder) -> None:
        widgets = [self.name, self.category, self.level, self.kind, self.legitimacy, self.urgency,
                   self.notes, *self.ratings.values()]
        blockers = [QSignalBlocker(w) for w in widgets]
        try:
            if not self.name.hasFocus():
                self.name.setText(s.name)
            self.category.setCurrentIndex(self.category.findData(s.category))
            self.level.setCurrentIndex(self.level.findData(s.level))
            self.kind.setCurrentIndex(self.kind.findData(s.kind))
            for field, widget in self.ratings.items():
                value = getattr(s, field)
                if isinstance(widget, QSpinBox):
                    widget.setValue(value)
                else:
                    widget.setCurrentIndex(0 if value is None else widget.findData(value))
            self.legitimacy.setChecked(s.legitimacy)
            self.urgency.setChecked(s.urgency)
            if not self.notes.hasFocus():
                self.notes.setPlainText(s.notes)
        finally:
            del blockers

    def _show_positions(self, s: Stakeholder) -> None:
        d = self.session.dialogue
        if list(self.position_combos) != list(d.options):
            while self.positions_form.rowCount():
                self.positions_form.removeRow(0)
            self.position_combos = {}
            for oid, option in d.options.items():
                combo = QComboBox()
                for stance, text in stance_names():
                    combo.addItem(stance_icon(stance), text, stance)
                combo.activated.connect(lambda _i, o=oid, c=combo: self._set_stance(o, c.currentData()))
                label = QLabel(option.name if len(option.name) < 38 else option.name[:37] + "…")
                label.setToolTip(option.name)
                self.positions_form.addRow(label, combo)
                self.position_combos[oid] = combo
        for oid, combo in self.position_combos.items():
            with QSignalBlocker(combo):
                stance = s.stance_on(oid)
                combo.setCurrentIndex(combo.count() - 1 if stance is None else combo.findData(stance))

    def _show_ties(self, s: Stakeholder) -> None:
        d = self.session.dialogue
        self.ties.clear()
        strength = {1: self.tr("weak"), 2: self.tr("medium"), 3: self.tr("strong")}
        for t in d.ties_of(s.id):
            other = t.target if t.source == s.id else t.source
            if t.directed:
                arrow = "→" if t.source == s.id else "←"
            else:
                arrow = "–"
            text = self.tr("{0} {1}  ·  {2}, {3}").format(arrow, d.stakeholders[other].name,
                                                          tie_type_label(t.type.value).lower(), strength[t.strength])
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, (t.id, other))
            self.ties.addItem(item)
        if not self.ties.count():
            item = QListWidgetItem(self.tr("No ties yet: Shift+drag from this stakeholder to another on the map."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.ties.addItem(item)
        self.remove_tie.setEnabled(bool(d.ties_of(s.id)))

    # ------------------------------------------------------------------ editing
    def _push(self, build: Callable[[Dialogue], Edit]) -> bool:
        try:
            edit = build(self.session.dialogue)
        except PalabreError as exc:
            self.controller.refused.emit(core_message(exc.message))
            self.refresh()
            return False
        ok = self.controller.push(edit)
        if not ok:
            self.refresh()
        return ok

    def _set(self, field: str, value: object) -> None:
        s = self.stakeholder()
        if s is None or getattr(s, field) == value:
            return
        if field == "category":
            value = Category(value)
        elif field == "level":
            value = Level(value)
        elif field == "kind":
            value = Kind(value)
        self._push(lambda d: edits.update_stakeholder(d, d.stakeholders[s.id].replace(**{field: value}), field))

    def _set_stance(self, option_id: str, stance: int | None) -> None:
        s = self.stakeholder()
        if s is None or s.stance_on(option_id) == stance:
            return
        old = s.positions.get(option_id)
        position = None if stance is None else Position(stance, old.confidence if old else None)
        self._push(lambda d: edits.set_position(d, s.id, option_id, position))

    def _tie_clicked(self, item: QListWidgetItem) -> None:
        data = item.data(Qt.ItemDataRole.UserRole)
        if data:
            self.session.select([data[1]])

    def _remove_tie(self) -> None:
        item = self.ties.currentItem()
        data = item.data(Qt.ItemDataRole.UserRole) if item else None
        if data:
            self._push(lambda d: edits.remove_ties(d, [data[0]]))
