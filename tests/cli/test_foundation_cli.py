"""`palabre example`, `palabre check` and the headless fallback of `palabre` (issue 2)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main
from dialogue.example import example_dialogue
from dialogue.native_file import load


def test_example_writes_a_valid_dialogue(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The example written by the command line loads back equal to the bundled example."""
    out = tmp_path / "example.palabre"
    assert main(["example", "-o", str(out)]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    assert load(out) == example_dialogue()


def test_check_summarises_a_valid_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A valid file gives exit 0 and one line with the counts a facilitator would expect."""
    out = tmp_path / "ex.palabre"
    main(["example", "-o", str(out)])
    capsys.readouterr()
    assert main(["check", str(out)]) == 0
    line = capsys.readouterr().out.strip()
    assert "\n" not in line
    assert "18 stakeholders" in line and "12 options" in line and "10 criteria" in line


def test_check_lists_every_problem_with_its_field(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Each problem is on its own line and names the field; exit code 1; no traceback."""
    data = {
        "format": "palabre", "format_version": 1, "info": {"title": "Bad"},
        "stakeholders": [{"id": "a", "name": "A", "power": 9, "interest": 3},
                         {"id": "b", "name": "B", "power": 3, "interest": "high"}],
    }
    bad = tmp_path / "bad.palabre"
    bad.write_text(json.dumps(data), encoding="utf-8")
    assert main(["check", str(bad)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2
    assert "stakeholders[0]" in err[0] and "power" in err[0] and "9" in err[0]
    assert "stakeholders[1].interest" in err[1]
    assert all(line.startswith("bad.palabre") for line in err)


@pytest.mark.parametrize("content", [b"", b"{not json", b"\x00\x01\x02", b'{"format": "other"}'])
def test_check_refuses_damaged_files_without_traceback(tmp_path: Path, content: bytes) -> None:
    """Damaged files give exit 1 and a message, never a Python traceback."""
    bad = tmp_path / "damaged.palabre"
    bad.write_bytes(content)
    run = subprocess.run([sys.executable, "-m", "desktop.cli", "check", str(bad)],
                         capture_output=True, text=True, check=False)
    assert run.returncode == 1
    assert "Traceback" not in run.stderr
    assert "damaged.palabre" in run.stderr


def test_missing_file_is_a_one_line_error(tmp_path: Path) -> None:
    """A file that does not exist: exit 1, one line."""
    run = subprocess.run([sys.executable, "-m", "desktop.cli", "check", str(tmp_path / "nope.palabre")],
                         capture_output=True, text=True, check=False)
    assert run.returncode == 1
    assert run.stderr.strip().count("\n") == 0 and "no such file" in run.stderr


def test_without_a_display_palabre_writes_the_example_brief(tmp_path: Path) -> None:
    """`palabre --example` with no display says so, writes example-brief.pdf, prints the ranking."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    run = subprocess.run([sys.executable, "-m", "desktop.cli", "--example"], cwd=tmp_path, env=env,
                         capture_output=True, text=True, check=False, timeout=300)
    assert run.returncode == 0, run.stderr
    first = run.stdout.splitlines()[0]
    assert "No display" in first and "example-brief.pdf" in first
    pdf = tmp_path / "example-brief.pdf"
    assert pdf.exists() and pdf.read_bytes().startswith(b"%PDF")
    assert "Admit students from rural backgrounds" in run.stdout
    assert "rank" in run.stdout


def test_without_a_display_in_french_the_brief_and_ranking_are_french(tmp_path: Path) -> None:
    """`palabre --example --lang fr` with no display: the message, the French example's names,
    decimal commas, and a French brief."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["PALABRE_DATA_DIR"] = str(tmp_path / "data")
    run = subprocess.run([sys.executable, "-m", "desktop.cli", "--example", "--lang", "fr"], cwd=tmp_path,
                         env=env, capture_output=True, text=True, check=False, timeout=300)
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines()[0].startswith("Aucun écran disponible")
    assert "Admettre des étudiants d’origine rurale" in run.stdout and "0,676" in run.stdout
    text = subprocess.run(["pdftotext", str(tmp_path / "example-brief.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "NOTE D’ORIENTATION" in text
