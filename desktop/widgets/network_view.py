"""The stakeholder network map: a QGraphicsView a facilitator drives with the mouse.

- Nodes (:class:`~desktop.widgets.network_items.NodeItem`) are coloured by category, sized by
  power and ringed by their stance on the option chosen in the workspace; labels keep their size
  in pixels and are placed so that they do not overlap (:mod:`desktop.widgets.network_labels`).
- Ties are drawn in batches (:class:`~desktop.widgets.network_edges.EdgeLayer`) into the view's
  cached background; while nodes are dragged only their own ties are drawn each frame.
- Every change is one undoable edit through the controller: drag a node (merged while the button
  is down, sealed on release), double-click empty space to add a stakeholder, Shift+drag from one
  node to another to add a tie, Delete to remove the selection, right-click for the rest.
- The view follows the document: a pure move only moves items; anything else rebuilds.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPen,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsScene,
    QGraphicsView,
    QLabel,
    QMenu,
    QStyleOptionGraphicsItem,
    QToolTip,
    QWidget,
)

from desktop.locale_format import core_message, language
from desktop.models import stakeholder_highlights as highlights
from desktop.models.stakeholder_session import MapSession
from desktop.widgets.network_edges import EdgeLayer
from desktop.widgets.network_items import LabelItem, NodeItem, wrap_label
from desktop.widgets.network_labels import LabelRequest, place_labels
from desktop.widgets.network_legend import LegendWidget
from desktop.widgets.network_menus import position_submenu, tie_submenus, tie_type_menu
from desktop.widgets.network_style import (
    HIGHLIGHT_DIM,
    SELECTION_COLOUR,
    label_font,
    short_name,
    tie_type_label,
)
from desktop.widgets.stakeholder_dialogs import NewStakeholderDialog
from dialogue import edits, edits_map
from palabre.errors import PalabreError
from stakeholder_map.model import Category, Position, TieType, category_label, stance_label

log = logging.getLogger(__name__)

MIN_SCALE, MAX_SCALE = 0.02, 12.0
LABEL_WIDTH = 150.0  # widest label line in pixels at scale 1
IDLE_MS = 160  # after this long without zooming, the ties are drawn again at full quality


class _Overlay(QGraphicsItem):
    """Draws, above the cached background, the ties that move and the selected tie."""

    def __init__(self, view: NetworkView) -> None:
        super().__init__()
        self.view = view
        self.setZValue(5)
        self.rect = QRectF()

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        """The whole scene: what it draws changes every frame."""
        return self.rect

    def paint(self, painter: QPainter, _o: QStyleOptionGraphicsItem, _w: QWidget | None = None) -> None:
        """Moving ties and the selected tie's halo."""
        v = self.view
        s = v.session
        if v.selected_tie is not None and v.selected_tie in v.edges.ids:
            one = np.zeros(len(v.edges.ids), dtype=bool)
            one[v.edges.ids.index(v.selected_tie)] = True
            v.edges.draw(painter, one, pscale=s.scale, contrast=s.presentation, emphasis=v.selected_tie)
        if v.moving_mask is not None and v.moving_mask.any():
            v.edges.draw(painter, v.moving_mask, pscale=s.scale, contrast=s.presentation)


class NetworkView(QGraphicsView):
    """The map of stakeholders and ties (see the module docstring)."""

    edit_requested = Signal(str)  # double-click on a node, or "Edit…" in its menu
    message = Signal(str)

    def __init__(self, session: MapSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.controller = session.controller
        self.setScene(QGraphicsScene(self))
        self.scene().setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
                            | QPainter.RenderHint.SmoothPixmapTransform)
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(320, 240)
        self.nodes: dict[str, NodeItem] = {}
        self.edges = EdgeLayer()
        self.overlay = _Overlay(self)
        self.scene().addItem(self.overlay)
        self.selected_tie: str | None = None
        self.moving_mask: np.ndarray | None = None
        self.fast = False
        self.tie_menu: QMenu | None = None
        self.context_menu: QMenu | None = None
        self.add_dialog: NewStakeholderDialog | None = None
        self._drag: dict[str, object] | None = None
        self._tie_from: str | None = None
        self._tie_click_mode = False
        self._chain_from: str | None = None
        self._rubber = QGraphicsLineItem()
        pen = QPen(QColor(SELECTION_COLOUR), 2.5, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        self._rubber.setPen(pen)
        self._rubber.setZValue(30)
        self._rubber.setVisible(False)
        self.scene().addItem(self._rubber)
        self._syncing = False
        self._fitted = False
        self.auto_fit = True  # refit on resize until the user zooms or pans
        self._last_category = Category.OTHER_GOVERNMENT
        self._idle = QTimer(self, singleShot=True, interval=IDLE_MS, timeout=self._settle)
        self.legend = LegendWidget(session, self)
        self.banner = QLabel(self)
        self.banner.setStyleSheet("background: rgba(31,78,121,225); color: white; border-radius: 6px;"
                                  " padding: 5px 10px;")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.hint = QLabel(self.tr("Drag: move · Double-click: add · Shift+drag to another: tie · "
                                   "Delete: remove · Right-click: more · Wheel: zoom"), self)
        self.hint.setStyleSheet("color: #5d6d7e; background: rgba(255,255,255,200); padding: 2px 6px;")
        self.scene().selectionChanged.connect(self._scene_selection)
        session.moved.connect(self._on_moved)
        session.changed.connect(self.rebuild)
        session.option_changed.connect(self._restyle)
        session.style_changed.connect(self._restyle)
        session.filters_changed.connect(self._apply_filters)
        session.highlight_changed.connect(self._apply_highlight)
        session.selection_changed.connect(self._show_selection)
        self.rebuild()

    # ================================================================== building from the document
    @property
    def current(self) -> str | None:
        """The stakeholder selected last."""
        return self.session.current

    def places(self) -> dict[str, tuple[float, float]]:
        """Where each stakeholder is drawn (a circle for those not yet placed)."""
        people = list(self.session.dialogue.stakeholders.values())
        out = {s.id: (s.x, s.y) for s in people if s.x is not None and s.y is not None}
        missing = [s for s in people if s.id not in out]
        for i, s in enumerate(missing):
            angle = 2 * math.pi * i / max(1, len(missing))
            out[s.id] = (300 * math.cos(angle), 300 * math.sin(angle))
        return out  # type: ignore[return-value]

    def rebuild(self) -> None:
        """Draw everything again from the document (after a change other than a move)."""
        d = self.session.dialogue
        scene = self.scene()
        wanted = list(d.stakeholders)
        for sid in [s for s in self.nodes if s not in d.stakeholders]:
            scene.removeItem(self.nodes.pop(sid))
        for sid in wanted:
            if sid not in self.nodes:
                node = NodeItem(sid)
                self.nodes[sid] = node
                scene.addItem(node)
        places = self.places()
        for sid, (x, y) in places.items():
            self.nodes[sid].setPos(x, y)
        self.edges.rebuild(wanted, d.ties.values())
        self.edges.set_places(places)
        if self.selected_tie not in d.ties:
            self.selected_tie = None
        self._restyle()
        self._apply_filters()
        self._apply_highlight()
        self._show_selection()
        self._update_scene_rect()
        if not self._fitted and self.isVisible():
            self.fit()

    def _restyle(self) -> None:
        d = self.session.dialogue
        s = self.session
        option = s.option_id
        option_name = d.options[option].name if option in d.options else ""
        font = label_font(s.scale, s.presentation)
        metrics = QFontMetricsF(font)
        for sid, node in self.nodes.items():
            st = d.stakeholders[sid]
            stance = st.stance_on(option) if option else None
            node.style(st.category.value, st.power, stance, s.scale, s.presentation, show_mark=bool(option))
            node.label.set_text(wrap_label(short_name(st.name), metrics, LABEL_WIDTH * s.scale),
                                font, s.presentation)
            node.setToolTip(self._tooltip(st, stance, option_name))
        self.edges.radius[:] = [self.nodes[sid].outer for sid in self.edges.node_index]
        self.legend.refresh()
        self._place_overlays()
        self.redraw_ties()
        self.place_labels()

    def _tooltip(self, st: object, stance: int | None, option_name: str) -> str:
        from html import escape

        lines = [f"<b>{escape(st.name)}</b>",  # type: ignore[attr-defined]
                 escape(self.tr("{0} · power {1} · interest {2}").format(
                     category_label(st.category, language()), st.power, st.interest))]  # type: ignore[attr-defined]
        if option_name:
            where = stance_label(stance, language()) if stance is not None else self.tr("position unknown")
            lines.append(escape(self.tr("On “{0}”: {1}").format(option_name, where)))
        return "<br>".join(lines)

    def _apply_filters(self) -> None:
        d = self.session.dialogue
        shown_nodes = {sid for sid, st in d.stakeholders.items() if self.session.visible(st)}
        for sid, node in self.nodes.items():
            node.setVisible(sid in shown_nodes)
        if self.edges.ids:
            hidden_types = {list(TieType).index(t) for t in self.session.hidden_types}
            index_shown = np.array([sid in shown_nodes for sid in self.edges.node_index], dtype=bool)
            self.edges.visible = (~np.isin(self.edges.kind, list(hidden_types))
                                  & index_shown[self.edges.src] & index_shown[self.edges.dst])
        self.legend.refresh()
        self.redraw_ties()
        self.place_labels()

    def _apply_highlight(self) -> None:
        h = self.session.highlight
        d = self.session.dialogue
        for sid, node in self.nodes.items():
            node.setOpacity(1.0 if h is None or sid in h.ids else HIGHLIGHT_DIM)
        if self.edges.ids:
            if h is None:
                self.edges.lit = np.ones(len(self.edges.ids), dtype=bool)
            else:
                self.edges.lit = np.array([h.lights_tie(d.ties[t].source, d.ties[t].target)
                                           for t in self.edges.ids], dtype=bool)
        if h is None:
            self.banner.hide()
        else:
            self.banner.setText(self.tr("{0}   —   Esc clears it").format(h.description))
            self.banner.adjustSize()
            self.banner.show()
        self._place_overlays()
        self.redraw_ties()
        if self.auto_fit and self._fitted:
            self.fit()  # make room for the banner, or take the room back
        else:
            self.place_labels()

    def _show_selection(self) -> None:
        chosen = set(self.session.selection)
        self._syncing = True
        try:
            for sid, node in self.nodes.items():
                node.setSelected(sid in chosen)
                node.label.set_emphasis(sid == self.session.current)
                node.setZValue(12 if sid in chosen else 10)
        finally:
            self._syncing = False
        self.place_labels()

    def _scene_selection(self) -> None:
        if self._syncing:
            return
        picked = [n.sid for n in self.scene().selectedItems() if isinstance(n, NodeItem)]
        before = self.session.selection
        order = [s for s in before if s in picked] + [s for s in picked if s not in before]
        self.session.select(order)

    def _on_moved(self, ids: frozenset[str]) -> None:
        d = self.session.dialogue
        places = {}
        for sid in ids:
            st = d.stakeholders.get(sid)
            node = self.nodes.get(sid)
            if st is None or node is None or st.x is None or st.y is None:
                continue
            node.setPos(st.x, st.y)
            places[sid] = (st.x, st.y)
        self.edges.set_places(places)
        if self._drag is None:
            # An undo, a redo or a layout: draw the ties again and place the labels anew.
            self.redraw_ties()
            self.place_labels()
            self._update_scene_rect()
        else:
            self.overlay.update()

    def _update_scene_rect(self) -> None:
        if not self.nodes:
            self.setSceneRect(QRectF(-2000, -2000, 4000, 4000))
            self.overlay.rect = self.sceneRect()
            return
        pts = np.array([(n.x(), n.y()) for n in self.nodes.values()])
        lo, hi = pts.min(axis=0), pts.max(axis=0)
        span = max(float((hi - lo).max()), 400.0)
        rect = QRectF(lo[0] - 3 * span, lo[1] - 3 * span, (hi - lo)[0] + 6 * span, (hi - lo)[1] + 6 * span)
        self.overlay.prepareGeometryChange()
        self.overlay.rect = rect
        self.setSceneRect(rect)

    # ================================================================== drawing
    def redraw_ties(self) -> None:
        """Forget the cached background so that the ties are drawn again."""
        self.resetCachedContent()
        self.overlay.update()
        self.viewport().update()

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802 - Qt's name
        """White paper and every tie that is not moving (cached by the view between frames)."""
        painter.fillRect(rect, QColor("white"))
        if not self.edges.ids:
            return
        mask = np.ones(len(self.edges.ids), dtype=bool)
        if self.moving_mask is not None:
            mask &= ~self.moving_mask
        if self.selected_tie is not None and self.selected_tie in self.edges.ids:
            mask[self.edges.ids.index(self.selected_tie)] = False
        mask &= self._in_rect(rect)
        self.edges.draw(painter, mask, pscale=self.session.scale, contrast=self.session.presentation,
                        fast=self.fast)

    def _in_rect(self, rect: QRectF) -> np.ndarray:
        e = self.edges
        if not len(e.ids):
            return np.zeros(0, dtype=bool)
        a, b = e.pos[e.src], e.pos[e.dst]
        lo, hi = np.minimum(a, b), np.maximum(a, b)
        return ((hi[:, 0] >= rect.left()) & (lo[:, 0] <= rect.right())
                & (hi[:, 1] >= rect.top()) & (lo[:, 1] <= rect.bottom()))

    def pixel(self) -> float:
        """Scene units per screen pixel at the current zoom."""
        return 1.0 / max(1e-9, abs(self.transform().m11()))

    def place_labels(self, to_screen: Callable[[float, float], tuple[float, float]] | None = None) -> None:
        """Place the visible labels so that they do not overlap (see network_labels)."""
        screen = to_screen is None
        if to_screen is None:
            def to_screen(x: float, y: float) -> tuple[float, float]:
                p = self.mapFromScene(QPointF(x, y))
                return float(p.x()), float(p.y())
        d = self.session.dialogue
        h = self.session.highlight
        chosen = set(self.session.selection)
        degree: dict[str, int] = {}
        for t in d.ties.values():
            degree[t.source] = degree.get(t.source, 0) + 1
            degree[t.target] = degree.get(t.target, 0) + 1
        requests = []
        for sid, node in self.nodes.items():
            if not node.isVisible():
                continue
            if h is not None and sid not in h.ids and sid not in chosen:
                node.label.setVisible(False)
                continue
            x, y = to_screen(node.x(), node.y())
            w, hgt = node.label.size
            power = d.stakeholders[sid].power
            requests.append(LabelRequest(sid, x, y, node.outer, w, hgt,
                                         priority=power * 1000 + degree.get(sid, 0), always=sid in chosen))
        bounds = obstacles = None
        if screen:
            bounds = (0.0, 0.0, float(self.viewport().width()), float(self.viewport().height()))
            obstacles = [self._widget_rect(w) for w in (self.legend, self.banner, self.hint) if w.isVisible()]
        for sid, spot in place_labels(requests, bounds, obstacles or ()).items():
            label = self.nodes[sid].label
            label.setVisible(spot is not None)
            if spot is not None:
                label.setPos(*spot)

    def _widget_rect(self, w: QWidget) -> tuple[float, float, float, float]:
        """A child widget's rectangle in viewport coordinates."""
        g = w.geometry().translated(-self.viewport().x(), -self.viewport().y())
        return float(g.left()), float(g.top()), float(g.right() + 1), float(g.bottom() + 1)

    # ================================================================== zoom and fit
    def fit(self) -> None:
        """Zoom and pan so that the whole map, labels included, shows clear of the legend.

        Labels keep their size in pixels, so the zoom that fits them is found in a few steps:
        fit the nodes, place the labels, measure what overflows, shrink and recentre.
        """
        shown = [n for n in self.nodes.values() if n.isVisible()] or list(self.nodes.values())
        if not shown:
            return
        self._fitted = True
        self.auto_fit = True
        pts = np.array([(n.x(), n.y()) for n in shown])
        lo, hi = pts.min(axis=0), pts.max(axis=0)
        vw, vh = self.viewport().width(), self.viewport().height()
        legend_w = self.legend.width() + 16 if self.legend.isVisible() else 0
        hint_h = self.hint.height() + 6 if self.hint.isVisible() else 0
        top = self.banner.geometry().bottom() + 8.0 if self.banner.isVisible() else 8.0
        free = (legend_w + 8.0, top, vw - 8.0, vh - hint_h - 8.0)
        free_w, free_h = max(80.0, free[2] - free[0]), max(80.0, free[3] - free[1])
        span = np.maximum(hi - lo, 1.0)
        middle = (lo + hi) / 2
        pad = 40.0 * self.session.scale
        scale = min((free_w - 2 * pad) / span[0], (free_h - 2 * pad) / span[1], 2.5)
        offset = np.zeros(2)  # where the drawing's middle sits from the nodes' middle, in pixels
        for _ in range(4):
            scale = max(scale, MIN_SCALE)
            self.setTransform(QTransform.fromScale(scale, scale))
            target = np.array([(free[0] + free[2]) / 2, (free[1] + free[3]) / 2]) - offset
            view_middle = np.array([vw / 2, vh / 2])
            self.centerOn(QPointF(*(middle + (view_middle - target) / scale)))
            self.place_labels()
            left, top, right, bottom = self._drawn_extent(shown)
            inside = (left >= free[0] - 1 and right <= free[2] + 1 and top >= free[1] - 1
                      and bottom <= free[3] + 1)
            centre_px = self.mapFromScene(QPointF(*middle))
            offset = np.array([(left + right) / 2 - centre_px.x(), (top + bottom) / 2 - centre_px.y()])
            if inside:
                break
            over = np.array([right - left, bottom - top]) - span * scale
            scale = min((free_w - over[0]) / span[0], (free_h - over[1]) / span[1], 2.5)
        self._zoomed()

    def _drawn_extent(self, nodes: list[NodeItem]) -> tuple[float, float, float, float]:
        """Viewport rectangle covering these nodes and their visible labels."""
        xs, ys = [], []
        for n in nodes:
            p = self.mapFromScene(n.pos())
            r = n.outer
            xs += [p.x() - r, p.x() + r]
            ys += [p.y() - r, p.y() + r]
            if n.label.isVisible():
                lx, ly = p.x() + n.label.x(), p.y() + n.label.y()
                xs += [lx, lx + n.label.size[0]]
                ys += [ly, ly + n.label.size[1]]
        return min(xs), min(ys), max(xs), max(ys)

    def zoom(self, factor: float, anchor: QPointF | None = None) -> None:
        """Zoom by ``factor`` (kept between the limits), around a viewport point or the centre."""
        current = self.transform().m11()
        factor = min(MAX_SCALE / current, max(MIN_SCALE / current, factor))
        if abs(factor - 1.0) < 1e-6:
            return
        if anchor is None:
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
            self.scale(factor, factor)
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        else:
            before = self.mapToScene(anchor.toPoint())
            self.scale(factor, factor)
            after = self.mapToScene(anchor.toPoint())
            delta = after - before
            self.translate(delta.x(), delta.y())
        self.fast = True
        self.auto_fit = False
        self._zoomed()

    def _zoomed(self) -> None:
        self._idle.start()
        self.viewport().update()

    def _settle(self) -> None:
        self.fast = False
        self.redraw_ties()
        self.place_labels()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt's name
        """The wheel zooms around the pointer."""
        steps = event.angleDelta().y() / 120.0
        if steps:
            self.zoom(1.18 ** steps, event.position())
        event.accept()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        """Keep the overlays in their corners; fit the first time the map is shown."""
        super().resizeEvent(event)
        self.legend.refresh()
        self._place_overlays()
        if (not self._fitted or self.auto_fit) and self.viewport().width() > 100:
            self.fit()
        else:
            self.place_labels()

    def showEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
        """Fit on first show."""
        super().showEvent(event)  # type: ignore[arg-type]
        if not self._fitted:
            self.fit()

    def _place_overlays(self) -> None:
        self.legend.move(10, 10)
        self.legend.raise_()
        left = self.legend.width() + 20 if self.legend.isVisible() else 10
        room = max(200, self.width() - left - 10)
        wanted = self.banner.fontMetrics().horizontalAdvance(self.banner.text()) + 30
        self.banner.setFixedWidth(min(room, wanted))
        self.banner.setFixedHeight(max(26, self.banner.heightForWidth(self.banner.width())))
        self.banner.move(max(left, (self.width() - self.banner.width()) // 2), 10)
        self.banner.raise_()
        self.hint.adjustSize()
        self.hint.move(8, self.height() - self.hint.height() - 6)
        self.hint.setVisible(not self.session.presentation)
        self.hint.raise_()

    # ================================================================== finding things under the mouse
    def node_at(self, pos: QPointF) -> NodeItem | None:
        """The node (or the node of the label) under a viewport point."""
        for item in self.items(pos.toPoint()):
            if isinstance(item, LabelItem):
                item = item.parentItem()
            if isinstance(item, NodeItem) and item.isVisible():
                return item
        return None

    def tie_at(self, pos: QPointF) -> str | None:
        """The tie under a viewport point (within 6 pixels), or None."""
        p = self.mapToScene(pos.toPoint())
        return self.edges.pick(p.x(), p.y(), 6.0 * self.pixel())

    # ================================================================== mouse
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        """Start a node drag, a tie drag, a pan or a rubber band."""
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        pos = event.position()
        node = self.node_at(pos)
        mods = event.modifiers()
        if self._tie_click_mode:
            self._finish_tie(node)
            event.accept()
            return
        if self._chain_from is not None:
            source, self._chain_from = self._chain_from, None
            if node is not None and node.sid != source:
                self.highlight_chain(source, node.sid)
            event.accept()
            return
        if node is not None:
            self._set_tie(None)
            if mods & Qt.KeyboardModifier.ShiftModifier:
                self._start_tie(node.sid, self.mapToScene(pos.toPoint()))
            elif mods & Qt.KeyboardModifier.ControlModifier:
                sel = list(self.session.selection)
                self.session.select([s for s in sel if s != node.sid] if node.sid in sel else [*sel, node.sid])
            else:
                if node.sid not in self.session.selection:
                    self.session.select([node.sid])
                else:
                    self.session.select([*(s for s in self.session.selection if s != node.sid), node.sid])
                d = self.session.dialogue
                starts = {sid: (self.nodes[sid].x(), self.nodes[sid].y())
                          for sid in self.session.selection if sid in d.stakeholders}
                self._drag = {"press": pos, "origin": self.mapToScene(pos.toPoint()), "starts": starts,
                              "moving": False}
            event.accept()
            return
        tie = self.tie_at(pos)
        if tie is not None and not mods:
            self.session.select([])
            self._set_tie(tie)
            event.accept()
            return
        self._set_tie(None)
        if mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier):
            self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        else:
            self.session.select([])
            self.auto_fit = False
            self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        """Move the dragged nodes (one merged edit), or follow the tie being drawn."""
        pos = event.position()
        if self._tie_from is not None:
            line = self._rubber.line()
            self._rubber.setLine(line.x1(), line.y1(), *self._scene_xy(pos))
            event.accept()
            return
        if self._drag is not None:
            press: QPointF = self._drag["press"]  # type: ignore[assignment]
            if not self._drag["moving"]:
                if (pos - press).manhattanLength() < QApplication.startDragDistance():
                    return
                self._begin_moving(list(self._drag["starts"]))  # type: ignore[arg-type]
                self._drag["moving"] = True
            origin: QPointF = self._drag["origin"]  # type: ignore[assignment]
            now = self.mapToScene(pos.toPoint())
            dx, dy = now.x() - origin.x(), now.y() - origin.y()
            starts: dict[str, tuple[float, float]] = self._drag["starts"]  # type: ignore[assignment]
            places = {sid: (round(x + dx, 1), round(y + dy, 1)) for sid, (x, y) in starts.items()}
            self._push(edits.move_stakeholders(self.session.dialogue, places))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        """End a drag: seal the move (one undo step), or ask the type of the new tie."""
        if self._tie_from is not None and event.button() == Qt.MouseButton.LeftButton:
            self._finish_tie(self.node_at(event.position()))
            event.accept()
            return
        if self._drag is not None and event.button() == Qt.MouseButton.LeftButton:
            moved = self._drag["moving"]
            self._drag = None
            if moved:
                self.controller.seal_last_edit()
                self._end_moving()
            event.accept()
            return
        super().mouseReleaseEvent(event)
        if self.dragMode() != QGraphicsView.DragMode.NoDrag:
            self.setDragMode(QGraphicsView.DragMode.NoDrag)
            self.place_labels()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        """On empty space: add a stakeholder there; on a node: edit it."""
        if event.button() != Qt.MouseButton.LeftButton:
            return
        node = self.node_at(event.position())
        if node is not None:
            self.edit_requested.emit(node.sid)
        else:
            self.ask_new_stakeholder(self.mapToScene(event.position().toPoint()))
        event.accept()

    def _scene_xy(self, pos: QPointF) -> tuple[float, float]:
        p = self.mapToScene(pos.toPoint())
        return p.x(), p.y()

    def _begin_moving(self, ids: list[str]) -> None:
        self.moving_mask = self.edges.touching(ids)
        self.redraw_ties()

    def _end_moving(self) -> None:
        self.moving_mask = None
        self.redraw_ties()
        self.place_labels()
        self._update_scene_rect()

    # ================================================================== ties
    def _set_tie(self, tie_id: str | None) -> None:
        if tie_id != self.selected_tie:
            self.selected_tie = tie_id
            self.redraw_ties()

    def _start_tie(self, sid: str, at: QPointF, click_mode: bool = False) -> None:
        node = self.nodes[sid]
        self._tie_from = sid
        self._tie_click_mode = click_mode
        self._rubber.setLine(node.x(), node.y(), at.x(), at.y())
        self._rubber.setVisible(True)
        self.message.emit(self.tr("Release (or click) on the stakeholder to tie to; Esc cancels."))

    def start_tie_from(self, sid: str) -> None:
        """Draw a tie from a stakeholder: the next click on another one ends it."""
        node = self.nodes[sid]
        self._start_tie(sid, node.pos(), click_mode=True)

    def _cancel_tie(self) -> None:
        self._tie_from = None
        self._tie_click_mode = False
        self._rubber.setVisible(False)

    def _finish_tie(self, target: NodeItem | None) -> None:
        source = self._tie_from
        self._cancel_tie()
        if source is None or target is None or target.sid == source:
            return
        d = self.session.dialogue
        menu = tie_type_menu(self, d.stakeholders[source].name, d.stakeholders[target.sid].name,
                             lambda t: self.add_tie(source, target.sid, t))
        self.tie_menu = menu
        menu.popup(self.viewport().mapToGlobal(self.mapFromScene(target.pos())))

    def add_tie(self, source: str, target: str, tie_type: TieType) -> bool:
        """Add a tie (one undoable edit); directed for authority and funding."""
        return self._build_and_push(lambda d: edits_map.new_tie(d, source, target, tie_type))

    # ================================================================== adding, removing, editing
    def ask_new_stakeholder(self, at: QPointF) -> NewStakeholderDialog:
        """Open the small dialog that adds a stakeholder at a scene point."""
        dialog = NewStakeholderDialog(self, self._last_category)
        self.add_dialog = dialog

        def done() -> None:
            category = dialog.chosen_category()
            self._last_category = category
            before = set(self.session.dialogue.stakeholders)
            ok = self._build_and_push(lambda d: edits_map.new_stakeholder(
                d, dialog.name.text(), category, (round(at.x(), 1), round(at.y(), 1)),
                power=dialog.power.value(), interest=dialog.interest.value()))
            if ok:
                new = [s for s in self.session.dialogue.stakeholders if s not in before]
                self.session.select(new)

        dialog.accepted.connect(done)
        dialog.open()
        return dialog

    def delete_selection(self) -> bool:
        """Remove the selected stakeholders with their ties, or the selected tie (one edit)."""
        if self.session.selection:
            ids = list(self.session.selection)
            return self._build_and_push(lambda d: edits.remove_stakeholders(d, ids))
        if self.selected_tie is not None:
            tie = self.selected_tie
            self.selected_tie = None
            return self._build_and_push(lambda d: edits.remove_ties(d, [tie]))
        return False

    def set_stance(self, sid: str, stance: int | None) -> bool:
        """Set a stakeholder's stance on the option shown."""
        option = self.session.option_id
        if option is None:
            return False
        return self._build_and_push(lambda d: edits.set_position(
            d, sid, option, None if stance is None else Position(stance)))

    def _build_and_push(self, build: Callable[[object], object]) -> bool:
        try:
            edit = build(self.session.dialogue)
        except PalabreError as exc:
            self.controller.refused.emit(core_message(exc.message))
            return False
        return self.controller.push(edit)  # type: ignore[arg-type]

    def _push(self, edit: object) -> None:
        self.controller.push(edit)  # type: ignore[arg-type]

    # ================================================================== highlights
    def highlight_neighbourhood(self, sid: str) -> None:
        """Light a stakeholder and its direct ties; dim the rest."""
        self.session.set_highlight(highlights.neighbourhood(self.session.dialogue, sid, self.session.hidden_types))

    def highlight_coalition(self, sid: str) -> None:
        """Light a stakeholder's coalition."""
        self.session.set_highlight(highlights.coalition_of(self.session.dialogue, sid))

    def highlight_chain(self, source: str, target: str) -> None:
        """Light the shortest chain of ties between two stakeholders (or say there is none)."""
        d = self.session.dialogue
        h = highlights.chain(d, source, target, self.session.hidden_types)
        if h is None:
            self.message.emit(self.tr("No chain of ties leads from {0} to {1}.").format(
                d.stakeholders[source].name, d.stakeholders[target].name))
        self.session.set_highlight(h)

    def choose_chain_end(self, sid: str) -> None:
        """The next click on a stakeholder ends the chain started here."""
        self._chain_from = sid
        self.message.emit(self.tr("Click the stakeholder to reach from {0}.").format(
            self.session.dialogue.stakeholders[sid].name))

    # ================================================================== keys and menus
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Delete removes the selection; Esc cancels a tie or clears the highlight."""
        key = event.key()
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_selection()
            event.accept()
            return
        if key == Qt.Key.Key_Escape and (self._tie_from or self._chain_from or self.session.highlight):
            self._cancel_tie()
            self._chain_from = None
            self.session.set_highlight(None)
            event.accept()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt's name
        """The menu of the stakeholder, tie or empty space under the pointer."""
        pos = QPointF(event.pos())
        node = self.node_at(pos)
        menu = QMenu(self)
        if node is not None:
            if node.sid not in self.session.selection:
                self.session.select([node.sid])
            self._node_menu(menu, node.sid)
        else:
            tie = self.tie_at(pos)
            if tie is not None:
                self._set_tie(tie)
                self._tie_menu(menu, tie)
            else:
                at = self.mapToScene(event.pos())
                menu.addAction(self.tr("Add a stakeholder here…"), lambda: self.ask_new_stakeholder(at))
                menu.addAction(self.tr("Fit to window"), self.fit)
                if self.session.highlight is not None:
                    menu.addAction(self.tr("Clear the highlight"), lambda: self.session.set_highlight(None))
        self.context_menu = menu
        menu.popup(event.globalPos())

    def _node_menu(self, menu: QMenu, sid: str) -> None:
        d = self.session.dialogue
        many = len(self.session.selection) > 1
        menu.addAction(self.tr("Edit…"), lambda: self.edit_requested.emit(sid))
        delete_text = (self.tr("Delete %n stakeholders", "", len(self.session.selection)) if many
                       else self.tr("Delete"))
        menu.addAction(delete_text, self.delete_selection)
        menu.addSeparator()
        menu.addAction(self.tr("Add a tie from here…"), lambda: self.start_tie_from(sid))
        option = self.session.option_id
        if option in d.options:
            position_submenu(menu, d.options[option].name, d.stakeholders[sid].stance_on(option),
                             lambda stance: self.set_stance(sid, stance))
        menu.addSeparator()
        menu.addAction(self.tr("Highlight its neighbourhood"), lambda: self.highlight_neighbourhood(sid))
        menu.addAction(self.tr("Highlight its coalition"), lambda: self.highlight_coalition(sid))
        menu.addAction(self.tr("Shortest chain from here to…"), lambda: self.choose_chain_end(sid))
        if self.session.highlight is not None:
            menu.addAction(self.tr("Clear the highlight"), lambda: self.session.set_highlight(None))

    def _tie_menu(self, menu: QMenu, tie_id: str) -> None:
        d = self.session.dialogue
        tie = d.ties[tie_id]
        a, b = d.stakeholders[tie.source].name, d.stakeholders[tie.target].name
        head = menu.addAction(self.tr("{0}: {1} – {2}").format(tie_type_label(tie.type.value),
                                                              short_name(a, 24), short_name(b, 24)))
        head.setEnabled(False)

        def change(**what: object) -> None:
            self._build_and_push(lambda dd: edits.update_tie(dd, dd.ties[tie_id].replace(**what)))

        tie_submenus(menu, tie.type, tie.strength, tie.directed,
                     lambda t: change(type=t), lambda v: change(strength=v), lambda on: change(directed=bool(on)))
        menu.addSeparator()
        menu.addAction(self.tr("Delete the tie"), lambda: self._build_and_push(
            lambda dd: edits.remove_ties(dd, [tie_id])))

    def viewportEvent(self, event: object) -> bool:  # noqa: N802 - Qt's name
        """Tooltips on ties (nodes have their own)."""
        from PySide6.QtCore import QEvent

        if getattr(event, "type", lambda: None)() == QEvent.Type.ToolTip:
            pos = QPointF(event.pos())  # type: ignore[attr-defined]
            if self.node_at(pos) is None:
                tie = self.tie_at(pos)
                if tie is not None:
                    QToolTip.showText(event.globalPos(), self._tie_text(tie), self)  # type: ignore[attr-defined]
                    return True
        return super().viewportEvent(event)  # type: ignore[arg-type]

    def _tie_text(self, tie_id: str) -> str:
        d = self.session.dialogue
        t = d.ties[tie_id]
        arrow = "→" if t.directed else "–"
        return self.tr("{0} tie, strength {1}:\n{2} {3} {4}").format(
            tie_type_label(t.type.value), t.strength, d.stakeholders[t.source].name, arrow,
            d.stakeholders[t.target].name)
