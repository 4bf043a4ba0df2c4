"""Workforce projections at a large size (issue 11): 20 cadres x 2 areas x 30 years, 60 options.

Each figure has a baseline measured in the same run:

- projecting the baseline, each of 60 options (three effects each, with low/central/high
  values) and all options together, each in its three runs (186 runs):
  :func:`mcda.workforce.scenarios.project_scenarios` (numpy, vectorised over runs and rows)
  against the same model written as a plain Python loop over runs, rows and years. The two
  are checked to agree to 1e-9 before timing;
- the gap closed by each of the 60 options (:func:`mcda.workforce.impact.option_gaps_closed`,
  projection included) against the plain loop projecting and summing shortages itself;
- writing the long projection table as CSV (:func:`exports.workforce_tables.write_projection_csv`,
  formula-safe text, atomic write) against :mod:`csv` writing the same rows to memory.
"""

from __future__ import annotations

import csv
import io
import random
import tempfile
from pathlib import Path

import numpy as np

from benchmarks.common import Result, best_time
from exports.workforce_tables import projection_table, write_projection_csv
from mcda.workforce import (
    CadreBaseline,
    Change,
    Effect,
    Population,
    WorkforceBaseline,
    dialogue_scenarios,
    option_gaps_closed,
    project_scenarios,
)

TOPIC = "workforce"
N_CADRES = 20
AREAS = ("rural", "urban")
YEARS = 30
N_OPTIONS = 60
EFFECTS_PER_OPTION = 3
TARGET_S = 0.1  # a re-projection of every scenario after an edit in the window


def large_case(seed: int = 1) -> tuple[WorkforceBaseline, dict[str, list[Effect]]]:
    """20 cadres in 2 areas (rural transferring to urban), 30 years, 60 options with 3 effects."""
    rng = random.Random(seed)
    cadres = []
    for i in range(N_CADRES):
        for area in AREAS:
            rural = area == "rural"
            cadres.append(CadreBaseline(
                f"c{i}", rng.uniform(200, 20_000), rng.uniform(10, 800), rng.uniform(0.02, 0.1),
                rng.uniform(0.01, 0.04), rng.uniform(0, 0.05), rng.uniform(0, 50), area=area,
                transfer=rng.uniform(0.02, 0.08) if rural else 0.0, transfer_to="urban" if rural else "",
                need_density=rng.uniform(0.1, 2.0)))
    baseline = WorkforceBaseline(2026, tuple(cadres), (Population(11e6, 0.027, "rural"),
                                                       Population(7e6, 0.031, "urban")),
                                 horizon=2026 + YEARS)
    flows = ["graduates", "immigration", "attrition", "retirement", "emigration", "transfer"]
    options: dict[str, list[Effect]] = {}
    for o in range(N_OPTIONS):
        effects = []
        for _ in range(EFFECTS_PER_OPTION):
            flow = rng.choice(flows)
            area = "rural" if flow == "transfer" else rng.choice(["", *AREAS])
            if rng.random() < 0.5:
                mid = rng.uniform(-0.4, 0.4)
                effects.append(Effect(f"c{rng.randrange(N_CADRES)}", flow, mid, Change.RELATIVE,
                                      mid - 0.1, mid + 0.1, area, start=rng.choice([None, 2028, 2030])))
            else:
                mid = rng.uniform(-50, 100)
                effects.append(Effect(f"c{rng.randrange(N_CADRES)}", flow, mid, Change.ABSOLUTE,
                                      mid - 20, mid + 20, area, start=rng.choice([None, 2028, 2030])))
        options[f"o{o}"] = effects
    return baseline, options


def loop_projection(baseline: WorkforceBaseline, effects: list[Effect], variant: str) -> list[list[float]]:
    """The same model as plain Python: for each year, each effect and each row, scalars only."""
    cells = baseline.cadres
    n_years = (baseline.horizon or 0) - baseline.start_year + 1
    index = {c.key: i for i, c in enumerate(cells)}
    stock = [[c.stock] for c in cells]
    flows = ("graduates", "immigration", "attrition", "retirement", "emigration", "transfer")
    inflows = ("graduates", "immigration")
    hits = []
    for e in effects:
        rows = [i for i, c in enumerate(cells) if (not e.cadre or c.cadre == e.cadre)
                and (not e.area or c.area == e.area) and (e.flow.value != "transfer" or c.transfer_to)]
        size = [getattr(cells[i], e.flow.value) * (1.0 if e.flow.value in inflows else cells[i].stock)
                for i in rows]
        total = sum(size)
        shares = [s / total if total > 0 else 1 / len(rows) for s in size]
        hits.append((e, rows, shares, e.value(variant)))
    for k in range(n_years - 1):
        year = baseline.start_year + k
        factor = [dict.fromkeys(flows, 1.0) for _ in cells]
        add = [dict.fromkeys(flows, 0.0) for _ in cells]
        absolute = [set() for _ in cells]
        for e, rows, shares, v in hits:
            if (e.start is not None and year < e.start) or (e.end is not None and year > e.end):
                continue
            for i, share in zip(rows, shares, strict=True):
                if e.change is Change.RELATIVE:
                    factor[i][e.flow.value] *= 1.0 + v
                else:
                    add[i][e.flow.value] += v * share
                    absolute[i].add(e.flow.value)
        moved = [0.0] * len(cells)
        nxt = [0.0] * len(cells)
        for i, c in enumerate(cells):
            s = stock[i][-1]
            inflow = 0.0
            for f in inflows:
                x = getattr(c, f) * factor[i][f]
                inflow += max(0.0, x + add[i][f]) if f in absolute[i] else x
            exits = {}
            for f in ("attrition", "retirement", "emigration", "transfer"):
                x = getattr(c, f) * factor[i][f] * s
                exits[f] = max(0.0, x + add[i][f]) if f in absolute[i] else x
            total = sum(exits.values())
            scale = s / total if total > s else 1.0
            nxt[i] = s + inflow - total * scale
            if c.transfer_to:
                moved[index[(c.cadre, c.transfer_to)]] += exits["transfer"] * scale
        for i in range(len(cells)):
            stock[i].append(nxt[i] + moved[i])
    return stock


def _loop_all(baseline: WorkforceBaseline, scenarios: dict[str, list[Effect]]) -> dict[str, list]:
    return {k: [loop_projection(baseline, e, v) for v in ("low", "central", "high")]
            for k, e in scenarios.items()}


def _loop_gaps(baseline: WorkforceBaseline, options: dict[str, list[Effect]]) -> dict[str, list[float]]:
    """Gap closed (low, central, high runs) by the horizon with the plain loop: shortages summed
    over rows."""
    pop = {a: baseline.population_at(a, baseline.horizon or 0) for a in AREAS}
    need = [c.need_density * pop[c.area] / 1000 for c in baseline.cadres]  # type: ignore[operator]

    def shortage(stock: list[list[float]]) -> float:
        return sum(max(0.0, n - s[-1]) for n, s in zip(need, stock, strict=True))

    base = shortage(loop_projection(baseline, [], "central"))
    return {o: [base - shortage(loop_projection(baseline, e, v)) for v in ("low", "central", "high")]
            for o, e in options.items()}


def run() -> list[Result]:
    """Time the projection, the gap closed and the CSV export, each against its baseline."""
    baseline, options = large_case()
    scenarios = dialogue_scenarios(options, {})
    by_key = {s.key: list(s.effects) for s in scenarios}
    # Agreement first: the vectorised projection equals the loop on every scenario and run.
    projections = project_scenarios(baseline, scenarios)
    looped = _loop_all(baseline, by_key)
    for key, runs in looped.items():
        np.testing.assert_allclose(projections[key].cell_stock, np.array(runs), rtol=1e-9, atol=1e-6)
    n_runs = len(scenarios) * 3
    fast = best_time(lambda: project_scenarios(baseline, scenarios), repeat=5)
    slow = best_time(lambda: _loop_all(baseline, by_key), repeat=1)
    results = [Result(TOPIC, f"project {len(scenarios)} scenarios x 3 runs ({n_runs} runs), "
                             f"{N_CADRES} cadres x {len(AREAS)} areas x {YEARS} years",
                      fast, "plain Python loop", slow, target=f"< {TARGET_S * 1000:.0f} ms",
                      met=fast < TARGET_S, note="results checked equal to the loop (rtol 1e-9) before timing")]
    gaps = option_gaps_closed(baseline, options)
    loop_gaps = _loop_gaps(baseline, options)
    for o, g in gaps.items():
        runs = loop_gaps[o]
        assert np.allclose([min(runs), runs[1], max(runs)], [g.low, g.central, g.high], rtol=1e-9, atol=1e-6), o
    fast = best_time(lambda: option_gaps_closed(baseline, options), repeat=5)
    slow = best_time(lambda: _loop_gaps(baseline, options), repeat=1)
    results.append(Result(TOPIC, f"gap closed by each of {N_OPTIONS} options (low, central, high)", fast,
                          "plain Python loop", slow, target=f"< {TARGET_S * 1000:.0f} ms",
                          met=fast < TARGET_S,
                          note="projections of the 61 scenarios included; checked equal to the loop"))
    table = projection_table(scenarios, projections)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "projection.csv"
        fast = best_time(lambda: write_projection_csv(path, scenarios, projections), repeat=3)

        def plain() -> None:
            out = io.StringIO()
            csv.writer(out).writerows(table)

        slow = best_time(plain, repeat=3)
    results.append(Result(TOPIC, f"projection table as CSV ({len(table) - 1:,} rows, built and written)",
                          fast, "csv.writer on the prepared rows, in memory", slow,
                          note="includes building the rows from the projections and the atomic write"))
    return results
