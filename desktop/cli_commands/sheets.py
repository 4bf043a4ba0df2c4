"""``palabre sheets FILE -o DIR [--pdf]``: one scoring workbook (and PDF) per participant.

Prints the path of each file written, one per line; exit 1 with a one-line reason (no
participants, an unwritable folder) through the PalabreError handler of :mod:`desktop.cli`.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli_commands.common import load_dialogue


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """Register the ``sheets`` subcommand."""
    p = subparsers.add_parser(
        "sheets", help="write a scoring sheet for each participant (Excel, and PDF with --pdf)",
        description="Write one scoring workbook per participant of the dialogue, in the "
        "dialogue's language, for them to fill in offline and send back (see `palabre collect`).",
    )
    p.add_argument("file", metavar="FILE", help="a .palabre dialogue")
    p.add_argument("-o", "--output", required=True, metavar="DIR",
                   help="the folder to write the sheets into (created if missing)")
    p.add_argument("--pdf", action="store_true", help="also write a printable PDF of each sheet")


def run(args: argparse.Namespace) -> int:
    """Load the dialogue, write the sheets, print their paths."""
    from exports.scoring_sheets import write_sheets

    dialogue = load_dialogue(args.file)
    for path in write_sheets(dialogue, Path(args.output), pdf=args.pdf):
        print(path)
    return 0
