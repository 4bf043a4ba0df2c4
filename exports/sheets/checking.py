"""Checking one returned scoring sheet against the dialogue: what it would merge, and every problem.

A sheet is refused, with a message naming the sheet and the cell, when it belongs to another
dialogue, when its structure was changed (a sheet deleted or renamed, rows or columns moved,
inserted or deleted), or when an answer cell holds a formula, a text where a number belongs, or a
number out of range. A refused sheet merges nothing; the facilitator sends it back or corrects it.
Blanks are not problems: they are listed, and a blank cell is simply not an answer.

A sheet made for an older version of the dialogue (its fingerprint differs) is matched by ids:
answers on options or criteria that no longer exist are left out, and the differences are listed.
"""

from __future__ import annotations

import datetime as _dt
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dialogue.participants import SAATY_HIGH, SAATY_LOW, Answers, criteria_by_group
from exports.sheets.layout import HIDDEN_SHEET, AnswerCell, SheetLayout, structure_fingerprint
from exports.sheets.reading import Cell, ReturnedWorkbook, read_returned
from mcda.ahp import CR_THRESHOLD, ahp, parse_judgement
from mcda.errors import MCDAError
from mcda.group import weights_from_judgements
from palabre.errors import PalabreError

if TYPE_CHECKING:
    from dialogue.model import Dialogue

MERGE, REFUSED, SKIPPED = "merge", "refused", "skipped"
MAX_LISTED = 12  # problems of one kind listed in full before "and N more"
_NUMBER = re.compile(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)$")
_TOLERANCE = 1e-9


@dataclass
class SheetReport:
    """What one returned file would merge, or why it is refused or skipped.

    ``problems`` are the reasons for a refusal, each naming the sheet and the cell; ``notes``
    are what the facilitator should know about a sheet that merges (differences with the
    current dialogue, points that do not add up to 100, an inconsistent AHP judgement...);
    ``blanks`` are the answer cells left empty, as ``Sheet!C7 (what it answers)``.
    """

    path: Path
    status: str = REFUSED
    participant: str = ""
    participant_name: str = ""
    answers: Answers | None = None
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    blanks: list[str] = field(default_factory=list)
    asked: int = 0
    replaces: bool = False

    @property
    def file(self) -> str:
        """The file's name."""
        return self.path.name

    @property
    def scores(self) -> int:
        """How many scores would merge."""
        return len(self.answers.scores) if self.answers else 0

    @property
    def weights(self) -> bool:
        """True when weights (points or judgements) would merge."""
        return bool(self.answers and self.answers.has_weights)

    def to_json(self) -> dict[str, Any]:
        """The report as JSON data (``palabre collect --json``)."""
        return {
            "file": self.file, "status": "merged" if self.status == MERGE else self.status,
            "participant": self.participant or None, "name": self.participant_name or None,
            "scores": self.scores, "weights": self.weights, "answer_cells": self.asked,
            "blanks": list(self.blanks), "replaces_earlier_answers": self.replaces,
            "problems": list(self.problems), "notes": list(self.notes),
        }


def check_sheet(d: Dialogue, path: Path) -> SheetReport:
    """Read and check one returned workbook against the dialogue (nothing in it changes)."""
    report = SheetReport(Path(path))
    try:
        returned = read_returned(report.path)
    except PalabreError as exc:
        report.problems.append(exc.message)
        return report
    layout = returned.layout
    report.participant = layout.participant
    if not _right_dialogue(d, layout, report):
        return report
    report.participant_name = d.participants[layout.participant].name
    _check_structure(returned, report)
    if report.problems:
        return report
    answers = _read_answers(d, returned, report)
    if report.problems:
        return report
    _note_versions(d, layout, report)
    _note_weights(d, answers, report)
    if not answers.scores and not answers.has_weights:
        report.status = SKIPPED
        report.notes.insert(0, "nothing is filled in: there is nothing to merge")
        return report
    if layout.participant in d.answers:
        report.replaces = True
        before = d.answers[layout.participant].source
        report.notes.append("replaces the answers merged earlier" + (f" (from {before})" if before else ""))
    report.answers = answers
    report.status = MERGE
    return report


# ---------------------------------------------------------------- identity and structure
def _right_dialogue(d: Dialogue, layout: SheetLayout, report: SheetReport) -> bool:
    title = layout.meta.get("dialogue", "")
    made_for = f"the dialogue {title!r}" if title else "another dialogue"
    person = d.participants.get(layout.participant)
    if person is None:
        report.problems.append(
            f"{HIDDEN_SHEET}!C2: made for participant {layout.participant!r} of {made_for}, "
            f"who is not a participant of this dialogue"
        )
        return False
    if person.key != layout.meta.get("key"):
        report.problems.append(
            f"{HIDDEN_SHEET}!C3: made for {made_for}, not this one (the participant's key does not "
            f"match; a sheet from another dialogue is never merged)"
        )
        return False
    return True


def _clean(text: object) -> str:
    # Excel and XML turn a lone carriage return into a line feed; spaces at the ends are noise.
    return str(text).replace("\r\n", "\n").replace("\r", "\n").strip() if text is not None else ""


def _check_structure(returned: ReturnedWorkbook, report: SheetReport) -> None:
    layout = returned.layout
    for sheet in layout.sheets:
        if sheet not in returned.sheetnames:
            report.problems.append(f"sheet {sheet!r} is missing: it was deleted or renamed")
    if report.problems:
        return
    moved = []
    for label in layout.labels:
        found = returned.cell(label.sheet, label.cell).value
        if _clean(found) != _clean(label.text):
            shown = _short(found) if found not in (None, "") else "nothing"
            moved.append(f"{label.sheet}!{label.cell}: expected {_short(label.text)!r}, found "
                         f"{shown if shown == 'nothing' else repr(shown)}: rows or columns were "
                         "moved, inserted or deleted")
    report.problems += _listed(moved)


def _short(value: object, limit: int = 50) -> str:
    text = str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _listed(messages: list[str]) -> list[str]:
    if len(messages) <= MAX_LISTED:
        return messages
    return [*messages[:MAX_LISTED], f"and {len(messages) - MAX_LISTED} more like these"]


# ---------------------------------------------------------------- answers
def _describe(d: Dialogue, layout: SheetLayout, a: AnswerCell) -> str:
    def option(oid: str) -> str:
        o = d.options.get(oid)
        return o.name if o else layout.options.get(oid, oid)

    def criterion(cid: str) -> str:
        c = d.criteria.get(cid)
        return c.name if c else (layout.criteria[cid].name if cid in layout.criteria else cid)

    if a.kind == "score":
        return f"{option(a.a)} on {criterion(a.b)}"
    if a.kind == "points":
        return f"points of {criterion(a.a)}"
    if a.kind == "group_points":
        return f"points of {a.a}"
    if a.kind == "judgement":
        return f"{criterion(a.a)} against {criterion(a.b)}"
    return "feasibility against impact"


def _bounds(d: Dialogue, a: AnswerCell) -> tuple[float, float, str]:
    """The range an answer must lie in now, and how to say it."""
    if a.kind == "score":
        c = d.criteria.get(a.b)
        low, high = (c.scale.low, c.scale.high) if c else (a.low, a.high)
        unit = f" {c.scale.unit}" if c and c.scale.unit else ""
        return low, high, f"a number from {low:g} to {high:g}{unit}"
    if a.kind in ("points", "group_points"):
        return 0.0, math.inf, "a number of points (0 or more)"
    return SAATY_LOW, SAATY_HIGH, "a judgement from 1/9 to 9, such as 3 or 1/3"


def _number(cell: Cell, a: AnswerCell, expected: str) -> tuple[float | None, str | None]:
    """The number in an answer cell, or why there is none (None, None for a blank)."""
    value = cell.value
    if cell.formula:
        return None, f"a formula ({_short(value, 40)}); type {expected} instead"
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, None
    if isinstance(value, bool):
        return None, f"{'TRUE' if value else 'FALSE'}, where {expected} belongs"
    if isinstance(value, (_dt.datetime, _dt.date, _dt.time, _dt.timedelta)):
        return None, f"a date or time, where {expected} belongs (was a fraction typed as a date?)"
    if a.kind in ("judgement", "group_judgement"):
        try:
            return parse_judgement(value), None
        except MCDAError:
            return None, f"{_short(value, 40)!r} is not {expected}"
    if isinstance(value, (int, float)):
        return float(value), None
    text = str(value).strip().replace("\u00a0", "").replace(" ", "")
    if _NUMBER.match(text):
        return float(text.replace(",", ".")), None
    return None, f"{_short(value, 40)!r} is text, where {expected} belongs"


def _read_answers(d: Dialogue, returned: ReturnedWorkbook, report: SheetReport) -> Answers:
    layout = returned.layout
    scores: dict[tuple[str, str], float] = {}
    points: dict[str, float] = {}
    group_points: dict[str, float] = {}
    judgements: dict[tuple[str, str], float] = {}
    group_judgement: float | None = None
    bad: list[str] = []
    for a in layout.answers:
        report.asked += 1
        where = f"{a.sheet}!{a.cell}"
        low, high, expected = _bounds(d, a)
        value, problem = _number(returned.cell(a.sheet, a.cell), a, expected)
        if problem:
            bad.append(f"{where} ({_describe(d, layout, a)}): {problem}")
            continue
        if value is None:
            report.blanks.append(f"{where} ({_describe(d, layout, a)})")
            continue
        if not math.isfinite(value) or not low - _TOLERANCE <= value <= high + _TOLERANCE:
            bad.append(f"{where} ({_describe(d, layout, a)}): {value:g} is out of range; "
                       f"expected {expected}")
            continue
        if a.kind == "score":
            scores[(a.a, a.b)] = value
        elif a.kind == "points":
            points[a.a] = value
        elif a.kind == "group_points":
            group_points[a.a] = value
        elif a.kind == "judgement":
            judgements[(a.a, a.b)] = value
        else:
            group_judgement = value
    report.problems += _listed(bad)
    kept_scores = {k: v for k, v in scores.items() if k[0] in d.options and k[1] in d.criteria}
    kept_points = {k: v for k, v in points.items() if k in d.criteria}
    kept_judgements = {k: v for k, v in judgements.items() if k[0] in d.criteria and k[1] in d.criteria
                       and d.criteria[k[0]].group == d.criteria[k[1]].group}
    dropped = (len(scores) - len(kept_scores)) + (len(points) - len(kept_points)) \
        + (len(judgements) - len(kept_judgements))
    if dropped:
        report.notes.append(f"{dropped} answer(s) on options or criteria no longer in the dialogue "
                            "are left out")
    return Answers(layout.participant, kept_scores, kept_points, group_points, kept_judgements,
                   group_judgement, source=report.file, fingerprint=layout.meta.get("fingerprint", ""))


# ---------------------------------------------------------------- notes
def _note_versions(d: Dialogue, layout: SheetLayout, report: SheetReport) -> None:
    """List what changed in the dialogue since the sheet was made (matched by ids)."""
    then, now = layout.meta.get("fingerprint", ""), structure_fingerprint(d)
    if then == now:
        return
    made = layout.meta.get("made", "")
    notes = [f"made for an earlier version of the dialogue (version {then}"
             + (f" of {made}" if made else "") + f"; now {now}): answers are matched by ids"]
    for oid, name in layout.options.items():
        if oid not in d.options:
            notes.append(f"option {name!r} has been removed since: its answers are left out")
        elif d.options[oid].name != name:
            notes.append(f"option {name!r} is now called {d.options[oid].name!r}")
    for oid, o in d.options.items():
        if oid not in layout.options:
            notes.append(f"option {o.name!r} was added since: this sheet has no scores for it")
    for cid, info in layout.criteria.items():
        c = d.criteria.get(cid)
        if c is None:
            notes.append(f"criterion {info.name!r} has been removed since: its answers are left out")
            continue
        if c.name != info.name:
            notes.append(f"criterion {info.name!r} is now called {c.name!r}")
        if (c.scale.low, c.scale.high) != (info.low, info.high):
            notes.append(f"the scale of {c.name!r} was {info.low:g} to {info.high:g}; it is now "
                         f"{c.scale.low:g} to {c.scale.high:g}")
    for cid, c in d.criteria.items():
        if cid not in layout.criteria:
            notes.append(f"criterion {c.name!r} was added since: this sheet has no answers on it")
    report.notes += notes


def _note_weights(d: Dialogue, answers: Answers, report: SheetReport) -> None:
    """Points that do not add up to 100, incomplete or inconsistent AHP judgements."""
    groups = criteria_by_group(d)
    if answers.group_points or answers.points:
        total = sum(answers.group_points.values())
        if answers.group_points and abs(total - 100) > 1e-6:
            report.notes.append(f"feasibility and impact points add up to {total:g}, not 100: "
                                "they are scaled")
        for group, ids in groups.items():
            given = [answers.points[c] for c in ids if c in answers.points]
            if given and abs(sum(given) - 100) > 1e-6:
                report.notes.append(f"{group} points add up to {sum(given):g}, not 100: they are scaled")
            if ids and given and sum(given) == 0:
                report.notes.append(f"no points given to the {group} criteria: their weights are "
                                    "left out")
    if answers.judgements or answers.group_judgement is not None:
        weights = weights_from_judgements(groups, answers.judgements, answers.group_judgement)
        for group, ids in groups.items():
            pairs = len(ids) * (len(ids) - 1) // 2
            given = sum(1 for k in answers.judgements if k[0] in ids)
            if 0 < given < pairs:
                report.notes.append(f"{pairs - given} of {pairs} {group} judgements are blank: "
                                    f"{group} weights cannot be derived")
            cr = weights.consistency.get(group)
            if cr is not None and cr > CR_THRESHOLD + 1e-12:
                worst = ahp(weights.matrices[group], weights.names[group]).most_inconsistent
                hint = ""
                if worst is not None:
                    hint = (f"; the judgement furthest from the others is {d.criteria[worst.row].name!r} "
                            f"against {d.criteria[worst.column].name!r} ({_saaty(worst.value)}, where "
                            f"about {_saaty(worst.consistent_value)} would agree with the rest)")
                report.notes.append(f"the {group} judgements are inconsistent: consistency ratio "
                                    f"{cr:.2f}, above 0.10 (Saaty){hint}")


def _saaty(value: float) -> str:
    """A judgement as the sheet shows it (3, 1/3) when it is one of Saaty's values, else 0.71."""
    for k in range(1, 10):
        if abs(value - k) < 1e-6:
            return str(k)
        if abs(value - 1 / k) < 1e-6:
            return f"1/{k}"
    return f"{value:.2g}"


__all__ = ["MERGE", "REFUSED", "SKIPPED", "SheetReport", "check_sheet"]
