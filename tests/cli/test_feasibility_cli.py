"""`palabre feasibility` (issue 4): weighted support, opposition and the index, hand-computed."""

from __future__ import annotations

import json

import pytest

from desktop.cli import main
from dialogue.example import example_dialogue
from dialogue.model import Dialogue, Edit, Put
from dialogue.native_file import save
from dialogue.values import Option
from stakeholder_map.model import Position, Stakeholder


def _small_dialogue() -> Dialogue:
    d = Dialogue()
    steps = [Put("options", "a", Option("a", "Hardship allowance")),
             Put("options", "b", Option("b", "Staff housing"))]
    people = [
        Stakeholder("mof", "Finance", power=5, positions={"a": Position(-2), "b": Position(1)}),
        Stakeholder("union", "Union", power=4, positions={"a": Position(2, 0.5)}),
        Stakeholder("council", "Council", power=1, positions={"a": Position(1), "b": Position(0)}),
    ]
    steps += [Put("stakeholders", s.id, s) for s in people]
    d.apply(Edit("setup", tuple(steps)))
    return d


def test_hand_computed_feasibility(tmp_path, capsys):
    """Total power 10.
    Option a: support = 4*0.5*2/2 + 1*1/2 = 2.5; opposition = 5*2/2 = 5; index = -0.25.
    Option b: support = 5*1/2 = 2.5; opposition 0; union unknown; index = 0.25."""
    path = tmp_path / "small.palabre"
    save(_small_dialogue(), path)
    assert main(["feasibility", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    a, b = data["options"]
    assert data["index_range"] == [-1, 1]
    assert (a["id"], a["support"], a["opposition"], a["index"]) == ("a", 2.5, 5.0, -0.25)
    assert a["supporters"] == ["union", "council"] and a["opponents"] == ["mof"]
    assert (b["support"], b["opposition"], b["index"]) == (2.5, 0.0, 0.25)
    assert b["unknown"] == ["union"] and b["known_power"] == 6 and b["total_power"] == 10


def test_example_table(tmp_path, capsys):
    path = tmp_path / "ex.palabre"
    d = example_dialogue()
    save(d, path)
    assert main(["feasibility", str(path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split()[:5] == ["id", "option", "support", "opposition", "index"]
    assert len([line for line in out if line.split() and line.split()[0] in d.options]) == 12


@pytest.mark.parametrize(("name", "content", "expected"), [
    ("map.graphml", "<graphml/>", "expected a .palabre dialogue file"),
    ("broken.palabre", "{not json", "broken.palabre"),
])
def test_bad_files(tmp_path, capsys, name, content, expected):
    path = tmp_path / name
    path.write_text(content)
    assert main(["feasibility", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("palabre: ") and expected in err and "Traceback" not in err
