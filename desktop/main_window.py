"""The main window: workspaces as tabs, File, Edit and Language menus, title with the modified mark.

Switching language rebuilds the window's contents (tabs, workspaces, menus) around the same
DocumentController: the document, its undo stack, its file, the autosave session, the window's
size and the current tab all stay; only the text changes.
"""

from __future__ import annotations

import contextlib
import logging
import warnings
from pathlib import Path

from PySide6.QtCore import QMetaMethod, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenuBar,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from desktop.autosave import Autosaver
from desktop.controller import DocumentController
from desktop.data_dir import recovery_dir
from desktop.i18n import LANGUAGES, current_language, install_language, save_language
from desktop.workspaces import workspace_classes
from dialogue.encrypted_file import MIN_PASSPHRASE, is_encrypted
from dialogue.encrypted_file import WARNING as ENCRYPTION_WARNING
from dialogue.example import example_dialogue
from dialogue.model import Dialogue
from dialogue.recovery import RecoveryStore
from dialogue.templates import blank_dialogue
from palabre.errors import PalabreError
from palabre.i18n import translate_message

log = logging.getLogger(__name__)
MAX_RECENT = 8


class MainWindow(QMainWindow):
    """One window per open dialogue."""

    def __init__(self, dialogue: Dialogue, path: Path | None = None,
                 settings: QSettings | None = None, recovery: RecoveryStore | None = None) -> None:
        super().__init__()
        self.settings = settings or QSettings()
        self.controller = DocumentController(dialogue, path, self)
        self.autosaver = Autosaver(self.controller, recovery or RecoveryStore(recovery_dir()), self)
        self.message = QLabel()
        self.statusBar().addWidget(self.message, 1)
        self._build()
        self.resize(1440, 900)
        if path is not None:
            self._remember(path)

    def _build(self) -> None:
        """Tabs, workspaces, menus and title, in the language installed now."""
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.workspaces: list[QWidget] = [cls(self.controller) for cls in workspace_classes()]
        for ws in self.workspaces:
            self.tabs.addTab(ws, ws.title)  # type: ignore[attr-defined]
        self.tabs.currentChanged.connect(self._tab_shown)
        self.setCentralWidget(self.tabs)
        self._build_menus()
        self.controller.undo_stack.cleanChanged.connect(self._clean_changed)
        self.controller.replaced.connect(self._update_title)
        self.controller.refused.connect(self.show_refusal)
        self._update_title()

    # ------------------------------------------------------------------ language
    def switch_language(self, lang: str) -> None:
        """Show every open window in ``lang`` at once, and remember the choice for next time.

        The translators are installed application-wide, then each window rebuilds its contents
        (:meth:`rebuild`); the documents, undo histories and files are untouched.
        """
        if lang == current_language():
            save_language(lang, self.settings)
            return
        app = QApplication.instance()
        installed = install_language(app, lang)  # type: ignore[arg-type]
        save_language(lang, self.settings)
        for window in main_windows():
            if window is self or window.isVisible():
                window.rebuild()
        if installed != lang:
            self.show_info(self.tr("The {language} translation could not be loaded; see the log.").format(
                language=LANGUAGES[lang]))

    def rebuild(self) -> None:
        """Build tabs, workspaces and menus again (after a language switch), keeping the document,
        its undo stack and file, the autosave session, the window's geometry and the current tab."""
        index = self.tabs.currentIndex()
        for ws in self.workspaces:
            cancel = getattr(ws, "cancel", None)  # a background run (SMAA) would report to a dead tab
            if callable(cancel):
                cancel()
        # The old views are connected to the controller, its undo stack and the state objects
        # kept under it (the decision method), often through lambdas that Qt cannot tie to
        # their widgets: cut every connection, then the new views and the autosaver connect again.
        _cut_connections(self.controller)
        old_saver = self.autosaver
        self.autosaver = Autosaver(self.controller, old_saver.store, self)
        self.autosaver.session_id = old_saver.session_id  # the same recovery file
        self.autosaver.last_error = old_saver.last_error
        old_saver.deleteLater()
        for action in self.findChildren(QAction, "", Qt.FindChildOption.FindDirectChildrenOnly):
            action.deleteLater()
        self.setMenuBar(QMenuBar(self))  # Qt deletes the old menu bar and its menus
        old_tabs = self.takeCentralWidget()
        self.message.clear()
        self._build()
        if old_tabs is not None:
            old_tabs.hide()
            old_tabs.deleteLater()
        self.tabs.setCurrentIndex(max(0, min(index, self.tabs.count() - 1)))
        self.autosaver.save_now()  # an idle save pending in the old autosaver is not lost

    def _build_language_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Language"))
        group = QActionGroup(menu)
        group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():  # each name in its own language, never translated
            action = QAction(name, self)
            action.setCheckable(True)
            action.setChecked(code == current_language())
            # Deferred: the menu that holds this action is deleted by the switch.
            action.triggered.connect(lambda _checked=False, code=code: QTimer.singleShot(
                0, self, lambda: self.switch_language(code)))
            group.addAction(action)
            menu.addAction(action)
            self.language_actions[code] = action

    # ------------------------------------------------------------------ menus
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.file_menu = file_menu
        self.action_new = self._action(file_menu, self.tr("&New"), self.new_dialogue, QKeySequence.StandardKey.New)
        self.action_open = self._action(file_menu, self.tr("&Open…"), self.open_dialogue,
                                        QKeySequence.StandardKey.Open)
        self._action(file_menu, self.tr("Open the &example"), self.open_example)
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addSeparator()
        self.action_save = self._action(file_menu, self.tr("&Save"), self.save, QKeySequence.StandardKey.Save)
        self.action_save_as = self._action(file_menu, self.tr("Save &as…"), self.save_as,
                                           QKeySequence.StandardKey.SaveAs)
        self.action_save_encrypted = self._action(file_menu, self.tr("Save with a &passphrase…"),
                                                  self.save_encrypted)
        self._action(file_menu, self.tr("Export a re&dacted copy…"), self.export_redacted)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Import stakeholders and ties…"), self.import_map)
        self._action(file_menu, self.tr("E&xport stakeholders and ties…"), self.export_map)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("Export &brief (PDF)…"), self.export_brief, "Ctrl+E")
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.edit_menu = edit_menu
        stack = self.controller.undo_stack
        self.action_undo = stack.createUndoAction(self, self.tr("&Undo"))
        self.action_undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.action_redo = stack.createRedoAction(self, self.tr("&Redo"))
        self.action_redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addAction(self.action_undo)
        edit_menu.addAction(self.action_redo)

        for ws in self.workspaces:
            if hasattr(ws, "install_menus"):
                ws.install_menus(self)

        self._build_language_menu()
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&About Palabre"), self.about)

    def _action(self, menu: object, text: str, slot: object, shortcut: object = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut if isinstance(shortcut, QKeySequence.StandardKey) else QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)  # type: ignore[attr-defined]
        return action

    def _file_filter(self) -> str:
        return self.tr("Palabre dialogues (*.palabre);;All files (*)")

    def _tab_shown(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if hasattr(widget, "on_activated"):
            widget.on_activated()

    def workspace(self, cls: type) -> QWidget:
        """The open workspace of a class (raises LookupError if there is none)."""
        for ws in self.workspaces:
            if isinstance(ws, cls):
                return ws
        raise LookupError(cls.__name__)

    # ------------------------------------------------------------------ title and messages
    def _clean_changed(self, _clean: bool) -> None:
        self._update_title()

    def _document_name(self) -> str:
        path = self.controller.path
        if path:
            return path.name
        return self.tr("{title} (not saved)").format(title=self.controller.dialogue.info.title)

    def _update_title(self) -> None:
        self.setWindowTitle(self.tr("{name}[*] — Palabre").format(name=self._document_name()))
        self.setWindowModified(self.controller.modified)

    def show_refusal(self, message: str) -> None:
        """Say why an edit was refused, in the status bar, for a few seconds."""
        self.message.setText("<span style='color:#c0392b'>{}</span>".format(
            _html(self.tr("Not changed: {reason}").format(
                reason=translate_message(message, current_language())))))
        QTimer.singleShot(8000, self.message, self.message.clear)

    def show_info(self, message: str) -> None:
        """A neutral status message."""
        self.message.setText(_html(message))
        QTimer.singleShot(6000, self.message, self.message.clear)

    # ------------------------------------------------------------------ files
    def _confirm_discard(self) -> bool:
        """Ask what to do with unsaved changes; True when it is fine to continue."""
        if not self.controller.modified:
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("Save the changes to “{name}” first?").format(
                name=self._document_name()),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def new_dialogue(self) -> None:
        """Start a blank dialogue with the default criteria."""
        if self._confirm_discard():
            self.controller.replace(blank_dialogue(language=current_language()), None)

    def open_example(self) -> None:
        """Open a fresh copy of the bundled example (not tied to any file)."""
        if self._confirm_discard():
            self.controller.replace(example_dialogue(current_language()), None)

    def open_dialogue(self) -> None:
        """Ask for a file and open it."""
        if not self._confirm_discard():
            return
        start = str(self.controller.path.parent) if self.controller.path else str(Path.home())
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open a dialogue"), start, self._file_filter())
        if name:
            self.open_path(Path(name), confirmed=True)

    def open_path(self, path: Path, confirmed: bool = False) -> bool:
        """Open a file (asking for the passphrase of an encrypted one); a damaged file is
        reported and the current dialogue kept."""
        if not confirmed and not self._confirm_discard():
            return False
        passphrase = None
        if is_encrypted(path):
            passphrase, ok = QInputDialog.getText(
                self, self.tr("Encrypted dialogue"),
                self.tr("“{name}” is encrypted. Passphrase:").format(name=path.name),
                QLineEdit.EchoMode.Password)
            if not ok:
                return False
        try:
            self.controller.open(path, passphrase)
        except PalabreError as exc:
            QMessageBox.warning(self, self.tr("Cannot open the dialogue"), exc.message)
            return False
        self._remember(path)
        self.show_info(self.tr("Opened {path}").format(path=path))
        return True

    def save(self) -> bool:
        """Save to the current file, or ask where."""
        if self.controller.path is None:
            return self.save_as()
        return self._save_to(self.controller.path)

    def save_as(self) -> bool:
        """Ask for a file name and save there."""
        start = self.controller.path or Path.home() / f"{_safe_name(self.controller.dialogue.info.title)}.palabre"
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the dialogue"), str(start),
                                               self._file_filter())
        if not name:
            return False
        path = Path(name)
        if path.suffix != ".palabre":
            path = path.with_suffix(path.suffix + ".palabre") if path.suffix else path.with_suffix(".palabre")
        return self._save_to(path)

    def save_encrypted(self) -> bool:
        """Save under a passphrase (asked twice, with the warning that it cannot be recovered)."""
        first, ok = QInputDialog.getText(
            self, self.tr("Save with a passphrase"),
            self.tr("{warning}\n\nPassphrase (at least {n} characters):").format(
                warning=translate_message(ENCRYPTION_WARNING, current_language()), n=MIN_PASSPHRASE),
            QLineEdit.EchoMode.Password)
        if not ok:
            return False
        second, ok = QInputDialog.getText(self, self.tr("Save with a passphrase"),
                                          self.tr("Type the passphrase again:"), QLineEdit.EchoMode.Password)
        if not ok:
            return False
        if first != second:
            QMessageBox.warning(self, self.tr("Not saved"), self.tr("The two passphrases differ."))
            return False
        start = self.controller.path or Path.home() / f"{_safe_name(self.controller.dialogue.info.title)}.palabre"
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the encrypted dialogue"), str(start),
                                              self._file_filter())
        if not name:
            return False
        return self._save_to(Path(name), first)

    def import_map(self) -> bool:
        """Import stakeholders and ties from Excel, CSV, GraphML or GEXF (one undoable step)."""
        from desktop.map_files import import_map

        return import_map(self, self.controller)

    def export_map(self) -> None:
        """Export stakeholders and ties for Excel, Gephi or other network tools."""
        from desktop.map_files import export_map

        written = export_map(self, self.controller)
        if written is not None:
            self.show_info(self.tr("Stakeholders and ties written to {path}").format(path=written))

    def export_redacted(self) -> bool:
        """Write a copy without names, roles and notes, for sharing; the open dialogue is unchanged."""
        from dialogue.native_file import save
        from dialogue.redaction import redacted_copy

        stem = self.controller.path.stem if self.controller.path else _safe_name(self.controller.dialogue.info.title)
        start = (self.controller.path.parent if self.controller.path else Path.home()) / f"{stem}-redacted.palabre"
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export a redacted copy"), str(start), self._file_filter())
        if not name:
            return False
        if self.controller.path and Path(name).resolve() == self.controller.path.resolve():
            QMessageBox.warning(self, self.tr("Not written"),
                                self.tr("The redacted copy must not replace the original dialogue."))
            return False
        try:
            written = save(redacted_copy(self.controller.dialogue), Path(name))
        except PalabreError as exc:
            QMessageBox.critical(self, self.tr("Not written"), exc.message)
            return False
        self.show_info(self.tr("Redacted copy written to {path}").format(path=written))
        return True

    def _save_to(self, path: Path, passphrase: str | None = None) -> bool:
        try:
            written = self.controller.save(path, passphrase)
        except PalabreError as exc:
            QMessageBox.critical(self, self.tr("Not saved"), exc.message)
            return False
        self._remember(written)
        self._update_title()
        self.show_info(self.tr("Saved {path}").format(path=written))
        return True

    def export_brief(self) -> None:
        """Write the policy brief as a PDF: the Brief workspace's export, with its choices of
        language, redaction and sections, in a worker thread with progress."""
        from desktop.workspaces.brief import BriefWorkspace

        brief = self.workspace(BriefWorkspace)
        self.tabs.setCurrentWidget(brief)
        brief.export()  # type: ignore[attr-defined]

    def _remember(self, path: Path) -> None:
        recent = [p for p in self.settings.value("recent_files", [], list) if p != str(path)]
        recent.insert(0, str(path))
        self.settings.setValue("recent_files", recent[:MAX_RECENT])
        self.settings.setValue("last_file", str(path))

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = [p for p in self.settings.value("recent_files", [], list) if Path(p).exists()]
        if not recent:
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)
        for p in recent:
            action = self.recent_menu.addAction(Path(p).name)
            action.setToolTip(p)
            action.triggered.connect(lambda _=False, p=p: self.open_path(Path(p)))

    def about(self) -> None:
        """What Palabre is."""
        from palabre import __version__

        QMessageBox.about(self, self.tr("About Palabre"), self.tr(
            "<b>Palabre {version}</b><p>An offline workbench for health-workforce policy "
            "dialogue: map who is involved, compare options on feasibility and impact, and "
            "write the policy brief.</p><p>Named after the <i>arbre à palabres</i>, the tree "
            "under which a community talks a hard question through until it agrees.</p>").format(
                version=__version__))

    def mark_recovered(self) -> None:
        """Show a restored dialogue as modified: it is not saved to its file yet."""
        self.controller.undo_stack.resetClean()
        self._update_title()
        self.autosaver.save_now()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        """Ask before losing unsaved changes."""
        if self._confirm_discard():
            self.autosaver.forget()
            event.accept()
        else:
            event.ignore()


def main_windows() -> list[MainWindow]:
    """The main windows that exist now (one per open dialogue)."""
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]


def _cut_connections(root: QObject) -> None:
    """Disconnect every slot from the signals of ``root`` and of the objects under it (the
    signals their classes add to QObject's own). Anything living under the controller must
    therefore not listen to it: only views do, and they are rebuilt."""
    first = QObject.staticMetaObject.methodCount()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # Qt warns about a signal with no slot
        for obj in [root, *root.findChildren(QObject)]:
            meta = obj.metaObject()
            names = {bytes(meta.method(i).name().data()).decode() for i in range(first, meta.methodCount())
                     if meta.method(i).methodType() == QMetaMethod.MethodType.Signal}
            for name in sorted(names):
                with contextlib.suppress(RuntimeError, TypeError, AttributeError):
                    getattr(obj, name).disconnect()


def _html(text: str) -> str:
    from html import escape

    return escape(text)


def _safe_name(title: str) -> str:
    keep = "".join(ch if ch.isalnum() or ch in " -_" else " " for ch in title)
    return "-".join(keep.lower().split())[:60] or "dialogue"


__all__ = ["MainWindow", "Qt"]
