"""Small menus of the network map: the tie-type menu shown after dragging a tie, and the
right-click menus of a stakeholder, a tie and empty space.

Menus are opened with ``popup`` (not ``exec``), so the window keeps running and tests can pick an
action the way a user does.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QAction, QActionGroup, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QWidget

from desktop.widgets.network_style import stance_mark, stance_names, tie_pen, tie_type_label
from stakeholder_map.model import TieType

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "text")


def tie_icon(tie_type: TieType, directed: bool) -> QIcon:
    """A short line in the tie type's colour and dash, with an arrow when directed."""
    pix = QPixmap(36, 14)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = tie_pen(tie_type.value, 2)
    pen.setCosmetic(False)
    p.setPen(pen)
    p.drawLine(QPointF(2, 7), QPointF(28 if directed else 34, 7))
    if directed:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(pen.color())
        p.drawPolygon([QPointF(35, 7), QPointF(27, 2.5), QPointF(27, 11.5)])
    p.end()
    return QIcon(pix)


def stance_icon(stance: int | None) -> QIcon:
    """The stance ring as a small icon."""
    pix = QPixmap(16, 16)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    mark = stance_mark(stance)
    pen = p.pen()
    pen.setColor(mark.colour)
    pen.setWidthF(3.0)
    p.setPen(pen)
    p.drawEllipse(QPointF(8, 8), 5.5, 5.5)
    p.end()
    return QIcon(pix)


def tie_type_menu(parent: QWidget, source: str, target: str,
                  on_choice: Callable[[TieType], None]) -> QMenu:
    """The menu that asks which kind of tie to add from ``source`` to ``target``."""
    from desktop.widgets.network_style import short_name

    menu = QMenu(parent)
    title = menu.addAction(translate("NetworkMenus", "Tie from {0} to {1}:").format(short_name(source, 24),
                                                                              short_name(target, 24)))
    title.setEnabled(False)
    for t in TieType:
        directed = t in (TieType.AUTHORITY, TieType.FUNDING)
        text = {
            TieType.AUTHORITY: translate("NetworkMenus", "Authority (commands)"),
            TieType.FUNDING: translate("NetworkMenus", "Funding (pays)"),
            TieType.INFORMATION: translate("NetworkMenus", "Information"),
            TieType.COLLABORATION: translate("NetworkMenus", "Collaboration or alliance"),
            TieType.CONFLICT: translate("NetworkMenus", "Conflict"),
        }[t]
        action = menu.addAction(tie_icon(t, directed), text)
        action.setData(t.value)
        action.triggered.connect(lambda _=False, t=t: on_choice(t))
    return menu


def position_submenu(menu: QMenu, option_name: str, current: int | None,
                     on_choice: Callable[[int | None], None]) -> QMenu:
    """A submenu to set the stance on the option shown, the current one checked."""
    sub = menu.addMenu(translate("NetworkMenus", "Position on “{0}”").format(option_name[:40]))
    group = QActionGroup(sub)
    for stance, text in stance_names():
        action = sub.addAction(stance_icon(stance), text)
        action.setCheckable(True)
        action.setChecked(stance == current)
        group.addAction(action)
        action.triggered.connect(lambda _=False, s=stance: on_choice(s))
    return sub


def tie_submenus(menu: QMenu, tie_type: TieType, strength: int, directed: bool,
                 on_type: Callable[[TieType], None], on_strength: Callable[[int], None],
                 on_directed: Callable[[bool], None]) -> None:
    """Type, strength and direction of a tie, as submenus and a checkable action."""
    types = menu.addMenu(translate("NetworkMenus", "Type"))
    for t in TieType:
        action = types.addAction(tie_icon(t, directed), tie_type_label(t.value))
        action.setCheckable(True)
        action.setChecked(t is tie_type)
        action.triggered.connect(lambda _=False, t=t: on_type(t))
    strengths = menu.addMenu(translate("NetworkMenus", "Strength"))
    for value, text in ((1, translate("NetworkMenus", "1 – weak")), (2, translate("NetworkMenus", "2 – medium")),
                        (3, translate("NetworkMenus", "3 – strong"))):
        action = strengths.addAction(text)
        action.setCheckable(True)
        action.setChecked(value == strength)
        action.triggered.connect(lambda _=False, v=value: on_strength(v))
    direction = QAction(translate("NetworkMenus", "Directed (arrow)"), menu)
    direction.setCheckable(True)
    direction.setChecked(directed)
    direction.triggered.connect(on_directed)
    menu.addAction(direction)
