"""The stakeholder network on networkx, and who is central in it.

Measures follow networkx's definitions and default normalisations, so that figures match what
Gephi users and the literature report (Freeman 1979 for betweenness; Bonacich 1987 for eigenvector).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

import networkx as nx
import pandas as pd

from stakeholder_map.errors import MapError
from stakeholder_map.model import Stakeholder, Tie, TieType


def build_graph(
    stakeholders: Iterable[Stakeholder],
    ties: Iterable[Tie],
    types: Collection[TieType | str] | None = None,
) -> nx.Graph:
    """A simple graph of the stakeholders and the selected tie types.

    The graph is undirected when every selected tie is undirected; otherwise it is directed and
    each undirected tie becomes two opposite arcs. Several ties between the same pair merge into
    one edge whose ``strength`` is the strongest and whose ``types`` lists them all.

    Raises
    ------
    MapError
        If a tie names a stakeholder that does not exist.
    """
    nodes = list(stakeholders)
    ids = {s.id for s in nodes}
    wanted = None if types is None else {TieType(t) for t in types}
    chosen = [t for t in ties if wanted is None or t.type in wanted]
    graph: nx.Graph = nx.DiGraph() if any(t.directed for t in chosen) else nx.Graph()
    for s in nodes:
        graph.add_node(s.id, name=s.name)
    for t in chosen:
        for end in (t.source, t.target):
            if end not in ids:
                raise MapError(f"tie {t.id!r} refers to unknown stakeholder {end!r}")
        arcs = [(t.source, t.target)]
        if graph.is_directed() and not t.directed:
            arcs.append((t.target, t.source))
        for u, v in arcs:
            if graph.has_edge(u, v):
                data = graph.edges[u, v]
                data["strength"] = max(data["strength"], t.strength)
                data["types"] = sorted(set(data["types"]) | {t.type.value})
            else:
                graph.add_edge(u, v, strength=t.strength, types=[t.type.value])
    return graph


def centrality(graph: nx.Graph) -> pd.DataFrame:
    """Degree and betweenness centrality of every node, normalised as networkx does by default.

    Returns a table indexed by stakeholder id with columns ``degree`` and ``betweenness``; on a
    directed graph also ``in_degree`` and ``out_degree``.
    """
    table = pd.DataFrame(index=pd.Index(list(graph.nodes), name="id", dtype=object))
    table["degree"] = pd.Series(nx.degree_centrality(graph)) if len(graph) > 1 else 0.0
    if graph.is_directed() and len(graph) > 1:
        table["in_degree"] = pd.Series(nx.in_degree_centrality(graph))
        table["out_degree"] = pd.Series(nx.out_degree_centrality(graph))
    table["betweenness"] = pd.Series(nx.betweenness_centrality(graph))
    return table.fillna(0.0)
