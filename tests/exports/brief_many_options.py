"""A dialogue with many options, for the tests that need tables longer than a page."""

from __future__ import annotations

from dialogue.example import example_dialogue
from dialogue.model import Dialogue, Edit, Put
from dialogue.values import Option, Score


def many_options(n: int) -> Dialogue:
    """The example with ``n`` extra options, each scored like an existing one."""
    d = example_dialogue()
    base = list(d.options)
    steps = []
    for i in range(n):
        oid = f"extra{i}"
        steps.append(Put("options", oid, Option(oid, f"Extra option number {i + 1}",
                                                description="A variant of an existing option.")))
        like = base[i % len(base)]
        for cid in d.criteria:
            s = d.score(like, cid)
            steps.append(Put("scores", (oid, cid), Score(s.value)))
    d.apply(Edit("many", tuple(steps)))
    return d
