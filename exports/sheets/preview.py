"""Collecting a folder of returned scoring sheets: a preview, and the one edit that merges them.

:func:`collect_folder` checks every workbook in a folder (see :mod:`exports.sheets.checking`)
and returns a :class:`CollectPreview`: per file, what will be merged or why it is refused, and
the single :class:`~dialogue.model.Edit` that merges every accepted sheet. Nothing in the dialogue
changes until the caller applies that edit (the window pushes it as one undo step; ``palabre
collect`` applies it and saves). Refused sheets never stop the others from merging.

When a folder holds two sheets of the same participant, the most recently modified one is used
and the other is listed as skipped.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dialogue.edits_participants import merge_answers
from exports.sheets.checking import MERGE, REFUSED, SKIPPED, SheetReport, check_sheet
from palabre.errors import PalabreError

if TYPE_CHECKING:
    from dialogue.model import Dialogue, Edit

log = logging.getLogger(__name__)

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
"""Files read as returned sheets (old .xls and .ods are refused with a message saying why)."""
MAX_FILES = 2_000
"""Most files looked at in one folder."""


@dataclass
class CollectPreview:
    """What collecting a folder would do.

    ``reports`` has one entry per workbook, in file-name order; ``edit`` merges every sheet
    whose status is ``merge`` (None when there is none); ``ignored`` lists other files in the
    folder (the PDF versions of the sheets, notes...).
    """

    folder: Path
    reports: list[SheetReport] = field(default_factory=list)
    edit: Edit | None = None
    ignored: list[str] = field(default_factory=list)

    @property
    def merged(self) -> list[SheetReport]:
        """Reports of the sheets that will merge."""
        return [r for r in self.reports if r.status == MERGE]

    @property
    def refused(self) -> list[SheetReport]:
        """Reports of the sheets refused."""
        return [r for r in self.reports if r.status == REFUSED]

    @property
    def skipped(self) -> list[SheetReport]:
        """Reports of the sheets skipped (blank, or an older copy of another sheet)."""
        return [r for r in self.reports if r.status == SKIPPED]

    def summary(self) -> str:
        """One line: how many sheets merge, are refused, are skipped."""
        parts = [f"{len(self.merged)} to merge", f"{len(self.refused)} refused"]
        if self.skipped:
            parts.append(f"{len(self.skipped)} skipped")
        return f"{len(self.reports)} sheet(s) in {self.folder.name or self.folder}: " + ", ".join(parts)

    def to_json(self) -> dict[str, Any]:
        """The preview as JSON data (``palabre collect --json``)."""
        return {
            "folder": str(self.folder),
            "merged": len(self.merged), "refused": len(self.refused), "skipped": len(self.skipped),
            "sheets": [r.to_json() for r in self.reports],
            "ignored_files": list(self.ignored),
        }


def workbook_files(folder: Path) -> tuple[list[Path], list[str]]:
    """The workbooks of a folder (sorted by name) and the names of the other files.

    Office's lock files (``~$name.xlsx``) and hidden files are passed over silently.

    Raises
    ------
    PalabreError
        If the folder does not exist, cannot be listed, or holds more than :data:`MAX_FILES`.
    """
    if not folder.is_dir():
        raise PalabreError(f"{folder} is not a folder")
    try:
        entries = sorted(folder.iterdir(), key=lambda p: p.name.lower())
    except OSError as exc:
        raise PalabreError(f"cannot list {folder}: {exc.strerror or exc}") from None
    books: list[Path] = []
    others: list[str] = []
    for p in entries:
        if p.name.startswith(("~$", ".")) or not p.is_file():
            continue
        if p.suffix.lower() in WORKBOOK_SUFFIXES:
            books.append(p)
        else:
            others.append(p.name)
    if len(books) > MAX_FILES:
        raise PalabreError(f"{folder} holds {len(books):,} workbooks; Palabre collects at most "
                           f"{MAX_FILES:,} at once")
    return books, others


def collect_files(d: Dialogue, paths: Iterable[Path], folder: Path | None = None) -> CollectPreview:
    """Check returned sheets and prepare the edit that merges those accepted."""
    paths = list(paths)
    preview = CollectPreview(folder or (paths[0].parent if paths else Path(".")))
    for path in paths:
        try:
            report = check_sheet(d, path)
        except PalabreError as exc:  # a check that fails in an unforeseen way refuses the sheet
            report = SheetReport(path, problems=[exc.message])
        log.info("%s: %s", path.name, report.status)
        preview.reports.append(report)
    _keep_newest(preview.reports)
    answers = [r.answers for r in preview.merged if r.answers is not None]
    if answers:
        preview.edit = merge_answers(d, answers)
    return preview


def collect_folder(d: Dialogue, folder: str | Path) -> CollectPreview:
    """Check every workbook in a folder against the dialogue (see the module's docstring).

    Raises
    ------
    PalabreError
        If the folder cannot be read; problems with single sheets are in the preview instead.
    """
    folder = Path(folder)
    books, others = workbook_files(folder)
    preview = collect_files(d, books, folder)
    preview.ignored = others
    return preview


def _keep_newest(reports: list[SheetReport]) -> None:
    """Of several mergeable sheets of one participant, keep the most recently modified."""
    by_person: dict[str, list[SheetReport]] = {}
    for r in reports:
        if r.status == MERGE:
            by_person.setdefault(r.participant, []).append(r)
    for group in by_person.values():
        if len(group) < 2:
            continue
        group.sort(key=lambda r: (_mtime(r.path), r.file))
        newest = group[-1]
        for r in group[:-1]:
            r.status = SKIPPED
            r.answers = None
            r.notes.insert(0, f"another sheet of the same participant, {newest.file}, is newer "
                              "and is used instead")


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


__all__ = ["MAX_FILES", "WORKBOOK_SUFFIXES", "CollectPreview", "collect_files", "collect_folder",
           "workbook_files"]
