"""How the network map looks: node sizes, stance marks, tie pens and label fonts.

Shared by the map, its legend and the picture export, so that all three always agree. Sizes are
in screen pixels and multiplied by the session's ``scale`` (presentation mode, Ctrl+Plus).
Colours come from :mod:`exports.palette`, the same as in the brief.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QPen

from exports.palette import INK, STANCE_COLOURS, TIE_STYLES, category_colour

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "text")


UNKNOWN_COLOUR = "#95A5A6"
SELECTION_COLOUR = "#E67E22"
HIGHLIGHT_DIM = 0.14  # opacity of what a highlight leaves out


def node_radius(power: int, scale: float = 1.0) -> float:
    """Radius in pixels of a stakeholder of power 1 (8 px) to 5 (20 px)."""
    return (5.0 + 3.0 * power) * scale


def fill_colour(category: str) -> QColor:
    """The node fill for a category (the brief's palette)."""
    return QColor(category_colour(category))


@dataclass(frozen=True)
class StanceMark:
    """How a stance on the chosen option is shown: a ring around the node and a badge."""

    ring: str
    badge: str  # text of the badge ("" for none)
    dashed: bool = False

    @property
    def colour(self) -> QColor:
        """The ring's colour."""
        return QColor(self.ring)


def stance_mark(stance: int | None) -> StanceMark:
    """The ring and badge for a stance -2..2, or for an unknown one (None)."""
    if stance is None:
        return StanceMark(UNKNOWN_COLOUR, "?", dashed=True)
    badge = {-2: "−−", -1: "−", 0: "0", 1: "+", 2: "++"}[stance]
    return StanceMark(STANCE_COLOURS[stance], badge)


def stance_names() -> list[tuple[int | None, str]]:
    """Stances with their legend text, strongest support first."""
    return [
        (2, translate("NetworkStyle", "strongly supports")),
        (1, translate("NetworkStyle", "supports")),
        (0, translate("NetworkStyle", "neutral")),
        (-1, translate("NetworkStyle", "opposes")),
        (-2, translate("NetworkStyle", "strongly opposes")),
        (None, translate("NetworkStyle", "position unknown")),
    ]


def tie_type_label(tie_type: str) -> str:
    """A tie type's name for people."""
    return {
        "authority": translate("NetworkStyle", "Authority"),
        "funding": translate("NetworkStyle", "Funding"),
        "information": translate("NetworkStyle", "Information"),
        "collaboration": translate("NetworkStyle", "Collaboration"),
        "conflict": translate("NetworkStyle", "Conflict"),
    }[tie_type]


def tie_width(strength: int, scale: float = 1.0, contrast: bool = False) -> float:
    """Line width in pixels of a tie of strength 1 to 3 (thicker in presentation mode)."""
    return (0.7 + 0.9 * strength) * scale * (1.25 if contrast else 1.0)


def tie_pen(tie_type: str, strength: int, scale: float = 1.0, contrast: bool = False,
            fast: bool = False) -> QPen:
    """A cosmetic pen (width in pixels whatever the zoom) for a tie; ``fast`` drops the dashes.

    The palette's dash patterns are in points; Qt counts dashes in pen widths, so they are
    converted to keep the same pattern at every strength.
    """
    style = TIE_STYLES[tie_type]
    width = tie_width(strength, scale, contrast)
    colour = QColor(style.colour)
    if contrast:
        colour = colour.darker(125)
    pen = QPen(colour, width)
    pen.setCosmetic(True)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    if style.dash and not fast:
        pen.setDashPattern([max(0.6, d * 1.7 * scale / width) for d in style.dash])
    return pen


def label_font(scale: float = 1.0, presentation: bool = False) -> QFont:
    """The font of stakeholder labels, sized in pixels so that zooming does not change it."""
    font = QFont()
    font.setPixelSize(max(8, round(12 * scale)))
    if presentation:
        font.setWeight(QFont.Weight.DemiBold)
    return font


def ink(presentation: bool = False) -> QColor:
    """The colour of text and outlines (pure black in presentation mode, for projectors)."""
    return QColor("#000000" if presentation else INK)


def short_name(name: str, limit: int = 34) -> str:
    """A map label: the name before a dash or a parenthesis, cut at ``limit`` characters.

    The full name is in the tooltip, the table and the inspector.
    """
    head = name.split(" – ")[0].split(" (")[0].strip() or name
    return head if len(head) <= limit else head[: limit - 1].rstrip() + "…"
