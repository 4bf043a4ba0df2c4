"""Brokers, coalitions, chains of influence and stakeholders left out."""

from __future__ import annotations

import itertools

import networkx as nx
import pytest
from map_classics import kite_map

from stakeholder_map.errors import MapError
from stakeholder_map.model import Stakeholder, Tie
from stakeholder_map.network import build_graph
from stakeholder_map.structure import (
    brokers,
    coalition_numbers,
    coalitions,
    isolated,
    shortest_chain,
)


def test_kite_brokers():
    """Krackhardt (1990): Heather is the broker between the kite and its tail; then Fernando and
    Garth (8.33 of 36), Ike (8), Diane (3.67)."""
    graph = build_graph(*kite_map())
    found = brokers(graph, limit=5)
    assert [b.id for b in found][:1] == ["Heather"]
    assert {b.id for b in found[1:3]} == {"Fernando", "Garth"}
    assert [b.id for b in found[3:5]] == ["Ike", "Diane"]
    assert found[0].betweenness == pytest.approx(14 / 36)


def test_burt_constraint_of_a_star_centre():
    """Burt (1992): a centre tied to 4 unconnected contacts has constraint 4 x (1/4)^2 = 0.25."""
    (centre,) = brokers(nx.relabel_nodes(nx.star_graph(4), str))
    assert centre.id == "0"
    assert centre.constraint == pytest.approx(0.25)


def test_no_broker_in_a_clique():
    assert brokers(nx.complete_graph(["a", "b", "c"])) == []


def _two_cliques(bridge_type="collaboration", cross_conflicts=False):
    left, right = ["a1", "a2", "a3", "a4"], ["b1", "b2", "b3", "b4"]
    people = [Stakeholder(x, x) for x in left + right]
    ties = [Tie(f"{u}{v}", u, v) for group in (left, right)
            for u, v in itertools.combinations(group, 2)]
    ties.append(Tie("bridge", "a4", "b1", bridge_type))
    if cross_conflicts:
        ties += [Tie(f"x{u}{v}", u, v, "conflict") for u in left for v in right
                 if (u, v) != ("a4", "b1")]
    return people, ties


def test_coalitions_find_two_groups_and_repeat():
    """Two cliques joined by one tie are two coalitions, the same on every run (seeded)."""
    graph = build_graph(*_two_cliques())
    first = coalitions(graph)
    assert sorted(map(sorted, first)) == [["a1", "a2", "a3", "a4"], ["b1", "b2", "b3", "b4"]]
    for _ in range(3):
        assert coalitions(build_graph(*_two_cliques())) == first
    numbers = coalition_numbers(graph)
    assert numbers["a1"] == numbers["a4"] != numbers["b1"]


def test_conflict_ties_do_not_make_allies():
    """Sixteen conflict ties between the two camps leave them two coalitions."""
    graph = build_graph(*_two_cliques(cross_conflicts=True))
    assert sorted(map(sorted, coalitions(graph))) == [["a1", "a2", "a3", "a4"],
                                                      ["b1", "b2", "b3", "b4"]]


def test_isolated_stakeholders_are_their_own_coalition():
    people = [Stakeholder(x, x) for x in "abc"]
    graph = build_graph(people, [Tie("1", "a", "b")])
    assert isolated(graph) == ["c"]
    assert coalitions(graph) == [["a", "b"], ["c"]]
    assert coalitions(build_graph(people, [])) == [["a"], ["b"], ["c"]]


def test_shortest_chain_follows_directed_ties():
    """Authority flows one way: the ministry reaches the district through the region, not back."""
    people = [Stakeholder(x, x) for x in ("moh", "rhd", "dhmt", "union")]
    ties = [Tie("1", "moh", "rhd", "authority", directed=True),
            Tie("2", "rhd", "dhmt", "authority", directed=True),
            Tie("3", "union", "moh", "information")]
    graph = build_graph(people, ties)
    assert shortest_chain(graph, "union", "dhmt") == ["union", "moh", "rhd", "dhmt"]
    assert shortest_chain(graph, "dhmt", "moh") is None
    assert shortest_chain(graph, "moh", "union") == ["moh", "union"]


def test_shortest_chain_on_the_kite():
    graph = build_graph(*kite_map())
    chain = shortest_chain(graph, "Jane", "Andre")
    assert chain is not None and len(chain) == 5  # Jane-Ike-Heather-Fernando-Andre
    assert chain[:3] == ["Jane", "Ike", "Heather"]


def test_shortest_chain_unknown_stakeholder():
    graph = build_graph([Stakeholder("a", "A")], [])
    with pytest.raises(MapError, match="no stakeholder with id 'b'"):
        shortest_chain(graph, "a", "b")


def test_coalitions_do_not_depend_on_the_order_of_the_map():
    """The same ties listed in another order give the same coalitions."""
    people, ties = _two_cliques()
    ties = [*ties, Tie("extra", "a1", "b2"), Tie("extra2", "a2", "b3")]
    forward = coalitions(build_graph(people, ties))
    backward = coalitions(build_graph(people[::-1], ties[::-1]))
    assert sorted(map(sorted, forward)) == sorted(map(sorted, backward))
