"""Who brokers, who stands together, how influence travels, and who is left out.

Each function takes a graph from :func:`stakeholder_map.network.build_graph`, so it works on the
tie types the user selected (for example information and collaboration only).
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass

import networkx as nx

from stakeholder_map.errors import MapError
from stakeholder_map.model import TieType
from stakeholder_map.shortest_paths import betweenness_closeness

log = logging.getLogger(__name__)

COALITION_SEED = 7
"""Seed of the community detection, so that the same map always gives the same coalitions."""


@dataclass(frozen=True)
class Broker:
    """A stakeholder through whom others connect.

    ``betweenness`` is the share of shortest chains between other stakeholders that pass through
    this one (Freeman 1979; networkx's normalisation). ``constraint`` is Burt's (1992) network
    constraint: low when one's contacts are not tied to each other, so that one spans a
    "structural hole"; None where it is undefined (no ties).
    """

    id: str
    betweenness: float
    constraint: float | None


def brokers(graph: nx.Graph, limit: int = 5) -> list[Broker]:
    """The stakeholders with the highest betweenness, strongest broker first.

    A broker here is a stakeholder with betweenness above zero (it lies on at least one shortest
    chain between two others); they are ranked by betweenness, ties broken by lower Burt
    constraint, then by the order of the map. Burt's constraint is given for each as a second
    reading, computed only for the brokers returned (it is slow on large maps).

    Parameters
    ----------
    graph:
        The map's graph (see :func:`~stakeholder_map.network.build_graph`).
    limit:
        How many to return at most.

    Examples
    --------
    >>> [b.id for b in brokers(nx.path_graph(["a", "b", "c", "d"]))]
    ['b', 'c']
    """
    between, _ = betweenness_closeness(graph)
    candidates = [v for v in graph.nodes if between[v] > 1e-12]
    constraint = nx.constraint(graph, nodes=candidates) if candidates else {}
    order = {v: i for i, v in enumerate(graph.nodes)}

    def key(v: str) -> tuple[float, float, int]:
        c = constraint.get(v, math.nan)
        return (-between[v], c if math.isfinite(c) else math.inf, order[v])

    chosen = sorted(candidates, key=key)[: max(0, limit)]
    out = []
    for v in chosen:
        c = constraint.get(v, math.nan)
        out.append(Broker(str(v), between[v], float(c) if math.isfinite(c) else None))
    return out


def coalitions(graph: nx.Graph, seed: int = COALITION_SEED) -> list[list[str]]:
    """Groups of stakeholders more tied to each other than to the rest (community detection).

    Louvain modularity maximisation (Blondel et al. 2008, ``nx.community.louvain_communities``)
    on the undirected view of the graph, with tie strength as weight and a fixed seed, visiting
    stakeholders in the order of their ids, so the result is repeatable and does not depend on
    the order of the map. Ties that are only conflict ties are left out: a conflict separates
    two stakeholders, it does not make them allies. A stakeholder with no ties is a coalition of
    one.

    Returns
    -------
    list of list of str
        Coalitions, largest first (equal sizes in the order of their first member in the map);
        members in the order of the map.
    """
    order = {v: i for i, v in enumerate(graph.nodes)}
    # Louvain's result depends on the order it visits nodes and edges; building its graph in
    # sorted order makes the coalitions depend on the map alone, not on the order of the file
    # or of the stakeholder list.
    weights: dict[tuple[str, str], float] = {}
    for u, v, data in graph.edges(data=True):
        types = data.get("types")
        if types and set(types) == {TieType.CONFLICT.value}:
            continue
        pair = (min(str(u), str(v)), max(str(u), str(v)))
        weights[pair] = max(weights.get(pair, 0.0), float(data.get("strength", 1)))
    by_name = {str(v): v for v in graph.nodes}
    allies = nx.Graph()
    allies.add_nodes_from(sorted(by_name))
    for u, v in sorted(weights):
        allies.add_edge(u, v, weight=weights[(u, v)])
    if allies.number_of_edges() == 0:
        groups = [{v} for v in allies.nodes]
    else:
        groups = nx.community.louvain_communities(allies, weight="weight", seed=seed)
    members = [sorted((by_name[v] for v in g), key=order.__getitem__) for g in groups]
    members.sort(key=lambda g: (-len(g), order[g[0]]))
    return [[str(v) for v in g] for g in members]


def coalition_numbers(graph: nx.Graph, seed: int = COALITION_SEED) -> dict[str, int]:
    """Each stakeholder's coalition number (1 for the largest coalition), see :func:`coalitions`."""
    return {v: i for i, group in enumerate(coalitions(graph, seed), start=1) for v in group}


def shortest_chain(graph: nx.Graph, source: str, target: str) -> list[str] | None:
    """The shortest chain of ties from one stakeholder to another, both ends included.

    On a directed graph the chain follows the direction of directed ties (authority flows from
    who commands to who obeys); undirected ties run both ways. Among chains of equal length the
    one networkx's breadth-first search finds first is returned.

    Returns
    -------
    list of str or None
        Stakeholder ids from ``source`` to ``target``; None when no chain exists.

    Raises
    ------
    MapError
        If either stakeholder is not in the map.

    Examples
    --------
    >>> shortest_chain(nx.path_graph(["a", "b", "c"]), "a", "c")
    ['a', 'b', 'c']
    """
    for end in (source, target):
        if end not in graph:
            raise MapError(f"there is no stakeholder with id {end!r} in the map")
    try:
        return [str(v) for v in nx.shortest_path(graph, source, target)]
    except nx.NetworkXNoPath:
        return None


def isolated(graph: nx.Graph) -> list[str]:
    """Stakeholders with no tie of the selected types, in the order of the map."""
    return [str(v) for v in graph.nodes if graph.degree(v) == 0]
