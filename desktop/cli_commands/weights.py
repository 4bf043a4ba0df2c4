"""``palabre weights``: criterion weights from AHP pairwise comparisons, a rank order, points or
swings.

- ``--ahp PAIRWISE.csv [MORE.csv ...]``: a square table with the criterion names as header row
  and first column; cells are numbers or fractions such as ``1/3``; a blank cell below the
  diagonal is the reciprocal of its mirror. Several tables (one per participant) are combined by
  the geometric mean of the judgements. Prints the weights, ``lambda_max``,
  ``consistency_index``, ``consistency_ratio``, whether CR <= 0.10 and the judgement to revisit.
- ``--roc "A,B,C"``: rank order centroid weights for criteria listed most important first.
- ``--points "A=40,B=30,C=30"``: direct points, normalised.
- ``--swing "A=100,B=60,C=20"``: swing weighting (the most important swing rated 100).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import numpy as np

from desktop.cli_commands.common import print_json, print_table
from desktop.cli_commands.words_fr import number, say
from palabre.errors import PalabreError, ValidationError


def add_parser(subparsers: Any) -> None:
    """Register ``palabre weights``."""
    p = subparsers.add_parser("weights", help="derive criterion weights (AHP, ROC, points, swing)",
                              description=__doc__.splitlines()[0])
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--ahp", nargs="+", metavar="PAIRWISE.csv",
                       help="pairwise comparison table(s); several are combined by geometric mean")
    group.add_argument("--roc", metavar='"A,B,C"',
                       help="criteria from most to least important: rank order centroid weights")
    group.add_argument("--points", metavar='"A=40,B=60"', help="direct points, normalised")
    group.add_argument("--swing", metavar='"A=100,B=60"',
                       help="swing ratings from 0 to 100, the largest swing rated 100")
    p.add_argument("--json", action="store_true", help="print JSON")


def read_pairwise(path: str) -> tuple[list[str], np.ndarray]:
    """Names and matrix of a pairwise comparison CSV; a ValidationError names row and column."""
    from exports.safe_csv import read_csv_rows
    from mcda.ahp import parse_judgement

    p = Path(path)
    if not p.is_file():
        raise ValidationError(f"{path}: no such file")
    rows = read_csv_rows(p, keep_blank_rows=True)
    numbered = [(r + 1, row) for r, row in enumerate(rows) if row and any(c.strip() for c in row)]
    if not numbered:
        raise ValidationError(f"{p.name} is empty")
    header_row, header = numbered[0]
    names = [c.strip() for c in header[1:]]
    while names and not names[-1]:
        names.pop()
    n = len(names)
    if n < 2:
        raise ValidationError(f"{p.name}, row {header_row}: the header must name at least two "
                              f"criteria (a square table: names across and down)")
    for j, name in enumerate(names):
        if not name:
            raise ValidationError(f"{p.name}, row {header_row}, column {j + 2}: missing "
                                  f"criterion name")
        if name in names[:j]:
            raise ValidationError(f"{p.name}, row {header_row}, column {j + 2}: {name!r} "
                                  f"appears twice")
    body = numbered[1:]
    if len(body) != n:
        raise ValidationError(f"{p.name}: the table is not square: {n} criteria across but "
                              f"{len(body)} rows down")
    a = np.full((n, n), np.nan)
    for i, (r, row) in enumerate(body):
        label = row[0].strip() if row else ""
        if label != names[i]:
            raise ValidationError(f"{p.name}, row {r}, column 1: expected {names[i]!r} (rows "
                                  f"must list the criteria in the header's order), got {label!r}")
        cells = row[1:]
        for j in range(len(cells)):
            if j >= n and cells[j].strip():
                raise ValidationError(f"{p.name}, row {r}, column {j + 2}: a value beyond the "
                                      f"last criterion: the table is not square")
        for j in range(n):
            text = cells[j].strip() if j < len(cells) else ""
            if not text:
                continue
            a[i, j] = parse_judgement(text, f"{p.name}, row {r}, column {j + 2} "
                                            f"({names[i]} vs {names[j]})")
    from mcda.ahp import RECIPROCAL_TOLERANCE

    for i in range(n):
        r_i = body[i][0]
        if not np.isnan(a[i, i]) and abs(a[i, i] - 1.0) > RECIPROCAL_TOLERANCE:
            raise ValidationError(f"{p.name}, row {r_i}, column {i + 2}: {names[i]} compared "
                                  f"with itself must be 1, got {a[i, i]:g}")
        for j in range(i + 1, n):
            if np.isnan(a[i, j]) or np.isnan(a[j, i]):
                continue
            if abs(a[i, j] * a[j, i] - 1.0) > RECIPROCAL_TOLERANCE:
                raise ValidationError(
                    f"{p.name}, row {body[j][0]}, column {i + 2} ({names[j]} vs {names[i]}): "
                    f"the table is not reciprocal: {a[j, i]:g} should be 1/{a[i, j]:g} "
                    f"(row {r_i}, column {j + 2} says {names[i]} vs {names[j]} is {a[i, j]:g})"
                )
    for i in range(n):
        if np.isnan(a[i, i]):
            a[i, i] = 1.0
        for j in range(n):
            if np.isnan(a[i, j]):
                if np.isnan(a[j, i]):
                    r = body[i][0]
                    raise ValidationError(f"{p.name}, row {r}, column {j + 2}: missing judgement "
                                          f"of {names[i]} against {names[j]} (and its mirror "
                                          f"is blank too)")
                a[i, j] = 1.0 / a[j, i]
    from mcda.ahp import check_pairwise
    from mcda.errors import MCDAError

    try:
        check_pairwise(a, names)
    except MCDAError as exc:
        raise ValidationError(f"{p.name}: {exc}") from None
    return names, a


def _pairs(text: str, what: str) -> dict[str, float]:
    out: dict[str, float] = {}
    for k, item in enumerate(text.split(","), start=1):
        if "=" not in item:
            raise ValidationError(f"{what} item {k} ({item.strip()!r}): expected NAME=NUMBER")
        name, _, value = item.partition("=")
        name = name.strip()
        if not name:
            raise ValidationError(f"{what} item {k}: missing criterion name")
        if name in out:
            raise ValidationError(f"{what} item {k}: {name!r} is given twice")
        try:
            out[name] = float(value.strip().replace(",", "."))
        except ValueError:
            raise ValidationError(f"{what} item {k} ({name}): {value.strip()!r} is not a "
                                  f"number") from None
    return out


def run(args: argparse.Namespace) -> int:
    """Compute and print the weights; returns the exit code."""
    from mcda import weights as elicit

    if args.ahp:
        return _run_ahp(args)
    if args.roc is not None:
        data: dict[str, Any] = {"method": "roc",
                                "weights": elicit.rank_order_centroid(args.roc.split(","))}
    elif args.points is not None:
        points = _pairs(args.points, "--points")
        data = {"method": "points", "weights": elicit.direct_points(points)}
    else:
        swings = _pairs(args.swing, "--swing")
        data = {"method": "swing", "weights": elicit.swing_weights(swings)}
    data["weights"] = {k: round(v, 6) for k, v in data["weights"].items()}
    if args.json:
        print_json(data)
    else:
        lang = getattr(args, "message_lang", "en")
        print_table([say("criterion", lang), say("weight", lang)], list(data["weights"].items()), lang)
    return 0


def _run_ahp(args: argparse.Namespace) -> int:
    from mcda.ahp import CR_THRESHOLD, ahp, combine_judgements

    tables = [read_pairwise(path) for path in args.ahp]
    names = tables[0][0]
    matrices = []
    for path, (other, a) in zip(args.ahp, tables, strict=True):
        if set(other) != set(names):
            raise PalabreError(f"{Path(path).name}: its criteria differ from those of "
                               f"{Path(args.ahp[0]).name}")
        order = [other.index(n) for n in names]
        matrices.append(a[np.ix_(order, order)])
    matrix = matrices[0] if len(matrices) == 1 else combine_judgements(matrices)
    r = ahp(matrix, names)
    data: dict[str, Any] = {
        "method": "ahp",
        "participants": len(matrices),
        "weights": {k: round(v, 6) for k, v in r.weights.items()},
        "lambda_max": round(r.lambda_max, 6),
        "consistency_index": round(r.consistency_index, 6),
        "random_index": r.random_index,
        "consistency_ratio": round(r.consistency_ratio, 6),
        "consistent": r.consistent,
        "threshold": CR_THRESHOLD,
        "most_inconsistent": None,
    }
    if r.most_inconsistent is not None:
        j = r.most_inconsistent
        data["most_inconsistent"] = {"row": j.row, "column": j.column,
                                     "judgement": round(j.value, 6),
                                     "consistent_value": round(j.consistent_value, 6)}
    if args.json:
        print_json(data)
        return 0
    _print_ahp(data, r, len(matrices), getattr(args, "message_lang", "en"))
    return 0


def _print_ahp(data: dict[str, Any], r: Any, participants: int, lang: str) -> None:
    """The AHP weights and Saaty's consistency figures, readable, in ``lang``."""
    from mcda.ahp import CR_THRESHOLD

    if participants > 1:
        print(say("Judgements of {0} participants combined by geometric mean.", lang).format(participants))
    print_table([say("criterion", lang), say("weight", lang)], list(data["weights"].items()), lang)
    print()
    print(say("lambda_max         {0}", lang).format(number(r.lambda_max, lang)))
    print(say("consistency index  {0}", lang).format(number(r.consistency_index, lang)))
    limit = number(CR_THRESHOLD, lang, ".2f")
    print(say("consistency ratio  {0} ", lang).format(number(r.consistency_ratio, lang))
          + (say("(<= {0}: acceptable)", lang) if r.consistent
             else say("(> {0}: revisit the judgements)", lang)).format(limit))
    if r.most_inconsistent is not None and not r.consistent:
        j = r.most_inconsistent
        print(say("Most inconsistent judgement: {row} vs {column} = {value}; the other judgements suggest "
                  "about {suggested}.", lang).format(row=j.row, column=j.column, value=number(j.value, lang, ".3g"),
                                                      suggested=number(j.consistent_value, lang, ".3g")))
