"""GraphML and GEXF: round trips with nothing lost, files from other tools, hostile XML refused."""

from __future__ import annotations

import re
from pathlib import Path

import networkx as nx
import pytest

from dialogue.example import example_dialogue
from exports.graph_files import gexf_bytes, graphml_bytes, read_graph_file, write_graph_file
from palabre.errors import FileFormatError
from stakeholder_map.model import Position, Tie

DATA = Path(__file__).parent.parent / "stakeholder_map" / "data"
LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
<key id="d0" for="node" attr.name="name" attr.type="string"/>
<graph edgedefault="undirected"><node id="a"><data key="d0">&lol9;</data></node></graph>
</graphml>"""
EXTERNAL = b"""<?xml version="1.0"?>
<!DOCTYPE gexf [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">
<graph><nodes><node id="a" label="&secret;"/></nodes></graph></gexf>"""


def _map(directed_mix=True):
    d = example_dialogue()
    people = list(d.stakeholders.values())
    people[0] = people[0].replace(positions={**people[0].positions,
                                             "telehealth": Position(-1, 0.25)},
                                  notes="<b>bold</b> & \"quoted\"")
    ties = list(d.ties.values())
    ties.append(Tie("parallel", ties[0].source, ties[0].target, "conflict", 1, False, "x"))
    if not directed_mix:
        ties = [t.replace(directed=False) for t in ties]
    return d, people, ties


@pytest.mark.parametrize("suffix", [".graphml", ".gexf"])
@pytest.mark.parametrize("directed_mix", [True, False])
def test_round_trip_keeps_every_attribute(tmp_path, suffix, directed_mix):
    """Categories, power, positions and confidence, tie types, strength, direction, x/y,
    parallel ties of different types: all come back (ties in the file's order)."""
    d, people, ties = _map(directed_mix)
    path = tmp_path / f"map{suffix}"
    write_graph_file(people, ties, path, list(d.options))
    imported = read_graph_file(path, known_options=d.options)
    assert imported.stakeholders == tuple(people)
    assert {t.id: t for t in imported.ties} == {t.id: t for t in ties}
    assert all(not gone for gone in imported.missing.values())


def test_undirected_map_is_an_undirected_file():
    _, people, ties = _map(directed_mix=False)
    assert b'edgedefault="undirected"' in graphml_bytes(people, ties)
    assert b'defaultedgetype="undirected"' in gexf_bytes(people, ties)


def test_gephi_sees_labels_weights_and_positions():
    """Gephi reads node 'label', edge 'weight' and GEXF viz:position."""
    _, people, ties = _map()
    gexf = gexf_bytes(people, ties).decode()
    assert f'label="{people[1].name}"' in gexf
    assert "<viz:position" in gexf
    assert 'title="category"' in gexf and 'title="power"' in gexf
    graphml = graphml_bytes(people, ties).decode()
    assert 'attr.name="weight"' in graphml and 'attr.name="position:telehealth"' in graphml


def test_file_from_another_tool_has_no_attributes(tmp_path):
    """Krackhardt's kite as plain GraphML: ten stakeholders, 18 undirected ties, nothing else."""
    imported = read_graph_file(DATA / "krackhardt_kite.graphml")
    assert len(imported.stakeholders) == 10 and len(imported.ties) == 18
    assert imported.stakeholders[0].name == "Andre"
    assert not imported.has("Andre", "power")
    assert not any(t.directed for t in imported.ties)


def test_gephi_extras_are_ignored_and_viz_positions_used(tmp_path):
    g = nx.Graph()
    g.add_node("a", label="Alpha", modularity_class=3, viz={"position": {"x": 5.0, "y": -2.0,
                                                                         "z": 0.0}})
    g.add_node("b", label="Beta")
    g.add_edge("a", "b", weight=3.0, type="undirected")
    path = tmp_path / "gephi.gexf"
    nx.write_gexf(g, path)
    imported = read_graph_file(path)
    a = imported.stakeholders[0]
    assert (a.name, a.x, a.y) == ("Alpha", 5.0, -2.0)
    assert imported.ties[0].strength == 3


@pytest.mark.parametrize(("name", "data"), [("laughs.graphml", LAUGHS),
                                            ("secret.gexf", EXTERNAL)])
def test_hostile_xml_is_refused(tmp_path, name, data):
    """Entity expansion and external entities never reach a parser that would expand them."""
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(FileFormatError, match=r"DTD or XML entities.*refused as possibly hostile"):
        read_graph_file(path)


def test_edge_to_a_missing_node_is_refused(tmp_path):
    path = tmp_path / "dangling.graphml"
    path.write_text('<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns">'
                    '<graph edgedefault="undirected"><node id="a"/><node id="b"/>'
                    '<edge source="a" target="b"/><edge id="e2" source="a" target="ghost"/>'
                    "</graph></graphml>")
    with pytest.raises(FileFormatError, match="edge 'e2': target 'ghost' is not a node"):
        read_graph_file(path)


def test_bad_attribute_is_named(tmp_path):
    d, people, ties = _map()
    path = tmp_path / "m.graphml"
    data = graphml_bytes(people, ties, list(d.options)).decode()
    key = re.search(r'<key id="(\w+)" for="node" attr.name="power"', data).group(1)
    path.write_text(data.replace(f'<data key="{key}">5</data>', f'<data key="{key}">9</data>', 1))
    with pytest.raises(FileFormatError, match=r"node 'moh', column 'power': expected a whole "
                                              r"number from 1 to 5, got 9"):
        read_graph_file(path)


@pytest.mark.parametrize(
    ("name", "data", "match"),
    [
        ("empty.graphml", b"", "empty"),
        ("broken.graphml", b"<graphml><graph>", "not well-formed XML"),
        ("other.gexf", b"<html><body>hi</body></html>", "not a valid GEXF file"),
        ("map.dot", b"graph {}", "expected a .graphml or .gexf"),
    ],
)
def test_broken_files(tmp_path, name, data, match):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(FileFormatError, match=match):
        read_graph_file(path)


def test_missing_file(tmp_path):
    with pytest.raises(FileFormatError, match="cannot read"):
        read_graph_file(tmp_path / "nope.gexf")


def test_imported_graph_applies_as_one_undoable_edit(tmp_path):
    """A Gephi round trip brought back into a dialogue, then undone: nothing else changes."""
    d, people, ties = _map()
    before = d.snapshot()
    path = tmp_path / "m.gexf"
    write_graph_file(people, ties, path, list(d.options))
    imported = read_graph_file(path, known_options=d.options)
    assert d.snapshot() == before
    inverse = d.apply(imported.edit(d))
    assert d.stakeholders[people[0].id] == people[0]
    assert "parallel" in d.ties
    d.apply(inverse)
    assert d.snapshot() == before
