"""The document's own guarantees, for edits built by hand rather than by the builders: nothing
half-changed, nothing stored that the file could not hold."""

from __future__ import annotations

import math

import pytest

from dialogue import edits as ed
from dialogue import limits
from dialogue.model import Delete, Dialogue, Edit, Put
from dialogue.native_file import dumps, loads_dialogue
from dialogue.values import Option, Score
from mcda.criteria import Criterion, Scale, ScaleKind
from palabre.errors import PalabreError
from stakeholder_map.model import Stakeholder


def test_failure_of_any_kind_rolls_back(example: Dialogue) -> None:
    """An edit whose later step breaks the document in an unexpected way (here a score stored
    under a key that is not an (option, criterion) pair, which makes the integrity check itself
    fail) leaves the dialogue exactly as it was, even though the error is not a PalabreError."""
    d = example
    before = d.snapshot()
    edit = Edit(
        "Broken",
        (Put("options", "o99", Option("o99", "New")), Put("scores", "not a pair", Score(3.0))),
    )
    with pytest.raises(Exception):  # noqa: B017 - the kind does not matter, the rollback does
        d.apply(edit)
    assert d.snapshot() == before
    assert d.revision == 0


@pytest.mark.parametrize(
    ("step", "fragments"),
    [
        (Put("stakeholders", "a", Stakeholder("b", "B")), ("'a'", "differs", "'b'")),
        (Put("options", "o", Option("o", "x" * (limits.MAX_NAME_CHARS + 1))), ("'o'", "name")),
        (
            Put("options", "o", Option("o", "Name", code="C" * (limits.MAX_CODE_CHARS + 1))),
            ("'o'", "code", f"{limits.MAX_CODE_CHARS}"),
        ),
        (
            Put("stakeholders", "s", Stakeholder("s", "Lone \ud800 surrogate")),
            ("name", "surrogate"),
        ),
        (Put("brief", "context", "\udfff"), ("context", "surrogate")),
        (Put("nowhere", "k", "v"), ("'nowhere'",)),
        (Put("scores", ("rural_admission", "cost"), 3.0), ("scores", "Score")),
        (Delete("ties", "t999"), ("ties", "'t999'")),
        (Put("settings", "theme", "dark"), ("setting", "'theme'")),
    ],
)
def test_hand_made_step_that_the_file_could_not_hold_is_refused(
    example: Dialogue, step: Put | Delete, fragments: tuple[str, ...]
) -> None:
    """Steps that would store what cannot be saved and opened again (an id that differs from its
    key, an over-long text, a lone surrogate), or that name an unknown part, are refused by
    apply() with a message naming them; the dialogue is unchanged."""
    before = example.snapshot()
    with pytest.raises(PalabreError) as info:
        example.apply(Edit("Hand-made", (step,)))
    for fragment in fragments:
        assert fragment in str(info.value)
    assert example.snapshot() == before


def test_count_limits_hold_for_edits() -> None:
    """A dialogue cannot grow past the counts the file accepts (here 500 options): the 501st is
    refused with a message naming the limit, and the full dialogue still round-trips."""
    d = Dialogue()
    d.apply(
        Edit(
            "Many",
            tuple(
                Put("options", f"o{i}", Option(f"o{i}", f"Option {i}"))
                for i in range(limits.MAX_OPTIONS)
            ),
        )
    )
    with pytest.raises(PalabreError, match=f"at most {limits.MAX_OPTIONS} options"):
        d.apply(ed.add_option(d, Option("one_more", "One more")))
    assert len(d.options) == limits.MAX_OPTIONS
    assert loads_dialogue(dumps(d)) == d


@pytest.mark.parametrize(
    ("criterion_or_stakeholder", "fragment"),
    [
        (
            Criterion("c", "C", scale=Scale(ScaleKind.NATURAL, 0, 10, points=((math.nan, 0.5),))),
            "point 1",
        ),
        (
            Criterion(
                "c", "C", scale=Scale(ScaleKind.NATURAL, 0, 10, points=((1, 0), (math.inf, 1)))
            ),
            "point 2",
        ),
        (Criterion("c", "C", scale=Scale(ScaleKind.NATURAL, 0, 10**50)), "scale high"),
        (Stakeholder("s", "S", x=10**50), "x"),
    ],
)
def test_numbers_the_file_cannot_hold_are_refused(
    criterion_or_stakeholder: object, fragment: str
) -> None:
    """A value-function point that is NaN or infinite (json cannot write it: the save would fail
    with a traceback) or a 51-digit coordinate (the loader refuses it) is refused by the
    document, naming the number."""
    d = Dialogue()
    make = (
        ed.add_criterion if isinstance(criterion_or_stakeholder, Criterion) else ed.add_stakeholder
    )
    with pytest.raises(PalabreError, match=fragment):
        d.apply(make(d, criterion_or_stakeholder))
    assert d == Dialogue()
