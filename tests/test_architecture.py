"""The layers of ARCHITECTURE.md hold, and the command line stays headless and light."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_import_contracts_hold() -> None:
    """import-linter's contracts in pyproject.toml: Qt only in desktop/, layers one way."""
    lint = shutil.which("lint-imports") or str(Path(sys.executable).parent / "lint-imports")
    run = subprocess.run([lint], cwd=ROOT, capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stdout + run.stderr


def test_cli_subcommands_do_not_load_qt_or_skcriteria(tmp_path: Path) -> None:
    """`palabre example` and `palabre check` run without importing PySide6 or scikit-criteria."""
    code = (
        "import sys; from desktop.cli import main\n"
        f"assert main(['example', '-o', {str(tmp_path / 'ex.palabre')!r}]) == 0\n"
        f"assert main(['check', {str(tmp_path / 'ex.palabre')!r}]) == 0\n"
        "bad = [m for m in ('PySide6', 'pyqtgraph', 'skcriteria') if m in sys.modules]\n"
        "assert not bad, bad\n"
    )
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stdout + run.stderr


def test_ruff_is_clean() -> None:
    """`ruff check` passes on the whole repository (the rule set is in pyproject.toml)."""
    ruff = shutil.which("ruff") or str(Path(sys.executable).parent / "ruff")
    run = subprocess.run([ruff, "check", "."], cwd=ROOT, capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stdout[-4000:]
