"""The QApplication: created once, with a check that fonts exist.

Without any font installed Qt silently draws every letter as an empty box; Palabre refuses to
start in that state and says how to fix it.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from palabre.errors import PalabreError

APP_NAME = "Palabre"
ORGANISATION = "Palabre"


def application(offscreen: bool = False) -> QApplication:
    """The application object (created on first call).

    Raises
    ------
    PalabreError
        If Qt finds no font at all.
    """
    app = QApplication.instance()
    if app is None:
        if offscreen:
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        app = QApplication(sys.argv[:1])
        app.setApplicationName(APP_NAME)
        app.setOrganizationName(ORGANISATION)
        app.setApplicationDisplayName(APP_NAME)
    if not QFontDatabase.families():
        raise PalabreError(
            "no fonts are installed, so every letter would show as an empty box. "
            "Install one, for example: sudo apt-get install fonts-dejavu-core"
        )
    return app  # type: ignore[return-value]
