"""The workforce part of a dialogue: its baseline, each option's effects, and the Impact link.

The projection engine lives in :mod:`mcda.workforce` and knows nothing of dialogues. This module
holds the values a dialogue stores (:class:`OptionEffects`, :class:`WorkforceLink`) and reads a
dialogue's workforce state into the engine's terms: the scenarios (baseline, each option with
effects, each bundle, all options together), their projections, and the gap each option closes,
which can become the performance of an Impact criterion (DOMAIN.md section 6; issue 11).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mcda.workforce import (
    Effect,
    GapClosed,
    Projection,
    Scenario,
    WorkforceBaseline,
    dialogue_scenarios,
    option_gaps_closed,
    project_scenarios,
)
from mcda.workforce.impact import MEASURES
from palabre.errors import ValidationError

if TYPE_CHECKING:
    from dialogue.model import Dialogue

_AREA_LABELS: Mapping[str, Mapping[str, str]] = {
    "en": {"": "national", "rural": "rural", "urban": "urban", "peri-urban": "peri-urban",
           "periurban": "peri-urban", "remote": "remote"},
    "fr": {"": "national", "rural": "rural", "urban": "urbain", "urbain": "urbain",
           "peri-urban": "périurbain", "periurban": "périurbain", "périurbain": "périurbain",
           "remote": "isolé", "national": "national"},
}
BASELINE_KEY = "baseline"
LINK_KEY = "link"
MAX_EFFECTS_PER_OPTION = 50


@dataclass(frozen=True)
class OptionEffects:
    """What one option is expected to change in the workforce (its effects, low/central/high)."""

    option: str
    effects: tuple[Effect, ...] = ()

    def __post_init__(self) -> None:
        if not isinstance(self.option, str) or not self.option:
            raise ValidationError("effects must name their option")
        effects = tuple(self.effects)
        for e in effects:
            if not isinstance(e, Effect):
                raise ValidationError(f"option {self.option!r}: an effect must be an Effect, got {e!r}")
        if len(effects) > MAX_EFFECTS_PER_OPTION:
            raise ValidationError(
                f"option {self.option!r} has {len(effects)} effects; at most {MAX_EFFECTS_PER_OPTION}")
        object.__setattr__(self, "effects", effects)


@dataclass(frozen=True)
class WorkforceLink:
    """How the gap closed is counted, and the Impact criterion it feeds, if any.

    ``target`` names the cadres (or combined need, such as ``"sdg"``) the gap is counted on
    (empty: every cadre with a need), ``area`` the area (None: every area), ``measure`` is
    ``"shortage"`` (workers missing against the need) or ``"gap"`` (signed). The gap is taken at
    the baseline's horizon. ``criterion`` is the id of the Impact criterion whose scores are the
    gap closed by each option ("" when the gap closed feeds no criterion yet); its scores are
    recomputed in the same edit whenever the baseline or an option's effects change, so they
    never disagree with the projection.
    """

    criterion: str = ""
    target: tuple[str, ...] = ()
    area: str | None = None
    measure: str = "shortage"

    def __post_init__(self) -> None:
        if not isinstance(self.criterion, str):
            raise ValidationError("the workforce link's criterion must be an id")
        object.__setattr__(self, "target", tuple(self.target))
        if any(not isinstance(t, str) or not t for t in self.target):
            raise ValidationError("the workforce link's target must be cadre ids")
        if len(set(self.target)) != len(self.target):
            raise ValidationError("the gap closed counts a cadre twice")
        if self.area is not None and not isinstance(self.area, str):
            raise ValidationError("the workforce link's area must be text")
        if self.measure not in MEASURES:
            raise ValidationError(
                f"unknown measure {self.measure!r} (expected one of {', '.join(MEASURES)})")

    @property
    def engine_target(self) -> str | tuple[str, ...] | None:
        """The target as :func:`mcda.workforce.gap_closed` takes it."""
        if not self.target:
            return None
        return self.target[0] if len(self.target) == 1 else self.target


def area_label(area: str, lang: str = "en") -> str:
    """How an area id reads in a language: the common ones (``""`` national, rural, urban,
    peri-urban, remote) are translated; any other area is a name the user typed and is shown
    as typed (content the user types is never translated)."""
    return _AREA_LABELS.get(lang, _AREA_LABELS["en"]).get(area.strip().lower(), area)


def target_text(baseline: WorkforceBaseline, link: WorkforceLink | None, lang: str = "en") -> str:
    """What the gap closed counts, in words: ``"Nurses and Midwives (rural)"``,
    ``"Infirmiers et Sages-femmes (rural)"``; every cadre with a need when no target is set."""
    link = link or WorkforceLink()
    french = lang == "fr"
    if not link.target:
        return "toutes les catégories ayant un besoin" if french else "all cadres with a need"
    names = [baseline.cadre_name(t) for t in link.target]
    joined = names[0] if len(names) == 1 else (
        ", ".join(names[:-1]) + (" et " if french else " and ") + names[-1])
    return f"{joined} ({area_label(link.area, lang)})" if link.area else joined


def baseline_of(d: Dialogue) -> WorkforceBaseline | None:
    """The dialogue's workforce baseline, or None when it has none."""
    return d.get("workforce", BASELINE_KEY)


def link_of(d: Dialogue) -> WorkforceLink | None:
    """The Impact criterion fed by the projected gap closed, or None."""
    return d.get("workforce", LINK_KEY)


def effects_of(d: Dialogue, overrides: Mapping[str, Sequence[Effect]] | None = None
               ) -> dict[str, tuple[Effect, ...]]:
    """Option id -> its effects, for every option in display order (empty when it has none).

    ``overrides`` replaces some options' effects (a builder computing the state after an edit).
    """
    overrides = overrides or {}
    out: dict[str, tuple[Effect, ...]] = {}
    for oid in d.options:
        if oid in overrides:
            out[oid] = tuple(overrides[oid])
        else:
            stored: OptionEffects | None = d.get("effects", oid)
            out[oid] = stored.effects if stored else ()
    return out


def scenarios_of(d: Dialogue, overrides: Mapping[str, Sequence[Effect]] | None = None
                 ) -> tuple[Scenario, ...]:
    """The baseline, each option with effects, each bundle and all options together."""
    bundles: dict[str, list[str]] = {}
    for o in d.options.values():
        if o.bundle:
            bundles.setdefault(o.bundle, []).append(o.id)
    names = {oid: o.name for oid, o in d.options.items()}
    return dialogue_scenarios(effects_of(d, overrides), bundles, names)


def projections_of(d: Dialogue, horizon: int | None = None) -> tuple[tuple[Scenario, ...], dict[str, Projection]]:
    """Every scenario of the dialogue and its projection (keyed by ``Scenario.key``).

    Raises
    ------
    ValidationError
        When the dialogue has no workforce baseline.
    """
    baseline = baseline_of(d)
    if baseline is None:
        raise ValidationError("the dialogue has no workforce baseline (import one, or add cadres in the Workforce tab)")
    scenarios = scenarios_of(d)
    return scenarios, project_scenarios(baseline, scenarios, horizon=horizon)


def gaps_closed_of(d: Dialogue, link: WorkforceLink | None = None, *,
                   baseline: WorkforceBaseline | None = None,
                   overrides: Mapping[str, Sequence[Effect]] | None = None,
                   horizon: int | None = None) -> dict[str, GapClosed]:
    """The gap each option of the dialogue closes by the horizon (options without effects: 0).

    ``link`` sets the target, area and measure (default: every cadre with a need, shortage);
    ``baseline`` and ``overrides`` stand in for the stored ones (to compute an edit's result).
    """
    baseline = baseline if baseline is not None else baseline_of(d)
    if baseline is None:
        raise ValidationError("the dialogue has no workforce baseline")
    link = link or link_of(d) or WorkforceLink()
    return option_gaps_closed(baseline, effects_of(d, overrides), horizon=horizon,
                              target=link.engine_target, area=link.area, measure=link.measure)
