"""Starting points for a new dialogue."""

from __future__ import annotations

from dialogue.example import default_criteria
from dialogue.model import Dialogue, Edit, Put, Step
from dialogue.values import DialogueInfo, WeightSet


def blank_dialogue(title: str = "New dialogue", language: str = "en") -> Dialogue:
    """A new dialogue with the default feasibility and impact criteria and equal weights.

    It has no stakeholders and no options yet; the criteria are the ten of DOMAIN.md section 3
    (five for feasibility, five for impact, after the AAAQ framework), which users edit freely.
    """
    criteria = default_criteria()
    steps: list[Step] = [Put("info", "info", DialogueInfo(title=title, language=language))]
    steps += [Put("criteria", c.id, c) for c in criteria]
    steps.append(Put("weight_sets", "equal",
                     WeightSet("equal", "Equal weights", {c.id: 1.0 for c in criteria})))
    steps.append(Put("settings", "active_weight_set", "equal"))
    d = Dialogue()
    d.apply(Edit("New", tuple(steps)))
    d.revision = 0
    return d
