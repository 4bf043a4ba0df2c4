"""The decision engine at realistic and large sizes (issue 3).

Each figure has a baseline measured in the same run:

- ranking 40 options x 15 criteria with each method, against scikit-criteria doing the same job
  on a prepared decision matrix (for the methods Palabre runs through scikit-criteria the ratio
  shows Palabre's own overhead; PROMETHEE II, which scikit-criteria lacks, against a plain
  Python double loop over pairs);
- SMAA-2 with 10,000 samples (weights uniform on the simplex, 20 % of the cells uncertain) on
  40 x 15 and on 1,000 x 20, time and peak memory (tracemalloc traces numpy's buffers), against
  the same samples ranked by calling scikit-criteria once per sample. The baseline is timed on
  300 samples and extrapolated to 10,000; on the first 50 samples the two give identical rank
  acceptabilities, which the benchmark checks. Rank acceptabilities and central weights are
  what the baseline computes; the confidence factors need a second simulation and are shown
  on their own line;
- re-ranking after one weight change (what a weight slider triggers), on the example dialogue
  and on 40 x 15, against ranking the same values with scikit-criteria.
"""

from __future__ import annotations

import time
import warnings

import numpy as np

from benchmarks.common import Result, best_time, peak_memory_mb
from dialogue.decision import rank_dialogue
from dialogue.edits import set_weight
from dialogue.example import example_dialogue
from mcda.criteria import Criterion, Direction, Scale, ScaleKind
from mcda.problem import DecisionProblem, PreferenceFunction
from mcda.ranking import METHODS, rank
from mcda.smaa import sample_tables, sample_weights, smaa

TOPIC = "mcda"
SAMPLES = 10_000
BASELINE_SAMPLES = 300
SMAA_SPEEDUP_TARGET = 200.0
MEMORY_TARGET_MB = 500.0
SLIDER_TARGET_S = 0.005


def random_problem(n: int, m: int, seed: int = 1, uncertain: float = 0.2) -> DecisionProblem:
    """n options x m criteria on 0-100 scales, a third of them costs, with score ranges on a
    share of the cells."""
    rng = np.random.default_rng(seed)
    table = rng.uniform(5, 95, (n, m)).round(1)
    criteria = tuple(
        Criterion(f"c{j}", f"Criterion {j}",
                  direction=Direction.COST if j % 3 == 0 else Direction.BENEFIT,
                  scale=Scale(ScaleKind.NATURAL, 0.0, 100.0))
        for j in range(m))
    spread = rng.uniform(1, 5, (n, m)) * (rng.random((n, m)) < uncertain)
    prefs = tuple(PreferenceFunction("linear", q=2.0, p=20.0) for _ in range(m))
    low, high = np.clip(table - spread, 0, 100), np.clip(table + spread, 0, 100)
    return DecisionProblem(tuple(f"o{i}" for i in range(n)), criteria, table, rng.random(m) + 0.1,
                           low=low, high=high, preferences=prefs, has_groups=False)


def _skc_dm(matrix: np.ndarray, objectives: list[int], weights: np.ndarray):
    import skcriteria

    return skcriteria.mkdm(matrix=matrix, objectives=objectives, weights=weights)


def _baseline_runner(method: str, p: DecisionProblem):
    """A callable doing the method's job with scikit-criteria (or plain Python for PROMETHEE)."""
    from skcriteria.agg.electre import ELECTRE1, ELECTRE2
    from skcriteria.agg.simple import WeightedProductModel, WeightedSumModel
    from skcriteria.agg.topsis import TOPSIS
    from skcriteria.agg.vikor import VIKOR
    from skcriteria.pipelines import mkpipe
    from skcriteria.preprocessing.invert_objectives import InvertMinimize, MinMaxInverter
    from skcriteria.preprocessing.scalers import VectorScaler

    objectives = [1 if s > 0 else -1 for s in p.signs]
    dm = _skc_dm(p.table, objectives, p.weights)
    if method == "wsm":
        pipe = mkpipe(MinMaxInverter(), WeightedSumModel())
        return lambda: pipe.evaluate(dm)
    if method == "wpm":
        pipe = mkpipe(InvertMinimize(), WeightedProductModel())
        return lambda: pipe.evaluate(dm)
    if method == "topsis":
        pipe = mkpipe(VectorScaler(target="matrix"), TOPSIS())
        return lambda: pipe.evaluate(dm)
    if method == "vikor":
        return lambda: VIKOR().evaluate(dm)
    if method == "electre1":
        pipe = mkpipe(VectorScaler(target="matrix"), ELECTRE1())
        return lambda: pipe.evaluate(dm)
    if method == "electre2":
        pipe = mkpipe(MinMaxInverter(), ELECTRE2())
        return lambda: pipe.evaluate(dm)

    # PROMETHEE II: the textbook double loop over pairs of options, in plain Python.
    rows = p.table.tolist()
    signs, w = p.signs.tolist(), p.weights.tolist()

    def promethee_loop():
        n = len(rows)
        phi = [0.0] * n
        for a in range(n):
            for b in range(n):
                if a == b:
                    continue
                pi_ab = pi_ba = 0.0
                for j, (s, wj) in enumerate(zip(signs, w, strict=True)):
                    d = s * (rows[a][j] - rows[b][j])
                    pi_ab += wj * min(max((d - 2.0) / 18.0, 0.0), 1.0)
                    pi_ba += wj * min(max((-d - 2.0) / 18.0, 0.0), 1.0)
                phi[a] += (pi_ab - pi_ba) / (n - 1)
        return phi

    return promethee_loop


def _smaa_per_sample_baseline(p: DecisionProblem, seed: int, k: int) -> tuple[float, np.ndarray]:
    """The first k SMAA samples ranked one at a time with scikit-criteria's WeightedSumModel.

    The samples are drawn exactly as :func:`mcda.smaa.smaa` draws its first chunk, and each
    sampled table is turned into values with the same value functions, so that the rank
    acceptabilities can be compared exactly.
    """
    from skcriteria.agg.simple import WeightedSumModel

    rng = np.random.default_rng(seed)
    w = sample_weights(rng, k, p.n_criteria)
    tables = sample_tables(rng, k, p)
    n = p.n_options
    counts = np.zeros((n, n))
    model = WeightedSumModel()
    objectives = [1] * p.n_criteria
    start = time.perf_counter()
    for i in range(k):
        dm = _skc_dm(p.values(tables[i]), objectives, w[i])
        ranks = np.asarray(model.evaluate(dm).rank_, dtype=int)
        counts[np.arange(n), ranks - 1] += 1
    return time.perf_counter() - start, counts / k


def _bench_methods(results: list[Result]) -> None:
    p = random_problem(40, 15)
    for method in METHODS:
        ours = best_time(lambda method=method: rank(p, method), repeat=5, number=3)
        base_fn = _baseline_runner(method, p)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            base_fn()
            base = best_time(base_fn, repeat=5, number=3)
        base_name = ("plain Python pairwise loop" if method == "promethee2"
                     else "scikit-criteria on a prepared matrix")
        results.append(Result(TOPIC, f"rank 40 x 15 with {method}", ours, base_name, base))


def _bench_smaa(results: list[Result], n: int, m: int) -> None:
    p = random_problem(n, m, seed=n)
    seed = 12345
    # Same draws, same values: the fast and the per-sample computations must agree exactly.
    check = min(BASELINE_SAMPLES, 50)
    _, base_acc = _smaa_per_sample_baseline(p, seed, check)
    fast_acc = smaa(p, check, seed=seed, memory_mb=10_000, confidence=False).rank_acceptability
    identical = bool(np.allclose(base_acc, fast_acc))
    base_seconds = min(_smaa_per_sample_baseline(p, seed, BASELINE_SAMPLES)[0]
                       for _ in range(2 if n < 1000 else 1))
    base_total = base_seconds * SAMPLES / BASELINE_SAMPLES
    repeat = 5 if n < 1000 else 2
    core = best_time(lambda: smaa(p, SAMPLES, seed=seed, confidence=False), repeat=repeat)
    full = best_time(lambda: smaa(p, SAMPLES, seed=seed), repeat=repeat)
    peak_core, _ = peak_memory_mb(lambda: smaa(p, SAMPLES, seed=seed, confidence=False))
    peak_full, _ = peak_memory_mb(lambda: smaa(p, SAMPLES, seed=seed))
    baseline_name = f"scikit-criteria once per sample (timed on {BASELINE_SAMPLES}, extrapolated)"
    size = f"{SAMPLES:,} samples, {n:,} x {m}"
    if n < 1000:
        target = f">= {SMAA_SPEEDUP_TARGET:.0f}x faster"
        met = base_total / core >= SMAA_SPEEDUP_TARGET
    else:
        target = f"peak < {MEMORY_TARGET_MB:.0f} MB"
        met = peak_core < MEMORY_TARGET_MB
    results.append(Result(
        TOPIC, f"SMAA-2 rank acceptabilities and central weights, {size}", core, baseline_name,
        base_total, peak_core, target, met,
        note=(f"additive model, weights uniform on the simplex, 20 % of the cells with a score "
              f"range; the baseline ranks the same samples one at a time, timed on "
              f"{BASELINE_SAMPLES} ({base_seconds:.2f} s) and extrapolated to {SAMPLES:,}; on "
              f"the first {check} samples both give "
              f"{'identical' if identical else 'DIFFERENT'} rank acceptabilities"),
    ))
    results.append(Result(
        TOPIC, f"SMAA-2 with confidence factors, {size}", full, baseline_name, base_total,
        peak_full, "" if n < 1000 else f"peak < {MEMORY_TARGET_MB:.0f} MB",
        None if n < 1000 else peak_full < MEMORY_TARGET_MB,
        note="adds the confidence factors: a second simulation of the scores with each "
        "candidate's central weights, work the baseline does not do",
    ))


def _bench_slider(results: list[Result]) -> None:
    from skcriteria.agg.simple import WeightedSumModel

    d = example_dialogue()
    values = iter(np.linspace(1, 5, 1000))

    def move_slider():
        d.apply(set_weight(d, "moh", "retention", float(next(values))))
        return rank_dialogue(d)

    ours = best_time(move_slider, repeat=7, number=5)
    p = random_problem(12, 10)
    dm_values = p.values()
    model = WeightedSumModel()

    def skc_rank():
        return model.evaluate(_skc_dm(dm_values, [1] * 10, p.weights))

    skc_rank()
    base = best_time(skc_rank, repeat=7, number=5)
    results.append(Result(
        TOPIC, "re-rank the example (12 x 10) after one weight change", ours,
        "scikit-criteria WeightedSumModel on the value table", base,
        target=f"< {SLIDER_TARGET_S * 1e3:.0f} ms", met=ours < SLIDER_TARGET_S,
        note="applies the edit to the dialogue, rebuilds the problem and ranks (additive model)",
    ))
    big = random_problem(40, 15)
    w = iter(np.random.default_rng(3).random((1000, 15)) + 0.05)
    ours40 = best_time(lambda: rank(big.with_weights(next(w)), "wsm"), repeat=7, number=5)
    big_values = big.values()

    def skc_rank40():
        return model.evaluate(_skc_dm(big_values, [1] * 15, big.weights))

    skc_rank40()
    base40 = best_time(skc_rank40, repeat=7, number=5)
    results.append(Result(
        TOPIC, "re-rank 40 x 15 after one weight change", ours40,
        "scikit-criteria WeightedSumModel on the value table", base40,
        target=f"< {SLIDER_TARGET_S * 1e3:.0f} ms", met=ours40 < SLIDER_TARGET_S,
    ))


def run() -> list[Result]:
    """All decision-engine figures."""
    import skcriteria  # noqa: F401  (import once, outside every timing)

    results: list[Result] = []
    _bench_methods(results)
    _bench_smaa(results, 40, 15)
    _bench_smaa(results, 1_000, 20)
    _bench_slider(results)
    return results


__all__ = ["random_problem", "run"]
