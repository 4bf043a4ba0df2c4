"""The brief workspaces, in tab order (none yet: the brief is exported from the File menu)."""

BRIEF_WORKSPACES: list[type] = []
