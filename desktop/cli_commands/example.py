"""``palabre example -o FILE``: write the bundled example dialogue."""

from __future__ import annotations

import argparse
from pathlib import Path


def add_parser(sub: argparse._SubParsersAction) -> None:
    """Register the subcommand."""
    p = sub.add_parser("example", help="write the bundled example dialogue (illustrative)")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="where to write it (.palabre)")


def run(args: argparse.Namespace) -> int:
    """Write the example and print its path."""
    from dialogue.example import example_dialogue
    from dialogue.native_file import save

    path = save(example_dialogue(), Path(args.output))
    print(path)
    return 0
