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


def run(args: argparse.Namespace) -> int:
    """Project every scenario and print it."""
    from dialogue.workforce import WorkforceLink, baseline_of, link_of, projections_of, target_text
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
            row["cadre_name"] = baseline.cadre_name(r.cadre)
            rows.append(row)
        out.append({"kind": s.kind.value, "id": s.id, "name": s.name, "options": list(s.options),
                    "effects": [e.describe() for e in s.effects], "gap_closed": closed, "rows": rows})
        if getattr(args, "message_lang", "en") == "fr" and not args.json:
            out[-1]["effects"] = [describe_fr(e, baseline) for e in s.effects]
    horizon = base.years[-1]
    if args.json:
        print_json({"start_year": baseline.start_year, "horizon": horizon,
                    "measure": link.measure, "target": list(link.target), "area": link.area,
                    "scenarios": out})
        return 0
    lang = getattr(args, "message_lang", "en")
    _print_tables(out, baseline, horizon, lang, target_text(baseline, link, lang))
    return 0


_WORDS = {
    "en": {"head": "Baseline (no change), {start} to {end}: stock, need, gap = need - stock\n",
           "cols": ("cadre", "area", "year", "stock", "need", "gap"), "national": "national",
           "gap_title": "Gap closed by {year} ({target}; baseline gap {gap}):",
           "gap_cols": ("scenario", "central", "low", "high"),
           "kinds": {"option": "option", "bundle": "bundle", "all": "all options"},
           "names": {"all": "All options together", "bundle": "Bundle: {0}"}},
    "fr": {"head": "Situation de référence (sans changement), {start} à {end} : effectif, besoin, "
                   "écart = besoin - effectif\n",
           "cols": ("catégorie", "zone", "année", "effectif", "besoin", "écart"), "national": "national",
           "gap_title": "Écart comblé d’ici {year} ({target} ; écart de référence {gap}) :",
           "gap_cols": ("scénario", "central", "bas", "haut"),
           "kinds": {"option": "option", "bundle": "paquet", "all": "toutes les options"},
           "names": {"all": "Toutes les options ensemble", "bundle": "Paquet : {0}"}},
}


_FLOWS_FR = {"graduates": "diplômés", "immigration": "immigration", "attrition": "départs",
             "retirement": "retraites", "emigration": "émigration", "transfer": "mutations"}


def describe_fr(e: Any, baseline: Any) -> str:
    """An effect in French: ``départs — Infirmiers (rural) −30 % à partir de 2027 (−40 % à −15 %)``."""
    from dialogue.workforce import area_label

    def fmt(v: float) -> str:
        if e.change.value == "relative":
            return f"{v * 100:+.0f}\u202f%".replace("-", "\u2212")
        return f"{v:+,.0f} par an".replace(",", "\u202f").replace("-", "\u2212")

    who = baseline.cadre_name(e.cadre) if e.cadre else "toutes catégories"
    if e.area:
        who += f" ({area_label(e.area, 'fr')})"
    text = f"{_FLOWS_FR.get(e.flow.value, e.flow.value)} — {who} {fmt(e.central)}"
    if e.start is not None:
        text += f" à partir de {e.start}"
    if e.end is not None:
        text += f" jusqu’en {e.end}"
    if e.low != e.central or e.high != e.central:
        text += f" ({fmt(e.low)} à {fmt(e.high)})"
    return text


def _scenario_name(s: dict[str, Any], w: dict[str, Any]) -> str:
    if s["kind"] == "all":
        return w["names"]["all"]
    if s["kind"] == "bundle":
        return w["names"]["bundle"].format(s["id"])
    return s["name"]


def _print_tables(scenarios: list[dict[str, Any]], baseline: Any, horizon: int, lang: str = "en",
                  target: str = "") -> None:
    from dialogue.workforce import area_label

    w = _WORDS["fr" if lang == "fr" else "en"]
    first = scenarios[0]
    print(w["head"].format(start=baseline.start_year, end=horizon))

    def table(rows_in: list[dict[str, Any]]) -> None:
        rows = [[r["cadre_name"], area_label(r["area"] or "", lang), r["year"], round(r["stock"]),
                 None if r["need"] is None else round(r["need"]),
                 None if r["gap"] is None else round(r["gap"])] for r in rows_in]
        print_table(w["cols"], rows)

    table(first["rows"])
    for s in scenarios[1:]:
        print(f"\n{_scenario_name(s, w)} ({w['kinds'].get(s['kind'], s['kind'])}): " + "; ".join(s["effects"][:4])
              + (" ..." if len(s["effects"]) > 4 else ""))
        table([r for r in s["rows"] if r["year"] == horizon])
    gaps = [s for s in scenarios if s["gap_closed"]]
    if gaps:
        g0 = gaps[0]["gap_closed"]
        gap = f"{g0['baseline_gap']:,.0f}".replace(",", "\u202f" if lang == "fr" else ",")
        print("\n" + w["gap_title"].format(year=g0["year"], target=target or g0["target"], gap=gap))
        print_table(w["gap_cols"],
                    [[_scenario_name(s, w), round(s["gap_closed"]["central"]), round(s["gap_closed"]["low"]),
                      round(s["gap_closed"]["high"])] for s in gaps])
