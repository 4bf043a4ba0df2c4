"""Reading Excel workbooks safely, and writing text that a spreadsheet never runs as a formula.

Three dangers, three guards:

- **Zip bombs.** An ``.xlsx`` is a zip archive; a 1 MB file can declare entries that expand to
  gigabytes, and openpyxl does not check. :func:`check_xlsx` reads only the zip's central
  directory and refuses a file whose entry count or total uncompressed size is above a limit,
  before openpyxl opens it. Checking the *declared* sizes is enough: Python's :mod:`zipfile`
  (which openpyxl reads through) never returns more bytes than an entry declares, and a lying
  entry fails its CRC check.
- **XML tricks** (entity expansion, "billion laughs", external entities). openpyxl parses its XML
  with :mod:`defusedxml` whenever defusedxml is installed and the environment variable
  ``OPENPYXL_DEFUSEDXML`` is not set to something other than ``"True"`` (``openpyxl.DEFUSEDXML``
  tells which). Palabre depends on defusedxml, and :func:`check_xlsx` also refuses a workbook if
  that protection is off, or if any XML part declares a DTD (``<!DOCTYPE`` or ``<!ENTITY``),
  which no genuine Excel file does; so we do not rely on the system's expat either.
- **Formulas.** A cell read from a participant's workbook could hold a formula
  (``=HYPERLINK(...)``, ``=WEBSERVICE(...)``); Palabre never evaluates one, and
  :func:`read_sheet_rows` refuses the sheet, naming each such cell. When writing, text that starts
  with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is turned into a live formula by
  openpyxl and pandas (and by Excel on a CSV), which is "CSV/formula injection" (OWASP). See
  :func:`write_text_cell` and :func:`safe_cell_text`.
"""

from __future__ import annotations

import logging
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from palabre.errors import FileFormatError

log = logging.getLogger(__name__)

MAX_XLSX_BYTES = 20 * 1024 * 1024
"""Largest workbook file accepted (a Palabre workbook is a few hundred kilobytes)."""
MAX_ZIP_ENTRIES = 2_000
"""Most entries in the archive (a workbook has about ten plus a few per sheet)."""
MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024
"""Largest total size of the archive's entries once expanded."""
MAX_CELLS = 2_000_000
"""Most non-empty cells read from one sheet."""

# What a spreadsheet treats as the start of a formula (OWASP "CSV injection").
DANGEROUS_FIRST = ("=", "+", "-", "@", "\t", "\r")
_DTD_MARKERS = (b"<!DOCTYPE", b"<!ENTITY", b"<!doctype", b"<!entity")
_HEAD_BYTES = 4096  # a DTD can only appear in the prolog, before the first element


def _name(path: Path) -> str:
    return path.name or str(path)


def check_xlsx(path: str | Path) -> None:
    """Refuse a workbook that is not a zip, or would expand beyond the limits, before opening it.

    Parameters
    ----------
    path:
        The ``.xlsx`` file.

    Raises
    ------
    FileFormatError
        If the file is missing, empty, larger than :data:`MAX_XLSX_BYTES`, not a zip archive
        (for example an old ``.xls`` or a CSV renamed), has more than :data:`MAX_ZIP_ENTRIES`
        entries, would expand to more than :data:`MAX_UNCOMPRESSED_BYTES`, has an XML part
        that declares a DTD or entities, or if openpyxl's defusedxml protection is switched off.
    """
    p = Path(path)
    try:
        size = p.stat().st_size
    except OSError as exc:
        raise FileFormatError(f"cannot read {_name(p)}: {exc.strerror or exc}") from None
    if not p.is_file():
        raise FileFormatError(f"{_name(p)} is not a file")
    if size == 0:
        raise FileFormatError(f"{_name(p)} is empty: expected an Excel workbook (.xlsx)")
    if size > MAX_XLSX_BYTES:
        raise FileFormatError(
            f"{_name(p)} is {size / 2**20:.1f} MB; Palabre reads workbooks up to "
            f"{MAX_XLSX_BYTES / 2**20:.0f} MB"
        )
    with p.open("rb") as handle:
        magic = handle.read(8)
    if magic.startswith(b"\xd0\xcf\x11\xe0"):
        raise FileFormatError(
            f"{_name(p)} is an old Excel 97-2003 workbook (.xls); save it as .xlsx and try again"
        )
    if not magic.startswith(b"PK"):
        raise FileFormatError(f"{_name(p)} is not an Excel workbook (.xlsx is a zip archive)")
    try:
        with zipfile.ZipFile(p) as archive:
            infos = archive.infolist()
            if len(infos) > MAX_ZIP_ENTRIES:
                raise FileFormatError(
                    f"{_name(p)} holds {len(infos)} parts; a workbook has at most "
                    f"{MAX_ZIP_ENTRIES}: refused as a possible zip bomb"
                )
            total = sum(info.file_size for info in infos)
            if total > MAX_UNCOMPRESSED_BYTES:
                limit = MAX_UNCOMPRESSED_BYTES / 2**20
                raise FileFormatError(
                    f"{_name(p)} would expand to {total / 2**20:,.0f} MB from "
                    f"{size / 2**20:.1f} MB; refused as a possible zip bomb (limit {limit:.0f} MB)"
                )
            for info in infos:
                if info.filename.endswith((".xml", ".rels", ".vml")):
                    with archive.open(info) as part:
                        head = part.read(_HEAD_BYTES)
                    if any(marker in head for marker in _DTD_MARKERS):
                        raise FileFormatError(
                            f"{_name(p)}: part {info.filename!r} declares a DTD or XML entities, "
                            "which no genuine workbook does; refused as hostile"
                        )
    except zipfile.BadZipFile as exc:
        raise FileFormatError(f"{_name(p)} is a damaged zip archive: {exc}") from None
    except (OSError, RuntimeError, NotImplementedError) as exc:
        # RuntimeError: encrypted entry; NotImplementedError: unsupported compression.
        raise FileFormatError(f"{_name(p)} cannot be read as a workbook: {exc}") from None
    _require_defused_openpyxl()


def _require_defused_openpyxl() -> None:
    import openpyxl

    if not getattr(openpyxl, "DEFUSEDXML", False):
        raise FileFormatError(
            "openpyxl's protection against hostile XML is off (defusedxml missing or "
            "OPENPYXL_DEFUSEDXML set); Palabre will not open workbooks without it"
        )


def read_sheet_rows(path: str | Path, sheet: str | None = None) -> list[list[Any]]:
    """The cell values of one sheet, row by row, after :func:`check_xlsx`.

    The workbook is opened read-only with formulas kept as formulas (``data_only=False``), so that
    a formula is seen and refused rather than replaced by a value cached by whoever saved it.
    Values come back as openpyxl gives them: ``str``, ``int``, ``float``, ``bool``,
    ``datetime`` or ``None`` for an empty cell. Trailing empty cells of each row and trailing
    empty rows are dropped. Text is returned as stored; if it was written with
    :func:`safe_cell_text`, :func:`original_cell_text` gives the original back.

    Parameters
    ----------
    path:
        The ``.xlsx`` file.
    sheet:
        The sheet's name; the first sheet when None.

    Returns
    -------
    list of list
        One list per row, starting with row 1; ``rows[r][c]`` is cell (r + 1, c + 1).

    Raises
    ------
    FileFormatError
        If the file fails :func:`check_xlsx`, cannot be parsed, has no such sheet, holds more
        than :data:`MAX_CELLS` cells, or holds formulas (each formula cell named in
        ``problems`` as ``Sheet!B7``).
    """
    p = Path(path)
    check_xlsx(p)
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(p, read_only=True, data_only=False)
    except FileFormatError:
        raise
    except Exception as exc:  # openpyxl raises many kinds (KeyError, XML errors, defusedxml's)
        raise _unreadable(p, exc) from None
    try:
        if sheet is None:
            if not workbook.worksheets:
                raise FileFormatError(f"{_name(p)} has no sheet")
            ws = workbook.worksheets[0]
        elif sheet in workbook.sheetnames:
            ws = workbook[sheet]
        else:
            names = ", ".join(repr(n) for n in workbook.sheetnames)
            raise FileFormatError(f"{_name(p)} has no sheet {sheet!r} (its sheets: {names})")
        return _rows(p, ws)
    except FileFormatError:
        raise
    except Exception as exc:
        raise _unreadable(p, exc) from None
    finally:
        workbook.close()


def _unreadable(path: Path, exc: Exception) -> FileFormatError:
    reason = (str(exc).strip() or type(exc).__name__).splitlines()[0][:200]
    return FileFormatError(f"{_name(path)} cannot be read as an Excel workbook: {reason}")


def _rows(path: Path, ws: Any) -> list[list[Any]]:
    # Without this, read-only mode trusts the sheet's declared <dimension>, which a hostile
    # file can set to A1:XFD1048576 and so pad every row to 16,384 cells.
    ws.reset_dimensions()
    rows: list[list[Any]] = []
    formulas: list[str] = []
    cells = 0
    for row in ws.iter_rows():
        values: list[Any] = []
        for cell in row:
            value = cell.value
            if value is None:
                values.append(None)
                continue
            cells += 1
            if cells > MAX_CELLS:
                raise FileFormatError(
                    f"{_name(path)}: sheet {ws.title!r} has more than {MAX_CELLS:,} cells"
                )
            if getattr(cell, "data_type", None) == "f":
                formulas.append(f"{ws.title}!{cell.coordinate}")
            values.append(value)
        # After reset_dimensions, iter_rows yields every row from 1, empty ones as ().
        while values and values[-1] is None:
            values.pop()
        rows.append(values)
    if formulas:
        shown = ", ".join(formulas[:10]) + (" ..." if len(formulas) > 10 else "")
        raise FileFormatError(
            f"{_name(path)}: sheet {ws.title!r} holds {len(formulas)} formula cell(s) ({shown}); "
            "Palabre reads values only: replace each formula by its value (Paste special > Values)",
            problems=[f"{c}: a formula, expected a value" for c in formulas],
        )
    while rows and not rows[-1]:
        rows.pop()
    return rows


def _needs_prefix(text: str) -> bool:
    # A leading apostrophe is also escaped when what follows it would need one, so that
    # original_cell_text(safe_cell_text(t)) == t for every text t.
    if not text:
        return False
    if text[0] in DANGEROUS_FIRST:
        return True
    return text[0] == "'" and _needs_prefix(text[1:])


def safe_cell_text(value: object) -> str:
    """Text that a spreadsheet shows as text, never as a formula, whatever writes it.

    Text starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a leading
    apostrophe (the OWASP recommendation against CSV/formula injection); other text is unchanged.
    Use it for CSV files and for any writer that cannot set a cell's type (pandas). Numbers
    should be written as numbers, not through this function: ``-1`` would become ``'-1``.

    For openpyxl, prefer :func:`write_text_cell`, which keeps the exact text: openpyxl decides a
    cell's type when its value is set (a text starting with ``=`` becomes ``data_type == "f"``, a
    live formula); setting ``cell.data_type = "s"`` afterwards stores it as a string, and the
    ``quotePrefix`` style makes Excel keep it text even when the user edits the cell.

    :func:`original_cell_text` undoes this exactly.

    Examples
    --------
    >>> safe_cell_text("=HYPERLINK(\\"http://x\\")")
    '\\'=HYPERLINK("http://x")'
    >>> safe_cell_text("Ministry of Health"), safe_cell_text(3)
    ('Ministry of Health', '3')
    """
    text = "" if value is None else str(value)
    return "'" + text if _needs_prefix(text) else text


def original_cell_text(text: str) -> str:
    """The text :func:`safe_cell_text` was given (other text is returned unchanged).

    Examples
    --------
    >>> original_cell_text(safe_cell_text("+33 1 23")), original_cell_text("'quoted")
    ('+33 1 23', "'quoted")
    """
    if text.startswith("'") and _needs_prefix(text[1:]):
        return text[1:]
    return text


def write_text_cell(cell: Any, value: object) -> None:
    """Put text into an openpyxl cell as a string, never a formula, keeping it exactly.

    The value is set, then ``cell.data_type = "s"`` overrides openpyxl's guess (which makes any
    text starting with ``=`` a formula), and ``cell.quotePrefix = True`` marks it as text for Excel
    and LibreOffice (the same as typing an apostrophe before it). Reading the file back gives the
    original text, with ``data_type == "s"``, except that XML turns a lone carriage return into
    a line feed (``"\\r"`` comes back as ``"\\n"``).

    Parameters
    ----------
    cell:
        An openpyxl cell of a workbook being written (not read-only).
    value:
        The text; None leaves the cell empty.
    """
    if value is None:
        cell.value = None
        return
    text = str(value)
    cell.value = text
    cell.data_type = "s"
    if text and text[0] in DANGEROUS_FIRST:
        cell.quotePrefix = True


def tables_workbook_bytes(sheets: Sequence[tuple[str, Sequence[Sequence[Any]]]]) -> bytes:
    """An .xlsx of plain tables, one sheet each: a bold, frozen header row, text written with
    :func:`write_text_cell` (never a formula), numbers as numbers.

    Parameters
    ----------
    sheets:
        ``(sheet title, rows)`` in order; the first row of each is its header.
    """
    import io

    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    for i, (title, rows) in enumerate(sheets):
        ws = wb.active if i == 0 else wb.create_sheet()
        ws.title = title
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row, start=1):
                cell = ws.cell(row=r, column=c)
                if isinstance(value, str):
                    write_text_cell(cell, value)
                else:
                    cell.value = value
                if r == 1:
                    cell.font = Font(bold=True)
        ws.freeze_panes = "A2"
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()
