"""The stakeholder map at a large size: 1,000 stakeholders and 5,000 ties (issue 4).

Each figure has a baseline measured in the same run:

- all measures (degree, betweenness, closeness, eigenvector, PageRank, coalitions, quadrant,
  salience: :func:`stakeholder_map.measures.map_table`) against networkx computing the same
  centralities and Louvain communities itself;
- the force-directed layout (:func:`stakeholder_map.layout.force_layout`) against networkx's
  default ``spring_layout``;
- saving and loading the ``.palabre`` file (:mod:`dialogue.native_file`: validation, atomic
  write with fsync and backup) against plain ``json.dumps`` / ``json.loads`` of the same data;
- GraphML export and import (:mod:`exports.graph_files`, with the defusedxml check and full
  validation) against networkx's plain ``write_graphml`` / ``read_graphml``;
- the political feasibility of 12 options against a bare numpy sum of the same products.
"""

from __future__ import annotations

import json
import random
import tempfile
from pathlib import Path

import networkx as nx
import numpy as np

from benchmarks.common import Result, median_time, peak_memory_mb
from dialogue.model import Dialogue, Edit, Put
from dialogue.native_file import dumps, load, save, to_json_dict
from dialogue.political import political_feasibility
from dialogue.values import Option
from exports.graph_files import graphml_bytes, read_graph_file
from stakeholder_map.layout import force_layout
from stakeholder_map.measures import map_table
from stakeholder_map.model import Category, Kind, Level, Position, Stakeholder, Tie, TieType
from stakeholder_map.network import build_graph

TOPIC = "map"
N_STAKEHOLDERS = 1_000
N_TIES = 5_000
N_OPTIONS = 12
TARGET = 1.0


def large_dialogue(seed: int = 1) -> Dialogue:
    """A dialogue with 1,000 stakeholders, 5,000 ties and positions on 12 options."""
    rng = random.Random(seed)
    options = [Option(f"o{i}", f"Option {i}") for i in range(N_OPTIONS)]
    categories, levels, kinds = list(Category), list(Level), list(Kind)
    people = []
    for i in range(N_STAKEHOLDERS):
        positions = {o.id: Position(rng.randint(-2, 2), rng.choice([None, 0.5, 0.9]))
                     for o in options if rng.random() < 0.8}
        people.append(Stakeholder(
            f"s{i}", f"Stakeholder {i}", rng.choice(categories), rng.choice(levels),
            rng.choice(kinds), rng.randint(1, 5), rng.randint(1, 5), rng.randint(1, 5), None,
            rng.randint(1, 5), rng.random() < 0.5, rng.random() < 0.3, "notes " * 5, positions,
            rng.uniform(-400, 400), rng.uniform(-400, 400)))
    types = list(TieType)
    ties, seen = [], set()
    while len(ties) < N_TIES:
        u, v = rng.sample(range(N_STAKEHOLDERS), 2)
        kind = rng.choice(types)
        directed = kind in (TieType.AUTHORITY, TieType.FUNDING)
        link = (u, v, kind) if directed else (min(u, v), max(u, v), kind)
        if link in seen:
            continue
        seen.add(link)
        ties.append(Tie(f"t{len(ties)}", f"s{u}", f"s{v}", kind, rng.randint(1, 3), directed))
    d = Dialogue()
    steps = [Put("options", o.id, o) for o in options]
    steps += [Put("stakeholders", s.id, s) for s in people]
    steps += [Put("ties", t.id, t) for t in ties]
    d.apply(Edit("benchmark", tuple(steps)))
    return d


def _networkx_measures(graph: nx.Graph) -> None:
    nx.degree_centrality(graph)
    nx.betweenness_centrality(graph)
    nx.closeness_centrality(graph)
    nx.eigenvector_centrality(graph, max_iter=1000)
    nx.pagerank(graph)
    nx.community.louvain_communities(graph.to_undirected(), seed=7)


def run() -> list[Result]:
    """Measure the map operations on 1,000 stakeholders and 5,000 ties."""
    d = large_dialogue()
    people, ties = list(d.stakeholders.values()), list(d.ties.values())
    graph = build_graph(people, ties)
    results = []

    mem, _ = peak_memory_mb(lambda: map_table(people, ties))
    fast = median_time(lambda: map_table(people, ties), repeat=3)
    base = median_time(lambda: _networkx_measures(graph), repeat=1)
    results.append(Result(TOPIC, "all measures (directed graph, 1,000 / 5,000)", fast,
                          "networkx centralities + louvain", base, mem, "<= 1 s",
                          fast <= TARGET,
                          "betweenness and closeness by batched sparse Brandes "
                          "(stakeholder_map/shortest_paths.py), equal to networkx's"))

    undirected = build_graph(people, [t.replace(directed=False) for t in ties])
    mem, _ = peak_memory_mb(lambda: force_layout(undirected))
    fast = median_time(lambda: force_layout(undirected), repeat=3)
    base = median_time(lambda: nx.spring_layout(undirected, seed=7), repeat=1)
    results.append(Result(TOPIC, "force-directed layout (50 iterations)", fast,
                          "nx.spring_layout default", base, mem, "<= 1 s", fast <= TARGET,
                          "Fruchterman-Reingold with networkx's forces and cooling, repulsion "
                          "as n x n float32 numpy arrays, attraction along the tie list"))

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "large.palabre"
        plain = Path(tmp) / "plain.json"
        data = to_json_dict(d)
        save(d, path)
        fast = median_time(lambda: save(d, path), repeat=3)

        def plain_save() -> None:
            plain.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")

        base = median_time(plain_save, repeat=3)
        results.append(Result(TOPIC, "save .palabre (atomic, fsync, backup)", fast,
                              "json.dumps + write_text", base, None, "<= 1 s", fast <= TARGET,
                              f"file of {len(dumps(d).encode()) / 1e6:.1f} MB"))
        mem, loaded = peak_memory_mb(lambda: load(path))
        assert loaded == d
        fast = median_time(lambda: load(path), repeat=3)
        base = median_time(lambda: json.loads(path.read_text(encoding="utf-8")), repeat=3)
        results.append(Result(TOPIC, "load .palabre (validated)", fast, "json.loads", base, mem,
                              "<= 1 s", fast <= TARGET))

        gpath = Path(tmp) / "large.graphml"
        gpath.write_bytes(graphml_bytes(people, ties, list(d.options)))
        fast = median_time(lambda: gpath.write_bytes(graphml_bytes(people, ties,
                                                                   list(d.options))), repeat=3)
        nxpath = Path(tmp) / "nx.graphml"
        plain_graph = nx.MultiDiGraph(build_graph(people, ties))
        for _, _, e in plain_graph.edges(data=True):
            e["types"] = ",".join(e["types"])
        base = median_time(lambda: nx.write_graphml(plain_graph, nxpath), repeat=3)
        results.append(Result(TOPIC, "GraphML export (all attributes)", fast,
                              "nx.write_graphml, no attributes", base, None, "<= 1 s",
                              fast <= TARGET))
        fast = median_time(lambda: read_graph_file(gpath, known_options=d.options), repeat=3)
        base = median_time(lambda: nx.read_graphml(gpath), repeat=3)
        results.append(Result(TOPIC, "GraphML import (defusedxml check, validated)", fast,
                              "nx.read_graphml unchecked", base, None, "<= 1 s",
                              fast <= TARGET))

    powers = np.array([s.power for s in people], dtype=float)

    def numpy_baseline() -> None:
        for oid in d.options:
            stances = np.array([s.stance_on(oid) or 0 for s in people], dtype=float)
            float(np.dot(powers, stances) / 2 / powers.sum())

    fast = median_time(lambda: political_feasibility(d), repeat=3)
    base = median_time(numpy_baseline, repeat=3)
    results.append(Result(TOPIC, "political feasibility, 12 options", fast,
                          "numpy weighted sum", base, None, "<= 1 s", fast <= TARGET))
    return results
