"""The scenarios of a dialogue: the baseline, each option, each bundle, and all options together.

A scenario is a set of effects run on the baseline. Options carry their own effects; a bundle's
scenario is the effects of its options together, and so is "all options". How effects on the same
flow combine is set out in :mod:`mcda.workforce.effects` (relative changes multiply, absolute
ones add).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from mcda.errors import MCDAError
from mcda.workforce.baseline import WorkforceBaseline
from mcda.workforce.effects import Effect, check_effects, refusal
from mcda.workforce.projection import Projection, project_many


class ScenarioKind(StrEnum):
    """What a scenario stands for."""

    BASELINE = "baseline"
    OPTION = "option"
    BUNDLE = "bundle"
    ALL = "all"


BASELINE_ID = "baseline"
ALL_ID = "all"


@dataclass(frozen=True)
class Scenario:
    """A named set of effects.

    ``id`` is ``"baseline"``, the option's id, the bundle's name or ``"all"``; ``(kind, id)`` is
    unique even when an option is called "all". ``options`` are the option ids whose effects it
    holds.
    """

    kind: ScenarioKind
    id: str
    name: str
    effects: tuple[Effect, ...] = ()
    options: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        """``"option:hardship_allowance"``: unique across kinds."""
        return f"{self.kind.value}:{self.id}"


def dialogue_scenarios(
    option_effects: Mapping[str, Sequence[Effect]],
    bundles: Mapping[str, Sequence[str]] | None = None,
    option_names: Mapping[str, str] | None = None,
    *,
    include_all: bool = True,
) -> tuple[Scenario, ...]:
    """The baseline, one scenario per option with effects, per bundle, and all options together.

    Parameters
    ----------
    option_effects:
        Option id -> its effects, in the order options are shown; options without effects are
        left out.
    bundles:
        Bundle name -> its option ids (a bundle with no option with effects is left out).
    option_names:
        Display names of the options (default: the ids).
    include_all:
        Add the "all options together" scenario when at least two options have effects.

    Raises
    ------
    MCDAError
        If a bundle names an option that is not in ``option_effects`` or ``option_names``.
    """
    names = dict(option_names or {})
    with_effects = [oid for oid, effects in option_effects.items() if effects]
    out = [Scenario(ScenarioKind.BASELINE, BASELINE_ID, "Baseline (no change)")]
    for oid in with_effects:
        out.append(Scenario(ScenarioKind.OPTION, oid, names.get(oid, oid),
                            tuple(option_effects[oid]), (oid,)))
    for bundle, members in (bundles or {}).items():
        unknown = [m for m in members if m not in option_effects and m not in names]
        if unknown:
            raise MCDAError(f"bundle {bundle!r}: unknown option {unknown[0]!r}")
        members = [m for m in members if option_effects.get(m)]
        if members:
            out.append(Scenario(ScenarioKind.BUNDLE, bundle, f"Bundle: {bundle}",
                                tuple(e for m in members for e in option_effects[m]), tuple(members)))
    if include_all and len(with_effects) >= 2:
        out.append(Scenario(ScenarioKind.ALL, ALL_ID, "All options together",
                            tuple(e for m in with_effects for e in option_effects[m]),
                            tuple(with_effects)))
    return tuple(out)


def project_scenarios(baseline: WorkforceBaseline, scenarios: Sequence[Scenario], *,
                      horizon: int | None = None) -> dict[str, Projection]:
    """Project every scenario (keyed by :attr:`Scenario.key`), all in one vectorised run.

    Raises
    ------
    MCDAError
        Naming the option whose effect targets a cadre or area the baseline does not have.
    """
    problems: list[str] = []
    seen: set[Effect] = set()
    for s in scenarios:
        # Each distinct effect is checked once, named by the first scenario holding it (an
        # option's own, before the bundles and "all" that repeat it).
        fresh = [e for e in s.effects if e not in seen]
        seen.update(fresh)
        where = f"option {s.id!r}" if s.kind is ScenarioKind.OPTION else f"{s.kind.value} {s.id!r}"
        try:
            check_effects(baseline, fresh, where)
        except MCDAError as exc:
            problems += exc.problems
    if problems:
        raise refusal(problems)
    keys = [s.key for s in scenarios]
    if len(set(keys)) != len(keys):
        raise MCDAError("two scenarios have the same kind and id")
    return project_many(baseline, {s.key: s.effects for s in scenarios}, horizon=horizon, check=False)
