"""Shared fixtures for the document tests: the example dialogue and a hang watchdog."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from dialogue.example import example_dialogue
from dialogue.model import Dialogue


@pytest.fixture
def example() -> Dialogue:
    """A fresh copy of the bundled example dialogue."""
    return example_dialogue()


@contextmanager
def _watchdog(seconds: int, what: str) -> Iterator[None]:
    """Fail (instead of hanging the test run) if the block runs longer than ``seconds``.

    This is a hang detector, not a speed assertion: the limit is many times the normal time.
    """

    def expired(signum: int, frame: object) -> None:
        raise AssertionError(f"{what} did not finish within {seconds} s: it hangs")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@pytest.fixture
def watchdog():
    """``with watchdog(seconds, what):`` fails the test if the block hangs."""
    return _watchdog
