"""`palabre sheets FILE -o DIR [--pdf]` (issue 8, exact form)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from desktop.cli import main
from dialogue import edits_participants as ep
from dialogue.example import example_dialogue
from dialogue.native_file import save


@pytest.fixture()
def example_file(tmp_path: Path) -> Path:
    path = tmp_path / "ex.palabre"
    save(example_dialogue(), path)
    return path


def test_sheets_writes_one_workbook_per_participant(example_file: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    """Exit 0; one path per line on stdout, six workbooks that open, no PDF without --pdf."""
    out = tmp_path / "sheets"
    assert main(["sheets", str(example_file), "-o", str(out)]) == 0
    printed = capsys.readouterr().out.split()
    assert len(printed) == 6 and all(p.endswith(".xlsx") for p in printed)
    assert sorted(p.name for p in out.iterdir()) == sorted(Path(p).name for p in printed)
    assert openpyxl.load_workbook(printed[0]).sheetnames[0] == "Instructions"


def test_pdf_adds_the_printable_sheets(example_file: Path, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    """With --pdf each participant also gets a PDF."""
    out = tmp_path / "sheets"
    assert main(["sheets", str(example_file), "-o", str(out), "--pdf"]) == 0
    pdfs = [p for p in capsys.readouterr().out.split() if p.endswith(".pdf")]
    assert len(pdfs) == 6 and Path(pdfs[0]).read_bytes().startswith(b"%PDF-")


def test_no_participants_gives_one_line_and_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A dialogue without participants: exit 1, one line saying what to do."""
    d = example_dialogue()
    d.apply(ep.remove_participants(d, list(d.participants)))
    path = save(d, tmp_path / "none.palabre")
    assert main(["sheets", str(path), "-o", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err.strip()
    assert err == "palabre: the dialogue has no participants: add them first (Participants tab)"


def test_missing_file_and_missing_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A missing dialogue: exit 1 naming it; no -o: usage error (exit 2)."""
    assert main(["sheets", str(tmp_path / "none.palabre"), "-o", str(tmp_path)]) == 1
    assert "none.palabre" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:
        main(["sheets", str(tmp_path / "none.palabre")])
    assert exc.value.code == 2


def test_unwritable_folder_gives_one_line(example_file: Path, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    """A file where the folder should be: exit 1 with the reason, no traceback."""
    blocker = tmp_path / "blocker"
    blocker.write_text("x")
    assert main(["sheets", str(example_file), "-o", str(blocker / "sub")]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("palabre: cannot create the folder") and "\n" not in err
