"""The stakeholder network on networkx, and who is central in it.

Measures follow networkx's definitions and default normalisations, so that figures match what
Gephi users and the literature report (Freeman 1979 for betweenness; Bonacich 1987 for eigenvector).
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Iterable

import networkx as nx
import pandas as pd

from stakeholder_map.errors import MapError
from stakeholder_map.model import Stakeholder, Tie, TieType
from stakeholder_map.shortest_paths import betweenness_closeness

log = logging.getLogger(__name__)


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


def eigenvector(graph: nx.Graph) -> dict[str, float | None]:
    """Eigenvector centrality (Bonacich 1987), as ``nx.eigenvector_centrality`` computes it.

    Unweighted, scaled to unit Euclidean length. When the power iteration does not converge
    (possible on some directed graphs), every value is None rather than a misleading number;
    on directed maps PageRank (in :func:`centrality`) is the safer reading anyway, since
    eigenvector centrality piles up on stakeholders that ties lead to but never leave.
    """
    if graph.number_of_edges() == 0:
        return dict.fromkeys(graph.nodes, 0.0 if len(graph) else None)
    try:
        # More iterations than the default 100: slowly converging maps are common (long chains).
        values = nx.eigenvector_centrality(graph, max_iter=1000)
    except (nx.PowerIterationFailedConvergence, nx.NetworkXException, ZeroDivisionError):
        log.info("eigenvector centrality is not defined on this graph; reported as unknown")
        return dict.fromkeys(graph.nodes)
    return {k: float(v) for k, v in values.items()}


def centrality(graph: nx.Graph) -> pd.DataFrame:
    """Network measures of every node, normalised as networkx does by default.

    Returns a table indexed by stakeholder id with columns ``degree``, ``betweenness``,
    ``closeness``, ``eigenvector`` (NaN where undefined, see :func:`eigenvector`) and
    ``pagerank``; on a directed graph also ``in_degree`` and ``out_degree``.

    Degree is the share of the other stakeholders one is tied to (Freeman 1979); betweenness the
    share of shortest chains between others that pass through one (Freeman 1979, normalised by
    ``(n-1)(n-2)``); closeness the inverse mean distance to the others, scaled by the share that
    can reach one (Wasserman & Faust 1994, incoming distances on a directed graph); eigenvector
    centrality gives more to ties with central stakeholders (Bonacich 1987); PageRank is its
    damped, directed cousin (Brin & Page 1998, damping 0.85). Betweenness and closeness come from
    :func:`stakeholder_map.shortest_paths.betweenness_closeness`, equal to networkx's and about
    ten times faster on a thousand stakeholders.
    """
    table = pd.DataFrame(index=pd.Index(list(graph.nodes), name="id", dtype=object))
    table["degree"] = pd.Series(nx.degree_centrality(graph)) if len(graph) > 1 else 0.0
    if graph.is_directed() and len(graph) > 1:
        table["in_degree"] = pd.Series(nx.in_degree_centrality(graph))
        table["out_degree"] = pd.Series(nx.out_degree_centrality(graph))
    between, close = betweenness_closeness(graph)
    table["betweenness"] = pd.Series(between, dtype=float)
    table["closeness"] = pd.Series(close, dtype=float)
    table = table.fillna(0.0)
    table["eigenvector"] = pd.Series(eigenvector(graph), dtype=float)
    table["pagerank"] = pd.Series(nx.pagerank(graph), dtype=float) if len(graph) else 0.0
    return table
