"""Palabre never opens a network connection (issue 9): every file it reads or writes, with the
socket layer made to fail loudly."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from dialogue.encrypted_file import load_encrypted, save_encrypted
from dialogue.example import example_dialogue
from dialogue.native_file import load, save
from dialogue.redaction import redacted_copy


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to resolve a name or connect raises."""

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("a network connection was attempted")

    for name in ("connect", "connect_ex", "bind", "sendto"):
        monkeypatch.setattr(socket.socket, name, refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def test_dialogue_files_brief_and_sheets_need_no_network(no_network: None, tmp_path: Path) -> None:
    """Native, encrypted and redacted files, the brief in both languages, scoring sheets out and
    back in, all with sockets disabled."""
    from exports.brief import build_brief
    from exports.collect_sheets import collect_folder
    from exports.scoring_sheets import write_sheets

    d = example_dialogue()
    save(d, tmp_path / "d.palabre")
    assert load(tmp_path / "d.palabre") == d
    save_encrypted(d, tmp_path / "e.palabre", "a long passphrase")
    assert load_encrypted(tmp_path / "e.palabre", "a long passphrase") == d
    save(redacted_copy(d), tmp_path / "r.palabre")
    for lang in ("en", "fr"):
        assert build_brief(d, tmp_path / f"brief-{lang}.pdf", lang=lang).stat().st_size > 10_000
    sheets = tmp_path / "sheets"
    write_sheets(d, sheets)
    preview = collect_folder(d, sheets)
    assert len(preview.reports) == len(d.participants)
