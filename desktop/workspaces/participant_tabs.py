"""The participants workspaces, in tab order (none yet)."""

PARTICIPANT_WORKSPACES: list[type] = []
