"""The decision workspaces following a weight slider (issue 6), offscreen.

A dialogue of 40 options x 15 criteria with three perspectives is opened in the main window at
1440 x 900. One step of a slider drag is: the slider moves, the panel pushes one weight edit
(merged into the drag's undo step), the document announces the change, the visible views refresh
(ranking models reset, chart bars updated, the matrix or the results redrawn) and the window
repaints (``processEvents`` until nothing is pending). Each step alternates the weight between two
values so that every step really changes the ranking's inputs.

Baseline, in the same run: the engine's re-rank alone (apply the same edit to a dialogue outside
any window and rank it with the additive model), which is the least any view could cost.
A last figure refreshes every decision view at each step, hidden ones included, to show what
refreshing only the visible views (:mod:`desktop.widgets.results_refresh`) saves.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

import numpy as np

from benchmarks.common import Result
from dialogue.decision import rank_dialogue
from dialogue.edits import set_weight
from dialogue.model import Dialogue, Edit, Put, Step
from dialogue.values import DialogueInfo, Family, Option, Score, WeightSet
from mcda.criteria import Criterion, Direction, Group, Scale, ScaleKind

TOPIC = "decision_view"
N_OPTIONS, N_CRITERIA = 40, 15
STEPS = 40
TARGET_S = 0.050  # 20 updates a second: the ranking keeps up with the hand on the slider


def big_dialogue(n: int = N_OPTIONS, m: int = N_CRITERIA, seed: int = 5) -> Dialogue:
    """n options x m criteria (a third natural units, the rest anchored 1-5), all scored, a fifth
    of the cells with an uncertainty range, and three perspectives."""
    rng = np.random.default_rng(seed)
    steps: list[Step] = [Put("info", "info", DialogueInfo(title="Benchmark: 40 options"))]
    families = list(Family)
    for i in range(n):
        o = Option(f"o{i}", f"Option {i:02d}: a retention measure with a realistic name",
                   families[i % len(families)], description="Benchmark option.")
        steps.append(Put("options", o.id, o))
    criteria = []
    for j in range(m):
        group = Group.FEASIBILITY if j < m * 2 // 5 else Group.IMPACT
        if j % 3 == 0:
            scale = Scale(ScaleKind.NATURAL, 0.0, 100.0, "units")
            direction = Direction.COST
        else:
            scale = Scale(anchors=tuple(f"Level {k}" for k in range(1, 6)))
            direction = Direction.BENEFIT
        c = Criterion(f"c{j}", f"Criterion {j:02d}", group, direction, scale)
        criteria.append(c)
        steps.append(Put("criteria", c.id, c))
    for i in range(n):
        for c in criteria:
            if c.scale.kind is ScaleKind.NATURAL:
                v = float(round(rng.uniform(5, 95), 1))
                spread = 5.0
            else:
                v = float(rng.integers(1, 6))
                spread = 1.0
            if rng.random() < 0.2:
                lo, hi = max(c.scale.low, v - spread), min(c.scale.high, v + spread)
                steps.append(Put("scores", (f"o{i}", c.id), Score(v, lo, hi)))
            else:
                steps.append(Put("scores", (f"o{i}", c.id), Score(v)))
    for k, name in enumerate(("Ministry of Health", "Ministry of Finance", "Union")):
        weights = {c.id: float(rng.integers(1, 6)) for c in criteria}
        steps.append(Put("weight_sets", f"w{k}", WeightSet(f"w{k}", name, weights)))
    steps.append(Put("settings", "active_weight_set", "w0"))
    d = Dialogue()
    d.apply(Edit("Benchmark", tuple(steps)))
    return d


def _engine_baseline() -> float:
    """Median time of one weight edit applied and re-ranked by the engine, no window."""
    d = big_dialogue()
    times = []
    for k in range(STEPS):
        start = time.perf_counter()
        d.apply(set_weight(d, "w0", "c1", 5.0 if k % 2 else 1.0))
        rank_dialogue(d, "wsm")
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _window() -> tuple[object, object]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings

    from desktop.app import application
    from desktop.main_window import MainWindow

    app = application(offscreen=True)
    folder = Path(tempfile.mkdtemp(prefix="palabre-bench-"))
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(big_dialogue(), None, settings)
    window.resize(1440, 900)
    window.show()
    app.processEvents()
    return app, window


def _drag(app: object, window: object, tab: object, refresh_all: bool = False) -> float:
    """Median time of one slider step until the window has repainted."""
    from desktop.workspaces.decision import RankingWorkspace

    weights = window.workspace(RankingWorkspace).weights
    window.tabs.setCurrentWidget(tab)
    for _ in range(3):
        app.processEvents()
    slider = weights.sliders["c1"]
    refreshers = [w.refresher for w in window.workspaces if hasattr(w, "refresher")]
    refreshers += [getattr(w, name).refresher for w in window.workspaces
                   for name in ("chart", "matrix") if hasattr(getattr(w, name, None), "refresher")]
    slider.setSliderDown(True)
    times = []
    for k in range(STEPS):
        start = time.perf_counter()
        slider.setValue(80 if k % 2 else 20)
        if refresh_all:
            for r in refreshers:
                r.now()
        app.processEvents()
        times.append(time.perf_counter() - start)
    slider.setSliderDown(False)
    window.controller.seal_last_edit()
    return statistics.median(times)


def run() -> list[Result]:
    """Slider steps with the Weights, Results and Feasibility–impact tabs in view."""
    from desktop.workspaces.decision import RankingWorkspace
    from desktop.workspaces.matrix_workspace import MatrixWorkspace
    from desktop.workspaces.perspectives_workspace import PerspectivesWorkspace
    from desktop.workspaces.results_workspace import ResultsWorkspace

    base = _engine_baseline()
    base_name = "engine re-rank alone (edit + additive ranking, no window)"
    app, window = _window()
    results = []
    cases = (
        ("Weights tab: sliders, ranking table and contribution chart", RankingWorkspace, "wsm"),
        ("Results tab under TOPSIS: ranking table with changes, score chart", ResultsWorkspace, "topsis"),
        ("Feasibility–impact tab: matrix with 40 labelled options", MatrixWorkspace, "wsm"),
        ("Perspectives tab: 3 rankings side by side and the bump chart", PerspectivesWorkspace, "wsm"),
    )
    for name, cls, method in cases:
        window.workspace(RankingWorkspace).state.set_method(method)
        seconds = _drag(app, window, window.workspace(cls))
        results.append(Result(TOPIC, f"slider step to new ranking on screen, 40 x 15 — {name}", seconds,
                              base_name, base, target=f"< {TARGET_S * 1000:.0f} ms", met=seconds < TARGET_S))
    window.workspace(RankingWorkspace).state.set_method("wsm")
    seconds = _drag(app, window, window.workspace(RankingWorkspace), refresh_all=True)
    results.append(Result(
        TOPIC, "slider step with every decision view refreshed, hidden ones too (what lazy refresh avoids)",
        seconds, base_name, base,
        note="the nine decision workspaces' charts, matrix, sensitivity and perspectives all redrawn at "
             "each step; the window refreshes only the visible ones and the others when they are shown"))
    results[0].note = ("median of 40 steps of one drag (weights alternating), offscreen at 1440 x 900: "
                       "weight edit pushed and merged, models reset, bars updated in place, repaint")
    window.controller.undo_stack.setClean()
    window.close()
    app.processEvents()
    return results
