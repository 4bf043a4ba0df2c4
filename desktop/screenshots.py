"""``palabre --screenshot DIR [FILE] [--lang fr]``: a PNG of every workspace, made offscreen.

This is how we, and anyone on a machine without a screen, look at the window. The pictures are
in English unless ``--lang`` says otherwise (never the language saved from the menu, so that the
documentation's pictures do not depend on who made them); the file names are the same in every
language (the tab titles in English), so that French pictures go into a folder of their own.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

WIDTH, HEIGHT = 1440, 900


def _grab_top(window: object) -> object:
    """A picture of the window, or of the dialog open above it."""
    from PySide6.QtWidgets import QApplication, QDialog

    for w in QApplication.topLevelWidgets():
        if isinstance(w, QDialog) and w.isVisible():
            return w.grab()
    return window.grab()  # type: ignore[attr-defined]


def take_screenshots(folder: Path, args: argparse.Namespace) -> list[Path]:
    """Open the window offscreen, save one picture per workspace into ``folder``, return paths."""
    from desktop.app import application
    from desktop.i18n import install_language
    from desktop.launch import has_display, initial_dialogue
    from desktop.main_window import MainWindow

    app = application(offscreen=not has_display())
    from PySide6.QtCore import QSettings

    install_language(app, getattr(args, "lang", None) or "en")

    dialogue, path = initial_dialogue(args)
    settings = QSettings(str(folder / ".screenshot-settings.ini"), QSettings.Format.IniFormat)
    folder.mkdir(parents=True, exist_ok=True)
    window = MainWindow(dialogue, path, settings)
    window.resize(WIDTH, HEIGHT)
    window.show()
    # File names from the English titles (the class attribute), whatever the language shown.
    slugs = [str(getattr(type(ws), "title", "") or window.tabs.tabText(i)) for i, ws in enumerate(window.workspaces)]
    written = []
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        for _ in range(3):
            app.processEvents()
        widget = window.tabs.widget(i)
        if hasattr(widget, "map"):
            widget.map.fit()
            app.processEvents()
        slug = re.sub(r"[^a-z0-9]+", "-", slugs[i].lower()).strip("-")
        target = folder / f"{i + 1:02d}-{slug}.png"
        window.grab().save(str(target))
        written.append(target)
        states = widget.screenshot_states() if hasattr(widget, "screenshot_states") else []
        for state_slug, set_up in states:
            restore = set_up()
            for _ in range(3):
                app.processEvents()
            target = folder / f"{i + 1:02d}-{slug}-{state_slug}.png"
            _grab_top(window).save(str(target))
            written.append(target)
            restore()
            app.processEvents()
    window.close()
    settings.clear()
    (folder / ".screenshot-settings.ini").unlink(missing_ok=True)
    return written
