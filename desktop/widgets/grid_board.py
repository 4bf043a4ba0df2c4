"""A board of cells holding stakeholder chips that can be dragged from cell to cell.

The power-interest grid and the position map are both such boards: columns and rows with a
meaning (interest by power; stance by power), coloured regions with names, and one chip per
stakeholder. Chips sharing a cell are stacked side by side or in rows, never on top of each other;
when a cell holds more than fits, chips shrink to dots with the name in the tooltip.

The scene is laid out in screen pixels for the view's size (no scaling), so text stays crisp and
the same size at any window size; the layout is redone on resize and on every change.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QMouseEvent, QPainter, QPen, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from desktop.widgets.network_items import wrap_label
from desktop.widgets.network_style import SELECTION_COLOUR


@dataclass
class Chip:
    """One stakeholder on the board."""

    key: str
    column: object
    row: object
    colour: str
    text: str
    tooltip: str = ""
    note: str = ""  # a second, smaller line (what-if: where it was)
    dashed: bool = False  # staged, not yet in the document
    selected: bool = False


@dataclass
class Region:
    """A named block of cells (a quadrant), drawn behind the chips."""

    columns: list[object]
    rows: list[object]
    fill: str
    title: str
    corner: str = "top-left"  # where the title goes: top-left, top-right, bottom-left, bottom-right


@dataclass
class BoardSpec:
    """What the board shows."""

    columns: list[tuple[object, str]]
    rows: list[tuple[object, str]]
    x_title: str
    y_title: str
    regions: list[Region] = field(default_factory=list)
    chips: list[Chip] = field(default_factory=list)


class ChipItem(QGraphicsItem):
    """A chip: a rounded label with a category dot, or a dot alone when space is short."""

    def __init__(self, chip: Chip, width: float, height: float, scale: float, compact: bool) -> None:
        super().__init__()
        self.chip = chip
        self.w, self.h, self.s, self.compact = width, height, scale, compact
        self.setToolTip(chip.tooltip)
        self.setZValue(10 if not chip.selected else 11)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        """The chip's box (plus the selection frame)."""
        return QRectF(-2, -2, self.w + 4, self.h + 4)

    def paint(self, p: QPainter, _o: QStyleOptionGraphicsItem, _w: QWidget | None = None) -> None:
        """Background, dot, name."""
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor(self.chip.colour)
        frame = QPen(QColor(SELECTION_COLOUR), 2.5) if self.chip.selected else QPen(QColor("#8A99A8"), 1)
        if self.chip.dashed:
            frame.setStyle(Qt.PenStyle.DashLine)
            frame.setColor(QColor("#1F4E79"))
            frame.setWidthF(2)
        if self.compact:
            p.setPen(frame if self.chip.selected or self.chip.dashed else QPen(QColor("white"), 1))
            p.setBrush(colour)
            r = min(self.w, self.h) / 2
            p.drawEllipse(QPointF(self.w / 2, self.h / 2), r - 1, r - 1)
            return
        p.setPen(frame)
        p.setBrush(QColor(255, 255, 255, 245))
        p.drawRoundedRect(QRectF(0.5, 0.5, self.w - 1, self.h - 1), 4, 4)
        dot = min(10.0 * self.s, self.h * 0.45)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(colour)
        p.drawEllipse(QPointF(6 * self.s + dot / 2, self.h / 2), dot / 2, dot / 2)
        font = QFont()
        font.setPixelSize(max(8, round(12 * self.s)))
        p.setFont(font)
        fm = QFontMetricsF(font)
        left = 10 * self.s + dot
        room = self.w - left - 4
        p.setPen(QColor("#1B2631"))
        if self.chip.note:
            small = QFont(font)
            small.setPixelSize(max(7, round(10 * self.s)))
            text = fm.elidedText(self.chip.text, Qt.TextElideMode.ElideRight, room * 0.62)
            p.drawText(QRectF(left, 0, room, self.h), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
            p.setFont(small)
            p.setPen(QColor("#1F4E79"))
            p.drawText(QRectF(left, 0, room, self.h), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                       self.chip.note)
            return
        if self.h > 2.2 * fm.height():
            lines = wrap_label(self.chip.text, fm, room)
        else:
            lines = [fm.elidedText(self.chip.text, Qt.TextElideMode.ElideRight, room)]
        p.drawText(QRectF(left, 0, room, self.h), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                   "\n".join(lines))


class BoardView(QGraphicsView):
    """Draws a :class:`BoardSpec`; dragging a chip to another cell calls ``on_drop``.

    Signals
    -------
    chip_clicked(str)
        A chip was clicked without being moved.
    """

    chip_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setMinimumSize(360, 260)
        self.spec = BoardSpec([], [], "", "")
        self.scale_factor = 1.0
        self.on_drop: Callable[[str, object, object], None] | None = None
        self.lock_rows = False  # chips move between columns only
        self.chips: dict[str, ChipItem] = {}
        self.cells: dict[tuple[object, object], QRectF] = {}
        self._drag: dict[str, object] | None = None
        self.region_title_height = 0.0

    # ------------------------------------------------------------------ layout
    def show_spec(self, spec: BoardSpec) -> None:
        """Show a new content."""
        self.spec = spec
        self.layout_board()

    def set_scale(self, scale: float) -> None:
        """Size of text and chips (presentation mode)."""
        self.scale_factor = scale
        self.layout_board()

    def layout_board(self) -> None:
        """Lay the board out for the current view size."""
        scene = self.scene()
        scene.clear()
        self.chips = {}
        self.cells = {}
        self.region_title_height = 0.0
        spec, s = self.spec, self.scale_factor
        if not spec.columns or not spec.rows:
            return
        vw, vh = max(300, self.viewport().width()), max(220, self.viewport().height())
        self.setSceneRect(0, 0, vw, vh)
        left, bottom, top, right = 64 * s, 52 * s, 10 * s, 10 * s
        cw = (vw - left - right) / len(spec.columns)
        ch = (vh - top - bottom) / len(spec.rows)
        col_x = {key: left + i * cw for i, (key, _t) in enumerate(spec.columns)}
        row_y = {key: top + j * ch for j, (key, _t) in enumerate(spec.rows)}
        for ckey, _ in spec.columns:
            for rkey, _ in spec.rows:
                self.cells[(ckey, rkey)] = QRectF(col_x[ckey], row_y[rkey], cw, ch)
        self._draw_regions(spec, col_x, row_y, cw, ch, s)
        self._draw_axes(spec, col_x, row_y, cw, ch, left, top, s)
        self._draw_chips(spec, s)

    def _draw_regions(self, spec: BoardSpec, col_x: dict, row_y: dict, cw: float, ch: float, s: float) -> None:
        scene = self.scene()
        grid_pen = QPen(QColor(255, 255, 255), 2)
        for region in spec.regions:
            for c in region.columns:
                for r in region.rows:
                    item = QGraphicsRectItem(QRectF(col_x[c], row_y[r], cw, ch))
                    item.setBrush(QColor(region.fill))
                    item.setPen(grid_pen)
                    item.setZValue(0)
                    scene.addItem(item)
            x0 = min(col_x[c] for c in region.columns)
            x1 = max(col_x[c] for c in region.columns) + cw
            y0 = min(row_y[r] for r in region.rows)
            y1 = max(row_y[r] for r in region.rows) + ch
            if region.title:
                font = QFont()
                font.setPixelSize(max(10, round(17 * s)))
                font.setWeight(QFont.Weight.Bold)
                text = QGraphicsSimpleTextItem(region.title)
                text.setFont(font)
                text.setBrush(QColor(QColor(region.fill).darker(230)))
                text.setOpacity(0.85)
                br = text.boundingRect()
                pad = 8 * s
                x = x0 + pad if "left" in region.corner else x1 - br.width() - pad
                y = y0 + pad * 0.6 if "top" in region.corner else y1 - br.height() - pad * 0.6
                text.setPos(x, y)
                text.setZValue(1)
                scene.addItem(text)
                self.region_title_height = br.height() + pad

    def _draw_axes(self, spec: BoardSpec, col_x: dict, row_y: dict, cw: float, ch: float,
                   left: float, top: float, s: float) -> None:
        scene = self.scene()
        font = QFont()
        font.setPixelSize(max(9, round(12 * s)))
        bold = QFont(font)
        bold.setWeight(QFont.Weight.Bold)
        bottom_y = top + ch * len(spec.rows)
        for key, title in spec.columns:
            t = QGraphicsSimpleTextItem(title)
            t.setFont(font)
            t.setBrush(QColor("#34495E"))
            br = t.boundingRect()
            t.setPos(col_x[key] + (cw - br.width()) / 2, bottom_y + 4 * s)
            scene.addItem(t)
        for key, title in spec.rows:
            t = QGraphicsSimpleTextItem(title)
            t.setFont(font)
            t.setBrush(QColor("#34495E"))
            br = t.boundingRect()
            t.setPos(left - br.width() - 8 * s, row_y[key] + (ch - br.height()) / 2)
            scene.addItem(t)
        x_title = QGraphicsSimpleTextItem(spec.x_title)
        x_title.setFont(bold)
        x_title.setBrush(QColor("#1B2631"))
        br = x_title.boundingRect()
        x_title.setPos(left + (cw * len(spec.columns) - br.width()) / 2, bottom_y + 24 * s)
        scene.addItem(x_title)
        y_title = QGraphicsSimpleTextItem(spec.y_title)
        y_title.setFont(bold)
        y_title.setBrush(QColor("#1B2631"))
        br = y_title.boundingRect()
        y_title.setRotation(-90)
        y_title.setPos(4 * s, top + (ch * len(spec.rows) + br.width()) / 2)
        scene.addItem(y_title)

    def _draw_chips(self, spec: BoardSpec, s: float) -> None:
        by_cell: dict[tuple[object, object], list[Chip]] = {}
        for chip in spec.chips:
            by_cell.setdefault((chip.column, chip.row), []).append(chip)
        title_room = self.region_title_height
        for cell, members in by_cell.items():
            rect = self.cells.get(cell)
            if rect is None:
                continue
            self._stack(members, rect, s, title_room)

    def _stack(self, members: list[Chip], rect: QRectF, s: float, title_room: float) -> None:
        """Place the chips of one cell: one or two columns of labelled chips, else dots."""
        pad = 5 * s
        inner = rect.adjusted(pad, pad, -pad, -pad)
        gap = 3 * s
        n = len(members)
        # Names on two lines where there is room, else on one line, in one to three columns.
        for chip_h in (36 * s, 22 * s):
            for columns in (1, 2, 3):
                rows = -(-n // columns)
                width = (inner.width() - (columns - 1) * gap) / columns
                if rows * (chip_h + gap) <= inner.height() - title_room * 0.5 and width >= 70 * s:
                    for i, chip in enumerate(members):
                        c, r = i // rows, i % rows
                        # Fill from the bottom of the cell so that region titles at the top stay clear.
                        y = inner.bottom() - (rows - r) * (chip_h + gap) + gap
                        self._add_chip(chip, inner.left() + c * (width + gap), y, width, chip_h, s, False)
                    return
        dot = max(6.0, min(16 * s, (inner.width() * inner.height() / max(1, n)) ** 0.5 * 0.8))
        per_row = max(1, int(inner.width() // (dot + 2)))
        for i, chip in enumerate(members):
            r, c = divmod(i, per_row)
            self._add_chip(chip, inner.left() + c * (dot + 2), inner.bottom() - (r + 1) * (dot + 2), dot, dot, s, True)

    def _add_chip(self, chip: Chip, x: float, y: float, w: float, h: float, s: float, compact: bool) -> None:
        item = ChipItem(chip, w, h, s, compact)
        item.setPos(x, y)
        self.scene().addItem(item)
        self.chips[chip.key] = item

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        """Lay out again for the new size."""
        super().resizeEvent(event)
        self.layout_board()

    # ------------------------------------------------------------------ dragging
    def chip_at(self, pos: QPointF) -> ChipItem | None:
        """The chip under a viewport point."""
        for item in self.items(pos.toPoint()):
            if isinstance(item, ChipItem):
                return item
        return None

    def cell_at(self, scene_pos: QPointF) -> tuple[object, object] | None:
        """The (column, row) under a scene point, or None outside the board."""
        for key, rect in self.cells.items():
            if rect.contains(scene_pos):
                return key
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        """Pick up a chip."""
        chip = self.chip_at(event.position()) if event.button() == Qt.MouseButton.LeftButton else None
        if chip is None:
            super().mousePressEvent(event)
            return
        self._drag = {"item": chip, "press": event.position(), "start": chip.pos(), "moving": False}
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        """Carry the chip."""
        if self._drag is None:
            super().mouseMoveEvent(event)
            return
        press: QPointF = self._drag["press"]  # type: ignore[assignment]
        delta = event.position() - press
        if not self._drag["moving"] and delta.manhattanLength() < QApplication.startDragDistance():
            return
        self._drag["moving"] = True
        item: ChipItem = self._drag["item"]  # type: ignore[assignment]
        start: QPointF = self._drag["start"]  # type: ignore[assignment]
        item.setZValue(50)
        item.setCursor(Qt.CursorShape.ClosedHandCursor)
        item.setPos(start + QPointF(delta.x(), 0 if self.lock_rows else delta.y()))
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        """Drop the chip in a cell: ``on_drop(key, column, row)``; a click selects."""
        if self._drag is None:
            super().mouseReleaseEvent(event)
            return
        drag, self._drag = self._drag, None
        item: ChipItem = drag["item"]  # type: ignore[assignment]
        key = item.chip.key
        if not drag["moving"]:
            self.chip_clicked.emit(key)
            event.accept()
            return
        point = self.mapToScene(event.position().toPoint())
        if self.lock_rows:
            cell_rect = self.cells.get((item.chip.column, item.chip.row))
            if cell_rect is not None:
                point.setY(cell_rect.center().y())
        cell = self.cell_at(point)
        changed = cell is not None and cell != (item.chip.column, item.chip.row)
        if changed and self.on_drop is not None:
            self.on_drop(key, cell[0], cell[1])  # type: ignore[index]
        else:
            self.layout_board()  # back to its place
        event.accept()
