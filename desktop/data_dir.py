"""Where Palabre keeps its own files: recovery files and the error log.

``PALABRE_DATA_DIR`` overrides the platform's application-data folder (tests use it).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QStandardPaths


def data_dir() -> Path:
    """The application's data folder (not created here)."""
    override = os.environ.get("PALABRE_DATA_DIR")
    if override:
        return Path(override)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(location or Path.home() / ".local" / "share" / "Palabre")


def recovery_dir() -> Path:
    """Folder of the recovery files."""
    return data_dir() / "recovery"


def log_path() -> Path:
    """The error log."""
    return data_dir() / "logs" / "palabre.log"
