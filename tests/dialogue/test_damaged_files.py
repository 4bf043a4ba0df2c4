"""Damaged and hostile ``.palabre`` files are refused with a clear FileFormatError.

The corpus lives in ``tests/dialogue/data/damaged/`` and is written by ``make_damaged_corpus.py``
beside this file; cases too large for git are built in a temporary folder.
"""

from __future__ import annotations

from pathlib import Path

import make_damaged_corpus as corpus
import pytest

from dialogue.native_file import FORMAT_VERSION, load, loads_dialogue
from palabre.errors import FileFormatError, PalabreError

FILES = sorted(corpus.CORPUS.glob("*.palabre"))


def _expect(fragments: tuple[str, ...]) -> list[str]:
    return [f.replace("{FORMAT_VERSION}", str(FORMAT_VERSION)) for f in fragments]


def _refused(path: Path, fragments: tuple[str, ...], watchdog) -> FileFormatError:
    with watchdog(10, f"loading {path.name}"), pytest.raises(FileFormatError) as info:
        load(path)
    error = info.value
    assert isinstance(error, PalabreError)
    message = str(error)
    for fragment in _expect(fragments):
        assert fragment in message, f"{path.name}: {fragment!r} is not named in: {message}"
    assert "\n" not in message, f"{path.name}: the message is not one line: {message!r}"
    assert len(message) < 600, f"{path.name}: message of {len(message):,} characters"
    assert error.problems and all(len(p) < 600 for p in error.problems)
    assert len(error.problems) <= 20, f"{path.name}: {len(error.problems):,} problems listed"
    return error


def test_base_document_is_valid() -> None:
    """The document every damaged file is derived from loads: each file differs from a valid
    dialogue only by its damage, so each refusal is caused by that damage."""
    d = loads_dialogue(corpus.BASE_TEXT)
    assert list(d.stakeholders) == ["moh", "union"]
    assert len(d.scores) == 4


def test_corpus_is_complete_and_reproducible(tmp_path: Path) -> None:
    """The committed corpus holds at least 30 files and is exactly what the generator writes
    (if this fails, run ``.venv/bin/python tests/dialogue/make_damaged_corpus.py``)."""
    assert len(FILES) >= 30
    assert {p.name for p in FILES} == set(corpus.CASES)
    for path in corpus.write(tmp_path):
        assert path.read_bytes() == (corpus.CORPUS / path.name).read_bytes(), path.name


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_damaged_file_is_refused_with_a_message_naming_the_problem(path: Path, watchdog) -> None:
    """Opening a damaged or hostile file gives a FileFormatError whose one-line message names
    the field or the problem (never another exception, never a hang)."""
    _refused(path, corpus.CASES[path.name][1], watchdog)


@pytest.mark.parametrize("name", sorted(corpus.LARGE_CASES))
def test_large_hostile_file_is_refused(tmp_path: Path, name: str, watchdog) -> None:
    """Ten-megabyte strings and keys, too many entries (options, positions, weights, unknown
    fields) and a megabyte of brackets are refused with a short message (the huge value is not
    repeated in it) and a short list of problems, without hanging."""
    make, fragments = corpus.LARGE_CASES[name]
    path = tmp_path / name
    path.write_bytes(make())
    _refused(path, fragments, watchdog)


def test_folder_instead_of_a_file(tmp_path: Path, watchdog) -> None:
    """Choosing a folder named like a dialogue says it is a folder."""
    folder = tmp_path / "dialogue.palabre"
    folder.mkdir()
    _refused(folder, ("folder",), watchdog)


def test_missing_file(tmp_path: Path, watchdog) -> None:
    """A file that does not exist is named in the message."""
    _refused(tmp_path / "gone.palabre", ("gone.palabre", "no such file"), watchdog)


def test_fifo_does_not_hang(tmp_path: Path, watchdog) -> None:
    """A named pipe (which would block a reader forever) is refused, not read."""
    fifo = tmp_path / "pipe.palabre"
    import os

    os.mkfifo(fifo)
    _refused(fifo, ("pipe.palabre", "not a regular file"), watchdog)


def test_file_larger_than_the_limit(
    tmp_path: Path, watchdog, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file above the size limit is refused before it is read (limit lowered for the test)."""
    from dialogue import limits

    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "big.palabre"
    path.write_text(corpus.BASE_TEXT, encoding="utf-8")
    _refused(path, ("big.palabre", "MB"), watchdog)


def test_every_problem_is_listed() -> None:
    """A file with several broken fields lists each one in ``problems``, so that ``palabre check``
    can show them all at once."""
    text = corpus.changed("info.title", 42).decode()
    text = text.replace('"power": 5', '"power": 9').replace('"strength": 2', '"strength": "2"')
    with pytest.raises(FileFormatError) as info:
        loads_dialogue(text)
    problems = info.value.problems
    assert any(p.startswith("info.title") for p in problems)
    assert any("stakeholders[0]" in p and "power" in p for p in problems)
    assert any(p.startswith("ties[0].strength") for p in problems)
    assert "and" in str(info.value) and "more" in str(info.value)


def test_deep_nesting_is_refused_when_the_recursion_limit_was_raised(
    monkeypatch: pytest.MonkeyPatch, watchdog
) -> None:
    """If some library raised Python's recursion limit, deep nesting is still refused (by a scan
    of the text before parsing) and a sound file still opens."""
    from dialogue import safe_json

    monkeypatch.setattr(safe_json, "_TRUSTED_RECURSION_LIMIT", 0)
    with watchdog(10, "the fallback scan"), pytest.raises(FileFormatError, match="nested more"):
        loads_dialogue(corpus.CASES["nested-10000.palabre"][0].decode())
    assert len(loads_dialogue(corpus.BASE_TEXT).stakeholders) == 2


@pytest.mark.parametrize(
    ("path", "value", "field"),
    [
        ("stakeholders.0.power", "high", "stakeholders[0].power"),
        ("ties.0.strength", "2", "ties[0].strength"),
        ("criteria.0.scale.low", "0", "criteria[0].scale.low"),
        ("info.title", 42, "info.title"),
        ("scores.0.value", None, "scores[0].value"),
    ],
)
def test_a_wrong_field_is_reported_once(path: str, value: object, field: str) -> None:
    """A field of the wrong type gives one problem naming it, not a second, confusing one from
    the placeholder it was replaced with (such as "power ... got None")."""
    with pytest.raises(FileFormatError) as info:
        loads_dialogue(corpus.changed(path, value).decode())
    (problem,) = info.value.problems
    assert problem.startswith(f"{field}: ")
