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
from palabre.i18n import translate_message

BLANKS_SHOWN = 5

# The report's own words, by language (problems and notes come from the checks, in English, and
# go through translate_message).
_WORDS = {
    "en": {"merge": "merged", "refused": "REFUSED", "skipped": "skipped", "scores": "{n} scores",
           "weights": "weights", "problem": "problem", "note": "note",
           "blank": "blank: {n} cell(s) left empty: {cells}{more}", "more": " and {n} more",
           "counts": "{n} sheet(s): {merged} merged, {refused} refused, {skipped} skipped",
           "saved": "Saved {path}",
           "nothing": "no sheet could be merged ({n} refused); nothing was saved",
           "some": "{n} sheet(s) refused (reasons listed in the output); the others were merged"},
    "fr": {"merge": "fusionnée", "refused": "REFUSÉE", "skipped": "ignorée", "scores": "{n} notes",
           "weights": "poids", "problem": "problème", "note": "remarque",
           "blank": "vide: {n} cellule(s) laissée(s) vide(s): {cells}{more}", "more": " et {n} autres",
           "counts": "{n} grille(s): {merged} fusionnée(s), {refused} refusée(s), {skipped} ignorée(s)",
           "saved": "Enregistré: {path}",
           "nothing": "aucune grille n’a pu être fusionnée ({n} refusée(s)); rien n’a été enregistré",
           "some": "{n} grille(s) refusée(s) (raisons indiquées dans la sortie); les autres ont été "
           "fusionnées"},
}


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

    lang = getattr(args, "message_lang", "en")
    words = _WORDS.get(lang, _WORDS["en"])
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
        _print_reports(preview.reports, lang)
        print()
        print(words["counts"].format(n=len(preview.reports), merged=len(preview.merged),
                                     refused=len(preview.refused), skipped=len(preview.skipped)))
        if written is not None:
            print(words["saved"].format(path=written))
    if nothing_merged:
        print(f"palabre: {words['nothing'].format(n=len(preview.refused))}", file=sys.stderr)
        return 1
    if preview.refused:
        print(f"palabre: {words['some'].format(n=len(preview.refused))}", file=sys.stderr)
    return 0


def _print_reports(reports: list[Any], lang: str = "en") -> None:
    words = _WORDS.get(lang, _WORDS["en"])
    for r in reports:
        who = f"{r.participant_name} ({r.participant})" if r.participant_name else (r.participant or "?")
        what = ""
        if r.status == "merge":
            parts = [words["scores"].format(n=r.scores)] if r.scores else []
            if r.weights:
                parts.append(words["weights"])
            what = ", ".join(parts)
        print(f"{r.file}: {words.get(r.status, r.status)} - {who}" + (f" - {what}" if what else ""))
        for problem in r.problems:
            print(f"  {words['problem']}: {translate_message(problem, lang)}")
        for note in r.notes:
            print(f"  {words['note']}: {translate_message(note, lang)}")
        if r.blanks and r.status == "merge":
            shown = ", ".join(b.split(" ", 1)[0] for b in r.blanks[:BLANKS_SHOWN])
            more = words["more"].format(n=len(r.blanks) - BLANKS_SHOWN) if len(r.blanks) > BLANKS_SHOWN else ""
            print("  " + words["blank"].format(n=len(r.blanks), cells=shown, more=more))
