"""Unexpected errors in the window: explained in a dialog, details in a log file, a copy offered.

An exception that reaches Qt's event loop would otherwise be printed to a terminal nobody watches,
or end the program silently. Here it is logged with its traceback, the user sees what happened and
where the details are, and is offered to save a copy of the open dialogue before going on.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from desktop.data_dir import log_path

log = logging.getLogger("palabre")


def setup_logging(path: Path | None = None) -> Path:
    """Send Palabre's log (warnings and errors) to a rotating file; returns its path."""
    target = path or log_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not any(isinstance(h, RotatingFileHandler) for h in log.handlers):
        handler = RotatingFileHandler(target, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
    return target


def install_excepthook(save_copy: Callable[[Path], Path], log_file: Path) -> None:
    """Show unexpected errors in a dialog, log them, and offer to save a copy of the dialogue.

    ``save_copy(path)`` writes the open dialogue to ``path`` and returns where it went.
    """

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        details = "".join(traceback.format_exception(kind, error, tb))
        log.error("unexpected error\n%s", details)
        if QApplication.instance() is None:
            sys.__excepthook__(kind, error, tb)
            return
        box = QMessageBox()
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QApplication.translate("Crash", "Something went wrong"))
        box.setText(QApplication.translate(
            "Crash", "Palabre met an unexpected problem. Your dialogue is still open, but to be safe, "
            "save a copy now. The details are in the log file:\n{path}").format(path=log_file))
        box.setDetailedText(details)
        save = box.addButton(QApplication.translate("Crash", "Save a copy…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QApplication.translate("Crash", "Continue"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is save:
            name, _ = QFileDialog.getSaveFileName(
                None, QApplication.translate("Crash", "Save a copy of the dialogue"),
                str(Path.home() / "palabre-rescued.palabre"),
                QApplication.translate("Crash", "Palabre dialogues (*.palabre)"))
            if name:
                try:
                    save_copy(Path(name))
                except Exception:  # a failing rescue must not loop back into this hook
                    log.exception("could not save the rescue copy")

    sys.excepthook = hook
