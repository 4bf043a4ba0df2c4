"""Autosave and recovery (issue 9): a killed window's edits come back at the next start."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import QSettings

from desktop.main_window import MainWindow
from desktop.recovery_prompt import offer_recovery
from dialogue.example import example_dialogue
from dialogue.native_file import load, save
from dialogue.recovery import RecoveryStore

CHILD = textwrap.dedent("""
    import sys
    from pathlib import Path
    from PySide6.QtCore import QSettings, QTimer
    from desktop.app import application
    from desktop.main_window import MainWindow
    from dialogue import edits
    from dialogue.native_file import load
    from dialogue.recovery import RecoveryStore

    app = application(offscreen=True)
    path = Path(sys.argv[1])
    store = RecoveryStore(Path(sys.argv[2]))
    win = MainWindow(load(path), path, QSettings(sys.argv[3], QSettings.Format.IniFormat), store)
    win.show()
    d = win.controller.dialogue
    win.controller.push(edits.set_score(d, "payroll_cleanup", "retention", 4))
    win.controller.push(edits.set_info(d, title="Edited before the power cut"))
    # Only the autosave timers may write the recovery file: wait past the idle delay.
    QTimer.singleShot(3500, lambda: print("ready", flush=True))
    app.exec()
""")


def test_killed_window_edits_are_restored(tmp_path: Path, qtbot) -> None:
    """Edit, get killed (SIGKILL, no chance to clean up), start again, accept: the edits are back."""
    original = tmp_path / "dialogue.palabre"
    save(example_dialogue(), original)
    recovery = tmp_path / "recovery"
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(original), str(recovery), str(tmp_path / "s.ini")],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)

    assert load(original).info.title == example_dialogue().info.title  # the file itself is untouched
    store = RecoveryStore(recovery)
    entries = store.pending()
    assert len(entries) == 1
    assert entries[0].source == original
    assert "Edited before the power cut" in entries[0].describe()
    assert stat.S_IMODE(entries[0].path.stat().st_mode) == 0o600
    asked = []
    restored = offer_recovery(store, ask=lambda entry: asked.append(entry) or "restore")
    assert asked == entries
    (dialogue, entry), = restored
    assert dialogue.info.title == "Edited before the power cut"
    assert dialogue.score("payroll_cleanup", "retention").value == 4.0

    win = MainWindow(dialogue, entry.source, QSettings(str(tmp_path / "s2.ini"), QSettings.Format.IniFormat), store)
    qtbot.addWidget(win)
    win.mark_recovered()
    store.discard(entry)
    assert win.isWindowModified()
    assert win.controller.path == original
    win.controller.save()
    assert load(original).info.title == "Edited before the power cut"
    assert store.pending() == []
    assert not any(recovery.glob("*.palabre-recovery"))


def test_recovery_file_follows_unsaved_changes(window, tmp_path: Path) -> None:
    """A recovery file exists while changes are unsaved and goes away when they are undone or saved."""
    from dialogue import edits

    store = window.autosaver.store
    target = store.path_for(window.autosaver.session_id)
    window.controller.push(edits.set_info(window.controller.dialogue, title="Changed"))
    assert window.autosaver.save_now()
    assert target.exists()
    window.action_undo.trigger()
    assert not target.exists()
    window.action_redo.trigger()
    window.autosaver.save_now()
    assert target.exists()
    assert window._save_to(tmp_path / "saved.palabre")
    assert not target.exists()


def test_a_running_window_is_not_offered_as_a_crash(window) -> None:
    """Another open window's recovery file belongs to a live process: never offered for restore."""
    from dialogue import edits

    window.controller.push(edits.set_info(window.controller.dialogue, title="Live"))
    window.autosaver.save_now()
    assert window.autosaver.store.pending() == []


def test_autosave_failure_does_not_interrupt(window, tmp_path: Path) -> None:
    """If the recovery folder cannot be written, editing goes on and the reason is kept."""
    from dialogue import edits

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    window.autosaver.store = RecoveryStore(blocker / "recovery")
    window.controller.push(edits.set_info(window.controller.dialogue, title="Still editing"))
    assert not window.autosaver.save_now()
    assert window.autosaver.last_error
    assert window.controller.dialogue.info.title == "Still editing"


def test_encrypted_save_and_open_from_the_window(window, tmp_path: Path, monkeypatch) -> None:
    """Save with a passphrase (asked twice), reopen with it; a wrong one is refused and the open
    dialogue kept; later saves stay encrypted."""
    from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

    from dialogue.encrypted_file import is_encrypted, load_encrypted

    target = tmp_path / "secret.palabre"
    answers = iter([("correct horse battery", True), ("correct horse battery", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: next(answers))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert window.save_encrypted()
    assert is_encrypted(target)
    assert load_encrypted(target, "correct horse battery") == window.controller.dialogue

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("wrong passphrase", True))
    before = window.controller.dialogue.snapshot()
    assert not window.open_path(target, confirmed=True)
    assert "passphrase is wrong" in shown[0]
    assert window.controller.dialogue.snapshot() == before

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("correct horse battery", True))
    assert window.open_path(target, confirmed=True)
    from dialogue import edits

    window.controller.push(edits.set_info(window.controller.dialogue, title="Still secret"))
    assert window.save()
    assert is_encrypted(target)
    assert load_encrypted(target, "correct horse battery").info.title == "Still secret"


def test_export_redacted_copy_from_the_window(window, tmp_path: Path, monkeypatch) -> None:
    """File > Export a redacted copy writes names-free data and leaves the open dialogue alone."""
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "public.palabre"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    before = window.controller.dialogue.snapshot()
    assert window.export_redacted()
    assert "Mensah" not in target.read_text(encoding="utf-8")
    assert window.controller.dialogue.snapshot() == before
    assert not window.isWindowModified()
