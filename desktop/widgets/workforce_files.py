"""Workforce files from the window: import a baseline from Excel or CSV, export it, and export
the projection tables (:mod:`exports.workforce_tables`, whose columns are documented in
docs/user-guide/workforce-files.md).

An import is all or nothing: a bad cell shows the reader's message, which names the table, row
and column, and nothing changes; a sound file becomes ONE undoable edit. A CSV that is not UTF-8
is read in its likely legacy encoding only after the user has checked a line of it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.controller import DocumentController
from desktop.models.workforce_data import WorkforceView
from dialogue.edits_workforce import set_baseline
from exports.safe_csv import NotUtf8Error
from exports.workforce_tables import (
    COMBINED_SHEET,
    GAP_SHEET,
    ImportedBaseline,
    read_baseline_csv,
    read_baseline_xlsx,
    write_baseline_csv,
    write_baseline_xlsx,
    write_projection_csv,
    write_projection_xlsx,
)
from palabre.errors import FileFormatError, PalabreError

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "text")
MAX_PROBLEMS_SHOWN = 20


def _import_filter() -> str:
    return translate("WorkforceFiles", "Workforce baselines (*.xlsx *.csv);;Excel workbook (*.xlsx);;"
                                       "CSV tables: cadres and population (*.csv)")


def _export_filter() -> str:
    return translate("WorkforceFiles", "Excel workbook (*.xlsx);;CSV tables (*.csv)")


def _role(path: Path) -> str:
    """Which table a CSV holds, from its name: ``population``, ``combined`` or ``cadres``."""
    stem = path.stem.lower()
    if "population" in stem:
        return "population"
    if "combined" in stem or "need" in stem:
        return "combined"
    return "cadres"


def _beside(path: Path, role: str) -> Path | None:
    """The table of another role saved beside ``path`` (``x-cadres.csv`` -> ``x-population.csv``)."""
    words = {"cadres": ("cadres", "cadre"), "population": ("population",),
             "combined": ("combined_needs", "combined")}
    stem = path.stem
    for word in words[_role(path)]:
        if word in stem.lower():
            start = stem.lower().index(word)
            for other in words[role]:
                candidate = path.with_name(stem[:start] + other + stem[start + len(word):] + path.suffix)
                if candidate.is_file():
                    return candidate
    return None


def csv_set(paths: Sequence[Path]) -> tuple[Path, Path, Path | None]:
    """The cadres, population and (optional) combined-needs CSV files among those chosen, the
    missing ones looked for beside them.

    Raises
    ------
    FileFormatError
        When the cadres or the population table cannot be found.
    """
    found: dict[str, Path] = {}
    for p in paths:
        found.setdefault(_role(p), p)
    for role in ("cadres", "population", "combined"):
        if role not in found:
            for p in paths:
                other = _beside(p, role)
                if other is not None:
                    found[role] = other
                    break
    if "cadres" not in found or "population" not in found:
        names = ", ".join(p.name for p in paths)
        raise FileFormatError(translate(
            "WorkforceFiles", "{names}: a CSV baseline is two files, the cadres table and the population "
                              "table (with “population” in its name); choose both").format(names=names))
    return found["cadres"], found["population"], found.get("combined")


def read_baseline_files(paths: Sequence[Path],
                        confirm_encoding: Callable[[NotUtf8Error], bool] | None = None,
                        ) -> ImportedBaseline | None:
    """Read a baseline from a workbook or from CSV tables; None when the user declined a
    legacy encoding.

    Raises
    ------
    PalabreError
        The reader's message, naming the file, row and column of every bad cell.
    """
    paths = [Path(p) for p in paths]
    if not paths:
        raise FileFormatError(translate("WorkforceFiles", "choose a file"))
    if paths[0].suffix.lower() == ".xlsx":
        return read_baseline_xlsx(paths[0])
    if any(p.suffix.lower() != ".csv" for p in paths):
        raise FileFormatError(translate("WorkforceFiles", "{name}: Palabre reads workforce baselines from "
                                                          ".xlsx and .csv files").format(name=paths[0].name))
    cadres, population, combined = csv_set(paths)
    try:
        return read_baseline_csv(cadres, population, combined)
    except NotUtf8Error as exc:
        if confirm_encoding is None or not confirm_encoding(exc):
            return None
        return read_baseline_csv(cadres, population, combined, encoding=exc.likely_encoding)


def _confirm_encoding(parent: QWidget, exc: NotUtf8Error) -> bool:
    answer = QMessageBox.question(
        parent, translate("WorkforceFiles", "Not UTF-8 text"),
        translate("WorkforceFiles", "{message}\n\nRead as {encoding}, its first line looks like this:\n\n"
                                    "{preview}\n\nDo the accented letters look right?").format(
            message=exc.message, encoding=exc.likely_encoding, preview=exc.preview[:300]))
    return answer == QMessageBox.StandardButton.Yes


def import_baseline(parent: QWidget, controller: DocumentController,
                    paths: Sequence[Path] | None = None) -> ImportedBaseline | None:
    """Ask for the file(s) unless given, read them, and replace the baseline as one undoable
    edit. Returns what was imported (with the assumptions made for blank cells), or None when
    nothing changed (a bad file, whose problems are shown, or a cancelled dialog)."""
    if paths is None:
        start = str(controller.path.parent if controller.path else Path.home())
        names, _ = QFileDialog.getOpenFileNames(
            parent, translate("WorkforceFiles", "Import workforce baseline"), start, _import_filter())
        if not names:
            return None
        paths = [Path(n) for n in names]
    paths = [Path(p) for p in paths]
    try:
        imported = read_baseline_files(paths, lambda exc: _confirm_encoding(parent, exc))
        if imported is None:
            return None
        source = imported.source or paths[0].name
        text = translate("WorkforceFiles", "Import workforce baseline from {source}").format(source=source)
        edit = set_baseline(controller.dialogue, imported.baseline, text)
    except PalabreError as exc:
        problems = exc.problems or [exc.message]
        shown = "\n".join(problems[:MAX_PROBLEMS_SHOWN])
        more = len(problems) - MAX_PROBLEMS_SHOWN
        tail = translate("WorkforceFiles", "\n… and {n} more").format(n=more) if more > 0 else ""
        QMessageBox.warning(parent, translate("WorkforceFiles", "Nothing imported"),
                            translate("WorkforceFiles", "{name} was not imported; nothing changed.\n\n"
                                                        "{problems}{tail}").format(
                                name=paths[0].name, problems=shown, tail=tail))
        return None
    return imported if controller.push(edit) else None


def _save_path(parent: QWidget, controller: DocumentController, title: str, suffix: str) -> Path | None:
    stem = controller.path.stem if controller.path else "workforce"
    folder = controller.path.parent if controller.path else Path.home()
    name, _ = QFileDialog.getSaveFileName(parent, title, str(folder / f"{stem}-{suffix}.xlsx"), _export_filter())
    return Path(name) if name else None


def _csv_name(path: Path, word: str) -> Path:
    return path.with_name(f"{path.stem}-{word}.csv")


def export_baseline(parent: QWidget, controller: DocumentController, path: Path | None = None) -> list[Path]:
    """Write the baseline as a workbook, or as CSV tables (``<name>-cadres.csv``,
    ``<name>-population.csv`` and, when there are combined needs, ``<name>-combined_needs.csv``).
    Returns the files written (none when cancelled or refused)."""
    from dialogue.workforce import baseline_of

    baseline = baseline_of(controller.dialogue)
    if baseline is None:
        QMessageBox.information(parent, translate("WorkforceFiles", "Nothing to export"),
                                translate("WorkforceFiles", "This dialogue has no workforce baseline yet."))
        return []
    if path is None:
        path = _save_path(parent, controller, translate("WorkforceFiles", "Export workforce baseline"), "baseline")
        if path is None:
            return []
    try:
        if path.suffix.lower() == ".csv":
            base = path.with_suffix("")
            files = [_csv_name(base, "cadres"), _csv_name(base, "population")]
            if baseline.combined:
                files.append(_csv_name(base, COMBINED_SHEET))
            write_baseline_csv(baseline, files[0], files[1], files[2] if len(files) > 2 else None)
            return files
        path = path if path.suffix.lower() == ".xlsx" else path.with_suffix(".xlsx")
        write_baseline_xlsx(baseline, path)
    except (PalabreError, OSError) as exc:
        QMessageBox.critical(parent, translate("WorkforceFiles", "Not exported"),
                             exc.message if isinstance(exc, PalabreError) else str(exc))
        return []
    return [path]


def export_projection(parent: QWidget, controller: DocumentController, view: WorkforceView,
                      path: Path | None = None) -> list[Path]:
    """Write every scenario's projection and the gap each closes, as a workbook (sheets
    ``projection``, ``gap_closed`` and the baseline) or as two CSV files (``<name>.csv`` and
    ``<name>-gap_closed.csv``). Returns the files written."""
    if not view.projections:
        QMessageBox.information(parent, translate("WorkforceFiles", "Nothing to export"),
                                view.problem or translate("WorkforceFiles", "This dialogue has no workforce "
                                                                            "baseline yet."))
        return []
    if path is None:
        path = _save_path(parent, controller, translate("WorkforceFiles", "Export projection tables"), "projection")
        if path is None:
            return []
    try:
        if path.suffix.lower() == ".csv":
            gaps_path = _csv_name(path.with_suffix(""), GAP_SHEET) if view.gaps else None
            write_projection_csv(path, view.scenarios, view.projections, gaps=view.gaps, gaps_path=gaps_path)
            return [path] + ([gaps_path] if gaps_path else [])
        path = path if path.suffix.lower() == ".xlsx" else path.with_suffix(".xlsx")
        write_projection_xlsx(path, view.scenarios, view.projections, view.gaps or None)
    except (PalabreError, OSError) as exc:
        QMessageBox.critical(parent, translate("WorkforceFiles", "Not exported"),
                             exc.message if isinstance(exc, PalabreError) else str(exc))
        return []
    return [path]
