"""Removing a stakeholder that participants speak for keeps their group (issue 8)."""

from __future__ import annotations

from dialogue import edits
from dialogue.example import example_dialogue


def test_participants_keep_their_group_and_undo_restores_the_link() -> None:
    """The Ministry of Finance's budget officers keep speaking for the Ministry of Finance group."""
    d = example_dialogue()
    before = d.snapshot()
    speakers = [p.id for p in d.participants.values() if p.stakeholder == "mof"]
    assert speakers
    inverse = d.apply(edits.remove_stakeholders(d, ["mof"]))
    for pid in speakers:
        p = d.participants[pid]
        assert p.stakeholder == "" and p.category == "ministry_of_finance"
    d.apply(inverse)
    assert d.snapshot() == before
