"""A redacted copy of a dialogue, for sharing outside the room.

It keeps the structure, the categories, the scores, the weights and every analysis, but drops
what identifies people: every stakeholder's name becomes its category and a number in the
dialogue's language ("Labour union 1", "Syndicat 1"), notes on stakeholders and ties are
emptied, participants become "Participant 1",
... with no role, the facilitator is removed, and exact occurrences of the removed names in the
brief's narrative text and in the notes of the workforce effects are replaced by their labels.
Options, criteria and the workforce figures are kept as they are.
"""

from __future__ import annotations

import re
from typing import Any

from dialogue.model import Dialogue
from dialogue.native_file import from_json_dict, to_json_dict
from stakeholder_map.model import category_label


def redacted_copy(d: Dialogue) -> Dialogue:
    """A new dialogue without names and notes; ``d`` is not changed.

    Examples
    --------
    >>> from dialogue.example import example_dialogue
    >>> r = redacted_copy(example_dialogue())
    >>> r.stakeholders["union"].name, r.stakeholders["union"].notes
    ('Labour union 1', '')
    """
    data: dict[str, Any] = to_json_dict(d)
    lang = d.info.language
    replacements: dict[str, str] = {}
    counters: dict[str, int] = {}
    for s in data["stakeholders"]:
        label = category_label(s["category"], lang)
        counters[label] = counters.get(label, 0) + 1
        new = f"{label} {counters[label]}"
        replacements[s["name"]] = new
        s["name"] = new
        s["notes"] = ""
    for t in data["ties"]:
        t["notes"] = ""
    for i, p in enumerate(data.get("participants", []), start=1):
        new = f"Participant {i}"
        if not p.get("anonymous"):
            replacements[p["name"]] = new
        p["name"] = new
        p["anonymous"] = True
        p["role"] = ""
    for a in data.get("answers", []):
        if "source" in a:
            a["source"] = ""
    if data["info"].get("facilitator"):
        replacements.setdefault(data["info"]["facilitator"], "the facilitator")
    data["info"]["facilitator"] = ""
    pattern = _names_pattern(replacements)
    if pattern is not None:
        data["brief"] = {
            section: pattern.sub(lambda m: replacements[m.group(0)], text)
            for section, text in data["brief"].items()
        }
        for entry in data.get("effects", []):
            for effect in entry["effects"]:
                effect["note"] = pattern.sub(lambda m: replacements[m.group(0)], effect["note"])
    return from_json_dict(data, "the redacted copy")


def _names_pattern(replacements: dict[str, str]) -> re.Pattern[str] | None:
    names = sorted((n for n in replacements if n.strip()), key=len, reverse=True)
    if not names:
        return None
    return re.compile("|".join(re.escape(n) for n in names))
