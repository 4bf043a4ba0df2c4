"""Read a decision-matrix table (``.csv`` or ``.xlsx``) into a validated decision problem.

The layout (issue 3), one row per line, first column the row label::

    option,<criterion name>,<criterion name>,...
    direction,max|min,...
    weight,<number>,...                  (optional: equal weights when absent; normalised)
    group,feasibility|impact,...         (optional)
    preference,usual|ushape|vshape|level|linear|gaussian,...   (optional, PROMETHEE)
    q,<number>,...  p,<number>,...  s,<number>,...            (optional, PROMETHEE thresholds)
    <option name>,<value>,...            (one row per option)

Every problem is reported as a :class:`~palabre.errors.ValidationError` whose one-line message
names the row and column (numbered from 1, as a spreadsheet shows them) and what was expected;
nothing is returned unless the whole table is sound. Files are read through
:mod:`exports.safe_csv` and :mod:`exports.safe_xlsx` (encoding, size and formula checks).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from mcda.criteria import Criterion, Direction, Group, Scale, ScaleKind
from mcda.errors import MCDAError
from mcda.problem import NEEDS, DecisionProblem, PreferenceFunction, PreferenceKind
from palabre.errors import ValidationError

SETTING_ROWS = ("direction", "weight", "group", "preference", "q", "p", "s")
HEADER_LABELS = ("option", "options", "alternative", "alternatives", "")
_DIRECTIONS = {"max": 1.0, "min": -1.0, "benefit": 1.0, "cost": -1.0}

# What a criterion with one score for every option means, by method (for the error message).
CONSTANT_MEANING = {
    "wsm": "it cannot be scaled between a worst and a best score and would add the same value "
    "to every option",
    "wpm": "it multiplies every option's score by the same factor, so it cannot change the "
    "ranking",
    "topsis": "every option is as far from the ideal as from the anti-ideal on it (with min-max "
    "normalisation it even divides by zero), so it only dilutes the other criteria",
    "vikor": "VIKOR divides by the gap between its best and worst scores, which is zero",
    "electre1": "every option is at least as good as every other on it, so it adds the same "
    "concordance to every comparison and only dilutes the other criteria",
    "electre2": "every option is at least as good as every other on it, so it adds the same "
    "concordance to every comparison and only dilutes the other criteria",
    "promethee2": "no option is preferred to another on it, so its weight is lost from every "
    "preference index",
}


@dataclass(frozen=True)
class DecisionTable:
    """A decision problem read from a table, and which optional rows the table had."""

    problem: DecisionProblem
    path: str
    weights_given: bool
    groups_given: bool
    preferences_given: bool


def _label(cell: object) -> str:
    return "" if cell is None else str(cell).strip()


def _is_blank(cell: object) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def _number(cell: object, where: str) -> float:
    """A finite number from a cell (``3``, ``2.5``, ``2,5``); a ValidationError otherwise."""
    if isinstance(cell, bool):
        raise ValidationError(f"{where}: {cell!r} is not a number")
    if isinstance(cell, (int, float)):
        value = float(cell)
    else:
        text = str(cell).strip().replace("\u00a0", "").replace(" ", "")
        if text.count(",") == 1 and "." not in text:
            text = text.replace(",", ".")  # a decimal comma (French, Portuguese spreadsheets)
        try:
            value = float(text)
        except ValueError:
            raise ValidationError(f"{where}: {str(cell).strip()!r} is not a number") from None
    if not math.isfinite(value):
        raise ValidationError(f"{where}: {cell!r} is not a finite number")
    return value


class _Table:
    """The rows of a file with their spreadsheet numbers, and message helpers."""

    def __init__(self, rows: list[list[object]], name: str) -> None:
        self.name = name
        self.rows = [(r + 1, list(row)) for r, row in enumerate(rows)
                     if row and not all(_is_blank(c) for c in row)]

    def where(self, row: int, col: int, criterion: str = "") -> str:
        suffix = f" ({criterion})" if criterion else ""
        return f"{self.name}, row {row}, column {col}{suffix}"


def parse_decision_rows(
    rows: list[list[object]], name: str = "table", method: str = "wsm"
) -> DecisionTable:
    """Validate the rows of a decision-matrix table and build its decision problem.

    Parameters
    ----------
    rows:
        Cell values row by row (text from a CSV file, or typed values from a workbook).
    name:
        The file name used in messages.
    method:
        The method the table will be ranked with, so that a criterion with one score for every
        option is explained for that method.

    Raises
    ------
    ValidationError
        On the first problem found, naming the row and column.
    """
    t = _Table(rows, name)
    if not t.rows:
        raise ValidationError(f"{name} is empty: expected a header row 'option,<criterion>,...'")
    header_row, header = t.rows[0]
    if _label(header[0]).lower() not in HEADER_LABELS:
        raise ValidationError(
            f"{t.where(header_row, 1)}: expected 'option' (the first row names the criteria: "
            f"option,<criterion>,<criterion>,...), got {_label(header[0])!r}"
        )
    names = [_label(c) for c in header[1:]]
    while names and not names[-1]:
        names.pop()
    if not names:
        raise ValidationError(f"{t.where(header_row, 2)}: the header names no criterion")
    m = len(names)
    for j, n in enumerate(names):
        if not n:
            raise ValidationError(f"{t.where(header_row, j + 2)}: missing criterion name")
        if n in names[:j]:
            raise ValidationError(
                f"{t.where(header_row, j + 2)}: criterion {n!r} appears twice in the header"
            )

    settings: dict[str, tuple[int, list[object]]] = {}
    option_rows: list[tuple[int, str, list[object]]] = []
    for r, row in t.rows[1:]:
        label = _label(row[0])
        cells = list(row[1:]) + [None] * max(0, m - len(row) + 1)
        for c in range(m, len(cells)):
            if not _is_blank(cells[c]):
                raise ValidationError(f"{t.where(r, c + 2)}: a value beyond the last criterion "
                                      f"(the header names {m})")
        cells = cells[:m]
        key = label.lower()
        if key in SETTING_ROWS or key in ("directions", "weights", "groups"):
            key = key.rstrip("s") if key in ("directions", "weights", "groups") else key
            if key in settings:
                raise ValidationError(f"{t.where(r, 1)}: a second {key!r} row "
                                      f"(the first is row {settings[key][0]})")
            settings[key] = (r, cells)
        elif not label:
            raise ValidationError(f"{t.where(r, 1)}: missing option name")
        else:
            for r0, other, _ in option_rows:
                if other == label:
                    raise ValidationError(f"{t.where(r, 1)}: option {label!r} appears twice "
                                          f"(also row {r0})")
            option_rows.append((r, label, cells))

    # Directions (required).
    if "direction" not in settings:
        raise ValidationError(
            f"{name}: no 'direction' row: add 'direction,max|min,...' after the header "
            f"(row {header_row + 1}), giving max or min for each criterion"
        )
    r_dir, dir_cells = settings["direction"]
    signs = []
    for j, cell in enumerate(dir_cells):
        text = _label(cell).lower()
        where = t.where(r_dir, j + 2, names[j])
        if not text:
            raise ValidationError(f"{where}: missing direction (expected max or min)")
        if text not in _DIRECTIONS:
            raise ValidationError(f"{where}: unknown direction {_label(cell)!r} "
                                  f"(expected max or min)")
        signs.append(_DIRECTIONS[text])

    # Weights (optional, equal when absent).
    weights_given = "weight" in settings
    if weights_given:
        r_w, w_cells = settings["weight"]
        weights = []
        for j, cell in enumerate(w_cells):
            where = t.where(r_w, j + 2, names[j])
            if _is_blank(cell):
                raise ValidationError(f"{where}: missing weight (expected a number of 0 or more)")
            w = _number(cell, where)
            if w < 0:
                raise ValidationError(f"{where}: negative weight {w:g} (weights must be 0 or more)")
            weights.append(w)
        if sum(weights) <= 0:
            raise ValidationError(f"{t.where(r_w, 2)}: every weight in the weight row is zero; "
                                  f"give at least one criterion a positive weight")
    else:
        weights = [1.0] * m

    # Groups (optional).
    groups_given = "group" in settings
    groups = [Group.IMPACT] * m
    if groups_given:
        r_g, g_cells = settings["group"]
        for j, cell in enumerate(g_cells):
            text = _label(cell).lower()
            where = t.where(r_g, j + 2, names[j])
            if text not in ("feasibility", "impact"):
                got = "missing group" if not text else f"unknown group {_label(cell)!r}"
                raise ValidationError(f"{where}: {got} (expected feasibility or impact)")
            groups[j] = Group(text)

    # PROMETHEE preference functions and thresholds (optional).
    preferences_given = "preference" in settings
    kinds = [PreferenceKind.USUAL] * m
    if preferences_given:
        r_p, p_cells = settings["preference"]
        for j, cell in enumerate(p_cells):
            text = _label(cell).lower().replace("-", "").replace(" ", "")
            if not text:
                continue
            try:
                kinds[j] = PreferenceKind(text)
            except ValueError:
                allowed = "|".join(k.value for k in PreferenceKind)
                raise ValidationError(f"{t.where(r_p, j + 2, names[j])}: unknown preference "
                                      f"function {_label(cell)!r} (expected {allowed})") from None
    thresholds: dict[str, list[float | None]] = {}
    for key in ("q", "p", "s"):
        values: list[float | None] = [None] * m
        if key in settings:
            r_k, k_cells = settings[key]
            for j, cell in enumerate(k_cells):
                if _is_blank(cell):
                    continue
                where = t.where(r_k, j + 2, names[j])
                v = _number(cell, where)
                if v < 0:
                    raise ValidationError(f"{where}: threshold {key} is {v:g}; thresholds must "
                                          f"be 0 or more")
                values[j] = v
        thresholds[key] = values
    preferences = []
    for j in range(m):
        q, p, s = (thresholds[k][j] for k in ("q", "p", "s"))
        kind = kinds[j]
        for need in NEEDS[kind]:
            if thresholds[need][j] is None:
                row = settings[need][0] if need in settings else None
                place = (t.where(row, j + 2, names[j]) if row is not None
                         else f"{name}, column {j + 2} ({names[j]})")
                raise ValidationError(f"{place}: the {kind.value} preference function needs "
                                      f"a value for {need}" + ("" if row else
                                                               f" (add a '{need}' row)"))
        if kind in (PreferenceKind.LEVEL, PreferenceKind.LINEAR) and p < q:
            raise ValidationError(f"{t.where(settings['p'][0], j + 2, names[j])}: threshold p "
                                  f"({p:g}) is below q ({q:g}); the preference threshold must "
                                  f"be at least the indifference threshold")
        try:
            preferences.append(PreferenceFunction(kind, q, p, s))
        except MCDAError as exc:
            row = settings.get("preference", (header_row, None))[0]
            raise ValidationError(f"{t.where(row, j + 2, names[j])}: {exc}") from None

    # Options and scores.
    if len(option_rows) < 2:
        raise ValidationError(f"{name}: the table needs at least two option rows below the "
                              f"settings rows, found {len(option_rows)}")
    table = np.empty((len(option_rows), m))
    for i, (r, label, cells) in enumerate(option_rows):
        for j, cell in enumerate(cells):
            where = t.where(r, j + 2, names[j])
            if _is_blank(cell):
                raise ValidationError(f"{where}: missing score for option {label!r}")
            table[i, j] = _number(cell, where)
    first_row, last_row = option_rows[0][0], option_rows[-1][0]
    for j in range(m):
        col = table[:, j]
        if np.all(col == col[0]):
            meaning = CONSTANT_MEANING.get(method, CONSTANT_MEANING["wsm"])
            raise ValidationError(
                f"{name}, column {j + 2} ({names[j]}): every option scores {col[0]:g} "
                f"(rows {first_row} to {last_row}), so {meaning}; remove the column or correct "
                f"the scores"
            )
    criteria = tuple(
        Criterion(
            id=n, name=n, group=groups[j],
            direction=Direction.BENEFIT if signs[j] > 0 else Direction.COST,
            scale=Scale(ScaleKind.NATURAL, float(table[:, j].min()), float(table[:, j].max())),
        )
        for j, n in enumerate(names)
    )
    problem = DecisionProblem(
        options=tuple(label for _, label, _ in option_rows),
        criteria=criteria,
        table=table,
        weights=np.array(weights),
        preferences=tuple(preferences),
        has_groups=groups_given,
    )
    return DecisionTable(problem, name, weights_given, groups_given, preferences_given)


def read_decision_table(path: str | Path, method: str = "wsm") -> DecisionTable:
    """Read a ``.csv`` or ``.xlsx`` decision-matrix table (first sheet) and validate it.

    Raises
    ------
    PalabreError
        A ValidationError naming row and column for bad content, a FileFormatError for a file
        that cannot be read (wrong encoding, damaged workbook, formulas).
    """
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix == ".csv":
        from exports.safe_csv import read_csv_rows

        rows: list[list[object]] = [list(r) for r in read_csv_rows(p, keep_blank_rows=True)]
    elif suffix in (".xlsx", ".xlsm"):
        from exports.safe_xlsx import read_sheet_rows

        rows = read_sheet_rows(p)
    else:
        raise ValidationError(f"{p.name}: expected a .csv or .xlsx decision table "
                              f"(or a .palabre dialogue)")
    return parse_decision_rows(rows, p.name, method)


__all__ = ["CONSTANT_MEANING", "DecisionTable", "parse_decision_rows", "read_decision_table"]
