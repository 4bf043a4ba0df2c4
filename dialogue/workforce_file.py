"""The workforce part of a ``.palabre`` file (format version 3): baseline, effects and link.

Written as plain JSON next to the rest of the dialogue; read back field by field, every problem
named by its path in the file (``workforce.baseline.cadres[2]: ...``) so that a damaged file
says where it is damaged. The values validate themselves (:mod:`mcda.workforce`); this module
only checks shapes and names the place.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from dialogue.workforce import BASELINE_KEY, LINK_KEY, MAX_EFFECTS_PER_OPTION, OptionEffects, WorkforceLink
from mcda.workforce import CadreBaseline, CombinedNeed, Effect, Population, WorkforceBaseline
from mcda.workforce.baseline import MAX_CADRE_ROWS, MAX_HORIZON_YEARS
from palabre.errors import PalabreError

_CADRE_FIELDS = ("cadre", "name", "area", "stock", "graduates", "attrition", "retirement", "emigration",
                 "immigration", "transfer", "transfer_to", "need_density", "need_number")
_POPULATION_FIELDS = ("area", "size", "growth", "figures")
_COMBINED_FIELDS = ("id", "name", "density", "cadres", "source")
_EFFECT_FIELDS = ("cadre", "area", "flow", "change", "central", "low", "high", "start", "end", "note")
_LINK_FIELDS = ("criterion", "target", "area", "measure")
MAX_POPULATION_ROWS = 1_000


# ---------------------------------------------------------------- writing
def baseline_out(b: WorkforceBaseline) -> dict[str, Any]:
    """A baseline as JSON data."""
    return {
        "start_year": b.start_year,
        "horizon": b.horizon,
        "cadres": [{name: getattr(c, name) for name in _CADRE_FIELDS} for c in b.cadres],
        "population": [
            {"area": p.area, "size": p.size, "growth": p.growth,
             "figures": {str(year): value for year, value in sorted(p.figures.items())}}
            for p in b.population
        ],
        "combined": [{"id": n.id, "name": n.name, "density": n.density, "cadres": list(n.cadres),
                      "source": n.source} for n in b.combined],
    }


def effect_out(e: Effect) -> dict[str, Any]:
    """One effect as JSON data."""
    return {"cadre": e.cadre, "area": e.area, "flow": e.flow.value, "change": e.change.value,
            "central": e.central, "low": e.low, "high": e.high, "start": e.start, "end": e.end,
            "note": e.note}


def workforce_out(baseline: WorkforceBaseline | None, link: WorkforceLink | None) -> dict[str, Any] | None:
    """The ``"workforce"`` entry of a file (None when the dialogue has no baseline nor link)."""
    if baseline is None and link is None:
        return None
    return {
        BASELINE_KEY: None if baseline is None else baseline_out(baseline),
        LINK_KEY: None if link is None else {
            "criterion": link.criterion, "target": list(link.target), "area": link.area,
            "measure": link.measure},
    }


def effects_out(effects: list[OptionEffects]) -> list[dict[str, Any]]:
    """The ``"effects"`` entry of a file: per option, its effects."""
    return [{"option": oe.option, "effects": [effect_out(e) for e in oe.effects]}
            for oe in effects if oe.effects]


# ---------------------------------------------------------------- reading
def _kind(value: Any) -> str:
    return {dict: "an object", list: "a list", str: "text", bool: "true/false",
            type(None): "null"}.get(type(value), "a number")


class _Reader:
    """Collects problems, each with its path; builds values or returns None."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems

    def obj(self, raw: Any, path: str, allowed: tuple[str, ...],
            required: tuple[str, ...] = ()) -> dict[str, Any] | None:
        if not isinstance(raw, dict):
            self.problems.append(f"{path}: expected an object, got {_kind(raw)}")
            return None
        unknown = [k for k in raw if k not in allowed]
        if unknown:
            self.problems.append(f"{path}.{str(unknown[0])[:40]}: unknown field")
            return None
        missing = [k for k in required if raw.get(k) is None]
        if missing:
            self.problems.append(f"{path}.{missing[0]}: missing")
            return None
        return raw

    def items(self, raw: Any, path: str, limit: int) -> list[Any]:
        if raw is None:
            return []
        if not isinstance(raw, list):
            self.problems.append(f"{path}: expected a list, got {_kind(raw)}")
            return []
        if len(raw) > limit:
            self.problems.append(f"{path}: {len(raw):,} entries; at most {limit:,} are allowed")
            return []
        return raw

    def build(self, make: Callable[[], Any], path: str) -> Any:
        try:
            return make()
        except PalabreError as exc:
            self.problems.append(f"{path}: {exc.message}")
        except (TypeError, ValueError) as exc:
            self.problems.append(f"{path}: {exc}")
        return None


def _figures(r: _Reader, raw: Any, path: str) -> dict[int, Any]:
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        r.problems.append(f"{path}: expected an object of year: population, got {_kind(raw)}")
        return {}
    out: dict[int, Any] = {}
    for key, value in raw.items():
        if not str(key).isdigit() or len(str(key)) != 4:
            r.problems.append(f"{path}.{str(key)[:20]}: expected a year")
            continue
        out[int(key)] = value
    return out


def baseline_in(raw: Any, path: str, problems: list[str]) -> WorkforceBaseline | None:
    """Read a baseline from JSON data; None (with problems) when it is not sound."""
    r = _Reader(problems)
    data = r.obj(raw, path, ("start_year", "horizon", "cadres", "population", "combined"),
                 ("start_year", "cadres", "population"))
    if data is None:
        return None
    before = len(problems)
    cadres = []
    for i, item in enumerate(r.items(data.get("cadres"), f"{path}.cadres", MAX_CADRE_ROWS)):
        p = f"{path}.cadres[{i}]"
        fields = r.obj(item, p, _CADRE_FIELDS, ("cadre", "stock"))
        if fields is not None:
            cadres.append(r.build(lambda f=fields: CadreBaseline(**f), p))
    population = []
    for i, item in enumerate(r.items(data.get("population"), f"{path}.population", MAX_POPULATION_ROWS)):
        p = f"{path}.population[{i}]"
        fields = r.obj(item, p, _POPULATION_FIELDS, ("size",))
        if fields is not None:
            figures = _figures(r, fields.get("figures"), f"{p}.figures")
            population.append(r.build(lambda f=fields, g=figures: Population(**{**f, "figures": g}), p))
    combined = []
    for i, item in enumerate(r.items(data.get("combined"), f"{path}.combined", MAX_CADRE_ROWS)):
        p = f"{path}.combined[{i}]"
        fields = r.obj(item, p, _COMBINED_FIELDS, ("id", "density", "cadres"))
        if fields is not None:
            cadres_of = fields.get("cadres")
            if not isinstance(cadres_of, list) or not all(isinstance(c, str) for c in cadres_of):
                problems.append(f"{p}.cadres: expected a list of cadre ids")
                continue
            combined.append(r.build(lambda f=fields, c=tuple(cadres_of): CombinedNeed(**{**f, "cadres": c}), p))
    if len(problems) > before:
        return None
    horizon = data.get("horizon")
    start = data.get("start_year")
    if isinstance(start, int) and isinstance(horizon, int) and horizon - start > MAX_HORIZON_YEARS:
        problems.append(f"{path}.horizon: at most {MAX_HORIZON_YEARS} years after the start year")
        return None
    return r.build(lambda: WorkforceBaseline(start, tuple(cadres), tuple(population), tuple(combined),
                                             horizon), path)


def effect_in(raw: Any, path: str, problems: list[str]) -> Effect | None:
    """Read one effect from JSON data."""
    r = _Reader(problems)
    fields = r.obj(raw, path, _EFFECT_FIELDS, ("cadre", "flow", "central"))
    if fields is None:
        return None
    return r.build(lambda: Effect(**fields), path)


def effects_in(raw: Any, path: str, problems: list[str]) -> list[OptionEffects]:
    """Read the ``"effects"`` entry: a list of ``{"option": id, "effects": [...]}``."""
    r = _Reader(problems)
    out: list[OptionEffects] = []
    for i, item in enumerate(r.items(raw, path, 10_000)):
        p = f"{path}[{i}]"
        fields = r.obj(item, p, ("option", "effects"))
        if fields is None:
            continue
        option = fields.get("option")
        if not isinstance(option, str) or not option:
            problems.append(f"{p}.option: expected an option id, got {_kind(option)}")
            continue
        effects = [effect_in(e, f"{p}.effects[{j}]", problems)
                   for j, e in enumerate(r.items(fields.get("effects"), f"{p}.effects", MAX_EFFECTS_PER_OPTION))]
        if all(e is not None for e in effects):
            built = r.build(lambda o=option, es=tuple(effects): OptionEffects(o, es), p)
            if built is not None:
                out.append(built)
    return out


def workforce_in(raw: Any, path: str, problems: list[str]) -> tuple[WorkforceBaseline | None, WorkforceLink | None]:
    """Read the ``"workforce"`` entry: its baseline and its link (each may be absent)."""
    if raw is None:
        return None, None
    r = _Reader(problems)
    data = r.obj(raw, path, (BASELINE_KEY, LINK_KEY))
    if data is None:
        return None, None
    baseline = None
    if data.get(BASELINE_KEY) is not None:
        baseline = baseline_in(data[BASELINE_KEY], f"{path}.{BASELINE_KEY}", problems)
    link = None
    if data.get(LINK_KEY) is not None:
        p = f"{path}.{LINK_KEY}"
        fields = r.obj(data[LINK_KEY], p, _LINK_FIELDS, ("criterion",))
        if fields is not None:
            target = fields.get("target", [])
            if not isinstance(target, list) or not all(isinstance(t, str) for t in target):
                problems.append(f"{p}.target: expected a list of cadre ids")
            else:
                link = r.build(lambda f=fields, t=tuple(target): WorkforceLink(**{**f, "target": t}), p)
    return baseline, link
