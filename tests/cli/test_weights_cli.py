"""``palabre weights``: AHP tables (one or several participants), ROC, points, swing; bad
tables as one line with exit code 1."""

from __future__ import annotations

import json

import pytest

from desktop.cli import main

HOUSE = """,size,transportation,neighbourhood,age,yard,modern facilities,general condition,financing
size,1,5,3,7,6,6,1/3,1/4
transportation,1/5,1,1/3,5,3,3,1/5,1/7
neighbourhood,1/3,3,1,6,3,4,6,1/5
age,1/7,1/5,1/6,1,1/3,1/4,1/7,1/8
yard,1/6,1/3,1/3,3,1,1/2,1/5,1/6
modern facilities,1/6,1/3,1/4,4,2,1,1/5,1/6
general condition,3,5,1/6,7,5,5,1,1/2
financing,4,7,5,8,6,6,2,1
"""


def write(tmp_path, text, name="ahp.csv"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return str(p)


def test_ahp_saaty_house_example(tmp_path, capsys):
    """Saaty (1990), EJOR 48:9-26, house example: financing 0.333, lambda_max 9.669,
    CR 0.169 (> 0.10, flagged)."""
    assert main(["weights", "--ahp", write(tmp_path, HOUSE), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert round(data["weights"]["financing"], 3) == 0.333
    assert round(data["lambda_max"], 3) == 9.669
    assert round(data["consistency_ratio"], 3) == 0.169
    assert data["consistent"] is False
    assert set(data["most_inconsistent"]) == {"row", "column", "judgement", "consistent_value"}


def test_ahp_readable_and_blank_lower_triangle(tmp_path, capsys):
    text = "criterion,A,B,C\nA,1,3,5\nB,,1,2\nC,,,1\n"
    assert main(["weights", "--ahp", write(tmp_path, text)]) == 0
    out = capsys.readouterr().out
    assert "consistency ratio" in out and "acceptable" in out


def test_group_ahp_by_geometric_mean(tmp_path, capsys):
    a = write(tmp_path, "c,A,B\nA,1,3\nB,1/3,1\n", "a.csv")
    b = write(tmp_path, "c,B,A\nB,1,3\nA,1/3,1\n", "b.csv")  # other order, opposite view
    assert main(["weights", "--ahp", a, b, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["participants"] == 2
    assert data["weights"] == {"A": 0.5, "B": 0.5}


def test_roc(capsys):
    """Barron & Barrett (1996): 0.6111, 0.2778, 0.1111 for three criteria."""
    assert main(["weights", "--roc", "Cost,Equity,Speed", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["weights"] == pytest.approx({"Cost": 0.611111, "Equity": 0.277778,
                                             "Speed": 0.111111}, abs=1e-6)


def test_points_and_swing(capsys):
    assert main(["weights", "--points", "A=40,B=60", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["weights"] == {"A": 0.4, "B": 0.6}
    assert main(["weights", "--swing", "A=100,B=50", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["weights"] == pytest.approx(
        {"A": 2 / 3, "B": 1 / 3}, abs=1e-6)


@pytest.mark.parametrize(("text", "message"), [
    ("c,A,B,C\nA,1,3,5\nB,1/3,1,2\n", "not square"),
    ("c,A,B\nA,1,3\nB,3,1\n", "row 3, column 2 (B vs A): the table is not reciprocal"),
    ("c,A,B\nA,1,0\nB,1,1\n", "row 2, column 3 (A vs B): judgements must be positive"),
    ("c,A,B\nA,1,-2\nB,-1/2,1\n", "row 2, column 3 (A vs B): judgements must be positive"),
    ("c,A,B\nA,1,x\nB,1,1\n", "row 2, column 3 (A vs B): 'x' is not a number"),
    ("c,A,B\nB,1,2\nA,1/2,1\n", "row 2, column 1: expected 'A'"),
    ("c,A,B\nA,1,\nB,,1\n", "missing judgement of A against B"),
])
def test_bad_ahp_tables(tmp_path, capsys, text, message):
    assert main(["weights", "--ahp", write(tmp_path, text)]) == 1
    err = capsys.readouterr().err.strip()
    assert message in err and len(err.splitlines()) == 1 and err.startswith("palabre: ")


def test_bad_roc_and_points(capsys):
    assert main(["weights", "--roc", "A,A"]) == 1
    assert "appears twice" in capsys.readouterr().err
    assert main(["weights", "--points", "A=x"]) == 1
    assert "not a number" in capsys.readouterr().err
