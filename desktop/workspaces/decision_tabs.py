"""The decision workspaces, in tab order: the steps of a health MCDA (Thokala et al. 2016), from
the options on the table to how robust the ranking is and where the perspectives differ."""

from desktop.workspaces.criteria_workspace import CriteriaWorkspace
from desktop.workspaces.decision import RankingWorkspace, ScoresWorkspace
from desktop.workspaces.matrix_workspace import MatrixWorkspace
from desktop.workspaces.options_workspace import OptionsWorkspace
from desktop.workspaces.perspectives_workspace import PerspectivesWorkspace
from desktop.workspaces.results_workspace import ResultsWorkspace
from desktop.workspaces.sensitivity_workspace import SensitivityWorkspace
from desktop.workspaces.smaa_workspace import SMAAWorkspace

DECISION_WORKSPACES: list[type] = [
    OptionsWorkspace,
    CriteriaWorkspace,
    ScoresWorkspace,
    RankingWorkspace,
    ResultsWorkspace,
    MatrixWorkspace,
    SensitivityWorkspace,
    SMAAWorkspace,
    PerspectivesWorkspace,
]
