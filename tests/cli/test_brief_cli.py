"""`palabre brief FILE -o OUT.pdf [--lang en|fr] [--redact]` (issue 7, exact form)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli import main
from dialogue.example import example_dialogue
from dialogue.native_file import save


@pytest.fixture()
def example_file(tmp_path: Path) -> Path:
    path = tmp_path / "ex.palabre"
    save(example_dialogue(), path)
    return path


@pytest.mark.parametrize(
    "extra", [[], ["--lang", "fr"], ["--redact"], ["--lang", "fr", "--redact"]])
def test_brief_writes_the_pdf_and_prints_its_path(example_file: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str],
                                                  extra: list[str]) -> None:
    """Exit 0, the path on stdout, a PDF on disk."""
    out = tmp_path / "brief.pdf"
    assert main(["brief", str(example_file), "-o", str(out), *extra]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    assert out.read_bytes().startswith(b"%PDF-")


def test_missing_input_gives_one_line_and_exit_1(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """A missing dialogue file: exit 1, one line on stderr naming the file, no PDF."""
    out = tmp_path / "brief.pdf"
    assert main(["brief", str(tmp_path / "none.palabre"), "-o", str(out)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("palabre: ") and "\n" not in err and "none.palabre" in err
    assert not out.exists()


def test_unwritable_output_gives_one_line_and_exit_1(example_file: Path, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    """An output folder that does not exist: exit 1 with the reason, no traceback."""
    out = tmp_path / "no" / "such" / "folder" / "brief.pdf"
    assert main(["brief", str(example_file), "-o", str(out)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("palabre: could not save") and "\n" not in err


def test_output_is_required(example_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Without -o argparse refuses with a usage message (exit code 2)."""
    with pytest.raises(SystemExit) as exc:
        main(["brief", str(example_file)])
    assert exc.value.code == 2
    assert "-o" in capsys.readouterr().err
