"""Files written by earlier Palabre versions keep opening; files from newer ones are refused.

A file of every earlier format version is kept in ``tests/dialogue/data/format-vN.palabre``. The
version 1 file was written once from the example dialogue; it must never be rewritten by a newer
format, only loaded through the migrations.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dialogue.example import example_dialogue
from dialogue.native_file import FORMAT_VERSION, MIGRATIONS, load, loads_dialogue
from palabre.errors import FileFormatError

DATA = Path(__file__).resolve().parent / "data"
V1 = DATA / "format-v1.palabre"
REGENERATE = (
    "If, and only if, the example dialogue changed on purpose while FORMAT_VERSION is still 1, "
    "regenerate the file: .venv/bin/python -c \"from dialogue.example import example_dialogue; "
    "from dialogue.native_file import dumps; open('tests/dialogue/data/format-v1.palabre', 'w', "
    "encoding='utf-8').write(dumps(example_dialogue()))\". Otherwise a migration is broken."
)


def test_version_1_file_loads_and_equals_the_example() -> None:
    """The kept version 1 file (written from the example) opens and equals the example."""
    assert json.loads(V1.read_text(encoding="utf-8"))["format_version"] == 1
    loaded = load(V1)
    example = example_dialogue()
    if loaded != example:
        changed = [name for name, items in example.snapshot().items()
                   if loaded.snapshot()[name] != items]
        pytest.fail(f"format-v1.palabre no longer equals the example (differs in: "
                    f"{', '.join(changed)}). {REGENERATE}")


def test_a_file_is_kept_for_every_earlier_version() -> None:
    """Each format version before the current one has a test file and a migration, so that no
    version can be left behind when the format changes."""
    for version in range(1, FORMAT_VERSION):
        assert (DATA / f"format-v{version}.palabre").exists(), f"no test file for v{version}"
        assert version in MIGRATIONS, f"no migration from version {version}"


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
