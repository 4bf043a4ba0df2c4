"""Limits on what a file may hold, so that a huge or malicious file cannot hang Palabre or exhaust
memory. They are far above any real dialogue (a national dialogue has tens of stakeholders).

The document enforces the same limits on every edit (:mod:`dialogue.model`), so that a dialogue
that could be built in the window can always be saved and opened again.
"""

MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_STAKEHOLDERS = 5_000
MAX_TIES = 50_000
MAX_OPTIONS = 500
MAX_CRITERIA = 200
MAX_WEIGHT_SETS = 200
MAX_PARTICIPANTS = 1_000
MAX_TEXT_CHARS = 100_000
MAX_NAME_CHARS = 500
MAX_ID_CHARS = 100
MAX_CODE_CHARS = 20
MAX_UNIT_CHARS = 100
MAX_SCALE_POINTS = 50
