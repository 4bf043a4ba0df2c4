"""SMAA-2: stochastic multicriteria acceptability analysis (Lahdelma & Salminen 2001, Operations
Research 49(3):444-454).

When weights are unknown or disputed and scores uncertain, SMAA samples both and reports, for
each option:

- its rank acceptability indices ``b_i^r``: the share of samples in which it ranks r-th
  (each option's indices sum to 1 over r);
- its central weight vector ``w_i^c``: the mean of the weights that make it first (undefined
  when it is never first);
- its confidence factor ``p_i^c``: the share of sampled score tables in which it is first when
  the weights are its central weight vector.

Weights are drawn uniformly on the simplex (no preference information: Dirichlet(1, ..., 1),
Rubinstein 1982) or around the elicited weights (Dirichlet with mean equal to them and the
given concentration; criteria weighted zero stay at zero). Scores are drawn uniformly within
each cell's low-high range; cells without a range keep their score. The work is done in numpy,
in chunks of samples sized to a memory budget, with a seedable :class:`numpy.random.Generator`.
The additive model is the default; any method of :mod:`mcda.scoring` can be used.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from typing import Any

import numpy as np

from mcda.errors import MCDAError
from mcda.problem import DecisionProblem
from mcda.sampling import AdditiveSampler, sample_tables
from mcda.scoring import BATCH_METHODS, batch_scores, wsm_values

WEIGHT_MODES = ("uniform", "around")
DEFAULT_CONCENTRATION = 50.0
MAX_CHUNK = 4096


@dataclass(frozen=True, eq=False)
class SMAAResult:
    """Rank acceptability indices, central weight vectors and confidence factors.

    Arrays follow the problem's option order. ``rank_acceptability[i, r]`` is the share of
    samples where option i ranks r + 1. Rows of ``central_weights`` and entries of
    ``confidence`` are NaN for an option that is never first.
    """

    options: tuple[str, ...]
    option_names: tuple[str, ...]
    criteria: tuple[str, ...]
    criterion_names: tuple[str, ...]
    method: str
    samples: int
    seed: int
    weights_mode: str
    rank_acceptability: np.ndarray
    central_weights: np.ndarray
    confidence: np.ndarray
    settings: dict[str, Any]

    def first_rank_acceptability(self) -> np.ndarray:
        """``b_i^1``: how often each option is first."""
        return self.rank_acceptability[:, 0]

    def to_json(self) -> dict[str, Any]:
        """JSON-ready figures keyed by option name (and criterion name)."""
        names = list(self.option_names)
        order = np.lexsort((np.arange(len(names)), -self.rank_acceptability[:, 0]))
        out: dict[str, Any] = {
            "method": self.method,
            "samples": self.samples,
            "seed": self.seed,
            "weights": self.weights_mode,
            "rank_acceptability": {
                names[i]: [round(float(x), 6) for x in self.rank_acceptability[i]] for i in order
            },
            "central_weights": {},
            "confidence": {},
        }
        for i in order:
            if np.isnan(self.confidence[i]):
                out["central_weights"][names[i]] = None
                out["confidence"][names[i]] = None
            else:
                out["central_weights"][names[i]] = {
                    c: round(float(w), 6)
                    for c, w in zip(self.criterion_names, self.central_weights[i], strict=True)
                }
                out["confidence"][names[i]] = round(float(self.confidence[i]), 6)
        return out


def shared_min_ranks(scores: np.ndarray, tol: float = 1e-10) -> np.ndarray:
    """Ranks per row (1 best, higher score better); scores within ``tol`` share the best rank.

    Examples
    --------
    >>> shared_min_ranks(np.array([[0.2, 0.9, 0.2, 0.5]])).tolist()
    [[3, 1, 3, 2]]
    """
    order, start = _sorted_ranks(np.atleast_2d(scores), tol)
    ranks = np.empty(order.shape, dtype=np.int64)
    np.put_along_axis(ranks, order, start + 1, axis=1)
    return ranks


def _sorted_ranks(s: np.ndarray, tol: float = 1e-10) -> tuple[np.ndarray, np.ndarray]:
    """Per row: options from best to worst, and each position's shared rank minus one."""
    k, n = s.shape
    order = np.argsort(-s, axis=1)
    desc = np.take_along_axis(s, order, axis=1)
    new = np.ones((k, n), dtype=bool)
    new[:, 1:] = desc[:, 1:] < desc[:, :-1] - tol
    start = np.maximum.accumulate(np.where(new, np.arange(n), 0), axis=1)
    return order, start


def sample_weights(
    rng: np.random.Generator,
    k: int,
    m: int,
    mode: str = "uniform",
    center: np.ndarray | None = None,
    concentration: float = DEFAULT_CONCENTRATION,
) -> np.ndarray:
    """``k`` weight vectors on the simplex, shape ``(k, m)``.

    ``uniform``: normalised exponential draws, i.e. Dirichlet(1, ..., 1), uniform on the simplex
    (Rubinstein 1982; Tervonen & Lahdelma 2007). ``around``: Dirichlet(concentration x center)
    on the criteria with a positive weight (mean = center, spread shrinking as concentration
    grows).
    """
    if mode == "uniform":
        e = rng.standard_exponential((k, m))
        return e / e.sum(axis=1, keepdims=True)
    if mode == "around":
        if center is None:
            raise MCDAError("sampling around the elicited weights needs the weights")
        if concentration <= 0:
            raise MCDAError(f"the concentration must be positive, got {concentration:g}")
        c = np.asarray(center, dtype=float)
        live = c > 0
        w = np.zeros((k, m))
        w[:, live] = rng.dirichlet(concentration * c[live] / c[live].sum(), size=k)
        return w
    raise MCDAError(f"unknown weight sampling {mode!r} (expected {'|'.join(WEIGHT_MODES)})")


def _chunk_size(n: int, m: int, memory_mb: float, cells: int | None = None) -> int:
    # Generic path: about eight float64 arrays of one sample's table are alive at once (tables,
    # values, normalised copies, temporaries). Additive path: a few arrays per uncertain cell.
    # Both: the per-sample scores, ranks and their temporaries.
    per_sample = (8 * 8 * n * m if cells is None else 6 * 8 * cells) + 8 * 8 * n
    return int(max(1, min(MAX_CHUNK, memory_mb * 1e6 // per_sample)))


def _one_blas_thread() -> contextlib.AbstractContextManager[object]:
    """Limit BLAS to one thread while SMAA runs.

    SMAA's matrix products are small; OpenBLAS threads gain nothing on them, and after each call
    they spin waiting for work, taking the cores from numpy's element-wise work: on a busy
    2-core machine that made SMAA three times slower. threadpoolctl comes with scikit-learn
    (required by scikit-criteria); without it nothing is limited.
    """
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:  # pragma: no cover - threadpoolctl is installed with scikit-learn
        return contextlib.nullcontext()
    return threadpool_limits(1, user_api="blas")


def smaa(
    problem: DecisionProblem,
    samples: int = 10_000,
    seed: int | None = None,
    weights: str = "uniform",
    *,
    method: str = "wsm",
    normalization: str | None = None,
    v: float = 0.5,
    concentration: float = DEFAULT_CONCENTRATION,
    memory_mb: float = 64.0,
    confidence: bool = True,
) -> SMAAResult:
    """Run SMAA-2 on a decision problem.

    Parameters
    ----------
    problem:
        The decision problem (its weights are the centre when ``weights="around"``; its
        low-high ranges are the score uncertainty).
    samples:
        Number of weight samples (and of score tables when scores are uncertain).
    seed:
        Seed of the random generator; when None one is drawn and reported in the result.
    weights:
        ``"uniform"`` on the simplex or ``"around"`` the problem's weights.
    method:
        ``wsm`` (default) or another method of :data:`mcda.scoring.BATCH_METHODS`.
    normalization, v:
        Passed to the method (see :func:`mcda.scoring.batch_scores`).
    concentration:
        Dirichlet concentration for ``weights="around"``.
    memory_mb:
        Budget for one chunk of samples.
    confidence:
        Also compute the confidence factors (a second simulation, as long as the first, with
        each candidate's central weights); when False they are all NaN.

    Raises
    ------
    MCDAError
        For fewer than one sample, an unknown weight mode, or a method without scores.

    Examples
    --------
    >>> from mcda.criteria import Criterion
    >>> p = DecisionProblem(("a", "b"), (Criterion("x", "X"), Criterion("y", "Y")),
    ...                     [[5, 5], [1, 1]], [0.5, 0.5])
    >>> smaa(p, samples=100, seed=1).rank_acceptability.tolist()
    [[1.0, 0.0], [0.0, 1.0]]
    """
    if samples < 1:
        raise MCDAError(f"SMAA needs at least one sample, got {samples}")
    if method not in BATCH_METHODS:
        batch_scores(problem, problem.weights[None], None, method)  # raises the clear message
    if seed is None:
        seed = int(np.random.SeedSequence().generate_state(1)[0])
    with _one_blas_thread():
        return _smaa(problem, samples, seed, weights, method, normalization, v, concentration,
                     memory_mb, confidence)


def _smaa(
    problem: DecisionProblem,
    samples: int,
    seed: int,
    weights: str,
    method: str,
    normalization: str | None,
    v: float,
    concentration: float,
    memory_mb: float,
    confidence: bool,
) -> SMAAResult:
    rng = np.random.default_rng(seed)
    n, m = problem.n_options, problem.n_criteria
    uncertain = problem.uncertain
    # The additive model with value functions is linear in the values: only the uncertain cells
    # need drawing and re-valuing (mcda.sampling); the draws are the same as sample_tables'.
    fast = AdditiveSampler(problem) if method == "wsm" and normalization in (None, "minmax") \
        else None
    chunk = _chunk_size(n, m, memory_mb, fast.cells.size if fast else None)
    counts = np.zeros(n * n, dtype=np.int64)
    first_counts = np.zeros(n, dtype=np.int64)
    weight_sums = np.zeros((n, m))
    done = 0
    while done < samples:
        k = min(chunk, samples - done)
        w = sample_weights(rng, k, m, weights, problem.weights, concentration)
        if fast is not None:
            delta = fast.deltas(fast.cells.draw(rng, k)) if uncertain else None
            scores = fast.scores(w, delta)
        else:
            tables = sample_tables(rng, k, problem) if uncertain else None
            scores = batch_scores(problem, w, tables, method, normalization, v)
        # Count in sorted order: no need to scatter the ranks back to option order.
        order, start = _sorted_ranks(scores)
        counts += np.bincount((order * n + start).ravel(), minlength=n * n)
        sample, place = np.nonzero(start == 0)  # every option sharing first place
        firsts = order[sample, place]
        first_counts += np.bincount(firsts, minlength=n)
        for j in range(m):
            weight_sums[:, j] += np.bincount(firsts, weights=w[sample, j], minlength=n)
        done += k
    acceptability = counts.reshape(n, n) / samples
    central = np.full((n, m), np.nan)
    seen = first_counts > 0
    central[seen] = weight_sums[seen] / first_counts[seen, None]
    if not confidence:
        factors = np.full(n, np.nan)
    elif fast is not None and uncertain:
        factors = _additive_confidence(fast, central, samples, rng, chunk)
    else:
        factors = _confidence(problem, central, samples, rng, chunk, method, normalization, v)
    settings = {"method": method, "samples": samples, "seed": seed, "weights": weights,
                "score_uncertainty": "uniform within each cell's range" if uncertain else "none"}
    if weights == "around":
        settings["concentration"] = concentration
    if normalization:
        settings["normalization"] = normalization
    return SMAAResult(
        options=problem.options,
        option_names=problem.option_names,
        criteria=tuple(c.id for c in problem.criteria),
        criterion_names=tuple(c.name for c in problem.criteria),
        method=method,
        samples=samples,
        seed=seed,
        weights_mode=weights,
        rank_acceptability=acceptability,
        central_weights=central,
        confidence=factors,
        settings=settings,
    )


def _confidence(
    problem: DecisionProblem,
    central: np.ndarray,
    samples: int,
    rng: np.random.Generator,
    chunk: int,
    method: str,
    normalization: str | None,
    v: float,
) -> np.ndarray:
    """Confidence factors: how often each option is first under its central weight vector."""
    n = problem.n_options
    confidence = np.full(n, np.nan)
    candidates = np.flatnonzero(~np.isnan(central[:, 0]))
    if candidates.size == 0:
        return confidence
    wc = central[candidates]
    if not problem.uncertain:
        # Fixed scores: one evaluation per candidate decides it (1 or 0).
        scores = batch_scores(problem, wc, None, method, normalization, v)
        best = scores.max(axis=1)
        confidence[candidates] = (scores[np.arange(len(candidates)), candidates]
                                  >= best - 1e-10).astype(float)
        return confidence
    wins = np.zeros(len(candidates))
    done = 0
    step = max(1, chunk // 2)
    while done < samples:
        k = min(step, samples - done)
        tables = sample_tables(rng, k, problem)
        if method == "wsm":
            # Linear in the weights: values once, then every candidate's weights in one product.
            vals = wsm_values(problem, tables, normalization or "minmax")
            all_scores = vals @ wc.T  # (k, n, c)
        else:
            all_scores = np.stack(
                [batch_scores(problem, np.broadcast_to(w, (k, w.size)), tables, method,
                              normalization, v) for w in wc], axis=-1)
        best = all_scores.max(axis=1)  # (k, c)
        own = all_scores[:, candidates, np.arange(len(candidates))]
        wins += (own >= best - 1e-10).sum(axis=0)
        done += k
    confidence[candidates] = wins / samples
    return confidence


def _additive_confidence(
    fast: AdditiveSampler,
    central: np.ndarray,
    samples: int,
    rng: np.random.Generator,
    chunk: int,
) -> np.ndarray:
    """Confidence factors for the additive model, drawing only the uncertain cells.

    For each candidate, only the options that could beat it under its central weights (highest
    possible score at least its lowest possible score) are scored: the others cannot matter.
    """
    n = fast.problem.n_options
    confidence = np.full(n, np.nan)
    candidates = np.flatnonzero(~np.isnan(central[:, 0]))
    if candidates.size == 0:
        return confidence
    vmin, vmax = fast.value_bounds()
    cells = fast.cells
    plans = []
    for c in candidates:
        wc = central[c]
        rivals = np.flatnonzero((vmax @ wc >= vmin[c] @ wc - 1e-12) & (np.arange(n) != c))
        members = np.concatenate([[c], rivals])
        local = np.full(n, -1)
        local[members] = np.arange(members.size)
        pos = np.flatnonzero(local[cells.rows] >= 0)
        # Weighted one-hot map from the members' cells to the members: the score correction of
        # a sample is then one matrix product.
        spread = np.zeros((pos.size, members.size))
        spread[np.arange(pos.size), local[cells.rows[pos]]] = wc[cells.cols[pos]]
        plans.append((members.size, pos, spread, fast.base[members] @ wc))
    wins = np.zeros(candidates.size)
    done = 0
    while done < samples:
        k = min(chunk, samples - done)
        delta = fast.deltas(cells.draw(rng, k))
        for idx, (size, pos, spread, base) in enumerate(plans):
            if size == 1:
                wins[idx] += k
                continue
            s = base + delta[pos].T @ spread
            wins[idx] += np.sum(s[:, 0] >= s.max(axis=1) - 1e-10)
        done += k
    confidence[candidates] = wins / samples
    return confidence


__all__ = ["WEIGHT_MODES", "SMAAResult", "sample_tables", "sample_weights", "shared_min_ranks",
           "smaa"]  # sample_tables is re-exported from mcda.sampling
