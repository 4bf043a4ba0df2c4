"""What every benchmark module shares: a result row and timing helpers.

A benchmark module is ``benchmarks/bench_<topic>.py`` with a function ``run() -> list[Result]``.
Each result is compared with a baseline measured in the same run (``baseline_seconds``), so the
figures in docs/performance.md are ratios that hold on any machine, not absolute promises.
"""

from __future__ import annotations

import statistics
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass
class Result:
    """One measured figure.

    ``ratio`` is baseline time / measured time (how many times faster than the baseline);
    ``met`` says whether the target was reached (None when there is no target).
    """

    topic: str
    name: str
    seconds: float
    baseline_name: str = ""
    baseline_seconds: float | None = None
    peak_mb: float | None = None
    target: str = ""
    met: bool | None = None
    note: str = ""

    @property
    def ratio(self) -> float | None:
        """How many times faster than the baseline (None without one)."""
        if self.baseline_seconds is None or self.seconds <= 0:
            return None
        return self.baseline_seconds / self.seconds


def best_time(fn: Callable[[], Any], repeat: int = 5, number: int = 1) -> float:
    """The best wall-clock time of ``number`` calls, over ``repeat`` rounds, per call."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(number):
            fn()
        times.append((time.perf_counter() - start) / number)
    return min(times)


def median_time(fn: Callable[[], Any], repeat: int = 5) -> float:
    """The median wall-clock time of one call over ``repeat`` calls."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def peak_memory_mb(fn: Callable[[], Any]) -> tuple[float, Any]:
    """Peak Python-allocated memory (MB, tracemalloc; numpy arrays included) during one call."""
    tracemalloc.start()
    try:
        value = fn()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak / 1e6, value
