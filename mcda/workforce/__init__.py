"""Workforce numbers: a stock-and-flow projection that turns interventions into a gap closed.

- :mod:`~mcda.workforce.baseline`: cadres, population, needs (:class:`WorkforceBaseline`);
- :mod:`~mcda.workforce.effects`: what an option changes (:class:`Effect`, low/central/high);
- :mod:`~mcda.workforce.projection`: the year-by-year projection (:func:`project`,
  :func:`project_many`);
- :mod:`~mcda.workforce.scenarios`: baseline, options, bundles and all options together;
- :mod:`~mcda.workforce.impact`: the gap closed by each option, as an Impact criterion's score.

Nothing here knows about dialogues, files or windows (DOMAIN.md section 6; issue 11).
"""

from mcda.workforce.baseline import (
    SDG_CADRES,
    SDG_DENSITY,
    CadreBaseline,
    CombinedNeed,
    Population,
    WorkforceBaseline,
    sdg_threshold,
)
from mcda.workforce.effects import Change, Effect, Flow, Variant, check_effects, combined
from mcda.workforce.impact import (
    GapClosed,
    gap_closed,
    gaps_closed,
    impact_criterion,
    impact_scale,
    option_gaps_closed,
)
from mcda.workforce.projection import Layout, Projection, ProjectionRow, project, project_many
from mcda.workforce.scenarios import Scenario, ScenarioKind, dialogue_scenarios, project_scenarios

__all__ = [
    "SDG_CADRES",
    "SDG_DENSITY",
    "CadreBaseline",
    "Change",
    "CombinedNeed",
    "Effect",
    "Flow",
    "GapClosed",
    "Layout",
    "Population",
    "Projection",
    "ProjectionRow",
    "Scenario",
    "ScenarioKind",
    "Variant",
    "WorkforceBaseline",
    "check_effects",
    "combined",
    "dialogue_scenarios",
    "gap_closed",
    "gaps_closed",
    "impact_criterion",
    "impact_scale",
    "option_gaps_closed",
    "project",
    "project_many",
    "project_scenarios",
    "sdg_threshold",
]
