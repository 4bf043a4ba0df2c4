"""Encrypted dialogues (issue 9): round trip, wrong passphrase, tampering, nothing in clear."""

from __future__ import annotations

from pathlib import Path

import pytest

from dialogue.encrypted_file import is_encrypted, load_encrypted, save_encrypted
from dialogue.example import example_dialogue
from palabre.errors import FileFormatError, PalabreError


@pytest.fixture(scope="module")
def saved(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("enc") / "secret.palabre"
    save_encrypted(example_dialogue(), path, "arbre à palabres 2026")
    return path


def test_round_trip_with_the_right_passphrase(saved: Path) -> None:
    """The right passphrase gives back exactly the dialogue that was saved."""
    assert is_encrypted(saved)
    assert load_encrypted(saved, "arbre à palabres 2026") == example_dialogue()


def test_no_name_or_note_is_readable_in_the_file(saved: Path) -> None:
    """Names and notes of stakeholders do not appear anywhere in the file's bytes."""
    data = saved.read_bytes()
    for needle in ("Mensah", "Ministry of Finance", "Retaining nurses", "SYNIM"):
        assert needle.encode() not in data


def test_wrong_passphrase_is_refused_with_a_clear_message(saved: Path) -> None:
    """A wrong passphrase says so (and that it may be damage), never a crypto traceback."""
    with pytest.raises(FileFormatError, match="passphrase is wrong"):
        load_encrypted(saved, "arbre a palabres 2026")


def test_a_changed_byte_is_detected(saved: Path, tmp_path: Path) -> None:
    """Any change to the file, in the header or the content, is refused."""
    data = bytearray(saved.read_bytes())
    for position in (20, len(data) // 2, len(data) - 1):
        damaged = bytearray(data)
        damaged[position] ^= 0x01
        target = tmp_path / f"damaged-{position}.palabre"
        target.write_bytes(bytes(damaged))
        with pytest.raises(FileFormatError):
            load_encrypted(target, "arbre à palabres 2026")


def test_short_passphrases_and_plain_files(tmp_path: Path) -> None:
    """A passphrase under 8 characters is refused before anything is written; a plain file is
    not mistaken for an encrypted one."""
    target = tmp_path / "x.palabre"
    with pytest.raises(PalabreError, match="at least 8"):
        save_encrypted(example_dialogue(), target, "short")
    assert not target.exists()
    target.write_text("{}", encoding="utf-8")
    assert not is_encrypted(target)
    with pytest.raises(FileFormatError, match="not an encrypted"):
        load_encrypted(target, "whatever-long")
