"""SMAA-2 in a worker thread, in chunks, with progress and cancel.

The engine (:func:`mcda.smaa.smaa`) is numpy and runs a whole simulation per call. To report
progress and to stop on request, the samples are split into chunks, each an independent SMAA run
on its own seed spawned from the user's seed (``numpy.random.SeedSequence.spawn``, so chunks never
share random numbers); the chunks' rank acceptability indices are averaged weighted by their size
and their central weight vectors weighted by how often each option was first, which gives the same
estimators as one run over all the samples (Lahdelma & Salminen 2001: both are sample means).
Confidence factors need the central weights of the whole run and are not computed here.

The run works on an immutable :class:`~mcda.problem.DecisionProblem` built in the window's thread;
its result is never stored in the document.
"""

from __future__ import annotations

import logging
import threading

import numpy as np
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from desktop.locale_format import core_message
from mcda.problem import DecisionProblem
from mcda.smaa import SMAAResult, smaa
from palabre.errors import PalabreError

log = logging.getLogger(__name__)
MIN_CHUNK = 1_000
MAX_CHUNK = 20_000
CHUNKS = 20


def chunk_sizes(samples: int) -> list[int]:
    """How a run is split: about twenty chunks of 1,000 to 20,000 samples.

    Examples
    --------
    >>> chunk_sizes(10_000)
    [1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000]
    >>> sum(chunk_sizes(123_457)) == 123_457
    True
    """
    size = int(min(MAX_CHUNK, max(MIN_CHUNK, samples // CHUNKS)))
    sizes = [size] * (samples // size)
    if samples % size:
        sizes.append(samples % size)
    return sizes


def combine(parts: list[SMAAResult], seed: int) -> SMAAResult:
    """One result from chunk results (see the module docstring)."""
    first = parts[0]
    total = sum(p.samples for p in parts)
    acceptability = sum(p.rank_acceptability * p.samples for p in parts) / total
    n, m = first.central_weights.shape
    weighted = np.zeros((n, m))
    firsts = np.zeros(n)
    for p in parts:
        count = p.rank_acceptability[:, 0] * p.samples
        weighted += np.nan_to_num(p.central_weights) * count[:, None]
        firsts += count
    central = np.full((n, m), np.nan)
    seen = firsts > 0
    central[seen] = weighted[seen] / firsts[seen, None]
    settings = {**first.settings, "samples": total, "seed": seed, "chunks": len(parts),
                "confidence": "not computed in the window"}
    return SMAAResult(
        options=first.options, option_names=first.option_names, criteria=first.criteria,
        criterion_names=first.criterion_names, method=first.method, samples=total, seed=seed,
        weights_mode=first.weights_mode, rank_acceptability=acceptability, central_weights=central,
        confidence=np.full(n, np.nan), settings=settings,
    )


class SMAARun(QObject):
    """One SMAA run on the thread pool.

    Signals
    -------
    progress(int, int)
        Samples done, samples asked for.
    finished(object)
        The :class:`~mcda.smaa.SMAAResult`.
    cancelled()
        Stopped on request (between two chunks).
    failed(str)
        The engine refused the problem; the message says why.
    """

    progress = Signal(int, int)
    finished = Signal(object)
    cancelled = Signal()
    failed = Signal(str)

    def __init__(self, problem: DecisionProblem, samples: int, seed: int, weights: str = "uniform",
                 method: str = "wsm", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.problem, self.samples, self.seed = problem, samples, seed
        self.weights, self.method = weights, method
        self._stop = threading.Event()
        self.done = threading.Event()

    def start(self, pool: QThreadPool | None = None) -> None:
        """Run on the pool (the application's by default)."""
        (pool or QThreadPool.globalInstance()).start(_Task(self))

    def cancel(self) -> None:
        """Ask the run to stop after the chunk it is working on."""
        self._stop.set()

    @property
    def cancelling(self) -> bool:
        """True once cancel was asked."""
        return self._stop.is_set()

    def work(self) -> None:
        """The run itself (in the worker thread)."""
        try:
            sizes = chunk_sizes(self.samples)
            seeds = np.random.SeedSequence(self.seed).spawn(len(sizes))
            parts: list[SMAAResult] = []
            done = 0
            for size, seq in zip(sizes, seeds, strict=True):
                if self._stop.is_set():
                    self.cancelled.emit()
                    return
                chunk_seed = int(seq.generate_state(1)[0])
                parts.append(smaa(self.problem, size, chunk_seed, self.weights, method=self.method,
                                  confidence=False))
                done += size
                self.progress.emit(done, self.samples)
            if self._stop.is_set():
                self.cancelled.emit()
                return
            self.finished.emit(combine(parts, self.seed))
        except PalabreError as exc:
            self.failed.emit(core_message(exc.message))
        except Exception as exc:  # a bug: say so in the window rather than lose it in a thread
            log.exception("SMAA run failed")
            self.failed.emit(self.tr("SMAA failed: {0}").format(exc))
        finally:
            self.done.set()


class _Task(QRunnable):
    def __init__(self, run: SMAARun) -> None:
        super().__init__()
        self._run = run  # keeps the run (and its signals) alive while it works
        self.setAutoDelete(True)

    def run(self) -> None:
        """QRunnable's entry point, in the worker thread."""
        self._run.work()
