"""``palabre project FILE [--horizon YEAR] [--json]``: the workforce projection of a dialogue.

Per cadre (and area) and year: stock, need and gap (need - stock) for the baseline and for each
option with effects, each bundle and all options together, with the gap each closes by the
horizon (stock-and-flow model of :mod:`mcda.workforce`; DOMAIN.md section 6).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli_commands.common import load_dialogue, print_json, print_table
from palabre.errors import FileFormatError


def add_parser(sub: argparse._SubParsersAction) -> None:
    """Register the subcommand."""
    p = sub.add_parser(
        "project",
        help="workforce projection: stock, need and gap per cadre and year, per scenario",
        description="Projects the dialogue's workforce baseline year by year, without change and "
        "with each option's expected effects; gap = need - stock (negative: more workers than the "
        "need). The gap closed by the horizon is counted as the dialogue sets it (Workforce tab).",
    )
    p.add_argument("file", metavar="FILE", help="a .palabre dialogue with a workforce baseline")
    p.add_argument("--horizon", type=int, metavar="YEAR",
                   help="last year projected (default: the baseline's horizon)")
    p.add_argument("--json", action="store_true", help="print JSON instead of tables")


def _name(baseline: Any, cadre: str) -> str:
    return baseline.cadre_name(cadre)


def run(args: argparse.Namespace) -> int:
    """Project every scenario and print it."""
    from dialogue.workforce import WorkforceLink, baseline_of, link_of, projections_of
    from mcda.workforce import gap_closed
    from mcda.workforce.baseline import check_horizon

    path = Path(args.file)
    if path.suffix.lower() != ".palabre":
        raise FileFormatError(f"{path.name}: expected a .palabre dialogue file")
    d = load_dialogue(str(path))
    baseline = baseline_of(d)
    if baseline is None:
        raise FileFormatError(f"{path.name}: the dialogue has no workforce baseline "
                              "(open it in Palabre and import one in the Workforce tab)")
    if args.horizon is not None:
        check_horizon(baseline.start_year, args.horizon)
    scenarios, runs = projections_of(d, args.horizon)
    link = link_of(d) or WorkforceLink()
    base = runs[scenarios[0].key]
    out = []
    for s in scenarios:
        run_ = runs[s.key]
        closed = None
        if s.kind.value != "baseline":
            g = gap_closed(base, run_, key=s.key, target=link.engine_target, area=link.area,
                           measure=link.measure)
            closed = {"target": g.target, "year": g.year, "central": round(g.central, 1),
                      "low": round(g.low, 1), "high": round(g.high, 1),
                      "baseline_gap": round(g.baseline_gap, 1),
                      "share": None if g.share is None else round(g.share, 4)}
        rows = []
        for r in run_.rows():
            row = r.as_dict()
            row["cadre_name"] = _name(baseline, r.cadre)
            rows.append(row)
        out.append({"kind": s.kind.value, "id": s.id, "name": s.name, "options": list(s.options),
                    "effects": [e.describe() for e in s.effects], "gap_closed": closed, "rows": rows})
    horizon = base.years[-1]
    if args.json:
        print_json({"start_year": baseline.start_year, "horizon": horizon,
                    "measure": link.measure, "target": list(link.target), "area": link.area,
                    "scenarios": out})
        return 0
    _print_tables(out, baseline, horizon)
    return 0


def _print_tables(scenarios: list[dict[str, Any]], baseline: Any, horizon: int) -> None:
    first = scenarios[0]
    print(f"Baseline (no change), {baseline.start_year} to {horizon}: stock, need, gap = need - stock\n")
    rows = [[r["cadre_name"], r["area"] or "national", r["year"], round(r["stock"]),
             None if r["need"] is None else round(r["need"]),
             None if r["gap"] is None else round(r["gap"])]
            for r in first["rows"]]
    print_table(("cadre", "area", "year", "stock", "need", "gap"), rows)
    for s in scenarios[1:]:
        print(f"\n{s['name']} ({s['kind']}): " + "; ".join(s["effects"][:4])
              + (" ..." if len(s["effects"]) > 4 else ""))
        rows = [[r["cadre_name"], r["area"] or "national", r["year"], round(r["stock"]),
                 None if r["need"] is None else round(r["need"]),
                 None if r["gap"] is None else round(r["gap"])]
                for r in s["rows"] if r["year"] == horizon]
        print_table(("cadre", "area", "year", "stock", "need", "gap"), rows)
    gaps = [s for s in scenarios if s["gap_closed"]]
    if gaps:
        g0 = gaps[0]["gap_closed"]
        print(f"\nGap closed by {g0['year']} ({g0['target']}; baseline gap {g0['baseline_gap']:,.0f}):")
        print_table(("scenario", "central", "low", "high"),
                    [[s["name"], round(s["gap_closed"]["central"]), round(s["gap_closed"]["low"]),
                      round(s["gap_closed"]["high"])] for s in gaps])
