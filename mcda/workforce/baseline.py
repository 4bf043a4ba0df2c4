"""The workforce baseline: each cadre's stock and flows, the population, and the need.

A :class:`WorkforceBaseline` is what a ministry's projection spreadsheet holds in its first
year: for each cadre (doctors, nurses, midwives, community health workers, ...), optionally
split by area (rural, urban), the number of workers in post (the *stock*), how many join each
year (graduates taking up posts, immigrants) and which share leaves each year (attrition,
retirement, emigration, transfers to another area); the population and its growth; and the
need, as a density per 1,000 population or as a number of posts.

Conventions (all checked when a value is built, with an :class:`~mcda.errors.MCDAError` naming
the cadre, area and field):

- **stocks and numbers** (``stock``, ``graduates``, ``immigration``, ``need_number``) are head
  counts (or full-time equivalents), 0 or more; ``graduates`` and ``immigration`` are *numbers per
  year*, not rates, because how many foreign-trained workers arrive does not scale with the
  domestic stock;
- **rates** (``attrition``, ``retirement``, ``emigration``, ``transfer``) are shares of the stock
  at the start of the year, between 0 and 1 (5% is 0.05), and together at most 1. ``attrition``
  is every exit *other than* retirement, emigration and transfer (resignation, death, dismissal,
  leaving for another sector), so that the four rates never count the same worker twice;
- **areas**: ``""`` is the whole country. A cadre is either national (one row, area ``""``) or
  split (one row per area, no national row); the population is either national only or given
  per area (the national figure is then their sum);
- **need**: per row, a density per 1,000 population of the row's area, *or* a number of posts
  (constant over the horizon: a staffing norm or a WISN result), or none. A density need across
  several cadres, such as WHO's SDG threshold of 4.45 doctors, nurses and midwives per 1,000
  (:func:`sdg_threshold`), is a :class:`CombinedNeed`: it is compared with the *sum* of those
  cadres' stocks and is **not apportioned** across them, because any split (by current shares,
  by a skill-mix norm) would be a policy choice hidden in the arithmetic. Per-cadre needs may be
  given as well; the projection reports both.

References
----------
WHO (2016). Global Strategy on Human Resources for Health: Workforce 2030. Geneva: World Health
Organization (the SDG index threshold of 4.45 doctors, nurses and midwives per 1,000 population).
"""

from __future__ import annotations

import difflib
import itertools
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType

from mcda.errors import MCDAError

SDG_DENSITY = 4.45
"""Doctors, nurses and midwives per 1,000 population: the SDG index threshold (WHO 2016, Global
Strategy on Human Resources for Health: Workforce 2030)."""
SDG_CADRES = ("doctors", "nurses", "midwives")
"""The cadres the SDG threshold counts, as cadre ids of a baseline."""

MAX_CADRE_ROWS = 1_000
MAX_HORIZON_YEARS = 100
MAX_COUNT = 1e9
MIN_YEAR, MAX_YEAR = 1900, 2200
MAX_GROWTH = 0.5
RESERVED_IDS = ("all", "total")
RATE_FLOWS = ("attrition", "retirement", "emigration", "transfer")
"""The rate fields of a cadre row, in the order the projection applies them (order does not
change the result: all are shares of the same start-of-year stock)."""
COUNT_FLOWS = ("graduates", "immigration")
"""The flows given as numbers per year."""


def _label(cadre: str, area: str) -> str:
    return f"{cadre} ({area})" if area else cadre


def _finite(where: str, name: str, value: object, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise MCDAError(f"{where}: {name} must be a number, got {value!r}")
    x = float(value)
    if not math.isfinite(x):
        raise MCDAError(f"{where}: {name} must be a finite number, got {x}")
    if not low <= x <= high:
        raise MCDAError(f"{where}: {name} must be from {low:g} to {high:g}, got {x:g}")
    return x


def _rate(where: str, name: str, value: object) -> float:
    x = _finite(where, name, value, -math.inf, math.inf)
    if not 0.0 <= x <= 1.0:
        hint = f" (for {x:g}% write {x / 100:g})" if 1 < x <= 100 else ""
        raise MCDAError(
            f"{where}: {name} must be a share per year between 0 and 1, got {x:g}{hint}"
        )
    return x


def _count(where: str, name: str, value: object) -> float:
    x = _finite(where, name, value, -math.inf, math.inf)
    if x < 0:
        raise MCDAError(f"{where}: {name} must not be negative, got {x:g}")
    if x > MAX_COUNT:
        raise MCDAError(f"{where}: {name} must be at most {MAX_COUNT:,.0f}, got {x:g}")
    return x


def _year(where: str, name: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        else:
            raise MCDAError(f"{where}: {name} must be a whole year, got {value!r}")
    if not MIN_YEAR <= value <= MAX_YEAR:
        raise MCDAError(f"{where}: {name} must be a year from {MIN_YEAR} to {MAX_YEAR}, got {value}")
    return value


def _ident(where: str, name: str, value: object, *, empty_ok: bool = False) -> str:
    if not isinstance(value, str):
        raise MCDAError(f"{where}: {name} must be text, got {value!r}")
    text = value.strip()
    if text != value:
        raise MCDAError(f"{where}: {name} {value!r} has spaces at its start or end")
    if not text and not empty_ok:
        raise MCDAError(f"{where}: {name} is empty")
    if len(text) > 100:
        raise MCDAError(f"{where}: {name} is longer than 100 characters")
    if text.lower() in RESERVED_IDS:
        raise MCDAError(f"{where}: {name} {text!r} is reserved for totals; choose another")
    return text


def suggest(word: str, known: Iterable[str]) -> str:
    """`` (did you mean 'x'?)`` for the closest known word, or ``""``."""
    close = difflib.get_close_matches(word, [k for k in known if k], n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


@dataclass(frozen=True)
class CadreBaseline:
    """One cadre in one area (or nationally) in the start year.

    Parameters
    ----------
    cadre:
        Stable id of the cadre (``"nurses"``); rows of the same cadre in other areas share it.
    name:
        Display name (``"Nurses"``); the id when blank. Every row of a cadre has the same name.
    area:
        ``""`` for the whole country, or an area name (``"rural"``).
    stock:
        Workers in post at the start of the start year.
    graduates:
        Newly trained workers taking up posts in this area, per year.
    attrition, retirement, emigration:
        Shares of the start-of-year stock leaving each year for these reasons (0 to 1).
    immigration:
        Workers trained abroad taking up posts, per year (a number, not a rate).
    transfer, transfer_to:
        Share of the stock moving each year to posts of the same cadre in area ``transfer_to``
        (for example rural to urban); they stay in the national workforce.
    need_density:
        Workers needed per 1,000 population of the area, or None.
    need_number:
        Workers needed (posts), constant over the horizon, or None. At most one of the two.
    """

    cadre: str
    stock: float
    graduates: float = 0.0
    attrition: float = 0.0
    retirement: float = 0.0
    emigration: float = 0.0
    immigration: float = 0.0
    area: str = ""
    name: str = ""
    transfer: float = 0.0
    transfer_to: str = ""
    need_density: float | None = None
    need_number: float | None = None

    def __post_init__(self) -> None:
        cadre = _ident("a cadre", "the cadre id", self.cadre)
        where = f"cadre {_label(cadre, self.area if isinstance(self.area, str) else '')}"
        area = _ident(where, "area", self.area, empty_ok=True)
        name = self.name if isinstance(self.name, str) else None
        if name is None:
            raise MCDAError(f"{where}: name must be text, got {self.name!r}")
        object.__setattr__(self, "name", name.strip() or cadre)
        object.__setattr__(self, "stock", _count(where, "stock", self.stock))
        for f in COUNT_FLOWS:
            object.__setattr__(self, f, _count(where, f, getattr(self, f)))
        for f in RATE_FLOWS:
            object.__setattr__(self, f, _rate(where, f, getattr(self, f)))
        total = sum(getattr(self, f) for f in RATE_FLOWS)
        if total > 1.0 + 1e-12:
            parts = " + ".join(f"{f} {getattr(self, f):g}" for f in RATE_FLOWS if getattr(self, f))
            raise MCDAError(
                f"{where}: the exit rates add up to more than 1 ({parts} = {total:g}); "
                "no more than the whole stock can leave in a year"
            )
        to = _ident(where, "transfer_to", self.transfer_to, empty_ok=True)
        if self.transfer > 0 and not to:
            raise MCDAError(f"{where}: a transfer rate needs transfer_to (the area they move to)")
        if to and not area:
            raise MCDAError(f"{where}: a national row cannot transfer to an area")
        if to and to == area:
            raise MCDAError(f"{where}: transfer_to must be another area than {area!r}")
        if self.need_density is not None:
            object.__setattr__(self, "need_density",
                               _finite(where, "need_density", self.need_density, 0.0, 1000.0))
        if self.need_number is not None:
            object.__setattr__(self, "need_number", _count(where, "need_number", self.need_number))
        if self.need_density is not None and self.need_number is not None:
            raise MCDAError(
                f"{where}: give the need either as need_density (per 1,000 population) or as "
                "need_number (posts), not both"
            )

    @property
    def key(self) -> tuple[str, str]:
        """``(cadre, area)``: unique within a baseline."""
        return (self.cadre, self.area)

    @property
    def label(self) -> str:
        """``"nurses (rural)"`` or ``"nurses"``, as messages name the row."""
        return _label(self.cadre, self.area)

    @property
    def has_need(self) -> bool:
        """Whether this row sets its own need."""
        return self.need_density is not None or self.need_number is not None

    def replace(self, **changes: object) -> CadreBaseline:
        """A copy with some fields changed (validated again)."""
        return replace(self, **changes)


@dataclass(frozen=True)
class Population:
    """The population of the country or of one area, and how it grows.

    Parameters
    ----------
    size:
        Population in the start year.
    growth:
        Annual growth rate (0.026 for 2.6% a year; -0.5 to 0.5), used for every year after the
        start year that ``figures`` does not give, compounding from the last known figure.
    area:
        ``""`` for the whole country, or an area name.
    figures:
        Optional population figures for years after the start year (from the national
        statistics office's projections), ``{year: population}``, for consecutive years from
        the start year + 1. The start year is checked by :class:`WorkforceBaseline`.
    """

    size: float
    growth: float = 0.0
    area: str = ""
    figures: Mapping[int, float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        area = self.area if isinstance(self.area, str) else ""
        where = f"population of {area!r}" if area else "population"
        object.__setattr__(self, "area", _ident(where, "area", self.area, empty_ok=True))
        object.__setattr__(self, "size", _count(where, "size", self.size))
        if self.size <= 0:
            raise MCDAError(f"{where}: size must be above 0, got {self.size:g}")
        object.__setattr__(self, "growth",
                           _finite(where, "growth", self.growth, -MAX_GROWTH, MAX_GROWTH))
        figures: dict[int, float] = {}
        for year in sorted(dict(self.figures), key=lambda y: (not isinstance(y, int), y)):
            y = _year(where, "a figure's year", year)
            x = _count(where, f"the figure for {y}", self.figures[year])
            if x <= 0:
                raise MCDAError(f"{where}: the figure for {y} must be above 0, got {x:g}")
            figures[y] = x
        years = sorted(figures)
        for a, b in itertools.pairwise(years):
            if b != a + 1:
                missing = ", ".join(str(y) for y in range(a + 1, b))
                raise MCDAError(f"{where}: figures jump from {a} to {b}; missing {missing}")
        object.__setattr__(self, "figures", MappingProxyType(figures))

    def at(self, start_year: int, year: int) -> float:
        """Population in ``year``: a given figure, else growth from the last known one.

        Examples
        --------
        >>> round(Population(1000, 0.1).at(2026, 2028), 6)
        1210.0
        """
        if year in self.figures:
            return self.figures[year]
        if year <= start_year:
            return self.size
        known = [y for y in self.figures if y < year]
        base_year = max(known) if known else start_year
        base = self.figures[base_year] if known else self.size
        return base * (1.0 + self.growth) ** (year - base_year)

    def replace(self, **changes: object) -> Population:
        """A copy with some fields changed (validated again)."""
        return replace(self, **changes)


@dataclass(frozen=True)
class CombinedNeed:
    """A density need for the sum of several cadres, not apportioned across them.

    Parameters
    ----------
    id:
        Stable id; must not be a cadre id (the projection reports it like a cadre).
    density:
        Workers of the listed cadres together, per 1,000 population.
    cadres:
        The cadre ids counted.
    name:
        Display name (the id when blank).
    source:
        Where the figure comes from, for the brief.
    """

    id: str
    density: float
    cadres: tuple[str, ...]
    name: str = ""
    source: str = ""

    def __post_init__(self) -> None:
        ident = _ident("a combined need", "its id", self.id)
        where = f"combined need {ident!r}"
        object.__setattr__(self, "density", _finite(where, "density", self.density, 0.0, 1000.0))
        cadres = tuple(self.cadres) if not isinstance(self.cadres, str) else (self.cadres,)
        if not cadres:
            raise MCDAError(f"{where}: list the cadres it counts")
        for c in cadres:
            _ident(where, "a cadre id", c)
        if len(set(cadres)) != len(cadres):
            raise MCDAError(f"{where}: a cadre is listed twice")
        object.__setattr__(self, "cadres", cadres)
        object.__setattr__(self, "name", (self.name or "").strip() or ident)

    def replace(self, **changes: object) -> CombinedNeed:
        """A copy with some fields changed (validated again)."""
        return replace(self, **changes)


def sdg_threshold(cadres: tuple[str, ...] = SDG_CADRES, id: str = "sdg") -> CombinedNeed:
    """WHO's SDG index threshold: 4.45 doctors, nurses and midwives per 1,000 population.

    Parameters
    ----------
    cadres:
        The ids of the doctor, nurse and midwife cadres in the baseline (nurses and midwives
        may be one cadre: pass the ids you have).
    id:
        The combined need's id.

    References
    ----------
    WHO (2016). Global Strategy on Human Resources for Health: Workforce 2030.
    """
    return CombinedNeed(id, SDG_DENSITY, tuple(cadres), "Doctors, nurses and midwives (SDG threshold)",
                        "WHO 2016, Global Strategy on Human Resources for Health: Workforce 2030")


@dataclass(frozen=True)
class WorkforceBaseline:
    """The whole baseline: cadre rows, population, combined needs, start year and horizon.

    Parameters
    ----------
    start_year:
        The year of the stock counts; stocks are at its start.
    cadres:
        One :class:`CadreBaseline` per cadre and area.
    population:
        One national :class:`Population`, or one per area.
    combined:
        Density needs across several cadres (:func:`sdg_threshold`).
    horizon:
        The last year projected by default (``start_year + 10`` when None).

    Raises
    ------
    MCDAError
        On a duplicate row, a cadre both national and split, areas of one cadre's transfer that
        do not exist, a density need in an area without a population, a combined need naming an
        unknown cadre, or a horizon before the start year.
    """

    start_year: int
    cadres: tuple[CadreBaseline, ...]
    population: tuple[Population, ...]
    combined: tuple[CombinedNeed, ...] = ()
    horizon: int | None = None

    def __post_init__(self) -> None:
        start = _year("the baseline", "start_year", self.start_year)
        object.__setattr__(self, "start_year", start)
        cadres = tuple(self.cadres)
        population = tuple(self.population)
        combined = tuple(self.combined)
        for kind, items, cls in (("cadres", cadres, CadreBaseline),
                                 ("population", population, Population),
                                 ("combined", combined, CombinedNeed)):
            for item in items:
                if not isinstance(item, cls):
                    raise MCDAError(f"the baseline's {kind} must be {cls.__name__} values, "
                                    f"got {type(item).__name__}")
        object.__setattr__(self, "cadres", cadres)
        object.__setattr__(self, "population", population)
        object.__setattr__(self, "combined", combined)
        if not cadres:
            raise MCDAError("the baseline has no cadre")
        if len(cadres) > MAX_CADRE_ROWS:
            raise MCDAError(f"the baseline has {len(cadres):,} cadre rows (at most {MAX_CADRE_ROWS:,})")
        self._check_population(start)
        self._check_cadres()
        self._check_combined()
        horizon = start + 10 if self.horizon is None else _year("the baseline", "horizon", self.horizon)
        check_horizon(start, horizon)
        object.__setattr__(self, "horizon", horizon)

    def _check_population(self, start: int) -> None:
        if not self.population:
            raise MCDAError("the baseline has no population")
        areas = [p.area for p in self.population]
        if len(set(areas)) != len(areas):
            dup = next(a for a in areas if areas.count(a) > 1)
            raise MCDAError(f"the population of {dup or 'the country'!r} is given twice")
        if "" in areas and len(areas) > 1:
            raise MCDAError("give the population either for the whole country or per area, not both")
        for p in self.population:
            early = [y for y in p.figures if y <= start]
            if early:
                where = f"population of {p.area!r}" if p.area else "population"
                raise MCDAError(f"{where}: figures must be for years after the start year "
                                f"{start} (the start year's is the size), got {early[0]}")
            if p.figures and min(p.figures) != start + 1:
                where = f"population of {p.area!r}" if p.area else "population"
                missing = ", ".join(str(y) for y in range(start + 1, min(p.figures)))
                raise MCDAError(f"{where}: figures start in {min(p.figures)}; missing {missing}")

    def _check_cadres(self) -> None:
        seen: set[tuple[str, str]] = set()
        names: dict[str, str] = {}
        split: dict[str, set[str]] = {}
        for c in self.cadres:
            if c.key in seen:
                raise MCDAError(f"cadre {c.label}: given twice")
            seen.add(c.key)
            if names.setdefault(c.cadre, c.name) != c.name:
                raise MCDAError(f"cadre {c.label}: named {c.name!r} here but "
                                f"{names[c.cadre]!r} in another area")
            split.setdefault(c.cadre, set()).add(c.area)
        for cadre, areas in split.items():
            if "" in areas and len(areas) > 1:
                raise MCDAError(f"cadre {cadre}: give either one national row (no area) or one row "
                                "per area, not both")
        pop_areas = self.areas
        national_pop = pop_areas == ("",)
        for c in self.cadres:
            if c.transfer_to and c.transfer_to not in split[c.cadre]:
                raise MCDAError(f"cadre {c.label}: transfer_to {c.transfer_to!r} is not an area of "
                                f"{c.cadre}{suggest(c.transfer_to, split[c.cadre])}")
            if c.need_density is not None and c.area and national_pop:
                raise MCDAError(f"cadre {c.label}: a density need in area {c.area!r} needs that "
                                "area's population (the population is national only)")
            if c.area and not national_pop and c.area not in pop_areas:
                raise MCDAError(f"cadre {c.label}: no population for area {c.area!r}"
                                f"{suggest(c.area, pop_areas)}")

    def _check_combined(self) -> None:
        cadre_ids = set(self.cadre_ids)
        seen: set[str] = set()
        for need in self.combined:
            if need.id in cadre_ids:
                raise MCDAError(f"combined need {need.id!r}: the id is already a cadre's")
            if need.id in seen:
                raise MCDAError(f"combined need {need.id!r}: given twice")
            seen.add(need.id)
            for cadre in need.cadres:
                if cadre not in cadre_ids:
                    raise MCDAError(f"combined need {need.id!r}: unknown cadre {cadre!r}"
                                    f"{suggest(cadre, cadre_ids)}")

    @property
    def cadre_ids(self) -> tuple[str, ...]:
        """Cadre ids in the order first met."""
        return tuple(dict.fromkeys(c.cadre for c in self.cadres))

    @property
    def areas(self) -> tuple[str, ...]:
        """Population areas (``("",)`` when the population is national only)."""
        return tuple(p.area for p in self.population)

    def cadre_name(self, cadre: str) -> str:
        """The display name of a cadre or combined need."""
        for c in self.cadres:
            if c.cadre == cadre:
                return c.name
        for need in self.combined:
            if need.id == cadre:
                return need.name
        raise MCDAError(f"the baseline has no cadre {cadre!r}{suggest(cadre, self.cadre_ids)}")

    def rows_of(self, cadre: str) -> tuple[CadreBaseline, ...]:
        """The rows of one cadre (one national row, or one per area)."""
        return tuple(c for c in self.cadres if c.cadre == cadre)

    def population_at(self, area: str, year: int) -> float | None:
        """Population of an area (``""``: the country) in a year; None when not known."""
        if area == "":
            return sum(p.at(self.start_year, year) for p in self.population)
        for p in self.population:
            if p.area == area:
                return p.at(self.start_year, year)
        return None

    def replace(self, **changes: object) -> WorkforceBaseline:
        """A copy with some fields changed (validated again)."""
        return replace(self, **changes)


def check_horizon(start_year: int, horizon: int) -> int:
    """The horizon, checked: after the start year and at most :data:`MAX_HORIZON_YEARS` later."""
    if isinstance(horizon, bool) or not isinstance(horizon, int):
        raise MCDAError(f"the horizon must be a year, got {horizon!r}")
    if horizon <= start_year:
        raise MCDAError(f"the horizon ({horizon}) must be after the start year ({start_year})")
    if horizon - start_year > MAX_HORIZON_YEARS:
        raise MCDAError(f"the horizon ({horizon}) is more than {MAX_HORIZON_YEARS} years after the "
                        f"start year ({start_year})")
    return horizon
