"""Workforce baselines in from CSV or Excel, projections out to CSV or Excel.

The columns are documented for users in docs/user-guide/workforce-files.md. Import is
all-or-nothing: every cell is checked, every problem is listed with its table, row and column
(``cadres.csv row 4, column 'attrition': ...``), and no baseline is returned unless the whole
file is sound. Nothing loaded is ever executed; text written out goes through
:func:`~exports.safe_xlsx.safe_cell_text` (CSV) or :func:`~exports.safe_xlsx.write_text_cell`
(Excel), so that a cadre called ``=HYPERLINK(...)`` stays text.

Rates may be written as fractions (``0.05``) or percentages (``5%``): a number with a ``%`` sign
is a percentage; a number without one is a fraction and must be between 0 and 1, so ``5`` is
refused with a hint rather than guessed (it could mean 5% or 500%). An Excel cell formatted as a
percentage holds the fraction (5% is stored as 0.05) and is read as such.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from dialogue.atomic import write_atomic
from exports.safe_csv import csv_bytes, read_csv_rows
from exports.safe_xlsx import original_cell_text, read_sheet_rows, tables_workbook_bytes
from mcda.errors import MCDAError
from mcda.workforce.baseline import (
    MAX_CADRE_ROWS,
    MAX_COUNT,
    MAX_GROWTH,
    MAX_YEAR,
    MIN_YEAR,
    CadreBaseline,
    CombinedNeed,
    Population,
    WorkforceBaseline,
    suggest,
)
from mcda.workforce.impact import GapClosed
from mcda.workforce.projection import Projection
from mcda.workforce.scenarios import Scenario
from palabre.errors import FileFormatError

CADRE_COLUMNS = (
    "cadre", "name", "area", "year", "stock", "graduates", "attrition", "retirement",
    "emigration", "immigration", "transfer", "transfer_to", "need_density", "need_number",
)
"""Columns of the cadres table, in the order Palabre writes them."""
CADRE_REQUIRED = ("cadre", "year", "stock")
POPULATION_COLUMNS = ("area", "year", "population", "growth")
POPULATION_REQUIRED = ("year", "population")
COMBINED_COLUMNS = ("id", "name", "cadres", "density", "source")
COMBINED_REQUIRED = ("id", "cadres", "density")
CADRES_SHEET, POPULATION_SHEET, COMBINED_SHEET = "cadres", "population", "combined_needs"
PROJECTION_SHEET, GAP_SHEET = "projection", "gap_closed"

PROJECTION_COLUMNS = (
    "scenario_kind", "scenario", "scenario_name", "cadre", "cadre_name", "area", "row_kind",
    "year", "population", "stock", "stock_low", "stock_high", "need", "gap", "gap_low",
    "gap_high", "shortage", "density_per_1000",
)
"""Columns of the projection table (one row per scenario, cadre, area and year)."""
GAP_COLUMNS = (
    "scenario_kind", "scenario", "scenario_name", "target", "year", "baseline_gap",
    "gap_closed", "gap_closed_low", "gap_closed_high", "share_closed",
)
"""Columns of the gap-closed table (one row per scenario)."""

MAX_PROBLEMS_SHOWN = 3
MAX_TITLE_ROWS = 10
"""Rows above the header (a title, a note) that are skipped when looking for it."""
_RATE_COLUMNS = ("attrition", "retirement", "emigration", "transfer")
_COUNT_COLUMNS = ("graduates", "immigration")
_FLOW_COLUMNS = tuple(c for c in CADRE_COLUMNS if c in _RATE_COLUMNS + _COUNT_COLUMNS)


class _CellError(Exception):
    """One bad cell; collected, never raised to the caller."""


@dataclass(frozen=True)
class ImportedBaseline:
    """A baseline read from tables and fully validated, with what was assumed for blank cells.

    Attributes
    ----------
    baseline:
        The baseline.
    assumptions:
        One sentence per assumption made (``"cadres.csv column 'emigration': blank on rows 3, 5,
        taken as 0"``), to show the user.
    source:
        The file name(s), for messages and the undo label.
    """

    baseline: WorkforceBaseline
    assumptions: tuple[str, ...] = ()
    source: str = ""


# ---------------------------------------------------------------- reading cells
def _norm(text: str) -> str:
    return re.sub(r"[\s\-/]+", "_", text.strip().lower()).strip("_")


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return original_cell_text(str(value))


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


_NUMBER = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d{1,3})?")
_GROUPED = re.compile(r"[+-]?\d{1,3}([,.]\d{3})+")


def _number(value: Any, *, counts: bool = False) -> float:
    """A number from a cell: Excel numbers as they are; text with a decimal point or comma,
    spaces as thousands separators. In count columns, ``12,500`` or ``12.500`` is ambiguous
    (twelve thousand five hundred, or twelve and a half) and refused."""
    if isinstance(value, bool):
        raise _CellError(f"expected a number, got {value!r}")
    if isinstance(value, (int, float)):
        x = float(value)
    else:
        raw = _text(value).strip()
        text = re.sub(r"[\s\u00a0\u202f]", "", raw)
        if _GROUPED.fullmatch(text):
            seps = set(re.findall(r"[,.]", text))
            groups = len(re.findall(r"[,.]", text))
            if counts and groups == 1:
                whole = text.replace(",", "").replace(".", "")
                fraction = float(text.replace(",", "."))
                raise _CellError(f"{raw!r} is ambiguous ({int(whole):,} or {fraction:g}?): write "
                                 f"{whole} or {fraction:g}")
            if groups > 1 and len(seps) == 1:
                text = re.sub(r"[,.]", "", text)  # 1,234,567: thousands separators
        if re.fullmatch(r"[+-]?\d{1,3}(,\d{3})+\.\d+", text):  # 1,234.5
            text = text.replace(",", "")
        elif re.fullmatch(r"[+-]?\d{1,3}(\.\d{3})+,\d+", text):  # 1.234,5
            text = text.replace(".", "").replace(",", ".")
        if re.fullmatch(r"[+-]?\d+,\d+", text):  # a decimal comma, as in French spreadsheets
            text = text.replace(",", ".")
        if not _NUMBER.fullmatch(text):
            raise _CellError(f"expected a number, got {raw!r}")
        x = float(text)
    if not math.isfinite(x):
        raise _CellError(f"expected a finite number, got {x}")
    return x


def _count(value: Any) -> float:
    x = _number(value, counts=True)
    if x < 0:
        raise _CellError(f"must not be negative, got {x:g}")
    if x > MAX_COUNT:
        raise _CellError(f"must be at most {MAX_COUNT:,.0f}, got {x:g}")
    return x


def _share(value: Any, low: float, high: float) -> float:
    """A rate: ``5%`` (a percentage) or ``0.05`` (a fraction; more than 1 in size is refused)."""
    if isinstance(value, str) and _text(value).strip().endswith("%"):
        raw = _text(value).strip()
        try:
            x = _number(raw[:-1]) / 100.0
        except _CellError:
            raise _CellError(f"expected a percentage such as 5%, got {raw!r}") from None
    else:
        x = _number(value)
        if abs(x) > 1:
            raise _CellError(f"{x:g} is not a share: write {x:g}% for a percentage, or "
                             f"{x / 100:g} as a fraction")
    if not low <= x <= high:
        if x < 0 and low == 0:
            raise _CellError(f"a rate must not be negative, got {x:.4g}")
        raise _CellError(f"expected a rate from {low:.0%} to {high:.0%}, got {x * 100:g}%")
    return x


def _rate(value: Any) -> float:
    return _share(value, 0.0, 1.0)


def _growth(value: Any) -> float:
    return _share(value, -MAX_GROWTH, MAX_GROWTH)


def _year(value: Any) -> int:
    expected = f"a year from {MIN_YEAR} to {MAX_YEAR}"
    if isinstance(value, bool):
        raise _CellError(f"expected {expected}, got {value!r}")
    if isinstance(value, (int, float)):
        if isinstance(value, float) and not value.is_integer():
            raise _CellError(f"expected {expected}, got {value:g}")
        year = int(value)
    else:
        text = _text(value).strip()
        if not re.fullmatch(r"\d{4}([.,]0+)?", text):
            raise _CellError(f"expected {expected}, got {text!r}")
        year = int(text[:4])
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise _CellError(f"expected {expected}, got {year}")
    return year


def _density(value: Any) -> float:
    x = _number(value)
    if not 0 <= x <= 1000:
        raise _CellError(f"expected workers per 1,000 population, from 0 to 1000, got {x:g}")
    return x


def _label(value: Any) -> str:
    text = _text(value).strip()
    if len(text) > 100:
        raise _CellError(f"is {len(text)} characters long (at most 100)")
    return text


# ---------------------------------------------------------------- tables
def _summary(source: str, problems: list[str]) -> str:
    shown = "; ".join(problems[:MAX_PROBLEMS_SHOWN])
    more = len(problems) - MAX_PROBLEMS_SHOWN
    tail = f"; and {more} more" if more > 0 else ""
    noun = "problem" if len(problems) == 1 else "problems"
    return f"{source}: {len(problems)} {noun}, nothing was imported: {shown}{tail}"


class _Table:
    """One table: its name for messages, its header mapped to known columns, its records."""

    def __init__(self, rows: Sequence[Sequence[Any]], name: str, allowed: Sequence[str],
                 required: Sequence[str], problems: list[str]) -> None:
        self.name = name
        filled = [i for i, row in enumerate(rows) if row and not all(_blank(v) for v in row)]
        # The header is the first row naming a required column (a title or a note may stand
        # above it, as in many ministry sheets), else the first row that is not blank.
        start = next((i for i in filled[:MAX_TITLE_ROWS + 1]
                      if {_norm(_text(v)) for v in rows[i]} & set(required)), filled[0] if filled else None)
        if start is None:
            problems.append(f"{name} is empty: expected a header row and at least one row")
            self.header: list[str] = []
            self.records: list[tuple[int, dict[str, Any]]] = []
            return
        header = []
        seen: set[str] = set()
        for i, raw in enumerate(rows[start], start=1):
            norm = _norm(_text(raw))
            if not norm:
                header.append("")
                continue
            if norm not in allowed:
                problems.append(f"{name} row {start + 1}, column {i}: unknown column {_text(raw)!r}"
                                f"{suggest(norm, allowed)}")
                norm = ""
            elif norm in seen:
                problems.append(f"{name} row {start + 1}, column {i}: column {norm!r} appears twice")
                norm = ""
            seen.add(norm)
            header.append(norm)
        for column in required:
            if column not in seen:
                problems.append(f"{name}: the column {column!r} is missing")
        self.header = header
        self.records = []
        for number, row in enumerate(rows[start + 1:], start=start + 2):
            if not row or all(_blank(v) for v in row):
                continue
            self.records.append((number, {h: (row[i] if i < len(row) else None)
                                          for i, h in enumerate(header) if h}))
        if not self.records:
            problems.append(f"{name} has a header but no rows")

    def has(self, column: str) -> bool:
        return column in self.header

    def due(self, column: str, message: str) -> str | None:
        """The message for a blank cell of a required column; None when the whole column is
        missing (that is reported once, not on every row)."""
        return message if self.has(column) else None


def _cell(fields: Mapping[str, Any], column: str, convert: Any, where: str,
          problems: list[str], missing: str | None = None) -> Any:
    """The converted cell, or None when blank (a problem when ``missing`` says what was due)."""
    raw = fields.get(column)
    if _blank(raw):
        if missing is not None:
            problems.append(f"{where}, column {column!r}: {missing}")
        return None
    try:
        return convert(raw)
    except _CellError as exc:
        problems.append(f"{where}, column {column!r}: {exc}")
        return None


def _rows_text(numbers: Sequence[int]) -> str:
    """``"row 4"`` or ``"rows 3, 5, 9"`` (the first eight)."""
    shown = ", ".join(str(n) for n in numbers[:8])
    return ("row " if len(numbers) == 1 else "rows ") + shown + (", ..." if len(numbers) > 8 else "")


def _parse_cadres(table: _Table, problems: list[str], assumptions: list[str]
                  ) -> tuple[list[tuple[int, dict[str, Any]]], int | None]:
    values: list[tuple[int, dict[str, Any]]] = []
    years: list[tuple[int, int]] = []
    blanks: dict[str, list[int]] = {}
    if len(table.records) > MAX_CADRE_ROWS:
        problems.append(f"{table.name}: more than {MAX_CADRE_ROWS:,} rows")
        return [], None
    for number, fields in table.records:
        where = f"{table.name} row {number}"
        before = len(problems)
        v: dict[str, Any] = {}
        v["cadre"] = _cell(fields, "cadre", _label, where, problems, table.due("cadre", "the cadre is missing"))
        v["name"] = _cell(fields, "name", _label, where, problems) or ""
        v["area"] = _cell(fields, "area", _label, where, problems) or ""
        year = _cell(fields, "year", _year, where, problems, table.due(
            "year", "the year is missing (expected the year the stock was counted, such as 2026)"))
        v["stock"] = _cell(fields, "stock", _count, where, problems, table.due("stock", "the stock is missing"))
        for column in _FLOW_COLUMNS:
            v[column] = _cell(fields, column, _rate if column in _RATE_COLUMNS else _count, where, problems)
        for column in _FLOW_COLUMNS:
            if v[column] is None:
                if table.has(column) and not (column == "transfer" and _blank(fields.get("transfer_to"))):
                    blanks.setdefault(column, []).append(number)
                v[column] = 0.0
        v["transfer_to"] = _cell(fields, "transfer_to", _label, where, problems) or ""
        v["need_density"] = _cell(fields, "need_density", _density, where, problems)
        v["need_number"] = _cell(fields, "need_number", _count, where, problems)
        if v["need_density"] is not None and v["need_number"] is not None:
            problems.append(f"{where}, column 'need_number': the need is also given as need_density; "
                            "give one of the two")
        if v["transfer"] and not v["transfer_to"]:
            problems.append(f"{where}, column 'transfer_to': a transfer rate is given but not the "
                            "area the workers move to")
        if year is not None:
            years.append((number, year))
        if len(problems) == before and v["cadre"] is not None and v["stock"] is not None:
            values.append((number, v))
    for column, numbers in sorted(blanks.items(), key=lambda kv: _FLOW_COLUMNS.index(kv[0])):
        assumptions.append(f"{table.name} column {column!r}: blank on {_rows_text(numbers)}, "
                           "taken as 0")
    for column in _FLOW_COLUMNS:
        if not table.has(column) and column != "transfer":
            assumptions.append(f"{table.name}: no column {column!r}, taken as 0 for every cadre")
    start = None
    if years:
        counts = Counter(y for _, y in years)
        start = counts.most_common(1)[0][0]
        for number, y in years:
            if y != start:
                problems.append(f"{table.name} row {number}, column 'year': {y}, but the other rows "
                                f"count the stock in {start}; a baseline has one start year")
    return values, start


def _parse_population(table: _Table, start: int | None, problems: list[str], assumptions: list[str],
                      named: set[str]) -> list[tuple[str, Population]]:
    """The populations that are sound; ``named`` receives every area the table names."""
    by_area: dict[str, list[tuple[int, int, float, float | None]]] = {}
    ignored: list[int] = []
    for number, fields in table.records:
        where = f"{table.name} row {number}"
        before = len(problems)
        area = _cell(fields, "area", _label, where, problems) or ""
        named.add(area)
        year = _cell(fields, "year", _year, where, problems, table.due("year", "the year is missing"))
        size = _cell(fields, "population", _count, where, problems,
                     table.due("population", "the population is missing"))
        growth = _cell(fields, "growth", _growth, where, problems)
        if size is not None and size <= 0:
            problems.append(f"{where}, column 'population': must be above 0, got {size:g}")
        if len(problems) > before or year is None or size is None:
            continue
        if start is not None and year < start:
            ignored.append(number)
            continue
        rows = by_area.setdefault(area, [])
        for other, y, _, _ in rows:
            if y == year:
                problems.append(f"{where}, column 'year': {year} is given twice for "
                                f"{_area_name(area)} (also on row {other})")
                break
        else:
            rows.append((number, year, size, growth))
    if ignored:
        assumptions.append(f"{table.name}: {_rows_text(ignored)} before the start year {start} "
                           "not used")
    if start is None:
        return []
    out = []
    for area, rows in by_area.items():
        rows.sort(key=lambda r: r[1])
        if rows[0][1] != start:
            problems.append(f"{table.name}: {_area_name(area)} has no row for {start}, the year of "
                            f"the stock counts (its first year is {rows[0][1]}, row {rows[0][0]})")
            continue
        gap = False
        for (_, a, _, _), (number, b, _, _) in itertools.pairwise(rows):
            if b != a + 1:
                missing = ", ".join(str(y) for y in range(a + 1, b))
                problems.append(f"{table.name} row {number}, column 'year': {b} follows {a} for "
                                f"{_area_name(area)}; missing {missing}")
                gap = True
        if gap:
            continue
        last_number, _, last_size, growth = rows[-1]
        if growth is None:
            if len(rows) >= 2:
                growth = last_size / rows[-2][2] - 1.0
                assumptions.append(f"{table.name} row {last_number}: no growth for {_area_name(area)}"
                                   f"; the growth of its last two years ({growth:.2%}) continues")
            else:
                growth = 0.0
                assumptions.append(f"{table.name} row {last_number}: no growth for "
                                   f"{_area_name(area)}, taken as 0")
        if not -MAX_GROWTH <= growth <= MAX_GROWTH:
            problems.append(f"{table.name} row {last_number}: growth {growth:.2%} is outside "
                            f"{-MAX_GROWTH:.0%} to {MAX_GROWTH:.0%}")
            continue
        figures = {y: s for _, y, s, _ in rows[1:]}
        out.append((area, Population(rows[0][2], growth, area, figures)))
    return out


def _area_name(area: str) -> str:
    return f"area {area!r}" if area else "the whole country"


def _parse_combined(table: _Table, problems: list[str]) -> list[CombinedNeed]:
    out = []
    for number, fields in table.records:
        where = f"{table.name} row {number}"
        before = len(problems)
        ident = _cell(fields, "id", _label, where, problems, "the id is missing")
        name = _cell(fields, "name", _label, where, problems) or ""
        cadres = _cell(fields, "cadres", lambda v: tuple(c.strip() for c in re.split(r"[+;,]", _text(v))
                                                         if c.strip()),
                       where, problems, "list the cadres it counts, such as doctors+nurses+midwives")
        density = _cell(fields, "density", _density, where, problems, "the density is missing")
        source = _cell(fields, "source", lambda v: _text(v).strip()[:500], where, problems) or ""
        if len(problems) > before:
            continue
        try:
            out.append(CombinedNeed(ident, density, cadres, name, source))
        except MCDAError as exc:
            problems.append(f"{where}: {exc}")
    return out


def parse_baseline(
    cadre_rows: Sequence[Sequence[Any]],
    population_rows: Sequence[Sequence[Any]],
    combined_rows: Sequence[Sequence[Any]] | None = None,
    *,
    cadres_name: str = "cadres",
    population_name: str = "population",
    combined_name: str = "combined_needs",
    horizon: int | None = None,
    source: str = "",
) -> ImportedBaseline:
    """Validate table rows (header first) into a baseline, all or nothing.

    Parameters
    ----------
    cadre_rows, population_rows:
        The cadres table (:data:`CADRE_COLUMNS`) and the population table
        (:data:`POPULATION_COLUMNS`).
    combined_rows:
        The optional combined-needs table (:data:`COMBINED_COLUMNS`).
    cadres_name, population_name, combined_name:
        How messages name the tables (a file or sheet name).
    horizon:
        The baseline's horizon (default: 10 years after the start year).
    source:
        Names the import in the summary message.

    Raises
    ------
    FileFormatError
        Listing every problem (``problems``), each with its table, row and column.
    """
    problems: list[str] = []
    assumptions: list[str] = []
    cadres = _Table(cadre_rows, cadres_name, CADRE_COLUMNS, CADRE_REQUIRED, problems)
    population = _Table(population_rows, population_name, POPULATION_COLUMNS, POPULATION_REQUIRED,
                        problems)
    combined = None if combined_rows is None else _Table(
        combined_rows, combined_name, COMBINED_COLUMNS, COMBINED_REQUIRED, problems)
    values, start = _parse_cadres(cadres, problems, assumptions)
    named: set[str] = set()
    pops = _parse_population(population, start, problems, assumptions, named)
    needs = [] if combined is None else _parse_combined(combined, problems)
    pop_areas = [a for a, _ in pops]
    named_areas = sorted(named)
    if pop_areas and "" in pop_areas and len(pop_areas) > 1:
        problems.append(f"{population.name}: give the population either for the whole country "
                        "(area blank) or per area, not both")
    rows: list[CadreBaseline] = []
    seen: dict[tuple[str, str], int] = {}
    for number, v in values:
        where = f"{cadres.name} row {number}"
        key = (v["cadre"], v["area"])
        if key in seen:
            problems.append(f"{where}: {v['cadre']} in {_area_name(v['area'])} is already on row "
                            f"{seen[key]}")
            continue
        seen[key] = number
        if v["area"] and named_areas and "" not in named_areas and v["area"] not in named_areas:
            problems.append(f"{where}, column 'area': no population for area {v['area']!r} in "
                            f"{population.name}{suggest(v['area'], named_areas)}")
            continue
        try:
            rows.append(CadreBaseline(**v))
        except MCDAError as exc:
            problems.append(f"{where}: {exc}")
    _check_links(rows, seen, needs, cadres.name, combined, problems)
    label = source or cadres.name
    if problems:
        raise FileFormatError(_summary(label, problems), problems)
    try:
        baseline = WorkforceBaseline(start, tuple(rows), tuple(p for _, p in pops),  # type: ignore[arg-type]
                                     tuple(needs), horizon)
    except MCDAError as exc:
        raise FileFormatError(_summary(label, [str(exc)]), [str(exc)]) from None
    return ImportedBaseline(baseline, tuple(assumptions), source)


def _check_links(rows: Sequence[CadreBaseline], seen: Mapping[tuple[str, str], int],
                 needs: Sequence[CombinedNeed], cadres_name: str, combined: _Table | None,
                 problems: list[str]) -> None:
    """What links rows together, named by row: transfers to an area the cadre has, a cadre
    national or split (not both), one name per cadre, combined needs of known cadres."""
    areas: dict[str, dict[str, int]] = {}
    for (cadre, area), number in seen.items():
        areas.setdefault(cadre, {})[area] = number
    for cadre, its in areas.items():
        if "" in its and len(its) > 1:
            others = ", ".join(str(n) for a, n in its.items() if a)
            problems.append(f"{cadres_name} row {its['']}, column 'area': {cadre} has a national row "
                            f"(area blank) and area rows ({others}); give one or the other")
    names: dict[str, tuple[str, int]] = {}
    for c in rows:
        number = seen[c.key]
        where = f"{cadres_name} row {number}"
        if c.transfer_to and c.transfer_to not in areas.get(c.cadre, {}):
            known = [a for a in areas.get(c.cadre, {}) if a]
            problems.append(f"{where}, column 'transfer_to': {c.cadre} has no row for area "
                            f"{c.transfer_to!r}{suggest(c.transfer_to, known)}")
        first = names.setdefault(c.cadre, (c.name, number))
        if first[0] != c.name:
            problems.append(f"{where}, column 'name': {c.cadre} is named {c.name!r} here but "
                            f"{first[0]!r} on row {first[1]}")
    if combined is not None:
        numbers = [n for n, _ in combined.records]
        for need in needs:
            number = next((n for n, f in combined.records if _text(f.get("id")).strip() == need.id),
                          numbers[0] if numbers else 0)
            for cadre in need.cadres:
                if cadre not in areas:
                    problems.append(f"{combined.name} row {number}, column 'cadres': unknown cadre "
                                    f"{cadre!r}{suggest(cadre, areas)}")


# ---------------------------------------------------------------- reading files
def read_baseline_csv(cadres_path: str | Path, population_path: str | Path,
                      combined_path: str | Path | None = None, *, encoding: str | None = None,
                      horizon: int | None = None) -> ImportedBaseline:
    """Read a baseline from two CSV files (and an optional combined-needs CSV).

    Raises
    ------
    FileFormatError
        For an unreadable file (:class:`~exports.safe_csv.NotUtf8Error` when it is not UTF-8 and
        no encoding is confirmed) or any problem in the tables, all listed.
    """
    paths = [Path(p) for p in (cadres_path, population_path, combined_path) if p is not None]
    rows = [read_csv_rows(p, encoding, keep_blank_rows=True) for p in paths]
    return parse_baseline(
        rows[0], rows[1], rows[2] if len(rows) > 2 else None,
        cadres_name=paths[0].name, population_name=paths[1].name,
        combined_name=paths[2].name if len(paths) > 2 else COMBINED_SHEET,
        horizon=horizon, source=" and ".join(p.name for p in paths))


def read_baseline_xlsx(path: str | Path, *, horizon: int | None = None) -> ImportedBaseline:
    """Read a baseline from a workbook with the sheets ``cadres`` and ``population`` (and
    optionally ``combined_needs``), after the workbook safety checks of
    :func:`~exports.safe_xlsx.check_xlsx`; a formula in these sheets is refused."""
    p = Path(path)
    cadres = read_sheet_rows(p, CADRES_SHEET)
    population = read_sheet_rows(p, POPULATION_SHEET)
    try:
        combined: list[list[Any]] | None = read_sheet_rows(p, COMBINED_SHEET)
    except FileFormatError as exc:
        if "has no sheet" not in exc.message:
            raise
        combined = None
    return parse_baseline(
        cadres, population, combined,
        cadres_name=f"{p.name} sheet {CADRES_SHEET!r}",
        population_name=f"{p.name} sheet {POPULATION_SHEET!r}",
        combined_name=f"{p.name} sheet {COMBINED_SHEET!r}", horizon=horizon, source=p.name)


# ---------------------------------------------------------------- writing
def baseline_tables(baseline: WorkforceBaseline) -> dict[str, list[list[Any]]]:
    """The baseline as the three tables Palabre reads (header first), keyed by sheet name.

    The population table has the start year's row, then one row per figure; the growth is on
    each area's last row. The combined-needs table is left out when there is none.
    """
    cadres: list[list[Any]] = [list(CADRE_COLUMNS)]
    for c in baseline.cadres:
        cadres.append([c.cadre, c.name, c.area, baseline.start_year, c.stock, c.graduates,
                       c.attrition, c.retirement, c.emigration, c.immigration, c.transfer,
                       c.transfer_to, c.need_density, c.need_number])
    population: list[list[Any]] = [list(POPULATION_COLUMNS)]
    for p in baseline.population:
        years = [(baseline.start_year, p.size), *sorted(p.figures.items())]
        for i, (year, size) in enumerate(years):
            population.append([p.area, year, size, p.growth if i == len(years) - 1 else None])
    out = {CADRES_SHEET: cadres, POPULATION_SHEET: population}
    if baseline.combined:
        rows: list[list[Any]] = [list(COMBINED_COLUMNS)]
        for n in baseline.combined:
            rows.append([n.id, n.name, "+".join(n.cadres), n.density, n.source])
        out[COMBINED_SHEET] = rows
    return out


def _r(x: float | None, digits: int = 2) -> float | None:
    return None if x is None else round(x, digits)


def _column(values: np.ndarray, digits: int) -> list[Any]:
    """Rounded numbers as Python floats, None where NaN (no need, no known population)."""
    rounded = np.round(values, digits)
    return np.where(np.isnan(rounded), None, rounded).ravel().tolist()


def projection_table(scenarios: Sequence[Scenario], projections: Mapping[str, Projection]
                     ) -> list[list[Any]]:
    """The long projection table (:data:`PROJECTION_COLUMNS`), header first.

    One row per scenario, line (a cadre in an area, a cadre's national total, a combined need)
    and year, in the order of :meth:`~mcda.workforce.projection.Projection.rows`. Numbers are
    rounded to 2 decimals (density to 4, population to whole people); blank where there is
    no need or no known population.

    Parameters
    ----------
    scenarios:
        The scenarios, in the order to write them.
    projections:
        Their projections keyed by :attr:`~mcda.workforce.scenarios.Scenario.key`.
    """
    table: list[list[Any]] = [list(PROJECTION_COLUMNS)]
    for s in scenarios:
        p = projections[s.key]
        layout = p.layout
        n_years = len(layout.years)
        stock = p.stock
        need = np.asarray(layout.need)
        pop = np.asarray(layout.population)
        with np.errstate(divide="ignore", invalid="ignore"):
            density = np.where(pop > 0, stock[1] * 1000.0 / pop, np.nan)
        columns = [
            _column(pop, 0), _column(stock[1], 2), _column(stock[0], 2), _column(stock[2], 2),
            _column(need, 2), _column(need - stock[1], 2), _column(need - stock[0], 2),
            _column(need - stock[2], 2), _column(p.shortage[1], 2), _column(density, 4),
        ]
        names = {spec.cadre: layout.baseline.cadre_name(spec.cadre) for spec in layout.rows}
        heads = [[s.kind.value, s.id, s.name, spec.cadre, names[spec.cadre], spec.area, spec.kind]
                 for spec in layout.rows]
        years = list(layout.years)
        for i, values in enumerate(zip(*columns, strict=True)):
            table.append([*heads[i // n_years], years[i % n_years], *values])
    return table


def gap_table(scenarios: Sequence[Scenario], gaps: Mapping[str, GapClosed]) -> list[list[Any]]:
    """The gap-closed table (:data:`GAP_COLUMNS`), header first; scenarios without a result
    (the baseline) are left out."""
    table: list[list[Any]] = [list(GAP_COLUMNS)]
    for s in scenarios:
        g = gaps.get(s.key)
        if g is None:
            continue
        table.append([s.kind.value, s.id, s.name, g.target, g.year, _r(g.baseline_gap),
                      _r(g.central), _r(g.low), _r(g.high), _r(g.share, 4)])
    return table


def baseline_workbook_bytes(baseline: WorkforceBaseline) -> bytes:
    """The baseline as a workbook Palabre reads back (sheets ``cadres``, ``population`` and, if
    any, ``combined_needs``); also a template for ministries to fill in."""
    return tables_workbook_bytes(list(baseline_tables(baseline).items()))


def write_baseline_xlsx(baseline: WorkforceBaseline, path: str | Path) -> None:
    """Write :func:`baseline_workbook_bytes` atomically."""
    write_atomic(path, baseline_workbook_bytes(baseline), keep_backup=False)


def write_baseline_csv(baseline: WorkforceBaseline, cadres_path: str | Path,
                       population_path: str | Path, combined_path: str | Path | None = None, *,
                       separator: str = ",") -> None:
    """Write the baseline as CSV files (UTF-8 with BOM, formula-like text neutralised)."""
    tables = baseline_tables(baseline)
    write_atomic(cadres_path, csv_bytes(tables[CADRES_SHEET], separator=separator), keep_backup=False)
    write_atomic(population_path, csv_bytes(tables[POPULATION_SHEET], separator=separator),
                 keep_backup=False)
    if combined_path is not None:
        rows = tables.get(COMBINED_SHEET, [list(COMBINED_COLUMNS)])
        write_atomic(combined_path, csv_bytes(rows, separator=separator), keep_backup=False)


def projection_workbook_bytes(scenarios: Sequence[Scenario], projections: Mapping[str, Projection],
                              gaps: Mapping[str, GapClosed] | None = None) -> bytes:
    """A workbook with the projection table, the gap closed (when given) and the baseline it
    ran on (sheets ``projection``, ``gap_closed``, ``cadres``, ``population``, ...)."""
    sheets = {PROJECTION_SHEET: projection_table(scenarios, projections)}
    if gaps:
        sheets[GAP_SHEET] = gap_table(scenarios, gaps)
    first = projections[scenarios[0].key]
    sheets.update(baseline_tables(first.layout.baseline))
    return tables_workbook_bytes(list(sheets.items()))


def write_projection_xlsx(path: str | Path, scenarios: Sequence[Scenario],
                          projections: Mapping[str, Projection],
                          gaps: Mapping[str, GapClosed] | None = None) -> None:
    """Write :func:`projection_workbook_bytes` atomically."""
    write_atomic(path, projection_workbook_bytes(scenarios, projections, gaps), keep_backup=False)


def write_projection_csv(path: str | Path, scenarios: Sequence[Scenario],
                         projections: Mapping[str, Projection], *,
                         gaps: Mapping[str, GapClosed] | None = None,
                         gaps_path: str | Path | None = None, separator: str = ",") -> None:
    """Write the projection table as CSV, and the gap-closed table to ``gaps_path`` if given."""
    write_atomic(path, csv_bytes(projection_table(scenarios, projections), separator=separator),
                 keep_backup=False)
    if gaps_path is not None:
        write_atomic(gaps_path, csv_bytes(gap_table(scenarios, gaps or {}), separator=separator),
                     keep_backup=False)
