"""The stakeholder workspaces, in tab order."""

from desktop.workspaces.stakeholders import StakeholderWorkspace

STAKEHOLDER_WORKSPACES: list[type] = [StakeholderWorkspace]
