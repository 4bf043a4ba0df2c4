"""Betweenness and closeness from all shortest paths at once, in sparse linear algebra.

networkx computes betweenness with Brandes' algorithm in pure Python, one source at a time: about
two seconds for 1,000 stakeholders and 5,000 ties. The same algorithm can run for a whole batch
of sources together as sparse-matrix products (breadth-first search as repeated multiplication by
the adjacency matrix; Kepner & Gilbert 2011, *Graph Algorithms in the Language of Linear Algebra*,
SIAM, chapter 6, "batched Brandes"), which numpy and scipy do in compiled code. The results are
the same numbers as networkx's, with networkx's default normalisations, on unweighted graphs
(tie strength is an ordinal rating, not a distance, so it does not lengthen paths).

References
----------
Brandes, U. (2001). A faster algorithm for betweenness centrality. Journal of Mathematical
Sociology 25(2), 163-177.
Freeman, L. C. (1979). Centrality in social networks: conceptual clarification. Social Networks 1.
Wasserman, S. & Faust, K. (1994). Social Network Analysis. Cambridge UP (closeness of nodes that
cannot reach every other node, the "improved" formula networkx uses by default).
"""

from __future__ import annotations

from collections.abc import Hashable

import networkx as nx
import numpy as np
import scipy.sparse as sp

BATCH = 512
"""Sources handled together; memory is about 4 x n x BATCH x 8 bytes."""


def _adjacency(graph: nx.Graph, nodes: list[Hashable]) -> sp.csr_matrix:
    index = {v: i for i, v in enumerate(nodes)}
    n = len(nodes)
    rows, cols = [], []
    for u, v in graph.edges():
        if u == v:
            continue
        rows.append(index[u])
        cols.append(index[v])
        if not graph.is_directed():
            rows.append(index[v])
            cols.append(index[u])
    data = np.ones(len(rows))
    a = sp.csr_matrix((data, (rows, cols)), shape=(n, n))
    a.data[:] = 1.0  # a multigraph's parallel edges count once, as in networkx's path counts
    return a


def betweenness_closeness(graph: nx.Graph) -> tuple[dict[Hashable, float], dict[Hashable, float]]:
    """Normalised betweenness and closeness centrality of every node.

    Parameters
    ----------
    graph:
        A networkx graph or digraph; edge weights are ignored.

    Returns
    -------
    betweenness, closeness:
        Dicts keyed by node, equal to ``nx.betweenness_centrality(graph)`` (normalised by
        ``1/((n-1)(n-2))``) and ``nx.closeness_centrality(graph)`` (incoming distances on a
        digraph; Wasserman & Faust's scaling when not every node is reachable).

    Examples
    --------
    >>> g = nx.path_graph(3)
    >>> b, c = betweenness_closeness(g)
    >>> b[1], c[1], round(c[0], 3)
    (1.0, 1.0, 0.667)
    """
    nodes = list(graph.nodes)
    n = len(nodes)
    if n == 0:
        return {}, {}
    a = _adjacency(graph, nodes)
    at = a.T.tocsr()
    between = np.zeros(n)
    dist_sum = np.zeros(n)  # per target: sum of distances from the sources that reach it
    reached = np.zeros(n)  # per target: number of sources (other than itself) that reach it
    for start in range(0, n, BATCH):
        sources = np.arange(start, min(start + BATCH, n))
        b = len(sources)
        # Matrices are [node, source]: shortest-path counts, depths (-1 unreached).
        sigma = np.zeros((n, b))
        sigma[sources, np.arange(b)] = 1.0
        depth = np.full((n, b), -1, dtype=np.int32)
        depth[sources, np.arange(b)] = 0
        frontier = sigma.copy()
        levels = [frontier != 0]
        d = 0
        while True:
            d += 1
            # Paths into v: sum of the path counts of its in-neighbours in the frontier.
            nxt = at @ frontier
            nxt[depth >= 0] = 0.0
            found = nxt != 0
            if not found.any():
                break
            sigma += nxt
            depth[found] = d
            levels.append(found)
            frontier = nxt
        # Dependencies, from the deepest level back (Brandes 2001, theorem 6).
        delta = np.zeros((n, b))
        with np.errstate(divide="ignore", invalid="ignore"):
            for level in range(len(levels) - 1, 1, -1):
                below = levels[level]
                t = np.where(below, (1.0 + delta) / sigma, 0.0)
                above = levels[level - 1]
                delta += np.where(above, sigma * (a @ t), 0.0)
        between += delta.sum(axis=1)
        reach = depth > 0
        dist_sum += np.where(reach, depth, 0).sum(axis=1)
        reached += reach.sum(axis=1)
    betweenness = between / ((n - 1) * (n - 2)) if n > 2 else between * 0.0
    closeness = np.zeros(n)
    ok = dist_sum > 0
    if n > 1:
        # networkx: (r / total) * (r / (n - 1)) where r = nodes that reach u, u excluded.
        closeness[ok] = (reached[ok] / dist_sum[ok]) * (reached[ok] / (n - 1))
    return (
        {v: float(x) for v, x in zip(nodes, betweenness, strict=True)},
        {v: float(x) for v, x in zip(nodes, closeness, strict=True)},
    )

