"""Collecting returned scoring sheets: check every sheet in a folder, preview, merge in one edit.

:func:`collect_folder` returns a :class:`CollectPreview` (per sheet: what will be merged, or why it
is refused, and the blanks) and the one edit that merges every accepted sheet; nothing in the
dialogue changes until that edit is applied. See :mod:`exports.sheets.checking` for the checks.
"""

from __future__ import annotations

from exports.sheets.checking import MERGE, REFUSED, SKIPPED, SheetReport, check_sheet
from exports.sheets.preview import (
    WORKBOOK_SUFFIXES,
    CollectPreview,
    collect_files,
    collect_folder,
    workbook_files,
)

__all__ = [
    "MERGE",
    "REFUSED",
    "SKIPPED",
    "WORKBOOK_SUFFIXES",
    "CollectPreview",
    "SheetReport",
    "check_sheet",
    "collect_files",
    "collect_folder",
    "workbook_files",
]
