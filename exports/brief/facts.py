"""Everything the brief shows, computed once from the dialogue before any page is laid out.

The brief never computes a method itself: rankings come from :mod:`dialogue.analysis` (and the
decision and stakeholder engines through :mod:`dialogue`), and this module only gathers and
orders their results for the pages.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from dialogue.analysis import map_measures, rank
from dialogue.model import Dialogue
from dialogue.values import Option, WeightSet
from exports.brief.phrases import Phrases
from exports.brief.redaction import Redactor
from mcda.additive import AdditiveResult, RankedOption
from mcda.criteria import Criterion, Group
from mcda.weights import global_weights
from palabre.errors import PalabreError
from stakeholder_map.grid import Quadrant, quadrant

log = logging.getLogger(__name__)

LEADING = 3  # options treated as "leading" in the stakeholder and robustness sections


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
    measures: pd.DataFrame | None
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
        """The leading options (the first three places, ties included up to five)."""
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

    def text(self, text: str) -> str:
        """User text as printed (persons' names redacted when asked)."""
        return self.redactor.text(text)


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
    measures = map_measures(dialogue) if dialogue.stakeholders else None
    return Facts(
        dialogue=dialogue, p=p, redactor=redactor, weight_set=ws, result=result,
        weights=weights,
        stakeholder_no={sid: i for i, sid in enumerate(dialogue.stakeholders, start=1)},
        quadrants={sid: quadrant(s.power, s.interest) for sid, s in dialogue.stakeholders.items()},
        measures=measures,
    )


@dataclass(frozen=True)
class Stand:
    """One stakeholder's stand on an option."""

    stakeholder: str
    stance: int
    power: int


@dataclass(frozen=True)
class Support:
    """Who supports and who opposes an option, each weighted by power (DOMAIN.md section 1).

    ``support_power`` and ``opposition_power`` are the shares of the total power (1 to 5 ratings
    summed) held by supporters and by opponents among the stakeholders with a known position, in
    [0, 1]: the reading of a PolicyMaker position map (Reich & Cooper 1996) that a minister can
    check by hand. The political feasibility index itself comes from the stakeholder engine.
    """

    option: str
    supporters: tuple[Stand, ...]
    opponents: tuple[Stand, ...]
    neutral: tuple[Stand, ...]
    unknown: tuple[str, ...]
    support_power: float
    opposition_power: float


def support_of(dialogue: Dialogue, option_id: str) -> Support:
    """Supporters and opponents of an option, strongest (power x |stance|) first."""
    sup, opp, neu, unknown = [], [], [], []
    for sid, s in dialogue.stakeholders.items():
        stance = s.stance_on(option_id)
        if stance is None:
            unknown.append(sid)
            continue
        stand = Stand(sid, stance, s.power)
        (sup if stance > 0 else opp if stance < 0 else neu).append(stand)
    def strength(x: Stand) -> tuple[int, int]:
        return (-x.power * abs(x.stance), -x.power)

    sup.sort(key=strength)
    opp.sort(key=strength)
    neu.sort(key=lambda x: -x.power)
    known = sum(x.power for x in (*sup, *opp, *neu))
    sp = sum(x.power for x in sup) / known if known else 0.0
    op = sum(x.power for x in opp) / known if known else 0.0
    return Support(option_id, tuple(sup), tuple(opp), tuple(neu), tuple(unknown), sp, op)


def perspective_rankings(dialogue: Dialogue) -> dict[str, AdditiveResult]:
    """The additive ranking of every weight set (perspective), by weight-set id."""
    out = {}
    for wid in dialogue.weight_sets:
        try:
            out[wid] = rank(dialogue, wid)
        except PalabreError as exc:
            log.info("perspective %s cannot rank: %s", wid, exc)
    return out
