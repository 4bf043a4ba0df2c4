"""The brief's tables: one common look, headers repeated when a table runs over a page.

Cells that may wrap hold escaped Paragraphs; short fixed values (numbers) are Paragraphs too so
that the alignment and font match. Tables never overflow the frame: column widths are given as
fractions of the frame width.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table

from exports.brief import styles as st
from exports.brief.text import MAX_CELL_CHARS, clip, esc, para


@dataclass(frozen=True)
class Column:
    """A column: its header, share of the frame width, and whether it holds numbers."""

    header: str
    share: float
    numeric: bool = False


def data_table(columns: Sequence[Column], rows: Sequence[Sequence[object]], s: st.Styles, *,
               group_rows: Sequence[int] = (), width: float = st.FRAME_WIDTH,
               highlight_rows: Sequence[int] = ()) -> Table:
    """A table with a coloured header row repeated on every page and zebra rows.

    Parameters
    ----------
    columns:
        The columns; shares are normalised to fill ``width``.
    rows:
        Cell contents: a str (user or fixed text, escaped here), a Flowable (used as is),
        or a list of Flowables.
    group_rows:
        Indexes (within ``rows``) of rows that name a group: they span all columns and are
        shaded.
    highlight_rows:
        Indexes of rows printed on a light tint (for example the leading options).
    """
    widths = _widths(columns, rows, s, width, group_rows)
    header = [Paragraph(esc(c.header), s.cell_head_right if c.numeric else s.cell_head)
              for c in columns]
    body: list[list[object]] = []
    for i, row in enumerate(rows):
        if i in group_rows:
            body.append([para(str(row[0]), s.cell_bold)] + [""] * (len(columns) - 1))
            continue
        cells: list[object] = []
        for col, value in zip(columns, row, strict=True):
            if isinstance(value, (Flowable, list)):
                cells.append(value)
            else:
                cells.append(para(clip("" if value is None else str(value)),
                                  s.cell_right if col.numeric else s.cell))
        body.append(cells)
    table = Table([header, *body], colWidths=widths, repeatRows=1, hAlign="LEFT")
    commands: list[tuple] = [
        ("BACKGROUND", (0, 0), (-1, 0), st.PRIMARY),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.6),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, -1), (-1, -1), 0.6, st.PRIMARY),
    ]
    shaded = 0
    for i in range(len(rows)):
        r = i + 1
        if i in group_rows:
            commands += [("SPAN", (0, r), (-1, r)),
                         ("BACKGROUND", (0, r), (-1, r), st.PRIMARY_LIGHT),
                         ("LINEABOVE", (0, r), (-1, r), 0.4, st.RULE)]
            if i + 1 < len(rows):
                # A group's heading never ends a page alone: it goes over with its first row.
                commands.append(("NOSPLIT", (0, r), (-1, r + 1)))
            shaded = 0
            continue
        if i in highlight_rows:
            commands.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#E8F3EC")))
        elif shaded % 2 == 1:
            commands.append(("BACKGROUND", (0, r), (-1, r), st.ROW_ALT))
        shaded += 1
    table.setStyle(st.table_style(commands))
    return table


PADDING = 8.5  # left + right cell padding, and a hair


def _longest_word(text: str, font: str, size: float) -> float:
    return max((stringWidth(w, font, size) for w in text.split()), default=0.0)


def _widths(columns: Sequence[Column], rows: Sequence[Sequence[object]], s: st.Styles,
            width: float, group_rows: Sequence[int]) -> list[float]:
    """Column widths from the shares, widened where a header word or a short text cell would
    otherwise be broken in the middle ("Interes-t"); the room is taken from the columns with
    the most slack."""
    total = sum(c.share for c in columns)
    widths = [width * c.share / total for c in columns]
    need = []
    for i, c in enumerate(columns):
        words = [_longest_word(c.header, s.cell_head.fontName, s.cell_head.fontSize)]
        for r, row in enumerate(rows[:200]):  # enough to judge; keeps big tables fast
            if r in group_rows or i >= len(row) or not isinstance(row[i], str):
                continue
            words.append(_longest_word(row[i], s.cell.fontName, s.cell.fontSize))
        need.append(min(max(words) + PADDING, width / 2))
    for _ in range(len(columns)):
        short = [i for i in range(len(columns)) if widths[i] < need[i] - 0.01]
        if not short:
            break
        deficit = sum(need[i] - widths[i] for i in short)
        for i in short:
            widths[i] = need[i]
        slack = {i: widths[i] - need[i] for i in range(len(columns)) if widths[i] > need[i]}
        room = sum(slack.values())
        if room <= 0:
            break
        take = min(deficit, room)
        for i, sl in slack.items():
            widths[i] -= take * sl / room
    return widths


def cell_with_note(main: str, note: str, s: st.Styles, *, bold: bool = False) -> list[Paragraph]:
    """A cell of a main text and a smaller grey note beneath it (note omitted when empty)."""
    out = [para(clip(main), s.cell_bold if bold else s.cell)]
    if note and note.strip():
        out.append(para(clip(note, MAX_CELL_CHARS // 2), s.cell_note))
    return out
