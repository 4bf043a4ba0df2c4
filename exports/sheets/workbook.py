"""Writing one participant's scoring workbook (openpyxl).

Sheets: instructions; the options and their descriptions; the criteria with their scale anchors;
the scores to fill in (one row per option, one column per criterion) and the weights (points to
share, or AHP pairwise judgements), depending on what the participant is asked; and a very hidden
sheet holding the :class:`~exports.sheets.layout.SheetLayout` (participant id and key, version of
the dialogue, where each answer is).

Every answer cell is unlocked, shaded, and has data validation (a drop-down of 1 to 5, a decimal
within the criterion's bounds, 0 to 100 points, or Saaty's 17 values 9 ... 1 ... 1/9); every
other cell is locked by sheet protection, and the workbook's structure is locked so that sheets
cannot be added, removed or renamed. Protection has no password: it prevents accidents, not
determined edits, which the collector detects (moved rows, changed labels). Every text from the
dialogue is written with :func:`exports.safe_xlsx.write_text_cell`, so that a name starting with
``=`` is shown as text and never run as a formula.
"""

from __future__ import annotations

import datetime as _dt
import math
import re
import unicodedata
from collections.abc import Callable
from copy import copy
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dialogue.participants import Answers, Participant, Weighting, criteria_by_group, speaks_for
from exports.safe_xlsx import write_text_cell
from exports.sheets.layout import (
    HIDDEN_SHEET,
    AnswerCell,
    CriterionInfo,
    LabelCell,
    SheetLayout,
    structure_fingerprint,
)
from exports.sheets.phrases import Phrases
from mcda.criteria import Direction, ScaleKind
from palabre.errors import PalabreError

if TYPE_CHECKING:
    from openpyxl import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

    from dialogue.model import Dialogue

SAATY_VALUES = ("9", "8", "7", "6", "5", "4", "3", "2", "1",
                "1/2", "1/3", "1/4", "1/5", "1/6", "1/7", "1/8", "1/9")
"""Saaty's fundamental scale and its reciprocals, as offered in the drop-down (Saaty 1980)."""
FIRST_SCORE_ROW = 6
ANSWER_FILL = "FFF2CC"
HEADER_FILL = "DCE6F0"


def sheet_file_name(d: Dialogue, participant_id: str, suffix: str = ".xlsx") -> str:
    """A safe, unique file name for a participant's sheet: ``p3-joseph-banda.xlsx``."""
    person = d.participants[participant_id]
    plain = unicodedata.normalize("NFKD", person.name).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")[:40]
    ident = re.sub(r"[^A-Za-z0-9_-]+", "-", participant_id)[:40] or "participant"
    return f"{ident}-{slug}{suffix}" if slug else f"{ident}{suffix}"


def scale_text(p: Phrases, info: CriterionInfo, kind: ScaleKind, direction: Direction) -> str:
    """``1 (worst) to 5 (best)`` or ``0 to 10 US$ million per year, less is better``."""
    if kind is ScaleKind.ANCHORED:
        return p("scale_anchored")
    text = p("scale_natural", low=p.number(info.low), high=p.number(info.high), unit=info.unit).strip()
    better = p("less_is_better" if direction is Direction.COST else "more_is_better")
    return f"{text}; {better}"


class _Writer:
    """Builds the workbook and its layout together, so that they cannot disagree."""

    def __init__(self, d: Dialogue, participant: Participant, made: str,
                 prefill: Answers | None = None) -> None:
        from openpyxl import Workbook

        self.d = d
        self.person = participant
        self.p = Phrases(d.info.language)
        self.wb: Workbook = Workbook()
        self.labels: list[LabelCell] = []
        self.answers: list[AnswerCell] = []
        self.made = made
        self.fingerprint = structure_fingerprint(d)
        self.prefill = prefill
        self._styles: dict[tuple, Any] = {}

    # ------------------------------------------------------------ cells
    def text(self, ws: Worksheet, ref: str, value: object, *, bold: bool = False,
             header: bool = False, wrap: bool = True, size: float | None = None,
             check: bool = False) -> None:
        cell = ws[ref]
        write_text_cell(cell, "" if value is None else str(value))
        # The key holds quotePrefix, which write_text_cell sets on text starting with = + - @.
        key = ("text", bold, header, wrap, size, bool(cell.quotePrefix))
        self._style(cell, key, lambda: _text_style(cell, bold, header, wrap, size))
        if check:
            self.labels.append(LabelCell(ws.title, ref, str(value)))

    def answer(self, ws: Worksheet, ref: str, kind: str, a: str, b: str, low: float,
               high: float, *, as_text: bool = False) -> None:
        cell = ws[ref]
        self._style(cell, ("answer", as_text), lambda: _answer_style(cell, as_text))
        self.answers.append(AnswerCell(kind, ws.title, ref, a, b, low, high))
        # Prefilled values are numbers, or judgements such as "1/3" (never a formula's first sign).
        value = _prefilled(self.prefill, kind, a, b)
        if value is not None:
            if as_text:
                write_text_cell(cell, _saaty_text(value))
            else:
                cell.value = value

    def _style(self, cell: Any, key: tuple, make: Callable[[], None]) -> None:
        """Style a cell, copying the style of the first cell styled the same way.

        Setting openpyxl's style attributes one by one looks each up in the workbook's tables
        (half the time of writing a sheet); copying the resulting style array is what openpyxl
        itself does when it copies a cell.
        """
        done = self._styles.get(key)
        if done is None:
            make()
            self._styles[key] = copy(cell._style)
        else:
            cell._style = copy(done)

    def validation(self, ws: Worksheet, refs: list[str], kind: str, error: str, prompt: str,
                   **rule: Any) -> None:
        from openpyxl.worksheet.datavalidation import DataValidation

        if not refs:
            return
        dv = DataValidation(type=kind, allow_blank=True, showErrorMessage=True,
                            showInputMessage=True, errorTitle=self.p("error_title")[:32],
                            error=error[:255], promptTitle=self.p("prompt_title")[:32],
                            prompt=prompt[:255], **rule)
        ws.add_data_validation(dv)
        for ref in refs:
            dv.add(ref)

    @staticmethod
    def protect(ws: Worksheet) -> None:
        ws.protection.sheet = True
        # Resizing columns and rows is harmless and helps reading long names.
        ws.protection.formatColumns = False
        ws.protection.formatRows = False

    # ------------------------------------------------------------ sheets
    def build(self) -> tuple[Workbook, SheetLayout]:
        p = self.p
        first = self.wb.active
        first.title = p("sheet_instructions")
        self.instructions(first)
        self.options_sheet(self.wb.create_sheet(p("sheet_options")))
        self.criteria_sheet(self.wb.create_sheet(p("sheet_criteria")))
        if self.person.parts.scores:
            self.scores_sheet(self.wb.create_sheet(p("sheet_scores")))
        if self.person.parts.weights:
            ws = self.wb.create_sheet(p("sheet_weights"))
            if self.person.weighting is Weighting.AHP:
                self.judgements_sheet(ws)
            else:
                self.points_sheet(ws)
        layout = self.layout()
        hidden = self.wb.create_sheet(HIDDEN_SHEET)
        for row in layout.rows():
            hidden.append([None] * len(row))
            r = hidden.max_row
            for c, value in enumerate(row, start=1):
                cell = hidden.cell(r, c)
                if isinstance(value, str):
                    write_text_cell(cell, value)
                else:
                    cell.value = value
        hidden.sheet_state = "veryHidden"
        self.protect(hidden)
        from openpyxl.workbook.protection import WorkbookProtection

        self.wb.security = WorkbookProtection(lockStructure=True)
        self.wb.active = 0
        return self.wb, layout

    def layout(self) -> SheetLayout:
        d = self.d
        meta = {"participant": self.person.id, "key": self.person.key,
                "fingerprint": self.fingerprint, "dialogue": d.info.title,
                "language": d.info.language, "made": self.made,
                "parts": self.person.parts.value, "weighting": self.person.weighting.value}
        criteria = {c.id: CriterionInfo(c.id, c.name, c.group.value, c.scale.low, c.scale.high,
                                        c.scale.unit) for c in d.criteria.values()}
        options = {o.id: o.name for o in d.options.values()}
        return SheetLayout(meta, options, criteria, tuple(self.labels), tuple(self.answers))

    def instructions(self, ws: Worksheet) -> None:
        p, d, person = self.p, self.d, self.person
        ws.column_dimensions["A"].width = 26
        ws.column_dimensions["B"].width = 90
        self.text(ws, "A1", p("title"), bold=True, size=16, wrap=False)
        facilitator = d.info.facilitator or p("the_facilitator")
        rows = [("dialogue", d.info.title), ("participant", person.name),
                ("speaks_for", speaks_for(d, person)), ("role", person.role),
                ("facilitator", d.info.facilitator), ("made_on", self.made),
                ("version", self.fingerprint)]
        r = 3
        for key, value in rows:
            if value:
                self.text(ws, f"A{r}", p(key), bold=True)
                self.text(ws, f"B{r}", value)
                r += 1
        r += 1
        self.text(ws, f"A{r}", p(f"asked_{person.parts.value}"), bold=True, wrap=False)
        r += 2
        self.text(ws, f"A{r}", p("how_to"), bold=True, size=13, wrap=False)
        r += 1
        names = {"options": p("sheet_options"), "criteria": p("sheet_criteria"),
                 "scores": p("sheet_scores"), "weights": p("sheet_weights")}
        steps = [p("step_read", **names)]
        if person.parts.scores:
            steps.append(p("step_scores", **names))
        if person.parts.weights:
            steps.append(p("step_ahp" if person.weighting is Weighting.AHP else "step_points", **names))
        steps.append(p("step_return", facilitator=facilitator))
        for n, step in enumerate(steps, start=1):
            self.text(ws, f"A{r}", f"{n}.", wrap=False)
            self.text(ws, f"B{r}", step)
            ws.row_dimensions[r].height = 15 * _lines(step, 90)
            r += 1
        if person.parts.weights and person.weighting is Weighting.AHP:
            r += 1
            self.text(ws, f"A{r}", p("saaty_title"), bold=True)
            for key in ("saaty_1", "saaty_3", "saaty_5", "saaty_7", "saaty_9", "saaty_between",
                        "saaty_inverse"):
                self.text(ws, f"B{r}", p(key))
                r += 1
        self.protect(ws)

    def options_sheet(self, ws: Worksheet) -> None:
        p = self.p
        widths = {"A": 8, "B": 40, "C": 70, "D": 28}
        for col, width in widths.items():
            ws.column_dimensions[col].width = width
        for col, key in zip("ABCD", ("code", "option", "what_it_involves", "expected_cost"), strict=True):
            self.text(ws, f"{col}1", p(key), header=True)
        for r, o in enumerate(self.d.options.values(), start=2):
            self.text(ws, f"A{r}", o.code)
            self.text(ws, f"B{r}", o.name)
            self.text(ws, f"C{r}", o.description)
            self.text(ws, f"D{r}", o.expected_cost)
            ws.row_dimensions[r].height = 15 * max(_lines(o.name, 40), _lines(o.description, 70), 1)
        ws.freeze_panes = "A2"
        self.protect(ws)

    def criteria_sheet(self, ws: Worksheet) -> None:
        p = self.p
        heads = [p("criterion"), p("group"), p("scale"), *(p("level", n=n) for n in range(1, 6)),
                 p("meaning")]
        widths = [30, 14, 26, 22, 22, 22, 22, 22, 50]
        for i, (head, width) in enumerate(zip(heads, widths, strict=True)):
            col = _col(i + 1)
            ws.column_dimensions[col].width = width
            self.text(ws, f"{col}1", head, header=True)
        for r, c in enumerate(self.d.criteria.values(), start=2):
            info = CriterionInfo(c.id, c.name, c.group.value, c.scale.low, c.scale.high, c.scale.unit)
            values = [c.name, p(c.group.value), scale_text(p, info, c.scale.kind, c.direction),
                      *(list(c.scale.anchors) + [""] * 5)[:5], c.description]
            for i, value in enumerate(values):
                self.text(ws, f"{_col(i + 1)}{r}", value)
            ws.row_dimensions[r].height = 15 * max(_lines(str(v), w) for v, w in zip(values, widths, strict=True))
        ws.freeze_panes = "B2"
        self.protect(ws)

    def scores_sheet(self, ws: Worksheet) -> None:
        p, d = self.p, self.d
        self.text(ws, "A1", p("scores_title"), bold=True, size=14, wrap=False)
        self.text(ws, "A2", p("scores_hint", criteria=p("sheet_criteria")), wrap=False)
        head = FIRST_SCORE_ROW - 2
        ws.column_dimensions["A"].width = 44
        self.text(ws, f"A{head}", p("option"), header=True, check=True)
        self.text(ws, f"A{head + 1}", p("scale"), header=True)
        options = list(d.options.values())
        for j, c in enumerate(d.criteria.values(), start=2):
            col = _col(j)
            ws.column_dimensions[col].width = 18
            info = CriterionInfo(c.id, c.name, c.group.value, c.scale.low, c.scale.high, c.scale.unit)
            self.text(ws, f"{col}{head}", c.name, header=True, check=True)
            self.text(ws, f"{col}{head + 1}", scale_text(p, info, c.scale.kind, c.direction), header=True)
            refs = []
            for i, o in enumerate(options):
                ref = f"{col}{FIRST_SCORE_ROW + i}"
                self.answer(ws, ref, "score", o.id, c.id, c.scale.low, c.scale.high)
                refs.append(ref)
            prompt = f"{c.name}: {scale_text(p, info, c.scale.kind, c.direction)}"
            if c.scale.kind is ScaleKind.ANCHORED:
                self.validation(ws, refs, "list", p("error_anchored"), prompt, formula1='"1,2,3,4,5"')
            else:
                self.validation(ws, refs, "decimal", p("error_natural", low=p.number(c.scale.low),
                                                        high=p.number(c.scale.high)), prompt,
                                operator="between", formula1=repr(float(c.scale.low)),
                                formula2=repr(float(c.scale.high)))
        ws.row_dimensions[head].height = 15 * max([_lines(c.name, 18) for c in d.criteria.values()] + [1])
        ws.row_dimensions[head + 1].height = 15 * 3
        for i, o in enumerate(options):
            self.text(ws, f"A{FIRST_SCORE_ROW + i}", o.name, check=True)
            ws.row_dimensions[FIRST_SCORE_ROW + i].height = 15 * _lines(o.name, 44)
        ws.freeze_panes = f"B{FIRST_SCORE_ROW}"
        self.protect(ws)

    def points_sheet(self, ws: Worksheet) -> None:
        p, d = self.p, self.d
        ws.column_dimensions["A"].width = 44
        ws.column_dimensions["B"].width = 14
        self.text(ws, "A1", p("weights_title"), bold=True, size=14, wrap=False)
        refs: list[str] = []
        r = 3
        self.text(ws, f"A{r}", p("points_groups"), header=True)
        self.text(ws, f"B{r}", p("points"), header=True)
        for group in ("feasibility", "impact"):
            r += 1
            self.text(ws, f"A{r}", p(group), check=True)
            self.answer(ws, f"B{r}", "group_points", group, "", 0.0, 100.0)
            refs.append(f"B{r}")
        for group, ids in criteria_by_group(d).items():
            if not ids:
                continue
            r += 2
            self.text(ws, f"A{r}", p("points_within", criteria=p(f"criteria_{group}")), header=True)
            self.text(ws, f"B{r}", p("points"), header=True)
            for cid in ids:
                r += 1
                self.text(ws, f"A{r}", d.criteria[cid].name, check=True)
                self.answer(ws, f"B{r}", "points", cid, "", 0.0, 100.0)
                refs.append(f"B{r}")
        self.validation(ws, refs, "decimal", p("error_points"), p("error_points"),
                        operator="between", formula1="0", formula2="100")
        self.protect(ws)

    def judgements_sheet(self, ws: Worksheet) -> None:
        p, d = self.p, self.d
        for col, width in (("A", 40), ("B", 22), ("C", 40), ("D", 60)):
            ws.column_dimensions[col].width = width
        self.text(ws, "A1", p("weights_title"), bold=True, size=14, wrap=False)
        self.text(ws, "A2", p("ahp_hint"), wrap=False)
        refs: list[str] = []
        r = 4
        for col, key in zip("ABC", ("left", "how_much_more", "right"), strict=True):
            self.text(ws, f"{col}{r}", p(key), header=True)
        ws.row_dimensions[r].height = 30
        sections: list[tuple[str, list[tuple[str, str, str, str, str]]]] = [
            (p("pairs_groups"), [("group_judgement", "feasibility", "impact", p("feasibility"), p("impact"))])]
        for group, ids in criteria_by_group(d).items():
            pairs = [("judgement", a, b, d.criteria[a].name, d.criteria[b].name)
                     for i, a in enumerate(ids) for b in ids[i + 1:]]
            if pairs:
                sections.append((p("pairs_within", criteria=p(f"criteria_{group}")), pairs))
        for title, pairs in sections:
            r += 2
            self.text(ws, f"A{r}", title, bold=True, wrap=False)
            for kind, a, b, left, right in pairs:
                r += 1
                self.text(ws, f"A{r}", left, check=True)
                self.answer(ws, f"B{r}", kind, a, b, 1 / 9, 9.0, as_text=True)
                self.text(ws, f"C{r}", right, check=True)
                refs.append(f"B{r}")
                ws.row_dimensions[r].height = 15 * max(_lines(left, 40), _lines(right, 40))
        self.validation(ws, refs, "list", p("error_saaty"), p("ahp_hint"),
                        formula1='"' + ",".join(SAATY_VALUES) + '"')
        self.protect(ws)


def _text_style(cell: Any, bold: bool, header: bool, wrap: bool, size: float | None) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill

    cell.alignment = Alignment(wrap_text=wrap, vertical="top")
    if bold or header or size:
        cell.font = Font(bold=bold or header, size=size or 11)
    if header:
        cell.fill = PatternFill("solid", fgColor=HEADER_FILL)


def _answer_style(cell: Any, as_text: bool) -> None:
    from openpyxl.styles import Alignment, Border, PatternFill, Protection, Side

    cell.protection = Protection(locked=False)
    cell.fill = PatternFill("solid", fgColor=ANSWER_FILL)
    thin = Side(style="thin", color="B7B7B7")
    cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
    cell.alignment = Alignment(horizontal="center", vertical="center")
    if as_text:
        # Typed "1/3" must stay text: a number format of General would turn it into a date.
        cell.number_format = "@"


def _prefilled(answers: Answers | None, kind: str, a: str, b: str) -> float | None:
    """The answer already given for a cell, to write into a sheet sent out again."""
    if answers is None:
        return None
    if kind == "score":
        return answers.scores.get((a, b))
    if kind == "points":
        return answers.points.get(a)
    if kind == "group_points":
        return answers.group_points.get(a)
    if kind == "judgement":
        value = answers.judgements.get((a, b))
        back = answers.judgements.get((b, a))
        return value if value is not None else (1.0 / back if back else None)
    return answers.group_judgement


def _saaty_text(value: float) -> str:
    """A judgement as the drop-down writes it (``3``, ``1/3``), or as a decimal when it is not
    one of Saaty's values (a judgement typed by hand, such as 2.5)."""
    for text in SAATY_VALUES:
        num, _, den = text.partition("/")
        if abs(value - float(num) / float(den or 1)) < 1e-6:
            return text
    return f"{value:g}"


def _col(n: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(n)


def _lines(text: str, width: float) -> int:
    """About how many lines a text wraps to in a column of ``width`` characters."""
    if not text:
        return 1
    return max(1, sum(math.ceil(max(1, len(part)) / max(1.0, width * 1.05)) for part in text.split("\n")))


def build_workbook(d: Dialogue, participant_id: str, made: str | None = None,
                   prefill: bool = False) -> tuple[Workbook, SheetLayout]:
    """The workbook of one participant and its layout (not yet saved).

    With ``prefill``, the answers the participant already returned are written into the answer
    cells (to send a sheet back for revision, or to type in a paper sheet on top of it).

    Raises
    ------
    PalabreError
        If the participant is unknown, or the dialogue has nothing to ask them.
    """
    person = d.participants.get(participant_id)
    if person is None:
        raise PalabreError(f"there is no participant with id {participant_id!r}")
    if not d.criteria or (person.parts.scores and not d.options):
        raise PalabreError("the dialogue needs options and criteria before scoring sheets can be made")
    made = made or _dt.date.today().isoformat()
    return _Writer(d, person, made, d.answers.get(participant_id) if prefill else None).build()


def write_workbook(d: Dialogue, participant_id: str, path: str | Path, made: str | None = None,
                   prefill: bool = False) -> Path:
    """Write one participant's scoring workbook to ``path`` and return the path."""
    wb, _layout = build_workbook(d, participant_id, made, prefill)
    target = Path(path)
    _save(lambda: wb.save(target), target)
    return target


def _save(write: Callable[[], None], target: Path) -> None:
    try:
        write()
    except OSError as exc:
        raise PalabreError(f"cannot write {target.name}: {exc.strerror or exc}") from None


__all__ = ["SAATY_VALUES", "build_workbook", "scale_text", "sheet_file_name", "write_workbook"]
