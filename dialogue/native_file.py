"""The native ``.palabre`` file: UTF-8 JSON with a ``format_version``.

Loading validates everything before a Dialogue exists and reports every problem with the exact
field (``stakeholders[3].power: ...``). Older format versions load through the migrations in
:data:`MIGRATIONS`; a newer version than this Palabre knows is refused, naming both versions.
Saving is atomic and keeps the previous version as ``.bak`` (see :mod:`dialogue.atomic`).
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

from dialogue import limits, workforce_file
from dialogue.atomic import write_atomic
from dialogue.model import Dialogue, Edit, Put
from dialogue.participants import Answers, Participant
from dialogue.safe_json import loads
from dialogue.values import BRIEF_SECTIONS, DialogueInfo, Option, Score, WeightSet
from dialogue.workforce import BASELINE_KEY, LINK_KEY, baseline_of, link_of
from mcda.criteria import Criterion, Scale
from palabre import __version__
from palabre.errors import FileFormatError, PalabreError
from stakeholder_map.model import Position, Stakeholder, Tie

FORMAT_NAME = "palabre"
FORMAT_VERSION = 3
SUFFIX = ".palabre"

# Short names for the length limits of ids, codes and units (see dialogue.limits).
_ID, _CODE, _UNIT = limits.MAX_ID_CHARS, limits.MAX_CODE_CHARS, limits.MAX_UNIT_CHARS



def _migrate_1_to_2(data: dict[str, Any]) -> dict[str, Any]:
    """Version 2 adds participants and their returned answers (issue 8): none in a v1 file."""
    return {**data, "participants": [], "answers": []}


def _migrate_2_to_3(data: dict[str, Any]) -> dict[str, Any]:
    """Version 3 adds the workforce baseline, each option's effects and the Impact link
    (issue 11): none in a v2 file."""
    return {**data, "workforce": None, "effects": []}


# Each migration turns a document of version N (the key) into version N + 1.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _migrate_1_to_2, 2: _migrate_2_to_3}

_TOP_KEYS = {
    "format", "format_version", "app_version", "info", "stakeholders", "ties", "options",
    "criteria", "scores", "weight_sets", "active_weight_set", "participants", "answers", "brief",
    "workforce", "effects",
}


# ---------------------------------------------------------------- writing
def to_json_dict(d: Dialogue) -> dict[str, Any]:
    """The dialogue as plain JSON data (the content of a ``.palabre`` file)."""
    info = d.info
    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "app_version": __version__,
        "info": {
            "title": info.title, "country": info.country, "topic": info.topic,
            "date": info.date, "facilitator": info.facilitator,
            "organisation": info.organisation, "language": info.language,
            "illustrative": info.illustrative, "draft": info.draft, "currency": info.currency,
        },
        "stakeholders": [_stakeholder_out(s) for s in d.stakeholders.values()],
        "ties": [
            {"id": t.id, "source": t.source, "target": t.target, "type": t.type.value,
             "strength": t.strength, "directed": t.directed, "notes": t.notes}
            for t in d.ties.values()
        ],
        "options": [
            {"id": o.id, "name": o.name, "family": o.family.value, "code": o.code,
             "description": o.description, "expected_cost": o.expected_cost,
             "notes": o.notes, "bundle": o.bundle}
            for o in d.options.values()
        ],
        "criteria": [_criterion_out(c) for c in d.criteria.values()],
        "scores": [
            {"option": oid, "criterion": cid, "value": s.value, "low": s.low, "high": s.high}
            for (oid, cid), s in d.scores.items()
        ],
        "weight_sets": [
            {"id": w.id, "name": w.name, "description": w.description,
             "group_weights": dict(w.group_weights), "weights": dict(w.weights)}
            for w in d.weight_sets.values()
        ],
        # The setting as stored (None when the first weight set is active by default), so that
        # a saved and reopened dialogue is equal to the one saved.
        "active_weight_set": d.get("settings", "active_weight_set"),
        "participants": [
            {"id": p.id, "name": p.name, "anonymous": p.anonymous, "stakeholder": p.stakeholder,
             "category": p.category, "role": p.role, "parts": p.parts.value,
             "weighting": p.weighting.value, "key": p.key}
            for p in d.participants.values()
        ],
        "answers": [_answers_out(a) for a in d.answers.values()],
        "workforce": workforce_file.workforce_out(baseline_of(d), link_of(d)),
        "effects": workforce_file.effects_out([d.get("effects", k) for k in d.keys("effects")]),
        "brief": dict(d.brief),
    }


def _answers_out(a: Answers) -> dict[str, Any]:
    return {
        "participant": a.participant, "source": a.source, "fingerprint": a.fingerprint,
        "scores": [{"option": o, "criterion": c, "value": v} for (o, c), v in a.scores.items()],
        "points": dict(a.points), "group_points": dict(a.group_points),
        "judgements": [{"row": r, "column": c, "value": v} for (r, c), v in a.judgements.items()],
        "group_judgement": a.group_judgement,
    }


def _stakeholder_out(s: Stakeholder) -> dict[str, Any]:
    return {
        "id": s.id, "name": s.name, "category": s.category.value, "level": s.level.value,
        "kind": s.kind.value, "power": s.power, "interest": s.interest,
        "resources": s.resources, "leadership": s.leadership, "knowledge": s.knowledge,
        "legitimacy": s.legitimacy, "urgency": s.urgency, "notes": s.notes,
        "x": s.x, "y": s.y,
        "positions": {
            oid: {"stance": p.stance, "confidence": p.confidence} for oid, p in s.positions.items()
        },
    }


def _criterion_out(c: Criterion) -> dict[str, Any]:
    sc = c.scale
    return {
        "id": c.id, "name": c.name, "group": c.group.value, "direction": c.direction.value,
        "description": c.description,
        "scale": {"kind": sc.kind.value, "low": sc.low, "high": sc.high, "unit": sc.unit,
                  "anchors": list(sc.anchors), "points": [list(p) for p in sc.points]},
    }


def dumps(d: Dialogue) -> str:
    """The ``.palabre`` text of a dialogue."""
    import json

    return json.dumps(to_json_dict(d), ensure_ascii=False, indent=1, allow_nan=False) + "\n"


def save(d: Dialogue, path: str | os.PathLike[str]) -> Path:
    """Save atomically, keeping the previous file as ``.bak``; raises PalabreError on failure."""
    return write_atomic(path, dumps(d).encode("utf-8"))


# ---------------------------------------------------------------- reading
class _Fields:
    """Reads one JSON object's fields, recording a problem per bad field with its path."""

    def __init__(self, obj: Any, path: str, problems: list[str]) -> None:
        self.path = path
        self.problems = problems
        self.ok = isinstance(obj, dict)
        self.obj: dict[str, Any] = obj if self.ok else {}
        if not self.ok:
            problems.append(f"{path}: expected an object, got {_kind(obj)}")

    def bad(self, key: str, message: str) -> None:
        self.problems.append(f"{self.path}.{_short(key)}: {message}")
        self.ok = False

    def unknown(self, allowed: set[str]) -> None:
        extra = [key for key in self.obj if key not in allowed]
        for key in extra[:10]:
            self.bad(key, "unknown field")
        if len(extra) > 10:
            # A hostile object may hold millions of fields: name a few, count the rest.
            self.problems.append(f"{self.path}: {len(extra) - 10:,} more unknown fields")

    def text(self, key: str, default: str | None = None, max_len: int = limits.MAX_TEXT_CHARS) -> str:
        value = self.obj.get(key, default)
        if value is None:
            self.bad(key, "missing")
            return default or ""
        if not isinstance(value, str):
            self.bad(key, f"expected text, got {_kind(value)}")
            return default or ""
        if len(value) > max_len:
            self.bad(key, f"text of {len(value):,} characters is longer than the {max_len:,} allowed")
            return value[:max_len]
        bad = _SURROGATE.search(value)
        if bad:
            # A JSON escape such as \ud800 gives a lone surrogate, which cannot be saved again.
            self.bad(key, f"holds an invalid character (a lone surrogate U+{ord(bad.group()):04X})")
            return ""
        return value

    def number(self, key: str, default: float | None = None, *, optional: bool = False) -> float | None:
        value = self.obj.get(key, default)
        if value is None:
            if not optional:
                self.bad(key, "missing")
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            self.bad(key, f"expected a number, got {_kind(value)}")
            return None
        return value

    def integer(self, key: str, default: int | None = None, *, optional: bool = False) -> int | None:
        value = self.obj.get(key, default)
        if value is None:
            if not optional:
                self.bad(key, "missing")
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.bad(key, f"expected a whole number, got {_kind(value)}")
            return None
        return value

    def flag(self, key: str, default: bool = False) -> bool:
        value = self.obj.get(key, default)
        if not isinstance(value, bool):
            self.bad(key, f"expected true or false, got {_kind(value)}")
            return default
        return value

    def items(self, key: str, limit: int) -> list[Any]:
        value = self.obj.get(key, [])
        if not isinstance(value, list):
            self.bad(key, f"expected a list, got {_kind(value)}")
            return []
        if len(value) > limit:
            self.bad(key, f"{len(value):,} entries is more than the {limit:,} Palabre accepts")
            return []
        return value

    def mapping(self, key: str, limit: int | None = None) -> dict[str, Any]:
        value = self.obj.get(key, {})
        if not isinstance(value, dict):
            self.bad(key, f"expected an object, got {_kind(value)}")
            return {}
        if limit is not None and len(value) > limit:
            self.bad(key, f"{len(value):,} entries is more than the {limit:,} Palabre accepts")
            return {}
        return value


_SURROGATE = re.compile("[\ud800-\udfff]")


def _short(key: object) -> str:
    """A key as shown in a message: a hostile file may use a ten-megabyte key."""
    text = str(key)
    return text if len(text) <= 60 else text[:57] + "..."


def _kind(value: Any) -> str:
    if value is None:
        return "nothing (null)"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return f"the number {value!r}"
    if isinstance(value, str):
        shown = value if len(value) <= 30 else value[:27] + "..."
        return f"the text {shown!r}"
    if isinstance(value, list):
        return "a list"
    return "an object"


def _build(make: Callable[[], Any], path: str, problems: list[str]) -> Any:
    """Construct a value object, turning its own validation error into a located problem.

    When reading the fields already found a problem (a wrong type, a missing value), the value
    object's own complaint about the placeholder it then received ("got None") is left out: it
    would only repeat, confusingly, what the field's message says.
    """
    known = len(problems)
    try:
        return make()
    except PalabreError as exc:
        message = exc.message
    except (TypeError, ValueError) as exc:
        message = str(exc)
    if len(problems) == known:
        problems.append(f"{path}: {message}")
    return None


def from_json_dict(data: Any, source: str = "the file") -> Dialogue:
    """Build a Dialogue from ``.palabre`` JSON data, validating every field.

    Raises
    ------
    FileFormatError
        Listing every problem found (``problems``), each naming its field.
    """
    if not isinstance(data, dict):
        raise FileFormatError(f"{source} is not a Palabre dialogue (expected a JSON object)")
    if data.get("format") != FORMAT_NAME:
        raise FileFormatError(f"{source} is not a Palabre dialogue (no \"format\": \"palabre\")")
    version = data.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise FileFormatError(f"{source}: format_version must be a whole number from 1")
    if version > FORMAT_VERSION:
        raise FileFormatError(
            f"{source} was written in format version {version} by a newer Palabre "
            f"(app {data.get('app_version', '?')}); this Palabre {__version__} reads versions "
            f"up to {FORMAT_VERSION}. Please update Palabre."
        )
    while version < FORMAT_VERSION:
        data = MIGRATIONS[version](data)
        version += 1
        data["format_version"] = version

    problems: list[str] = []
    top = _Fields(data, "file", problems)
    top.unknown(_TOP_KEYS)
    steps: list[Put] = []

    f = _Fields(top.mapping("info"), "info", problems)
    f.unknown({"title", "country", "topic", "date", "facilitator", "organisation", "language",
               "illustrative", "draft", "currency"})
    info = _build(lambda: DialogueInfo(
        title=f.text("title", max_len=limits.MAX_NAME_CHARS), country=f.text("country", ""),
        topic=f.text("topic", ""), date=f.text("date", ""), facilitator=f.text("facilitator", ""),
        organisation=f.text("organisation", ""), language=f.text("language", "en"),
        illustrative=f.flag("illustrative"), draft=f.flag("draft"), currency=f.text("currency", "US$"),
    ), "info", problems)
    if info is not None:
        steps.append(Put("info", "info", info))

    seen: dict[str, set[str]] = {}

    def unique(collection: str, ident: str, path: str) -> bool:
        ids = seen.setdefault(collection, set())
        if ident in ids:
            problems.append(f"{path}.id: {ident!r} is used twice")
            return False
        ids.add(ident)
        return True

    for i, raw in enumerate(top.items("options", limits.MAX_OPTIONS)):
        path = f"options[{i}]"
        f = _Fields(raw, path, problems)
        f.unknown({"id", "name", "family", "code", "description", "expected_cost", "notes", "bundle"})
        option = _build(lambda f=f: Option(
            id=f.text("id", max_len=_ID), name=f.text("name", max_len=limits.MAX_NAME_CHARS),
            family=f.text("family", "other"), code=f.text("code", "", max_len=_CODE),
            description=f.text("description", ""), expected_cost=f.text("expected_cost", ""),
            notes=f.text("notes", ""), bundle=f.text("bundle", "", max_len=limits.MAX_NAME_CHARS),
        ), path, problems)
        if option is not None and f.ok and unique("options", option.id, path):
            steps.append(Put("options", option.id, option))

    for i, raw in enumerate(top.items("criteria", limits.MAX_CRITERIA)):
        path = f"criteria[{i}]"
        f = _Fields(raw, path, problems)
        f.unknown({"id", "name", "group", "direction", "description", "scale"})
        sf = _Fields(f.mapping("scale"), f"{path}.scale", problems)
        sf.unknown({"kind", "low", "high", "unit", "anchors", "points"})
        anchors = sf.items("anchors", 5)
        if any(not isinstance(a, str) or len(a) > limits.MAX_TEXT_CHARS
               or _SURROGATE.search(a) for a in anchors):
            sf.bad("anchors", "expected a list of 5 texts")
        points = sf.items("points", limits.MAX_SCALE_POINTS)
        if any(not (isinstance(p, list) and len(p) == 2 and all(
                isinstance(v, (int, float)) and not isinstance(v, bool) for v in p)) for p in points):
            sf.bad("points", "expected a list of [score, value] pairs")
            points = []
        scale = _build(lambda sf=sf, anchors=anchors, points=points: Scale(
            kind=sf.text("kind", "anchored"), low=sf.number("low", 1.0), high=sf.number("high", 5.0),
            unit=sf.text("unit", "", max_len=_UNIT), anchors=tuple(anchors),
            points=tuple(tuple(p) for p in points),
        ), f"{path}.scale", problems)
        if scale is None:
            continue
        crit = _build(lambda f=f, scale=scale: Criterion(
            id=f.text("id", max_len=_ID), name=f.text("name", max_len=limits.MAX_NAME_CHARS),
            group=f.text("group", "impact"), direction=f.text("direction", "benefit"),
            scale=scale, description=f.text("description", ""),
        ), path, problems)
        if crit is not None and f.ok and sf.ok and unique("criteria", crit.id, path):
            steps.append(Put("criteria", crit.id, crit))

    for i, raw in enumerate(top.items("stakeholders", limits.MAX_STAKEHOLDERS)):
        path = f"stakeholders[{i}]"
        f = _Fields(raw, path, problems)
        f.unknown({"id", "name", "category", "level", "kind", "power", "interest", "resources",
                   "leadership", "knowledge", "legitimacy", "urgency", "notes", "x", "y", "positions"})
        positions = {}
        for oid, praw in f.mapping("positions", limits.MAX_OPTIONS).items():
            pf = _Fields(praw, f"{path}.positions.{_short(oid)}", problems)
            pf.unknown({"stance", "confidence"})
            pos = _build(lambda pf=pf: Position(
                stance=pf.integer("stance"), confidence=pf.number("confidence", optional=True)
            ), pf.path, problems)
            if pos is not None and pf.ok:
                positions[oid] = pos
        s = _build(lambda f=f, positions=positions: Stakeholder(
            id=f.text("id", max_len=_ID), name=f.text("name", max_len=limits.MAX_NAME_CHARS),
            category=f.text("category", "other_government"), level=f.text("level", "national"),
            kind=f.text("kind", "organisation"), power=f.integer("power"),
            interest=f.integer("interest"), resources=f.integer("resources", optional=True),
            leadership=f.integer("leadership", optional=True),
            knowledge=f.integer("knowledge", optional=True), legitimacy=f.flag("legitimacy"),
            urgency=f.flag("urgency"), notes=f.text("notes", ""),
            x=f.number("x", optional=True), y=f.number("y", optional=True), positions=positions,
        ), path, problems)
        if s is not None and f.ok and unique("stakeholders", s.id, path):
            steps.append(Put("stakeholders", s.id, s))

    for i, raw in enumerate(top.items("ties", limits.MAX_TIES)):
        path = f"ties[{i}]"
        f = _Fields(raw, path, problems)
        f.unknown({"id", "source", "target", "type", "strength", "directed", "notes"})
        t = _build(lambda f=f: Tie(
            id=f.text("id", max_len=_ID), source=f.text("source", max_len=_ID),
            target=f.text("target", max_len=_ID), type=f.text("type", "collaboration"),
            strength=f.integer("strength", 2), directed=f.flag("directed"), notes=f.text("notes", ""),
        ), path, problems)
        if t is not None and f.ok and unique("ties", t.id, path):
            steps.append(Put("ties", t.id, t))

    for i, raw in enumerate(top.items("scores", limits.MAX_OPTIONS * limits.MAX_CRITERIA)):
        path = f"scores[{i}]"
        f = _Fields(raw, path, problems)
        f.unknown({"option", "criterion", "value", "low", "high"})
        key = (f.text("option", max_len=_ID), f.text("criterion", max_len=_ID))
        sc = _build(lambda f=f: Score(
            value=f.number("value"), low=f.number("low", optional=True),
            high=f.number("high", optional=True),
        ), path, problems)
        if sc is not None and f.ok:
            if key in seen.setdefault("scores", set()):  # type: ignore[operator]
                problems.append(f"{path}: a second score for {key[0]!r} on {key[1]!r}")
                continue
            seen["scores"].add(key)  # type: ignore[arg-type]
            steps.append(Put("scores", key, sc))

    for i, raw in enumerate(top.items("weight_sets", limits.MAX_WEIGHT_SETS)):
        path = f"weight_sets[{i}]"
        f = _Fields(raw, path, problems)
        f.unknown({"id", "name", "description", "group_weights", "weights"})
        ws = _build(lambda f=f: WeightSet(
            id=f.text("id", max_len=_ID), name=f.text("name", max_len=limits.MAX_NAME_CHARS),
            description=f.text("description", ""), group_weights=f.mapping("group_weights"),
            weights=f.mapping("weights", limits.MAX_CRITERIA),
        ), path, problems)
        if ws is not None and f.ok and unique("weight_sets", ws.id, path):
            steps.append(Put("weight_sets", ws.id, ws))

    active = data.get("active_weight_set")
    if active is not None:
        if isinstance(active, str):
            steps.append(Put("settings", "active_weight_set", active))
        else:
            problems.append(f"active_weight_set: expected an id, got {_kind(active)}")

    steps += _participants_in(top, problems, unique)

    baseline, link = workforce_file.workforce_in(data.get("workforce"), "workforce", problems)
    if baseline is not None:
        steps.append(Put("workforce", BASELINE_KEY, baseline))
    if link is not None:
        steps.append(Put("workforce", LINK_KEY, link))
    for i, effects in enumerate(workforce_file.effects_in(data.get("effects"), "effects", problems)):
        if unique("effects", effects.option, f"effects[{i}]"):
            steps.append(Put("effects", effects.option, effects))

    for section, text in top.mapping("brief", 10 * len(BRIEF_SECTIONS)).items():
        if section not in BRIEF_SECTIONS:
            problems.append(f"brief.{_short(section)}: unknown section")
        elif not isinstance(text, str):
            problems.append(f"brief.{section}: expected text, got {_kind(text)}")
        elif len(text) > limits.MAX_TEXT_CHARS:
            problems.append(f"brief.{section}: text longer than {limits.MAX_TEXT_CHARS:,} characters")
        elif _SURROGATE.search(text):
            problems.append(f"brief.{section}: holds an invalid character (a lone surrogate)")
        else:
            steps.append(Put("brief", section, text))

    if problems:
        raise FileFormatError(_summary(source, problems), problems)
    dialogue = Dialogue()
    try:
        dialogue.apply(Edit("Load", tuple(steps)))
    except PalabreError as exc:
        raise FileFormatError(_summary(source, exc.problems), exc.problems) from None
    dialogue.revision = 0
    return dialogue


def _participants_in(top: _Fields, problems: list[str], unique: Callable[[str, str, str], bool]) -> list[Put]:
    """The participants and their answers (format version 2), each field checked."""
    steps: list[Put] = []
    for i, raw in enumerate(top.items("participants", limits.MAX_PARTICIPANTS)):
        path = f"participants[{i}]"
        f = _Fields(raw, path, problems)
        f.unknown({"id", "name", "anonymous", "stakeholder", "category", "role", "parts",
                   "weighting", "key"})
        person = _build(lambda f=f: Participant(
            id=f.text("id", max_len=_ID), name=f.text("name", max_len=limits.MAX_NAME_CHARS),
            anonymous=f.flag("anonymous"), stakeholder=f.text("stakeholder", "", max_len=_ID),
            category=f.text("category", ""), role=f.text("role", "", max_len=limits.MAX_NAME_CHARS),
            parts=f.text("parts", "both"), weighting=f.text("weighting", "points"),
            key=f.text("key", max_len=_ID),
        ), path, problems)
        if person is not None and f.ok and unique("participants", person.id, path):
            steps.append(Put("participants", person.id, person))

    cells = limits.MAX_OPTIONS * limits.MAX_CRITERIA
    for i, raw in enumerate(top.items("answers", limits.MAX_PARTICIPANTS)):
        path = f"answers[{i}]"
        f = _Fields(raw, path, problems)
        f.unknown({"participant", "source", "fingerprint", "scores", "points", "group_points",
                   "judgements", "group_judgement"})
        scores = _pairs_in(f, "scores", ("option", "criterion"), cells, problems)
        judgements = _pairs_in(f, "judgements", ("row", "column"),
                               limits.MAX_CRITERIA * limits.MAX_CRITERIA, problems)
        answers = _build(lambda f=f, scores=scores, judgements=judgements: Answers(
            participant=f.text("participant", max_len=_ID), scores=scores,
            points=f.mapping("points", limits.MAX_CRITERIA), group_points=f.mapping("group_points", 2),
            judgements=judgements, group_judgement=f.number("group_judgement", optional=True),
            source=f.text("source", "", max_len=limits.MAX_NAME_CHARS),
            fingerprint=f.text("fingerprint", "", max_len=_ID),
        ), path, problems)
        if answers is not None and f.ok and unique("answers", answers.participant, path):
            steps.append(Put("answers", answers.participant, answers))
    return steps


def _pairs_in(f: _Fields, key: str, names: tuple[str, str], limit: int,
              problems: list[str]) -> dict[tuple[str, str], Any]:
    """A list of ``{names[0]: id, names[1]: id, "value": number}`` as a mapping by pair."""
    out: dict[tuple[str, str], Any] = {}
    for j, raw in enumerate(f.items(key, limit)):
        path = f"{f.path}.{key}[{j}]"
        g = _Fields(raw, path, problems)
        g.unknown({*names, "value"})
        pair = (g.text(names[0], max_len=_ID), g.text(names[1], max_len=_ID))
        value = g.number("value")
        if not g.ok:
            f.ok = False
            continue
        if pair in out:
            problems.append(f"{path}: a second value for {pair[0]!r} and {pair[1]!r}")
            f.ok = False
            continue
        out[pair] = value
    return out


def _summary(source: str, problems: list[str]) -> str:
    more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
    return f"{source}: {problems[0]}{more}"


def loads_dialogue(text: str, source: str = "the file") -> Dialogue:
    """Parse ``.palabre`` text into a Dialogue (strict JSON, then full validation)."""
    return from_json_dict(loads(text, source), source)


def load(path: str | os.PathLike[str]) -> Dialogue:
    """Load a ``.palabre`` file.

    Raises
    ------
    FileFormatError
        If the file is missing, unreadable, too large, not UTF-8, not JSON, of a newer version,
        or breaks any rule; the message names the file and the field.
    """
    p = Path(path)
    name = p.name
    def too_big(size: int) -> FileFormatError:
        return FileFormatError(
            f"{name} is {size / 1e6:.0f} MB; Palabre opens dialogues up to "
            f"{limits.MAX_FILE_BYTES / 1e6:.0f} MB"
        )

    try:
        info = p.stat()
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(name)
        if not stat.S_ISREG(info.st_mode):
            # A pipe or a device would block the reader or never end.
            raise FileFormatError(f"{name} is not a regular file")
        if info.st_size > limits.MAX_FILE_BYTES:
            raise too_big(info.st_size)
        with open(p, "rb") as handle:
            # Read at most one byte past the limit, in case the file grew since stat().
            raw = handle.read(limits.MAX_FILE_BYTES + 1)
        if len(raw) > limits.MAX_FILE_BYTES:
            raise too_big(len(raw))
    except FileNotFoundError:
        raise FileFormatError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise FileFormatError(f"{name} is a folder, not a dialogue file") from None
    except OSError as exc:
        raise FileFormatError(f"{name} cannot be read: {exc.strerror or exc}") from None
    if not raw.strip():
        raise FileFormatError(f"{name} is empty")
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff") or _looks_utf16(raw):
        raise FileFormatError(f"{name} is UTF-16 text; Palabre files are UTF-8")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FileFormatError(f"{name} is not UTF-8 text (byte {exc.start})") from None
    return loads_dialogue(text, name)


def _looks_utf16(raw: bytes) -> bool:
    """True when every other byte of the start is zero: UTF-16 text of mostly Latin letters."""
    head = raw[:200]
    half = len(head) // 2
    return half >= 4 and max(head[0::2].count(0), head[1::2].count(0)) >= 0.9 * half
