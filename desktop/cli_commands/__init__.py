"""Headless subcommands of ``palabre``, one module each.

Each module offers ``add_parser(subparsers)`` and ``run(args) -> int``. None may import Qt or
scikit-criteria at import time (the command line must start fast and run without a display).
"""

SUBCOMMANDS = (
    "example",
    "check",
    "rank",
    "weights",
    "sensitivity",
    "map",
    "feasibility",
    "brief",
    "sheets",
    "collect",
    "redact",
    "project",
)
