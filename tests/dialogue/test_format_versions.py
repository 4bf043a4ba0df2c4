"""Files written by earlier Palabre versions keep opening; files from newer ones are refused.

A file of every format version is kept in ``tests/dialogue/data/format-vN.palabre``. Each was
written once from the example dialogue of its time; an earlier version's file must never be
rewritten by a newer format, only loaded through the migrations.

Version 2 (issue 8) added participants and their answers; version 1 files have none.
Version 3 (issue 11) added the workforce baseline, each option's effects and the Impact link;
version 1 and 2 files have none.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dialogue.example import example_dialogue
from dialogue.model import Delete, Dialogue, Edit, Put
from dialogue.native_file import FORMAT_VERSION, MIGRATIONS, load, loads_dialogue
from palabre.errors import FileFormatError

DATA = Path(__file__).resolve().parent / "data"
V1 = DATA / "format-v1.palabre"
V2 = DATA / "format-v2.palabre"
CURRENT = DATA / f"format-v{FORMAT_VERSION}.palabre"
REGENERATE = (
    f"If, and only if, the example dialogue changed on purpose while FORMAT_VERSION is still "
    f"{FORMAT_VERSION}, regenerate the current file: .venv/bin/python -c \"from dialogue.example "
    "import example_dialogue; from dialogue.native_file import dumps; "
    f"open('tests/dialogue/data/format-v{FORMAT_VERSION}.palabre', 'w', encoding='utf-8')"
    ".write(dumps(example_dialogue()))\". Never rewrite an earlier version's file: if that one "
    "differs, a migration is broken."
)


def _differing_parts(loaded: Dialogue, expected: Dialogue) -> str:
    return ", ".join(name for name, items in expected.snapshot().items()
                     if loaded.snapshot()[name] != items)


def _without_workforce(d: Dialogue) -> Dialogue:
    """The dialogue as a version 2 file could hold it: no baseline, no effects, no link; and
    without the bundle the example gained at the same time (content, not format)."""
    steps: list = [Delete("effects", oid) for oid in d.keys("effects")]
    steps += [Delete("workforce", key) for key in d.keys("workforce")]
    steps += [Put("options", o.id, o.replace(bundle="")) for o in d.options.values() if o.bundle]
    d.apply(Edit("Drop workforce", tuple(steps)))
    return d


def _without_participants(d: Dialogue) -> Dialogue:
    """The dialogue as a version 1 file could hold it: no participants, no answers."""
    d = _without_workforce(d)
    steps = [Delete("answers", pid) for pid in d.answers]
    steps += [Delete("participants", pid) for pid in d.participants]
    d.apply(Edit("Drop participants", tuple(steps)))
    return d


def test_version_1_file_loads_through_the_migration() -> None:
    """The kept version 1 file (written from the example before participants existed) opens
    through the 1 -> 2 migration and equals the example without its participants and answers."""
    assert json.loads(V1.read_text(encoding="utf-8"))["format_version"] == 1
    loaded = load(V1)
    assert not loaded.participants and not loaded.answers
    expected = _without_participants(example_dialogue())
    if loaded != expected:
        pytest.fail(f"format-v1.palabre no longer equals the example without participants "
                    f"(differs in: {_differing_parts(loaded, expected)}): the migration is broken.")


def test_migration_1_to_2_adds_empty_participants() -> None:
    """The migration adds exactly the two new, empty parts and changes nothing else."""
    data = json.loads(V1.read_text(encoding="utf-8"))
    migrated = MIGRATIONS[1](dict(data))
    assert migrated == {**data, "participants": [], "answers": []}


def test_version_2_file_loads_through_the_migration() -> None:
    """The kept version 2 file (written before the workforce projection existed) opens through
    the 2 -> 3 migration and equals the example without its baseline and effects."""
    assert json.loads(V2.read_text(encoding="utf-8"))["format_version"] == 2
    loaded = load(V2)
    assert not loaded.keys("workforce") and not loaded.keys("effects")
    assert loaded.participants
    expected = _without_workforce(example_dialogue())
    if loaded != expected:
        pytest.fail(f"format-v2.palabre no longer equals the example without workforce "
                    f"(differs in: {_differing_parts(loaded, expected)}): the migration is broken.")


def test_migration_2_to_3_adds_no_workforce() -> None:
    """The migration adds an empty workforce part and no effects, and changes nothing else."""
    data = json.loads(V2.read_text(encoding="utf-8"))
    assert MIGRATIONS[2](dict(data)) == {**data, "workforce": None, "effects": []}


def test_current_version_file_loads_and_equals_the_example() -> None:
    """The file of the current version, written from the example, opens and equals it, with
    its participants and their answers."""
    assert json.loads(CURRENT.read_text(encoding="utf-8"))["format_version"] == FORMAT_VERSION
    loaded = load(CURRENT)
    example = example_dialogue()
    assert len(loaded.participants) >= 3 and loaded.answers
    assert loaded.keys("workforce") and loaded.keys("effects")
    if loaded != example:
        pytest.fail(f"format-v{FORMAT_VERSION}.palabre no longer equals the example (differs in: "
                    f"{_differing_parts(loaded, example)}). {REGENERATE}")


def test_a_file_is_kept_for_every_earlier_version() -> None:
    """Each format version has a test file and each earlier one a migration, so that no version
    can be left behind when the format changes."""
    for version in range(1, FORMAT_VERSION + 1):
        assert (DATA / f"format-v{version}.palabre").exists(), f"no test file for v{version}"
        assert version == FORMAT_VERSION or version in MIGRATIONS, f"no migration from v{version}"


@pytest.mark.parametrize("version", [FORMAT_VERSION + 1, 999])
def test_newer_version_is_refused_naming_both_versions(version: int) -> None:
    """A file from a newer Palabre is refused with a message that names its version and the
    newest this Palabre reads, and asks for an update."""
    data = json.loads(V1.read_text(encoding="utf-8"))
    data["format_version"] = version
    with pytest.raises(FileFormatError) as info:
        loads_dialogue(json.dumps(data), "future.palabre")
    message = str(info.value)
    assert f"format version {version}" in message
    assert f"up to {FORMAT_VERSION}" in message
    assert "update Palabre" in message


@pytest.mark.parametrize("version", ["1", 1.0, 0, -1, True, None])
def test_malformed_version_is_refused(version: object) -> None:
    """A version that is not a whole number from 1 is refused, naming the field."""
    data = json.loads(V1.read_text(encoding="utf-8"))
    data["format_version"] = version
    with pytest.raises(FileFormatError, match="format_version"):
        loads_dialogue(json.dumps(data))
