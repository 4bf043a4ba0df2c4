"""``palabre redact FILE -o OUT.palabre``: a copy without names and notes, for sharing."""

from __future__ import annotations

import argparse
from pathlib import Path

from palabre.errors import PalabreError


def add_parser(sub: argparse._SubParsersAction) -> None:
    """Register the subcommand."""
    p = sub.add_parser("redact", help="write a copy of a dialogue without names and notes")
    p.add_argument("file", metavar="FILE")
    p.add_argument("-o", "--output", required=True, metavar="OUT", help="the redacted .palabre to write")


def run(args: argparse.Namespace) -> int:
    """Write the redacted copy and print its path."""
    from dialogue.native_file import load, save
    from dialogue.redaction import redacted_copy

    source, target = Path(args.file), Path(args.output)
    if source.resolve() == target.resolve():
        raise PalabreError("the redacted copy must not replace the original: choose another -o")
    print(save(redacted_copy(load(source)), target))
    return 0
