"""Errors raised by the decision engine."""

from __future__ import annotations

from palabre.errors import PalabreError


class MCDAError(PalabreError):
    """A decision problem or a method's settings are invalid; the message says which and why."""
