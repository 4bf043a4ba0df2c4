"""Importing and exporting the stakeholder map from the window: Excel, CSV, GraphML and GEXF.

The readers in :mod:`exports.stakeholder_tables` and :mod:`exports.graph_files` check everything
first; an import becomes ONE undoable edit, or nothing at all when the file has any problem.
A CSV that is not UTF-8 is never read silently in a guessed encoding: the user sees a line decoded
in the likely legacy encoding and confirms it (no "MinistÃ¨re").
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.controller import DocumentController
from desktop.locale_format import core_message
from exports.safe_csv import NotUtf8Error
from exports.stakeholder_tables import ImportedMap
from palabre.errors import PalabreError

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "text")



class _Counts(QObject):
    """Counted nouns with proper plurals (lupdate gives plural forms only to self.tr in a QObject)."""

    def stakeholders(self, n: int) -> str:
        """``1 stakeholder``, ``3 stakeholders``."""
        return self.tr("%n stakeholder(s)", "", n)

    def ties(self, n: int) -> str:
        """``1 tie``, ``36 ties``."""
        return self.tr("%n tie(s)", "", n)

def import_filter() -> str:
    """The file dialog's filter for an import, in the window's language."""
    return translate("MapFiles", "Stakeholder maps (*.xlsx *.graphml *.gexf *.csv);;Excel workbook (*.xlsx);;"
                                 "GraphML (*.graphml);;GEXF (*.gexf);;CSV table (*.csv)")


def export_filter() -> str:
    """The file dialog's filter for an export, in the window's language."""
    return translate("MapFiles", "Excel workbook (*.xlsx);;GraphML for Gephi (*.graphml);;GEXF for Gephi (*.gexf);;"
                                 "CSV tables (*.csv)")


def ties_csv_beside(path: Path) -> Path | None:
    """The ties table exported beside a stakeholders table (``x-stakeholders.csv`` -> ``x-ties.csv``)."""
    if "stakeholders" in path.stem:
        candidate = path.with_name(path.stem.replace("stakeholders", "ties") + path.suffix)
        if candidate.is_file():
            return candidate
    return None


def read_map_file(path: Path, known_options: list[str], known_stakeholders: list[str],
                  confirm_encoding: Callable[[NotUtf8Error], bool]) -> ImportedMap | None:
    """Read any supported map file; None when the user declined a legacy encoding."""
    from exports.graph_files import read_graph_file
    from exports.stakeholder_tables import read_map_csv, read_map_xlsx, read_ties_csv

    suffix = path.suffix.lower()
    if suffix in (".graphml", ".gexf"):
        return read_graph_file(path, known_options=known_options)
    if suffix == ".xlsx":
        return read_map_xlsx(path, known_options=known_options, known_stakeholders=known_stakeholders)
    if suffix != ".csv":
        raise PalabreError(translate("MapFiles", "{name}: Palabre reads stakeholder maps from .xlsx, .csv, "
                                           ".graphml and .gexf").format(name=path.name))

    def read(encoding: str | None) -> ImportedMap:
        if "ties" in path.stem and "stakeholders" not in path.stem:
            return read_ties_csv(path, encoding=encoding, known_stakeholders=known_stakeholders)
        return read_map_csv(path, ties_csv_beside(path), encoding=encoding,
                            known_options=known_options, known_stakeholders=known_stakeholders)

    try:
        return read(None)
    except NotUtf8Error as exc:
        if not confirm_encoding(exc):
            return None
        return read(exc.likely_encoding)


def _confirm_encoding(parent: QWidget, exc: NotUtf8Error) -> bool:
    answer = QMessageBox.question(
        parent, translate("MapFiles", "Not UTF-8 text"),
        translate("MapFiles", "{message}\n\nRead as {encoding}, its first line looks like this:\n\n{preview}\n\n"
                              "Do the accented letters look right?").format(
            message=core_message(exc.message), encoding=exc.likely_encoding, preview=exc.preview[:300]))
    return answer == QMessageBox.StandardButton.Yes


def import_map(parent: QWidget, controller: DocumentController, path: Path | None = None,
               replace: bool | None = None) -> bool:
    """Ask for a file (unless given), read it, and merge or replace the map as one undoable edit."""
    if path is None:
        name, _ = QFileDialog.getOpenFileName(parent, translate("MapFiles", "Import stakeholders and ties"),
                                              str(Path.home()), import_filter())
        if not name:
            return False
        path = Path(name)
    d = controller.dialogue
    try:
        imported = read_map_file(path, list(d.options), list(d.stakeholders),
                                 lambda exc: _confirm_encoding(parent, exc))
    except PalabreError as exc:
        problems = "\n".join(core_message(p) for p in exc.problems[:20])
        more = len(exc.problems) - 20
        tail = translate("MapFiles", "\n… and {n} more").format(n=more) if more > 0 else ""
        QMessageBox.warning(parent, translate("MapFiles", "Nothing imported"),
                            translate("MapFiles", "{name} was not imported; nothing changed.\n\n{problems}{tail}")
                            .format(name=path.name, problems=problems, tail=tail))
        return False
    if imported is None:
        return False
    if replace is None and d.stakeholders:
        box = QMessageBox(parent)
        box.setWindowTitle(translate("MapFiles", "Import stakeholders and ties"))
        people, links = len(imported.stakeholders), len(imported.ties)
        box.setText(translate("MapFiles", "{stakeholders} and {ties} read from {name}.\n\nMerge them into the map "
                                          "(same ids are updated), or replace the whole map?").format(
            stakeholders=_Counts().stakeholders(people), ties=_Counts().ties(links), name=path.name))
        merge = box.addButton(translate("MapFiles", "Merge"), QMessageBox.ButtonRole.AcceptRole)
        replace_button = box.addButton(translate("MapFiles", "Replace"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() not in (merge, replace_button):
            return False
        replace = box.clickedButton() is replace_button
    try:
        edit = imported.edit(d, replace=bool(replace))
    except PalabreError as exc:
        QMessageBox.warning(parent, translate("MapFiles", "Nothing imported"), core_message(exc.message))
        return False
    return controller.push(edit)


def export_map(parent: QWidget, controller: DocumentController, path: Path | None = None) -> Path | None:
    """Write the stakeholders and ties as Excel, CSV (two files), GraphML or GEXF."""
    from exports.graph_files import write_graph_file
    from exports.stakeholder_tables import write_map_csv, write_map_xlsx

    d = controller.dialogue
    if path is None:
        start = (controller.path.with_name(controller.path.stem + "-stakeholders.xlsx")
                 if controller.path else Path.home() / "stakeholders.xlsx")
        name, _ = QFileDialog.getSaveFileName(parent, translate("MapFiles", "Export stakeholders and ties"), str(start),
                                              export_filter())
        if not name:
            return None
        path = Path(name)
    suffix = path.suffix.lower()
    options = list(d.options)
    try:
        if suffix in (".graphml", ".gexf"):
            write_graph_file(d.stakeholders.values(), d.ties.values(), path, options)
        elif suffix == ".csv":
            stem = path.stem if "stakeholders" in path.stem else path.stem + "-stakeholders"
            stakeholders_path = path.with_name(stem + ".csv")
            write_map_csv(d.stakeholders.values(), d.ties.values(), stakeholders_path,
                          path.with_name(stem.replace("stakeholders", "ties") + ".csv"), option_ids=options)
            path = stakeholders_path
        else:
            path = path if suffix == ".xlsx" else path.with_suffix(".xlsx")
            write_map_xlsx(d.stakeholders.values(), d.ties.values(), path, option_ids=options)
    except PalabreError as exc:
        QMessageBox.critical(parent, translate("MapFiles", "Not exported"), core_message(exc.message))
        return None
    return path
