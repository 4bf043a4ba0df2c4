"""``palabre check FILE``: validate a dialogue file.

Exit 0 with a one-line summary, or exit 1 with each problem on its own line (field or row named),
in the language of the messages (``--lang`` or the locale).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from palabre.errors import PalabreError
from palabre.i18n import translate_message


def add_parser(sub: argparse._SubParsersAction) -> None:
    """Register the subcommand."""
    p = sub.add_parser("check", help="validate a .palabre file and list every problem")
    p.add_argument("file", metavar="FILE")


def run(args: argparse.Namespace) -> int:
    """Validate the file; print the summary or the problems."""
    from dialogue.native_file import load

    path = Path(args.file)
    lang = getattr(args, "message_lang", "en")
    try:
        d = load(path)
    except PalabreError as exc:
        for problem in exc.problems:
            line = problem if problem.startswith(path.name) else f"{path.name}: {problem}"
            print(translate_message(line, lang), file=sys.stderr)
        return 1
    missing = len(d.options) * len(d.criteria) - len(d.scores)
    scored = "all scores present" if missing == 0 else f"{missing} scores missing"
    print(
        f"{path.name}: valid ({d.info.title!r}: {len(d.stakeholders)} stakeholders, "
        f"{len(d.ties)} ties, {len(d.options)} options, {len(d.criteria)} criteria, "
        f"{len(d.weight_sets)} weight sets; {scored})"
    )
    return 0
