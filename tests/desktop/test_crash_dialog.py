"""Unexpected errors in the window (issue 9): explained, logged, and a copy of the work offered."""

from __future__ import annotations

import logging
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.crash import install_excepthook, setup_logging
from dialogue.example import example_dialogue
from dialogue.native_file import load, save


def test_an_unexpected_error_is_logged_explained_and_a_copy_saved(tmp_path: Path, qtbot, monkeypatch) -> None:
    """The hook writes the traceback to the log, shows a dialog naming the log, and saves a copy
    of the open dialogue where the user chooses."""
    log_file = setup_logging(tmp_path / "logs" / "palabre.log")
    copy = tmp_path / "rescued.palabre"
    shown: dict[str, str] = {}

    def fake_exec(box: QMessageBox) -> int:
        shown["text"] = box.text()
        shown["details"] = box.detailedText()
        save_button = next(b for b in box.buttons() if "Save a copy" in b.text())
        monkeypatch.setattr(QMessageBox, "clickedButton", lambda _self: save_button)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))
    previous = sys.excepthook
    try:
        install_excepthook(lambda p: save(example_dialogue(), p), log_file)
        try:
            raise RuntimeError("a bug in a view")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = previous
    logger = logging.getLogger("palabre")
    for handler in list(logger.handlers):
        handler.flush()
        if isinstance(handler, RotatingFileHandler):
            logger.removeHandler(handler)
            handler.close()
    assert str(log_file) in shown["text"]
    assert "RuntimeError: a bug in a view" in shown["details"]
    assert "RuntimeError: a bug in a view" in log_file.read_text(encoding="utf-8")
    assert load(copy) == example_dialogue()
