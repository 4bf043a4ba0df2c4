"""The brief workspaces, in tab order."""

from desktop.workspaces.brief import BriefWorkspace

BRIEF_WORKSPACES: list[type] = [BriefWorkspace]
