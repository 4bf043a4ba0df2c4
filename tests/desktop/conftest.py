"""Fixtures for window tests: a main window on a fresh example, with private settings."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from desktop.main_window import MainWindow
from dialogue.example import example_dialogue


@pytest.fixture
def window(qtbot, tmp_path: Path) -> Iterator[MainWindow]:
    """The main window on the example dialogue; recent files stored in tmp_path."""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(example_dialogue(), None, settings)
    win.resize(1440, 900)
    win.show()
    qtbot.waitExposed(win)
    yield win
    # Closed here, not by qtbot (which may close first): marked clean so that no modal
    # "save changes?" question blocks the run.
    win.controller.undo_stack.setClean()
    win.close()
    win.deleteLater()
