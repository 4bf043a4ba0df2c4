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
    if lang == "fr":
        scored = "toutes les notes présentes" if missing == 0 else _n(missing, "note manquante", "notes manquantes")
        people = _n(len(d.stakeholders), "partie prenante", "parties prenantes")
        print(
            f"{path.name}: valide ({d.info.title!r}: {people}, "
            f"{_n(len(d.ties), 'lien', 'liens')}, {_n(len(d.options), 'option', 'options')}, "
            f"{_n(len(d.criteria), 'critère', 'critères')}, {_n(len(d.weight_sets), 'jeu de poids', 'jeux de poids')}; "
            f"{scored})"
        )
        return 0
    scored = "all scores present" if missing == 0 else f"{missing} scores missing"
    print(
        f"{path.name}: valid ({d.info.title!r}: {len(d.stakeholders)} stakeholders, "
        f"{len(d.ties)} ties, {len(d.options)} options, {len(d.criteria)} criteria, "
        f"{len(d.weight_sets)} weight sets; {scored})"
    )
    return 0


def _n(count: int, one: str, many: str) -> str:
    """A count and its noun, singular for 0 and 1 as in French."""
    return f"{count} {one if count < 2 else many}"
