"""``palabre sensitivity``: weight thresholds and SMAA, seeded, for dialogues and tables."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main
from dialogue.example import example_dialogue
from dialogue.native_file import save

DATA = Path(__file__).resolve().parent.parent / "mcda" / "data"


@pytest.fixture(scope="module")
def example(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("ex") / "example.palabre"
    save(example_dialogue(), path)
    return path


def run_json(capsys, *args):
    code = main(["sensitivity", *map(str, args), "--json"])
    out = capsys.readouterr()
    assert code == 0, out.err
    return json.loads(out.out)


def test_thresholds_and_smaa_on_the_example(example, capsys):
    data = run_json(capsys, example, "--samples", "2000", "--seed", "3")
    assert data["leader"] == "Admit students from rural backgrounds"
    assert len(data["thresholds"]) == 10
    t = {x["criterion"]: x for x in data["thresholds"]}
    assert t["Implementation capacity"]["increase"] is None
    assert t["Effect on retention"]["increase"]["new_leader"] == "Rural hardship allowance"
    smaa = data["smaa"]
    assert smaa["samples"] == 2000 and smaa["seed"] == 3
    for row in smaa["rank_acceptability"].values():
        assert sum(row) == pytest.approx(1.0)
    assert any("stays first unless" in s for s in data["statements"])


def test_seed_makes_runs_repeatable(example, capsys):
    a = run_json(capsys, example, "--samples", "500", "--seed", "9")
    b = run_json(capsys, example, "--samples", "500", "--seed", "9")
    assert a["smaa"] == b["smaa"]


def test_french_statements_and_other_method(example, capsys):
    data = run_json(capsys, example, "--samples", "300", "--seed", "1", "--lang", "fr",
                    "--method", "topsis")
    assert data["method"] == "topsis"
    assert any("reste en tête" in s for s in data["statements"])


def test_table_input_and_readable_output(capsys):
    assert main(["sensitivity", str(DATA / "aircraft.csv"), "--samples", "500",
                 "--seed", "2"]) == 0
    out = capsys.readouterr().out
    assert "loses first above" in out and "SMAA-2: 500 samples, seed 2" in out


def test_electre_is_refused_in_one_line(example, capsys):
    assert main(["sensitivity", str(example), "--method", "electre1", "--samples", "10"]) == 1
    err = capsys.readouterr().err.strip()
    assert "not a score per option" in err and len(err.splitlines()) == 1


def test_bad_samples(example, capsys):
    assert main(["sensitivity", str(example), "--samples", "0"]) == 1
    assert "at least 1" in capsys.readouterr().err
