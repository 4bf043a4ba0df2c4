"""What an intervention is expected to change in the workforce flows: effects and their ranges.

An :class:`Effect` says, for example, "attrition of rural midwives -30% from 2028" or "+40 nurse
graduates a year from 2029": a target (cadre and area, ``""`` for all), a flow, a change (relative
or absolute) and when it applies, with a low, a central and a high value.

How values are read
-------------------
- **relative** changes are fractions of the flow: ``-0.3`` is 30% less, ``0.5`` is 50% more
  (from -1, the flow stops, to 10);
- **absolute** changes are workers per year, for every flow: ``+40`` graduates a year, ``-30``
  emigrants a year (for a rate flow the workers are added to or taken from ``rate * stock``);
- an effect whose target covers several rows (an area of ``""`` on a split cadre, or a cadre of
  ``""``) applies a relative change to each row, and **splits an absolute change** across the
  rows in proportion to the flow's baseline size in the start year (graduates and immigrants: the
  numbers; rates: ``rate * stock``), equally when all are zero, so that "+40 nurse graduates a
  year" adds 40 in total, not 40 per area;
- an effect applies to the flows of every year from ``start`` to ``end`` (inclusive; the flows
  of year *t* make the stock of *t* + 1), so "+40 graduates a year from 2029" first shows in the
  stock of 2030.

How effects combine (a bundle, or all options together)
-------------------------------------------------------
On the same row, flow and year, relative changes **multiply** ((1 - 0.3) x (1 - 0.2) = 0.56: two
measures that each cut attrition by 30% and 20% cut it by 44%, as if they acted on independent
causes), absolute changes **add**, and the relative product applies before the absolute sum. The
result is clipped so that no inflow is negative and no more than the stock leaves (see
:mod:`mcda.workforce.projection`). Synergies and overlaps between measures beyond this are not
modelled; when a dialogue expects them, enter the bundle's effect on one of its options.

Low, central and high
---------------------
``low <= central <= high`` as numbers. A projection's **low** run is the *pessimistic* end: each
effect at the value that leaves fewer workers (the low value for graduates and immigration, the
high value for attrition, retirement, emigration and transfers, counted as a loss for the area
they leave); the **high** run is the optimistic end. Every effect takes its extreme together, so
the range is the widest the user's values allow, not a probability interval.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from mcda.errors import MCDAError
from mcda.workforce.baseline import MAX_COUNT, MAX_YEAR, MIN_YEAR, WorkforceBaseline, suggest

MAX_RELATIVE = 10.0
"""The largest relative change (+1000%); -1 (the flow stops) is the smallest."""


class Flow(StrEnum):
    """The flows of the stock-and-flow model an effect can change."""

    GRADUATES = "graduates"
    IMMIGRATION = "immigration"
    ATTRITION = "attrition"
    RETIREMENT = "retirement"
    EMIGRATION = "emigration"
    TRANSFER = "transfer"

    @property
    def is_inflow(self) -> bool:
        """Graduates and immigration add workers; the rates take them away."""
        return self in (Flow.GRADUATES, Flow.IMMIGRATION)


class Change(StrEnum):
    """Relative (a fraction of the flow) or absolute (workers per year)."""

    RELATIVE = "relative"
    ABSOLUTE = "absolute"


class Variant(StrEnum):
    """Which value of each effect a projection runs: low (pessimistic), central, high."""

    LOW = "low"
    CENTRAL = "central"
    HIGH = "high"


def _enum(where: str, name: str, value: object, enum: type[StrEnum]) -> StrEnum:
    try:
        return enum(str(value).strip().lower())
    except ValueError:
        allowed = ", ".join(m.value for m in enum)
        raise MCDAError(f"{where}: unknown {name} {value!r}{suggest(str(value).lower(), [m.value for m in enum])}"
                        f" (expected one of {allowed})") from None


@dataclass(frozen=True)
class Effect:
    """An intervention's expected change to one flow of one cadre.

    Parameters
    ----------
    cadre:
        The cadre id, or ``""`` for every cadre.
    flow:
        Which flow changes (:class:`Flow` or its name).
    central:
        The expected change: a fraction for a relative change (``-0.3``), workers per year for
        an absolute one (``40``).
    change:
        :class:`Change` (relative by default).
    low, high:
        The plausible range, ``low <= central <= high``; the central value when None.
    area:
        The area, or ``""`` for every area of the cadre.
    start, end:
        First and last year whose flows change (inclusive); None: from the start year, to the
        horizon.
    note:
        Where the figures come from (a study, an expert's judgement).

    Examples
    --------
    >>> Effect("midwives", "attrition", -0.3, area="rural", start=2028, low=-0.4, high=-0.15)
    ... # doctest: +ELLIPSIS
    Effect(cadre='midwives', flow=<Flow.ATTRITION: 'attrition'>, central=-0.3, ...)
    """

    cadre: str
    flow: Flow
    central: float
    change: Change = Change.RELATIVE
    low: float | None = None
    high: float | None = None
    area: str = ""
    start: int | None = None
    end: int | None = None
    note: str = ""

    def __post_init__(self) -> None:
        for name in ("cadre", "area", "note"):
            if not isinstance(getattr(self, name), str):
                raise MCDAError(f"an effect: {name} must be text, got {getattr(self, name)!r}")
        where = f"effect on {self.target_label}"
        object.__setattr__(self, "flow", _enum(where, "flow", self.flow, Flow))
        object.__setattr__(self, "change", _enum(where, "change", self.change, Change))
        where = self.where
        values = {}
        for name in ("central", "low", "high"):
            v = getattr(self, name)
            if v is None:
                continue
            if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v):
                raise MCDAError(f"{where}: the {name} value must be a finite number, got {v!r}")
            v = float(v)
            if self.change is Change.RELATIVE and not -1.0 <= v <= MAX_RELATIVE:
                hint = f" (for {v:g}% write {v / 100:g})" if -100 <= v <= 1000 and abs(v) > 1 else ""
                raise MCDAError(f"{where}: a relative {name} value is a fraction from -1 (the flow "
                                f"stops) to {MAX_RELATIVE:g}, got {v:g}{hint}")
            if self.change is Change.ABSOLUTE and abs(v) > MAX_COUNT:
                raise MCDAError(f"{where}: the {name} value must be at most {MAX_COUNT:,.0f} workers "
                                f"a year, got {v:g}")
            values[name] = v
        central = values["central"]
        low = values.get("low", central)
        high = values.get("high", central)
        if not low <= central <= high:
            raise MCDAError(f"{where}: the values must be low <= central <= high, got "
                            f"{low:g}, {central:g}, {high:g}")
        object.__setattr__(self, "central", central)
        object.__setattr__(self, "low", low)
        object.__setattr__(self, "high", high)
        for name in ("start", "end"):
            y = getattr(self, name)
            if y is None:
                continue
            if isinstance(y, bool) or not isinstance(y, int) or not MIN_YEAR <= y <= MAX_YEAR:
                raise MCDAError(f"{where}: {name} must be a year from {MIN_YEAR} to {MAX_YEAR}, got {y!r}")
        if self.start is not None and self.end is not None and self.end < self.start:
            raise MCDAError(f"{where}: end ({self.end}) is before start ({self.start})")

    @property
    def target_label(self) -> str:
        """``"midwives (rural)"``, ``"every cadre"``."""
        cadre = self.cadre or "every cadre"
        return f"{cadre} ({self.area})" if self.area else cadre

    @property
    def where(self) -> str:
        """How messages name the effect: ``"effect on attrition of midwives (rural)"``."""
        flow = self.flow.value if isinstance(self.flow, Flow) else str(self.flow)
        return f"effect on {flow} of {self.target_label}"

    def value(self, variant: Variant | str) -> float:
        """The value a run uses: central, or the pessimistic (low) / optimistic (high) end.

        Examples
        --------
        >>> e = Effect("nurses", "attrition", -0.3, low=-0.4, high=-0.2)
        >>> e.value("low"), e.value("high")  # less of a cut in attrition is the pessimistic end
        (-0.2, -0.4)
        """
        variant = Variant(variant)
        if variant is Variant.CENTRAL:
            return self.central
        pessimistic = variant is Variant.LOW
        if self.flow.is_inflow:
            return float(self.low if pessimistic else self.high)  # type: ignore[arg-type]
        return float(self.high if pessimistic else self.low)  # type: ignore[arg-type]

    def describe(self) -> str:
        """A short sentence: ``"attrition of midwives (rural) -30% from 2028 (-40% to -15%)"``."""

        def fmt(v: float) -> str:
            if self.change is Change.RELATIVE:
                return f"{v * 100:+.0f}%"
            return f"{v:+,.0f} a year"

        text = f"{self.flow.value} of {self.target_label} {fmt(self.central)}"
        if self.start is not None:
            text += f" from {self.start}"
        if self.end is not None:
            text += f" until {self.end}"
        if self.low != self.central or self.high != self.central:
            text += f" ({fmt(self.low)} to {fmt(self.high)})"  # type: ignore[arg-type]
        return text

    def replace(self, **changes: object) -> Effect:
        """A copy with some fields changed (validated again)."""
        return replace(self, **changes)


def check_effects(baseline: WorkforceBaseline, effects: Iterable[Effect], where: str = "") -> None:
    """Refuse effects whose target the baseline does not have.

    Parameters
    ----------
    baseline:
        The baseline the effects will run on.
    effects:
        The effects.
    where:
        Prefix for messages (``"option 'hardship_allowance'"``).

    Raises
    ------
    MCDAError
        Naming every problem (``problems``): an unknown cadre or area (with a suggestion), or a
        transfer effect on rows that transfer nowhere.
    """
    problems: list[str] = []
    cadres = baseline.cadre_ids
    prefix = f"{where}: " if where else ""
    for effect in effects:
        if not isinstance(effect, Effect):
            raise MCDAError(f"{prefix}expected Effect values, got {type(effect).__name__}")
        if effect.cadre and effect.cadre not in cadres:
            problems.append(f"{prefix}{effect.where}: unknown cadre {effect.cadre!r}"
                            f"{suggest(effect.cadre, cadres)}")
            continue
        rows = [c for c in baseline.cadres if not effect.cadre or c.cadre == effect.cadre]
        areas = list(dict.fromkeys(c.area for c in rows if c.area))
        if effect.area and effect.area not in areas:
            whose = effect.cadre or "any cadre"
            known = ", ".join(areas) if areas else "none: national only"
            problems.append(f"{prefix}{effect.where}: {effect.area!r} is not an area of {whose} "
                            f"(areas: {known}){suggest(effect.area, areas)}")
            continue
        if effect.flow is Flow.TRANSFER:
            hit = [c for c in rows if (not effect.area or c.area == effect.area) and c.transfer_to]
            if not hit:
                problems.append(f"{prefix}{effect.where}: no row of the target transfers "
                                "workers to another area (set transfer and transfer_to)")
    if problems:
        raise refusal(problems)


def refusal(problems: list[str]) -> MCDAError:
    """One error for several problems with effects: the first three in the message, all in
    ``problems``."""
    if len(problems) == 1:
        return MCDAError(problems[0], problems)
    shown = "; ".join(problems[:3]) + ("; ..." if len(problems) > 3 else "")
    return MCDAError(f"{len(problems)} problems with effects: {shown}", problems)


def combined(*groups: Sequence[Effect]) -> tuple[Effect, ...]:
    """The effects of several options together (a bundle): simply all of them.

    Composition happens in the projection (relative changes multiply, absolute ones add).
    """
    return tuple(e for group in groups for e in group)
