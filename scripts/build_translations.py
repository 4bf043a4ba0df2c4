"""Compile the window's translations: each desktop/translations/*.ts into the .qm next to it,
when the .qm is missing or older. Run by ``make run`` and ``make test``; the .qm files are built,
never committed.

    python scripts/build_translations.py [--force]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.i18n import TRANSLATIONS_DIR, compile_translation


def build(force: bool = False) -> list[Path]:
    """Compile the out-of-date translations; returns the .qm files written."""
    written = []
    for ts in sorted(TRANSLATIONS_DIR.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if force or not qm.is_file() or qm.stat().st_mtime < ts.stat().st_mtime:
            if not compile_translation(ts, qm):
                raise SystemExit(f"could not compile {ts} (is PySide6 installed?)")
            written.append(qm)
    return written


def main() -> int:
    """The command line."""
    parser = argparse.ArgumentParser(description="Compile desktop/translations/*.ts into .qm files.")
    parser.add_argument("--force", action="store_true", help="compile even the up-to-date ones")
    for qm in build(parser.parse_args().force):
        print(f"compiled {qm.relative_to(TRANSLATIONS_DIR.parent.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
