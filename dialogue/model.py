"""The Dialogue: one policy dialogue, owner of all its state, changed only through edits.

The state is a handful of ordered collections of immutable values (stakeholders, ties, options,
criteria, scores, weight sets, the brief's text, information and settings). An :class:`Edit` is a
short list of primitive steps (put a value under a key, delete a key); applying one returns its
exact inverse, which is what makes undo structural rather than hand-written per edit
(the pattern of orange-canvas-core's command objects, reduced to data).
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from dialogue import limits
from dialogue.participants import Answers, Participant
from dialogue.safe_json import MAX_NUMBER_DIGITS
from dialogue.values import BRIEF_SECTIONS, DialogueInfo, Option, Score, WeightSet
from dialogue.workforce import BASELINE_KEY, LINK_KEY, OptionEffects, WorkforceLink
from mcda.criteria import Criterion
from mcda.errors import MCDAError
from mcda.workforce import WorkforceBaseline, check_effects
from palabre.errors import ValidationError
from stakeholder_map.model import Stakeholder, Tie

COLLECTIONS: Mapping[str, type | tuple[type, ...]] = MappingProxyType(
    {
        "info": DialogueInfo,
        "stakeholders": Stakeholder,
        "ties": Tie,
        "options": Option,
        "criteria": Criterion,
        "scores": Score,
        "weight_sets": WeightSet,
        "participants": Participant,
        "answers": Answers,
        "workforce": (WorkforceBaseline, WorkforceLink),
        "effects": OptionEffects,
        "brief": str,
        "settings": str,
    }
)
SETTINGS = ("active_weight_set",)

# Text fields of each kind of value and their longest length: the same limits the file loader
# enforces, checked here so that no edit can make a dialogue that saves but does not load again.
_TEXT_LIMITS: Mapping[str, tuple[tuple[str, int], ...]] = MappingProxyType({
    "info": (("title", limits.MAX_NAME_CHARS), *(
        (f, limits.MAX_TEXT_CHARS) for f in (
            "country", "topic", "date", "facilitator", "organisation", "language", "currency"))),
    "stakeholders": (("id", limits.MAX_ID_CHARS), ("name", limits.MAX_NAME_CHARS),
                     ("notes", limits.MAX_TEXT_CHARS)),
    "ties": (("id", limits.MAX_ID_CHARS), ("notes", limits.MAX_TEXT_CHARS)),
    "options": (("id", limits.MAX_ID_CHARS), ("name", limits.MAX_NAME_CHARS),
                ("code", limits.MAX_CODE_CHARS), ("description", limits.MAX_TEXT_CHARS),
                ("expected_cost", limits.MAX_TEXT_CHARS), ("notes", limits.MAX_TEXT_CHARS),
                ("bundle", limits.MAX_NAME_CHARS)),
    "criteria": (("id", limits.MAX_ID_CHARS), ("name", limits.MAX_NAME_CHARS),
                 ("description", limits.MAX_TEXT_CHARS)),
    "weight_sets": (("id", limits.MAX_ID_CHARS), ("name", limits.MAX_NAME_CHARS),
                    ("description", limits.MAX_TEXT_CHARS)),
    "participants": (("id", limits.MAX_ID_CHARS), ("name", limits.MAX_NAME_CHARS),
                     ("stakeholder", limits.MAX_ID_CHARS), ("role", limits.MAX_NAME_CHARS)),
})
_COUNT_LIMITS: Mapping[str, int] = MappingProxyType({
    "stakeholders": limits.MAX_STAKEHOLDERS, "ties": limits.MAX_TIES,
    "options": limits.MAX_OPTIONS, "criteria": limits.MAX_CRITERIA,
    "weight_sets": limits.MAX_WEIGHT_SETS, "participants": limits.MAX_PARTICIPANTS,
})
_NOUNS: Mapping[str, str] = MappingProxyType({
    "info": "the dialogue's information", "stakeholders": "stakeholder", "ties": "tie",
    "options": "option", "criteria": "criterion", "weight_sets": "weight set",
    "participants": "participant", "answers": "answers of participant",
    "brief": "brief section", "settings": "setting", "workforce": "workforce",
    "effects": "effects of option",
})
_WORKFORCE_TYPES: Mapping[str, type] = MappingProxyType({BASELINE_KEY: WorkforceBaseline, LINK_KEY: WorkforceLink})
# A lone surrogate cannot be written as UTF-8: it would make the save fail.
_SURROGATE = re.compile("[\ud800-\udfff]")


def _text_problem(label: str, text: str, limit: int) -> str | None:
    if len(text) > limit:
        return f"{label} is {len(text):,} characters long; at most {limit:,} are allowed"
    bad = _SURROGATE.search(text)
    if bad:
        return (f"{label} holds an invalid character (a lone surrogate "
                f"U+{ord(bad.group()):04X}) at position {bad.start()}")
    return None


def _number_problem(label: str, value: object) -> str | None:
    # What json.dumps cannot write (NaN, infinity) or the loader refuses (a 41-digit integer).
    if isinstance(value, float) and not math.isfinite(value):
        return f"{label} must be a finite number, got {value!r}"
    if isinstance(value, int) and abs(value) >= 10**MAX_NUMBER_DIGITS:
        return f"{label} has more than {MAX_NUMBER_DIGITS} digits"
    return None


def _value_problem(collection: str, key: Hashable, value: Any) -> str | None:
    """Why a value cannot be stored under ``key`` (too long a text, an id that does not match
    its key, a character or a number the file cannot hold), or None when it can."""
    noun = _NOUNS.get(collection, collection)
    where = noun if collection == "info" else f"{noun} {key!r}"
    if collection in _TEXT_LIMITS and getattr(value, "id", key) != key and collection != "info":
        return f"{where}: stored under a key that differs from its id {value.id!r}"
    if collection == "answers":
        return _answers_problem(where, key, value)
    if collection == "workforce":
        return _workforce_problem(key, value)
    if collection == "effects":
        if value.option != key:
            return f"{where}: stored under a key that differs from its option {value.option!r}"
        for e in value.effects:
            problem = _text_problem(f"{where}: {e.where}: note", e.note, limits.MAX_TEXT_CHARS)
            if problem:
                return problem
        return None
    if collection in ("brief", "settings"):
        return _text_problem(f"{where}: the text", value, limits.MAX_TEXT_CHARS
                             if collection == "brief" else limits.MAX_ID_CHARS)
    checks: list[tuple[str, str, int]] = [
        (field_name, getattr(value, field_name), limit)
        for field_name, limit in _TEXT_LIMITS.get(collection, ())
    ]
    numbers: list[tuple[str, object]] = []
    if collection == "stakeholders":
        numbers = [("x", value.x), ("y", value.y)]
    if collection == "criteria":
        scale = value.scale
        numbers = [("scale low", scale.low), ("scale high", scale.high)]
        numbers += [(f"value function point {i}", v)
                    for i, point in enumerate(scale.points, start=1) for v in point]
        checks.append(("scale unit", scale.unit, limits.MAX_UNIT_CHARS))
        checks += [(f"scale level {i} description", a, limits.MAX_TEXT_CHARS)
                   for i, a in enumerate(scale.anchors, start=1)]
        if len(scale.points) > limits.MAX_SCALE_POINTS:
            return (f"{where}: the value function has {len(scale.points)} points; "
                    f"at most {limits.MAX_SCALE_POINTS} are allowed")
        if len(scale.anchors) > 5:
            return f"{where}: the scale describes {len(scale.anchors)} levels; at most 5"
    for label, number in numbers:
        problem = _number_problem(f"{where}: {label}", number)
        if problem:
            return problem
    for field_name, text, limit in checks:
        if isinstance(text, str):
            problem = _text_problem(f"{where}: {field_name}", text, limit)
            if problem:
                return problem
    return None


def _workforce_problem(key: Hashable, value: Any) -> str | None:
    """Why a baseline or a link cannot be stored (wrong key, too long a name)."""
    expected = _WORKFORCE_TYPES.get(key)  # type: ignore[call-overload]
    if expected is None:
        return f"workforce: unknown part {key!r} (expected {', '.join(_WORKFORCE_TYPES)})"
    if not isinstance(value, expected):
        return f"workforce {key}: expected {expected.__name__}, got {type(value).__name__}"
    if isinstance(value, WorkforceBaseline):
        texts = [(f"cadre {c.label}: {name}", getattr(c, name), limits.MAX_NAME_CHARS)
                 for c in value.cadres for name in ("cadre", "name", "area", "transfer_to")]
        texts += [(f"combined need {n.id!r}: {name}", getattr(n, name), limits.MAX_TEXT_CHARS)
                  for n in value.combined for name in ("id", "name", "source")]
        for label, text, limit in texts:
            problem = _text_problem(f"workforce baseline: {label}", text, limit)
            if problem:
                return problem
    return None


def _answers_problem(where: str, key: Hashable, value: Answers) -> str | None:
    """Why one participant's answers cannot be stored (wrong key, too many, too long an id)."""
    if value.participant != key:
        return f"{where}: stored under a key that differs from its participant {value.participant!r}"
    counts = (("scores", len(value.scores), limits.MAX_OPTIONS * limits.MAX_CRITERIA),
              ("points", len(value.points), limits.MAX_CRITERIA),
              ("judgements", len(value.judgements), limits.MAX_CRITERIA * limits.MAX_CRITERIA))
    for label, n, limit in counts:
        if n > limit:
            return f"{where}: {n:,} {label}; at most {limit:,} are allowed"
    ids = [i for pair in (*value.scores, *value.judgements) for i in pair] + list(value.points)
    for ident in ids:
        problem = _text_problem(f"{where}: id", ident, limits.MAX_ID_CHARS)
        if problem:
            return problem
    for label, text, limit in (("source", value.source, limits.MAX_NAME_CHARS),
                               ("fingerprint", value.fingerprint, limits.MAX_ID_CHARS)):
        problem = _text_problem(f"{where}: {label}", text, limit)
        if problem:
            return problem
    return None


@dataclass(frozen=True)
class Put:
    """Set ``collection[key] = value``; a new key goes at ``index`` (None: at the end)."""

    collection: str
    key: Hashable
    value: Any
    index: int | None = None


@dataclass(frozen=True)
class Delete:
    """Remove ``collection[key]``."""

    collection: str
    key: Hashable


Step = Put | Delete


@dataclass(frozen=True)
class Edit:
    """One user-visible change: a description for the Undo menu and the steps that make it.

    Edits with the same non-empty ``merge_key`` that follow each other (a slider drag, a node
    drag) may be merged into one undo step by the window.
    """

    description: str
    steps: tuple[Step, ...]
    merge_key: str = ""

    def collections(self) -> frozenset[str]:
        """The collections this edit touches."""
        return frozenset(s.collection for s in self.steps)


@dataclass(frozen=True)
class Change:
    """What an applied edit changed, announced to the document's listeners."""

    edit: Edit
    keys: Mapping[str, frozenset[Hashable]] = field(default_factory=dict)

    @property
    def collections(self) -> frozenset[str]:
        """Names of the collections that changed."""
        return frozenset(self.keys)


class Dialogue:
    """One policy dialogue.

    Read it through its properties; change it only with :meth:`apply` and the edit builders in
    :mod:`dialogue.edits`, which validate first. Listeners registered with :meth:`subscribe` are
    told of every change.
    """

    def __init__(self, info: DialogueInfo | None = None) -> None:
        self._data: dict[str, dict[Hashable, Any]] = {name: {} for name in COLLECTIONS}
        self._data["info"]["info"] = info or DialogueInfo()
        self._listeners: list[Callable[[Change], None]] = []
        self.revision = 0

    # ----------------------------------------------------------------- reading
    @property
    def info(self) -> DialogueInfo:
        """Title, country, topic, date, facilitator, language, marks."""
        return self._data["info"]["info"]

    @property
    def stakeholders(self) -> Mapping[str, Stakeholder]:
        """Stakeholders by id, in display order."""
        return MappingProxyType(self._data["stakeholders"])

    @property
    def ties(self) -> Mapping[str, Tie]:
        """Ties by id."""
        return MappingProxyType(self._data["ties"])

    @property
    def options(self) -> Mapping[str, Option]:
        """Options by id, in display order."""
        return MappingProxyType(self._data["options"])

    @property
    def criteria(self) -> Mapping[str, Criterion]:
        """Criteria by id, in display order."""
        return MappingProxyType(self._data["criteria"])

    @property
    def scores(self) -> Mapping[tuple[str, str], Score]:
        """Scores keyed by ``(option id, criterion id)``; a missing key is a missing score."""
        return MappingProxyType(self._data["scores"])

    @property
    def weight_sets(self) -> Mapping[str, WeightSet]:
        """Weight sets (perspectives) by id."""
        return MappingProxyType(self._data["weight_sets"])

    @property
    def participants(self) -> Mapping[str, Participant]:
        """Participants asked to fill in scoring sheets, by id, in display order."""
        return MappingProxyType(self._data["participants"])

    @property
    def answers(self) -> Mapping[str, Answers]:
        """What each participant returned, by participant id (absent: not answered yet)."""
        return MappingProxyType(self._data["answers"])

    @property
    def brief(self) -> Mapping[str, str]:
        """The brief's narrative text by section (see ``BRIEF_SECTIONS``); absent means drafted."""
        return MappingProxyType(self._data["brief"])

    @property
    def active_weight_set(self) -> WeightSet:
        """The weight set the ranking uses now."""
        sets = self._data["weight_sets"]
        if not sets:
            raise ValidationError("the dialogue has no weight set")
        wid = self._data["settings"].get("active_weight_set")
        return sets.get(wid) or next(iter(sets.values()))

    def score(self, option_id: str, criterion_id: str) -> Score | None:
        """The score of an option on a criterion, or None when missing."""
        return self._data["scores"].get((option_id, criterion_id))

    def ties_of(self, stakeholder_id: str) -> list[Tie]:
        """Every tie that starts or ends at a stakeholder."""
        return [
            t for t in self._data["ties"].values() if stakeholder_id in (t.source, t.target)
        ]

    def get(self, collection: str, key: Hashable) -> Any:
        """The value under ``key`` in a collection, or None."""
        return self._data[collection].get(key)

    def keys(self, collection: str) -> list[Hashable]:
        """The keys of a collection, in order."""
        return list(self._data[collection])

    # ----------------------------------------------------------------- listening
    def subscribe(self, listener: Callable[[Change], None]) -> None:
        """Call ``listener(change)`` after every applied edit."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[Change], None]) -> None:
        """Stop calling a listener."""
        if listener in self._listeners:
            self._listeners.remove(listener)

    # ----------------------------------------------------------------- changing
    def apply(self, edit: Edit) -> Edit:
        """Apply an edit and return its inverse.

        Each step's value is type-checked, then the document's integrity is checked for the
        collections the edit touched (ties name existing stakeholders, scores existing options
        and criteria within the scale, ...). On any problem everything is rolled back and a
        :class:`ValidationError` says what was wrong: the document is unchanged.
        """
        inverse_steps: list[Step] = []
        try:
            for step in edit.steps:
                inverse_steps.append(self._apply_step(step))
            problems = self.integrity_problems(edit.collections())
            if problems:
                raise ValidationError(problems[0], problems)
        except Exception:
            # Roll back on any failure, ours or a bug's, so the document is never half-changed.
            for step in reversed(inverse_steps):
                self._apply_step(step)
            raise
        self.revision += 1
        inverse = Edit(edit.description, tuple(reversed(inverse_steps)), edit.merge_key)
        keys: dict[str, set[Hashable]] = {}
        for step in edit.steps:
            keys.setdefault(step.collection, set()).add(step.key)
        change = Change(edit, {k: frozenset(v) for k, v in keys.items()})
        for listener in list(self._listeners):
            listener(change)
        return inverse

    def _apply_step(self, step: Step) -> Step:
        if step.collection not in COLLECTIONS:
            raise ValidationError(f"unknown part of the dialogue: {step.collection!r}")
        table = self._data[step.collection]
        if isinstance(step, Delete):
            if step.key not in table:
                raise ValidationError(f"{step.collection}: nothing to remove under {step.key!r}")
            index = list(table).index(step.key)
            old = table.pop(step.key)
            return Put(step.collection, step.key, old, index)
        expected = COLLECTIONS[step.collection]
        if not isinstance(step.value, expected):
            raise ValidationError(
                f"{step.collection}: expected {getattr(expected, '__name__', expected)}, "
                f"got {type(step.value).__name__}"
            )
        problem = _value_problem(step.collection, step.key, step.value)
        if problem:
            raise ValidationError(problem)
        if step.key in table:
            old = table[step.key]
            table[step.key] = step.value
            return Put(step.collection, step.key, old)
        if step.index is None or step.index >= len(table):
            table[step.key] = step.value
        else:
            items = list(table.items())
            items.insert(max(0, step.index), (step.key, step.value))
            table.clear()
            table.update(items)
        return Delete(step.collection, step.key)

    # ----------------------------------------------------------------- integrity
    def integrity_problems(self, collections: Iterable[str] | None = None) -> list[str]:
        """Broken rules between the parts of the document, as messages ([] when sound)."""
        touched = set(COLLECTIONS if collections is None else collections)
        d = self._data
        problems: list[str] = []
        stakeholders, options, criteria = d["stakeholders"], d["options"], d["criteria"]
        for name, limit in _COUNT_LIMITS.items():
            if name in touched and len(d[name]) > limit:
                problems.append(
                    f"a dialogue holds at most {limit:,} {name.replace('_', ' ')}; "
                    f"this one would hold {len(d[name]):,}"
                )
        if touched & {"info"} and set(d["info"]) != {"info"}:
            problems.append("the dialogue's information is missing")
        if touched & {"ties", "stakeholders"}:
            for t in d["ties"].values():
                for end in (t.source, t.target):
                    if end not in stakeholders:
                        problems.append(f"tie {t.id!r} refers to unknown stakeholder {end!r}")
        if touched & {"stakeholders", "options"}:
            for s in stakeholders.values():
                for oid in s.positions:
                    if oid not in options:
                        problems.append(
                            f"stakeholder {s.name!r} has a position on unknown option {oid!r}"
                        )
        if touched & {"scores", "options", "criteria"}:
            for (oid, cid), score in d["scores"].items():
                if oid not in options:
                    problems.append(f"a score refers to unknown option {oid!r}")
                    continue
                crit = criteria.get(cid)
                if crit is None:
                    problems.append(f"a score refers to unknown criterion {cid!r}")
                    continue
                for label, v in (("score", score.value), ("low", score.low), ("high", score.high)):
                    if v is not None and not crit.scale.contains(v):
                        problems.append(
                            f"{label} of {options[oid].name!r} on {crit.name!r} is {v:g}; "
                            f"the scale runs from {crit.scale.low:g} to {crit.scale.high:g}"
                        )
        if touched & {"weight_sets", "criteria"}:
            for ws in d["weight_sets"].values():
                for cid in ws.weights:
                    if cid not in criteria:
                        problems.append(
                            f"weight set {ws.name!r} weighs unknown criterion {cid!r}"
                        )
        if touched & {"settings", "weight_sets"}:
            for key in d["settings"]:
                if key not in SETTINGS:
                    problems.append(f"unknown setting {key!r}")
            active = d["settings"].get("active_weight_set")
            if active is not None and active not in d["weight_sets"]:
                problems.append(f"the active weight set {active!r} does not exist")
        if touched & {"participants", "answers", "criteria"}:
            problems += self._answers_problems()
        if touched & {"workforce", "effects", "options", "criteria"}:
            problems += self._workforce_problems()
        if touched & {"brief"}:
            for section in d["brief"]:
                if section not in BRIEF_SECTIONS:
                    problems.append(f"unknown brief section {section!r}")
        return problems

    def _answers_problems(self) -> list[str]:
        """Answers belong to a participant and lie within the scales of the criteria.

        Answers on options or criteria no longer in the dialogue are kept (the facilitator may
        undo the removal, and a sheet for an older version is matched by ids) and ignored by
        the aggregation; a participant whose stakeholder was removed falls back on their group.
        """
        d = self._data
        problems: list[str] = []
        participants, criteria = d["participants"], d["criteria"]
        for pid, answers in d["answers"].items():
            person = participants.get(pid)
            if person is None:
                problems.append(f"answers refer to unknown participant {pid!r}")
                continue
            for (oid, cid), value in answers.scores.items():
                crit = criteria.get(cid)
                if crit is not None and not crit.scale.contains(value):
                    problems.append(
                        f"{person.name!r} scored option {oid!r} {value:g} on {crit.name!r}; "
                        f"the scale runs from {crit.scale.low:g} to {crit.scale.high:g}"
                    )
        return problems

    def _workforce_problems(self) -> list[str]:
        """Effects belong to an option and fit the baseline; the link names what exists."""
        d = self._data
        problems: list[str] = []
        baseline: WorkforceBaseline | None = d["workforce"].get(BASELINE_KEY)
        for oid, stored in d["effects"].items():
            option = d["options"].get(oid)
            if option is None:
                problems.append(f"effects refer to unknown option {oid!r}")
                continue
            if not stored.effects:
                continue
            if baseline is None:
                problems.append(f"option {option.name!r} has workforce effects but there is no baseline")
                continue
            try:
                check_effects(baseline, stored.effects, f"option {option.name!r}")
            except MCDAError as exc:
                problems += exc.problems or [exc.message]
        link: WorkforceLink | None = d["workforce"].get(LINK_KEY)
        if link is not None:
            if link.criterion and link.criterion not in d["criteria"]:
                problems.append(f"the projected gap closed feeds unknown criterion {link.criterion!r}")
            if baseline is None:
                problems.append("the projected gap closed is set up but there is no baseline")
            else:
                known = set(baseline.cadre_ids) | {n.id for n in baseline.combined}
                for t in link.target:
                    if t not in known:
                        problems.append(f"the projected gap closed counts unknown cadre {t!r}")
                if link.area is not None and link.area not in {c.area for c in baseline.cadres}:
                    problems.append(f"the projected gap closed counts unknown area {link.area!r}")
        return problems

    # ----------------------------------------------------------------- comparing
    def snapshot(self) -> dict[str, list[tuple[Hashable, Any]]]:
        """The whole state as ordered lists, for equality checks in tests and round trips."""
        return {name: list(table.items()) for name, table in self._data.items()}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Dialogue):
            return NotImplemented
        return self.snapshot() == other.snapshot()

    __hash__ = None  # type: ignore[assignment]  # mutable

    def new_id(self, collection: str, prefix: str) -> str:
        """A fresh id for a collection, such as ``"s19"``."""
        table = self._data[collection]
        for n in itertools.count(len(table) + 1):
            candidate = f"{prefix}{n}"
            if candidate not in table:
                return candidate
        raise AssertionError("unreachable")
