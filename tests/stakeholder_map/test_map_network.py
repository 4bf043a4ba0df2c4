"""Network measures on classic networks with published values, and equal to networkx's own."""

from __future__ import annotations

import math

import networkx as nx
import pytest
from map_classics import KITE_BETWEENNESS_RAW, KITE_DEGREE, KITE_DISTANCE_SUM, kite_map

from stakeholder_map.errors import MapError
from stakeholder_map.model import Stakeholder, Tie
from stakeholder_map.network import build_graph, centrality, eigenvector
from stakeholder_map.shortest_paths import betweenness_closeness


def test_kite_measures_match_krackhardt():
    """Degree d/9, betweenness raw/36 and closeness 9/sum of distances (Krackhardt 1990)."""
    table = centrality(build_graph(*kite_map()))
    for person in KITE_DEGREE:
        row = table.loc[person]
        assert row["degree"] == pytest.approx(KITE_DEGREE[person] / 9)
        assert row["betweenness"] == pytest.approx(KITE_BETWEENNESS_RAW[person] / 36)
        assert row["closeness"] == pytest.approx(9 / KITE_DISTANCE_SUM[person])
    assert table["degree"].idxmax() == "Diane"
    assert table["betweenness"].idxmax() == "Heather"
    assert set(table["closeness"].nlargest(2).index) == {"Fernando", "Garth"}


def test_florentine_betweenness_matches_padgett(data_dir):
    """Padgett & Ansell (1993) marriage network: raw betweenness Medici 47.5, Guadagni 23.17,
    Albizzi 19.33, Salviati 13, Ridolfi 10.33, Bischeri 9.5, Strozzi 9.33, Barbadori 8.5,
    Tornabuoni 8.33, Castellani 5, Peruzzi 2 (the table reproduced in social network analysis
    courses; normalised by 91 pairs, the Medici's .522 as in Jackson 2008, section 2.2.4)."""
    graph = nx.florentine_families_graph()
    between, _ = betweenness_closeness(graph)
    published = {"Medici": 47.5, "Guadagni": 23.17, "Albizzi": 19.33, "Salviati": 13,
                 "Ridolfi": 10.33, "Bischeri": 9.5, "Strozzi": 9.33, "Barbadori": 8.5,
                 "Tornabuoni": 8.33, "Castellani": 5, "Peruzzi": 2, "Pazzi": 0, "Ginori": 0}
    for family, raw in published.items():
        assert between[family] * 91 == pytest.approx(raw, abs=0.005)


def _random_graphs():
    yield nx.gnm_random_graph(40, 70, seed=1)
    yield nx.gnm_random_graph(40, 25, seed=2)  # several components and isolates
    yield nx.gnm_random_graph(40, 120, seed=3, directed=True)
    yield nx.gnm_random_graph(30, 20, seed=4, directed=True)
    yield nx.complete_graph(5)
    yield nx.path_graph(2)
    yield nx.empty_graph(3)


@pytest.mark.parametrize("graph", list(_random_graphs()))
def test_fast_measures_equal_networkx(graph):
    """The batched sparse Brandes gives networkx's numbers, directed or not, connected or not."""
    between, close = betweenness_closeness(graph)
    nx_between = nx.betweenness_centrality(graph)
    nx_close = nx.closeness_centrality(graph)
    for v in graph:
        assert between[v] == pytest.approx(nx_between[v], abs=1e-12)
        assert close[v] == pytest.approx(nx_close[v], abs=1e-12)


def test_fast_measures_handle_batches(monkeypatch):
    """Sources split across several batches give the same result as one batch."""
    import stakeholder_map.shortest_paths as sp

    graph = nx.gnm_random_graph(50, 120, seed=5)
    b1, c1 = sp.betweenness_closeness(graph)
    monkeypatch.setattr(sp, "BATCH", 7)
    b7, c7 = sp.betweenness_closeness(graph)
    for v in graph:
        assert b7[v] == pytest.approx(b1[v], abs=1e-12)
        assert c7[v] == pytest.approx(c1[v], abs=1e-12)


def test_eigenvector_of_a_star():
    """Star with 4 leaves: largest eigenvalue 2; the centre 1/sqrt(2), each leaf 1/(2 sqrt(2))
    (Bonacich 1987 eigenvector, unit Euclidean length, worked by hand)."""
    values = eigenvector(nx.star_graph(4))
    assert values[0] == pytest.approx(1 / math.sqrt(2), abs=1e-4)
    for leaf in range(1, 5):
        assert values[leaf] == pytest.approx(1 / (2 * math.sqrt(2)), abs=1e-4)


def test_directed_ties_give_in_and_out_degree():
    """Authority from the ministry to two directorates: out-degree 2/2 and in-degree 0."""
    people = [Stakeholder(x, x) for x in ("moh", "rhd", "dhmt")]
    ties = [Tie("a", "moh", "rhd", "authority", directed=True),
            Tie("b", "moh", "dhmt", "authority", directed=True)]
    graph = build_graph(people, ties)
    assert graph.is_directed()
    table = centrality(graph)
    assert table.loc["moh", "out_degree"] == 1.0
    assert table.loc["moh", "in_degree"] == 0.0
    assert table.loc["rhd", "in_degree"] == 0.5


def test_selected_tie_types_only():
    """Measures on information ties ignore a funding tie: the funded stakeholder is isolated."""
    people = [Stakeholder(x, x) for x in "abc"]
    ties = [Tie("1", "a", "b", "information"), Tie("2", "b", "c", "funding", directed=True)]
    graph = build_graph(people, ties, ["information"])
    assert not graph.is_directed()
    assert graph.degree("c") == 0
    assert set(centrality(graph).columns) >= {"degree", "betweenness", "closeness",
                                               "eigenvector", "pagerank"}


def test_parallel_ties_of_different_types_merge_in_the_graph():
    people = [Stakeholder(x, x) for x in "ab"]
    ties = [Tie("1", "a", "b", "information", 1), Tie("2", "a", "b", "conflict", 3)]
    graph = build_graph(people, ties)
    assert graph.number_of_edges() == 1
    assert graph.edges["a", "b"]["strength"] == 3
    assert graph.edges["a", "b"]["types"] == ["conflict", "information"]


def test_tie_to_unknown_stakeholder_is_refused():
    with pytest.raises(MapError, match="unknown stakeholder 'zz'"):
        build_graph([Stakeholder("a", "A")], [Tie("1", "a", "zz")])


def test_empty_map():
    table = centrality(build_graph([], []))
    assert table.empty
