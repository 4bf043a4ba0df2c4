"""Results computed from a dialogue: the bridge from the document to the engines.

Results are recomputed from the document and never stored in it; :class:`Analysis` caches them
until the dialogue's revision changes, so the window can ask as often as it repaints.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any, TypeVar

import numpy as np
import pandas as pd

from dialogue.model import Dialogue
from mcda.additive import AdditiveResult, rank_additive
from palabre.errors import ValidationError
from stakeholder_map.grid import quadrant, salience
from stakeholder_map.model import TieType
from stakeholder_map.network import build_graph, centrality

T = TypeVar("T")


def performance_table(d: Dialogue) -> pd.DataFrame:
    """Scores as a table: one row per option id, one column per criterion id (NaN if missing)."""
    options, criteria = list(d.options), list(d.criteria)
    data = np.full((len(options), len(criteria)), np.nan)
    row = {oid: i for i, oid in enumerate(options)}
    col = {cid: j for j, cid in enumerate(criteria)}
    for (oid, cid), score in d.scores.items():
        data[row[oid], col[cid]] = score.value
    return pd.DataFrame(data, index=pd.Index(options, dtype=object),
                        columns=pd.Index(criteria, dtype=object))


def rank(d: Dialogue, weight_set_id: str | None = None) -> AdditiveResult:
    """Rank the dialogue's options by the additive value model with one weight set.

    Raises
    ------
    ValidationError
        If there are no options, no criteria or no weight set.
    """
    if not d.options:
        raise ValidationError("the dialogue has no options to rank")
    if not d.criteria:
        raise ValidationError("the dialogue has no criteria")
    ws = d.weight_sets.get(weight_set_id) if weight_set_id else d.active_weight_set
    if ws is None:
        raise ValidationError(f"there is no weight set with id {weight_set_id!r}")
    return rank_additive(performance_table(d), list(d.criteria.values()), ws.weights, ws.group_weights)


def map_measures(d: Dialogue, types: Collection[TieType | str] | None = None) -> pd.DataFrame:
    """Each stakeholder's name, network measures, grid quadrant and salience class."""
    graph = build_graph(d.stakeholders.values(), d.ties.values(), types)
    table = centrality(graph)
    table.insert(0, "name", [d.stakeholders[sid].name for sid in table.index])
    table["quadrant"] = [quadrant(d.stakeholders[s].power, d.stakeholders[s].interest).value
                         for s in table.index]
    table["salience"] = [
        salience(d.stakeholders[s].power, d.stakeholders[s].legitimacy, d.stakeholders[s].urgency).value
        for s in table.index
    ]
    return table


class Analysis:
    """Cached results for one dialogue, dropped whenever the dialogue changes."""

    def __init__(self, dialogue: Dialogue) -> None:
        self.dialogue = dialogue
        self._revision = -1
        self._cache: dict[Any, Any] = {}

    def cached(self, key: Any, compute: Callable[[], T]) -> T:
        """The cached value for ``key``, computed now if the dialogue changed since."""
        if self._revision != self.dialogue.revision:
            self._cache.clear()
            self._revision = self.dialogue.revision
        if key not in self._cache:
            self._cache[key] = compute()
        return self._cache[key]

    def ranking(self, weight_set_id: str | None = None) -> AdditiveResult:
        """The additive ranking for a weight set (the active one by default)."""
        wid = weight_set_id or self.dialogue.active_weight_set.id
        return self.cached(("rank", wid), lambda: rank(self.dialogue, wid))

    def measures(self) -> pd.DataFrame:
        """Network measures, quadrant and salience of every stakeholder (all tie types)."""
        return self.cached("measures", lambda: map_measures(self.dialogue))
