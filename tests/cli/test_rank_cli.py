"""``palabre rank``: the JSON format of issue 2 extended by issue 3, every method, tables, bad
input as one line with exit code 1."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main
from dialogue.example import example_dialogue
from dialogue.native_file import save

DATA = Path(__file__).resolve().parent.parent / "mcda" / "data"
METHODS = ["wsm", "wpm", "topsis", "vikor", "electre1", "electre2", "promethee2"]


@pytest.fixture(scope="module")
def example(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("ex") / "example.palabre"
    save(example_dialogue(), path)
    return path


def run_json(capsys, *args):
    code = main(["rank", *map(str, args), "--json"])
    out = capsys.readouterr()
    assert code == 0, out.err
    return json.loads(out.out)


def test_default_json_keeps_issue_2_format(example, capsys):
    data = run_json(capsys, example)
    assert data["method"] == "wsm"
    assert isinstance(data["settings"], dict)
    first = data["ranking"][0]
    assert {"option", "rank", "score", "feasibility", "impact"} <= set(first)
    assert first["rank"] == 1
    assert first["option"] == "Admit students from rural backgrounds"
    assert [r["rank"] for r in data["ranking"]] == sorted(r["rank"] for r in data["ranking"])
    assert data["settings"]["perspective"] == "moh"


def test_scores_equal_the_window_ranking(example, capsys):
    """The CLI's additive scores are those of dialogue.analysis.rank (what the window shows)."""
    from dialogue.analysis import rank

    expected = {r.option: r.score for r in rank(example_dialogue()).ranking}
    data = run_json(capsys, example)
    for row in data["ranking"]:
        assert row["score"] == pytest.approx(expected[row["id"]], abs=1e-6)


def test_perspective_changes_the_weights(example, capsys):
    moh = run_json(capsys, example)
    mof = run_json(capsys, example, "--perspective", "mof")
    assert mof["settings"]["perspective_name"] == "Ministry of Finance"
    assert mof["settings"]["weights"] != moh["settings"]["weights"]


@pytest.mark.parametrize("method", METHODS)
def test_every_method_on_the_example(example, capsys, method):
    data = run_json(capsys, example, "--method", method)
    assert data["method"] == method
    assert len(data["ranking"]) == 12
    names = {r["option"] for r in data["ranking"]}
    figures = {"topsis": ["closeness"], "vikor": ["S", "R", "Q", "compromise"],
               "promethee2": ["phi_plus", "phi_minus", "phi"], "electre1": ["kernel"]}
    for key in figures.get(method, []):
        assert set(data[key]) == names


def test_topsis_on_a_table_gives_hwang_and_yoon_closeness(capsys):
    """Hwang & Yoon (1981) fighter aircraft: closeness 0.643, 0.268, 0.613, 0.312 (as printed;
    within one unit of the third decimal)."""
    data = run_json(capsys, DATA / "aircraft.csv", "--method", "topsis")
    assert [r["option"] for r in data["ranking"]] == ["A1", "A3", "A4", "A2"]
    for name, c in {"A1": 0.643, "A2": 0.268, "A3": 0.613, "A4": 0.312}.items():
        assert data["closeness"][name] == pytest.approx(c, abs=1e-3)
    assert "feasibility" not in data["ranking"][0]  # the table has no group row


def test_table_with_groups_gives_feasibility_and_impact(capsys):
    data = run_json(capsys, DATA / "retention_groups.csv")
    assert {"feasibility", "impact"} <= set(data["ranking"][0])


def test_promethee_table(capsys):
    data = run_json(capsys, DATA / "plants_promethee.csv", "--method", "promethee2")
    assert data["ranking"][0]["option"] == "A5"
    assert data["settings"]["preference_functions"]["Maintenance cost"] == {
        "function": "level", "q": 1.0, "p": 6.0}


def test_readable_table(example, capsys):
    assert main(["rank", str(example)]) == 0
    out = capsys.readouterr().out
    assert "Admit students from rural backgrounds" in out.splitlines()[3]
    assert "feasibility" in out.splitlines()[1]


def test_normalization_option(capsys):
    vec = run_json(capsys, DATA / "aircraft.csv", "--method", "topsis")
    mm = run_json(capsys, DATA / "aircraft.csv", "--method", "topsis", "--normalization", "minmax")
    assert mm["settings"]["normalization"] == "minmax"
    assert mm["closeness"] != vec["closeness"]


@pytest.mark.parametrize(("args", "message"), [
    (["--perspective", "nobody"], "no weight set with id 'nobody'"),
])
def test_bad_perspective(example, capsys, args, message):
    assert main(["rank", str(example), *args]) == 1
    err = capsys.readouterr().err.strip()
    assert message in err and "\n" not in err and "Traceback" not in err


@pytest.mark.parametrize(("text", "message"), [
    ("option,X,Y\ndirection,max,max\nA,1,abc\nB,2,3\n", "row 3, column 3 (Y)"),
    ("option,X,Y\ndirection,max,max\nweight,-1,1\nA,1,2\nB,2,3\n", "row 3, column 2 (X)"),
    ("option,X,Y\ndirection,max,max\nA,1,5\nB,2,5\n", "column 3 (Y): every option scores 5"),
])
def test_bad_table_is_one_line_with_exit_code_1(tmp_path, capsys, text, message):
    path = tmp_path / "bad.csv"
    path.write_text(text, encoding="utf-8")
    assert main(["rank", str(path), "--json"]) == 1
    out = capsys.readouterr()
    assert out.out == ""
    lines = out.err.strip().splitlines()
    assert len(lines) == 1 and message in lines[0] and lines[0].startswith("palabre: ")


def test_perspective_on_a_table_and_unknown_files_are_refused(tmp_path, capsys):
    assert main(["rank", str(DATA / "aircraft.csv"), "--perspective", "moh"]) == 1
    assert "--perspective applies to .palabre" in capsys.readouterr().err
    assert main(["rank", str(tmp_path / "x.txt")]) == 1
    assert "expected a .palabre dialogue" in capsys.readouterr().err
    assert main(["rank", str(tmp_path / "missing.csv")]) == 1
    assert "no such file" in capsys.readouterr().err


def test_wpm_refuses_zero_scores(tmp_path, capsys):
    path = tmp_path / "z.csv"
    path.write_text("option,X,Y\ndirection,max,max\nA,0,1\nB,2,3\n", encoding="utf-8")
    assert main(["rank", str(path), "--method", "wpm"]) == 1
    assert "greater than 0" in capsys.readouterr().err


def test_contributions_add_up_to_the_score_and_quadrants_are_named(example, capsys):
    data = run_json(capsys, example)
    for row in data["ranking"]:
        parts = data["contributions"][row["option"]]
        assert sum(parts.values()) == pytest.approx(row["score"], abs=1e-5)
        assert row["quadrant"] in {"quick win", "major reform", "easy but minor", "avoid"}
