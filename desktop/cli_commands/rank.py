"""``palabre rank INPUT``: rank options with any method, from a dialogue or a decision table.

INPUT is a ``.palabre`` dialogue (ranked with one of its weight sets, the active one unless
``--perspective`` names another) or a decision-matrix table (``.csv`` or ``.xlsx``, layout in
:mod:`exports.decision_table`). ``--json`` prints ``{"method", "settings", "ranking": [...]}`` in
rank order plus the method's own figures; without it, a readable table.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli_commands.common import print_json, print_table
from desktop.cli_commands.words_fr import note, say
from palabre.errors import PalabreError

METHODS = ("wsm", "wpm", "topsis", "vikor", "electre1", "electre2", "promethee2")
NORMALISATIONS = ("vector", "minmax", "sum")


def add_input_arguments(parser: argparse.ArgumentParser) -> None:
    """INPUT, --method, --normalization and --perspective, shared with ``sensitivity``."""
    parser.add_argument("input", metavar="INPUT",
                        help="a .palabre dialogue, or a decision table (.csv or .xlsx)")
    parser.add_argument("--method", choices=METHODS, default="wsm",
                        help="aggregation method (default: wsm, the additive value model)")
    parser.add_argument("--normalization", choices=NORMALISATIONS,
                        help="normalisation for wsm, topsis and electre (default: each "
                        "method's own: minmax for wsm, vector for topsis and electre1)")
    parser.add_argument("--perspective", metavar="ID",
                        help="for a .palabre file: the weight set to use (default: the active one)")


def add_parser(subparsers: Any) -> None:
    """Register ``palabre rank``."""
    p = subparsers.add_parser("rank", help="rank the options with an MCDA method",
                              description=__doc__.splitlines()[0])
    add_input_arguments(p)
    p.add_argument("--json", action="store_true", help="print JSON")


def load_problem(args: argparse.Namespace) -> tuple[Any, dict[str, Any]]:
    """The decision problem named by INPUT, and settings to record (source, perspective).

    Raises
    ------
    PalabreError
        For an unknown file type, an unreadable file, bad content, or --perspective on a table.
    """
    path = Path(args.input)
    suffix = path.suffix.lower()
    if suffix == ".palabre":
        from desktop.cli_commands.common import load_dialogue
        from dialogue.decision import decision_problem, weight_set

        d = load_dialogue(str(path))
        ws = weight_set(d, args.perspective)
        return decision_problem(d, ws.id), {"perspective": ws.id, "perspective_name": ws.name}
    if suffix in (".csv", ".xlsx", ".xlsm"):
        if args.perspective:
            raise PalabreError(
                "--perspective applies to .palabre dialogues, not to decision tables"
            )
        if not path.is_file():
            raise PalabreError(f"{path}: no such file")
        from exports.decision_table import read_decision_table

        table = read_decision_table(path, args.method)
        extra: dict[str, Any] = {"source": path.name}
        if not table.weights_given:
            extra["weights_note"] = "equal weights (the table has no weight row)"
        return table.problem, extra
    raise PalabreError(f"{path.name}: expected a .palabre dialogue or a .csv or .xlsx "
                       f"decision table")


def run(args: argparse.Namespace) -> int:
    """Rank and print; returns the exit code."""
    from mcda.ranking import rank

    problem, extra = load_problem(args)
    result = rank(problem, args.method, args.normalization)
    data = result.to_json()
    data["settings"].update(extra)
    if args.json:
        print_json(data)
        return 0
    print_readable(data, getattr(args, "message_lang", "en"))
    return 0


def print_readable(data: dict[str, Any], lang: str = "en") -> None:
    """The ranking as an aligned table, then the method's notes, in ``lang`` (the JSON's words
    and figures; headings, notes and decimal commas in French)."""
    from mcda.ranking import METHODS, method_label

    settings = data["settings"]
    method = data["method"]
    title = method_label(method, lang) if method in METHODS else settings.get("method_name", method)
    where = settings.get("perspective_name") or settings.get("source", "")
    print(f"{title}" + (f" — {where}" if where else ""))
    groups = bool(data["ranking"]) and "feasibility" in data["ranking"][0]
    headers = ["rank", "option", "score"] + (["feasibility", "impact"] if groups else [])
    figure_keys = [k for k in ("closeness", "S", "R", "Q", "phi_plus", "phi_minus", "phi")
                   if k in data]
    headers += figure_keys
    set_keys = [k for k in ("compromise", "kernel") if k in data]
    headers += set_keys
    rows = []
    for row in data["ranking"]:
        name = row["option"] + (say(" (incomplete)", lang) if row.get("incomplete") else "")
        line: list[Any] = [row["rank"], name, row["score"]]
        if groups:
            line += [row["feasibility"], row["impact"]]
        line += [data[k][row["option"]] for k in figure_keys]
        line += [say("yes", lang) if data[k][row["option"]] else "" for k in set_keys]
        rows.append(line)
    print_table([say(h, lang) for h in headers], rows, lang)
    if settings.get("better") == "lower":
        print(say("(lower scores are better)", lang))
    for text in [settings.get("weights_note"), *data.get("notes", [])]:
        if text:
            print(say("Note: {0}", lang).format(note(text, lang)))
