"""Assembling the brief: page templates, running header, page numbers, contents, atomic write.

The story is laid out once; when the brief runs over four pages it is laid out a second time
with a contents page whose page numbers come from the first pass (the contents page itself is
counted). The PDF is built in memory and written atomically, so a failed export never leaves a
half-written file.
"""

from __future__ import annotations

import io
import logging
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Table,
)
from reportlab.platypus.doctemplate import LayoutError

from dialogue.atomic import write_atomic
from dialogue.model import Dialogue
from exports.brief import styles as st
from exports.brief.facts import Facts, gather
from exports.brief.fonts import BOLD, REGULAR, register_fonts
from exports.brief.headings import Heading
from exports.brief.story import SECTION_IDS, build_story
from exports.brief.text import esc
from palabre import __version__
from palabre.errors import PalabreError

log = logging.getLogger(__name__)

CONTENTS_FROM_PAGES = 5  # a contents list when the brief is longer than four pages
Progress = Callable[[float, str], None]


@dataclass(frozen=True)
class Entry:
    """A heading as laid out: level, text, page."""

    level: int
    text: str
    page: int


MIN_TABLE_ROWS = 1  # a table may start low on a page when its header and this many rows fit


class _KeepWithNext(KeepTogether):
    """What reportlab wraps a heading and the flowable after it in (``keepWithNext``).

    reportlab's KeepTogether moves the whole group to the next page whenever it does not fit,
    so a heading over a table longer than a page always left the rest of its page empty ("1 The
    problem and its context" alone above four empty fifths of a page). Here, when the group
    ends in a table that can split where it stands with its header and at least MIN_TABLE_ROWS
    rows under the headings, the group flows in place and the table continues overleaf, header
    repeated. Anything else keeps reportlab's behaviour, so that a heading never sits alone
    above a chart moved on.
    """

    def split(self, aW: float, aH: float) -> list[Flowable]:  # noqa: N803 (reportlab's names)
        *heads, last = self._content
        if isinstance(last, Table) and heads:
            used = 0.0
            for fl in heads:
                _, h = fl.wrap(aW, aH)
                used += h + fl.getSpaceBefore() + fl.getSpaceAfter()
            room = aH - used - last.getSpaceBefore()
            parts = last.split(aW, room) if room > 0 else []
            header = getattr(last, "repeatRows", 0) or 0
            if parts and len(parts[0]._cellvalues) >= header + MIN_TABLE_ROWS:
                return list(self._content)
        return super().split(aW, aH)


class _Doc(BaseDocTemplate):
    """A4 pages: the first without the running header, the others with it."""

    def __init__(self, buffer: io.BytesIO, facts: Facts, progress: Progress | None,
                 expected_flowables: int) -> None:
        super().__init__(
            buffer, pagesize=(st.PAGE_WIDTH, st.PAGE_HEIGHT), leftMargin=st.MARGIN_X,
            rightMargin=st.MARGIN_X, topMargin=st.MARGIN_TOP, bottomMargin=st.MARGIN_BOTTOM,
            title=facts.text(facts.dialogue.info.title),
            author=facts.text(facts.dialogue.info.organisation) or "Palabre",
            subject=facts.p("kicker"), creator=f"Palabre {__version__}", lang=facts.lang,
            initialFontName=REGULAR, initialFontSize=9.6, keepTogetherClass=_KeepWithNext,
        )
        self.facts = facts
        self.entries: list[Entry] = []
        self.contents_room = (1, 0.0)
        self._progress = progress
        self._expected = max(1, expected_flowables)
        self._done = 0
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([
            PageTemplate("first", frames=[frame], onPage=self._first_page,
                         autoNextPageTemplate="later"),
            PageTemplate("later", frames=[frame], onPage=self._later_page),
        ])

    def _first_page(self, canvas: rl_canvas.Canvas, doc: BaseDocTemplate) -> None:
        pass

    def _later_page(self, canvas: rl_canvas.Canvas, doc: BaseDocTemplate) -> None:
        f = self.facts
        canvas.saveState()
        y = st.PAGE_HEIGHT - 13 * mm
        right = f.p("running_header")
        marks = [f.p("mark_illustrative")] if f.dialogue.info.illustrative else []
        if f.dialogue.info.draft:
            marks.append(f.p("mark_draft"))
        if f.redactor.active:
            marks.append(f.p("mark_redacted"))
        if marks:
            right += " · " + " · ".join(marks)
        canvas.setFont(BOLD, 7.5)
        canvas.setFillColor(st.ACCENT if marks else st.MUTED)
        right_w = canvas.stringWidth(right, BOLD, 7.5)
        canvas.drawRightString(st.PAGE_WIDTH - st.MARGIN_X, y, right)
        canvas.setFont(REGULAR, 7.5)
        canvas.setFillColor(st.MUTED)
        title = _fit(f.text(f.dialogue.info.title), REGULAR, 7.5, st.FRAME_WIDTH - right_w - 8 * mm)
        canvas.drawString(st.MARGIN_X, y, title)
        canvas.setStrokeColor(st.RULE)
        canvas.setLineWidth(0.5)
        canvas.line(st.MARGIN_X, y - 2.5 * mm, st.PAGE_WIDTH - st.MARGIN_X, y - 2.5 * mm)
        canvas.restoreState()

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 (reportlab's name)
        """Record headings for the contents list and the PDF outline; report progress."""
        if getattr(flowable, "contents_here", False):
            # Room left on the page where the contents list would go (for the second pass).
            self.contents_room = (self.page, self.frame._y - self.frame._y1)
        if isinstance(flowable, Heading):
            page = self.page
            key = f"h{len(self.entries)}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable.plain, key, level=min(flowable.level, 1),
                                      closed=flowable.level > 0)
            if flowable.in_contents:
                self.entries.append(Entry(flowable.level, flowable.plain, page))
        self._done += 1
        if self._progress and self._done % 10 == 0:
            self._progress(min(0.95, 0.15 + 0.8 * self._done / self._expected), "layout")


def _fit(text: str, font: str, size: float, width: float) -> str:
    """The text cut with an ellipsis so that it fits a width."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    text = " ".join(text.split())
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _canvas_maker(facts: Facts) -> type[rl_canvas.Canvas]:
    """A canvas that writes "Page n of N" and the footer once the page count is known."""

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []
            self.setPageCompression(1)

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._footer(total)
                super().showPage()
            super().save()

        def _footer(self, total: int) -> None:
            info = facts.dialogue.info
            self.saveState()
            y = 10 * mm
            self.setStrokeColor(st.RULE)
            self.setLineWidth(0.5)
            self.line(st.MARGIN_X, y + 4 * mm, st.PAGE_WIDTH - st.MARGIN_X, y + 4 * mm)
            self.setFont(REGULAR, 7.5)
            self.setFillColor(st.MUTED)
            self.drawRightString(st.PAGE_WIDTH - st.MARGIN_X, y,
                                 facts.p("page_of", page=self._pageNumber, total=total))
            from exports.brief import formatting as fmt

            left = " · ".join(x for x in (facts.text(info.country),
                                          fmt.date(info.date, facts.lang) if info.date else "",
                                          facts.p("made_with")) if x)
            self.drawString(st.MARGIN_X, y, _fit(left, REGULAR, 7.5, st.FRAME_WIDTH - 40 * mm))
            self.restoreState()

    return NumberedCanvas


@dataclass(frozen=True)
class ContentsForm:
    """How the contents list is set: tighter lines, or the sections without their subsections,
    when the full list would not fit under the executive summary (a contents list alone on a
    page, after a page two-thirds empty, looks like a layout accident)."""

    tight: bool = False
    sections_only: bool = False


CONTENTS_FORMS = (ContentsForm(), ContentsForm(tight=True),
                  ContentsForm(tight=True, sections_only=True))


def _contents(entries: Sequence[Entry], facts: Facts, s: st.Styles,
              form: ContentsForm = ContentsForm()) -> list[Flowable]:
    rows = []
    pad = 0.5 if form.tight else 1
    style_cmds: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), pad),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
    ]
    styles = {0: (s.toc1, s.toc1_page), 1: (s.toc2, s.toc2_page)}
    if form.tight:
        styles = {level: tuple(ParagraphStyle(f"{x.name}-tight", parent=x,
                                              leading=x.leading - (2.5 if level == 0 else 1.5))
                               for x in pair) for level, pair in styles.items()}
    shown = [e for e in entries if e.level == 0] if form.sections_only else list(entries)
    for i, e in enumerate(shown):
        style, number = styles[0 if e.level == 0 else 1]
        rows.append([Paragraph(esc(e.text), style), Paragraph(str(e.page), number)])
        if e.level == 0:
            style_cmds.append(("LINEBELOW", (0, i), (-1, i), 0.3, st.RULE))
    table = Table(rows, colWidths=[st.FRAME_WIDTH - 15 * mm, 15 * mm], hAlign="LEFT")
    style_cmds.append(("ALIGN", (1, 0), (1, -1), "RIGHT"))
    table.setStyle(st.table_style(style_cmds))
    return [Heading(facts.p("contents"), s.h1, 0, in_contents=False), table]


@dataclass
class _Pass:
    """The outcome of one layout pass."""

    pdf: bytes
    entries: list[Entry]
    pages: int
    contents_room: tuple[int, float]


def _contents_height(entries: Sequence[Entry], facts: Facts, s: st.Styles,
                     form: ContentsForm = ContentsForm()) -> float:
    flowables = _contents(entries, facts, s, form)
    total = 0.0
    for fl in flowables:
        _, h = fl.wrap(st.FRAME_WIDTH, st.PAGE_HEIGHT)
        total += h + fl.getSpaceBefore() + fl.getSpaceAfter()
    return total


def _layout(facts: Facts, s: st.Styles, sections: Iterable[str], contents: Sequence[Entry] | None,
            progress: Progress | None, form: ContentsForm = ContentsForm()) -> _Pass:
    story = build_story(facts, s, sections)
    if contents is not None:
        at = next(i for i, fl in enumerate(story) if getattr(fl, "contents_here", False))
        height = _contents_height(contents, facts, s, form)
        story[at:at + 1] = [CondPageBreak(height + 4), *_contents(contents, facts, s, form)]
    buffer = io.BytesIO()
    doc = _Doc(buffer, facts, progress, len(story))
    try:
        doc.build(story, canvasmaker=_canvas_maker(facts))
    except LayoutError as exc:  # a bug in the brief's layout, reported without a traceback
        log.exception("brief layout failed")
        what = str(exc).split("\n")[0][:160]
        raise PalabreError(f"the brief could not be laid out ({what}); please report this") \
            from None
    return _Pass(buffer.getvalue(), doc.entries, doc.page, doc.contents_room)


def render_brief(dialogue: Dialogue, *, lang: str = "en", redact: bool = False,
                 sections: Iterable[str] | None = None, progress: Progress | None = None) -> bytes:
    """The brief as PDF bytes (see :func:`build_brief`)."""
    register_fonts()
    chosen = list(SECTION_IDS if sections is None else sections)
    unknown = [x for x in chosen if x not in SECTION_IDS]
    if unknown:
        raise PalabreError(f"unknown brief section {unknown[0]!r} (expected one of "
                           f"{', '.join(SECTION_IDS)})")
    if progress:
        progress(0.0, "analysis")
    facts = gather(dialogue, lang, redact)
    s = st.make_styles()
    if progress:
        progress(0.1, "layout")
    first = _layout(facts, s, chosen, None, progress)
    pdf, pages, entries = first.pdf, first.pages, first.entries
    if pages >= CONTENTS_FROM_PAGES:
        # Second pass with the contents list after the executive summary. Headings after it
        # move on by the pages it adds: none if it fits in the room left on that page (in the
        # first form that fits: full, tighter, sections only), else as many as its height
        # needs (it then starts on a fresh page, in full).
        page, room = first.contents_room
        form = next((fm for fm in CONTENTS_FORMS
                     if _contents_height(entries, facts, s, fm) + 4 <= room), CONTENTS_FORMS[0])
        height = _contents_height(entries, facts, s, form)
        frame_h = st.PAGE_HEIGHT - st.MARGIN_TOP - st.MARGIN_BOTTOM
        shift = 0 if height + 4 <= room else math.ceil(height / frame_h)
        planned = [Entry(e.level, e.text, e.page + shift if e.page > page else e.page)
                   for e in entries]
        for _attempt in range(2):
            second = _layout(facts, s, chosen, planned, progress, form)
            pdf, pages = second.pdf, second.pages
            if [e.page for e in second.entries] == [e.page for e in planned]:
                break
            planned = second.entries
        else:
            log.warning("contents page numbers did not settle after two passes")
    if progress:
        progress(1.0, "done")
    log.info("brief laid out: %d pages, %d headings", pages, len(entries))
    return pdf


def build_brief(dialogue: Dialogue, path: str | Path, *, lang: str = "en", redact: bool = False,
                sections: Iterable[str] | None = None, progress: Progress | None = None) -> Path:
    """Write the policy brief of a dialogue as a PDF, atomically.

    Parameters
    ----------
    dialogue:
        The dialogue.
    path:
        Where to write the PDF. It is written to a temporary file in the same folder and then
        moves into place, so a failure leaves any previous file as it was.
    lang:
        ``"en"`` or ``"fr"``: the language of every fixed phrase, number and date (the user's
        own text is printed as written).
    redact:
        Write the public version (see :mod:`exports.brief.redaction`).
    sections:
        The sections to include, among :data:`SECTION_IDS`, in any order (they are laid out in
        the brief's order); all by default. The title block is always there.
    progress:
        Called as ``progress(fraction, stage)`` while the brief is made (fraction 0 to 1).

    Returns
    -------
    Path
        The path written.

    Raises
    ------
    PalabreError
        If the dialogue cannot be ranked, a font is missing, a section is unknown or the file
        cannot be written.
    """
    pdf = render_brief(dialogue, lang=lang, redact=redact, sections=sections, progress=progress)
    return write_atomic(Path(path), pdf, keep_backup=False)
