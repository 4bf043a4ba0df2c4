"""The brief's fonts: DejaVu Sans, embedded, registered at run time.

Helvetica (reportlab's default) has no Romanian ș ț nor Cyrillic, and is not embedded; DejaVu Sans
from Debian's ``fonts-dejavu-core`` covers Latin, Greek and Cyrillic and is embedded as a subset.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from palabre.errors import PalabreError

log = logging.getLogger(__name__)

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
FAMILY = "DejaVuSans"

# Where the fonts live on Debian and Ubuntu (fonts-dejavu-core), on Fedora, Arch and macOS
# Homebrew; PALABRE_FONT_DIR overrides them all.
SEARCH_DIRS = (
    "/usr/share/fonts/truetype/dejavu",
    "/usr/share/fonts/dejavu-sans-fonts",
    "/usr/share/fonts/TTF",
    "/usr/share/fonts/dejavu",
    "/usr/local/share/fonts",
    "/opt/homebrew/share/fonts",
)

_registered = False


def font_dirs() -> list[Path]:
    """Folders searched for DejaVu Sans, the override first."""
    dirs = [Path(p) for p in SEARCH_DIRS]
    override = os.environ.get("PALABRE_FONT_DIR")
    if override:
        dirs.insert(0, Path(override))
    return dirs


def find_font(filename: str) -> Path:
    """The path of a font file, or a PalabreError that says what to install."""
    for folder in font_dirs():
        candidate = folder / filename
        if candidate.is_file():
            return candidate
    raise PalabreError(
        f"font {filename} not found (looked in {', '.join(str(d) for d in font_dirs()[:2])}, ...): "
        "install it with `sudo apt-get install fonts-dejavu-core` or set PALABRE_FONT_DIR"
    )


def register_fonts() -> None:
    """Register DejaVu Sans regular and bold with reportlab (once per process).

    Raises
    ------
    PalabreError
        If a font file is missing or unreadable.
    """
    global _registered
    if _registered:
        return
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    regular, bold = find_font("DejaVuSans.ttf"), find_font("DejaVuSans-Bold.ttf")
    try:
        pdfmetrics.registerFont(TTFont(REGULAR, str(regular)))
        pdfmetrics.registerFont(TTFont(BOLD, str(bold)))
    except (TTFError, OSError) as exc:
        raise PalabreError(f"cannot read the font {regular.parent}: {exc}") from None
    # So that <b> in paragraphs picks the bold face, and italics fall back to upright.
    addMapping(FAMILY, 0, 0, REGULAR)
    addMapping(FAMILY, 1, 0, BOLD)
    addMapping(FAMILY, 0, 1, REGULAR)
    addMapping(FAMILY, 1, 1, BOLD)
    log.debug("registered %s and %s", regular, bold)
    _registered = True
