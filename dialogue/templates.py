"""Starting points for a new dialogue."""

from __future__ import annotations

from dialogue.example import default_criteria
from dialogue.model import Dialogue, Edit, Put, Step
from dialogue.values import DialogueInfo, WeightSet

# The words of a new dialogue, by language (the ids are the same in both).
_NEW = {
    "en": ("New dialogue", "Equal weights"),
    "fr": ("Nouveau dialogue", "Poids égaux"),
}


def blank_dialogue(title: str | None = None, language: str = "en") -> Dialogue:
    """A new dialogue with the default feasibility and impact criteria and equal weights.

    It has no stakeholders and no options yet; the criteria are the ten of DOMAIN.md section 3
    (five for feasibility, five for impact, after the AAAQ framework), which users edit freely.
    The title (when none is given), the criteria and the weight set are in ``language``.

    Examples
    --------
    >>> d = blank_dialogue(language="fr")
    >>> d.info.title, d.weight_sets["equal"].name
    ('Nouveau dialogue', 'Poids égaux')
    """
    default_title, equal = _NEW.get(language, _NEW["en"])
    criteria = default_criteria(language)
    steps: list[Step] = [Put("info", "info", DialogueInfo(title=title or default_title, language=language))]
    steps += [Put("criteria", c.id, c) for c in criteria]
    steps.append(Put("weight_sets", "equal",
                     WeightSet("equal", equal, {c.id: 1.0 for c in criteria})))
    steps.append(Put("settings", "active_weight_set", "equal"))
    d = Dialogue()
    d.apply(Edit("New", tuple(steps)))
    d.revision = 0
    return d
