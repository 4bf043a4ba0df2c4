"""The printable version of a participant's scoring sheet (reportlab, A4 landscape).

The same content as the workbook: who it is for, the instructions, the options and their
descriptions, the criteria with their scale anchors, a grid of empty boxes for the scores (at most
ten criteria per grid, so that it stays legible), and the weights: boxes for points, or for each
pair of criteria a row of Saaty's values to circle (9 ... 1 ... 9, the left half meaning the left
criterion is the more important), the usual paper form of an AHP questionnaire. The facilitator
types a paper sheet into the participant's workbook, which is then collected like the others.

Every text from the dialogue is escaped before it reaches a Paragraph (reportlab parses markup);
the fonts are DejaVu Sans, embedded, as in the brief.
"""

from __future__ import annotations

import datetime as _dt
import io
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from dialogue.participants import Participant, Weighting, criteria_by_group, speaks_for
from exports.brief.fonts import BOLD, REGULAR, register_fonts
from exports.brief.text import clip, esc
from exports.sheets.layout import CriterionInfo, structure_fingerprint
from exports.sheets.phrases import Phrases
from exports.sheets.workbook import scale_text
from palabre.errors import PalabreError

if TYPE_CHECKING:
    from dialogue.model import Dialogue

PAGE = landscape(A4)
MARGIN = 14 * mm
WIDTH = PAGE[0] - 2 * MARGIN
CRITERIA_PER_GRID = 10
PAD = 3
INK = colors.HexColor("#1f2d3d")
HEAD = colors.HexColor("#dce6f0")
BOX = colors.HexColor("#fff8e1")
RULE = colors.HexColor("#9aa5b1")
SAATY_LEFT = ("9", "8", "7", "6", "5", "4", "3", "2")
SAATY_RIGHT = ("2", "3", "4", "5", "6", "7", "8", "9")


class _Styles:
    def __init__(self) -> None:
        base = ParagraphStyle("b", fontName=REGULAR, fontSize=9.5, leading=12.5, textColor=INK,
                              spaceAfter=4)
        self.body = base
        self.title = ParagraphStyle("t", parent=base, fontName=BOLD, fontSize=17, leading=21,
                                    spaceAfter=6)
        self.h2 = ParagraphStyle("h", parent=base, fontName=BOLD, fontSize=12.5, leading=16,
                                 spaceBefore=8, spaceAfter=5)
        self.cell = ParagraphStyle("c", parent=base, fontSize=8, leading=10, spaceAfter=0)
        self.head = ParagraphStyle("ch", parent=self.cell, fontName=BOLD)
        self.centre = ParagraphStyle("cc", parent=self.cell, alignment=1)
        self.centre_head = ParagraphStyle("cch", parent=self.head, alignment=1)
        self.note = ParagraphStyle("n", parent=self.cell, fontSize=7, leading=8.6,
                                   textColor=colors.HexColor("#5d6d7e"))

    def grid_head(self, words: list[str], width: float) -> ParagraphStyle:
        """A centred style small enough that the longest word fits the column unbroken
        (reportlab would otherwise split "acceptability" across lines)."""
        size = 8.0
        longest = max((stringWidth(w, REGULAR, 1.0) for w in words), default=0.0)
        if longest > 0:
            size = max(5.5, min(8.0, (width - 1) / longest))
        return ParagraphStyle(f"gh{size:.2f}", parent=self.centre, fontSize=size,
                              leading=size * 1.25)


def _table(rows: list[list[object]], widths: list[float], *, boxes: tuple[int, ...] = (),
           header: bool = True) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
    style = [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), HEAD))
    for col in boxes:
        style.append(("BACKGROUND", (col, 1 if header else 0), (col, -1), BOX))
    table.setStyle(TableStyle(style))
    return table


class _Story:
    def __init__(self, d: Dialogue, person: Participant, made: str) -> None:
        self.d, self.person, self.made = d, person, made
        self.p = Phrases(d.info.language)
        self.s = _Styles()
        self.fingerprint = structure_fingerprint(d)

    def para(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        return Paragraph(esc(clip(text)), style or self.s.cell)

    def build(self) -> list[object]:
        p, s, d, person = self.p, self.s, self.d, self.person
        story: list[object] = [Paragraph(esc(p("paper_title")), s.title)]
        identity = [("dialogue", d.info.title), ("participant", person.name),
                    ("speaks_for", speaks_for(d, person)), ("role", person.role),
                    ("facilitator", d.info.facilitator), ("made_on", self.made),
                    ("version", self.fingerprint)]
        rows = [[self.para(p(k), s.head), self.para(v)] for k, v in identity if v]
        story.append(_table(rows, [55 * mm, WIDTH - 55 * mm], header=False))
        story.append(Spacer(1, 5))
        story.append(Paragraph(esc(p(f"asked_{person.parts.value}")), s.body))
        story.append(Paragraph(esc(p("how_to")), s.h2))
        names = {"options": p("sheet_options"), "criteria": p("sheet_criteria"),
                 "scores": p("sheet_scores"), "weights": p("sheet_weights")}
        steps = [p("step_read", **names)]
        if person.parts.scores:
            steps.append(p("step_scores", **names))
        if person.parts.weights:
            steps.append(p("step_ahp" if person.weighting is Weighting.AHP else "step_points", **names))
        steps.append(p("step_paper"))
        for n, step in enumerate(steps, start=1):
            story.append(Paragraph(f"{n}. " + esc(step), s.body))
        if person.parts.weights and person.weighting is Weighting.AHP:
            story.append(Paragraph(esc(p("saaty_title")), s.h2))
            for key in ("saaty_1", "saaty_3", "saaty_5", "saaty_7", "saaty_9", "saaty_between",
                        "saaty_inverse"):
                story.append(Paragraph(esc(p(key)), s.body))
        story += [PageBreak(), *self.options(), PageBreak(), *self.criteria()]
        if person.parts.scores:
            story += [PageBreak(), *self.scores()]
        if person.parts.weights:
            story += [PageBreak(), *(self.pairs() if person.weighting is Weighting.AHP else self.points())]
        return story

    def options(self) -> list[object]:
        p, s = self.p, self.s
        rows: list[list[object]] = [[self.para(p(k), s.head) for k in
                                     ("code", "option", "what_it_involves", "expected_cost")]]
        for o in self.d.options.values():
            rows.append([self.para(o.code), self.para(o.name), self.para(o.description),
                         self.para(o.expected_cost)])
        return [Paragraph(esc(p("sheet_options")), s.h2),
                _table(rows, [0.07 * WIDTH, 0.28 * WIDTH, 0.45 * WIDTH, 0.20 * WIDTH])]

    def criteria(self) -> list[object]:
        p, s = self.p, self.s
        rows: list[list[object]] = [[self.para(h, s.head) for h in
                                     (p("criterion"), p("scale"), *(p("level", n=n) for n in range(1, 6)))]]
        for c in self.d.criteria.values():
            info = CriterionInfo(c.id, c.name, c.group.value, c.scale.low, c.scale.high, c.scale.unit)
            anchors = (list(c.scale.anchors) + [""] * 5)[:5]
            name = [self.para(c.name, s.head), self.para(p(c.group.value))]
            if c.description:
                name.append(self.para(c.description, s.note))
            rows.append([name, self.para(scale_text(p, info, c.scale.kind, c.direction)),
                         *(self.para(a) for a in anchors)])
        widths = [0.18 * WIDTH, 0.17 * WIDTH] + [0.13 * WIDTH] * 5
        return [Paragraph(esc(p("sheet_criteria")), s.h2), _table(rows, widths)]

    def scores(self) -> list[object]:
        p, s, d = self.p, self.s, self.d
        criteria = list(d.criteria.values())
        out: list[object] = [Paragraph(esc(p("scores_title")), s.h2)]
        for start in range(0, len(criteria), CRITERIA_PER_GRID):
            chunk = criteria[start:start + CRITERIA_PER_GRID]
            first = 0.2 * WIDTH
            each = (WIDTH - first) / len(chunk)
            head = [self.para(p("option"), s.head)]
            scale = [self.para(p("scale"), s.head)]
            words = [w for c in chunk for w in c.name.split()]
            head_style = s.grid_head(words, each - 2 * PAD)
            for c in chunk:
                info = CriterionInfo(c.id, c.name, c.group.value, c.scale.low, c.scale.high, c.scale.unit)
                head.append(self.para(c.name, head_style))
                scale.append(Paragraph(esc(scale_text(p, info, c.scale.kind, c.direction)), s.centre))
            rows: list[list[object]] = [head, scale]
            for o in d.options.values():
                rows.append([self.para(o.name)] + [""] * len(chunk))
            table = Table(rows, colWidths=[first] + [each] * len(chunk), repeatRows=2,
                          rowHeights=[None, None] + [26] * len(d.options))
            table.setStyle(TableStyle([
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("GRID", (0, 0), (-1, -1), 0.4, RULE),
                ("BACKGROUND", (0, 0), (-1, 1), HEAD),
                ("BACKGROUND", (1, 2), (-1, -1), BOX),
                ("LEFTPADDING", (1, 0), (-1, -1), PAD),
                ("RIGHTPADDING", (1, 0), (-1, -1), PAD),
            ]))
            out += [table, Spacer(1, 10)]
        return out

    def points(self) -> list[object]:
        p, s, d = self.p, self.s, self.d
        out: list[object] = [Paragraph(esc(p("weights_title")), s.h2)]
        widths = [0.45 * WIDTH, 0.12 * WIDTH]
        rows: list[list[object]] = [[self.para(p("points_groups"), s.head), self.para(p("points"), s.centre_head)],
                                    [self.para(p("feasibility")), ""], [self.para(p("impact")), ""]]
        out += [KeepTogether(_table(rows, widths, boxes=(1,))), Spacer(1, 8)]
        for group, ids in criteria_by_group(d).items():
            if not ids:
                continue
            rows = [[self.para(p("points_within", criteria=p(f"criteria_{group}")), s.head),
                     self.para(p("points"), s.centre_head)]]
            rows += [[self.para(d.criteria[cid].name), ""] for cid in ids]
            out += [KeepTogether(_table(rows, widths, boxes=(1,))), Spacer(1, 8)]
        return out

    def pairs(self) -> list[object]:
        p, s, d = self.p, self.s, self.d
        out: list[object] = [Paragraph(esc(p("weights_title")), s.h2),
                             Paragraph(esc(p("paper_ahp_hint")), s.body)]
        sections = [(p("pairs_groups"), [(p("feasibility"), p("impact"))])]
        for group, ids in criteria_by_group(d).items():
            pairs = [(d.criteria[a].name, d.criteria[b].name) for i, a in enumerate(ids) for b in ids[i + 1:]]
            if pairs:
                sections.append((p("pairs_within", criteria=p(f"criteria_{group}")), pairs))
        side = 0.22 * WIDTH
        each = (WIDTH - 2 * side) / 17
        for title, pairs in sections:
            head = [self.para(p("left"), s.head), *(self.para(v, s.centre_head) for v in SAATY_LEFT),
                    self.para("1", s.centre_head), *(self.para(v, s.centre_head) for v in SAATY_RIGHT),
                    self.para(p("right"), s.head)]
            rows: list[list[object]] = [head]
            for left, right in pairs:
                rows.append([self.para(left), *(self.para(v, s.centre) for v in SAATY_LEFT),
                             self.para("1", s.centre), *(self.para(v, s.centre) for v in SAATY_RIGHT),
                             self.para(right)])
            out += [Paragraph(esc(title), s.h2), _table(rows, [side] + [each] * 17 + [side])]
        return out


def render_sheet_pdf(d: Dialogue, participant_id: str, made: str | None = None) -> bytes:
    """The printable scoring sheet of one participant, as PDF bytes.

    Raises
    ------
    PalabreError
        If the participant is unknown, the dialogue has no criteria, or a font is missing.
    """
    person = d.participants.get(participant_id)
    if person is None:
        raise PalabreError(f"there is no participant with id {participant_id!r}")
    if not d.criteria:
        raise PalabreError("the dialogue needs criteria before scoring sheets can be made")
    register_fonts()
    made = made or _dt.date.today().isoformat()
    story = _Story(d, person, made)
    buffer = io.BytesIO()
    footer = story.p("footer", participant=person.id, version=story.fingerprint, page="{page}")

    def on_page(canvas: object, doc: object) -> None:
        canvas.saveState()  # type: ignore[attr-defined]
        canvas.setFont(REGULAR, 7.5)  # type: ignore[attr-defined]
        canvas.setFillColor(colors.HexColor("#5d6d7e"))  # type: ignore[attr-defined]
        canvas.drawString(MARGIN, 8 * mm, footer.replace("{page}", str(doc.page)))  # type: ignore[attr-defined]
        canvas.restoreState()  # type: ignore[attr-defined]

    doc = SimpleDocTemplate(buffer, pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN, bottomMargin=MARGIN, title=story.p("paper_title"),
                            author="Palabre", subject=d.info.title[:200])
    try:
        doc.build(story.build(), onFirstPage=on_page, onLaterPages=on_page)
    except Exception as exc:  # reportlab's layout errors (a cell too tall for a page...)
        raise PalabreError(f"the printable sheet of {person.name!r} cannot be laid out: {exc}") from None
    return buffer.getvalue()


def write_sheet_pdf(d: Dialogue, participant_id: str, path: str | Path, made: str | None = None) -> Path:
    """Write the printable scoring sheet of one participant and return the path."""
    data = render_sheet_pdf(d, participant_id, made)
    target = Path(path)
    try:
        target.write_bytes(data)
    except OSError as exc:
        raise PalabreError(f"cannot write {target.name}: {exc.strerror or exc}") from None
    return target


__all__ = ["render_sheet_pdf", "write_sheet_pdf"]
