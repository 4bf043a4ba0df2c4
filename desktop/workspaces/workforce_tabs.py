"""The workforce workspaces, in tab order: the stock-and-flow projection of the health workforce
and the gap each option closes (issue 11; DOMAIN.md section 6)."""

from desktop.workspaces.workforce_workspace import WorkforceWorkspace

WORKFORCE_WORKSPACES: list[type] = [WorkforceWorkspace]
