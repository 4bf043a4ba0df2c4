"""One table of everything the map says about each stakeholder: network measures, coalition,
power-interest quadrant and salience class.

This is what ``palabre map`` prints and what the map workspace shows beside the drawing.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping

import pandas as pd

from stakeholder_map.grid import quadrant, salience
from stakeholder_map.model import Stakeholder, Tie, TieType
from stakeholder_map.network import build_graph, centrality
from stakeholder_map.structure import COALITION_SEED, coalition_numbers

QUADRANT_NEEDS = ("power", "interest")
SALIENCE_NEEDS = ("power", "legitimacy", "urgency")


def map_table(
    stakeholders: Iterable[Stakeholder],
    ties: Iterable[Tie],
    types: Collection[TieType | str] | None = None,
    *,
    missing: Mapping[str, Collection[str]] | None = None,
    seed: int = COALITION_SEED,
) -> pd.DataFrame:
    """Each stakeholder's measures on the selected tie types, in the map's order.

    Parameters
    ----------
    stakeholders, ties:
        The map.
    types:
        Tie types to analyse (None: all).
    missing:
        Per stakeholder id, the attributes its source did not give (see
        :class:`exports.stakeholder_tables.ImportedMap`); the quadrant is None without power and
        interest, the salience class None without power, legitimacy and urgency.
    seed:
        Seed of the coalition detection.

    Returns
    -------
    pandas.DataFrame
        Indexed by id, with ``name``, the columns of
        :func:`~stakeholder_map.network.centrality` (``degree``, ``betweenness``,
        ``closeness``, ``eigenvector``, ``pagerank``, and on a directed graph ``in_degree``,
        ``out_degree``), ``coalition`` (1 = largest), ``quadrant`` and ``salience`` (values of
        :class:`~stakeholder_map.grid.Quadrant` and :class:`~stakeholder_map.grid.Salience`, or
        None).
    """
    items = list(stakeholders)
    graph = build_graph(items, ties, types)
    table = centrality(graph)
    gone = missing or {}
    table.insert(0, "name", [s.name for s in items])
    table["coalition"] = pd.Series(coalition_numbers(graph, seed), dtype=int)

    def has(s: Stakeholder, needs: tuple[str, ...]) -> bool:
        return not set(needs) & set(gone.get(s.id, ()))

    table["quadrant"] = pd.Series(
        [quadrant(s.power, s.interest).value if has(s, QUADRANT_NEEDS) else None for s in items],
        index=table.index, dtype=object)
    table["salience"] = pd.Series(
        [salience(s.power, s.legitimacy, s.urgency).value if has(s, SALIENCE_NEEDS) else None
         for s in items],
        index=table.index, dtype=object)
    return table


def parse_tie_types(text: str | None) -> list[TieType] | None:
    """Tie types from ``"information,collaboration"`` (None or empty: all types).

    Raises
    ------
    MapError
        Naming an unknown type and the valid ones (with a suggestion when one is close).
    """
    import difflib

    from stakeholder_map.errors import MapError

    if text is None or not text.strip():
        return None
    allowed = [t.value for t in TieType]
    out: list[TieType] = []
    for part in text.split(","):
        word = part.strip().lower()
        if not word:
            continue
        if word not in allowed:
            close = difflib.get_close_matches(word, allowed, n=1, cutoff=0.6)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            raise MapError(f"unknown tie type {part.strip()!r} (expected one or more of "
                           f"{', '.join(allowed)}, separated by commas){hint}")
        if TieType(word) not in out:
            out.append(TieType(word))
    return out or None
