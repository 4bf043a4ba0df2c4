"""CSV read as text, encoding and separator detected, never guessed silently; CSV written safely.

Spreadsheet users send CSV files in many shapes: UTF-8 with a byte-order mark (Excel's "CSV
UTF-8"), plain UTF-8, Windows-1252 from an older Excel in French or Portuguese, ``;`` as the
separator where the decimal mark is a comma. Reading one with the wrong encoding silently turns
"Ministère" into "MinistÃ¨re"; letting a library convert values turns ``NA`` into a missing value
and ``007`` into 7. So here:

- every value is returned as the text written in the file (no type conversion at all);
- UTF-8, with or without BOM, is read directly; anything else raises :class:`NotUtf8Error`,
  which names the likely legacy encoding so that the caller can ask the user, and
  ``read_csv_rows(path, encoding=...)`` then reads it with the confirmed encoding;
- the separator is ``,`` or ``;``, chosen on the header line;
- the size is limited (:data:`MAX_CSV_BYTES`), and an empty file is refused with a message.
"""

from __future__ import annotations

import codecs
import csv
import io
import logging
from collections.abc import Iterable, Sequence
from pathlib import Path

from exports.safe_xlsx import original_cell_text, safe_cell_text
from palabre.errors import FileFormatError

log = logging.getLogger(__name__)

MAX_CSV_BYTES = 20 * 1024 * 1024
"""Largest CSV file accepted (a stakeholder table of 5,000 rows is well under 2 MB)."""
MAX_FIELD_CHARS = 100_000
"""Longest single value (the same limit as a note in a dialogue)."""
SEPARATORS = (",", ";")

_BOM_UTF8 = codecs.BOM_UTF8


class NotUtf8Error(FileFormatError):
    """The file is not UTF-8; ``likely_encoding`` is the legacy encoding it probably uses.

    Attributes
    ----------
    likely_encoding:
        A Python codec name (``"cp1252"`` or ``"latin-1"``) to propose to the user.
    preview:
        The first line that failed, decoded with ``likely_encoding``, so the user can check that
        accented letters look right before confirming.
    """

    def __init__(self, message: str, likely_encoding: str, preview: str) -> None:
        super().__init__(message)
        self.likely_encoding = likely_encoding
        self.preview = preview


_ENCODING_NAMES = {
    "cp1252": "Windows-1252 (cp1252, Western European, as saved by older Excel on Windows)",
    "latin-1": "ISO-8859-1 (latin-1)",
}


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except IsADirectoryError:
        raise FileFormatError(f"{path.name or path} is a folder, not a CSV file") from None
    except OSError as exc:
        raise FileFormatError(f"cannot read {path.name or path}: {exc.strerror or exc}") from None
    if len(data) > max_bytes:
        raise FileFormatError(
            f"{path.name} is larger than {max_bytes / 2**20:.0f} MB, "
            "the most Palabre reads from a CSV file"
        )
    return data


def _guess_legacy(data: bytes) -> str:
    """cp1252 when the bytes decode with it (it is latin-1 plus curly quotes, the euro sign and
    dashes in 0x80-0x9F, and far more common in files from Windows); latin-1 otherwise."""
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return "latin-1"
    return "cp1252"


def _line_of(data: bytes, offset: int) -> tuple[int, bytes]:
    line_no = data.count(b"\n", 0, offset) + 1
    start = data.rfind(b"\n", 0, offset) + 1
    end = data.find(b"\n", offset)
    return line_no, data[start : end if end != -1 else len(data)].rstrip(b"\r")


def decode_text(data: bytes, name: str, encoding: str | None = None) -> str:
    """Bytes of a text file as a string: UTF-8 (BOM or not) unless an encoding is confirmed.

    Raises
    ------
    NotUtf8Error
        If ``encoding`` is None and the bytes are not UTF-8.
    FileFormatError
        If the bytes look binary, are UTF-16, or do not decode with the confirmed encoding.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise FileFormatError(
            f"{name} is saved as UTF-16 (Excel's 'Unicode text'); "
            "save it as 'CSV UTF-8' and try again"
        )
    if data.startswith(b"PK\x03\x04"):
        raise FileFormatError(f"{name} is a zip archive (an Excel workbook?), not a CSV file")
    if b"\x00" in data:
        raise FileFormatError(f"{name} holds binary data, not CSV text")
    if encoding is not None:
        try:
            codec = codecs.lookup(encoding).name
        except LookupError:
            raise FileFormatError(f"unknown text encoding {encoding!r}") from None
        if codec == "utf-8":
            codec = "utf-8-sig"
        try:
            return data.decode(codec)
        except UnicodeDecodeError as exc:
            line_no, _ = _line_of(data, exc.start)
            raise FileFormatError(
                f"{name}, line {line_no}: byte 0x{data[exc.start]:02X} is not valid in {encoding}"
            ) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        guess = _guess_legacy(data)
        line_no, line = _line_of(data, exc.start)
        preview = line.decode(guess, errors="replace")[:120]
        raise NotUtf8Error(
            f"{name} is not UTF-8 text (byte 0x{data[exc.start]:02X} on line {line_no}); "
            f"it is probably {_ENCODING_NAMES[guess]}. Confirm that encoding to read it "
            f"(line {line_no} would read: {preview!r}), or save the file as 'CSV UTF-8'",
            likely_encoding=guess,
            preview=preview,
        ) from None


def detect_separator(text: str) -> str:
    """``;`` or ``,``: the one that splits the header line into more fields (``,`` on a tie).

    Counting on the header line, quote-aware, is more reliable than :class:`csv.Sniffer` on
    tables whose values contain decimal commas or free text; headers hold neither.
    """
    header = ""
    for line in text.splitlines():
        if line.strip():
            header = line
            break
    best, best_fields = ",", 0
    for sep in SEPARATORS:
        try:
            fields = next(csv.reader([header], delimiter=sep), [])
        except csv.Error:
            continue
        if len(fields) > best_fields:
            best, best_fields = sep, len(fields)
    return best


def read_csv_rows(
    path: str | Path,
    encoding: str | None = None,
    *,
    max_bytes: int = MAX_CSV_BYTES,
    keep_blank_rows: bool = False,
) -> list[list[str]]:
    """The rows of a CSV file as lists of text, exactly as written.

    Parameters
    ----------
    path:
        The CSV file.
    encoding:
        None to accept UTF-8 only (with or without BOM); a codec name such as ``"cp1252"`` once
        the user has confirmed a legacy encoding proposed by :class:`NotUtf8Error`.
    max_bytes:
        Refuse larger files.
    keep_blank_rows:
        Keep blank rows between other rows (as ``[]``), so that ``rows[i]`` is row ``i + 1`` of
        the table as a spreadsheet numbers it; blank rows at the end are always dropped.

    Returns
    -------
    list of list of str
        The header first. Values are never converted (``NA``, ``007`` and ``-1`` stay text);
        surrounding spaces are kept; fully blank rows are left out unless ``keep_blank_rows``.

    Raises
    ------
    NotUtf8Error
        If no encoding is given and the file is not UTF-8; its ``likely_encoding`` says which
        legacy encoding to propose.
    FileFormatError
        If the file is missing, empty, too large, binary, or malformed (an unclosed quote, a
        value longer than :data:`MAX_FIELD_CHARS`), naming the line.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "t.csv"
    >>> _ = p.write_bytes("id;code\\nMoH;007\\nNA;-1\\n".encode("utf-8-sig"))
    >>> read_csv_rows(p)
    [['id', 'code'], ['MoH', '007'], ['NA', '-1']]
    """
    p = Path(path)
    name = p.name or str(p)
    data = _read_bytes(p, max_bytes)
    text = decode_text(data, name, encoding)
    if not text.strip():
        raise FileFormatError(f"{name} is empty: expected a header line and at least one row")
    sep = detect_separator(text)
    rows: list[list[str]] = []
    previous = csv.field_size_limit()
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sep, strict=True)
    try:
        csv.field_size_limit(MAX_FIELD_CHARS)
        for row in reader:
            if row and any(cell.strip() for cell in row):
                rows.append(row)
            elif keep_blank_rows:
                rows.append([])
    except csv.Error as exc:
        raise FileFormatError(f"{name}, line {reader.line_num}: {exc}") from None
    finally:
        csv.field_size_limit(previous)
    while rows and not rows[-1]:
        rows.pop()
    if not rows:
        raise FileFormatError(f"{name} is empty: expected a header line and at least one row")
    log.debug("read %d rows from %s (separator %r)", len(rows), name, sep)
    return rows


def csv_bytes(rows: Iterable[Sequence[object]], *, separator: str = ",") -> bytes:
    """CSV text, UTF-8 with BOM (so that Excel shows accented letters), every text cell made safe.

    ``str`` values pass through :func:`~exports.safe_xlsx.safe_cell_text` (a leading ``=``,
    ``+``, ``-``, ``@``, tab or carriage return gets an apostrophe); numbers and booleans are
    written as they are (``-1`` stays ``-1``); None is an empty cell. Read back with
    :func:`read_csv_rows` and :func:`~exports.safe_xlsx.original_cell_text`.
    """
    if separator not in SEPARATORS:
        raise ValueError(f"separator must be one of {SEPARATORS}")
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=separator, lineterminator="\r\n")
    for row in rows:
        writer.writerow([_cell(v) for v in row])
    return _BOM_UTF8 + out.getvalue().encode("utf-8")


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value) if isinstance(value, float) else str(value)
    return safe_cell_text(value)


__all__ = [
    "MAX_CSV_BYTES",
    "NotUtf8Error",
    "csv_bytes",
    "decode_text",
    "detect_separator",
    "original_cell_text",
    "read_csv_rows",
]
