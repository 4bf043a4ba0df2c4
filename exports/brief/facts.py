"""Everything the brief shows, computed once from the dialogue before any page is laid out.

The brief never computes a method itself: rankings come from :mod:`dialogue.analysis`, political
feasibility from :mod:`dialogue.political`, brokers and coalitions from
:mod:`stakeholder_map.structure`, robustness from :mod:`dialogue.decision` (see
:mod:`exports.brief.robustness`). This module only gathers their results and orders them for the
pages.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import networkx as nx

from dialogue.analysis import rank
from dialogue.model import Dialogue
from dialogue.political import OptionFeasibility, political_feasibility
from dialogue.values import Option, WeightSet
from exports.brief.phrases import Phrases
from exports.brief.redaction import Redactor
from mcda.additive import AdditiveResult, RankedOption
from mcda.criteria import Criterion, Group
from mcda.weights import global_weights
from palabre.errors import PalabreError
from stakeholder_map.grid import Quadrant, quadrant
from stakeholder_map.network import build_graph
from stakeholder_map.structure import Broker, brokers, coalitions

log = logging.getLogger(__name__)

LEADING = 3  # options treated as "leading" in the stakeholder and robustness sections
BROKERS = 5
_SHORT_SEPARATORS = (" – ", " — ", " - ", " (", ", ")


def _shorten(name: str) -> str:
    """A name up to its first dash, bracket or comma (when that leaves eight letters or more)."""
    for sep in _SHORT_SEPARATORS:
        at = name.find(sep)
        if at >= 8:
            name = name[:at]
    return name


@dataclass
class Facts:
    """The dialogue's results, ready for the pages (names already redacted where asked)."""

    dialogue: Dialogue
    p: Phrases
    redactor: Redactor
    weight_set: WeightSet
    result: AdditiveResult
    weights: dict[str, float]
    stakeholder_no: dict[str, int]
    quadrants: dict[str, Quadrant]
    graph: nx.Graph
    brokers: list[Broker]
    coalitions: list[list[str]]
    political: dict[str, OptionFeasibility]
    perspectives: dict[str, AdditiveResult]
    extras: dict[str, Any] = field(default_factory=dict)

    @property
    def lang(self) -> str:
        """The brief's language."""
        return self.p.lang

    @property
    def ranking(self) -> tuple[RankedOption, ...]:
        """Options in rank order."""
        return self.result.ranking

    @property
    def leading(self) -> list[RankedOption]:
        """The leading options: the first three places (up to five when places are shared)."""
        cut = [r for r in self.ranking if r.rank <= LEADING]
        return cut[:5] if cut else list(self.ranking[:LEADING])

    def option(self, option_id: str) -> Option:
        """An option by id."""
        return self.dialogue.options[option_id]

    def option_name(self, option_id: str) -> str:
        """An option's name as printed (persons' names redacted in it)."""
        return self.redactor.text(self.dialogue.options[option_id].name)

    def criterion(self, criterion_id: str) -> Criterion:
        """A criterion by id."""
        return self.dialogue.criteria[criterion_id]

    def criteria_of(self, group: Group) -> list[Criterion]:
        """The criteria of one group, in display order."""
        return [c for c in self.dialogue.criteria.values() if c.group is group]

    def name(self, stakeholder_id: str) -> str:
        """A stakeholder's name as printed."""
        return self.redactor.name(stakeholder_id)

    def short_name(self, stakeholder_id: str) -> str:
        """A stakeholder's name up to its first dash, bracket or comma (for lists and maps):
        "Ministry of Finance – Budget Directorate" becomes "Ministry of Finance". When the
        short form would be shared by several stakeholders ("Local Council – North 1" and
        "Local Council – South 2"), the full name is kept, so that a list never names two
        stakeholders alike."""
        name = self.name(stakeholder_id)
        if self.redactor.active and name != self.dialogue.stakeholders[stakeholder_id].name:
            return name  # a redacted person: the category label is already short
        short = _shorten(name)
        return short if self._short_counts.get(short.casefold(), 0) <= 1 else name

    @cached_property
    def _short_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for sid in self.dialogue.stakeholders:
            key = _shorten(self.name(sid)).casefold()
            counts[key] = counts.get(key, 0) + 1
        return counts

    def text(self, text: str) -> str:
        """User text as printed (persons' names redacted when asked)."""
        return self.redactor.text(text)

    def quote(self, text: str) -> str:
        """User text in the language's quotation marks: “x” or « x » (which also spares French
        the elision that "de" would need before a vowel: "le poids de « Implementation »")."""
        shown = self.text(text)
        return f"«\u00a0{shown}\u00a0»" if self.lang == "fr" else f"“{shown}”"


def gather(dialogue: Dialogue, lang: str, redact: bool) -> Facts:
    """Compute what the brief needs.

    Raises
    ------
    PalabreError
        If the dialogue cannot be ranked (no options, no criteria, no weight set), with the
        reason.
    """
    p = Phrases(lang)
    redactor = Redactor(dialogue, p, redact)
    try:
        result = rank(dialogue)
    except PalabreError as exc:
        raise PalabreError(f"cannot write the brief: {exc.message}") from None
    ws = dialogue.active_weight_set
    weights = global_weights(dialogue.criteria.values(), ws.weights, ws.group_weights)
    graph = build_graph(dialogue.stakeholders.values(), dialogue.ties.values())
    perspectives = {}
    for wid in dialogue.weight_sets:
        try:
            perspectives[wid] = result if wid == ws.id else rank(dialogue, wid)
        except PalabreError as exc:  # a perspective with all weights zero, for example
            log.info("perspective %s cannot rank: %s", wid, exc)
    facts = Facts(
        dialogue=dialogue, p=p, redactor=redactor, weight_set=ws, result=result,
        weights=weights,
        stakeholder_no={sid: i for i, sid in enumerate(dialogue.stakeholders, start=1)},
        quadrants={sid: quadrant(s.power, s.interest) for sid, s in dialogue.stakeholders.items()},
        graph=graph,
        brokers=brokers(graph, BROKERS) if graph.number_of_edges() else [],
        coalitions=coalitions(graph) if graph.number_of_edges() else [],
        political=political_feasibility(dialogue),
        perspectives=perspectives,
    )
    from exports.brief.robustness import gather_robustness

    facts.extras.update(gather_robustness(dialogue, facts))
    return facts
