"""Headings that the document records for the contents list and the PDF outline."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from exports.brief.text import esc


class Heading(Paragraph):
    """A section heading: a Paragraph that remembers its plain text and level.

    ``level`` 0 is a section, 1 a subsection; ``in_contents`` False keeps it out of the contents
    list (the title page's own headings).
    """

    def __init__(self, text: str, style: ParagraphStyle, level: int, *, number: str = "",
                 in_contents: bool = True) -> None:
        self.plain = f"{number}  {text}" if number else text
        self.level = level
        self.in_contents = in_contents
        self.number = number
        shown = f"{esc(number)}\u2002{esc(text)}" if number else esc(text)
        super().__init__(shown, style)
