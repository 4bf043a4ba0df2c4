"""The position map of one option (PolicyMaker, Reich & Cooper 1996): stakeholders by stance
(across, opponents left, supporters right) and by power (up), with the option's political
feasibility index from :func:`dialogue.political.political_feasibility` above it.

What-if mode: dragging a stakeholder to another stance changes nothing in the dialogue; the
index shows what it would become (:func:`dialogue.political.what_if`). "Keep the changes" then
applies every staged change as ONE undoable edit; "Discard" forgets them. Outside what-if mode a
drag sets the stance at once (one undoable edit).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from desktop.locale_format import core_message, language, number, percent, signed
from desktop.models.stakeholder_session import MapSession
from desktop.models.stakeholder_table import stance_text
from desktop.widgets.grid_board import BoardSpec, BoardView, Chip, Region
from desktop.widgets.network_style import short_name
from dialogue import edits, edits_map
from dialogue.political import political_feasibility, what_if
from exports.palette import STANCE_COLOURS, category_colour
from palabre.errors import PalabreError
from stakeholder_map.feasibility import OptionFeasibility
from stakeholder_map.model import Position, category_label

UNKNOWN = "unknown"
COLUMNS: list[object] = [-2, -1, 0, 1, 2, UNKNOWN]


def _tint(colour: str, amount: float = 0.78) -> str:
    """A light tint of a colour (mixed with white)."""
    c = QColor(colour)
    mix = [round(v + (255 - v) * amount) for v in (c.red(), c.green(), c.blue())]
    return QColor(*mix).name()


def index_colour(index: float) -> str:
    """Green above +0.2, red below -0.2, amber between: how the index reads at a glance."""
    if index > 0.2:
        return STANCE_COLOURS[2]
    if index < -0.2:
        return STANCE_COLOURS[-2]
    return "#B9770E"


class FeasibilityGauge(QWidget):
    """A diverging bar: weighted opposition to the left of zero, support to the right, the index
    as a marker (and the what-if index as a second marker)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: OptionFeasibility | None = None
        self.trial: OptionFeasibility | None = None
        self.setMinimumHeight(46)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Wide and short."""
        return QSize(420, 46)

    def show_result(self, result: OptionFeasibility | None, trial: OptionFeasibility | None) -> None:
        """Show an option's figures (and the what-if figures, if any)."""
        self.result, self.trial = result, trial
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        """Axis from -1 to +1, bars, markers."""
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        w = self.width()
        left, right = 64.0, w - 64.0
        mid = (left + right) / 2
        half = (right - left) / 2
        y = 8.0
        bar_h = 16.0
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("#EEF1F4"))
        p.drawRoundedRect(QRectF(left, y, right - left, bar_h), 3, 3)
        shown = self.trial or self.result
        if shown is not None and shown.total_power:
            sup = shown.support / shown.total_power
            opp = shown.opposition / shown.total_power
            p.setBrush(QColor(STANCE_COLOURS[1]))
            p.drawRect(QRectF(mid, y, sup * half, bar_h))
            p.setBrush(QColor(STANCE_COLOURS[-1]))
            p.drawRect(QRectF(mid - opp * half, y, opp * half, bar_h))
        p.setPen(QPen(QColor("#5D6D7E"), 1))
        p.drawLine(QPointF(mid, y - 3), QPointF(mid, y + bar_h + 3))
        font = QFont()
        font.setPixelSize(11)
        p.setFont(font)
        half_tick = number(0.5, 1)  # "0,5" in French
        for value, text in ((-1, "−1"), (-0.5, "−" + half_tick), (0, "0"), (0.5, "+" + half_tick), (1, "+1")):
            x = mid + value * half
            p.drawText(QRectF(x - 20, y + bar_h + 4, 40, 14), Qt.AlignmentFlag.AlignCenter, text)
        p.drawText(QRectF(0, y, left - 6, bar_h), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                   self.tr("against"))
        p.drawText(QRectF(right + 6, y, left - 6, bar_h), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   self.tr("for"))
        for result, dashed in ((self.result, False), (self.trial, True)):
            if result is None:
                continue
            x = mid + result.index * half
            pen = QPen(QColor("#1B2631"), 3)
            if dashed:
                pen.setColor(QColor("#1F4E79"))
                pen.setStyle(Qt.PenStyle.DotLine)
            p.setPen(pen)
            p.drawLine(QPointF(x, y - 5), QPointF(x, y + bar_h + 5))
        p.end()


class PositionMapPanel(QWidget):
    """The position map with its feasibility index and the what-if controls."""

    def __init__(self, session: MapSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.controller = session.controller
        self.staged: dict[tuple[str, str], int | None] = {}
        self.what_if_on = False
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)
        self.index_label = QLabel()
        self.index_label.setTextFormat(Qt.TextFormat.RichText)
        self.index_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.figures = QLabel()
        self.figures.setStyleSheet("color: #5d6d7e;")
        self.figures.setWordWrap(True)
        self.gauge = FeasibilityGauge()
        self.what_if_button = QPushButton(self.tr("What-if mode"))
        self.what_if_button.setCheckable(True)
        self.what_if_button.setToolTip(self.tr("Move stakeholders between columns to see how the index would "
                                               "change, without changing the dialogue until you keep it."))
        self.what_if_button.toggled.connect(self.set_what_if)
        self.keep_button = QPushButton(self.tr("Keep the changes"))
        self.keep_button.clicked.connect(self.keep)
        self.discard_button = QPushButton(self.tr("Discard"))
        self.discard_button.clicked.connect(self.discard)
        self.mode_note = QLabel()
        self.mode_note.setWordWrap(True)
        self.board = BoardView()
        self.board.lock_rows = True
        self.board.on_drop = self._dropped
        self.board.chip_clicked.connect(lambda sid: session.select([sid]))
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.index_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.what_if_button)
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.mode_note, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 4)
        layout.addLayout(top)
        layout.addWidget(self.gauge)
        layout.addWidget(self.figures)
        layout.addLayout(buttons)
        layout.addWidget(self.board, 1)
        session.changed.connect(self._document_changed)
        session.option_changed.connect(self.refresh)
        session.selection_changed.connect(self.refresh)
        session.style_changed.connect(self.refresh)
        self.refresh()

    # ------------------------------------------------------------------ what-if
    def set_what_if(self, on: bool) -> None:
        """Enter or leave what-if mode (leaving forgets changes that were not kept)."""
        self.what_if_on = on
        if not on:
            self.staged.clear()
        if self.what_if_button.isChecked() != on:
            self.what_if_button.setChecked(on)
        self.refresh()

    def stage(self, stakeholder_id: str, stance: int | None) -> None:
        """Try a stance on the option shown (what-if mode); the dialogue is untouched."""
        option = self.session.option_id
        if option is None:
            return
        key = (stakeholder_id, option)
        if self.session.dialogue.stakeholders[stakeholder_id].stance_on(option) == stance:
            self.staged.pop(key, None)
        else:
            self.staged[key] = stance
        self.refresh()

    def keep(self) -> bool:
        """Apply every staged change as one undoable edit."""
        if not self.staged:
            return False
        n = len(self.staged)
        try:
            edit = edits_map.set_positions(self.session.dialogue, dict(self.staged),
                                           self.tr("Keep %n what-if position(s)", "", n))
        except PalabreError as exc:
            self.controller.refused.emit(core_message(exc.message))
            return False
        self.staged.clear()
        ok = self.controller.push(edit)
        self.refresh()
        return ok

    def discard(self) -> None:
        """Forget the staged changes."""
        self.staged.clear()
        self.refresh()

    def _document_changed(self) -> None:
        d = self.session.dialogue
        self.staged = {k: v for k, v in self.staged.items() if k[0] in d.stakeholders and k[1] in d.options}
        self.refresh()

    def _dropped(self, sid: str, column: object, _row: object) -> None:
        stance = None if column == UNKNOWN else int(column)  # type: ignore[call-overload]
        if self.what_if_on:
            self.stage(sid, stance)
            return
        option = self.session.option_id
        if option is None:
            return
        d = self.session.dialogue
        old = d.stakeholders[sid].positions.get(option)
        position = None if stance is None else Position(stance, old.confidence if old else None)
        try:
            edit = edits.set_position(d, sid, option, position)
        except PalabreError as exc:
            self.controller.refused.emit(core_message(exc.message))
            self.refresh()
            return
        if not self.controller.push(edit):
            self.refresh()
        self.session.select([sid])

    # ------------------------------------------------------------------ showing
    def results(self) -> tuple[OptionFeasibility | None, OptionFeasibility | None]:
        """The option's figures now, and with the staged changes (None without any)."""
        d = self.session.dialogue
        option = self.session.option_id
        if option is None or option not in d.options:
            return None, None
        now = self.controller.analysis.cached(("feasibility",), lambda: political_feasibility(d))[option]
        trial = what_if(d, self.staged)[option] if self.staged else None
        return now, trial

    def refresh(self) -> None:
        """Show the option's map, index and the what-if state."""
        d = self.session.dialogue
        option = self.session.option_id
        self.keep_button.setVisible(self.what_if_on)
        self.discard_button.setVisible(self.what_if_on)
        self.keep_button.setEnabled(bool(self.staged))
        self.discard_button.setEnabled(bool(self.staged))
        if option is None or option not in d.options:
            self.heading.setText(self.tr("<b>No option yet.</b> Add options in the decision workspaces to "
                                         "map positions."))
            self.index_label.setText("")
            self.figures.setText("")
            self.gauge.show_result(None, None)
            self.board.show_spec(BoardSpec([], [], "", ""))
            return
        from html import escape

        now, trial = self.results()
        self.heading.setText(self.tr("<span style='font-size:15px'><b>Who stands where on “{0}”</b></span>"
                                     "<br><span style='color:#5d6d7e'>Each stakeholder by stance (across) and "
                                     "power (up); drag one to another column to change its stance.</span>")
                             .format(escape(d.options[option].name)))
        self._show_index(now, trial)
        self.gauge.show_result(now, trial)
        if self.what_if_on:
            n = len(self.staged)
            self.mode_note.setText(self.tr("<b>What-if:</b> %n change(s) tried, none saved in the dialogue.", "", n))
            self.mode_note.setStyleSheet("color: #1F4E79; background: #DCE6F1; padding: 3px 6px; border-radius: 4px;")
        else:
            self.mode_note.setText(self.tr("Changes made here are saved at once (Ctrl+Z undoes)."))
            self.mode_note.setStyleSheet("color: #5d6d7e;")
        self._show_board(option)

    def _show_index(self, now: OptionFeasibility | None, trial: OptionFeasibility | None) -> None:
        if now is None:
            return
        size = round(26 * self.session.scale)

        def fmt(r: OptionFeasibility) -> str:
            return f"<span style='color:{index_colour(r.index)}'>{signed(r.index)}</span>"

        text = fmt(now) if trial is None else f"{fmt(now)} → {fmt(trial)}"
        label = self.tr("Feasibility index")
        self.index_label.setText(
            f"<span style='color:#5d6d7e'>{label}</span> "
            f"<span style='font-size:{size}px; font-weight:700'>{text}</span>")
        shown = trial or now
        self.figures.setText(self.tr(
            "Support {0} · opposition {1} (weighted by power) · power with a known position {2} · "
            "index = (support − opposition) ÷ total power {3}").format(
            number(shown.support, 1), number(shown.opposition, 1), percent(shown.coverage),
            number(shown.total_power, 0)))

    def _show_board(self, option: str) -> None:
        d = self.session.dialogue
        names = {
            -2: self.tr("Strongly opposes"), -1: self.tr("Opposes"), 0: self.tr("Neutral"),
            1: self.tr("Supports"), 2: self.tr("Strongly supports"), UNKNOWN: self.tr("Unknown"),
        }
        rows = [(p, self.tr("power {0}").format(p)) for p in range(5, 0, -1)]
        regions = [Region([c], [p for p, _ in rows],
                          _tint(STANCE_COLOURS[c]) if c != UNKNOWN else "#F2F4F5",  # type: ignore[index]
                          "") for c in COLUMNS]
        chosen = set(self.session.selection)
        chips = []
        for s in d.stakeholders.values():
            if not self.session.visible(s):
                continue
            stance = s.stance_on(option)
            key = (s.id, option)
            note = ""
            if key in self.staged:
                note = self.tr("was {0}").format(_short_stance(stance))
                stance = self.staged[key]
            tip = self.tr("{0}\n{1} · power {2}\n{3}").format(
                s.name, category_label(s.category, language()), s.power, stance_text(stance))
            chips.append(Chip(s.id, UNKNOWN if stance is None else stance, s.power,
                              category_colour(s.category.value), short_name(s.name, 40), tip, note,
                              dashed=key in self.staged, selected=s.id in chosen))
        self.board.scale_factor = self.session.scale
        self.board.show_spec(BoardSpec(
            columns=[(c, names[c]) for c in COLUMNS], rows=rows,
            x_title=self.tr("← against                 Stance on the option                 for →"),
            y_title="", regions=regions, chips=chips))


def _short_stance(stance: int | None) -> str:
    return "?" if stance is None else f"{stance:+d}" if stance else "0"
