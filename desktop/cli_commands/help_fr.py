"""French help of the ``palabre`` commands: English help text -> French (``palabre CMD --help``).

Looked up by the help formatter of :mod:`desktop.cli` when the command line speaks French; a
text missing here is shown in English.
"""

HELP_FR: dict[str, str] = {}
