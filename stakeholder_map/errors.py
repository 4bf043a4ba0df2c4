"""Errors raised by the stakeholder map engine."""

from __future__ import annotations

from palabre.errors import PalabreError


class MapError(PalabreError):
    """A stakeholder, tie or analysis request is invalid; the message says which and why."""
