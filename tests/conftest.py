"""Settings for the whole suite: Qt offscreen, matplotlib's cache in a private folder."""

from __future__ import annotations

import os
import tempfile

# Must be set before any Qt import: without a display a Qt test run would abort the process.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLCONFIGDIR", os.path.join(tempfile.gettempdir(), "palabre-mpl"))
# Recovery files and logs of windows opened by tests go to a private folder, never the user's.
os.environ.setdefault("PALABRE_DATA_DIR", tempfile.mkdtemp(prefix="palabre-test-data-"))
# The suite runs in English whatever the developer's locale: tests that want French ask for it
# (--lang fr, LANG in a subprocess, or the window's language switch).
for _name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
    os.environ.pop(_name, None)
os.environ["LANG"] = "C.UTF-8"
