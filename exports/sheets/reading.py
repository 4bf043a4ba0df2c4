"""Reading the cells of a returned scoring workbook, safely and only where answers can be.

:func:`exports.safe_xlsx.check_xlsx` runs first (size, zip bomb, XML entities); the workbook is
then opened once, read-only, with formulas kept as formulas so that a formula is seen and refused
rather than replaced by a value cached by whoever saved it. Only the hidden record and the region
of each sheet that the record names are read, so a sheet with a million cells typed at its far
end costs nothing.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from exports.safe_xlsx import check_xlsx
from exports.sheets.layout import HIDDEN_SHEET, MAX_LAYOUT_ROWS, SheetLayout, parse_layout
from palabre.errors import FileFormatError

MAX_ROW = 25_000
"""Last row a record may name (AHP pairs of 200 criteria in two groups fit)."""
MAX_COLUMN = 250
"""Last column a record may name (more than the 200 criteria a dialogue may hold)."""
_REF = re.compile(r"^([A-Z]{1,3})([0-9]+)$")


@dataclass(frozen=True)
class Cell:
    """A cell's value as stored, and whether it holds a formula."""

    value: Any
    formula: bool = False


@dataclass
class ReturnedWorkbook:
    """The hidden record of a returned workbook and the cells it names, by sheet and reference."""

    layout: SheetLayout
    sheetnames: list[str]
    cells: dict[str, dict[str, Cell]] = field(default_factory=dict)

    def cell(self, sheet: str, ref: str) -> Cell:
        """The cell ``sheet!ref`` (an empty cell when blank or beyond the sheet's end)."""
        return self.cells.get(sheet, {}).get(ref, Cell(None))


def split_ref(ref: str) -> tuple[int, int]:
    """``"C7"`` as (row 7, column 3)."""
    from openpyxl.utils import column_index_from_string

    match = _REF.match(ref)
    if not match:
        raise FileFormatError(f"{ref!r} is not a cell reference")
    return int(match.group(2)), column_index_from_string(match.group(1))


def read_returned(path: Path) -> ReturnedWorkbook:
    """Check and open a returned workbook, read its hidden record and the cells it names.

    Raises
    ------
    FileFormatError
        If the file is not a workbook, too large, hostile, unreadable, has no hidden record, or
        its record names cells beyond :data:`MAX_ROW` x :data:`MAX_COLUMN`.
    """
    check_xlsx(path)
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=False)
    except Exception as exc:  # openpyxl raises many kinds (KeyError, XML errors, defusedxml's)
        raise _unreadable(path, exc) from None
    try:
        if HIDDEN_SHEET not in workbook.sheetnames:
            raise FileFormatError(
                f"{path.name} is not a Palabre scoring sheet: it has no hidden sheet "
                f"{HIDDEN_SHEET!r} naming the participant and the dialogue"
            )
        rows = _hidden_rows(workbook[HIDDEN_SHEET], path.name)
        layout = parse_layout(rows, path.name)
        returned = ReturnedWorkbook(layout, list(workbook.sheetnames))
        for sheet in layout.sheets:
            if sheet not in workbook.sheetnames:
                continue  # reported by the checks, naming the sheet
            refs = [x.cell for x in layout.labels if x.sheet == sheet]
            refs += [x.cell for x in layout.answers if x.sheet == sheet]
            returned.cells[sheet] = _region(workbook[sheet], refs, path.name)
        return returned
    except FileFormatError:
        raise
    except Exception as exc:
        raise _unreadable(path, exc) from None
    finally:
        workbook.close()


def _hidden_rows(ws: Any, name: str) -> list[list[Any]]:
    ws.reset_dimensions()  # never trust a declared <dimension> (see exports.safe_xlsx)
    rows: list[list[Any]] = []
    for r, row in enumerate(ws.iter_rows(max_col=8, values_only=False), start=1):
        if r > MAX_LAYOUT_ROWS + 1:
            raise FileFormatError(f"{name}: the hidden record has more than {MAX_LAYOUT_ROWS:,} rows")
        values = []
        for cell in row:
            if getattr(cell, "data_type", None) == "f":
                raise FileFormatError(f"{name}: {HIDDEN_SHEET}!{_coordinate(cell, r)} holds a formula: "
                                      "the hidden record was edited")
            values.append(cell.value)
        while values and values[-1] is None:
            values.pop()
        rows.append(values)
    while rows and not rows[-1]:
        rows.pop()
    return rows


def _region(ws: Any, refs: list[str], name: str) -> dict[str, Cell]:
    """The cells ``refs`` of one sheet, reading only the rectangle that holds them."""
    wanted = set(refs)
    if not wanted:
        return {}
    places = [split_ref(ref) for ref in wanted]
    max_row = max(r for r, _ in places)
    max_col = max(c for _, c in places)
    if max_row > MAX_ROW or max_col > MAX_COLUMN:
        raise FileFormatError(f"{name}: the hidden record names cells beyond row {MAX_ROW:,} or "
                              f"column {MAX_COLUMN}: it is damaged")
    ws.reset_dimensions()
    out: dict[str, Cell] = {}
    from openpyxl.utils import get_column_letter

    letters = [get_column_letter(c) for c in range(1, max_col + 1)]
    for r, row in enumerate(ws.iter_rows(min_row=1, max_row=max_row, max_col=max_col), start=1):
        for c, cell in enumerate(row, start=1):
            ref = f"{letters[c - 1]}{r}"
            if ref not in wanted:
                continue
            value = cell.value
            formula = getattr(cell, "data_type", None) == "f" or not isinstance(
                value, (str, int, float, bool, _dt.datetime, _dt.date, _dt.time, _dt.timedelta,
                        type(None)))
            out[ref] = Cell(value, formula)
    return out


def _coordinate(cell: Any, row: int) -> str:
    return getattr(cell, "coordinate", None) or f"row {row}"


def _unreadable(path: Path, exc: Exception) -> FileFormatError:
    reason = (str(exc).strip() or type(exc).__name__).splitlines()[0][:200]
    return FileFormatError(f"{path.name} cannot be read as an Excel workbook: {reason}")


__all__ = ["MAX_COLUMN", "MAX_ROW", "Cell", "ReturnedWorkbook", "read_returned", "split_ref"]
