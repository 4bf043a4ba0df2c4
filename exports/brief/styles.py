"""Paragraph and table styles of the brief: one place for type sizes, colours and spacing."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import TableStyle

from exports import palette
from exports.brief.fonts import BOLD, REGULAR

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 20 * mm
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN_X


def colour(hex_colour: str) -> colors.Color:
    """A reportlab colour from ``#RRGGBB``."""
    return colors.HexColor(hex_colour)


INK = colour(palette.INK)
PRIMARY = colour(palette.PRIMARY)
PRIMARY_LIGHT = colour(palette.PRIMARY_LIGHT)
ACCENT = colour(palette.ACCENT)
MUTED = colour(palette.MUTED)
RULE = colour(palette.RULE)
ROW_ALT = colour(palette.ROW_ALT)


@dataclass(frozen=True)
class Styles:
    """The named paragraph styles of the brief."""

    body: ParagraphStyle
    bullet: ParagraphStyle
    small: ParagraphStyle
    caption: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    kicker: ParagraphStyle
    meta: ParagraphStyle
    mark: ParagraphStyle
    key_message: ParagraphStyle
    box_heading: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    cell_head: ParagraphStyle
    cell_head_right: ParagraphStyle
    cell_note: ParagraphStyle
    cell_note_right: ParagraphStyle
    cell_bold_right: ParagraphStyle
    toc1: ParagraphStyle
    toc2: ParagraphStyle
    toc1_page: ParagraphStyle
    toc2_page: ParagraphStyle


def make_styles() -> Styles:
    """Build the styles (fonts must be registered first)."""
    base = ParagraphStyle("body", fontName=REGULAR, fontSize=9.6, leading=13.6, textColor=INK,
                          spaceAfter=5.5, alignment=TA_LEFT, bulletFontName=REGULAR)

    def derive(name: str, **kw: object) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    cell = derive("cell", fontSize=8.2, leading=10.4, spaceAfter=0)
    return Styles(
        body=base,
        bullet=derive("bullet", leftIndent=12, bulletIndent=2, spaceAfter=3.5),
        small=derive("small", fontSize=8, leading=10.5, textColor=MUTED),
        caption=derive("caption", fontSize=7.8, leading=10, textColor=MUTED, spaceBefore=2,
                       spaceAfter=9),
        h1=derive("h1", fontName=BOLD, fontSize=15, leading=19, textColor=PRIMARY,
                  spaceBefore=14, spaceAfter=7, keepWithNext=1),
        h2=derive("h2", fontName=BOLD, fontSize=11.2, leading=14.5, textColor=PRIMARY,
                  spaceBefore=10, spaceAfter=4.5, keepWithNext=1),
        h3=derive("h3", fontName=BOLD, fontSize=9.6, leading=12.5, textColor=INK,
                  spaceBefore=6, spaceAfter=3, keepWithNext=1),
        title=derive("title", fontName=BOLD, fontSize=23, leading=28, textColor=colors.white,
                     spaceAfter=6),
        subtitle=derive("subtitle", fontSize=12, leading=16, textColor=colour("#DCE6F1"),
                        spaceAfter=0),
        kicker=derive("kicker", fontName=BOLD, fontSize=9, leading=12,
                      textColor=colour("#BDD7EE"), spaceAfter=8),
        meta=derive("meta", fontSize=9, leading=13, textColor=INK, spaceAfter=1),
        mark=derive("mark", fontName=BOLD, fontSize=8.5, leading=11, textColor=colors.white,
                    alignment=TA_CENTER, spaceAfter=0),
        key_message=derive("key_message", fontSize=10.2, leading=14.2, leftIndent=14,
                           bulletIndent=2, spaceAfter=5),
        box_heading=derive("box_heading", fontName=BOLD, fontSize=12.5, leading=16,
                           textColor=PRIMARY, spaceAfter=6),
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=BOLD),
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        cell_head=ParagraphStyle("cell_head", parent=cell, fontName=BOLD, textColor=colors.white),
        cell_head_right=ParagraphStyle("cell_head_right", parent=cell, fontName=BOLD,
                                       textColor=colors.white, alignment=TA_RIGHT),
        cell_note=ParagraphStyle("cell_note", parent=cell, fontSize=7.2, leading=9,
                                 textColor=MUTED, spaceBefore=1.5),
        cell_note_right=ParagraphStyle("cell_note_right", parent=cell, fontSize=7.2, leading=9,
                                       textColor=MUTED, spaceBefore=1.5, alignment=TA_RIGHT),
        cell_bold_right=ParagraphStyle("cell_bold_right", parent=cell, fontName=BOLD,
                                       alignment=TA_RIGHT),
        toc1=derive("toc1", fontName=BOLD, fontSize=10, leading=16, spaceAfter=0),
        toc2=derive("toc2", fontSize=9.2, leading=13, leftIndent=14, spaceAfter=0),
        toc1_page=derive("toc1_page", fontName=BOLD, fontSize=10, leading=16, spaceAfter=0,
                         alignment=TA_RIGHT),
        toc2_page=derive("toc2_page", fontSize=9.2, leading=13, spaceAfter=0,
                         alignment=TA_RIGHT),
    )


def table_style(commands: list[tuple]) -> TableStyle:
    """A TableStyle whose cells default to DejaVu (reportlab's default, Helvetica, would be
    referenced without being embedded, even for empty cells)."""
    return TableStyle([("FONT", (0, 0), (-1, -1), REGULAR, 8), *commands])
