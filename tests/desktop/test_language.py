"""French and English in the window (issue 10): every string translated, and the Language menu.

The completeness test runs Qt's lupdate over desktop/ as the translators' tools do, and compares
what it finds with desktop/translations/palabre_fr.ts (and the English plural forms of
palabre_en.ts). A second scan of the code with Python's ast catches the calls lupdate silently
skips, which would otherwise stay in English with no test noticing.
"""

from __future__ import annotations

import gc
import json
import re
import subprocess
import sys
import weakref
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QSettings
from PySide6.QtWidgets import QApplication

from desktop.i18n import (
    TRANSLATIONS_DIR,
    chosen_language,
    current_language,
    install_language,
    qt_tool,
    saved_language,
    uninstall_language,
)
from desktop.main_window import MainWindow
from desktop.workspaces.decision import ScoresWorkspace
from dialogue import edits
from dialogue.example import example_dialogue

ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"\{[A-Za-z_0-9]*\}|%[0-9]+|%n|%L[0-9]+")


# ---------------------------------------------------------------------------------- helpers
@dataclass(frozen=True)
class Msg:
    context: str
    source: str
    comment: str
    numerus: bool
    forms: tuple[str, ...]
    finished: bool
    where: str


def _messages(ts: Path) -> list[Msg]:
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for m in context.iter("message"):
            node = m.find("translation")
            numerus = m.get("numerus") == "yes"
            if node is None:
                forms: tuple[str, ...] = ()
            elif numerus:
                forms = tuple(f.text or "" for f in node.findall("numerusform"))
            else:
                forms = (node.text or "",)
            loc = m.find("location")
            where = "?"
            if loc is not None and loc.get("filename"):
                file = (ts.parent / str(loc.get("filename"))).resolve()
                where = f"{file.relative_to(ROOT) if file.is_relative_to(ROOT) else file}:{loc.get('line')}"
            finished = (node is not None and node.get("type") not in ("unfinished", "vanished", "obsolete")
                        and bool(forms) and all(forms))
            out.append(Msg(name, m.findtext("source") or "", m.findtext("comment") or "", numerus, forms,
                           finished, where))
    return out


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> list[Msg]:
    """Every message lupdate finds in desktop/ today (absolute locations, to name the lines)."""
    lupdate = qt_tool("lupdate")
    assert lupdate is not None, "Qt's lupdate (shipped with PySide6) was not found"
    ts = tmp_path_factory.mktemp("lupdate") / "now.ts"
    files = sorted(str(p) for p in (ROOT / "desktop").rglob("*.py"))
    done = subprocess.run([str(lupdate), *files, "-ts", str(ts), "-locations", "absolute",
                           "-target-language", "fr_FR"], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    return _messages(ts)


def _describe(m: Msg) -> str:
    return f"{m.where} [{m.context}] {m.source!r}" + (f" ({m.comment})" if m.comment else "")


# ---------------------------------------------------------------------------------- (a) completeness
@pytest.fixture(scope="module")
def calls() -> list:
    """Every tr()/translate() call with literal texts, as Python's ast sees it (the script's scan)."""
    return _script().translate_calls()


def _counted(calls: list) -> set[tuple[str, str, str]]:
    """Messages the code translates with a count: plural, whatever lupdate records."""
    return {c.key for c in calls if c.numerus}


def test_every_string_of_the_window_has_a_french_translation(extracted: list[Msg], calls: list) -> None:
    """Each string lupdate finds in desktop/ is in palabre_fr.ts with a finished French text, both
    plural forms for messages with a count, and the same placeholders ({name}, %1, %n) as the
    English.

    To fix a failure: ``python scripts/merge_translations.py refresh`` (collects the strings
    again), translate what ``python scripts/merge_translations.py status --list`` prints, and merge
    it back with ``python scripts/merge_translations.py merge FILE.jsonl``.
    """
    french = {(m.context, m.source, m.comment): m for m in _messages(TRANSLATIONS_DIR / "palabre_fr.ts")}
    counted = _counted(calls)
    problems = []
    for m in extracted:
        key = (m.context, m.source, m.comment)
        fr = french.get(key)
        if fr is None:
            problems.append(f"not in palabre_fr.ts (run merge_translations.py refresh): {_describe(m)}")
        elif (m.numerus or key in counted) and not (fr.numerus and len(fr.forms) == 2):
            problems.append(f"a message with a count needs its 2 French forms (refresh): {_describe(m)}")
        elif not fr.finished:
            problems.append(f"no French translation: {_describe(m)}")
        else:
            wanted = sorted(PLACEHOLDER.findall(m.source))
            for form in fr.forms:
                if sorted(PLACEHOLDER.findall(form)) != wanted:
                    problems.append(f"placeholders {wanted} changed in {form!r}: {_describe(m)}")
    assert not problems, f"{len(problems)} of {len(extracted)} messages:\n" + "\n".join(problems)


def test_every_plural_message_has_its_english_forms(extracted: list[Msg], calls: list) -> None:
    """English %n messages read "1 stakeholder" and "2 stakeholders" (palabre_en.ts), not "(s)"."""
    english = {(m.context, m.source, m.comment): m for m in _messages(TRANSLATIONS_DIR / "palabre_en.ts")}
    counted = _counted(calls)
    problems = []
    for m in extracted:
        key = (m.context, m.source, m.comment)
        if not (m.numerus or key in counted):
            continue
        en = english.get(key)
        if en is None or not en.finished or not en.numerus or len(en.forms) != 2:
            problems.append(_describe(m))
        elif "%n" in m.source and not all("%n" in f for f in en.forms):
            problems.append(f"%n lost: {_describe(m)}")
    assert not problems, "English plural forms missing (merge_translations.py refresh):\n" + "\n".join(problems)


def test_lupdate_sees_every_translate_call(extracted: list[Msg], calls: list) -> None:
    """Qt's lupdate for Python skips some calls without a word: inside an f-string
    (``f"<b>{self.tr('Ranking')}</b>"``), or ``QCoreApplication.translate(..., n)`` with an
    expression such as ``len(x) - 1`` for n, and misreads an alias (``tr =
    QCoreApplication.translate``) as a message without context. Such strings would never be
    translated. Each call with literal texts found by the ast scan must also be found by lupdate,
    in the same context, and no message may come out of lupdate without a context.
    """
    found = {(m.context, m.source, m.comment) for m in extracted}
    problems = [f"lupdate found no context (an alias of translate?): {_describe(m)}"
                for m in extracted if not m.context]
    for call in calls:
        if call.key not in found:
            problems.append(f"{call.path.relative_to(ROOT)}:{call.line}: lupdate does not see {call.source!r}: "
                            "call tr() outside any f-string, write QCoreApplication.translate(\"Context\", "
                            "\"...\"[, \"\", n]) in full (no alias), with a plain name for n")
    assert not problems, "\n".join(problems)


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


# ---------------------------------------------------------------------------------- the merge script
def _script():
    import importlib.util

    spec = importlib.util.spec_from_file_location("merge_translations", ROOT / "scripts" / "merge_translations.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules[spec.name] = module  # type: ignore[union-attr]  # its dataclasses look themselves up
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_GB">
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StakeholderWorkspace</name>
    <message numerus="yes">
        <source>%n stakeholder(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AHP</name>
    <message>
        <source>strongly</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
"""


def test_merge_fills_the_french_ts_from_json_lines(tmp_path: Path, monkeypatch) -> None:
    """JSON lines fill their messages (plural forms too, "unfinished" removed, elisions with ’); a
    translation that drops a placeholder is refused; a line written from lupdate's misreading of an alias
    (source "AHP", comment "strongly") still finds its message; the file stays in lupdate's layout."""
    script = _script()
    ts = tmp_path / "palabre_fr.ts"
    ts.write_text(TS, encoding="utf-8")
    monkeypatch.setattr(script, "ts_path", lambda lang: ts)
    lines = tmp_path / "t.jsonl"
    rows = [
        {"context": "MainWindow", "source": "&File", "comment": "", "translation": "&Fichier"},
        {"context": "MainWindow", "source": "Opened {path}", "comment": "", "translation": "Ouvert"},
        {"context": "StakeholderWorkspace", "source": "%n stakeholder(s)", "comment": "",
         "translation": ["%n partie prenante", "%n parties prenantes"]},
        {"context": "", "source": "AHP", "comment": "strongly", "translation": "fortement"},
        {"context": "MainWindow", "source": "Nothing yet", "comment": "", "translation": "Rien pour l'instant"},
    ]
    lines.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n{broken\n", encoding="utf-8")
    report = script.merge("fr", [lines])
    assert report.filled == 4 and len(report.refused) == 1 and "{path}" in report.refused[0]
    assert len(report.bad_lines) == 1
    _tree, messages = script.read_ts(ts)
    by_source = {m.source: m for m in messages}
    assert by_source["&File"].finished and by_source["&File"].forms() == ["&Fichier"]
    assert not by_source["Opened {path}"].finished
    assert by_source["%n stakeholder(s)"].forms() == ["%n partie prenante", "%n parties prenantes"]
    assert by_source["strongly"].forms() == ["fortement"]
    assert by_source["Nothing yet"].forms() == ["Rien pour l’instant"]  # the typographic apostrophe
    text = ts.read_text(encoding="utf-8")
    assert "<translation>&amp;Fichier</translation>" in text and text.startswith('<?xml version="1.0"')


def test_english_plural_forms_are_derived_from_the_source() -> None:
    """"%n stakeholder(s)" reads "1 stakeholder" and "2 stakeholders"; "%n pages", "1 page"."""
    plurals = _script().english_plurals
    assert plurals("%n stakeholder(s)") == ["%n stakeholder", "%n stakeholders"]
    assert plurals("Merged %n sheet(s); Ctrl+Z undoes the merge") == [
        "Merged %n sheet; Ctrl+Z undoes the merge", "Merged %n sheets; Ctrl+Z undoes the merge"]
    assert plurals("%n pages") == ["%n page", "%n pages"]
    assert plurals("and %n more") == ["and %n more", "and %n more"]


def test_new_and_example_follow_the_window_language(qtbot, language, settings) -> None:
    """In French, File › New starts a French dialogue and File › Open the example opens the
    French example (same ids as the English one); a refusal's reason is French too."""
    win = _open(qtbot, settings)
    try:
        _choose(qtbot, win, "fr")
        win.open_example()
        d = win.controller.dialogue
        assert d.info.language == "fr" and d.options["hardship_allowance"].name == "Prime de pénibilité en zone rurale"
        win.new_dialogue()
        d = win.controller.dialogue
        assert d.info.title == "Nouveau dialogue" and d.weight_sets["equal"].name == "Poids égaux"
        win.show_refusal("the dialogue needs a title")
        assert "le dialogue doit avoir un titre" in win.message.text()
    finally:
        _close(win)
