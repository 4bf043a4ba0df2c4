"""``palabre feasibility FILE [--json]``: political feasibility of each option.

For each option of a ``.palabre`` dialogue: the power-weighted support and opposition of the
stakeholders and the political feasibility index in [-1, 1] (formula in
:mod:`dialogue.political` and docs/design/political-feasibility.md).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli_commands.common import load_dialogue, print_json, print_table
from desktop.cli_commands.words_fr import number, say
from palabre.errors import FileFormatError


def add_parser(sub: argparse._SubParsersAction) -> None:
    """Register the subcommand."""
    p = sub.add_parser(
        "feasibility",
        help="power-weighted support, opposition and political feasibility index per option",
        description="index = (support - opposition) / total power, in [-1, 1]; support and "
        "opposition sum power x confidence x stance / 2 over supporters and opponents.",
    )
    p.add_argument("file", metavar="FILE", help="a .palabre dialogue")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")


def run(args: argparse.Namespace) -> int:
    """Compute and print the feasibility of every option."""
    from dialogue.political import political_feasibility

    path = Path(args.file)
    if path.suffix.lower() != ".palabre":
        raise FileFormatError(f"{path.name}: expected a .palabre dialogue file")
    d = load_dialogue(str(path))
    results = political_feasibility(d)
    records = []
    for oid, f in results.items():
        records.append({
            "id": oid, "name": d.options[oid].name,
            "support": round(f.support, 6), "opposition": round(f.opposition, 6),
            "index": round(f.index, 6),
            "known_power": f.known_power, "total_power": f.total_power,
            "supporters": [s.id for s in f.supporters],
            "opponents": [s.id for s in f.opponents],
            "unknown": [s.id for s in f.unknown],
        })
    if args.json:
        print_json({"index_range": [-1, 1], "options": records})
        return 0
    lang = getattr(args, "message_lang", "en")
    # French puts a space before the percent sign (100 %).
    percent = "{0:.0f} %" if lang == "fr" else "{0:.0f}%"
    rows = [[r["id"], r["name"], r["support"], r["opposition"], r["index"],
             percent.format(100 * results[r["id"]].coverage)] for r in records]
    print_table([say(h, lang) for h in ("id", "option", "support", "opposition", "index", "known")],
                rows, lang)
    total = next(iter(results.values())).total_power if results else 0
    print("\n" + say("Index from -1 (all power strongly opposed) to +1 (all strongly in favour); support and "
                     "opposition in power points out of {total}. 'known': share of the power whose position is "
                     "recorded.", lang).format(total=number(total, lang, "g")))
    return 0
