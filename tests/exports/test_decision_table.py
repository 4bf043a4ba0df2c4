"""Reading decision-matrix tables (.csv and .xlsx): good tables, and every bad input named by
row and column."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from exports.decision_table import parse_decision_rows, read_decision_table
from palabre.errors import PalabreError, ValidationError

DATA = Path(__file__).resolve().parent.parent / "mcda" / "data"

GOOD = """option,Cost,Equity,Speed
direction,min,max,max
weight,2,1,1
group,feasibility,impact,feasibility
A,3,5,2
B,1,2,4
C,2,4,3
"""


def write(tmp_path: Path, text: str, name: str = "t.csv") -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_good_csv(tmp_path):
    t = read_decision_table(write(tmp_path, GOOD))
    p = t.problem
    assert p.options == ("A", "B", "C")
    assert [c.name for c in p.criteria] == ["Cost", "Equity", "Speed"]
    assert p.signs.tolist() == [-1, 1, 1]
    assert p.weights.tolist() == pytest.approx([0.5, 0.25, 0.25])
    assert t.weights_given and t.groups_given and p.has_groups
    assert p.table[1].tolist() == [1, 2, 4]


def test_optional_rows_absent_means_equal_weights_and_no_groups(tmp_path):
    t = read_decision_table(write(tmp_path, "option,X,Y\ndirection,max,min\nA,1,2\nB,2,1\n"))
    assert t.problem.weights.tolist() == [0.5, 0.5]
    assert not t.problem.has_groups and not t.weights_given


def test_semicolons_and_decimal_commas():
    t = read_decision_table(DATA / "retention_groups.csv")
    assert t.problem.table[:, 0].tolist() == [9.0, 0.4, 5.5]


def test_promethee_rows():
    t = read_decision_table(DATA / "plants_promethee.csv")
    kinds = [pf.kind.value for pf in t.problem.preferences]
    assert kinds == ["ushape", "vshape", "linear", "level", "usual", "gaussian"]
    assert t.problem.preferences[2].p == 50


def test_xlsx_table(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in [["option", "Cost", "Equity"], ["direction", "min", "max"], ["weight", 1, 3],
                ["A", 3.5, 2], ["B", 1, 5]]:
        ws.append(row)
    path = tmp_path / "t.xlsx"
    wb.save(path)
    p = read_decision_table(path).problem
    assert p.table.tolist() == [[3.5, 2.0], [1.0, 5.0]]
    assert p.weights.tolist() == [0.25, 0.75]


def test_xlsx_bad_cell_is_named(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in [["option", "Cost", "Equity"], ["direction", "min", "max"], ["A", 3.5, "high"],
                ["B", 1, 5]]:
        ws.append(row)
    path = tmp_path / "t.xlsx"
    wb.save(path)
    message = r"row 3, column 3 \(Equity\): 'high' is not a number"
    with pytest.raises(ValidationError, match=message):
        read_decision_table(path)


BAD = [
    ("option,X,Y\ndirection,max,max\nA,1,abc\nB,2,3\n",
     r"row 3, column 3 \(Y\): 'abc' is not a number"),
    ("option,X,Y\nA,1,2\nB,2,3\n", r"no 'direction' row"),
    ("option,X,Y\ndirection,max,\nA,1,2\nB,2,3\n",
     r"row 2, column 3 \(Y\): missing direction \(expected max or min\)"),
    ("option,X,Y\ndirection,max,up\nA,1,2\nB,2,3\n",
     r"row 2, column 3 \(Y\): unknown direction 'up' \(expected max or min\)"),
    ("option,X,Y\ndirection,max,min\nweight,1,-2\nA,1,2\nB,2,3\n",
     r"row 3, column 3 \(Y\): negative weight -2"),
    ("option,X,Y\ndirection,max,min\nweight,0,0\nA,1,2\nB,2,3\n",
     r"row 3, column 2: every weight in the weight row is zero"),
    ("option,X,Y\ndirection,max,min\nA,1,5\nB,2,5\nC,3,5\n",
     r"column 3 \(Y\): every option scores 5 \(rows 3 to 5\), so it cannot be scaled"),
    ("option,X,Y\ndirection,max,min\npreference,level,usual\nq,3,\np,1,\nA,1,2\nB,2,3\n",
     r"row 5, column 2 \(X\): threshold p \(1\) is below q \(3\)"),
    ("option,X,Y\ndirection,max,min\npreference,linear,usual\nq,1,\nA,1,2\nB,2,3\n",
     r"column 2 \(X\): the linear preference function needs a value for p \(add a 'p' row\)"),
    ("option,X,Y\ndirection,max,min\npreference,sigmoid,usual\nA,1,2\nB,2,3\n",
     r"row 3, column 2 \(X\): unknown preference function 'sigmoid'"),
    ("option,X,Y\ndirection,max,min\ngroup,feasibility,cost\nA,1,2\nB,2,3\n",
     r"row 3, column 3 \(Y\): unknown group 'cost' \(expected feasibility or impact\)"),
    ("option,X,X\ndirection,max,min\nA,1,2\nB,2,3\n",
     r"row 1, column 3: criterion 'X' appears twice"),
    ("option,X,Y\ndirection,max,min\nA,1,2\nA,2,3\n", r"row 4, column 1: option 'A' appears twice"),
    ("option,X,Y\ndirection,max,min\nA,1,2\n", r"at least two option rows"),
    ("option,X,Y\ndirection,max,min\nA,1,2,7\nB,2,3\n", r"row 3, column 4: a value beyond"),
    ("option,X,Y\ndirection,max,min\nA,1,\nB,2,3\n", r"row 3, column 3 \(Y\): missing score"),
    ("name,X,Y\ndirection,max,min\nA,1,2\nB,2,3\n", r"row 1, column 1: expected 'option'"),
]


@pytest.mark.parametrize(("text", "message"), BAD)
def test_bad_tables_are_refused_naming_row_and_column(tmp_path, text, message):
    with pytest.raises(ValidationError, match=message) as info:
        read_decision_table(write(tmp_path, text))
    assert "\n" not in str(info.value)


def test_constant_criterion_message_depends_on_the_method():
    rows = [["option", "X", "Y"], ["direction", "max", "max"], ["A", "1", "5"], ["B", "2", "5"]]
    with pytest.raises(ValidationError, match="VIKOR divides by the gap"):
        parse_decision_rows(rows, "t.csv", "vikor")
    with pytest.raises(ValidationError, match="no option is preferred"):
        parse_decision_rows(rows, "t.csv", "promethee2")


def test_row_numbers_count_blank_lines(tmp_path):
    text = "option,X,Y\n\ndirection,max,min\n\nA,1,2\nB,x,3\n"
    with pytest.raises(ValidationError, match=r"row 6, column 2 \(X\)"):
        read_decision_table(write(tmp_path, text))


def test_other_file_types_are_refused(tmp_path):
    with pytest.raises(PalabreError, match=r"expected a \.csv or \.xlsx"):
        read_decision_table(write(tmp_path, "x", "t.txt"))


def test_problem_values_follow_the_data_range():
    p = read_decision_table(DATA / "aircraft.csv").problem
    v = p.values()
    assert v.min(axis=0).tolist() == [0.0] * 6
    assert v.max(axis=0).tolist() == [1.0] * 6
    assert np.argmax(v[:, 3]) == 2  # cheapest aircraft is A3
