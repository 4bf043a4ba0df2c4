"""Shared helpers for the stakeholder map tests."""

from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"


@pytest.fixture
def data_dir() -> Path:
    """The folder of classic-network fixtures (see data/make_fixtures.py)."""
    return DATA
