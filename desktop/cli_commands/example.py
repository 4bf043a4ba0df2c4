"""``palabre example -o FILE [--lang en|fr]``: write the bundled example dialogue."""

from __future__ import annotations

import argparse
from pathlib import Path


def add_parser(sub: argparse._SubParsersAction) -> None:
    """Register the subcommand."""
    p = sub.add_parser("example", help="write the bundled example dialogue (illustrative)")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="where to write it (.palabre)")
    # SUPPRESS: absent unless given, so that a --lang common to every subcommand is not hidden.
    p.add_argument("--lang", choices=("en", "fr"), default=argparse.SUPPRESS,
                   help="language of the example's texts (default: en); ids and numbers are the same")


def run(args: argparse.Namespace) -> int:
    """Write the example and print its path."""
    from dialogue.example import example_dialogue
    from dialogue.native_file import save

    path = save(example_dialogue(getattr(args, "lang", None) or "en"), Path(args.output))
    print(path)
    return 0
