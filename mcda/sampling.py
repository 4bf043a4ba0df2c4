"""Drawing uncertain scores for SMAA, and the additive model's scores of sampled tables.

Only the cells with a score range are random; the others keep their score. Drawing just those
cells (rather than whole tables) and, for the additive model, correcting the certain scores by
the sampled cells' change in value, is what keeps SMAA fast and small on large problems: the
work grows with the number of uncertain cells, not with options x criteria x samples.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from mcda.problem import DecisionProblem
from mcda.value_functions import values


@dataclass(frozen=True)
class UncertainCells:
    """The cells with a score range: row and column indices, lower ends and widths.

    Cells are ordered by criterion, then option, so each criterion's cells are a slice."""

    rows: np.ndarray
    cols: np.ndarray
    low: np.ndarray
    span: np.ndarray

    @classmethod
    def of(cls, problem: DecisionProblem) -> UncertainCells:
        """The uncertain cells of a problem."""
        lo = problem.low if problem.low is not None else problem.table
        hi = problem.high if problem.high is not None else problem.table
        # Column by column, so that each criterion's cells form one contiguous slice.
        cols, rows = np.nonzero((hi > lo).T)
        return cls(rows, cols, lo[rows, cols], (hi - lo)[rows, cols])

    @property
    def size(self) -> int:
        """Number of uncertain cells."""
        return int(self.rows.size)

    def draw(self, rng: np.random.Generator, k: int) -> np.ndarray:
        """``k`` draws of every uncertain cell, uniform within its range, shape ``(u, k)``:
        one row per cell (cells x samples keeps each criterion's cells contiguous)."""
        x = rng.random((self.size, k))
        x *= self.span[:, None]
        x += self.low[:, None]
        return x


def sample_tables(rng: np.random.Generator, k: int, problem: DecisionProblem) -> np.ndarray:
    """``k`` score tables with each uncertain cell drawn uniformly within its range.

    Uses the generator exactly as the additive fast path of :func:`mcda.smaa.smaa` does, so the
    same seed gives the same tables either way.
    """
    cells = UncertainCells.of(problem)
    tables = np.repeat(problem.table[None], k, axis=0)
    tables[:, cells.rows, cells.cols] = cells.draw(rng, k).T
    return tables


class AdditiveSampler:
    """Scores of the additive model (value functions) for sampled weights and uncertain cells.

    ``score(k, i) = sum_j w_kj v_ij + sum_{uncertain (i, j)} w_kj (v(x_kij) - v_ij)``.
    """

    def __init__(self, problem: DecisionProblem) -> None:
        self.problem = problem
        self.base = problem.values()
        self.cells = UncertainCells.of(problem)
        self.base_cells = self.base[self.cells.rows, self.cells.cols]
        starts = np.searchsorted(self.cells.cols, np.arange(problem.n_criteria + 1))
        # (criterion, slice of its cells, the options those cells belong to: all different)
        self.groups = [
            (j, slice(starts[j], starts[j + 1]), self.cells.rows[starts[j] : starts[j + 1]])
            for j in range(problem.n_criteria) if starts[j + 1] > starts[j]
        ]

    def deltas(self, x: np.ndarray) -> np.ndarray:
        """Change in value of each sampled cell from its certain value, shape ``(u, k)``."""
        v = np.empty_like(x)
        for j, sl, _ in self.groups:
            v[sl] = values(x[sl], self.problem.criteria[j])
        v -= self.base_cells[:, None]
        return v

    def scores(self, w: np.ndarray, delta: np.ndarray | None) -> np.ndarray:
        """Scores ``(k, n)`` for weights ``(k, m)`` and cell changes ``(u, k)`` (or none)."""
        s = self.base @ w.T  # options x samples
        if delta is not None:
            # Within one criterion each option has at most one cell, so plain fancy-index
            # addition is exact (no repeated index); with samples along rows this beat
            # bincount and a one-hot matrix product at 40 x 15 and at 1,000 x 20.
            for j, sl, rows in self.groups:
                s[rows] += delta[sl] * w[:, j]
        return np.ascontiguousarray(s.T)

    def value_bounds(self) -> tuple[np.ndarray, np.ndarray]:
        """Lowest and highest value each cell can take within its range, each ``(n, m)``."""
        vmin, vmax = self.base.copy(), self.base.copy()
        for j, pos, _ in self.groups:
            c = self.problem.criteria[j]
            lo = self.cells.low[pos]
            hi = lo + self.cells.span[pos]
            probes = [lo, hi]
            # A user-set piecewise function may bend inside the range: probe its points too.
            for x, _ in c.scale.points:
                probes.append(np.clip(np.full_like(lo, x), lo, hi))
            vals = np.vstack([values(p, c) for p in probes])
            r, col = self.cells.rows[pos], self.cells.cols[pos]
            vmin[r, col], vmax[r, col] = vals.min(axis=0), vals.max(axis=0)
        return vmin, vmax


__all__ = ["AdditiveSampler", "UncertainCells", "sample_tables"]
