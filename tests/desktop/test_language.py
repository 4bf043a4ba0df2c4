"""French and English in the window (issue 10): the Language menu, the saved choice, numbers and
dates, and what a switch keeps."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QSettings
from PySide6.QtWidgets import QApplication

from desktop.i18n import (
    chosen_language,
    current_language,
    install_language,
    saved_language,
    uninstall_language,
)
from desktop.main_window import MainWindow
from desktop.workspaces.decision import ScoresWorkspace
from dialogue import edits
from dialogue.example import example_dialogue


# ---------------------------------------------------------------------------------- the window
@pytest.fixture
def language(qapp) -> Iterator[None]:
    """Leave the application as it was: no translators, the default locale found."""
    locale = QLocale()
    yield
    uninstall_language(qapp)
    QLocale.setDefault(locale)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def _open(qtbot, settings: QSettings) -> MainWindow:
    win = MainWindow(example_dialogue(), None, settings)
    win.resize(1440, 900)
    win.show()
    qtbot.waitExposed(win)
    return win


def _close(win: MainWindow) -> None:
    win.controller.undo_stack.setClean()
    win.close()
    win.deleteLater()


def _menus(win: MainWindow) -> list[str]:
    return [a.text() for a in win.menuBar().actions()]


def _tabs(win: MainWindow) -> list[str]:
    return [win.tabs.tabText(i) for i in range(win.tabs.count())]


def _choose(qtbot, win: MainWindow, lang: str) -> None:
    """Pick a language from the Language menu, as a user does (the switch runs just after)."""
    action = win.language_actions[lang]
    action.trigger()
    qtbot.waitUntil(lambda: current_language() == lang and win.language_actions[lang].isChecked())


def test_the_language_menu_switches_titles_menus_and_tabs(qtbot, language, settings) -> None:
    """Français in the Language menu: window title, menu titles and tab titles turn French at
    once; English brings them back."""
    win = _open(qtbot, settings)
    try:
        assert current_language() == "en"
        english_menus, english_tabs = _menus(win), _tabs(win)
        assert "(not saved)" in win.windowTitle()
        assert english_menus[:2] == ["&File", "&Edit"] and "&Language" in english_menus
        assert [a.text() for a in win.language_actions.values()] == ["English", "Français"]

        _choose(qtbot, win, "fr")
        assert "(non enregistré)" in win.windowTitle()
        menus = _menus(win)
        assert menus[:2] == ["&Fichier", "É&dition"]
        assert "&Langue" in menus and "&Aide" in menus
        tabs = _tabs(win)
        assert len(tabs) == len(english_tabs)
        assert {"Critères", "Poids", "Notes"} <= set(tabs)
        assert [a.text() for a in win.language_actions.values()] == ["English", "Français"]

        _choose(qtbot, win, "en")
        assert _menus(win) == english_menus and _tabs(win) == english_tabs
        assert "(not saved)" in win.windowTitle()
    finally:
        _close(win)


def test_the_choice_is_remembered_for_the_next_window(qtbot, qapp, language, settings) -> None:
    """The language picked from the menu is saved and chosen at the next start, unless --lang
    says otherwise."""
    win = _open(qtbot, settings)
    try:
        _choose(qtbot, win, "fr")
    finally:
        _close(win)
    assert saved_language(settings) == "fr"
    assert chosen_language(None, settings) == "fr"
    assert chosen_language("en", settings) == "en"  # --lang wins

    uninstall_language(qapp)
    install_language(qapp, chosen_language(None, settings))
    again = _open(qtbot, settings)
    try:
        assert again.language_actions["fr"].isChecked()
        assert _menus(again)[0] == "&Fichier"
    finally:
        _close(again)


def test_numbers_and_dates_follow_the_language(qapp, language) -> None:
    """0,81 and 29 novembre 2026 in French; 0.81 and 29 November 2026 in English."""
    install_language(qapp, "fr")
    assert QLocale().toString(0.81, "f", 2) == "0,81"
    assert "29 novembre 2026" in QLocale().toString(QDate(2026, 11, 29), QLocale.FormatType.LongFormat)
    install_language(qapp, "en")
    assert QLocale().toString(0.81, "f", 2) == "0.81"
    assert "29 November 2026" in QLocale().toString(QDate(2026, 11, 29), QLocale.FormatType.LongFormat)


def test_a_switch_keeps_the_document_its_undo_history_and_the_tab(qtbot, language, settings) -> None:
    """An edit made in English is undone from the French Edit menu; the file state, the autosave
    session and the current tab survive the switch, and the views follow the document after it."""
    win = _open(qtbot, settings)
    try:
        controller, session = win.controller, win.autosaver.session_id
        scores = win.workspace(ScoresWorkspace)
        win.tabs.setCurrentWidget(scores)
        index = win.tabs.currentIndex()
        before = controller.dialogue.score("payroll_cleanup", "retention").value
        assert controller.push(edits.set_score(controller.dialogue, "payroll_cleanup", "retention", 5.0))
        assert win.isWindowModified()

        old_views = [weakref.ref(ws) for ws in win.workspaces]
        _choose(qtbot, win, "fr")
        assert win.controller is controller and win.autosaver.session_id == session
        assert win.tabs.currentIndex() == index
        assert win.isWindowModified() and controller.undo_stack.count() == 1
        assert win.action_undo.text().replace("&", "").startswith("Annuler")
        scores = win.workspace(ScoresWorkspace)  # a new view, following the same document
        row = scores.model.option_ids.index("payroll_cleanup")
        col = scores.model.criterion_ids.index("retention")
        assert scores.model.data(scores.model.index(row, col)) == "5"

        win.action_undo.trigger()
        assert controller.dialogue.score("payroll_cleanup", "retention").value == before
        assert scores.model.data(scores.model.index(row, col)) == f"{before:g}"
        assert not win.isWindowModified()
        win.action_redo.trigger()
        assert controller.dialogue.score("payroll_cleanup", "retention").value == 5.0
        # The English views are gone, not left listening to the document.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()
        assert not [ref() for ref in old_views if ref() is not None]
    finally:
        _close(win)


def test_a_missing_translation_leaves_the_window_in_english(qapp, language, monkeypatch, tmp_path) -> None:
    """Without the compiled file and without lrelease, French cannot load: English, no crash."""
    import desktop.i18n as i18n

    monkeypatch.setattr(i18n, "TRANSLATIONS_DIR", tmp_path / "nowhere")
    monkeypatch.setenv("PALABRE_DATA_DIR", str(tmp_path / "data"))  # no copy compiled earlier
    assert install_language(qapp, "fr") == "en"
    assert current_language() == "en"
    assert QApplication.translate("MainWindow", "&File") == "&File"
