"""The decision workspaces, in tab order."""

from desktop.workspaces.decision import RankingWorkspace, ScoresWorkspace

DECISION_WORKSPACES: list[type] = [ScoresWorkspace, RankingWorkspace]
