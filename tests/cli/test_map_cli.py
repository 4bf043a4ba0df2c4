"""`palabre map` (issue 4): published measures of classic networks through the command line,
every input kind, and clear one-line errors for hostile or broken files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main
from dialogue.example import example_dialogue
from dialogue.native_file import save
from stakeholder_map.grid import quadrant, salience

DATA = Path(__file__).parent.parent / "stakeholder_map" / "data"
ROOT = Path(__file__).resolve().parent.parent.parent

# Krackhardt (1990), the kite: degree d/9, betweenness raw/36, closeness 9/(sum of distances),
# all checkable by hand on the published figure.
KITE = {
    "Andre": (4, 5 / 6, 17), "Beverly": (4, 5 / 6, 17), "Carol": (3, 0, 18),
    "Diane": (6, 11 / 3, 15), "Ed": (3, 0, 18), "Fernando": (5, 25 / 3, 14),
    "Garth": (5, 25 / 3, 14), "Heather": (3, 14, 15), "Ike": (2, 8, 21), "Jane": (1, 0, 29),
}


def _run_json(capsys, *args):
    code = main(["map", *map(str, args), "--json"])
    out = capsys.readouterr()
    assert code == 0, out.err
    data = json.loads(out.out)
    assert list(data) == ["stakeholders"]
    return {row["id"]: row for row in data["stakeholders"]}


def _fail(capsys, *args):
    code = main(["map", *map(str, args)])
    out = capsys.readouterr()
    assert code == 1
    assert out.out == ""
    assert out.err.startswith("palabre: ") and out.err.count("\n") == 1
    assert "Traceback" not in out.err
    return out.err


@pytest.mark.parametrize("name", ["krackhardt_kite.graphml", "krackhardt_kite_ties.csv"])
def test_kite_through_the_command_line(capsys, name):
    """Krackhardt's kite from GraphML and from a ties table gives the published measures;
    there is no power or interest in these files, so quadrant and salience are null."""
    rows = _run_json(capsys, DATA / name)
    assert set(rows) == set(KITE)
    for person, (degree, between, distances) in KITE.items():
        row = rows[person]
        assert set(row) == {"id", "name", "degree", "betweenness", "closeness", "eigenvector",
                            "coalition", "quadrant", "salience"}
        assert row["degree"] == pytest.approx(degree / 9)
        assert row["betweenness"] == pytest.approx(between / 36)
        assert row["closeness"] == pytest.approx(9 / distances)
        assert row["quadrant"] is None and row["salience"] is None
        assert isinstance(row["coalition"], int) and row["eigenvector"] > 0


def test_florentine_families_through_the_command_line(capsys):
    """Padgett & Ansell (1993) marriage network (GEXF): the Medici have 6 of 14 possible ties
    and raw betweenness 47.5 of 91 pairs (.522, Jackson 2008, section 2.2.4); Guadagni 23.17,
    Strozzi 9.33."""
    rows = _run_json(capsys, DATA / "florentine_families.gexf")
    assert rows["Medici"]["degree"] == pytest.approx(6 / 14)
    assert rows["Medici"]["betweenness"] == pytest.approx(47.5 / 91)
    assert rows["Guadagni"]["betweenness"] == pytest.approx(23.17 / 91, abs=1e-4)
    assert rows["Strozzi"]["betweenness"] == pytest.approx(9.33 / 91, abs=1e-4)
    assert rows["Pazzi"]["betweenness"] == 0
    assert max(rows, key=lambda k: rows[k]["betweenness"]) == "Medici"
    csv_rows = _run_json(capsys, DATA / "florentine_families_ties.csv")
    for family, row in rows.items():
        for measure in ("degree", "betweenness", "closeness", "eigenvector"):
            assert csv_rows[family][measure] == pytest.approx(row[measure])

    def groups(table):
        found = {}
        for family, row in table.items():
            found.setdefault(row["coalition"], set()).add(family)
        return sorted(map(sorted, found.values()))

    # Coalitions do not depend on the order in which a file lists the families.
    assert groups(csv_rows) == groups(rows) and len(groups(rows)) >= 2


def test_palabre_file_has_quadrant_and_salience(tmp_path, capsys):
    d = example_dialogue()
    path = tmp_path / "ex.palabre"
    save(d, path)
    rows = _run_json(capsys, path)
    assert list(rows) == list(d.stakeholders)
    for sid, s in d.stakeholders.items():
        assert rows[sid]["quadrant"] == quadrant(s.power, s.interest).value
        assert rows[sid]["salience"] == salience(s.power, s.legitimacy, s.urgency).value
        assert rows[sid]["name"] == s.name


def test_tie_selection_changes_the_measures(tmp_path, capsys):
    """With information and collaboration ties only, the funding and authority links vanish."""
    d = example_dialogue()
    path = tmp_path / "ex.palabre"
    save(d, path)
    everything = _run_json(capsys, path)
    some = _run_json(capsys, path, "--ties", "information,collaboration")
    assert some["mof"]["degree"] == 0.0 < everything["mof"]["degree"]
    kept = [t for t in d.ties.values() if t.type.value in ("information", "collaboration")]
    assert not any(t.directed for t in kept)  # so the graph is undirected
    n = len(d.stakeholders)
    moh_ties = {t.target if t.source == "moh" else t.source for t in kept
                if "moh" in (t.source, t.target)}
    assert some["moh"]["degree"] == pytest.approx(len(moh_ties) / (n - 1))


def test_directed_and_undirected_ties_tables(tmp_path, capsys):
    """A chain a->b->c of directed ties: b lies on the one chain from a to c (betweenness
    1/((n-1)(n-2)) = 1/2 for a directed graph of 3); undirected, also 1 of 1 pair."""
    directed = tmp_path / "d.csv"
    directed.write_text("source,target,type,strength,directed\na,b,authority,3,true\n"
                        "b,c,authority,3,true\n")
    rows = _run_json(capsys, directed)
    assert rows["b"]["betweenness"] == pytest.approx(0.5)
    undirected = tmp_path / "u.csv"
    undirected.write_text("source,target\na,b\nb,c\n")
    rows = _run_json(capsys, undirected)
    assert rows["b"]["betweenness"] == pytest.approx(1.0)
    assert rows["a"]["degree"] == pytest.approx(0.5)


def test_readable_table(capsys):
    assert main(["map", str(DATA / "krackhardt_kite.graphml")]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split() == ["id", "name", "degree", "betweenness", "closeness",
                                           "eigenvector", "coalition", "quadrant", "salience"]
    assert "Brokers (highest betweenness): Heather (0.389)" in out
    assert "No ties: none" in out


def test_hostile_graphml_is_refused(tmp_path, capsys):
    path = tmp_path / "laughs.graphml"
    path.write_text('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">'
                    '<!ENTITY b "&a;&a;&a;&a;">]><graphml xmlns="http://graphml.graphdrawing.org/'
                    'xmlns"><graph edgedefault="undirected"><node id="&b;"/></graph></graphml>')
    assert "refused as possibly hostile" in _fail(capsys, path)


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("empty.csv", "", "empty"),
        ("ties.csv", "source,target,strength\na,b,strong\n",
         "row 2, column 'strength': expected a whole number from 1 to 3, got 'strong'"),
        ("self.csv", "source,target\na,a\n", "cannot be tied to itself"),
        ("map.txt", "a b\n", "expected a .palabre, .graphml, .gexf, .csv (ties) or .xlsx"),
        ("bad.graphml", '<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/'
         'xmlns"><key id="p" for="node" attr.name="power" attr.type="string"/>'
         '<graph edgedefault="undirected"><node id="a"><data key="p">high</data></node>'
         '<node id="b"/><edge source="a" target="ghost"/></graph></graphml>',
         "target 'ghost' is not a node"),
        ("power.graphml", '<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/'
         'xmlns"><key id="p" for="node" attr.name="power" attr.type="string"/>'
         '<graph edgedefault="undirected"><node id="a"><data key="p">high</data></node>'
         "</graph></graphml>",
         "node 'a', column 'power': expected a whole number from 1 to 5, got 'high'"),
    ],
)
def test_broken_inputs_give_one_clear_line(tmp_path, capsys, name, content, expected):
    path = tmp_path / name
    path.write_text(content)
    assert expected in _fail(capsys, path)


def test_unknown_tie_type_and_missing_file(tmp_path, capsys):
    err = _fail(capsys, DATA / "krackhardt_kite.graphml", "--ties", "infomation")
    assert "did you mean 'information'" in err
    assert "cannot read" in _fail(capsys, tmp_path / "nope.graphml")


def test_map_command_stays_headless():
    """The command runs without importing Qt or scikit-criteria."""
    code = (
        "import sys, io, contextlib\n"
        "from desktop.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    assert main(['map', {str(DATA / 'krackhardt_kite.graphml')!r}, '--json']) == 0\n"
        "bad = [m for m in ('PySide6', 'pyqtgraph', 'skcriteria') if m in sys.modules]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, timeout=60)
