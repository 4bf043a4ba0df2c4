"""Scoring sheets for participants: one Excel workbook (and, if asked, one printable PDF) each.

See :mod:`exports.sheets.workbook` for what a workbook holds and how it is protected, and
:mod:`exports.sheets.pdf` for the paper version. :func:`write_sheets` writes them all.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from exports.sheets.layout import structure_fingerprint
from exports.sheets.pdf import render_sheet_pdf, write_sheet_pdf
from exports.sheets.workbook import build_workbook, sheet_file_name, write_workbook
from palabre.errors import PalabreError

if TYPE_CHECKING:
    from dialogue.model import Dialogue


def write_sheets(
    d: Dialogue,
    folder: str | Path,
    participant_ids: Iterable[str] | None = None,
    *,
    pdf: bool = False,
    made: str | None = None,
    prefill: bool = False,
) -> list[Path]:
    """Write one scoring workbook per participant (and a PDF each with ``pdf``) into ``folder``.

    Parameters
    ----------
    d:
        The dialogue.
    folder:
        Created if missing; existing sheets of the same names are replaced.
    participant_ids:
        Whose sheets to write (default: every participant).
    pdf:
        Also write the printable version of each sheet.
    made:
        The date written on the sheets (ISO; default today).
    prefill:
        Write the answers each participant already returned into their workbook (to send it
        back for revision); the PDF is always blank.

    Returns
    -------
    list of Path
        The files written, workbook then PDF for each participant, in the participants' order.

    Raises
    ------
    PalabreError
        If the dialogue has no participants (or no options and criteria), an id is unknown, or
        the folder cannot be written.
    """
    ids = list(d.participants) if participant_ids is None else list(participant_ids)
    if not ids:
        raise PalabreError("the dialogue has no participants: add them first (Participants tab)")
    for pid in ids:
        if pid not in d.participants:
            raise PalabreError(f"there is no participant with id {pid!r}")
    target = Path(folder)
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise PalabreError(f"cannot create the folder {target}: {exc.strerror or exc}") from None
    written: list[Path] = []
    for pid in ids:
        written.append(write_workbook(d, pid, target / sheet_file_name(d, pid, ".xlsx"), made, prefill))
        if pdf:
            written.append(write_sheet_pdf(d, pid, target / sheet_file_name(d, pid, ".pdf"), made))
    return written


__all__ = [
    "build_workbook",
    "render_sheet_pdf",
    "sheet_file_name",
    "structure_fingerprint",
    "write_sheet_pdf",
    "write_sheets",
    "write_workbook",
]
