"""Filling scoring workbooks as participants would: shared by the sheet, collect, CLI and window tests.

A value is typed into the answer cell the hidden record names for ``(kind, a, b)``: ``("score",
option id, criterion id)``, ``("points", criterion id, "")``, ``("group_points", "feasibility",
"")``, ``("judgement", a, b)`` or ``("group_judgement", "feasibility", "impact")``. Judgements are
typed as the drop-down enters them: text such as ``"3"`` or ``"1/3"``.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import openpyxl

from dialogue.participants import Answers
from exports.sheets.layout import HIDDEN_SHEET, SheetLayout, parse_layout

Key = tuple[str, str, str]


def layout_of(path: Path) -> SheetLayout:
    """The hidden record of a workbook."""
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        rows = [list(r) for r in wb[HIDDEN_SHEET].iter_rows(values_only=True)]
    finally:
        wb.close()
    rows = [r[: max((i + 1 for i, v in enumerate(r) if v is not None), default=0)] for r in rows]
    return parse_layout(rows, path.name)


def cell_of(path: Path, key: Key) -> tuple[str, str]:
    """``(sheet, cell)`` of the answer cell for ``key``."""
    for a in layout_of(path).answers:
        if (a.kind, a.a, a.b) == key:
            return a.sheet, a.cell
    raise KeyError(key)


def fill(path: Path, values: Mapping[Key, Any]) -> None:
    """Type ``values`` into the workbook's answer cells and save it."""
    layout = layout_of(path)
    wb = openpyxl.load_workbook(path)
    for a in layout.answers:
        key = (a.kind, a.a, a.b)
        if key in values:
            wb[a.sheet][a.cell].value = values[key]
    wb.save(path)


def saaty_text(value: float) -> str:
    """A judgement as the drop-down shows it: ``"3"``, ``"1/3"``."""
    if value >= 1:
        return f"{value:g}"
    return f"1/{round(1 / value):d}"


def values_of(answers: Answers) -> dict[Key, Any]:
    """What a participant would type to return exactly these answers."""
    out: dict[Key, Any] = {}
    out.update({("score", o, c): v for (o, c), v in answers.scores.items()})
    out.update({("points", c, ""): v for c, v in answers.points.items()})
    out.update({("group_points", g, ""): v for g, v in answers.group_points.items()})
    out.update({("judgement", a, b): saaty_text(v) for (a, b), v in answers.judgements.items()})
    if answers.group_judgement is not None:
        out[("group_judgement", "feasibility", "impact")] = saaty_text(answers.group_judgement)
    return out
