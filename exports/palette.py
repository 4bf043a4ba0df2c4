"""Colours and line styles shared by the window and the PDF brief (Qt-free, reportlab-free).

Everything here is plain data (``#RRGGBB`` strings, dash patterns in points) so that the window's
pyqtgraph views and the brief's reportlab drawings show a stakeholder category, a tie type or a
quadrant in the same colour. The category colours are a qualitative palette chosen to stay
distinguishable for the common forms of colour-vision deficiency when paired with the legend
(after Okabe & Ito 2008, extended with lighter and darker variants for fourteen categories).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

# The brief's own colours: headings, table headers, rules.
INK = "#1B2631"
PRIMARY = "#1F4E79"
PRIMARY_LIGHT = "#DCE6F1"
ACCENT = "#C0504D"
MUTED = "#5D6D7E"
RULE = "#AAB7C4"
ROW_ALT = "#F3F6F9"
PAPER = "#FFFFFF"

# Stakeholder categories (keys are stakeholder_map.model.Category values).
CATEGORY_COLOURS: Mapping[str, str] = MappingProxyType(
    {
        "ministry_of_health": "#0072B2",
        "ministry_of_finance": "#004C7A",
        "ministry_of_education": "#56B4E9",
        "ministry_of_civil_service": "#3E7CA6",
        "other_government": "#7FA7C9",
        "union": "#D55E00",
        "professional_association": "#E69F00",
        "training_institution": "#CC79A7",
        "public_employer": "#009E73",
        "private_employer": "#66C2A5",
        "regulator": "#8E6C8A",
        "development_partner": "#8C564B",
        "health_workers": "#F0A868",
        "civil_society": "#B8B000",
    }
)
DEFAULT_CATEGORY_COLOUR = "#888888"


@dataclass(frozen=True)
class TieStyle:
    """How a tie type is drawn.

    ``dash`` is an on/off pattern in points (empty for a solid line); the line width is
    ``base_width + per_strength * strength`` for a strength of 1 to 3.
    """

    colour: str
    dash: tuple[float, ...] = ()
    base_width: float = 0.3
    per_strength: float = 0.45


# Keys are stakeholder_map.model.TieType values.
TIE_STYLES: Mapping[str, TieStyle] = MappingProxyType(
    {
        "authority": TieStyle("#34495E"),
        "funding": TieStyle("#1E8449"),
        "information": TieStyle("#2E86C1", (3.0, 2.0)),
        "collaboration": TieStyle("#7D3C98", (6.0, 2.0, 1.0, 2.0)),
        "conflict": TieStyle("#C0392B", (1.2, 1.8)),
    }
)

# Power-interest grid (keys are stakeholder_map.grid.Quadrant values): light fills for the
# background of each quadrant, as in Mendelow's grid.
POWER_INTEREST_COLOURS: Mapping[str, str] = MappingProxyType(
    {
        "manage_closely": "#F9D9D6",
        "keep_satisfied": "#FCEBC9",
        "keep_informed": "#D6E9F8",
        "monitor": "#ECEFF1",
    }
)

# Feasibility-impact matrix quadrants (DOMAIN.md section 4).
MATRIX_COLOURS: Mapping[str, str] = MappingProxyType(
    {
        "quick_wins": "#D5F0DD",
        "major_reforms": "#FCEBC9",
        "easy_but_minor": "#DDE8F3",
        "avoid": "#F6DCDA",
    }
)

# Stance on an option, -2 (strongly opposes) to +2 (strongly supports).
STANCE_COLOURS: Mapping[int, str] = MappingProxyType(
    {-2: "#B03A2E", -1: "#E6866F", 0: "#BFC5CA", 1: "#7DC49A", 2: "#1E8449"}
)

# The two criteria groups, and the series used for stacked contribution bars: feasibility
# criteria take shades of blue, impact criteria shades of green-orange, in criterion order.
GROUP_COLOURS: Mapping[str, str] = MappingProxyType({"feasibility": "#2E75B6", "impact": "#E07B39"})
FEASIBILITY_SERIES = ("#1F4E79", "#2E75B6", "#5B9BD5", "#9DC3E6", "#BDD7EE", "#0B2F4E", "#7FA7C9")
IMPACT_SERIES = ("#8C3B0C", "#C55A11", "#E07B39", "#F4B183", "#F8CBAD", "#5E2806", "#F2A365")


def category_colour(category: str) -> str:
    """The colour of a stakeholder category (grey for an unknown one)."""
    return CATEGORY_COLOURS.get(str(category), DEFAULT_CATEGORY_COLOUR)


def series_colour(group: str, index: int) -> str:
    """The colour of the ``index``-th criterion of a group in stacked charts (cycles)."""
    series = FEASIBILITY_SERIES if group == "feasibility" else IMPACT_SERIES
    return series[index % len(series)]


def hex_to_rgb(colour: str) -> tuple[float, float, float]:
    """``"#RRGGBB"`` as three floats from 0 to 1 (for toolkits that want them)."""
    c = colour.lstrip("#")
    return tuple(int(c[i:i + 2], 16) / 255.0 for i in (0, 2, 4))  # type: ignore[return-value]
