"""Stakeholder map files from the window: export then import round trips, bad files change
nothing, a legacy-encoded CSV is read only after the user confirms it (issues 4 and 9)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.map_files import export_map, import_map
from dialogue import edits


@pytest.mark.parametrize("suffix", [".xlsx", ".graphml", ".gexf", ".csv"])
def test_export_then_import_replaces_the_map_in_one_undo_step(window, tmp_path: Path, suffix: str) -> None:
    """Export the example's map, empty the map, import the file back: the stakeholders return
    with their names, powers and ties; one Ctrl+Z undoes the whole import."""
    controller = window.controller
    d = controller.dialogue
    written = export_map(window, controller, tmp_path / f"map{suffix}")
    assert written is not None and written.exists()
    original = {s.id: (s.name, s.power, s.category) for s in d.stakeholders.values()}
    ties = len(d.ties)
    assert controller.push(edits.remove_stakeholders(d, list(d.stakeholders)))
    assert import_map(window, controller, written, replace=True)
    d = controller.dialogue
    assert {s.id: (s.name, s.power, s.category) for s in d.stakeholders.values()} == original
    assert len(d.ties) == ties
    window.action_undo.trigger()
    assert not controller.dialogue.stakeholders


def test_a_bad_table_changes_nothing_and_names_the_cell(window, tmp_path: Path, monkeypatch) -> None:
    """A text in the power column: a message naming row and column, and the map is untouched."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    bad = tmp_path / "people-stakeholders.csv"
    bad.write_text("id,name,category,power,interest\nx,New body,union,high,3\n", encoding="utf-8")
    before = window.controller.dialogue.snapshot()
    assert not import_map(window, window.controller, bad, replace=False)
    assert "power" in shown[0] and "nothing changed" in shown[0]
    assert window.controller.dialogue.snapshot() == before


def test_legacy_encoding_is_read_only_after_confirmation(window, tmp_path: Path, monkeypatch) -> None:
    """A cp1252 file: declining imports nothing; confirming reads 'Ministère' correctly."""
    legacy = tmp_path / "legacy-stakeholders.csv"
    legacy.write_bytes("id,name,category,power,interest\nmin,Ministère de la Santé,ministry_of_health,5,5\n"
                       .encode("cp1252"))
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    seen: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a: seen.append(text) or next(answers))
    assert not import_map(window, window.controller, legacy, replace=False)
    assert "min" not in window.controller.dialogue.stakeholders
    assert "Ministère" in seen[0]
    assert import_map(window, window.controller, legacy, replace=False)
    assert window.controller.dialogue.stakeholders["min"].name == "Ministère de la Santé"
