"""What the Workforce tab shows, computed once per document revision: the scenarios, their
projections (baseline, each option with effects, each bundle, all options together) and the gap
each closes by the horizon, counted as the dialogue sets it (:class:`~dialogue.workforce.WorkforceLink`).

The projection is vectorised (:func:`mcda.workforce.project_many`), so the whole set takes a few
milliseconds for the example; it is still computed only when the tab is looked at.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.locale_format import language
from dialogue.model import Dialogue
from dialogue.workforce import WorkforceLink, baseline_of, effects_of, link_of, scenarios_of, target_text
from mcda.workforce import GapClosed, Projection, Scenario, ScenarioKind, WorkforceBaseline, gap_closed
from mcda.workforce.scenarios import project_scenarios
from palabre.errors import PalabreError


@dataclass(frozen=True)
class WorkforceView:
    """One revision's workforce results.

    Attributes
    ----------
    revision:
        The dialogue revision they were computed from.
    baseline:
        The baseline, or None (then everything else is empty).
    link:
        How the gap closed is counted (a default one when the dialogue sets none).
    scenarios:
        Baseline first, then each option with effects, each bundle, all options together.
    projections:
        Scenario key -> projection (empty when the projection failed: see ``problem``).
    gaps:
        Scenario key -> gap closed by the horizon (every scenario but the baseline).
    problem:
        Why there is no projection or no gap closed (the engine's message), or "".
    effect_counts:
        Option id -> how many effects it carries.
    """

    revision: int
    baseline: WorkforceBaseline | None
    link: WorkforceLink = field(default_factory=WorkforceLink)
    scenarios: tuple[Scenario, ...] = ()
    projections: dict[str, Projection] = field(default_factory=dict)
    gaps: dict[str, GapClosed] = field(default_factory=dict)
    problem: str = ""
    effect_counts: dict[str, int] = field(default_factory=dict)

    @property
    def base(self) -> Projection | None:
        """The baseline's projection."""
        return self.projections.get(self.scenarios[0].key) if self.scenarios else None

    @property
    def target_label(self) -> str:
        """What the gap closed counts, in the window's language ("Infirmiers et Sages-femmes
        (rural)"); the engine's own label is English."""
        if self.baseline is None:
            return ""
        return target_text(self.baseline, self.link, language())

    def scenario(self, key: str) -> Scenario | None:
        """The scenario with this key."""
        return next((s for s in self.scenarios if s.key == key), None)

    def option_gap(self, option_id: str) -> GapClosed | None:
        """The gap an option's own effects close (None when it has none)."""
        return self.gaps.get(f"{ScenarioKind.OPTION.value}:{option_id}")


def workforce_view(d: Dialogue) -> WorkforceView:
    """Project every scenario of ``d`` and count the gap each closes; never raises for a
    dialogue the engine refuses to project (the reason is in ``problem``)."""
    baseline = baseline_of(d)
    counts = {oid: len(effects) for oid, effects in effects_of(d).items()}
    link = link_of(d) or WorkforceLink()
    if baseline is None:
        return WorkforceView(d.revision, None, link, effect_counts=counts)
    try:
        scenarios = scenarios_of(d)
        projections = project_scenarios(baseline, scenarios)
    except PalabreError as exc:
        return WorkforceView(d.revision, baseline, link, problem=exc.message, effect_counts=counts)
    base = projections[scenarios[0].key]
    gaps: dict[str, GapClosed] = {}
    problem = ""
    try:
        for s in scenarios[1:]:
            gaps[s.key] = gap_closed(base, projections[s.key], key=s.key, target=link.engine_target,
                                     area=link.area, measure=link.measure)
    except PalabreError as exc:
        gaps, problem = {}, exc.message
    return WorkforceView(d.revision, baseline, link, scenarios, projections, gaps, problem, counts)
