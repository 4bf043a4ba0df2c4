"""Property tests: random sequences of edits undo exactly, and random dialogues survive the file.

Edits are drawn from the dialogue's current state (existing ids, each criterion's own scale), so
most are valid; those that are refused must leave the dialogue unchanged, which is checked too.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from dialogue import edits as ed
from dialogue import limits
from dialogue.example import example_dialogue
from dialogue.model import Dialogue, Edit
from dialogue.native_file import dumps, loads_dialogue
from dialogue.values import BRIEF_SECTIONS, LANGUAGES, Family, Option, Score, WeightSet
from mcda.criteria import Criterion, Direction, Group, Scale, ScaleKind
from palabre.errors import PalabreError
from stakeholder_map.model import Category, Kind, Level, Position, Stakeholder, Tie, TieType

EXAMPLE_TEXT = dumps(example_dialogue())
PROPERTY_SETTINGS = settings(max_examples=60, deadline=None,
                             suppress_health_check=[HealthCheck.too_slow,
                                                    HealthCheck.filter_too_much])

# Any text Python can write as UTF-8 (controls, emoji, right-to-left...), sometimes at a limit.
texts = st.text(max_size=30)
# A character that str.strip() keeps, so that a name is never blank.
visible = st.characters(codec="utf-8", exclude_categories=("Cc", "Zs", "Zl", "Zp"))
names = st.one_of(
    st.builds(lambda a, b, c: a + b + c, st.text(max_size=10), visible, st.text(max_size=10)),
    st.just("ș" * limits.MAX_NAME_CHARS),
)
long_texts = st.one_of(texts, st.just("Ж" * limits.MAX_TEXT_CHARS))
finite = st.floats(allow_nan=False, allow_infinity=False)
dates = st.one_of(st.just(""), st.dates(datetime.date(1900, 1, 1), datetime.date(2200, 12, 31))
                  .map(datetime.date.isoformat))


def new_id(data: st.DataObject, taken: object) -> str:
    """An id that is not yet used (any text, up to the id limit)."""
    ident = data.draw(st.one_of(st.text(min_size=1, max_size=12),
                                st.just("i" * limits.MAX_ID_CHARS)))
    n = 0
    while ident in taken:  # type: ignore[operator]
        n += 1
        ident = ident[: limits.MAX_ID_CHARS - len(str(n))] + str(n)
    return ident


def pick(data: st.DataObject, keys: object) -> object:
    return data.draw(st.sampled_from(list(keys)))  # type: ignore[call-overload]


def some(data: st.DataObject, keys: object) -> list:
    keys = list(keys)  # type: ignore[call-overload]
    return data.draw(st.lists(st.sampled_from(keys), min_size=1, max_size=4, unique=True))


def position(data: st.DataObject) -> Position:
    return Position(data.draw(st.integers(-2, 2)),
                    data.draw(st.none() | st.floats(0.0, 1.0)))


def stakeholder(data: st.DataObject, d: Dialogue, sid: str) -> Stakeholder:
    level = st.none() | st.integers(1, 5)
    options = list(d.options)
    chosen = data.draw(st.lists(st.sampled_from(options), unique=True, max_size=3)) if options \
        else []
    return Stakeholder(
        sid, data.draw(names), data.draw(st.sampled_from(Category)),
        data.draw(st.sampled_from(Level)), data.draw(st.sampled_from(Kind)),
        data.draw(st.integers(1, 5)), data.draw(st.integers(1, 5)), data.draw(level),
        data.draw(level), data.draw(level), data.draw(st.booleans()), data.draw(st.booleans()),
        data.draw(long_texts), {oid: position(data) for oid in chosen},
        data.draw(st.none() | finite), data.draw(st.none() | finite))


def scale(data: st.DataObject) -> Scale:
    if data.draw(st.booleans()):
        return Scale(anchors=data.draw(st.sampled_from([(), tuple("abcde")])))
    low = data.draw(st.floats(-1e6, 1e6))
    high = low + data.draw(st.floats(1e-3, 1e6))
    return Scale(ScaleKind.NATURAL, low, high, data.draw(texts))


def score(data: st.DataObject, sc: Scale) -> Score:
    values = sorted(data.draw(st.lists(st.floats(sc.low, sc.high), min_size=3, max_size=3)))
    if data.draw(st.booleans()):
        return Score(values[1])
    return Score(values[1], values[0], values[2])


Builder = Callable[[st.DataObject, Dialogue], "Edit | None"]
BUILDERS: dict[str, Builder] = {}


def builder(fn: Builder) -> Builder:
    """Register a function that draws the arguments of one edit builder and calls it."""
    BUILDERS[fn.__name__] = fn
    return fn


def draw_edit(data: st.DataObject, d: Dialogue) -> Edit | None:
    """One edit of a random kind with arguments drawn from the dialogue as it is now (None when
    that kind is impossible, for example removing a tie when there is none)."""
    kind = data.draw(st.sampled_from(sorted(BUILDERS)))
    edit = BUILDERS[kind](data, d)
    event(f"{kind}: {'impossible' if edit is None else 'built'}")
    return edit


@builder
def set_info(data: st.DataObject, d: Dialogue) -> Edit:
    return ed.set_info(d, title=data.draw(names), country=data.draw(texts),
                       date=data.draw(dates), language=data.draw(st.sampled_from(LANGUAGES)),
                       draft=data.draw(st.booleans()))


@builder
def set_brief_text(data: st.DataObject, d: Dialogue) -> Edit:
    return ed.set_brief_text(d, data.draw(st.sampled_from(BRIEF_SECTIONS)), data.draw(long_texts))


@builder
def add_stakeholder(data: st.DataObject, d: Dialogue) -> Edit:
    index = data.draw(st.none() | st.integers(0, len(d.stakeholders) + 1))
    return ed.add_stakeholder(d, stakeholder(data, d, new_id(data, d.stakeholders)), index)


@builder
def update_stakeholder(data: st.DataObject, d: Dialogue) -> Edit | None:
    if not d.stakeholders:
        return None
    return ed.update_stakeholder(d, stakeholder(data, d, pick(data, d.stakeholders)))


@builder
def remove_stakeholders(data: st.DataObject, d: Dialogue) -> Edit | None:
    return ed.remove_stakeholders(d, some(data, d.stakeholders)) if d.stakeholders else None


@builder
def move_stakeholders(data: st.DataObject, d: Dialogue) -> Edit | None:
    if not d.stakeholders:
        return None
    places = {sid: (data.draw(finite), data.draw(finite)) for sid in some(data, d.stakeholders)}
    return ed.move_stakeholders(d, places)


@builder
def set_position(data: st.DataObject, d: Dialogue) -> Edit | None:
    if not (d.stakeholders and d.options):
        return None
    pos = position(data) if data.draw(st.booleans()) else None
    return ed.set_position(d, pick(data, d.stakeholders), pick(data, d.options), pos)


@builder
def add_tie(data: st.DataObject, d: Dialogue) -> Edit | None:
    if len(d.stakeholders) < 2:
        return None
    ends = data.draw(st.lists(st.sampled_from(list(d.stakeholders)), min_size=2, max_size=2,
                              unique=True))
    return ed.add_tie(d, Tie(new_id(data, d.ties), *ends, data.draw(st.sampled_from(TieType)),
                             data.draw(st.integers(1, 3)), data.draw(st.booleans()),
                             data.draw(texts)))


@builder
def update_tie(data: st.DataObject, d: Dialogue) -> Edit | None:
    if not d.ties:
        return None
    tie = d.ties[pick(data, d.ties)]
    return ed.update_tie(d, tie.replace(strength=data.draw(st.integers(1, 3)),
                                        type=data.draw(st.sampled_from(TieType)),
                                        notes=data.draw(long_texts)))


@builder
def remove_ties(data: st.DataObject, d: Dialogue) -> Edit | None:
    return ed.remove_ties(d, some(data, d.ties)) if d.ties else None


@builder
def add_option(data: st.DataObject, d: Dialogue) -> Edit:
    option = Option(new_id(data, d.options), data.draw(names), data.draw(st.sampled_from(Family)),
                    data.draw(st.text(max_size=limits.MAX_CODE_CHARS)), data.draw(long_texts),
                    data.draw(texts), data.draw(texts), data.draw(texts))
    return ed.add_option(d, option, data.draw(st.none() | st.integers(0, len(d.options) + 1)))


@builder
def update_option(data: st.DataObject, d: Dialogue) -> Edit | None:
    if not d.options:
        return None
    option = d.options[pick(data, d.options)]
    return ed.update_option(d, option.replace(name=data.draw(names),
                                              family=data.draw(st.sampled_from(Family))))


@builder
def remove_option(data: st.DataObject, d: Dialogue) -> Edit | None:
    return ed.remove_option(d, pick(data, d.options)) if d.options else None


@builder
def move_option(data: st.DataObject, d: Dialogue) -> Edit | None:
    if not d.options:
        return None
    return ed.move_option(d, pick(data, d.options), data.draw(st.integers(0, len(d.options))))


@builder
def add_criterion(data: st.DataObject, d: Dialogue) -> Edit:
    criterion = Criterion(new_id(data, d.criteria), data.draw(names),
                          data.draw(st.sampled_from(Group)), data.draw(st.sampled_from(Direction)),
                          scale(data), data.draw(texts))
    return ed.add_criterion(d, criterion, data.draw(st.floats(0, 1e6)))


@builder
def update_criterion(data: st.DataObject, d: Dialogue) -> Edit | None:
    """A new name and scale (refused when scores fall outside it) or a new direction."""
    if not d.criteria:
        return None
    crit = d.criteria[pick(data, d.criteria)]
    if data.draw(st.booleans()):
        return ed.update_criterion(d, crit.replace(name=data.draw(names), scale=scale(data)))
    return ed.update_criterion(d, crit.replace(direction=data.draw(st.sampled_from(Direction))))


@builder
def remove_criterion(data: st.DataObject, d: Dialogue) -> Edit | None:
    return ed.remove_criterion(d, pick(data, d.criteria)) if d.criteria else None


@builder
def set_score(data: st.DataObject, d: Dialogue) -> Edit | None:
    if not (d.options and d.criteria):
        return None
    cid = pick(data, d.criteria)
    value = score(data, d.criteria[cid].scale) if data.draw(st.booleans()) else None
    return ed.set_score(d, pick(data, d.options), cid, value)


@builder
def set_weight(data: st.DataObject, d: Dialogue) -> Edit | None:
    if not (d.weight_sets and d.criteria):
        return None
    return ed.set_weight(d, pick(data, d.weight_sets), pick(data, d.criteria),
                         data.draw(st.floats(0, 1e6)))


@builder
def set_group_weight(data: st.DataObject, d: Dialogue) -> Edit | None:
    if not d.weight_sets:
        return None
    group = data.draw(st.sampled_from(["feasibility", "impact"]))
    return ed.set_group_weight(d, pick(data, d.weight_sets), group, data.draw(st.floats(0, 100)))


@builder
def add_weight_set(data: st.DataObject, d: Dialogue) -> Edit:
    weights = {cid: data.draw(st.floats(0, 10))
               for cid in (some(data, d.criteria) if d.criteria else [])}
    ws = WeightSet(new_id(data, d.weight_sets), data.draw(names), weights,
                   description=data.draw(texts))
    return ed.add_weight_set(d, ws, activate=data.draw(st.booleans()))


@builder
def update_weight_set(data: st.DataObject, d: Dialogue) -> Edit | None:
    if not d.weight_sets:
        return None
    ws = d.weight_sets[pick(data, d.weight_sets)]
    return ed.update_weight_set(d, ws.replace(name=data.draw(names)))


@builder
def remove_weight_set(data: st.DataObject, d: Dialogue) -> Edit | None:
    """Refused when only one is left: checked as a refusal that changes nothing."""
    return ed.remove_weight_set(d, pick(data, d.weight_sets)) if d.weight_sets else None


@builder
def set_active_weight_set(data: st.DataObject, d: Dialogue) -> Edit | None:
    return ed.set_active_weight_set(d, pick(data, d.weight_sets)) if d.weight_sets else None


def test_every_builder_is_drawn() -> None:
    """Every public edit builder can be drawn, so the properties cover all of them."""
    public = {name for name in dir(ed) if not name.startswith("_")
              and getattr(getattr(ed, name), "__module__", "") == ed.__name__}
    assert public - set(BUILDERS) == {"set_scores"}  # a batch of set_score, drawn through it


def run_edits(data: st.DataObject, d: Dialogue, count: int) -> list[Edit]:
    """Apply ``count`` drawn edits; return the inverses of those applied. A refused edit must
    leave the dialogue exactly as it was."""
    inverses = []
    for _ in range(count):
        before, revision = d.snapshot(), d.revision
        try:
            edit = draw_edit(data, d)
            if not edit:
                continue
            inverses.append(d.apply(edit))
        except PalabreError:
            event("refused")
            assert d.snapshot() == before and d.revision == revision
    return inverses


def start(data: st.DataObject) -> Dialogue:
    """The example dialogue or an empty one."""
    return loads_dialogue(EXAMPLE_TEXT) if data.draw(st.booleans()) else Dialogue()


@PROPERTY_SETTINGS
@given(st.data())
def test_random_edits_then_undos_give_back_the_original(data: st.DataObject) -> None:
    """Random sequences of edits followed by their inverses in reverse order give back the
    original dialogue, in every value and order."""
    d = start(data)
    original = d.snapshot()
    inverses = run_edits(data, d, data.draw(st.integers(1, 15)))
    for inverse in reversed(inverses):
        d.apply(inverse)
    assert d.snapshot() == original


@PROPERTY_SETTINGS
@given(st.data())
def test_random_dialogues_survive_the_file(data: st.DataObject) -> None:
    """Dialogues built by random edits (from empty or from the example) are written and read
    back unchanged."""
    d = start(data)
    run_edits(data, d, data.draw(st.integers(1, 20)))
    assert loads_dialogue(dumps(d)) == d
