"""GraphML and GEXF files of the stakeholder map, for Gephi and other network tools, and back.

Every stakeholder attribute travels as a node attribute (``name``, ``category``, ``level``,
``kind``, ``power``, ``interest``, ``resources``, ``leadership``, ``knowledge``, ``legitimacy``,
``urgency``, ``notes``, ``x``, ``y``, and ``position:<option id>`` / ``confidence:<option id>``
for each option), with ``label`` set to the name so Gephi shows it. Every tie is an edge with
``tie_id``, ``tie_type``, ``strength``, ``directed``, ``notes``, and ``weight`` (= strength) and
``label`` (= type) for Gephi. Several ties between the same pair are parallel edges. In GEXF the
positions are also written as ``viz:position`` so Gephi opens the map as drawn.

When every tie is undirected the file is an undirected graph; otherwise it is directed and each
undirected tie is one edge marked ``directed = false`` (GEXF's per-edge ``type="undirected"``
would say the same to Gephi, but networkx refuses to read it back in a directed graph).

**Hostile XML.** Files are parsed with :mod:`defusedxml` with DTDs forbidden before networkx
reads them: a GraphML or GEXF file never needs a DTD, and without one no entity can be declared,
so neither "billion laughs" expansion nor external entities can reach the parser, whatever the
version of the system's expat. networkx's own readers use :mod:`xml.etree` (expat) directly and
have no such guard, which is why the check comes first. networkx writes with ``xml.etree``,
which escapes text properly.
"""

from __future__ import annotations

import io
import logging
import math
import xml.sax
import xml.sax.handler
from collections.abc import Collection, Iterable, Sequence
from pathlib import Path
from typing import Any

import networkx as nx

from dialogue import limits
from dialogue.atomic import write_atomic
from exports.stakeholder_tables import (
    ATTRIBUTES,
    CONFIDENCE_PREFIX,
    POSITION_PREFIX,
    STAKEHOLDER_COLUMNS,
    ImportedMap,
    _refuse,
    check_ties,
    stakeholder_from_fields,
    tie_from_fields,
)
from palabre.errors import FileFormatError
from stakeholder_map.model import Stakeholder, Tie, TieType

log = logging.getLogger(__name__)

MAX_GRAPH_BYTES = 20 * 1024 * 1024
"""Largest graph file read (a map of 5,000 stakeholders and 50,000 ties is about 15 MB)."""
FORMATS = {".graphml": "graphml", ".gexf": "gexf"}
EDGE_ORDER = "palabre_edge_order"
EDGE_ENDS = "palabre_edge_ends"


# ---------------------------------------------------------------- writing
def map_graph(
    stakeholders: Iterable[Stakeholder],
    ties: Iterable[Tie],
    option_ids: Sequence[str] | None = None,
    *,
    gexf: bool = False,
) -> nx.MultiGraph:
    """The map as a networkx ``MultiDiGraph`` carrying every attribute, as written to the files.

    Each tie is one edge from its source to its target (its ``directed`` attribute says whether
    the direction means anything). Optional attributes that are not set (``resources`` None,
    unknown positions, no ``x``) are left out rather than written as empty values.
    """
    items = list(stakeholders)
    links = list(ties)
    options = list(option_ids) if option_ids is not None else list(
        dict.fromkeys(oid for s in items for oid in s.positions))
    # Always a directed multigraph, so that networkx writes each tie as source -> target in the
    # order given; the writers below declare the file undirected when no tie is directed.
    graph: nx.MultiGraph = nx.MultiDiGraph()
    for s in items:
        data: dict[str, Any] = {
            "label": s.name, "name": s.name, "category": s.category.value,
            "level": s.level.value, "kind": s.kind.value, "power": s.power,
            "interest": s.interest, "legitimacy": s.legitimacy, "urgency": s.urgency,
            "notes": s.notes,
        }
        for attr in ("resources", "leadership", "knowledge", "x", "y"):
            value = getattr(s, attr)
            if value is not None:
                data[attr] = float(value) if attr in ("x", "y") else value
        for oid in options:
            pos = s.positions.get(oid)
            if pos is not None:
                data[POSITION_PREFIX + oid] = pos.stance
                if pos.confidence is not None:
                    data[CONFIDENCE_PREFIX + oid] = float(pos.confidence)
        if gexf and s.x is not None and s.y is not None:
            data["viz"] = {"position": {"x": float(s.x), "y": float(s.y), "z": 0.0}}
        graph.add_node(s.id, **data)
    for t in links:
        data = {"tie_id": t.id, "tie_type": t.type.value, "strength": t.strength,
                "weight": float(t.strength), "directed": t.directed, "notes": t.notes,
                "label": t.type.value}
        if gexf:
            data["id"] = t.id  # the GEXF edge id
        graph.add_edge(t.source, t.target, key=t.id, **data)
    return graph


def _undirected(data: bytes, attribute: bytes) -> bytes:
    # The first occurrence is the <graph> element's: it precedes every node and edge, and an
    # attribute value holding the same text would have its quotes escaped as &quot;.
    return data.replace(attribute + b'="directed"', attribute + b'="undirected"', 1)


def graphml_bytes(stakeholders: Iterable[Stakeholder], ties: Iterable[Tie],
                  option_ids: Sequence[str] | None = None) -> bytes:
    """The map as GraphML (UTF-8); ``edgedefault="undirected"`` when no tie is directed."""
    links = list(ties)
    buffer = io.BytesIO()
    nx.write_graphml(map_graph(stakeholders, links, option_ids), buffer, encoding="utf-8")
    data = buffer.getvalue()
    return data if any(t.directed for t in links) else _undirected(data, b"edgedefault")


def gexf_bytes(stakeholders: Iterable[Stakeholder], ties: Iterable[Tie],
               option_ids: Sequence[str] | None = None) -> bytes:
    """The map as GEXF 1.2 (UTF-8); ``defaultedgetype="undirected"`` when no tie is directed."""
    links = list(ties)
    buffer = io.BytesIO()
    nx.write_gexf(map_graph(stakeholders, links, option_ids, gexf=True), buffer, encoding="utf-8")
    data = buffer.getvalue()
    return data if any(t.directed for t in links) else _undirected(data, b"defaultedgetype")


def write_graph_file(
    stakeholders: Iterable[Stakeholder],
    ties: Iterable[Tie],
    path: str | Path,
    option_ids: Sequence[str] | None = None,
) -> None:
    """Write a ``.graphml`` or ``.gexf`` file (chosen by the extension), atomically.

    Raises
    ------
    FileFormatError
        If the extension is neither; PalabreError if the file cannot be written.
    """
    p = Path(path)
    kind = FORMATS.get(p.suffix.lower())
    if kind is None:
        raise FileFormatError(f"{p.name}: expected a .graphml or .gexf file name")
    data = (graphml_bytes if kind == "graphml" else gexf_bytes)(stakeholders, ties, option_ids)
    write_atomic(p, data, keep_backup=False)


# ---------------------------------------------------------------- reading
class _Outline(xml.sax.handler.ContentHandler):
    """Collects the ids of nodes and the ends of edges, in document order, while checking."""

    def __init__(self) -> None:
        super().__init__()
        self.nodes: set[str | None] = set()
        self.edges: list[tuple[str | None, str | None, str | None]] = []

    def startElement(self, name: str, attrs: Any) -> None:  # noqa: N802 (SAX API)
        local = name.rpartition(":")[2]
        if local == "node":
            self.nodes.add(attrs.get("id"))
        elif local == "edge":
            self.edges.append((attrs.get("id"), attrs.get("source"), attrs.get("target")))


def _check_xml(data: bytes, name: str) -> _Outline:
    """Refuse DTDs, entities and external references before any other parser sees the bytes.

    A streaming defusedxml (SAX) pass: no tree is built; it also notes the nodes and the edges
    in document order, which networkx's graphs do not keep.
    """
    from defusedxml import DefusedXmlException
    from defusedxml.sax import parseString

    outline = _Outline()
    try:
        parseString(data, outline, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise FileFormatError(
            f"{name} declares a DTD or XML entities ({type(exc).__name__}), which a graph file "
            "never needs; refused as possibly hostile (entity expansion or external entities)"
        ) from None
    except xml.sax.SAXParseException as exc:
        raise FileFormatError(f"{name} is not well-formed XML: {exc.getMessage()} "
                              f"(line {exc.getLineNumber()})") from None
    return outline


def _read_bytes(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_GRAPH_BYTES + 1)
    except OSError as exc:
        raise FileFormatError(f"cannot read {path.name or path}: {exc.strerror or exc}") from None
    if len(data) > MAX_GRAPH_BYTES:
        raise FileFormatError(
            f"{path.name} is larger than {MAX_GRAPH_BYTES / 2**20:.0f} MB, the most Palabre reads"
        )
    if not data.strip():
        raise FileFormatError(f"{path.name} is empty: expected a GraphML or GEXF file")
    return data


def _check_edge_ends(outline: _Outline, name: str) -> None:
    """Refuse edges to nodes the file does not declare (networkx would invent bare nodes)."""
    problems = []
    for eid, source, target in outline.edges:
        for end, ref in (("source", source), ("target", target)):
            if ref not in outline.nodes:
                label = f"edge {eid!r}" if eid else f"edge {source!r} to {target!r}"
                problems.append(f"{name} {label}: {end} {ref!r} is not a node of the file")
    if problems:
        raise _refuse(name, problems)


def parse_graph(data: bytes, kind: str, name: str = "the file") -> nx.Graph:
    """A networkx graph from GraphML or GEXF bytes, after the defusedxml check.

    Raises
    ------
    FileFormatError
        If the XML is hostile or malformed, is not of the given kind, or has more nodes or
        edges than a dialogue may hold.
    """
    outline = _check_xml(data, name)
    _check_edge_ends(outline, name)
    try:
        if kind == "graphml":
            graph = nx.read_graphml(io.BytesIO(data), node_type=str, edge_key_type=str)
        elif kind == "gexf":
            graph = nx.read_gexf(io.BytesIO(data), node_type=str)
        else:
            raise FileFormatError(f"unknown graph format {kind!r}")
    except FileFormatError:
        raise
    except Exception as exc:  # networkx raises many kinds on malformed files
        reason = (str(exc).strip() or type(exc).__name__).splitlines()[0][:200]
        raise FileFormatError(f"{name} is not a valid {kind.upper()} file: {reason}") from None
    if graph.number_of_nodes() > limits.MAX_STAKEHOLDERS:
        raise FileFormatError(f"{name} has {graph.number_of_nodes():,} nodes; a map holds at most "
                              f"{limits.MAX_STAKEHOLDERS:,} stakeholders")
    if graph.number_of_edges() > limits.MAX_TIES:
        raise FileFormatError(f"{name} has {graph.number_of_edges():,} edges; a map holds at most "
                              f"{limits.MAX_TIES:,} ties")
    # networkx groups edges by node; the file's order of edges is kept to restore the ties' order.
    graph.graph[EDGE_ORDER] = [eid for eid, _, _ in outline.edges]
    # An undirected networkx graph may report an edge the other way round; keep the file's.
    graph.graph[EDGE_ENDS] = {eid: (s, t) for eid, s, t in outline.edges if eid}
    return graph


def _node_fields(node: str, data: dict[str, Any]) -> dict[str, Any]:
    fields: dict[str, Any] = {"id": node}
    for key, value in data.items():
        if key in STAKEHOLDER_COLUMNS or key.startswith((POSITION_PREFIX, CONFIDENCE_PREFIX)):
            fields[key] = value
    if fields.get("name") in (None, "") and data.get("label") not in (None, ""):
        fields["name"] = data["label"]
    viz = data.get("viz")
    if isinstance(viz, dict) and isinstance(viz.get("position"), dict):
        for axis in ("x", "y"):
            if fields.get(axis) is None and viz["position"].get(axis) is not None:
                fields[axis] = viz["position"][axis]
    return fields


def _strength_from_weight(weight: Any) -> int | None:
    usable = (isinstance(weight, (int, float)) and not isinstance(weight, bool)
              and math.isfinite(weight) and float(weight).is_integer() and 1 <= weight <= 3)
    return int(weight) if usable else None


def graph_to_map(
    graph: nx.Graph,
    name: str = "the file",
    *,
    known_options: Collection[str] | None = None,
) -> ImportedMap:
    """Validate a networkx graph read from a file into an :class:`ImportedMap`, all or nothing.

    Node attributes Palabre does not know (Gephi's ``modularity_class``, sizes, colours) are
    ignored; Palabre's own attributes are validated like table cells. An edge without
    ``tie_type`` is a collaboration tie (or the edge's ``type`` attribute when it names a tie
    type), without ``strength`` its ``weight`` if that is 1, 2 or 3, else 2. In a directed file
    an edge without ``directed`` is directed; in an undirected file every tie is undirected.
    """
    problems: list[str] = []
    stakeholders: list[Stakeholder] = []
    missing: dict[str, frozenset[str]] = {}
    options: set[str] = set()
    for node, data in graph.nodes(data=True):
        fields = _node_fields(str(node), data)
        options.update(k[len(POSITION_PREFIX):] for k in fields if k.startswith(POSITION_PREFIX))
        s, gone = stakeholder_from_fields(fields, f"{name} node {str(node)!r}", problems,
                                          known_options)
        if s is not None:
            stakeholders.append(s)
            missing[s.id] = gone
    if known_options is not None:
        for oid in sorted(options - set(known_options)):
            problems.append(f"{name}: attribute {POSITION_PREFIX + oid!r} names an option the "
                            "dialogue does not have")
    directed_file = graph.is_directed()
    ties: list[tuple[str, Tie]] = []
    edges: list[tuple[Any, Any, Any, dict[str, Any]]] = (
        list(graph.edges(keys=True, data=True)) if graph.is_multigraph()
        else [(u, v, None, d) for u, v, d in graph.edges(data=True)])

    def file_id(key: Any, data: dict[str, Any]) -> str | None:
        # Palabre's tie_id, else the id of the edge element (networkx keeps it as "id" or as
        # the multigraph key).
        for value in (data.get("tie_id"), data.get("id"), key if isinstance(key, str) else None):
            if value not in (None, ""):
                return str(value)
        return None

    place = {eid: i for i, eid in enumerate(graph.graph.get(EDGE_ORDER, [])) if eid}
    edges = [e for _, e in sorted(enumerate(edges), key=lambda p: (
        place.get(file_id(p[1][2], p[1][3]) or "", math.inf), p[0]))]
    explicit = {i for i in (file_id(k, d) for _, _, k, d in edges) if i}
    counter = 0
    generated: set[str] = set()
    ends = graph.graph.get(EDGE_ENDS, {})
    for u, v, key, data in edges:
        tie_id = file_id(key, data)
        if not directed_file and tie_id in ends and set(ends[tie_id]) == {str(u), str(v)}:
            u, v = ends[tie_id]
        fields: dict[str, Any] = {"source": str(u), "target": str(v), "notes": data.get("notes")}
        if tie_id is None:
            counter += 1
            while f"t{counter}" in explicit:
                counter += 1
            tie_id = f"t{counter}"
            generated.add(tie_id)
        fields["id"] = tie_id
        kind = data.get("tie_type")
        if kind in (None, "") and data.get("type") in {t.value for t in TieType}:
            kind = data.get("type")
        fields["type"] = kind
        strength = data.get("strength")
        fields["strength"] = strength if strength not in (None, "") else _strength_from_weight(
            data.get("weight"))
        if directed_file:
            flag = data.get("directed")
            fields["directed"] = True if flag in (None, "") else flag
        else:
            fields["directed"] = False
        where = f"{name} edge {str(u)!r} to {str(v)!r}"
        t = tie_from_fields(fields, where, problems, str(tie_id))
        if t is not None:
            ties.append((where, t))
    check_ties(ties, {s.id for s in stakeholders} | {str(n) for n in graph.nodes}, problems,
               generated)
    if problems:
        raise _refuse(name, problems)
    return ImportedMap(
        stakeholders=tuple(stakeholders),
        ties=tuple(t for _, t in ties),
        missing=missing,
        position_options=frozenset(options),
        source=name,
    )


def read_graph_file(
    path: str | Path, *, known_options: Collection[str] | None = None
) -> ImportedMap:
    """Read a ``.graphml`` or ``.gexf`` file into a validated :class:`ImportedMap`.

    Raises
    ------
    FileFormatError
        If the file is missing, empty, too large, hostile (DTD, entities), malformed, or has
        invalid attributes; every attribute problem is listed with its node or edge.
    """
    p = Path(path)
    kind = FORMATS.get(p.suffix.lower())
    if kind is None:
        raise FileFormatError(f"{p.name}: expected a .graphml or .gexf file")
    graph = parse_graph(_read_bytes(p), kind, p.name)
    imported = graph_to_map(graph, p.name, known_options=known_options)
    log.debug("read %d stakeholders and %d ties from %s", len(imported.stakeholders),
              len(imported.ties), p.name)
    return imported


__all__ = [
    "ATTRIBUTES",
    "gexf_bytes",
    "graph_to_map",
    "graphml_bytes",
    "map_graph",
    "parse_graph",
    "read_graph_file",
    "write_graph_file",
]
