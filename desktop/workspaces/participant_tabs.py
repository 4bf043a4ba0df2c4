"""The participants workspaces, in tab order."""

from desktop.workspaces.participants import ParticipantsWorkspace

PARTICIPANT_WORKSPACES: list[type] = [ParticipantsWorkspace]
