"""``palabre brief FILE -o OUT.pdf [--lang en|fr] [--redact]``: write the policy brief.

Exit 0 and print the path written; exit 1 with a one-line reason (through the PalabreError
handler of :mod:`desktop.cli`).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli_commands.common import load_dialogue


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """Register the ``brief`` subcommand."""
    p = subparsers.add_parser(
        "brief", help="write the policy brief (PDF)",
        description="Write the graded-entry policy brief of a dialogue as a PDF.",
    )
    p.add_argument("file", help="a .palabre dialogue")
    p.add_argument("-o", "--output", required=True, metavar="OUT.pdf", help="the PDF to write")
    p.add_argument("--lang", choices=("en", "fr"), default="en",
                   help="language of the brief (default: en)")
    p.add_argument("--redact", action="store_true",
                   help="public version: persons shown by their category, "
                   "stakeholder notes left out")


def run(args: argparse.Namespace) -> int:
    """Load the dialogue, write the brief, print its path."""
    from exports.brief import build_brief

    dialogue = load_dialogue(args.file)
    path = build_brief(dialogue, Path(args.output), lang=args.lang, redact=args.redact)
    print(path)
    return 0
