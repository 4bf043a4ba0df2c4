"""Write the classic-network fixtures of this folder (run once; the files are committed).

The structures come from networkx's generators, which reproduce the published networks:
Krackhardt's kite (Krackhardt 1990, "Assessing the political landscape", Administrative Science
Quarterly 35, figure of the kite; networkx numbers Andre to Jane 0 to 9) and Padgett's Florentine
marriage network (Padgett & Ansell 1993; the 15 families with at least one marriage tie, as in
networkx and Breiger & Pattison 1986). Expected values are NOT taken from networkx: the tests
state them from the literature.

    .venv/bin/python tests/stakeholder_map/data/make_fixtures.py
"""

from __future__ import annotations

import csv
from pathlib import Path

import networkx as nx

HERE = Path(__file__).parent
KITE_NAMES = ["Andre", "Beverly", "Carol", "Diane", "Ed", "Fernando", "Garth", "Heather", "Ike",
              "Jane"]


def main() -> None:
    kite = nx.relabel_nodes(nx.krackhardt_kite_graph(), dict(enumerate(KITE_NAMES)))
    nx.write_graphml(kite, HERE / "krackhardt_kite.graphml")
    florentine = nx.florentine_families_graph()
    nx.write_gexf(florentine, HERE / "florentine_families.gexf")
    for graph, name in ((kite, "krackhardt_kite_ties.csv"),
                        (florentine, "florentine_families_ties.csv")):
        with (HERE / name).open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["source", "target"])
            writer.writerows(sorted(graph.edges()))


if __name__ == "__main__":
    main()
