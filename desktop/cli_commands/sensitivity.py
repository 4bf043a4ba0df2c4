"""``palabre sensitivity INPUT``: weight thresholds per criterion and SMAA acceptabilities.

For each criterion: the weight above or below which the leading option loses first place (one
criterion's weight varies, the others keep their proportions), and to which option. Then SMAA-2:
rank acceptability indices, central weights and confidence factors, from ``--samples`` random
weightings (uniform on the simplex, or ``--weights around`` the elicited ones) and scores drawn
within their uncertainty ranges; ``--seed`` makes the run repeatable (the seed used is printed).
The additive model unless ``--method`` says otherwise.
"""

from __future__ import annotations

import argparse
from typing import Any

from desktop.cli_commands.common import print_json, print_table
from desktop.cli_commands.rank import add_input_arguments, load_problem
from desktop.cli_commands.words_fr import count, note, say


def add_parser(subparsers: Any) -> None:
    """Register ``palabre sensitivity``."""
    p = subparsers.add_parser("sensitivity", help="weight thresholds and SMAA acceptabilities",
                              description=__doc__.splitlines()[0])
    add_input_arguments(p)
    p.add_argument("--samples", type=int, default=10_000, metavar="N",
                   help="SMAA samples (default 10000)")
    p.add_argument("--seed", type=int, metavar="S",
                   help="random seed (default: a fresh one, printed)")
    p.add_argument("--weights", choices=("uniform", "around"), default="uniform",
                   help="SMAA weights: uniform on the simplex (default) or around the given ones")
    p.add_argument("--lang", choices=("en", "fr"), default="en", help="language of the statements")
    p.add_argument("--json", action="store_true", help="print JSON")


def run(args: argparse.Namespace) -> int:
    """Compute and print; returns the exit code."""
    from mcda.errors import MCDAError
    from mcda.ranking import resolve_normalization
    from mcda.robustness import smaa_sentences, threshold_sentence, threshold_statements
    from mcda.sensitivity import weight_thresholds
    from mcda.smaa import smaa

    if args.samples < 1:
        raise MCDAError(f"--samples must be at least 1, got {args.samples}")
    problem, extra = load_problem(args)
    normalization, notes = resolve_normalization(args.method, args.normalization)
    names = dict(zip(problem.options, problem.option_names, strict=True))
    thresholds = weight_thresholds(problem, args.method, normalization)
    result = smaa(problem, args.samples, args.seed, args.weights, method=args.method,
                  normalization=normalization)
    statements = threshold_statements(thresholds, names, args.lang)
    statements += smaa_sentences(result, args.lang)
    settings: dict[str, Any] = {
        "convention": "one criterion's global weight varies from 0 to 1, the others keep their "
        "proportions",
        **result.settings,
        **extra,
    }
    data: dict[str, Any] = {
        "method": args.method,
        "settings": settings,
        "leader": names[thresholds[0].leader],
        "thresholds": [_threshold_json(t, names, args.lang, threshold_sentence)
                       for t in thresholds],
        "smaa": result.to_json(),
        "statements": statements,
    }
    if notes:
        data["notes"] = notes
    if args.json:
        print_json(data)
        return 0
    # The readable output speaks the language of the messages (--lang, else the locale); the
    # JSON's statements keep following --lang alone (default en), as they always have.
    lang = getattr(args, "message_lang", args.lang)
    if lang != args.lang:
        data["statements"] = (threshold_statements(thresholds, names, lang)
                              + smaa_sentences(result, lang))
    _print_readable(data, result, lang)
    return 0


def _threshold_json(t: Any, names: dict[str, str], lang: str, sentence: Any) -> dict[str, Any]:
    def change(c: Any) -> dict[str, Any] | None:
        if c is None:
            return None
        return {"weight": round(c.weight, 6), "new_leader": names[c.new_leader]}

    return {
        "criterion": t.criterion_name,
        "id": t.criterion,
        "weight": round(t.weight, 6),
        "leader": names[t.leader],
        "increase": change(t.increase),
        "decrease": change(t.decrease),
        "statement": sentence(t, names, lang),
    }


def _print_readable(data: dict[str, Any], result: Any, lang: str = "en") -> None:
    from mcda.ranking import method_label

    s = data["settings"]
    method = data["method"] if lang == "en" else method_label(data["method"], lang)
    print(say("Leading option: {leader} ({method})", lang).format(leader=data["leader"], method=method))
    never = say("never", lang)
    rows = []
    for t in data["thresholds"]:
        up, down = t["increase"], t["decrease"]
        rows.append([t["criterion"], t["weight"],
                     up["weight"] if up else never, up["new_leader"] if up else "",
                     down["weight"] if down else never, down["new_leader"] if down else ""])
    print_table([say(h, lang) for h in ("criterion", "weight", "loses first above", "to",
                                         "loses first below", "to")], rows, lang)
    print()
    print(say("SMAA-2: {samples} samples, seed {seed}, weights {weights}, score uncertainty: "
              "{uncertainty}", lang).format(samples=count(s["samples"], lang), seed=s["seed"],
                                            weights=say(s["weights"], lang),
                                            uncertainty=say(s["score_uncertainty"], lang)))
    n = len(result.options)
    shown = min(n, 5)
    headers = [say("option", lang)] + [say("rank {0}", lang).format(r + 1) for r in range(shown)]
    headers += [say("confidence", lang)]
    order = sorted(range(n), key=lambda i: -result.rank_acceptability[i, 0])
    table = []
    for i in order:
        conf = result.confidence[i]
        table.append([result.option_names[i],
                      *[float(x) for x in result.rank_acceptability[i, :shown]],
                      "" if conf != conf else float(conf)])
    print_table(headers, table, lang)
    print()
    for sentence in data["statements"]:
        print(f"- {sentence}")
    for text in data.get("notes", []):
        print(say("Note: {0}", lang).format(note(text, lang)))
