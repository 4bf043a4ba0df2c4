"""``palabre collect FILE DIR [-o OUT.palabre] [--json]``: merge returned scoring sheets.

Every workbook in DIR is checked against the dialogue; each sheet is reported as merged, refused
(with every problem, naming the sheet and the cell) or skipped (blank, or an older copy), with its
blanks and notes. The sheets that pass are merged in one edit and the dialogue is saved to OUT
(default: FILE itself, whose previous version is kept as FILE.bak).

Exit 0 when the sheets that could be merged were merged and saved (refusals are reported, and
counted on stderr); exit 1 with a one-line message when DIR holds no workbook, or when sheets
were found but none could be merged (nothing is written then).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop.cli_commands.common import load_dialogue, print_json
from palabre.errors import PalabreError

BLANKS_SHOWN = 5


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """Register the ``collect`` subcommand."""
    p = subparsers.add_parser(
        "collect", help="merge the scoring sheets returned by participants",
        description="Read every scoring sheet in DIR, print per sheet what was merged or why it "
        "was refused, and save the dialogue with the merged answers.",
    )
    p.add_argument("file", metavar="FILE", help="the .palabre dialogue the sheets were made from")
    p.add_argument("folder", metavar="DIR", help="the folder of returned sheets (.xlsx)")
    p.add_argument("-o", "--output", metavar="OUT.palabre",
                   help="where to save the merged dialogue (default: FILE, keeping FILE.bak)")
    p.add_argument("--json", action="store_true", help="print the result as JSON")


def run(args: argparse.Namespace) -> int:
    """Collect, merge, save, report."""
    from dialogue.native_file import save
    from exports.collect_sheets import collect_folder

    dialogue = load_dialogue(args.file)
    folder = Path(args.folder)
    preview = collect_folder(dialogue, folder)
    if not preview.reports:
        raise PalabreError(f"no scoring sheets (.xlsx) in {folder}")
    nothing_merged = preview.edit is None and bool(preview.refused)
    written: Path | None = None
    if not nothing_merged and (preview.edit is not None or args.output):
        if preview.edit is not None:
            dialogue.apply(preview.edit)
        written = save(dialogue, Path(args.output or args.file))
    if args.json:
        print_json({**preview.to_json(), "dialogue": dialogue.info.title,
                    "output": str(written) if written else None})
    else:
        _print_reports(preview.reports)
        print()
        counts = [f"{len(preview.merged)} merged", f"{len(preview.refused)} refused",
                  f"{len(preview.skipped)} skipped"]
        print(f"{len(preview.reports)} sheet(s): " + ", ".join(counts))
        if written is not None:
            print(f"Saved {written}")
    if nothing_merged:
        print(f"palabre: no sheet could be merged ({len(preview.refused)} refused); nothing was "
              "saved", file=sys.stderr)
        return 1
    if preview.refused:
        print(f"palabre: {len(preview.refused)} sheet(s) refused (reasons listed in the output); "
              "the others were merged", file=sys.stderr)
    return 0


def _print_reports(reports: list[Any]) -> None:
    words = {"merge": "merged", "refused": "REFUSED", "skipped": "skipped"}
    for r in reports:
        who = f"{r.participant_name} ({r.participant})" if r.participant_name else (r.participant or "?")
        what = ""
        if r.status == "merge":
            parts = [f"{r.scores} scores"] if r.scores else []
            if r.weights:
                parts.append("weights")
            what = ", ".join(parts)
        print(f"{r.file}: {words.get(r.status, r.status)} - {who}" + (f" - {what}" if what else ""))
        for problem in r.problems:
            print(f"  problem: {problem}")
        for note in r.notes:
            print(f"  note: {note}")
        if r.blanks and r.status == "merge":
            shown = ", ".join(b.split(" ", 1)[0] for b in r.blanks[:BLANKS_SHOWN])
            more = f" and {len(r.blanks) - BLANKS_SHOWN} more" if len(r.blanks) > BLANKS_SHOWN else ""
            print(f"  blank: {len(r.blanks)} cell(s) left empty: {shown}{more}")
