"""``palabre map INPUT [--ties TYPE,...] [--json]``: network measures of a stakeholder map.

INPUT is a ``.palabre`` dialogue, a GraphML or GEXF file, a ties table (``.csv`` with columns
``source,target`` and optional ``type,strength,directed``), or a stakeholder workbook (``.xlsx``
with sheets ``stakeholders`` and ``ties``). Measures are computed on the selected tie types;
degree, betweenness and closeness are normalised as networkx does by default. Quadrant and
salience are null for stakeholders whose source has no power, interest, legitimacy or urgency.
"""

from __future__ import annotations

import argparse
import math
from pathlib import Path
from typing import Any

from desktop.cli_commands.common import print_json, print_table
from desktop.cli_commands.words_fr import plural, say
from palabre.errors import FileFormatError

FIELDS = ("id", "name", "degree", "betweenness", "closeness", "eigenvector", "coalition",
          "quadrant", "salience")


def add_parser(sub: argparse._SubParsersAction) -> None:
    """Register the subcommand."""
    p = sub.add_parser(
        "map",
        help="network measures, coalitions, quadrant and salience of a stakeholder map",
        description="Measures of every stakeholder: degree, betweenness and closeness "
        "(normalised as networkx does), eigenvector centrality, coalition (community "
        "detection, seeded), power-interest quadrant and salience class.",
    )
    p.add_argument("input", metavar="INPUT",
                   help="a .palabre file, a .graphml or .gexf file, a ties .csv "
                   "(source,target[,type,strength,directed]) or a stakeholder .xlsx workbook")
    p.add_argument("--ties", metavar="TYPE,...",
                   help="only these tie types: authority, funding, information, "
                   "collaboration, conflict (default: all)")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")


def load_map(path: Path) -> tuple[list[Any], list[Any], dict[str, frozenset[str]]]:
    """Stakeholders, ties and missing attributes from any file ``palabre map`` accepts."""
    suffix = path.suffix.lower()
    if suffix == ".palabre":
        from dialogue.native_file import load

        d = load(path)
        return list(d.stakeholders.values()), list(d.ties.values()), {}
    if suffix in (".graphml", ".gexf"):
        from exports.graph_files import read_graph_file

        imported = read_graph_file(path)
    elif suffix == ".csv":
        from exports.stakeholder_tables import read_ties_csv

        imported = read_ties_csv(path)
    elif suffix == ".xlsx":
        from exports.stakeholder_tables import read_map_xlsx

        imported = read_map_xlsx(path)
    else:
        raise FileFormatError(
            f"{path.name}: expected a .palabre, .graphml, .gexf, .csv (ties) or .xlsx file"
        )
    return list(imported.stakeholders), list(imported.ties), dict(imported.missing)


def _number(value: Any) -> float | None:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return float(value)


def run(args: argparse.Namespace) -> int:
    """Compute and print the measures."""
    from stakeholder_map.measures import map_table, parse_tie_types
    from stakeholder_map.network import build_graph

    types = parse_tie_types(args.ties)
    stakeholders, ties, missing = load_map(Path(args.input))
    table = map_table(stakeholders, ties, types, missing=missing)
    records = []
    for sid, row in table.iterrows():
        records.append({
            "id": str(sid), "name": row["name"],
            "degree": _number(row["degree"]), "betweenness": _number(row["betweenness"]),
            "closeness": _number(row["closeness"]), "eigenvector": _number(row["eigenvector"]),
            "coalition": int(row["coalition"]), "quadrant": row["quadrant"],
            "salience": row["salience"],
        })
    if args.json:
        print_json({"stakeholders": records})
        return 0
    lang = getattr(args, "message_lang", "en")
    graph = build_graph(stakeholders, ties, types)
    _print_readable(records, graph, types, lang)
    return 0


def _print_readable(records: list[dict[str, Any]], graph: Any, types: Any, lang: str) -> None:
    """The measures as a table, then the network's size, its brokers and who has no tie."""
    from stakeholder_map.grid import quadrant_label, salience_label
    from stakeholder_map.model import tie_type_label
    from stakeholder_map.structure import brokers, isolated

    rows = [[r[f] for f in FIELDS] for r in records]
    if lang != "en":
        # Quadrant and salience in words (the ids stay in the JSON); the ids of stakeholders stay.
        q, s = FIELDS.index("quadrant"), FIELDS.index("salience")
        for row in rows:
            row[q] = quadrant_label(row[q], lang) if row[q] else row[q]
            row[s] = salience_label(row[s], lang) if row[s] else row[s]
    print_table([say(f, lang) for f in FIELDS], rows, lang)
    kind = say("directed" if graph.is_directed() else "undirected", lang)
    links = graph.number_of_edges()
    top = brokers(graph)
    alone = isolated(graph)
    if lang == "fr":
        chosen = ", ".join(tie_type_label(t, lang).lower() for t in types) if types else say("all types", lang)
        print(f"\n{plural(len(records), 'partie prenante', 'parties prenantes')}, "
              f"{plural(links, 'lien', 'liens')} ({kind} ; liens : {chosen}).")
    else:
        chosen = ", ".join(t.value for t in types) if types else "all types"
        print(f"\n{len(records)} stakeholders, {links} links ({kind}; ties: {chosen}).")
    if top:
        print(say("Brokers (highest betweenness): {0}", lang).format(
            ", ".join(f"{b.id} ({_decimal(b.betweenness, lang)})" for b in top)))
    print(say("No ties: {0}", lang).format(", ".join(alone) if alone else say("none", lang)))


def _decimal(x: float, lang: str) -> str:
    text = f"{x:.3f}"
    return text.replace(".", ",") if lang == "fr" else text
