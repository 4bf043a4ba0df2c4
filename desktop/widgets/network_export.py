"""The map as a picture for slides and reports: PNG at presentation resolution, or SVG.

The scene is rendered here rather than through pyqtgraph's exporters (which open file dialogs and
whose SVG export fails on Qt 6.11 and later): ties as the view draws them, nodes and labels with
sizes scaled to the picture, labels placed anew for it, the legend, and a caption.
"""

from __future__ import annotations

import logging
from pathlib import Path

import numpy as np
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QGraphicsItem

from desktop.widgets.network_legend import layout_legend, legend_entries, paint_legend
from desktop.widgets.network_view import NetworkView
from palabre.errors import PalabreError

log = logging.getLogger(__name__)

PNG_SIZE = QSize(3200, 2000)
"""Presentation resolution: sharp on a 4K projector, and on a printed A4 page at 300 dpi."""
PICTURE_SCALE = 2.0
"""Node, label and legend sizes in the picture, relative to the screen (for PNG_SIZE)."""


def has_svg() -> bool:
    """Whether Qt's SVG generator is available (PySide6-Essentials ships QtSvg)."""
    try:
        from PySide6.QtSvg import QSvgGenerator  # noqa: F401
    except ImportError:
        return False
    return True


def _paint(view: NetworkView, painter: QPainter, size: QSize, scale: float) -> None:
    """Draw the whole map (visible stakeholders) fitted into ``size`` with sizes times ``scale``."""
    session = view.session
    width, height = size.width(), size.height()
    painter.fillRect(QRectF(0, 0, width, height), QColor("white"))
    nodes = [n for n in view.nodes.values() if n.isVisible()]
    entries = legend_entries(session)
    legend_size, _rows = layout_legend(entries, scale, session.presentation, height - 40 * scale)
    caption_h = 34.0 * scale
    if not nodes:
        return
    pts = np.array([(n.x(), n.y()) for n in nodes])
    lo, hi = pts.min(axis=0), pts.max(axis=0)
    margin_x, margin_y = 110.0 * scale, 50.0 * scale
    free_w = max(50.0, width - legend_size.width() - 30 * scale - 2 * margin_x)
    free_h = max(50.0, height - caption_h - 2 * margin_y)
    span = np.maximum(hi - lo, 1.0)
    k = min(free_w / span[0], free_h / span[1], 2.5 * scale)
    left = legend_size.width() + 30 * scale + margin_x + (free_w - span[0] * k) / 2
    top = margin_y + (free_h - span[1] * k) / 2

    def to_picture(x: float, y: float) -> tuple[float, float]:
        return left + (x - lo[0]) * k, top + (y - lo[1]) * k

    # Sizes in the picture: restyle the nodes at the picture's scale, place labels for it.
    old_scale = session.scale
    session.scale = old_scale * scale
    caches = {}
    chosen = [sid for sid, n in view.nodes.items() if n.isSelected()]
    view._syncing = True  # the picture shows no selection; the session keeps it
    for sid in chosen:
        view.nodes[sid].setSelected(False)
        view.nodes[sid].label.set_emphasis(False)
    try:
        view._restyle()
        view.place_labels(to_picture)
        for item in view.scene().items():
            caches[item] = item.cacheMode()
            item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
        painter.save()
        painter.translate(left - lo[0] * k, top - lo[1] * k)
        painter.scale(k, k)
        mask = np.ones(len(view.edges.ids), dtype=bool)
        view.edges.draw(painter, mask, pscale=session.scale, contrast=session.presentation)
        painter.restore()
        # The scene maps the same rectangle onto the picture; nodes and labels keep pixel sizes.
        source = QRectF(lo[0] - left / k, lo[1] - top / k, width / k, height / k)
        view.overlay.setVisible(False)
        view.scene().render(painter, QRectF(0, 0, width, height), source, Qt.AspectRatioMode.IgnoreAspectRatio)
        view.overlay.setVisible(True)
    finally:
        for item, mode in caches.items():
            item.setCacheMode(mode)
        session.scale = old_scale
        for sid in chosen:
            view.nodes[sid].setSelected(True)
        view._syncing = False
        view._restyle()
        view._show_selection()
    paint_legend(painter, QPointF(16 * scale, 16 * scale), entries, scale, session.presentation,
                 height - 40 * scale)
    d = session.dialogue
    option = d.options.get(session.option_id) if session.option_id else None
    if option is None:
        caption = QCoreApplication.translate("NetworkExport", "{0} — stakeholder map").format(d.info.title)
    else:
        caption = QCoreApplication.translate("NetworkExport", "{0} — stakeholder map — positions on “{1}”").format(
            d.info.title, option.name)
    font = QFont()
    font.setPixelSize(round(13 * scale))
    painter.setFont(font)
    painter.setPen(QColor("#5D6D7E"))
    painter.drawText(QRectF(16 * scale, height - caption_h, width - 32 * scale, caption_h - 6 * scale),
                     Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, caption)


def render_png(view: NetworkView, size: QSize = PNG_SIZE, scale: float = PICTURE_SCALE) -> QImage:
    """The map as an image (by default 3200 x 2000 pixels, sizes doubled)."""
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    try:
        _paint(view, painter, size, scale)
    finally:
        painter.end()
    return image


def save_map(view: NetworkView, path: Path) -> Path:
    """Write the map to ``path``: SVG when it ends in .svg (if available), PNG otherwise.

    Raises
    ------
    PalabreError
        If the file cannot be written, or SVG is asked for where Qt has no SVG module.
    """
    path = Path(path)
    if path.suffix.lower() == ".svg":
        if not has_svg():
            raise PalabreError(QCoreApplication.translate(
                "NetworkExport", "SVG export needs Qt's SVG module, which this installation lacks; save as PNG"))
        from PySide6.QtSvg import QSvgGenerator

        size = QSize(1600, 1000)
        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(size)
        generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
        generator.setTitle(view.session.dialogue.info.title)
        painter = QPainter(generator)
        try:
            _paint(view, painter, size, 1.0)
        finally:
            painter.end()
        if not path.exists() or path.stat().st_size == 0:
            raise PalabreError(QCoreApplication.translate("NetworkExport", "could not write {0}").format(path))
        return path
    if path.suffix.lower() != ".png":
        path = path.with_suffix(".png")
    image = render_png(view)
    if not image.save(str(path), "PNG"):
        raise PalabreError(QCoreApplication.translate(
            "NetworkExport", "could not write {0}: check the folder exists and is writable").format(path))
    return path


__all__ = ["PNG_SIZE", "has_svg", "render_png", "save_map"]
