"""The Brief workspace (issue 7, "In the window"): the user's text is part of the document and
undoable, the drafts are the starting point, the export choices shape the PDF, and the preview
and the export run without freezing the window."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication, QFileDialog

from desktop.main_window import MainWindow
from desktop.workspaces.brief import BriefWorkspace
from dialogue.example import example_dialogue

needs_pdftoppm = pytest.mark.skipif(shutil.which("pdftoppm") is None,
                                    reason="poppler-utils (pdftoppm) not installed")
JOB_TIMEOUT_MS = 60000


def _settle(win: MainWindow) -> None:
    """Before the window closes: let running jobs finish (their results need the window) and
    mark the edits saved (closing would otherwise ask about them)."""
    assert win.workspace(BriefWorkspace).wait_until_idle(JOB_TIMEOUT_MS)
    win.controller.undo_stack.setClean()


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:
    """The main window on the example, with private settings; marked saved before it closes
    (these tests leave edits behind, and closing would otherwise ask to save them)."""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(example_dialogue(), None, settings)
    qtbot.addWidget(win, before_close_func=_settle)
    win.resize(1440, 900)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def brief(window: MainWindow, qtbot) -> BriefWorkspace:
    """The Brief tab, shown, with its first drafts and preview finished."""
    ws = window.workspace(BriefWorkspace)
    window.tabs.setCurrentWidget(ws)
    qtbot.waitUntil(lambda: not ws.busy(), timeout=JOB_TIMEOUT_MS)
    return ws


def _export(ws: BriefWorkspace, qtbot, path: Path) -> str:
    """Export through the workspace and return the PDF's text."""
    with qtbot.waitSignal(ws.exported, timeout=JOB_TIMEOUT_MS) as signal:
        assert ws.export_to(path)
    assert signal.args == [str(path)], ws.export_status.text()
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(path.read_bytes())).pages)


def _focus_out(widget) -> None:
    QApplication.sendEvent(widget, QFocusEvent(QEvent.Type.FocusOut))


def test_typing_in_a_section_is_one_undo_step_and_ctrl_z_restores_it(
        window: MainWindow, brief: BriefWorkspace, qtbot) -> None:
    """Typing a sentence into the context is one undo step; Ctrl+Z pressed in the editor reaches
    Edit > Undo and brings the document and the editor back to the text before."""
    page = brief.pages["context"]
    before = window.controller.dialogue.brief["context"]
    assert page.editor.toPlainText() == before
    page.editor.setFocus()
    page.editor.moveCursor(page.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(page.editor, " Districts lose half their new nurses.")
    assert window.controller.dialogue.brief["context"] == before + " Districts lose half their new nurses."
    assert window.controller.undo_stack.count() == 1
    assert window.isWindowModified()
    qtbot.keyClick(page.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.controller.dialogue.brief["context"] == before
    assert page.editor.toPlainText() == before
    assert not window.isWindowModified()
    window.action_redo.trigger()
    assert page.editor.toPlainText().endswith("new nurses.")


def test_leaving_the_editor_ends_the_undo_step(window: MainWindow, brief: BriefWorkspace,
                                               qtbot) -> None:
    """Two bursts of typing separated by a focus change are two undo steps: undo takes back only
    the second."""
    page = brief.pages["recommendations"]
    page.editor.clear()
    qtbot.keyClicks(page.editor, "Fund the allowance.")
    _focus_out(page.editor)
    qtbot.keyClicks(page.editor, " Pilot it first.")
    assert window.controller.dialogue.brief["recommendations"] == "Fund the allowance. Pilot it first."
    window.action_undo.trigger()
    assert window.controller.dialogue.brief["recommendations"] == "Fund the allowance."
    assert page.editor.toPlainText() == "Fund the allowance."


def test_the_draft_is_shown_greyed_and_the_button_starts_from_it(
        window: MainWindow, brief: BriefWorkspace, qtbot) -> None:
    """An empty section shows the drafted key messages as a placeholder and the brief uses
    them; "Start from the draft" copies them into the document in one undoable step."""
    page = brief.pages["key_messages"]
    assert "key_messages" not in window.controller.dialogue.brief
    assert page.editor.toPlainText() == ""
    draft = page.editor.placeholderText()
    assert "Admit students from rural backgrounds ranks first" in draft
    assert "prints the draft" in page.state.text()
    qtbot.mouseClick(page.from_draft, Qt.MouseButton.LeftButton)
    assert window.controller.dialogue.brief["key_messages"] == draft
    assert page.editor.toPlainText() == draft
    assert "prints your text" in page.state.text()
    qtbot.keyClick(page.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(page.editor, "A sixth message.")
    assert window.controller.undo_stack.count() == 2  # the draft, then the typing
    window.action_undo.trigger()
    window.action_undo.trigger()
    assert "key_messages" not in window.controller.dialogue.brief
    assert page.editor.toPlainText() == ""


def test_sections_without_a_draft_have_no_draft_button(brief: BriefWorkspace) -> None:
    """Context and recommendations are the user's alone: no draft button, a plain prompt."""
    assert brief.pages["context"].from_draft.isHidden()
    assert not brief.pages["implementation"].from_draft.isHidden()


def test_export_writes_a_pdf_with_the_users_text(window: MainWindow, brief: BriefWorkspace,
                                                 qtbot, tmp_path: Path) -> None:
    """What the user typed is in the exported PDF; the status line says where it was written."""
    page = brief.pages["recommendations"]
    page.editor.clear()
    qtbot.keyClicks(page.editor, "Zanzibarine budget line for rural housing.")
    text = _export(brief, qtbot, tmp_path / "brief.pdf")
    assert "Zanzibarine budget line for rural housing." in text
    assert "Key messages" in text
    assert "brief.pdf" in brief.export_status.text()
    assert brief.export_button.isEnabled()


def test_sections_left_out_are_not_in_the_pdf(brief: BriefWorkspace, qtbot,
                                              tmp_path: Path) -> None:
    """Unticking the annexes leaves them out of the export."""
    brief.section_boxes["annexes"].setChecked(False)
    assert "annexes" not in brief.choices().sections
    text = _export(brief, qtbot, tmp_path / "short.pdf")
    assert "Annex A" not in text
    assert "Recommendations" in text


def test_french_choice_gives_french_headings_and_drafts(window: MainWindow,
                                                        brief: BriefWorkspace, qtbot,
                                                        tmp_path: Path) -> None:
    """Choosing French gives a brief with French headings, and French drafts in the editors;
    the choice is a setting, not an edit of the document."""
    brief.language.setCurrentIndex(brief.language.findData("fr"))
    qtbot.waitUntil(lambda: "arrive en tête" in brief.pages["key_messages"].editor.placeholderText(),
                    timeout=JOB_TIMEOUT_MS)
    text = _export(brief, qtbot, tmp_path / "note.pdf")
    for heading in ("Messages clés", "Résumé", "Recommandations", "Annexes"):
        assert heading in text
    assert "Key messages" not in text
    assert window.controller.undo_stack.count() == 0
    assert window.settings.value("brief/language") == "fr"


def test_redaction_removes_the_persons_name(brief: BriefWorkspace, qtbot,
                                            tmp_path: Path) -> None:
    """The public version shows Hon. K. Mensah (a person) by category only."""
    assert "Mensah" in _export(brief, qtbot, tmp_path / "full.pdf")
    brief.redact.setChecked(True)
    text = _export(brief, qtbot, tmp_path / "public.pdf")
    assert "Mensah" not in text
    assert "(individual 1)" in text


def test_export_choices_are_remembered(window: MainWindow, brief: BriefWorkspace, qtbot,
                                       tmp_path: Path) -> None:
    """Language, redaction and sections come back in the next window (same settings)."""
    brief.language.setCurrentIndex(brief.language.findData("fr"))
    brief.redact.setChecked(True)
    brief.section_boxes["robustness"].setChecked(False)
    qtbot.waitUntil(lambda: not brief.busy(), timeout=JOB_TIMEOUT_MS)
    settings = QSettings(window.settings.fileName(), QSettings.Format.IniFormat)
    other = MainWindow(example_dialogue(), None, settings)
    qtbot.addWidget(other, before_close_func=_settle)
    again = other.workspace(BriefWorkspace).choices()
    assert again == brief.choices()
    assert again.lang == "fr" and again.redact and "robustness" not in again.sections


def test_file_menu_export_uses_the_workspace(window: MainWindow, qtbot, tmp_path: Path,
                                             monkeypatch) -> None:
    """File > Export brief opens the Brief tab and exports with its choices (French here)."""
    ws = window.workspace(BriefWorkspace)
    ws.language.setCurrentIndex(ws.language.findData("fr"))
    target = tmp_path / "menu"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_args, **_kw: (str(target), "PDF (*.pdf)"))
    with qtbot.waitSignal(ws.exported, timeout=JOB_TIMEOUT_MS):
        window.export_brief()
    assert window.tabs.currentWidget() is ws
    written = tmp_path / "menu.pdf"
    text = PdfReader(io.BytesIO(written.read_bytes())).pages[0].extract_text()
    assert "Messages clés" in text
    qtbot.waitUntil(lambda: not ws.busy(), timeout=JOB_TIMEOUT_MS)


@needs_pdftoppm
def test_preview_shows_the_pages(brief: BriefWorkspace, qtbot) -> None:
    """The preview draws every page of the brief as a picture (the example has more than
    four pages, hence a contents list)."""
    assert len(brief.preview.images) > 4
    first = brief.preview.images[0]
    assert not first.isNull() and first.width() > 300
    # The title band is dark blue: the picture is a drawn page, not a blank one.
    colour = first.pixelColor(first.width() // 2, int(first.height() * 0.1))
    assert colour.blue() > colour.red() + 40
    assert brief.preview_status.text().startswith(str(len(brief.preview.images)))


@needs_pdftoppm
def test_preview_follows_the_choices(brief: BriefWorkspace, qtbot) -> None:
    """Leaving out everything but the key messages gives a one-page preview."""
    with qtbot.waitSignal(brief.preview_ready, timeout=JOB_TIMEOUT_MS):
        for section, box in brief.section_boxes.items():
            box.setChecked(section == "key_messages")
    qtbot.waitUntil(lambda: not brief.busy() and len(brief.preview.images) == 1,
                    timeout=JOB_TIMEOUT_MS)


@needs_pdftoppm
def test_the_window_answers_while_the_preview_is_made(brief: BriefWorkspace, qtbot) -> None:
    """The preview is made in a worker thread: refresh_preview returns at once and the window
    keeps processing events (a 10 ms timer keeps firing) until the pages arrive."""
    ticks_while_busy = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks_while_busy.append(1) if brief.busy("preview") else None)
    timer.start()
    brief.refresh_preview()
    assert brief.busy("preview")
    with qtbot.waitSignal(brief.preview_ready, timeout=JOB_TIMEOUT_MS):
        pass
    timer.stop()
    assert len(ticks_while_busy) >= 5
    assert not brief.busy("preview")
