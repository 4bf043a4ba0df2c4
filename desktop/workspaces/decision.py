"""The decision workspaces, one module each; this module names them for the tab list and tests.

Options, Criteria, Scores, Weights, Results, Feasibility–impact, Sensitivity, Uncertainty (SMAA)
and Perspectives. Each is a QWidget built as ``cls(controller)`` with a ``title``.
"""

from desktop.workspaces.scores_workspace import ScoresWorkspace
from desktop.workspaces.weights_workspace import RankingWorkspace

__all__ = ["RankingWorkspace", "ScoresWorkspace"]
